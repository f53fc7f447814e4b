import Foundation
import LessonPlayer
import Lessons
import Platform
import Testing
import TextKit
import Tutor

/// One built-in lesson played in-process with typed answers, as a learner
/// would type them, with its progress kept in a file of its own; shared by
/// the suites that play lessons 2 to 7. (`EndToEndTests` plays lesson 1
/// through the binary, so the executable's own wiring is covered too.)
struct LessonPlay: Sendable, CustomStringConvertible {
    var id: String
    var steps: Int
    var answers: [String]
    /// Lines the tutor prints on the way, whatever the language: the numbers the lesson's text relies on.
    var shows: [String]
    var description: String { id }

    /// The lessons of the repository (`lessons/en`, `lessons/zh`).
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons").path

    /// A fresh folder for one test's progress file.
    static func temporaryFolder() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("micrograd-lesson-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    /// The transcript of `answers` played into lesson `id` in `language`,
    /// with a progress store at `progressPath`, as `micrograd lesson ID
    /// --lang LANGUAGE` prints it with the answers piped in.
    static func transcript(
        of id: String, answers: [String], language: Language, progressPath: String, width: Int = 80
    ) -> String {
        final class Output: @unchecked Sendable { var text = "" }
        let output = Output()
        let runner = LessonRunner(
            catalog: LessonCatalog(roots: [lessons]), store: ProgressStore(path: progressPath), language: language,
            options: SessionOptions(style: Style(color: false, unicode: true), width: width), write: { output.text += $0 })
        #expect(runner.start(id))
        runner.play(answers)
        return output.text
    }

    /// A `shows` line (the tool's English output) as a Chinese session
    /// prints it: the table's `leaf` and `const` (as wide as 叶子 and 常量,
    /// so the columns stay put), the summaries of `:train`, `:step` and
    /// `:check`.
    static func shown(_ line: String, in language: Language) -> String {
        guard language == .zh else { return line }
        var line = line.replacing(" leaf ", with: " 叶子 ").replacing(" const ", with: " 常量 ")
        line = line.replacing(#/^(\S+) (\S+) → (\S+) in (\d+) steps?$/#) { match in
            "\(match.1) \(match.2) → \(match.3)，共 \(match.4) 步"
        }
        line = line.replacing(#/^(\S+) (\S+) → (\S+) after one step$/#) { match in
            "走了一步：\(match.1) \(match.2) → \(match.3)"
        }
        line = line.replacing(#/^✓ all (\d+) gradients agree with the finite differences$/#) { match in
            "✓ 全部 \(match.1) 个梯度都与有限差分一致"
        }
        return line
    }

    /// Plays the lesson in `language` and expects it to reach its end with
    /// every answer right the first time, the `shows` lines printed, and the
    /// progress file recording every step done.
    func expectPlaysThrough(in language: String) throws {
        let progressPath = LessonPlay.temporaryFolder() + "/lesson-progress"
        let chosen = try #require(Language(rawValue: language))
        let text = LessonPlay.transcript(of: id, answers: answers, language: chosen, progressPath: progressPath)
        #expect(text.contains(language == "en" ? "Lesson complete" : "本课完成"), "\(text)")
        for line in shows.map({ LessonPlay.shown($0, in: chosen) }) {
            #expect(text.contains(line), "\(line)\n\(text)")
        }
        #expect(!text.contains(language == "en" ? "Not yet" : "还不对"), "\(text)")
        #expect(!text.contains("error:"), "\(text)")
        let decoded = try ProgressFormat.decode(String(contentsOfFile: progressPath, encoding: .utf8))
        #expect(decoded.lessons[id]?.isFinished == true)
        #expect(decoded.lessons[id]?.done.count == steps)
    }

    /// `lessons check` passes on the lesson file `name` (such as
    /// `02-neural-network`) of `lessons/`, in English and in Chinese.
    static func expectCheckPasses(_ name: String) throws {
        for language in ["en", "zh"] {
            let file = "\(lessons)/\(language)/\(name).md"
            let results = LessonCheck.run(root: lessons, only: file, options: SessionOptions())
            #expect(results.map(\.path) == [file])
            #expect(results.flatMap(\.problems).isEmpty, "\(results.flatMap(\.problems))")
            #expect(results.first?.steps ?? 0 > 0)
        }
    }
}
