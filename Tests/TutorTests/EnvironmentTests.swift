import Platform
import Testing
import TextKit
import Views

@testable import Tutor

/// A session over an ``InMemoryEnvironment``: the file commands write and
/// read files in memory, with the words they use on a disk.
private final class Run {
    let environment: InMemoryEnvironment
    let session: Session
    private final class Output: @unchecked Sendable { var text = "" }
    private let output = Output()

    init(_ environment: InMemoryEnvironment = InMemoryEnvironment(folders: ["/w"])) {
        self.environment = environment
        let output = output
        session = Session(options: SessionOptions(style: .plain), environment: environment) { output.text += $0 }
    }

    /// What the session said to these lines.
    @discardableResult
    func type(_ lines: String...) -> String {
        output.text = ""
        for line in lines { session.handle(line) }
        return output.text
    }
}

private let lecture = ["a = 2", "b = -3", "c = 10", "e = a*b", "d = e + c", "f = -2", "L = d*f"]

@Suite("The session's environment")
struct EnvironmentTests {
    @Test(":save writes the session as a script into the environment")
    func save() {
        let run = Run()
        let said = run.type("a = 2", "b = a*3", "oops(", ")", ":vars", ":save /w/s.mg")
        #expect(said.contains("Saved 2 lines to /w/s.mg."), "\(said)")
        #expect(run.environment.file("/w/s.mg") == "# Saved by :save. Replay it with: micrograd run /w/s.mg\na = 2\nb = a*3\n")
        // Saving again replaces its own file.
        run.type("c = b + 1", ":save /w/s.mg")
        #expect(run.environment.file("/w/s.mg")?.hasSuffix("b = a*3\nc = b + 1\n") == true)
    }

    @Test(":save refuses a file it did not write, a folder, and a missing folder, in memory as on a disk")
    func saveRefuses() {
        let run = Run(InMemoryEnvironment(files: ["/w/notes.txt": "mine\n"], variables: ["HOME": "/home/learner"]))
        #expect(run.type("a = 2", ":save /w/notes.txt").contains("'/w/notes.txt' exists and was not written by :save"))
        #expect(run.environment.file("/w/notes.txt") == "mine\n")
        #expect(run.type(":save /w").contains("'/w' is a folder; :save needs a file name"))
        let missing = run.type(":save /nowhere/s.mg")
        #expect(missing.contains("cannot write '/nowhere/s.mg': No such file or directory"), "\(missing)")
        let tilde = run.type(":save ~/s.mg")
        #expect(tilde.contains("cannot write '~/s.mg': No such file or directory"), "\(tilde)")
        #expect(tilde.contains("~ is not expanded here: write the full path, such as /home/learner/s.mg"), "\(tilde)")
        #expect(run.environment.files.keys.sorted() == ["/w/notes.txt"])
    }

    @Test(":load runs a file from the environment, and a saved session loads back")
    func load() {
        let run = Run(InMemoryEnvironment(files: ["/w/l.mg": "x = 4\ny = x*x\n"]))
        let said = run.type(":load /w/l.mg", "y")
        #expect(said.contains("16"), "\(said)")
        #expect(run.session.savedInput == ["x = 4", "y = x*x", "y"])
        run.type(":save /w/again.mg")
        let replay = Run(run.environment)
        #expect(replay.type(":load /w/again.mg", "y + 1").contains("17"))
    }

    @Test(":load says what is wrong with a missing file, a folder and a binary file")
    func loadErrors() {
        let run = Run(InMemoryEnvironment(files: ["/w/bin.mg": "a = 1\n\u{0}"]))
        #expect(run.type(":load /w/none.mg").contains("cannot read '/w/none.mg': No such file or directory"))
        #expect(run.type(":load /w").contains("'/w' is a folder, not a file"))
        #expect(run.type(":load /w/bin.mg").contains("'/w/bin.mg' looks like a binary file (line 2 holds a NUL byte), not text"))
    }

    @Test(":dot FILE.dot writes the DOT text that :dot prints, after a first line that marks it as :dot's")
    func dotFile() {
        let run = Run()
        for line in lecture { run.session.handle(line) }
        let printed = run.type(":dot L")
        #expect(printed.hasPrefix("digraph"))
        let said = run.type(":dot L /w/graph.dot")
        #expect(said == "Wrote /w/graph.dot; draw it with: dot -Tsvg /w/graph.dot -o /w/graph.svg\n")
        #expect(run.environment.file("/w/graph.dot") == "// Written by micrograd :dot\n" + printed)
        #expect(run.environment.drawings.isEmpty)
        // Its own file it replaces.
        run.type("L = L*2")
        #expect(run.type(":dot L /w/graph.dot").hasPrefix("Wrote /w/graph.dot"))
        #expect(run.environment.file("/w/graph.dot") == "// Written by micrograd :dot\n" + run.type(":dot L"))
    }

    @Test(":dot FILE.svg --graphviz draws through the environment's Graphviz, or writes the DOT beside it without one")
    func dotDrawing() {
        let run = Run()
        for line in lecture { run.session.handle(line) }
        let printed = run.type(":dot L")
        #expect(run.type(":dot L /w/graph.svg --graphviz") == "Drew the graph into /w/graph.svg.\n")
        #expect(run.environment.drawings == ["/w/graph.svg": "svg"])
        #expect(run.environment.file("/w/graph.svg") == printed)
        run.environment.graphvizInstalled = false
        let said = run.type(":dot L /w/other.png")
        #expect(said.contains("Graphviz's dot program is not installed, so the graph went to /w/other.dot instead."))
        #expect(run.environment.file("/w/other.png") == nil)
        #expect(run.environment.file("/w/other.dot") == "// Written by micrograd :dot\n" + printed)
        #expect(run.type(":dot L /nowhere/g.pdf").contains("cannot write '/nowhere/g.dot': No such file or directory"))
        #expect(run.type(":dot L /nowhere/g.svg").contains("cannot write '/nowhere/g.svg': No such file or directory"))
    }

    @Test(":dot FILE.svg and :draw NAME svg FILE draw micrograd's own SVG, with no Graphviz, and replace only their own")
    func ownSVG() {
        let run = Run(InMemoryEnvironment(files: ["/w/photo.svg": "<svg/>"], graphvizInstalled: false))
        for line in lecture { run.session.handle(line) }
        #expect(run.type(":dot L /w/g.svg") == "Drew the graph into /w/g.svg.\n")
        #expect(run.type(":draw L svg /w/d.svg") == "Drew the graph into /w/d.svg.\n")
        #expect(run.environment.drawings.isEmpty)
        for path in ["/w/g.svg", "/w/d.svg"] {
            let svg = run.environment.file(path) ?? ""
            #expect(svg.hasPrefix(SVGDrawing.fileHeader + "\n<svg"))
            #expect(svg.contains(">grad 6<") && svg.contains(">data -8<"))
        }
        // Written by micrograd, so another session replaces it; a file of
        // someone else's it leaves alone.
        let other = Run(run.environment)
        for line in lecture { other.session.handle(line) }
        #expect(other.type(":draw b svg /w/d.svg") == "Drew the graph into /w/d.svg.\n")
        let said = other.type(":draw L svg /w/photo.svg")
        #expect(said.contains("'/w/photo.svg' exists and was not written by micrograd, so :draw does not replace it"), "\(said)")
        #expect(other.type(":dot L /w/photo.svg").contains("so :dot does not replace it"))
        #expect(run.environment.file("/w/photo.svg") == "<svg/>")
        #expect(other.type(":draw L svg /w/").contains("'/w/' is a folder; :draw needs a file name"))
        // Lesson code may draw, but not into a file.
        other.session.runsLessonCode = true
        #expect(other.type(":draw L").contains("╔"))
        #expect(other.type(":draw L svg /w/lesson.svg").contains(":draw L svg"))
        #expect(other.environment.file("/w/lesson.svg") == nil)
    }

    @Test(":dot b thesis.pdf without Graphviz refuses to replace a thesis.dot it did not write (issue 19, item 8)")
    func dotFallbackKeepsOthersFiles() {
        let thesis = "digraph thesis { a -> b }\n"
        let run = Run(InMemoryEnvironment(files: ["/w/thesis.dot": thesis], graphvizInstalled: false))
        for line in lecture { run.session.handle(line) }
        let said = run.type(":dot b /w/thesis.pdf")
        #expect(said.contains(
            "Graphviz's dot program is not installed, and '/w/thesis.dot', where the graph would go instead, "
                + "exists and was not written by :dot; nothing was written"), "\(said)")
        #expect(said.contains("choose another name, or delete the file first"), "\(said)")
        #expect(!said.contains("the graph went to"))
        #expect(run.environment.files == ["/w/thesis.dot": thesis])
        // A fallback it wrote itself it replaces.
        #expect(run.type(":dot L /w/g.pdf").contains("the graph went to /w/g.dot instead"))
        #expect(run.type(":dot b /w/g.pdf").contains("the graph went to /w/g.dot instead"))
        #expect(run.environment.file("/w/g.dot") == "// Written by micrograd :dot\n" + run.type(":dot b"))
    }

    @Test(":dot refuses an existing .dot or .gv it did not write, and a drawing it did not draw in this session")
    func dotRefusesOthersFiles() {
        let notes = "// my notes\ndigraph { x }\n"
        let environment = InMemoryEnvironment(
            files: ["/w/notes.dot": notes, "/w/notes.gv": notes, "/w/photo.png": "PNG", "/w/empty.svg": ""])
        let run = Run(environment)
        for line in lecture { run.session.handle(line) }
        for path in ["/w/notes.dot", "/w/notes.gv"] {
            let said = run.type(":dot L \(path)")
            #expect(said.contains("'\(path)' exists and was not written by :dot, so :dot does not replace it"), "\(said)")
            #expect(said.contains("choose another name"), "\(said)")
        }
        for path in ["/w/photo.png", "/w/empty.svg --graphviz"] {
            let said = run.type(":dot L \(path)")
            let file = path.split(separator: " ")[0]
            #expect(said.contains("'\(file)' exists and was not drawn by :dot in this session, so :dot does not replace it"), "\(said)")
        }
        #expect(environment.files == ["/w/notes.dot": notes, "/w/notes.gv": notes, "/w/photo.png": "PNG", "/w/empty.svg": ""])
        #expect(environment.drawings.isEmpty)
        // What it drew in this session it draws again; another session does not know it.
        #expect(run.type(":dot L /w/new.png") == "Drew the graph into /w/new.png.\n")
        #expect(run.type(":dot b /w/new.png") == "Drew the graph into /w/new.png.\n")
        let other = Run(environment)
        for line in lecture { other.session.handle(line) }
        #expect(other.type(":dot L /w/new.png").contains("was not drawn by :dot in this session"))
        // In Chinese too.
        other.session.language = .zh
        #expect(other.type(":dot L /w/notes.dot").contains("“/w/notes.dot”已经存在，且不是 :dot 写的，所以 :dot 不会覆盖它"))
    }

    @Test("Tab completes file names from the environment, folders with a final /")
    func completion() {
        let run = Run(InMemoryEnvironment(files: ["/w/graph.svg": "", "/w/.hidden": "", "a.mg": ""], folders: ["/w/plots"]))
        for line in lecture { run.session.handle(line) }
        #expect(run.session.complete(":dot L /w/").candidates == ["/w/graph.svg", "/w/plots/"])
        #expect(run.session.complete(":dot L /w/.").candidates == ["/w/.hidden"])
        #expect(run.session.complete(":load a").candidates == ["a.mg"])
        #expect(run.session.complete(":load /nowhere/").candidates.isEmpty)
    }

    @Test("the real files are the default")
    func systemByDefault() {
        #expect(Session { _ in }.environment is SystemEnvironment)
    }
}

@Suite("In-memory files")
struct InMemoryEnvironmentTests {
    @Test("paths are one file however they are spelled")
    func normalized() {
        #expect(InMemoryEnvironment.normalized("./a//b/../c.mg") == "a/c.mg")
        #expect(InMemoryEnvironment.normalized("/w/./x/") == "/w/x")
        #expect(InMemoryEnvironment.normalized("/..") == "/")
        #expect(InMemoryEnvironment.normalized("./") == ".")
        #expect(InMemoryEnvironment.normalized("../x") == "../x")
        let environment = InMemoryEnvironment(files: ["./a.mg": "a = 1\n"])
        #expect(environment.file("a.mg") == "a = 1\n")
        #expect(environment.exists("a.mg") && environment.exists("./a.mg"))
    }

    @Test("folders of files exist; a listing marks folders and keeps absolute and relative apart")
    func folders() {
        let environment = InMemoryEnvironment(files: ["/w/deep/x.mg": "", "/w/y.mg": "", "z.mg": ""], folders: ["/w/empty"])
        #expect(environment.isDirectory("/w") && environment.isDirectory("/w/deep") && environment.isDirectory("/"))
        #expect(!environment.isDirectory("/w/y.mg"))
        #expect(environment.listDirectory("/w") == [
            .init(name: "deep", isFolder: true), .init(name: "empty", isFolder: true), .init(name: "y.mg", isFolder: false),
        ])
        #expect(environment.listDirectory("/") == [.init(name: "w", isFolder: true)])
        #expect(environment.listDirectory(".") == [.init(name: "z.mg", isFolder: false)])
        #expect(environment.listDirectory("/w/y.mg") == nil)
    }

    @Test("reading and writing fail with the words of a disk")
    func errors() throws {
        let environment = InMemoryEnvironment(files: ["/w/f": "text\r\nmore\n"])
        #expect(try environment.readText("/w/f") == "text\nmore\n", "line endings read as from a disk")
        #expect(environment.firstLine(of: "/w/f") == "text")
        func problem(_ body: () throws -> Void) -> String? {
            do { try body(); return nil } catch { return (error as? FileSystem.Problem)?.description }
        }
        #expect(problem { _ = try environment.readText("/w/f/x") } == "cannot read '/w/f/x': Not a directory")
        #expect(problem { try environment.writeAtomically("", to: "/w/f/x") } == "cannot write '/w/f/x': Not a directory")
        #expect(problem { try environment.writeAtomically("", to: "/w") } == "cannot write '/w': Is a directory")
        #expect(problem { _ = try environment.readText("/v/none") } == "cannot read '/v/none': No such file or directory")
        try environment.writeAtomically("new\n", to: "/w/g")
        #expect(environment.file("/w/g") == "new\n")
    }

    @Test("the home folder is $HOME when it is absolute")
    func home() {
        #expect(InMemoryEnvironment(variables: ["HOME": "/h"]).home == "/h")
        #expect(InMemoryEnvironment(variables: ["HOME": "h"]).home == nil)
        #expect(InMemoryEnvironment().variable("PATH") == nil)
    }
}
