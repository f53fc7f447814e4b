import Foundation
import Testing

@Suite("The binary")
struct CommandLineTests {
    @Test("--json -e prints one JSON line per statement with correct gradients")
    func json() throws {
        let result = try Binary.run(["--json", "-e", "a = 2; b = -3; c = a*b + tanh(a)"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let last = try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as! [String: Any]
        #expect(last["input"] as? String == "c = a*b + tanh(a)")
        #expect(last["name"] as? String == "c")
        let value = try #require(last["value"] as? Double)
        #expect(abs(value - (-6 + tanh(2))) < 1e-12)
        let grad = try #require(last["grad"] as? [String: Double])
        #expect(abs(grad["a"]! - (-3 + 1 - tanh(2) * tanh(2))) < 1e-12)
        #expect(grad["b"] == 2)
        let nodes = try #require(last["nodes"] as? [[String: Any]])
        #expect(nodes.count == 5)
        #expect(nodes[0]["label"] as? String == "a")
        #expect(nodes[0]["op"] as? String == "leaf")
        #expect(nodes[0]["inputs"] as? [Int] == [])
        #expect(nodes[4]["inputs"] as? [Int] == [2, 3])
    }

    @Test("a JSON error has message, line and column, and exit status 1")
    func jsonError() throws {
        let result = try Binary.run(["--json", "-e", "a = 1\n1 + * 2"])
        #expect(result.status == 1)
        let last = String(result.stdout.split(separator: "\n").last!)
        let object = try JSONSerialization.jsonObject(with: Data(last.utf8)) as! [String: Any]
        let error = try #require(object["error"] as? [String: Any])
        #expect(error["message"] as? String == "expected an expression after '+', found '*'")
        #expect(error["line"] as? Int == 2)
        #expect(error["column"] as? Int == 5)
    }

    @Test("non-finite numbers are JSON strings")
    func nonFinite() throws {
        let result = try Binary.run(["--json", "-e", "x = log(-1); y = 1/0"])
        #expect(result.stdout.contains("\"value\": \"NaN\""))
        #expect(result.stdout.contains("\"value\": \"Infinity\""))
    }

    /// `-e PROGRAM` alone skips the argument parser; with any other option it
    /// goes through it. Both must print the same, and fail the same.
    @Test("-e alone and -e with options print the same and fail the same")
    func fastPathMatchesParser() throws {
        let program = "a = 2; b = -3\nc = a*b + tanh(a)\nrandn(2)"
        let fast = try Binary.run(["-e", program])
        let parsed = try Binary.run(["--seed", "0", "-e", program])
        #expect(fast.status == 0)
        #expect(fast.stdout == parsed.stdout)
        #expect(fast.stdout.contains("c = -5.036"))
        let fastError = try Binary.run(["-e", "1 + * 2"])
        let parsedError = try Binary.run(["--no-color", "-e", "1 + * 2"])
        #expect(fastError.status == 1 && parsedError.status == 1)
        #expect(fastError.stdout == parsedError.stdout)
    }

    @Test("a script given where a command belongs gets the command that runs it")
    func scriptWithoutRun() throws {
        let result = try Binary.run(["demo.mg"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("'demo.mg' is not a command. To run a script, write: micrograd run demo.mg"))
    }

    @Test("stdin that is not a terminal: no prompt, stop at the first error")
    func pipe() throws {
        let result = try Binary.run([], input: "a = 2\nb = a * 3\nc = nope\nd = 1\n")
        #expect(result.status == 1)
        #expect(!result.stdout.contains(">>>"))
        #expect(result.stdout.contains("b = 6"))
        // The error goes to standard error, the results stay on standard output.
        #expect(result.stderr.contains("<stdin>:3:5: error: unknown name 'nope'"))
        #expect(!result.stdout.contains("error"))
        #expect(!result.stdout.contains("d = 1"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour into a pipe")
    }

    @Test("-e errors name <-e>, the line and the column, with a caret")
    func programError() throws {
        let result = try Binary.run(["-e", "1 + * 2"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            <-e>:1:5: error: expected an expression after '+', found '*'
                1 + * 2
                    ^

            """)
    }

    @Test("-e takes a program that starts with a minus sign")
    func negativeProgram() throws {
        let result = try Binary.run(["-e", "-2^2"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("-2^2 = -4\n"))
    }

    /// Issue 19, item 12: with an option before it, `-e '---1'` was read
    /// as an unknown option (exit 64).
    @Test("-e after an option takes a program that starts with dashes")
    func dashedProgramAfterOption() throws {
        let json = try Binary.run(["--json", "-e", "---1"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.hasPrefix("{\"input\": \"---1\", \"name\": null, \"value\": -1"), "\(json.stdout)")
        let plain = try Binary.run(["--no-color", "-e", "---1"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout == "---1 = -1\n")
    }

    /// Issue 19, item 12: the nesting limit assumed an 8 MiB stack, and 499
    /// levels under `ulimit -s 2048` ended in SIGSEGV. The tutor now runs
    /// on a stack of its own size, so the limit holds under any `ulimit -s`
    /// and can be raised to 5,000.
    @Test("the nesting limit holds under ulimit -s 2048, raised to 5,000 too")
    func nestingUnderSmallStack() throws {
        func nested(_ depth: Int) -> String { String(repeating: "tanh(", count: depth) + "a" + String(repeating: ")", count: depth) }
        let cases = [
            ("a = 0.5; b = \(nested(499))", "b = 0.", 0),
            ("a = 0.5; b = \(nested(501))", "nested more than 500 levels deep", 1),
            (":set max-nesting 5000\na = 0.5\nb = \(nested(4_999))", "b = 0.", 0),
        ]
        for (program, expected, status) in cases {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -s 2048 && exec \"$0\" -e \"$1\" 2>&1", Binary.url.path, program]
            process.environment = ["HOME": Binary.temporaryFolder().path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit && process.terminationStatus == status, "\(text.suffix(300))")
            #expect(text.contains(expected), "\(text.suffix(300))")
        }
    }

    @Test("run FILE prints a transcript and stops at the first error with FILE:LINE:COL")
    func runFile() throws {
        let folder = Binary.temporaryFolder()
        let script = folder.appendingPathComponent("demo.mg")
        try "# demo\na = 2\nb = a * 3\nc = a +\n".write(to: script, atomically: true, encoding: .utf8)
        let result = try Binary.run(["run", script.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains(">>> a = 2\na = 2\n"))
        #expect(result.stdout.contains("\(script.path):4:8: error: expected an expression after '+'"))
    }

    @Test("run: a missing file, a directory and a binary file each get a clear error")
    func runBadFiles() throws {
        let folder = Binary.temporaryFolder()
        let missing = try Binary.run(["run", folder.appendingPathComponent("nope.mg").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read '\(folder.path)/nope.mg': No such file or directory"))
        let directory = try Binary.run(["run", folder.path])
        #expect(directory.stderr.contains("is a folder, not a file"))
        let binary = folder.appendingPathComponent("binary.mg")
        try Data([0x61, 0x00, 0xFF]).write(to: binary)
        #expect(try Binary.run(["run", binary.path]).stderr.contains("looks like a binary file"))
        let latin1 = folder.appendingPathComponent("latin1.mg")
        try Data("a = 1\n# caf".utf8 + [0xE9] + Data("\n".utf8)).write(to: latin1)
        #expect(try Binary.run(["run", latin1.path]).stderr.contains("line 2 is not valid UTF-8"))
    }

    @Test("NO_COLOR and --no-color are honoured; --version and --help work")
    func flags() throws {
        #expect(try Binary.run(["--version"]).stdout == "0.1.0\n")
        let help = try Binary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: micrograd"))
        #expect(try Binary.run(["--no-color", "-e", "1"]).status == 0)
        let bash = try Binary.run(["--generate-completion-script", "bash"])
        #expect(bash.stdout.contains("micrograd"))
    }
}
