import DiskTesting
import Glibc
import Platform
import Testing

@Suite("Folders, paths and the environment")
struct FoldersTests {
    @Test("a listing is sorted, has no . or .., and marks folders, links to folders included")
    func listing() throws {
        let folder = ScratchFolder(prefix: "list")
        defer { folder.remove() }
        mkdir(folder.file("plots"), 0o755)
        DiskFiles.write(folder.file("b.mg"), "b = 1\n")
        DiskFiles.write(folder.file(".hidden"), "")
        symlink(folder.file("plots"), folder.file("link"))
        symlink(folder.file("nothing"), folder.file("dangling"))
        let entries = try #require(FileSystem.listDirectory(folder.path))
        #expect(entries == [
            .init(name: ".hidden", isFolder: false), .init(name: "b.mg", isFolder: false),
            .init(name: "dangling", isFolder: false), .init(name: "link", isFolder: true),
            .init(name: "plots", isFolder: true),
        ])
        #expect(FileSystem.listDirectory(folder.file("b.mg")) == nil)
        #expect(FileSystem.listDirectory(folder.file("missing")) == nil)
    }

    @Test("mkdir -p makes every missing folder with the mode, leaves existing ones, and says what failed")
    func makeDirectories() throws {
        let folder = ScratchFolder(prefix: "mkdir")
        defer { folder.remove() }
        let deep = folder.file("state/micrograd")
        try FileSystem.makeDirectories(deep, mode: 0o700)
        #expect(DiskFiles.permissions(folder.file("state")) == 0o700 & ~DiskFiles.umask)
        #expect(DiskFiles.permissions(deep) == 0o700 & ~DiskFiles.umask)
        try FileSystem.makeDirectories(deep, mode: 0o700)  // again: nothing to do
        #expect(DiskFiles.permissions(folder.path) == 0o700, "an existing folder keeps its mode (mkdtemp's)")
        DiskFiles.write(folder.file("plain"), "")
        #expect {
            try FileSystem.makeDirectories(folder.file("plain/sub"))
        } throws: {
            ($0 as? FileSystem.Problem)?.description == "cannot create the folder '\(folder.file("plain/sub"))': Not a directory"
        }
        #expect {
            try FileSystem.makeDirectories(folder.file("plain"))
        } throws: { ($0 as? FileSystem.Problem)?.description == "'\(folder.file("plain"))' exists but is not a folder" }
    }

    @Test("what is at a path")
    func kinds() {
        let folder = ScratchFolder(prefix: "kind")
        defer { folder.remove() }
        DiskFiles.write(folder.file("f"), "")
        symlink(folder.file("none"), folder.file("dangling"))
        #expect(FileSystem.kind(of: folder.file("f")) == .file)
        #expect(FileSystem.kind(of: folder.path) == .folder)
        #expect(FileSystem.kind(of: "/dev/null") == .other)
        #expect(FileSystem.kind(of: folder.file("none")) == nil)
        #expect(FileSystem.exists(folder.file("dangling")) && FileSystem.kind(of: folder.file("dangling")) == nil)
        #expect(FileSystem.isDirectory(folder.path) && !FileSystem.isDirectory(folder.file("f")))
    }

    @Test("path words: parent, join, base name")
    func pathWords() {
        #expect(FileSystem.parent(of: "/a/b/history") == "/a/b")
        #expect(FileSystem.parent(of: "/history") == "/")
        #expect(FileSystem.parent(of: "history") == ".")
        #expect(FileSystem.join("/a", "b") == "/a/b")
        #expect(FileSystem.join("/a/", "b") == "/a/b")
        #expect(FileSystem.baseName("/a/b.svg") == "b.svg")
        #expect(FileSystem.baseName("b.svg") == "b.svg")
    }

    @Test("environment variables and the home folder")
    func environment() {
        #expect(ProcessEnvironment.variable("MICROGRAD_SURELY_UNSET_VARIABLE") == nil)
        #expect(ProcessEnvironment.variable("PATH") != nil)
        let home = ProcessEnvironment.variable("HOME")
        #expect(ProcessEnvironment.home == (home?.hasPrefix("/") == true ? home : nil))
        #expect(XDGDirectories.state { ["HOME": "/h"][$0] } == "/h/.local/state/micrograd")
    }
}
