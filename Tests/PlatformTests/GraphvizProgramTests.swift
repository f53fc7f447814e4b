import DiskTesting
import Glibc
import Platform
import Testing

/// Spawning Graphviz: the DOT text on its standard input, its outcome in
/// words. A stand-in script plays `dot`, so this runs without Graphviz.
@Suite("Graphviz program")
struct GraphvizProgramTests {
    static let dotInstalled = ["/usr/bin/dot", "/usr/local/bin/dot"].contains { (path: String) in access(path, X_OK) == 0 }

    @Test("the DOT text reaches the program's standard input, and the output file is the one given")
    func standardInput() throws {
        let folder = ScratchFolder(prefix: "graphviz")
        defer { folder.remove() }
        // Called as `program -Tsvg -o OUTPUT`: copies its input to OUTPUT.
        let program = folder.file("fake-dot")
        DiskFiles.write(program, "#!/bin/sh\ncat > \"$3\"\n", mode: 0o755)
        let output = folder.file("graph.svg")
        let dot = "digraph G { a -> b }\n"
        #expect(GraphvizProgram.render(dot, to: output, format: "svg", program: program) == .rendered)
        #expect(DiskFiles.text(output) == dot)
        #expect(DiskFiles.names(in: folder.path) == ["fake-dot", "graph.svg"], "the input file has no name left")
    }

    @Test("a program that is missing, or fails, says so")
    func outcomes() throws {
        let folder = ScratchFolder(prefix: "graphviz")
        defer { folder.remove() }
        let output = folder.file("graph.svg")
        #expect(GraphvizProgram.render("digraph {}", to: output, format: "svg", program: "micrograd-no-such-program") == .notInstalled)
        let failing = folder.file("failing-dot")
        DiskFiles.write(failing, "#!/bin/sh\nexit 3\n", mode: 0o755)
        #expect(GraphvizProgram.render("digraph {}", to: output, format: "svg", program: failing)
            == .failed("\(failing) failed with exit status 3 (its message is above)"))
    }

    @Test("the real dot draws an SVG", .enabled(if: dotInstalled, "Graphviz is not installed"))
    func realDot() throws {
        let folder = ScratchFolder(prefix: "graphviz")
        defer { folder.remove() }
        let output = folder.file("graph.svg")
        #expect(GraphvizProgram.render("digraph G { a -> b }\n", to: output, format: "svg") == .rendered)
        #expect(DiskFiles.text(output)?.contains("<svg") == true)
    }
}
