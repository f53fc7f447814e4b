import Foundation
import TerminalTesting
import Testing

/// Issue 19, item 5: the long loops of the commands hear Ctrl-C, SIGTERM
/// and SIGHUP. Each test starts a command whose work runs for much longer
/// than the test waits (minutes, in a debug build), interrupts it, and
/// wants the prompt (or the exit) back within the read's time limit.
extension ReliabilityTests {
    /// A graph of 270,000 nodes: `:nodes s` prints as many rows, and
    /// `:backward s all` as many steps.
    static let largeGraph = "w = zeros(300, 300); s = sum(w*w)\r"

    @Test("Ctrl-C during a long :nodes brings the prompt back, the names kept")
    func interruptNodes() throws {
        let terminal = try startTutor(home: Binary.temporaryFolder())
        defer { terminal.close() }
        try awaitPrompt(terminal)
        terminal.send(ReliabilityTests.largeGraph)
        try awaitPrompt(terminal)
        terminal.send(":nodes s\r")
        try terminal.read(until: ":nodes s\r\n")
        usleep(500_000)
        terminal.send("\u{3}")
        let answer = try terminal.read(until: ">>> ", timeout: 30)
        #expect(answer.contains("stopped by Ctrl-C; :nodes did not finish"), "\(answer.suffix(300))")
        try terminal.waitForRawMode()
        terminal.send(":vars\r")
        let vars = try terminal.read(until: ">>> ")
        #expect(vars.contains("s = 0"), "\(vars)")
    }

    @Test("Ctrl-C during :backward NAME all stops it as q does")
    func interruptBackwardAll() throws {
        let terminal = try startTutor(home: Binary.temporaryFolder())
        defer { terminal.close() }
        try awaitPrompt(terminal)
        terminal.send(ReliabilityTests.largeGraph)
        try awaitPrompt(terminal)
        terminal.send(":backward s all\r")
        try terminal.read(until: "step 1 of", timeout: 30)
        terminal.send("\u{3}")
        let answer = try terminal.read(until: ">>> ", timeout: 30)
        #expect(answer.contains("Stopped after"), "\(answer.suffix(300))")
    }

    @Test("SIGTERM during a long :nodes ends the tutor by SIGTERM")
    func terminateNodes() throws {
        let terminal = try startTutor(home: Binary.temporaryFolder())
        defer { terminal.close() }
        try awaitPrompt(terminal)
        terminal.send(ReliabilityTests.largeGraph)
        try awaitPrompt(terminal)
        terminal.send(":nodes s\r")
        try terminal.read(until: ":nodes s\r\n")
        usleep(500_000)
        kill(terminal.processID, SIGTERM)
        let status = try terminal.waitForExit(timeout: 30)
        #expect(status == 128 + SIGTERM || status == SIGTERM, "ended by SIGTERM (\(status))")
    }

    @Test(":load of a pipe whose writer sends nothing is left with Ctrl-C")
    func interruptLoadOfPipe() throws {
        let folder = Binary.temporaryFolder()
        let pipe = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        // A writer that holds the pipe open and never writes.
        let writer = open(pipe, O_RDWR | O_NONBLOCK)
        #expect(writer >= 0)
        defer { close(writer) }
        let terminal = try startTutor(home: folder)
        defer { terminal.close() }
        try awaitPrompt(terminal)
        terminal.send(":load \(pipe)\r")
        try terminal.read(until: "pipe\r\n")
        usleep(300_000)
        terminal.send("\u{3}")
        let answer = try terminal.read(until: ">>> ", timeout: 10)
        #expect(answer.contains("stopped by Ctrl-C"), "\(answer)")
    }
}
