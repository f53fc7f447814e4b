import Foundation
import Testing

/// The explanation commands through the built binary: script mode, piped
/// stdin, and the files `:dot` writes, checked by Graphviz itself.
@Suite("Explaining gradients, end to end")
struct ExplanationEndToEndTests {
    static let lecture = "a = 2\nb = -3\nc = 10\ne = a*b\nd = e + c\nf = -2\nL = d*f\n"
    static let dotProgram = ["/usr/bin/dot", "/usr/local/bin/dot"].first(where: FileManager.default.isExecutableFile)

    @Test("every command on the lecture's example, from a pipe")
    func pipe() throws {
        let input = ExplanationEndToEndTests.lecture + ":graph L\n:explain L a\n:check L\n:backward L all\n"
        let result = try Binary.run(["--no-color"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("│  │  ├─ a  leaf     2     6"))
        #expect(result.stdout.contains("dL/da = dL/de * de/da = -2 * b = -2 * -3 = 6"))
        #expect(result.stdout.contains("✓ all 6 gradients agree"))
        #expect(result.stdout.contains("step 3 of 3: e = a*b, grad -2"))
    }

    @Test("a script steps backward with its own lines, and stops at the first error")
    func script() throws {
        let folder = Binary.temporaryFolder()
        let script = folder.appendingPathComponent("steps.mg")
        try (ExplanationEndToEndTests.lecture + ":backward L\n\nq\n:graph nothere\n:graph L\n")
            .write(to: script, atomically: true, encoding: .utf8)
        let result = try Binary.run(["run", "--no-color", script.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("backward> q"))
        #expect(result.stdout.contains("Stopped after 2 of 3 steps"))
        #expect((result.stdout + result.stderr).contains("steps.mg:11:8: error: unknown name 'nothere'"))
        #expect(!result.stdout.contains(">>> :graph L"))
    }

    @Test(
        ":dot writes DOT that Graphviz accepts, and draws SVG and PNG",
        .enabled(if: ExplanationEndToEndTests.dotProgram != nil, "Graphviz's dot is not installed"))
    func dotFiles() throws {
        let dot = try #require(ExplanationEndToEndTests.dotProgram)
        let folder = Binary.temporaryFolder()
        let input = ExplanationEndToEndTests.lecture
            + "x = 3; y = x + x; p = x*y; q = x + y; r = p*q\nw = [[1, 2], [3, 4]]\nloss = sum(tanh(w*w))\n"
            + ":dot L \(folder.path)/lecture.dot\n:dot r \(folder.path)/reuse.gv\n:dot loss \(folder.path)/arrays.dot\n"
            + ":dot L \(folder.path)/lecture.svg --graphviz\n:dot r \(folder.path)/reuse.png\n"
        let result = try Binary.run(["--no-color"], input: input, environment: ["PATH": "/usr/bin:/bin:/usr/local/bin"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Drew the graph into \(folder.path)/lecture.svg."))
        for name in ["lecture.dot", "reuse.gv", "arrays.dot"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: dot)
            process.arguments = ["-Tsvg", "-o", "/dev/null", folder.appendingPathComponent(name).path]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            process.waitUntilExit()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0 && message.isEmpty, "dot -Tsvg \(name): \(message)")
        }
        let svg = try String(contentsOf: folder.appendingPathComponent("lecture.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("grad 6"))
        let png = try Data(contentsOf: folder.appendingPathComponent("reuse.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // Nothing but what was asked for: no temporary files left behind.
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["arrays.dot", "lecture.dot", "lecture.svg", "reuse.gv", "reuse.png"])
    }

    @Test("without Graphviz, :dot writes the .dot beside a .png and says how to draw it; an .svg it draws itself")
    func withoutGraphviz() throws {
        let folder = Binary.temporaryFolder()
        let input = ExplanationEndToEndTests.lecture + ":dot L \(folder.path)/g.png\n:dot L \(folder.path)/own.svg\n"
        let result = try Binary.run(["--no-color"], input: input, environment: ["PATH": folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Graphviz's dot program is not installed, so the graph went to \(folder.path)/g.dot"))
        #expect(result.stdout.contains("dot -Tpng \(folder.path)/g.dot -o \(folder.path)/g.png"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("g.dot").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("g.png").path))
        #expect(result.stdout.contains("Drew the graph into \(folder.path)/own.svg."))
        let svg = try String(contentsOf: folder.appendingPathComponent("own.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("grad 6"))
    }
}
