import Foundation
import Testing

/// What the binary says at the shell: advice that is a shell command, counts
/// in the right number, and `--json` output that is JSON only.
@Suite("Shell messages")
struct ShellMessageTests {
    @Test("an unknown lesson at the shell points to `micrograd lessons`, not :menu")
    func unknownLesson() throws {
        let result = try Binary.run(["lesson", "99"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no lesson '99'; `micrograd lessons` lists them"), "\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains(":menu"))
    }

    @Test(":lesson N piped into the plain tutor says to run `micrograd lesson N`")
    func lessonFromPipe() throws {
        let result = try Binary.run([], input: ":lesson 1\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("run `micrograd lesson 1` at the shell"), "\(result.stderr)")
    }

    @Test("lessons check of one file: 1 file, 1 lesson")
    func oneFileChecked() throws {
        let result = try Binary.run(["lessons", "check", "lessons/en/01-basics.md"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("1 file, 1 lesson: no errors"), "\(result.stdout)")
        #expect(!result.stdout.contains("1 files") && !result.stdout.contains("1 lessons"))
    }

    @Test("--json with :nodes and other look-only commands writes JSON lines only")
    func jsonWithCommands() throws {
        let input = "a = 2\nb = -3\nc = a*b + tanh(a)\n:nodes\n:graph\n:explain\n:check\n:vars\n:help\n:backward\n:dot\nc\n"
        let result = try Binary.run(["--json"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        // Four results and one object per command (docs/json.md).
        #expect(lines.count == 12)
        var commands: [String] = []
        for line in lines {
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object != nil, "not JSON: \(line)")
            if let command = object?["command"] as? String { commands.append(command) }
        }
        #expect(commands == ["nodes", "graph", "explain", "check", "vars", "help", "backward", "dot"])
    }
}
