import Foundation
import Lessons
import TerminalTesting
import Testing

/// Issue 8 through the binary: hostile files, kill -9 during `:save`,
/// Ctrl-C during long work, SIGTERM at the prompt, two tutors at once.
@Suite("Reliability", .serialized)
struct ReliabilityTests {
    // MARK: Hostile files

    @Test("run: each hostile file gets a clear error with its path")
    func hostileFiles() throws {
        let folder = Binary.temporaryFolder()
        func file(_ name: String, _ bytes: [UInt8]) -> String {
            let path = folder.appendingPathComponent(name).path
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            return path
        }
        let latin1 = file("latin1.mg", Array("a = 1\n# caf".utf8) + [0xE9] + Array("\n".utf8))
        let binary = file("binary.mg", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00])
        let huge = folder.appendingPathComponent("huge.mg").path
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: 17 << 20)  // sparse: 17 MiB of zeros
        try handle.close()
        let cases: [(String, String)] = [
            (latin1, "line 2 is not valid UTF-8 text; save the file as UTF-8"),
            (binary, "looks like a binary file (line 1 holds a NUL byte)"),
            (folder.path, "is a folder, not a file"),
            (folder.appendingPathComponent("missing.mg").path, "No such file or directory"),
            (huge, "is 17 MiB; scripts, lessons and progress files are at most 16 MiB"),
        ]
        for (path, message) in cases {
            let result = try Binary.run(["run", path])
            #expect(result.status == 1, "\(path)")
            #expect(result.stderr.contains("'\(path)'") && result.stderr.contains(message), "\(result.stderr)")
        }
        // :load says the same, at the place of the file name.
        let loaded = try Binary.run(["-e", ":load \(binary)"])
        #expect(loaded.status == 1)
        #expect(loaded.stderr.contains("looks like a binary file"))
        // An empty script runs nothing and succeeds.
        let empty = try Binary.run(["run", file("empty.mg", [])])
        #expect(empty.status == 0 && empty.stderr.isEmpty)
    }

    @Test("run: a file without read permission", .enabled(if: getuid() != 0, "root reads any file, whatever its permissions"))
    func unreadableFile() throws {
        let path = Binary.temporaryFolder().appendingPathComponent("secret.mg").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("a = 1\n".utf8), attributes: [.posixPermissions: 0]))
        let result = try Binary.run(["run", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot read '\(path)': Permission denied"))
    }

    // MARK: Durability

    /// A script saves a growing session over and over; it is killed with
    /// SIGKILL at random moments. Each time the saved file must be absent
    /// or one whole version: the header and the first k statements.
    @Test("kill -9 during :save leaves the old file or the new one")
    func killDuringSave() throws {
        let folder = Binary.temporaryFolder()
        let saved = folder.appendingPathComponent("session.mg").path
        let padding = String(repeating: "x", count: 2_000)
        var statements: [String] = []
        var script = ""
        for index in 0..<400 {
            let statement = "a\(index) = \(index)  # \(padding)"
            statements.append(statement)
            script += statement + "\n:save \(saved)\n"
        }
        let scriptPath = folder.appendingPathComponent("saver.mg").path
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        let header = "# Saved by :save. Replay it with: micrograd run \(saved)"
        var kills = 0
        // Fixed moments, 20 ms to 0.5 s after the start, so that a failure
        // can be run again as it happened.
        let moments = (0..<12).map { 20_000 + $0 * 43_000 }
        for round in 0..<12 {
            let process = Process()
            process.executableURL = Binary.url
            process.arguments = ["run", scriptPath]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(moments[round]))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()
            guard FileManager.default.fileExists(atPath: saved) else { continue }
            let text = try String(contentsOfFile: saved, encoding: .utf8)
            var lines = text.components(separatedBy: "\n")
            #expect(lines.removeLast() == "", "the file ends with a whole line")
            #expect(lines.first == header)
            let body = Array(lines.dropFirst())
            #expect(body == Array(statements.prefix(body.count)), "round \(round): a whole version, never torn")
            let replay = try Binary.run(["run", saved])
            #expect(replay.status == 0, "the saved file runs: \(replay.stderr)")
        }
        #expect(kills > 0, "some runs were killed mid-way")
    }

    /// Two tutors at once, each adding lines and saving its history: the
    /// file stays readable (the last writer wins; nothing is torn).
    @Test("two tutors at once keep the history readable, and both sessions' lines")
    func twoTutors() throws {
        let home = Binary.temporaryFolder()
        let first = try startTutor(home: home)
        defer { first.close() }
        let second = try startTutor(home: home)
        defer { second.close() }
        try awaitPrompt(first)
        try awaitPrompt(second)
        for index in 0..<10 {
            for (name, terminal) in [("first", first), ("second", second)] {
                terminal.send("\(name)\(index) = \(index)\r")
                try terminal.read(until: "\(name)\(index) = \(index)\r\n")
                try awaitPrompt(terminal)
            }
        }
        first.send("\u{4}")
        #expect(try first.waitForExit() == 0)
        second.send("\u{4}")
        #expect(try second.waitForExit() == 0)
        let history = try String(
            contentsOfFile: home.appendingPathComponent("state/micrograd/history").path, encoding: .utf8)
        // libedit's format writes a space as \040.
        #expect(history.hasPrefix("_HiStOrY_V2_\n"))
        // Issue 19, item 11: each tutor appends under a lock, so the lines
        // of both are there, not only the last writer's.
        for index in 0..<10 {
            for name in ["first", "second"] {
                #expect(history.contains("\(name)\(index)\\040=\\040\(index)\n"), "\(name)\(index) is kept")
            }
        }
        // A third tutor loads it without a warning and finds the lines with Up.
        let third = try startTutor(home: home)
        defer { third.close() }
        let welcome = try third.read(until: ">>> ")
        #expect(!welcome.contains("warning"))
        try third.waitForRawMode()
        third.send("\u{1B}[A")
        try third.read(until: "second9 = 9")
    }

    // MARK: Interrupts

    /// Ctrl-C while a statement builds a large graph returns to the prompt
    /// with a clear error; the names from before are intact; a second
    /// Ctrl-C at the empty prompt does not quit; Ctrl-D does.
    @Test("Ctrl-C during a deep graph build")
    func interruptGraphBuild() throws {
        let terminal = try startTutor(home: Binary.temporaryFolder())
        defer { terminal.close() }
        try awaitPrompt(terminal)
        terminal.send("a = 2\r")
        try awaitPrompt(terminal)
        // A sum of a million elements is a chain a million nodes deep.
        terminal.send("s = sum(zeros(1000, 1000) + a)\r")
        try terminal.read(until: "a)\r\n")
        usleep(300_000)
        terminal.send("\u{3}")
        // The read's time limit is the test that Ctrl-C is heard at all.
        let answer = try terminal.read(until: ">>> ", timeout: 30)
        #expect(answer.contains("interrupted (Ctrl-C)"), "\(answer)")
        try terminal.waitForRawMode()
        terminal.send("\u{3}")
        try awaitPrompt(terminal)
        terminal.send(":vars\r")
        let vars = try terminal.read(until: ">>> ")
        #expect(vars.contains("a = 2"))
        #expect(!vars.contains("s ="))
        try terminal.waitForRawMode()
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("Ctrl-C during :train keeps the steps taken")
    func interruptTraining() throws {
        let terminal = try startTutor(home: Binary.temporaryFolder())
        defer { terminal.close() }
        try awaitPrompt(terminal)
        terminal.send("w = 0.5; loss = (w*3 - 6)^2\r")
        try awaitPrompt(terminal)
        terminal.send(":train loss 100000000 0.000001\r")
        usleep(1_000_000)
        terminal.send("\u{3}")
        let answer = try terminal.read(until: ">>> ", timeout: 30)
        #expect(answer.lowercased().contains("stop") || answer.contains("Ctrl-C"), "\(answer)")
        try terminal.waitForRawMode()
        terminal.send("w\r")
        let value = try terminal.read(until: ">>> ")
        #expect(value.contains("w = 0.5") == false, "the steps taken were kept: \(value)")
    }

    /// SIGTERM at the prompt: the history is saved, the terminal restored
    /// (libedit leaves raw mode), and the process ends by that signal.
    @Test("SIGTERM at the prompt exits cleanly")
    func terminate() throws {
        let home = Binary.temporaryFolder()
        let terminal = try startTutor(home: home)
        defer { terminal.close() }
        try awaitPrompt(terminal)
        terminal.send("kept = 42\r")
        try awaitPrompt(terminal)
        kill(terminal.processID, SIGTERM)
        let status = try terminal.waitForExit(timeout: 10)
        #expect(status == 128 + SIGTERM || status == SIGTERM, "ended by SIGTERM (\(status))")
        let history = try String(
            contentsOfFile: home.appendingPathComponent("state/micrograd/history").path, encoding: .utf8)
        #expect(history.contains("kept\\040=\\04042"))
    }

    // MARK: Helpers

    func startTutor(home: URL) throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: Binary.url.path, arguments: [],
            environment: [
                "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "NO_COLOR": "1",
            ])
    }

    func awaitPrompt(_ terminal: PseudoTerminal) throws {
        try terminal.read(until: ">>> ")
        try terminal.waitForRawMode()
    }
}
