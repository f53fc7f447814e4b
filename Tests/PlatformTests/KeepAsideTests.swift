import DiskTesting
import Glibc
import Platform
import Testing

/// The one way to keep a damaged file: beside it, under a new name, never
/// over one kept before.
@Suite("Keeping a file aside")
struct KeepAsideTests {
    @Test("files kept aside in the same second get different names, and all are kept")
    func sameSecond() throws {
        let folder = ScratchFolder(prefix: "aside")
        defer { folder.remove() }
        let path = folder.file("lesson-progress")
        let now = FileSystem.currentTime()
        let stamp = FileSystem.timestamp(now)
        var kept: [String] = []
        for text in ["first\n", "second\n", "third\n"] {
            DiskFiles.write(path, text)
            kept.append(try FileSystem.keepAside(path, at: now))
            #expect(DiskFiles.read(path) == nil, "the damaged file is gone from its place")
        }
        #expect(kept == [path + ".corrupt-\(stamp)", path + ".corrupt-\(stamp)-2", path + ".corrupt-\(stamp)-3"])
        #expect(kept.map { DiskFiles.text($0) } == ["first\n", "second\n", "third\n"])
    }

    @Test("a folder in the file's place is kept aside too")
    func folder() throws {
        let folder = ScratchFolder(prefix: "aside")
        defer { folder.remove() }
        let path = folder.file("history")
        mkdir(path, 0o700)
        let kept = try FileSystem.keepAside(path, at: 0)
        #expect(kept == path + ".corrupt-\(FileSystem.timestamp(0))")
        #expect(FileSystem.isDirectory(kept) && !FileSystem.exists(path))
    }

    @Test("nothing to keep is a problem that says so")
    func missing() {
        let folder = ScratchFolder(prefix: "aside")
        defer { folder.remove() }
        #expect {
            _ = try FileSystem.keepAside(folder.file("none"), at: 0)
        } throws: { ($0 as? FileSystem.Problem)?.code == ENOENT }
    }

    @Test("the timestamp is the local time as YYYYMMDD-HHMMSS")
    func timestamp() {
        let stamp = FileSystem.timestamp(1_700_000_000)
        #expect(stamp.count == 15)
        #expect(stamp.enumerated().allSatisfy { index, character in index == 8 ? character == "-" : character.isNumber })
        #expect(stamp.hasPrefix("2023111"))
    }
}
