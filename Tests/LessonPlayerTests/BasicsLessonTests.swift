import Foundation
import Lessons
import Testing
import TextKit

/// Lesson 1 played in-process: a wrong attempt, a hint, a REPL command on
/// the way, and a change of language in the middle.
@Suite("Lesson 1")
struct BasicsLessonTests {
    /// Lesson 1 answered step by step, with a wrong attempt, a hint and a
    /// REPL command on the way.
    static let basicsAnswers = [
        "", "", "",           // two prose steps and the first graph
        "a",                  // a name goes to the tutor, not to the number question
        "-3",                 // the gradient of c with respect to a
        "2.01*b + 1",         // the nudge
        "",                   // forward and backward
        "L = c*2", ":hint",   // a wrong attempt, then a hint
        "L = c^2",
        "-20",
        "",
        ":vars",
        "d = a^2 + a",        // equivalent to the model a*a + a
        "1", "2",             // a wrong option, then the right one
        "backpropagation computes every gradient; reused nodes add up", "1 3",
        "",
    ]

    @Test("lesson 1 plays from start to end with typed answers", arguments: [("en", "Lesson complete"), ("zh", "本课完成")])
    func playBasics(_ language: String, _ complete: String) throws {
        let progressPath = LessonPlay.temporaryFolder() + "/lesson-progress"
        let stdout = LessonPlay.transcript(
            of: "basics", answers: Self.basicsAnswers, language: try #require(Language(rawValue: language)),
            progressPath: progressPath)
        #expect(stdout.contains(complete), "\(stdout)")
        #expect(stdout.contains("[1·7/13] >>> L = c*2"))
        #expect(stdout.contains(language == "en" ? "Not yet: L is -10, but 25 is wanted." : "还不对：L 等于 -10，应为 25。"))
        #expect(stdout.contains(language == "en" ? "Hint 1/1: Type L = c^2" : "提示 1/1：输入 L = c^2"))
        #expect(stdout.contains(language == "en" ? "You covered 2 of 3 key points" : "你覆盖了 3 个要点中的 2 个"))
        #expect(!stdout.contains("error"), "\(stdout)")
        let progress = try String(contentsOfFile: progressPath, encoding: .utf8)
        let decoded = try ProgressFormat.decode(progress)
        #expect(decoded.lessons["basics"]?.isFinished == true)
        #expect(decoded.lessons["basics"]?.done.count == 13)
    }

    @Test(":lang switches language in the middle of a lesson, at the same step, keeping the names")
    func switchLanguage() throws {
        let progressPath = LessonPlay.temporaryFolder() + "/lesson-progress"
        let stdout = LessonPlay.transcript(
            of: "basics", answers: ["", "", "", ":lang zh", "-3", "2.01*b + 1"], language: .en, progressPath: progressPath)
        #expect(stdout.contains("语言：中文。\n\n── 4/13 ──\n看表回答"), "\(stdout)")
        #expect(stdout.contains("[1·5/13] >>> 2.01*b + 1"))
        #expect(stdout.contains("── 6/13 ──\n所有的计算由两遍完成。"), "the names of step 3 are still there")
        let progress = try String(contentsOfFile: progressPath, encoding: .utf8)
        #expect(progress.contains("language zh\n"))
    }
}
