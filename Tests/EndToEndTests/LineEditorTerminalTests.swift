import Foundation
import TerminalTesting
import Testing

/// The line editor's history search, Home and End, and the first
/// continuation prompt, at a pseudo-terminal (issue 16).
@Suite("Line editor at a terminal", .serialized)
struct LineEditorTerminalTests {
    func start(home: URL, term: String = "xterm-256color") throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: Binary.url.path, arguments: ["--lang", "en"],
            environment: [
                "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "TERM": term, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "NO_COLOR": "1",
            ])
    }

    func awaitPrompt(_ terminal: PseudoTerminal) throws {
        try terminal.read(until: ">>> ")
        try terminal.waitForRawMode()
    }

    @Test("Ctrl-C in a Ctrl-R search cancels the search and keeps the tutor")
    func interruptSearch() throws {
        let terminal = try start(home: Binary.temporaryFolder())
        defer { terminal.close() }
        try awaitPrompt(terminal)
        terminal.send("kept = 41\r")
        try awaitPrompt(terminal)
        terminal.send("\u{12}")
        try terminal.read(until: "bck:")
        terminal.send("kep")
        try terminal.read(until: "kep")
        terminal.send("\u{3}")
        // Ctrl-C is a signal, not a byte in line: wait until it was seen
        // (longer than the default: a full parallel test run keeps the
        // machine busy enough to pass 5 s).
        try terminal.read(until: "^C", timeout: 20)
        try awaitPrompt(terminal)
        terminal.send("kept + 1\r")
        try terminal.read(until: "kept + 1 = 42")
        try awaitPrompt(terminal)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("an input method's two characters at once go into the search, not into the found line")
    func wideCommitInSearch() throws {
        let terminal = try start(home: Binary.temporaryFolder())
        defer { terminal.close() }
        try awaitPrompt(terminal)
        terminal.send("x = 1 # 中文测试\r")
        try awaitPrompt(terminal)
        terminal.send("y = 2\r")
        try awaitPrompt(terminal)
        terminal.send("\u{12}")
        try terminal.read(until: "bck:")
        // 文 is U+6587: its low byte, 0x87, once ended the search.
        terminal.send("中文")
        try terminal.read(until: "中文")
        terminal.send("\r")
        try terminal.read(until: "x = 1\r\n")
        #expect(!terminal.transcript.contains("文中文"), "\(terminal.transcript)")
        try awaitPrompt(terminal)
        // The keys are back after the search: Tab completes, text inserts.
        terminal.send("yy = 3\r")
        try awaitPrompt(terminal)
        terminal.send("y\t")
        try terminal.read(until: "yy")
        terminal.send("\u{15}\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("Home and End move to the ends of the line under xterm-256color and screen-256color",
          arguments: [("xterm-256color", "\u{1B}[H", "\u{1B}[F"), ("screen-256color", "\u{1B}[1~", "\u{1B}[4~"),
                      ("xterm-256color", "\u{1B}OH", "\u{1B}OF")])
    func homeAndEnd(_ term: String, _ home: String, _ end: String) throws {
        let terminal = try start(home: Binary.temporaryFolder(), term: term)
        defer { terminal.close() }
        try awaitPrompt(terminal)
        terminal.send("+ 2")
        try terminal.read(until: "+ 2")
        terminal.send(home + "1 ")
        terminal.send(end + " + 3\r")
        try terminal.read(until: "1 + 2 + 3 = 6")
        try awaitPrompt(terminal)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("after a resize, :help and an array are laid out for the new width, no line cut")
    func resize() throws {
        let terminal = try start(home: Binary.temporaryFolder())
        defer { terminal.close() }
        try awaitPrompt(terminal)
        terminal.resize(columns: 60, rows: 30)
        terminal.send("x = [1.25, -2.5, 3.75, -5, 6.25, -7.5, 8.75, -10, 11.25, -12.5, 13.75, -15]\r")
        let array = try terminal.read(until: ">>> ")
        try terminal.waitForRawMode()
        terminal.send(":help\r")
        let text = array + (try terminal.read(until: "(or any function"))
        // The typed line is libedit's to wrap; the output is the tutor's.
        let lines = text.components(separatedBy: "\r\n").dropFirst().map(Self.visible).filter { !$0.contains(">>> ") }
        #expect(lines.filter { $0.count > 60 }.isEmpty, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("x = [1.25, -2.5") }, "\(lines)")
        // A number is never cut: every piece of the array is whole.
        #expect(lines.contains { $0.hasPrefix("     ") && $0.contains("-15]") }, "\(lines)")
        try awaitPrompt(terminal)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// A line of the screen without its escape sequences.
    static func visible(_ line: String) -> String {
        var result = ""
        var skipping = false
        for scalar in line.unicodeScalars {
            if skipping {
                if (0x40...0x7E).contains(scalar.value), scalar != "[" { skipping = false }
                continue
            }
            if scalar == "\u{1B}" { skipping = true; continue }
            if scalar.value >= 0x20 { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    @Test("the first continuation prompt says how to close or drop the statement, once")
    func continuationPrompt() throws {
        let terminal = try start(home: Binary.temporaryFolder())
        defer { terminal.close() }
        try awaitPrompt(terminal)
        terminal.send("v = [1,\r")
        let first = try terminal.read(until: "drop it)")
        #expect(first.contains("(... means the statement goes on: type ']' to close its bracket and run it, or Ctrl-C to drop it)"), "\(first)")
        try terminal.read(until: "... ")
        try terminal.waitForRawMode()
        terminal.send("2]\r")
        try terminal.read(until: "v = [1, 2]")
        try awaitPrompt(terminal)
        terminal.send("w = tanh((1\r")
        let second = try terminal.read(until: "... ")
        #expect(!second.contains("Ctrl-C to drop"), "once a session: \(second)")
        try terminal.waitForRawMode()
        terminal.send("\u{3}")
        try terminal.read(until: "^C")
        try awaitPrompt(terminal)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }
}
