import Foundation
import Lessons
import Testing

/// One built-in lesson played through the binary with piped answers, as a
/// learner would type them; shared by the suites that play lessons 2 to 7.
struct LessonPlay: Sendable, CustomStringConvertible {
    var id: String
    var steps: Int
    var answers: [String]
    /// Lines the tutor prints on the way, whatever the language: the numbers the lesson's text relies on.
    var shows: [String]
    var description: String { id }

    /// Plays the lesson in `language` and expects it to reach its end with
    /// every answer right the first time, the `shows` lines printed, and the
    /// progress file recording every step done.
    func expectPlaysThrough(in language: String) throws {
        let home = Binary.temporaryFolder()
        let input = answers.joined(separator: "\n") + "\n"
        let result = try Binary.run(["lesson", id, "--lang", language], input: input, home: home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(language == "en" ? "Lesson complete" : "本课完成"), "\(result.stdout)")
        for line in shows {
            #expect(result.stdout.contains(line), "\(line)\n\(result.stdout)")
        }
        #expect(!result.stdout.contains(language == "en" ? "Not yet" : "还不对"), "\(result.stdout)")
        #expect(!result.stdout.contains("error:"), "\(result.stdout)")
        let progress = try String(contentsOfFile: home.path + "/.local/share/micrograd/lesson-progress", encoding: .utf8)
        let decoded = try ProgressFormat.decode(progress)
        #expect(decoded.lessons[id]?.isFinished == true)
        #expect(decoded.lessons[id]?.done.count == steps)
    }

    /// `lessons check` passes on the lesson file `name` (such as
    /// `02-neural-network`) of `lessons/`, in English and in Chinese.
    static func expectCheckPasses(_ name: String) throws {
        for language in ["en", "zh"] {
            let file = LessonTests.lessons.appendingPathComponent("\(language)/\(name).md")
            let result = try Binary.run(["lessons", "check", file.path])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("ok  \(file.path)"), "\(result.stdout)")
        }
    }
}
