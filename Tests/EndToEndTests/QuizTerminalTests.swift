import Foundation
import TerminalTesting
import Testing

/// `:quiz` and `micrograd quiz` at a real (pseudo-)terminal, through the
/// lesson runner and libedit, as a learner meets them.
@Suite("Quiz at a terminal", .serialized)
struct QuizTerminalTests {
    func start(_ arguments: [String], home: URL) throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: Binary.url.path, arguments: arguments,
            environment: [
                "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
            ])
    }

    @Test(":quiz at the tutor's prompt: quiz> asks, an answer is graded, q goes back to >>>, the score is saved")
    func repl() throws {
        let home = Binary.temporaryFolder()
        let terminal = try start([], home: home)
        defer { terminal.close() }
        try terminal.read(until: ">>> ")
        try terminal.waitForRawMode()
        terminal.send(":quiz seed 3\r")
        let question = try terminal.read(until: "quiz> ")
        #expect(question.contains("d = a - b") && question.contains("L = b * d"))
        try terminal.waitForRawMode()
        terminal.send("-1\r")
        let graded = try terminal.read(until: "quiz> ")
        #expect(graded.contains("Right: dL/dd = -1."))
        try terminal.waitForRawMode()
        terminal.send("q\r")
        let left = try terminal.read(until: ">>> ")
        #expect(left.contains("Quiz over."))
        try terminal.waitForRawMode()
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        let progress = home.appendingPathComponent(".local/share/micrograd/lesson-progress").path
        #expect(try String(contentsOfFile: progress, encoding: .utf8).contains("quiz streak=1 best=1 right=1 asked=1\n"))
    }

    @Test("micrograd quiz: Ctrl-C leaves the quiz and the program with status 130, never a >>> prompt")
    func interrupted() throws {
        let terminal = try start(["quiz", "--seed", "3"], home: Binary.temporaryFolder())
        defer { terminal.close() }
        try terminal.read(until: "quiz> ")
        try terminal.waitForRawMode()
        terminal.send("\u{3}")
        try terminal.read(until: "Quiz over.")
        #expect(try terminal.waitForExit() == 130)
        #expect(!terminal.transcript.contains(">>> "))
    }
}
