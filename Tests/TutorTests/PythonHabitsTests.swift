import TextKit
import Testing

@testable import Tutor

/// What a Python or IPython user types (Session+PythonHabits.swift).
/// Whole sessions are in `Transcripts/python-habits.mg` and its Chinese twin.
@Suite("Python habits")
struct PythonHabitsTests {
    @Test("help, quit and exit are commands, unless the learner gave the word a value")
    func pythonWords() {
        let session = Session { _ in }
        #expect(session.prepare("help") == ":help")
        #expect(session.prepare("help()") == ":help")
        #expect(session.prepare("help(tanh)") == ":help tanh")
        #expect(session.prepare("help('tanh')") == ":help tanh")
        #expect(session.prepare("?tanh") == ":help tanh")
        #expect(session.prepare("tanh?") == ":help tanh")
        #expect(session.prepare("tanh??") == ":help tanh")
        #expect(session.prepare("quit") == ":quit")
        #expect(session.prepare("  exit()  ") == ":quit")
        #expect(session.prepare("exit(1)") == "exit(1)")
        #expect(session.prepare("?") == "?")
        session.handle("w = 5")
        #expect(session.prepare("w?") == "w")
        session.handle("exit = 3")
        #expect(session.prepare("exit") == "exit")
        #expect(session.prepare("quit") == ":quit")
        #expect(session.handle("quit") == .quit)
    }

    @Test("a pasted prompt is dropped, and the output after it skipped until a blank line")
    func pastedPrompts() {
        var output = ""
        let session = Session { output += $0 }
        #expect(session.handle(">>> a = 2") == .done)
        #expect(session.handle("a = 2") == .done)
        #expect(session.handle("Value(data=2.0)") == .done)
        #expect(!output.contains("error"))
        #expect(session.handle("") == .done)
        #expect(session.handle("b = a + 1") == .done)
        #expect(session.workspace.value(named: "b") != nil)
        #expect(session.handle(">>> c = [1,") == .incomplete)
        #expect(session.handle("...   2]") == .done)
        #expect(session.workspace.value(named: "c")?.shape == [2])
    }

    @Test("a line typed on its own after a paste runs, even without a prompt")
    func typedAfterPaste() {
        let session = Session { _ in }
        session.handle(">>> a = 2", continuesPaste: false)
        // Still in the paste: output.
        session.handle("zzz", continuesPaste: true)
        // Typed afterwards: a statement, and an error is an error.
        #expect(session.handle("zzz", continuesPaste: false) == .failed)
        #expect(session.handle("d = a", continuesPaste: true) == .done)
    }

    @Test("at the prompt, the first skipped output says why, once")
    func skippedOutputExplained() {
        var output = ""
        let session = Session { output += $0 }
        session.explainsAtPrompt = true
        session.handle(">>> a = 2")
        session.handle("a = 2")
        session.handle("Value(2)")
        #expect(output.components(separatedBy: "as in IPython: skipped").count == 2, "\(output)")
    }

    @Test("while :backward steps, a line is a key, not a habit")
    func steppingKeys() {
        let session = Session { _ in }
        session.handle("a = 2")
        session.handle("b = a * a + a")
        session.handle(":backward b")
        #expect(session.isStepping)
        #expect(session.prepare("quit") == "quit")
    }
}
