import Foundation
import TerminalTesting
import Testing

/// The tutor at a real (pseudo-)terminal: typed keys in, screen out.
@Suite("REPL at a terminal", .serialized)
struct ReplTerminalTests {
    static let prompt = ">>> "

    /// Starts the tutor under a pty with HOME and XDG_STATE_HOME in `home`.
    func start(home: URL) throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: Binary.url.path, arguments: [],
            environment: [
                "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
            ])
    }

    func awaitPrompt(_ terminal: PseudoTerminal) throws {
        try terminal.read(until: ReplTerminalTests.prompt)
        try terminal.waitForRawMode()
    }

    @Test("Tab, Up, Ctrl-C, Chinese text, Ctrl-D and the history file")
    func session() throws {
        let home = Binary.temporaryFolder()
        let terminal = try start(home: home)
        defer { terminal.close() }

        let welcome = try terminal.read(until: ReplTerminalTests.prompt)
        #expect(welcome.contains(":help"))
        try terminal.waitForRawMode()

        terminal.send("a = 2\r")
        try terminal.read(until: "a = 2\r\n")
        try awaitPrompt(terminal)
        terminal.send("b = -3\r")
        try awaitPrompt(terminal)

        // Tab completes a function name with its parenthesis.
        terminal.send("c = a*b + tan\t")
        try terminal.read(until: "h(")  // libedit redraws only what Tab added
        terminal.send("a)\r")
        let table = try terminal.read(until: ReplTerminalTests.prompt)
        #expect(table.contains("= -5.036"))
        #expect(table.contains("-2.9293"), "the gradient of a")
        try terminal.waitForRawMode()

        // Tab after ':' completes a command.
        terminal.send(":va\t\r")
        let vars = try terminal.read(until: ReplTerminalTests.prompt)
        #expect(vars.contains("(parameter)"))
        try terminal.waitForRawMode()

        // Several candidates and nothing more to insert: Tab lists them.
        terminal.send("si\t")
        let listing = try terminal.read(until: "sin(")
        #expect(listing.contains("sigmoid("))
        terminal.send("\u{3}")
        try awaitPrompt(terminal)

        // No candidate: a bell, and the line stays as it was.
        terminal.send("zzz\t")
        try terminal.read(until: "\u{7}")
        terminal.send("\u{3}")
        try awaitPrompt(terminal)

        // Ctrl-C typed ahead, while libedit is still busy with the keys
        // before it, ends the line all the same.
        terminal.send("xyz\u{3}")
        try awaitPrompt(terminal)

        // Ctrl-C drops a half-typed line and does not quit.
        terminal.send("1 + ")
        try terminal.read(until: "1 + ")
        terminal.send("\u{3}")
        try awaitPrompt(terminal)

        // Chinese text in a comment is typed and shown intact.
        terminal.send("d = a + 1  # 梯度\r")
        let chinese = try terminal.read(until: ReplTerminalTests.prompt)
        #expect(chinese.contains("梯度"))
        #expect(chinese.contains("= 3"))
        try terminal.waitForRawMode()

        // Up recalls the last line; Enter runs it again.
        terminal.send("\u{1b}[A")
        try terminal.read(until: "# 梯度")
        terminal.send("\r")
        try awaitPrompt(terminal)

        // Ctrl-D on an empty line leaves with status 0.
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit(timeout: 10) == 0)

        // libedit writes spaces in its history file as \040 (strvis).
        let history = try String(
            contentsOf: home.appendingPathComponent("state/micrograd/history"), encoding: .utf8
        ).replacingOccurrences(of: "\\040", with: " ")
        #expect(history.hasPrefix("_HiStOrY_V2_"))
        for line in ["a = 2", "b = -3", ":vars"] {
            #expect(history.contains(line), "history keeps \(line)")
        }
        #expect(history.contains("d = a + 1  # 梯度"), "history keeps Chinese text")
        #expect(!history.contains("1 + \n"), "an interrupted line is not kept")
    }

    @Test("history from an earlier session is there after a restart")
    func historyAcrossSessions() throws {
        let home = Binary.temporaryFolder()
        do {
            let first = try start(home: home)
            defer { first.close() }
            try awaitPrompt(first)
            first.send("remembered = 42\r")
            try awaitPrompt(first)
            first.send(":quit\r")
            #expect(try first.waitForExit(timeout: 10) == 0)
        }
        let second = try start(home: home)
        defer { second.close() }
        try awaitPrompt(second)
        // The newest line is ":quit", the one before it ours.
        second.send("\u{1b}[A")
        try second.read(until: ":quit")
        second.send("\u{1b}[A")
        try second.read(until: "remembered = 42")
        second.send("\u{4}")
        _ = try? second.waitForExit(timeout: 10)
    }
}
