import Foundation
import Testing

/// An instructor's workflow through the binary: save a session, replay it,
/// record it as a transcript, check it, break it, load it.
@Suite("Scripts for instructors")
struct InstructorTests {
    @Test(":save writes a script that run replays to the same output, byte for byte, twice")
    func saveAndReplay() throws {
        let folder = Binary.temporaryFolder()
        let saved = folder.appendingPathComponent("lecture.mg").path
        let input = folder.appendingPathComponent("typed.mg")
        try "a = 2\nb = -3\nc = a*b + tanh(a)\n:vars\n:save \(saved)\n".write(to: input, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["run", input.path]).status == 0)
        let script = try String(contentsOfFile: saved, encoding: .utf8)
        #expect(script.contains("c = a*b + tanh(a)\n"))
        #expect(!script.contains(":vars"), "commands that only look are not saved")
        let first = try Binary.run(["run", saved])
        let second = try Binary.run(["run", saved])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains(">>> c = a*b + tanh(a)\nc = -5.036\n"))
    }

    @Test("--record makes a transcript that --check passes; a changed number fails as a diff hunk at its line")
    func recordAndCheck() throws {
        let folder = Binary.temporaryFolder()
        let path = folder.appendingPathComponent("demo.mg").path
        try "# a demo\na = 2\nb = -3\nc = a*b + tanh(a)\n".write(toFile: path, atomically: true, encoding: .utf8)
        let recorded = try Binary.run(["run", "--record", path])
        #expect(recorded.status == 0)
        let transcript = try String(contentsOfFile: path, encoding: .utf8)
        #expect(transcript.hasPrefix("# a demo\n>>> a = 2\na = 2\n>>> b = -3\n"))
        let checked = try Binary.run(["run", "--check", path])
        #expect(checked.status == 0)
        #expect(checked.stdout.contains("the output of all 4 inputs matches"))

        // Change the script so one number differs.
        let changed = transcript.replacingOccurrences(of: ">>> b = -3\nb = -3", with: ">>> b = -4\nb = -3")
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
        let failed = try Binary.run(["run", "--check", path])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("--- \(path) (recorded)\n+++ \(path) (replayed)\n"))
        #expect(failed.stdout.contains("@@ line 5 @@\n >>> b = -4\n-b = -3\n+b = -4\n >>> c = a*b + tanh(a)\n"))
        #expect(failed.stdout.hasSuffix("\(path): 4 differences\n"), "b, c and c's table: \(failed.stdout)")
    }

    /// Issue 19, item 9: an indented comment was read back as output, and
    /// the lines `:load` echoes as inputs, so a recorded transcript failed
    /// its own check and each further `--record` changed the script.
    @Test("--record of indented comments and :load writes a transcript --check passes, the same when recorded again")
    func recordCommentsAndLoad() throws {
        let folder = Binary.temporaryFolder()
        let other = folder.appendingPathComponent("other.mg").path
        try "a = 1\n  # in the loaded file\n".write(toFile: other, atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("s.mg").path
        let script = "  # indented note\n:load \(other)\n\t# tab note\nb = a*2\n"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["run", "--record", path]).status == 0)
        let transcript = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            transcript
                == "  # indented note\n>>> :load \(other)\n| >>> a = 1\na = 1\n|   # in the loaded file\n\t# tab note\n"
                + ">>> b = a*2\nb = 2\n  node  op     data  grad\n  b     *         2     1\n  2     const     2     1\n"
                + "  a     leaf      1     2\n", "\(transcript)")
        let checked = try Binary.run(["run", "--check", path])
        #expect(checked.status == 0, "\(checked.stdout)")
        #expect(try Binary.run(["run", "--record", path]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == transcript)
    }

    /// A transcript is text: `--json` changes what `run --check` and
    /// `--record` report, never the replay.
    @Test("--check --json passes the transcript --check passes; --record --json records the same text and reports in JSON")
    func jsonReports() throws {
        let folder = Binary.temporaryFolder()
        let path = folder.appendingPathComponent("demo.mg").path
        let plainPath = folder.appendingPathComponent("plain.mg").path
        let script = "# a demo\na = 2\nb = -3\nc = a*b + tanh(a)\n"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        try script.write(toFile: plainPath, atomically: true, encoding: .utf8)

        let recorded = try Binary.run(["run", "--record", "--json", path])
        #expect(recorded.status == 0)
        #expect(recorded.stdout == "{\"recorded\": {\"file\": \"\(path)\", \"inputs\": 4, \"lines\": 13}}\n")
        #expect(try Binary.run(["run", "--record", plainPath]).status == 0)
        let transcript = try String(contentsOfFile: path, encoding: .utf8)
        #expect(transcript == (try String(contentsOfFile: plainPath, encoding: .utf8)), "the same text as a plain --record")
        #expect(!transcript.contains("{"))

        #expect(try Binary.run(["run", "--check", path]).status == 0)
        for arguments in [["run", "--check", "--json", path], ["--json", "run", "--check", path]] {
            let checked = try Binary.run(arguments)
            #expect(checked.status == 0, "\(arguments): \(checked.stdout)")
            #expect(checked.stdout == "{\"summary\": {\"file\": \"\(path)\", \"inputs\": 4, \"differences\": 0}}\n")
        }

        let changed = transcript.replacingOccurrences(of: ">>> b = -3\nb = -3", with: ">>> b = -3\nb = -4")
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
        let failed = try Binary.run(["run", "--check", "--json", path])
        #expect(failed.status == 1)
        let lines = failed.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            "{\"file\": \"\(path)\", \"line\": 5, \"recorded\": [\"b = -4\"], \"actual\": [\"b = -3\"]}",
            "{\"summary\": {\"file\": \"\(path)\", \"inputs\": 4, \"differences\": 1}}",
        ])
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any], "\(line)")
        }
    }

    /// An instructor's demo of a mistake: the recorded error must name the
    /// line the input has in the transcript, where outputs come before it.
    @Test("a recorded error names its line in the transcript, so --check passes")
    func recordedError() throws {
        let folder = Binary.temporaryFolder()
        let path = folder.appendingPathComponent("mistake.mg").path
        try "a = 2\nb = a +\nc = (1 +\n  2)\nd = c +\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["run", "--record", path]).status == 0)
        let transcript = try String(contentsOfFile: path, encoding: .utf8)
        let lines = transcript.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let second = try #require(lines.firstIndex(of: ">>> b = a +"))
        #expect(lines[second + 1].hasPrefix("\(path):\(second + 1):8: error:"))
        let last = try #require(lines.firstIndex(of: ">>> d = c +"))
        #expect(lines[last + 1].hasPrefix("\(path):\(last + 1):8: error:"))
        let checked = try Binary.run(["run", "--check", path])
        #expect(checked.status == 0, "\(checked.stdout)")

        // One input: singular.
        try "a = 2\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["run", "--record", path]).stdout.hasPrefix("Recorded the output of 1 input into"))
        #expect(try Binary.run(["run", "--check", path]).stdout.contains("the output of its 1 input matches"))
    }

    @Test("a number within the tolerance still passes")
    func tolerance() throws {
        let folder = Binary.temporaryFolder()
        let path = folder.appendingPathComponent("close.mg").path
        try ">>> x = 0.3\nx = 0.30001\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["run", "--check", path]).status == 0)
        try ">>> x = 0.3\nx = 0.31\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["run", "--check", path]).status == 1)
    }

    @Test(":load runs a script into the session")
    func load() throws {
        let folder = Binary.temporaryFolder()
        let library = folder.appendingPathComponent("setup.mg").path
        try "w = 3\nb = 1\n".write(toFile: library, atomically: true, encoding: .utf8)
        let result = try Binary.run([], input: ":load \(library)\ny = w*2 + b\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains(">>> w = 3\nw = 3\n"))
        #expect(result.stdout.contains("y = 7"))
        let missing = try Binary.run([], input: ":load \(folder.path)/nope.mg\n")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read '\(folder.path)/nope.mg'"))
        let looping = folder.appendingPathComponent("loop.mg").path
        try ":load \(looping)\n".write(toFile: looping, atomically: true, encoding: .utf8)
        let loop = try Binary.run([], input: ":load \(looping)\n")
        #expect(loop.status == 1)
        #expect(loop.stderr.contains("nested 8 deep"))
    }

    @Test("--json with run writes one object per result and no transcript")
    func json() throws {
        let folder = Binary.temporaryFolder()
        let path = folder.appendingPathComponent("j.mg").path
        try "a = 2\nb = a * 3\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Binary.run(["run", "--json", path])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("{\"input\": ") })
    }
}
