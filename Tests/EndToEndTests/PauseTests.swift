import Foundation
import TerminalTesting
import Testing

/// `run --pause` waits for Enter from a person at the terminal; with
/// standard input not a terminal it refuses before running anything (it
/// once printed one line and exited 0, having run nothing).
@Suite("run --pause", .serialized)
struct PauseTests {
    @Test("--pause with standard input from a pipe refuses at the start, as a usage error")
    func refusesWithoutTerminal() throws {
        let result = try Binary.run(["run", "--pause", "examples/lecture.mg"], input: "\n\n")
        #expect(result.status == 64, "a usage error, like --check with --record: \(result.stderr)")
        #expect(result.stderr.contains("--pause waits for Enter at the keyboard, but standard input is not a terminal"), "\(result.stderr)")
        #expect(result.stdout.isEmpty, "nothing runs: \(result.stdout)")
        let usage = try Binary.run(["run", "--check", "--record", "examples/lecture.mg"])
        #expect(usage.status == result.status, "the same status as the other usage errors of run")
    }

    @Test("--pause is not needed for --json, --check or --record, and does not stop them")
    func ignoredWhereItDoesNotPause() throws {
        let json = try Binary.run(["run", "--pause", "--json", "examples/lecture.mg"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("\"L\""), "\(json.stdout)")
    }

    @Test("at a terminal --pause runs one line per Enter")
    func pacedAtTerminal() throws {
        let home = Binary.temporaryFolder()
        let script = home.appendingPathComponent("demo.mg").path
        try "# intro\na = 2\nb = a*3\n".write(toFile: script, atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(
            executable: Binary.url.path, arguments: ["run", "--pause", "--no-color", script],
            environment: ["HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
        defer { terminal.close() }
        // A comment shows at once; the first statement waits for Enter.
        try terminal.read(until: "# intro")
        usleep(200_000)
        #expect(!terminal.transcript.contains("a = 2"), "waits before the first statement: \(terminal.transcript)")
        terminal.send("\r")
        try terminal.read(until: ">>> a = 2")
        try terminal.read(until: "a = 2")
        usleep(200_000)
        #expect(!terminal.transcript.contains("b = a*3"), "waits again: \(terminal.transcript)")
        terminal.send("\r")
        try terminal.read(until: "b = 6")
        #expect(try terminal.waitForExit() == 0)
    }

    /// A presenter's run of `script` at a pseudo-terminal.
    static func presenter(_ script: String, arguments: [String] = []) throws -> PseudoTerminal {
        let home = Binary.temporaryFolder()
        let path = home.appendingPathComponent("demo.mg").path
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        return try PseudoTerminal(
            executable: Binary.url.path, arguments: ["run", "--pause", "--no-color"] + arguments + [path],
            environment: ["HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
    }

    @Test("presenter keys: Enter runs, b shows the last input again, i tries at the prompt and Ctrl-D comes back; no blank lines")
    func presenterKeys() throws {
        let terminal = try Self.presenter("# intro\na = 2\nb = 3\nc = 4\n")
        defer { terminal.close() }
        try terminal.read(until: "Enter: next · b: the last one again · i: try something at the prompt · q: quit")
        try terminal.read(until: "# intro")
        try terminal.waitForRawMode()
        terminal.send("\r")
        try terminal.read(until: ">>> a = 2\r\na = 2\r\n")
        try terminal.waitForRawMode()
        terminal.send("\r")
        try terminal.read(until: ">>> b = 3\r\nb = 3\r\n")
        try terminal.waitForRawMode()
        terminal.send("b")
        try terminal.read(until: ">>> b = 3\r\nb = 3\r\n")
        try terminal.waitForRawMode()
        terminal.send("b")
        try terminal.read(until: ">>> a = 2\r\na = 2\r\n")
        try terminal.waitForRawMode()
        terminal.send("i")
        try terminal.read(until: "The tutor, with the script's names; Ctrl-D goes back to the script.")
        try terminal.read(until: ">>> ")
        try terminal.waitForRawMode()
        terminal.send("a*b + 1\r")
        try terminal.read(until: "a*b + 1 = 7")
        try terminal.read(until: ">>> ")
        try terminal.waitForRawMode()
        terminal.send("\u{04}")
        try terminal.read(until: "Back to the script.")
        try terminal.waitForRawMode()
        terminal.send("\r")
        try terminal.read(until: ">>> c = 4\r\nc = 4\r\n")
        #expect(try terminal.waitForExit() == 0)
        // b ran nothing again: each input ran once, and Enter left no blank line.
        #expect(!terminal.transcript.contains("\r\n\r\n>>>"), "\(terminal.transcript.debugDescription)")
        #expect(terminal.transcript.components(separatedBy: ">>> c = 4").count == 2)
    }

    @Test("presenter: q quits with status 0, Ctrl-C with 130")
    func presenterQuit() throws {
        let quitting = try Self.presenter("a = 2\nb = 3\n")
        defer { quitting.close() }
        try quitting.read(until: "q: quit")
        try quitting.waitForRawMode()
        quitting.send("\r")
        try quitting.read(until: "a = 2\r\n")
        try quitting.waitForRawMode()
        quitting.send("q")
        #expect(try quitting.waitForExit() == 0)
        #expect(!quitting.transcript.contains("b = 3"))

        let interrupted = try Self.presenter("a = 2\nb = 3\n")
        defer { interrupted.close() }
        try interrupted.read(until: "q: quit")
        try interrupted.waitForRawMode()
        interrupted.send("\u{03}")
        try interrupted.read(until: "(stopped)")
        #expect(try interrupted.waitForExit() == 130)
    }

    @Test("--width lays the output out for a projector's columns")
    func width() throws {
        let script = Binary.temporaryFolder().appendingPathComponent("train.mg")
        try "w = 1\nloss = (w - 3)^2\n:train loss 5 0.1 w\n".write(to: script, atomically: true, encoding: .utf8)
        let narrow = try Binary.run(["run", "--width", "40", script.path])
        #expect(narrow.status == 0, "\(narrow.stderr)")
        let plot = narrow.stdout.split(separator: "\n").filter { $0.contains("└") }
        #expect(plot.count == 1 && plot[0].count <= 40, "the loss plot fits in 40 columns: \(narrow.stdout)")
        let normal = try Binary.run(["run", script.path])
        #expect(normal.stdout.split(separator: "\n").contains { $0.contains("└") && $0.count > 60 })
        let bad = try Binary.run(["run", "--width", "5", "examples/lecture.mg"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--width takes 20 to 1000 columns"))
    }
}
