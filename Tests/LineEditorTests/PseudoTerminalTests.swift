import TextKit
import TerminalTesting
import Glibc
import Testing

/// Tests of the harness itself, against /bin/sh.
@Suite struct PseudoTerminalTests {
    private let environment = ["PATH": "/usr/bin:/bin", "TERM": "xterm", "LANG": "C.UTF-8"]

    @Test func drivesAShellUnderATerminal() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "stty size; [ -t 0 ] && echo tty; read x; echo got:$x"],
            environment: environment)
        defer { terminal.close() }
        try terminal.read(until: "30 100")  // rows columns as set by forkpty
        try terminal.read(until: "tty")
        terminal.send("梯度\r")
        let text = try terminal.read(until: "got:梯度")
        #expect(text.contains("got:梯度"))
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func passesExactlyTheGivenEnvironment() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "echo home=$HOME,lang=$LANG."],
            environment: ["HOME": "/nonexistent/home", "LANG": "C.UTF-8"])
        defer { terminal.close() }
        try terminal.read(until: "home=/nonexistent/home,lang=C.UTF-8.")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func reportsExitStatusAndSignals() throws {
        let exiting = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "exit 3"], environment: environment)
        #expect(try exiting.waitForExit() == 3)
        let killed = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "kill -TERM $$"], environment: environment)
        #expect(try killed.waitForExit() == 128 + SIGTERM)
    }

    @Test func ctrlCReachesTheChild() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "trap 'echo caught; exit 7' INT; echo ready; read x"],
            environment: environment)
        defer { terminal.close() }
        try terminal.read(until: "ready")
        terminal.send("\u{3}")
        try terminal.read(until: "caught")
        #expect(try terminal.waitForExit() == 7)
    }

    @Test func timeoutErrorQuotesTheOutputSoFar() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "echo partial; sleep 5"], environment: environment)
        defer { terminal.close() }
        do {
            // Long enough for the shell to print "partial" on a busy machine
            // (0.3 s was not, under a parallel test run), short of its sleep.
            try terminal.read(until: "never printed", timeout: 2)
            Issue.record("read(until:) should have timed out")
        } catch let error as PseudoTerminalError {
            #expect(error.description.contains("timed out"))
            #expect(error.description.contains("partial"))
        }
    }

    @Test func closeKillsARunningChild() throws {
        let terminal = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "sleep 30"], environment: environment)
        let pid = terminal.processID
        terminal.close()
        // Reaped: the pid no longer names our child.
        #expect(kill(pid, 0) == -1)
    }
}
