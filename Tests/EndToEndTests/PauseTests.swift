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
}
