import Foundation
import Testing

/// docs/grading.md through the binary: the example class of
/// `examples/class/` (30 students' scripts and answers) graded by the
/// documented commands, into one JSON file and one table.
@Suite("Grading a class")
struct GradingTests {
    static let assignment = "examples/class/lessons/en/hw1.md"

    static func students(_ folder: String, _ suffix: String) throws -> [String] {
        let path = Binary.repository.appendingPathComponent("examples/class/" + folder).path
        return try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(suffix) }.sorted()
            .map { "examples/class/\(folder)/\($0)" }
    }

    static func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test("grade --json: one line per student; a script that fails, runs too long or is not UTF-8 gets its row")
    func gradeJSON() throws {
        let scripts = try Self.students("scripts", ".mg")
        #expect(scripts.count == 30)
        let result = try Binary.run(["grade", "--json", "--time-limit", "0.3", Self.assignment] + scripts)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try Self.objects(result.stdout)
        #expect(rows.count == 30)
        func row(_ name: String) throws -> [String: Any] {
            try #require(rows.first { $0["student"] as? String == "examples/class/scripts/\(name).mg" })
        }
        #expect(try row("alice")["score"] as? Double == 1)
        #expect(try row("kai")["passed"] as? Int == 3, "other words, same graph: equivalent")
        let bob = try row("bob")
        #expect(bob["passed"] as? Int == 2)
        let bobSteps = try #require(bob["steps"] as? [[String: Any]])
        #expect(bobSteps[0]["reason"] as? String == "L is -10, but -8 is wanted.")
        let carol = try row("carol")
        #expect(carol["status"] as? String == "error")
        #expect(carol["line"] as? Int == 6)
        #expect(carol["message"] as? String == "expected an operator or the end of the statement, found the name 'f'")
        #expect(try row("marc")["status"] as? String == "stopped")
        #expect(try row("nora")["status"] as? String == "error")
        #expect((try row("nora")["message"] as? String)?.contains(":save") == true)
        let sam = try row("sam")
        #expect(sam["status"] as? String == "unreadable")
        #expect((sam["message"] as? String)?.contains("is not valid UTF-8 text") == true)
        #expect(try row("erin")["score"] as? Double == 1, "CRLF")
        #expect(try row("frank")["score"] as? Double == 1, "a byte-order mark")
        #expect(rows.filter { $0["score"] as? Double == 1 }.count == 21)
        let nothingWritten = Binary.repository.appendingPathComponent("stolen.mg").path
        #expect(!FileManager.default.fileExists(atPath: nothingWritten), ":save is refused")
    }

    @Test("grade in text mode: a table, a row per student, a column per task, and a summary")
    func gradeTable() throws {
        let scripts = try Self.students("scripts", ".mg")
        let result = try Binary.run(["grade", "--time-limit", "0.3", Self.assignment] + scripts)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 32)
        #expect(lines[0] == "student                          score  first-graph  neuron  loss  note")
        #expect(lines.contains("examples/class/scripts/bob.mg    2/3    ✗            ✓       ✓"))
        #expect(lines.contains {
            $0.hasPrefix("examples/class/scripts/carol.mg") && $0.hasSuffix("stopped at an error, line 6: expected an operator or the end of the statement, found the name 'f'")
        })
        #expect(lines.last == "30 scripts: 21 passed every step, mean score 84%; 4 did not run through")
    }

    @Test("grade refuses an assignment with errors or without tasks, at stderr, status 1")
    func badAssignment() throws {
        let folder = Binary.temporaryFolder()
        let broken = folder.appendingPathComponent("hw.md")
        try "# Homework\n\n## task t\n\nDo.\n\nchekc: value a == 1\nanswer: a = 1\nhint: h\n".write(to: broken, atomically: true, encoding: .utf8)
        let result = try Binary.run(["grade", broken.path, "examples/class/scripts/alice.mg"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("hw.md:7: unknown field 'chekc:' (did you mean 'check:'?)"), "\(result.stderr)")
        let prose = folder.appendingPathComponent("prose.md")
        try "# Homework\n\n## prose p\n\nRead.\n".write(to: prose, atomically: true, encoding: .utf8)
        let none = try Binary.run(["grade", prose.path, "examples/class/scripts/alice.mg"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("has no task step, so nothing to grade"))
    }

    @Test("lesson --answers --json: the class's answer files into one JSON file, a summary per student")
    func answersJSON() throws {
        let files = try Self.students("answers", ".txt")
        #expect(files.count == 30)
        var summaries: [[String: Any]] = []
        var statuses: [String: Int32] = [:]
        for file in files {
            let result = try Binary.run(["--lessons", "examples/class/lessons", "lesson", "hw1", "--answers", file, "--json"])
            let objects = try Self.objects(result.stdout)
            #expect(objects.count == 5, "4 steps and the summary: \(result.stdout)")
            let summary = try #require(objects.last?["summary"] as? [String: Any])
            summaries.append(summary)
            statuses[file] = result.status
        }
        let alice = try #require(summaries.first { $0["answers"] as? String == "examples/class/answers/alice.txt" })
        #expect(alice["passed"] as? Int == 3)
        #expect(alice["total"] as? Int == 3)
        #expect(statuses["examples/class/answers/alice.txt"] == 0)
        let bob = try #require(summaries.first { $0["answers"] as? String == "examples/class/answers/bob.txt" })
        #expect(bob["passed"] as? Int == 0, "stuck at the first task")
        #expect(statuses["examples/class/answers/bob.txt"] == 1)
        #expect(summaries.filter { $0["score"] as? Double == 1 }.count >= 20)
    }

    @Test("lesson --json with answers piped in: each step's attempts, hints and skips")
    func pipedJSON() throws {
        let input = "\na = 2; b = -3; c = 11; f = -2; L = (a*b + c)*f\n:hint\na = 2; b = -3; c = 10; f = -2; L = (a*b + c)*f\n:skip\n"
        let result = try Binary.run(["--lessons", "examples/class/lessons", "lesson", "hw1", "--json"], input: input)
        #expect(result.status == 1)
        let steps = try Self.objects(result.stdout)
        #expect(steps.count == 5)
        #expect(steps[1]["step"] as? String == "first-graph")
        #expect(steps[1]["attempts"] as? Int == 2)
        #expect(steps[1]["hints"] as? Int == 1)
        #expect(steps[1]["passed"] as? Bool == true)
        #expect(steps[2]["skipped"] as? Bool == true)
        #expect(steps[2]["passed"] as? Bool == false)
        #expect(steps[3]["attempts"] as? Int == 0)
        let summary = try #require(steps[4]["summary"] as? [String: Any])
        #expect(summary["passed"] as? Int == 1)
        #expect(summary["total"] as? Int == 3)
    }

    @Test("lesson --answers with a file that cannot be read is an error naming it")
    func answersMissing() throws {
        let result = try Binary.run(["--lessons", "examples/class/lessons", "lesson", "hw1", "--answers", "no-such.txt"])
        #expect(result.status == 1)
        #expect(result.stderr == "micrograd: --answers: cannot read 'no-such.txt': No such file or directory\n", "\(result.stderr)")
    }

    @Test("--answers - reads the answers from standard input, as '-' does wherever a file is taken")
    func answersFromStdin() throws {
        let result = try Binary.run(["lesson", "basics", "--answers", "-", "--json", "--lang", "en"], input: "\n\n\n-3\n")
        let summary = try #require(result.stdout.split(separator: "\n").last)
        #expect(summary.contains("\"answers\": \"-\""), "\(summary)")
        #expect(summary.contains("\"passed\": 1"), "\(summary)")
        #expect(result.status == 1)
    }
}
