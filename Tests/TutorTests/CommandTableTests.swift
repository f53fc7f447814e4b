import TextKit
import Calc
import Foundation
import Testing

@testable import Tutor

/// The session's command table: every command declared once, with a
/// summary, a usage, an effect and an argument form that `:help`, Tab and
/// `:save` read.
@Suite("Command table")
struct CommandTableTests {
    private final class Output: @unchecked Sendable { var text = "" }

    private func session() -> (Session, Output) {
        let output = Output()
        let session = Session(options: SessionOptions(style: Style(color: false, unicode: true))) { output.text += $0 }
        return (session, output)
    }

    private var infos: [CommandInfo] { Session.commands.commands.map(\.info) }

    /// The lesson commands, which a plain session only refuses.
    private func isLessonStub(_ info: CommandInfo) -> Bool {
        LessonCommandSpecs.all.contains { $0.name == info.name }
    }

    @Test("every command has a summary, and a usage exactly when it takes words")
    func summariesAndUsage() {
        for info in infos {
            #expect(!info.summary.isEmpty, "\(info.name)")
            #expect(info.usage.isEmpty == (info.arguments.wordCount.most == 0), "\(info.name): '\(info.usage)'")
        }
    }

    @Test("no two commands answer to the same name")
    func uniqueNames() {
        let names = infos.flatMap { [$0.name] + $0.aliases }
        #expect(Set(names).count == names.count, "\(names)")
    }

    @Test(":help lists every command with its usage and summary, in the table's order")
    func helpListsEveryCommand() {
        let (session, output) = session()
        session.handle(":help")
        let lines = output.text.split(separator: "\n").map(String.init)
        let listed = lines.filter { $0.hasPrefix("  :") }
        #expect(listed.count == infos.count)
        for (line, info) in zip(listed, infos) {
            #expect(line.hasPrefix("  \(info.invocation) "), "\(line)")
            #expect(line.hasSuffix("  \(info.summary)"), "\(line)")
        }
    }

    @Test(":help NAME explains each command, an alias as its command")
    func helpOnEachCommand() {
        for info in infos {
            for name in [info.name] + info.aliases {
                let (session, output) = session()
                session.handle(":help \(name)")
                // :quiz says its rules after the summary (the questions, the
                // tolerance); `:set` lists its settings under the line,
                // `:zero_grad` what accumulate mode changes.
                let head = "\(info.invocation)  \(info.summary)\n"
                if info.name == "quiz" {
                    #expect(output.text == head + QuizMessage.help.text(.en) + "\n", "\(output.text)")
                } else if ["set", "zero_grad"].contains(info.name) {
                    #expect(output.text.hasPrefix(head) && output.text.count > head.count, "\(output.text)")
                } else {
                    #expect(output.text == head, "\(output.text)")
                }
            }
        }
    }

    @Test("Tab completes every command's name, and no alias")
    func tabCompletesEachCommand() {
        let (session, _) = session()
        let all = session.complete(":").candidates
        #expect(all == infos.map { ":\($0.name)" })
        for info in infos {
            #expect(session.complete(":\(info.name)").candidates.contains(":\(info.name)"), "\(info.name)")
            for alias in info.aliases {
                #expect(!session.complete(":\(alias)").candidates.contains(":\(alias)"), "\(alias)")
            }
        }
    }

    @Test("Tab after a command offers what its argument form says")
    func tabCompletesArguments() {
        let (session, _) = session()
        session.handle("a = 2")
        session.handle("loss = a*a")
        #expect(session.complete(":set max-n").candidates == ["max-nesting", "max-nodes"])
        #expect(session.complete(":lang ").candidates == ["en", "zh"])
        #expect(session.complete(":help ta").candidates == ["tanh"])
        #expect(session.complete(":graph loss a").candidates == ["all"])
        #expect(session.complete(":train l").candidates == ["loss"])
        #expect(session.complete(":train loss ").candidates == [])
        #expect(session.complete(":step 0.1 ").candidates == ["a", "loss"])
        #expect(session.complete(":vars ").candidates == [])
        // A plain session knows no lessons; the lesson player gives it them.
        #expect(session.complete(":lesson ").candidates == [])
        #expect(session.complete(":lesson b", lessons: ["basics", "mlp"]).candidates == ["basics"])
    }

    @Test(":save leaves out exactly the commands whose effect is not .changes")
    func effectsDecideWhatIsSaved() {
        let notSaved = infos.filter { !$0.effect.isSaved }.map(\.name)
        #expect(
            notSaved == [
                "help", "vars", "nodes", "quit", "graph", "explain", "check", "backward", "dot", "draw", "plot", "quiz", "save", "load",
                "menu", "hint", "progress",
            ])
        #expect(infos.first { $0.name == "load" }?.effect == .replays)
        #expect(infos.first { $0.name == "quit" }?.effect == .leaves)
        #expect(infos.first { $0.name == "dot" }?.effect == .looks)
        #expect(infos.first { $0.name == "save" }?.effect == .looks)
    }

    @Test("a session saves its statements and the commands that change it, nothing else")
    func savedInputFollowsTheEffects() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mg-effects-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("more.mg").path
        try "c = b + 1\n:vars\n:seed 3\n".write(toFile: script, atomically: true, encoding: .utf8)
        let (session, output) = session()
        let lines = [
            "a = 2", "b = a*3", ":help", ":help step", ":vars", ":nodes b", ":seed 7", ":graph b", ":explain b",
            ":check b", ":backward b all", ":dot b", ":set max-nodes 50000", ":step 0.1 a", ":train b 2 0.1 a",
            ":load \(script)", ":save \(folder.appendingPathComponent("saved.mg").path)", ":reset", ":quit",
        ]
        for line in lines {
            let outcome = session.handle(line)
            #expect(outcome == .done || (line == ":quit" && outcome == .quit), "\(line): \(output.text.suffix(300))")
        }
        #expect(
            session.savedInput == [
                "a = 2", "b = a*3", ":seed 7", ":set max-nodes 50000", ":step 0.1 a", ":train b 2 0.1 a", "c = b + 1",
                ":seed 3", ":reset",
            ])
    }

    /// What the table says about `line`, before any handler runs.
    private func diagnostic(_ line: String) -> Diagnostic? {
        let (session, _) = session()
        let input = CommandInput(line: line, lineNumber: 1)
        do {
            _ = try Session.commands.run(input, in: session)
            return nil
        } catch {
            return error
        }
    }

    @Test("each argument form refuses a word too many and a missing argument, with the table's message")
    func argumentCounts() {
        // `max-nodes` is a setting, a name and a file name: only the count is wrong.
        for info in infos where !isLessonStub(info) {
            let (least, most) = info.arguments.wordCount
            if let most {
                let line = ":\(info.name)" + String(repeating: " max-nodes", count: most + 1)
                let error = diagnostic(line)
                #expect(error?.message.hasPrefix(":\(info.name) takes ") == true, "\(line): \(String(describing: error))")
                #expect((error?.range?.start.column ?? 0) > info.name.count + 2, "\(line)")
            }
            for count in 0..<least {
                let line = ":\(info.name)" + String(repeating: " max-nodes", count: count)
                let error = diagnostic(line)
                #expect(error?.message.hasPrefix(":\(info.name) needs ") == true, "\(line): \(String(describing: error))")
                #expect(error?.hint == info.exampleHint, "\(line)")
            }
        }
    }

    @Test(
        "the messages about words are the ones the transcripts hold",
        arguments: [
            (":vars extra", ":vars takes no arguments", nil),
            (":quit now", ":quit takes no arguments", nil),
            (":help a b", ":help takes one topic", nil),
            (":graph L extra", ":graph takes at most one name", nil),
            (":explain L a b", ":explain takes a result and one node at most", "for example :explain L a"),
            (":dot L a b.svg", ":dot takes a name and a file at most", "for example :dot L graph.svg"),
            (":seed", ":seed needs a number", "for example :seed 42"),
            (":step", ":step needs a learning rate", "for example :step 0.05 w b"),
            (":train loss", ":train needs a number of steps: :train loss STEPS LR [name ...]", "for example :train loss 1000 0.05 w b"),
            (":save", ":save needs a file name", "for example :save demo.mg"),
            (":load a.mg b.mg", ":load takes one file name (without spaces)", nil),
            (":set max-line 1 2", ":set takes a setting and one value", "for example :set max-line 1000000"),
        ] as [(String, String, String?)])
    func exactMessages(line: String, message: String, hint: String?) {
        let error = diagnostic(line)
        #expect(error?.message == message)
        #expect(error?.hint == hint)
    }

    @Test("a lesson command in a plain session is refused whatever its arguments, an alias too")
    func lessonStubs() {
        // `:lang` is not among them: a plain session switches its own language.
        for line in [":next extra words", ":progress", ":lessons"] {
            let error = diagnostic(line)
            #expect(error?.message.hasSuffix("works at the interactive prompt and in `micrograd lesson`, not in piped input, -e or a script") == true, "\(line)")
        }
        #expect(diagnostic(":lessons")?.hint == "`micrograd lessons` at the shell lists them")
    }
}
