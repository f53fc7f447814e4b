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
        "b",                  // an expression of names answers a number step: dc/da = b = -3
        "-5.03",              // the predicted nudge
        "a = 2.01", ":retry", // the old trap (changing a itself), and the way back
        "c2 = (a + 0.01)*b + 1",
        "",                   // forward and backward
        "30",                 // dL/da predicted before L is built
        "L = c*2", ":hint",   // a wrong attempt, then a hint
        "L = c^2",
        "-20",
        "25.3",               // the predicted nonlinear nudge
        "L2 = c2*c2",         // the real value, 25.3009
        "(25.3009 - 24.7009)/0.02",
        "",
        "5",                  // dd/da predicted
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
        #expect(stdout.contains("[1·9/19] >>> L = c*2"))
        #expect(stdout.contains(language == "en" ? "Not yet: L is -10, but 25 is wanted." : "还不对：L 等于 -10，应为 25。"))
        #expect(stdout.contains(language == "en" ? "Hint 1/2: The square of `c` is `c` times `c`." : "提示 1/2：`c` 的平方就是 `c` 乘以 `c`。"))
        #expect(stdout.contains(language == "en" ? "You covered 2 of 3 key points" : "你覆盖了 3 个要点中的 2 个"))
        #expect(!stdout.contains("error:"), "\(stdout)")
        let progress = try String(contentsOfFile: progressPath, encoding: .utf8)
        let decoded = try ProgressFormat.decode(progress)
        #expect(decoded.lessons["basics"]?.isFinished == true)
        #expect(decoded.lessons["basics"]?.done.count == 19)
    }

    @Test(":lang switches language in the middle of a lesson, at the same step, keeping the names")
    func switchLanguage() throws {
        let progressPath = LessonPlay.temporaryFolder() + "/lesson-progress"
        let stdout = LessonPlay.transcript(
            of: "basics", answers: ["", "", "", ":lang zh", "-3", "-5.03", "c2 = 2.01*b + 1"], language: .en, progressPath: progressPath)
        #expect(stdout.contains("语言：中文。\n\n── 4/19 ──\n看表回答"), "\(stdout)")
        #expect(stdout.contains("[1·6/19] >>> c2 = 2.01*b + 1"))
        #expect(stdout.contains("── 7/19 ──\n所有的计算由两遍完成。"), "the names of step 3 are still there")
        let progress = try String(contentsOfFile: progressPath, encoding: .utf8)
        #expect(progress.contains("language zh\n"))
    }
}
