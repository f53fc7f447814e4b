import Foundation
import LessonPlayer
import Lessons
import Testing
import TextKit
import Tutor

/// Lesson code (setup, run, model answers) may not touch files or raise the
/// limits (issue 19, item 2): a lesson file ran `:save`, `:dot`, `:load`
/// and `:set` as the learner, also under `lessons check`, which then said
/// "no errors". What the learner types keeps every command.
@Suite("Lessons are sandboxed")
struct SandboxTests {
    /// A lesson folder (`en/` and `zh/`) whose code saves, draws and raises
    /// a limit, into files of `folder`.
    static func hostileLessons(in folder: String) throws -> String {
        let root = folder + "/lessons"
        let text = """
            # Sandbox

            ## run write

            Some text.

            run:
                a = 2
                :save \(folder)/x.mg
                :dot a \(folder)/a.dot

            ## task make

            Make b.

            setup:
                :set max-nodes 100000000

            check: value b == 4
            answer:
                b = 4
            hint: type b = 4

            """
        for language in ["en", "zh"] {
            try FileManager.default.createDirectory(atPath: root + "/" + language, withIntermediateDirectories: true)
            try text.write(toFile: root + "/\(language)/01-sandbox.md", atomically: true, encoding: .utf8)
        }
        return root
    }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    @Test("lessons check reports :save, :dot and :set in lesson code at FILE:LINE, and writes nothing")
    func checkRefuses() throws {
        let folder = LessonPlay.temporaryFolder()
        let root = try SandboxTests.hostileLessons(in: folder)
        let results = LessonCheck.run(root: root, options: SessionOptions())
        let english = try #require(results.first { $0.path.hasSuffix("en/01-sandbox.md") })
        let found = english.problems.map { "\($0.line): \($0.message)" }
        let reach = "it reads or writes files, or changes the limits; only the learner may type it"
        #expect(found.contains("9: lesson code cannot run :save: \(reach)"), "\(found)")
        #expect(found.contains("10: lesson code cannot run :dot: \(reach)"), "\(found)")
        #expect(found.contains("17: lesson code cannot run :set: \(reach)"), "\(found)")
        #expect(english.problems.allSatisfy { $0.path == root + "/en/01-sandbox.md" || $0.path.hasSuffix("en/01-sandbox.md") })
        // Each refused line is reported once, not again as code that fails.
        #expect(found.count == 3, "\(found)")
        #expect(!SandboxTests.exists(folder + "/x.mg"))
        #expect(!SandboxTests.exists(folder + "/a.dot"))
        let zh = try #require(results.first { $0.path.hasSuffix("zh/01-sandbox.md") })
        #expect(zh.problems.count == 3)
        #expect(zh.problems.first?.chinese?.contains("课程代码不能运行 :save") == true)
    }

    @Test("playing such a lesson refuses the commands and writes nothing; the learner's :save still saves")
    func playRefuses() throws {
        let folder = LessonPlay.temporaryFolder()
        let root = try SandboxTests.hostileLessons(in: folder)
        final class Output: @unchecked Sendable { var text = "" }
        let output = Output()
        let runner = LessonRunner(
            catalog: LessonCatalog(roots: [root]), store: nil, language: .en,
            options: SessionOptions(style: .plain, width: 80), write: { output.text += $0 })
        let limit = runner.session.options.limits.maxNodes
        #expect(runner.start("sandbox"))
        runner.play(["", ":save \(folder)/mine.mg", "b = 4"])
        #expect(output.text.contains("error: a lesson's own code cannot run :save: it reads or writes files, or changes the limits"), "\(output.text)")
        #expect(output.text.contains("cannot run :dot"), "\(output.text)")
        // A setup runs quietly: its refused `:set` shows in the limit left as it was.
        #expect(!SandboxTests.exists(folder + "/x.mg"))
        #expect(!SandboxTests.exists(folder + "/a.dot"))
        #expect(runner.session.options.limits.maxNodes == limit)
        #expect(!runner.session.runsLessonCode)
        let saved = try String(contentsOfFile: folder + "/mine.mg", encoding: .utf8)
        #expect(saved.contains("a = 2"), "\(saved)")
    }

    @Test("lesson code keeps the commands that stay inside the session")
    func outOfReachIsTheFileAndLimitCommands() {
        for line in [":save x.mg", "  :load x.mg", ":dot a", ":dot a f.dot", ":set max-nodes 5000", ":draw a svg a.svg", ":quiz", ":quiz seed 3"] {
            #expect(Session.commandOutOfLessonReach(line) != nil, "\(line)")
        }
        // `:set` alone lists; `:set accumulate` is a switch of this session (docs/decisions.md).
        for line in [
            ":vars", ":graph a", ":train L 10 0.1", ":seed 1", "a = 2", ":nosuch", "save = 2", ":draw a", ":draw", ":plot tanh(x)",
            ":set", ":set accumulate on", ":zero_grad",
        ] {
            #expect(Session.commandOutOfLessonReach(line) == nil, "\(line)")
        }
    }
}
