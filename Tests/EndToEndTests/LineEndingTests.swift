import Foundation
import Testing

/// A script, a loaded script, a transcript and a lesson saved with Windows
/// (CRLF) or old Mac (CR) line endings run through the binary exactly like
/// the LF file; errors point at the same line and column.
@Suite("Line endings through the binary")
struct LineEndingEndToEndTests {
    static func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }
    static func cr(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r") }

    /// Writes `text` byte for byte (no line-ending translation).
    func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test("a CRLF or CR script prints the same transcript as the LF one")
    func script() throws {
        let lecture = try String(
            contentsOf: Binary.repository.appendingPathComponent("examples/lecture.mg"), encoding: .utf8)
        let folder = Binary.temporaryFolder()
        let path = folder.appendingPathComponent("lecture.mg").path
        try write(lecture, to: path)
        let lf = try Binary.run(["run", path])
        #expect(lf.status == 0, "\(lf.stderr)")
        #expect(lf.stdout.contains(">>> L = d*f\nL = -8\n"), "\(lf.stdout)")
        for variant in [Self.crlf(lecture), Self.cr(lecture)] {
            try write(variant, to: path)
            let result = try Binary.run(["run", path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == lf.stdout)
        }
    }

    /// Issue 19, item 12: a comment ran on past a CR into the statements
    /// after it, which were dropped with exit 0.
    @Test("CR-only stdin and CRLF in -e end lines: no statement after a comment is lost")
    func pipedAndProgram() throws {
        let expected = "a = 1\nb = 2\nb = 2\n"
        let piped = try Binary.run([], input: "a = 1 # note\rb = 2\rb\r")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout == expected)
        let program = try Binary.run(["-e", "a = 1 # note\r\nb = 2\r\nb"])
        #expect(program.status == 0, "\(program.stderr)")
        #expect(program.stdout == expected)
        let both = try Binary.run(["--no-color", "-e", "a = 1 # note\rb = 2\rb"])
        #expect(both.stdout == expected)
    }

    @Test("an error in a CRLF script points at the same line and column as in the LF one")
    func errorLocation() throws {
        let text = "a = 2\nb = a*3\n\nc = b + * 2\n"
        let folder = Binary.temporaryFolder()
        let path = folder.appendingPathComponent("broken.mg").path
        try write(text, to: path)
        let lf = try Binary.run(["run", path])
        #expect(lf.status == 1)
        #expect(lf.stdout.contains("broken.mg:4:9: error: expected an expression after '+'"), "\(lf.stdout)")
        for variant in [Self.crlf(text), Self.cr(text)] {
            try write(variant, to: path)
            let result = try Binary.run(["run", path])
            #expect(result.status == 1)
            #expect(result.stderr == lf.stderr)
            #expect(result.stdout == lf.stdout)
        }
    }

    @Test(":load reads a CRLF script line by line")
    func load() throws {
        let folder = Binary.temporaryFolder()
        let path = folder.appendingPathComponent("part.mg").path
        try write(Self.crlf("a = 2\nb = a*3\n"), to: path)
        let result = try Binary.run([], input: ":load \(path)\nb + 1\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("b = 6"), "\(result.stdout)")
        #expect(result.stdout.contains("7"), "\(result.stdout)")
    }

    @Test("--check passes on a recorded transcript saved with CRLF endings")
    func transcript() throws {
        let folder = Binary.temporaryFolder()
        let path = folder.appendingPathComponent("demo.mg").path
        try write("# a demo\na = 2\nb = -3\nc = a*b + tanh(a)\n", to: path)
        #expect(try Binary.run(["run", "--record", path]).status == 0)
        let transcript = try String(contentsOfFile: path, encoding: .utf8)
        try write(Self.crlf(transcript), to: path)
        let checked = try Binary.run(["run", "--check", path])
        #expect(checked.status == 0, "\(checked.stdout)")
        #expect(checked.stdout.contains("the output of all 4 inputs matches"), "\(checked.stdout)")
        try write(Self.crlf(transcript.replacingOccurrences(of: "\nb = -3\n", with: "\nb = -4\n")), to: path)
        let broken = try Binary.run(["run", "--check", path])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("@@ line 5 @@\n >>> b = -3\n-b = -4\n+b = -3\n"), "\(broken.stdout)")
    }

    @Test("a lesson saved with CRLF endings checks and lists like the LF one")
    func lesson() throws {
        let folder = Binary.temporaryFolder().appendingPathComponent("mine")
        #expect(try Binary.run(["lessons", "new", "08-chain", folder.path]).status == 0)
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        #expect(!files.isEmpty)
        for file in files {
            let path = folder.appendingPathComponent(file).path
            try write(Self.crlf(try String(contentsOfFile: path, encoding: .utf8)), to: path)
        }
        let check = try Binary.run(["lessons", "check", folder.path])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(!check.stdout.contains("no steps"), "\(check.stdout)")
        let listed = try Binary.run(["lessons"], environment: ["MICROGRAD_LESSONS": folder.path])
        #expect(listed.stdout.contains("A new lesson"), "\(listed.stdout)")
    }
}
