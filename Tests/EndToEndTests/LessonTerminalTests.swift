import Foundation
import TerminalTesting
import Testing

/// A lesson at a real (pseudo-)terminal: the lesson prompt, Tab, Ctrl-C and
/// Ctrl-D under libedit, and the progress and history a learner keeps.
@Suite("Lesson at a terminal", .serialized)
struct LessonTerminalTests {
    func start(home: URL, _ arguments: [String]) throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: Binary.url.path, arguments: ["lesson"] + arguments + ["--lang", "en"],
            environment: [
                "HOME": home.path,
                "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "XDG_DATA_HOME": home.appendingPathComponent("data").path,
                "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
            ])
    }

    /// Reads up to the lesson prompt of `step` (`[1·4/19] >>> `, the step
    /// dimmed on a terminal) and waits until libedit reads keys.
    @discardableResult
    func awaitStep(_ step: Int, _ terminal: PseudoTerminal) throws -> String {
        let text = try terminal.read(until: "[1·\(step)/19]") + terminal.read(until: " >>> ")
        try terminal.waitForRawMode()
        return text
    }

    @Test("steps, Tab, a wrong then a right answer, Ctrl-C, Ctrl-D, then resuming")
    func lesson() throws {
        let home = Binary.temporaryFolder()
        do {
            let terminal = try start(home: home, ["1"])
            defer { terminal.close() }
            let first = try awaitStep(1, terminal)
            #expect(first.contains("Basic concepts"))

            // Enter on an empty line goes on to the next step.
            terminal.send("\r")
            try awaitStep(2, terminal)

            // Tab completes a lesson command.
            terminal.send(":ne\t")
            try terminal.read(until: "xt")
            terminal.send("\r")
            let run = try awaitStep(3, terminal)
            #expect(!run.contains("Unknown command"))
            terminal.send("\r")
            try awaitStep(4, terminal)

            // A wrong answer keeps the step; Ctrl-C drops a half-typed answer
            // and keeps the lesson; the right answer moves on.
            terminal.send("5\r")
            let wrong = try awaitStep(4, terminal)
            #expect(wrong.contains("5 is not it"))
            terminal.send("-2")
            try terminal.read(until: "-2")
            terminal.send("\u{3}")
            try awaitStep(4, terminal)
            terminal.send("-3\r")
            let right = try awaitStep(5, terminal)
            #expect(right.contains("✓ Right."))

            // Ctrl-D leaves; the step reached is saved.
            terminal.send("\u{4}")
            #expect(try terminal.waitForExit(timeout: 10) == 0)
        }

        // Without a lesson, the tutor resumes where the learner stopped,
        // with the answers typed last session in its history.
        let again = try start(home: home, [])
        defer { again.close() }
        let resumed = try awaitStep(5, again)
        #expect(resumed.contains("Welcome back"))
        again.send("\u{1b}[A")
        try again.read(until: "-3")
        again.send("\u{3}")
        try awaitStep(5, again)
        again.send("\u{4}")
        #expect(try again.waitForExit(timeout: 10) == 0)
    }
}
