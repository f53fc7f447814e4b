import DiskTesting
import Glibc
import Platform
import Testing

/// The one reader of text files, and what it says about each bad file.
@Suite("Reading text")
struct ReadTextTests {
    func problem(reading path: String) -> FileSystem.Problem? {
        do {
            _ = try FileSystem.readText(path)
            return nil
        } catch {
            return error
        }
    }

    @Test("each kind of bad file gets its own words, naming the path")
    func errors() throws {
        let folder = ScratchFolder(prefix: "read")
        defer { folder.remove() }
        let missing = folder.file("missing.mg")
        #expect(problem(reading: missing)?.description == "cannot read '\(missing)': No such file or directory")
        #expect(problem(reading: missing)?.code == ENOENT)
        #expect(problem(reading: folder.path)?.description == "'\(folder.path)' is a folder, not a file")
        #expect(problem(reading: folder.path)?.code == EISDIR)
        let binary = folder.file("binary.mg")
        DiskFiles.write(binary, Array("a = 1\n".utf8) + [0, 1, 2])
        #expect(problem(reading: binary)?.description == "'\(binary)' looks like a binary file (line 2 holds a NUL byte), not text")
        let latin1 = folder.file("latin1.mg")
        DiskFiles.write(latin1, Array("a = 1\n# caf".utf8) + [0xE9, 0x0A])
        #expect(problem(reading: latin1)?.description == "'\(latin1)' line 2 is not valid UTF-8 text; save the file as UTF-8")
        let huge = folder.file("huge.mg")
        DiskFiles.write(huge, [])
        #expect(truncate(huge, 17 << 20) == 0)  // sparse: costs no disk
        #expect(problem(reading: huge)?.description
            == "'\(huge)' is 17 MiB; scripts, lessons and progress files are at most 16 MiB: is it the right file?")
    }

    @Test("line endings become LF and a byte-order mark goes, from a file and from bytes alike")
    func normalises() throws {
        let folder = ScratchFolder(prefix: "read")
        defer { folder.remove() }
        let path = folder.file("windows.mg")
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a = 1\r\nb = 2\rc = 3\n".utf8)
        DiskFiles.write(path, bytes)
        #expect(try FileSystem.readText(path) == "a = 1\nb = 2\nc = 3\n")
        #expect(try FileSystem.text(fromBytes: bytes, path: path) == "a = 1\nb = 2\nc = 3\n")
    }

    @Test("the first line and the first bytes, without waiting on a named pipe")
    func prefixes() throws {
        let folder = ScratchFolder(prefix: "read")
        defer { folder.remove() }
        let path = folder.file("saved.mg")
        DiskFiles.write(path, "# Saved by :save.\r\na = 1\n")
        #expect(FileSystem.firstLine(of: path) == "# Saved by :save.")
        #expect(try FileSystem.readPrefix(of: path, count: 3) == Array("# S".utf8))
        let pipe = folder.file("pipe")
        #expect(mkfifo(pipe, 0o600) == 0)
        #expect(FileSystem.firstLine(of: pipe) == nil)
        #expect(throws: FileSystem.Problem.self) { try FileSystem.readPrefix(of: pipe, count: 3) }
        #expect(FileSystem.firstLine(of: folder.path) == nil)
        #expect(FileSystem.firstLine(of: folder.file("none")) == nil)
    }
}
