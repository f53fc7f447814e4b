import DiskTesting
import Glibc
import Platform
import Testing

/// The one atomic replace: all of the new file or all of the old, with the
/// mode asked for, and never a temporary file left behind.
@Suite("Atomic replace")
struct AtomicReplaceTests {
    @Test("replacing writes all of the new text and leaves no temporary file")
    func replaces() throws {
        let folder = ScratchFolder(prefix: "replace")
        defer { folder.remove() }
        let path = folder.file("progress")
        DiskFiles.write(path, "old\n")
        let text = String(repeating: "line of progress\n", count: 10_000)
        try FileSystem.writeAtomically(text, to: path, mode: FileSystem.sharedFileMode)
        #expect(DiskFiles.text(path) == text)
        #expect(DiskFiles.names(in: folder.path) == ["progress"])
    }

    @Test("a fill that fails keeps the old file, removes the temporary, and its words pass unchanged")
    func failedFill() {
        let folder = ScratchFolder(prefix: "replace")
        defer { folder.remove() }
        let path = folder.file("history")
        DiskFiles.write(path, "old\n")
        var temporary = ""
        #expect {
            try FileSystem.replaceAtomically(path, mode: FileSystem.privateFileMode) { file throws(FileSystem.Problem) in
                temporary = file.path
                try FileSystem.write(Array("half".utf8), to: file)
                // The real file is untouched while the new one is written.
                #expect(DiskFiles.text(path) == "old\n")
                throw FileSystem.Problem(description: "the writer gave up")
            }
        } throws: { ($0 as? FileSystem.Problem)?.description == "the writer gave up" }
        #expect(temporary.hasPrefix(path + ".tmp-\(getpid())-"))
        #expect(DiskFiles.text(path) == "old\n")
        #expect(DiskFiles.names(in: folder.path) == ["history"])
    }

    @Test("a path inside a regular file fails with the reason and creates nothing")
    func parentIsAFile() {
        let folder = ScratchFolder(prefix: "replace")
        defer { folder.remove() }
        DiskFiles.write(folder.file("plain"), "not a folder\n")
        let path = folder.file("plain/progress")
        #expect {
            try FileSystem.writeAtomically("new\n", to: path)
        } throws: { error in
            let problem = error as? FileSystem.Problem
            return problem?.description == "cannot write '\(path)': Not a directory" && problem?.code == ENOTDIR
        }
        #expect(DiskFiles.text(folder.file("plain")) == "not a folder\n")
        #expect(DiskFiles.names(in: folder.path) == ["plain"])
    }

    @Test("the mode is applied (less the umask), also over a file of another mode")
    func mode() throws {
        let folder = ScratchFolder(prefix: "replace")
        defer { folder.remove() }
        let shared = folder.file("shared")
        try FileSystem.writeAtomically("a\n", to: shared, mode: FileSystem.sharedFileMode)
        #expect(DiskFiles.permissions(shared) == 0o644 & ~DiskFiles.umask)
        let history = folder.file("history")
        DiskFiles.write(history, "old\n", mode: 0o666)
        try FileSystem.writeAtomically("new\n", to: history, mode: FileSystem.privateFileMode)
        #expect(DiskFiles.permissions(history) == 0o600 & ~DiskFiles.umask)
        #expect(DiskFiles.text(history) == "new\n")
    }

    @Test("a fill can read back what it wrote before the replace goes on")
    func readBack() throws {
        let folder = ScratchFolder(prefix: "replace")
        defer { folder.remove() }
        let path = folder.file("checked")
        try FileSystem.replaceAtomically(path, mode: FileSystem.sharedFileMode) { file throws(FileSystem.Problem) in
            try FileSystem.write(Array("_HiStOrY_V2_\n".utf8), to: file)
            var start = [UInt8](repeating: 0, count: 12)
            let count = start.withUnsafeMutableBytes { pread(file.descriptor, $0.baseAddress, $0.count, 0) }
            #expect(count == 12 && String(decoding: start, as: UTF8.self) == "_HiStOrY_V2_")
        }
        #expect(DiskFiles.text(path) == "_HiStOrY_V2_\n")
    }

    @Test("on a full disk the old file stays, and the error names the cause",
          .enabled(if: TinyDisk.isAvailable, "needs root to mount a tmpfs"))
    func fullDisk() throws {
        let disk = try #require(TinyDisk(kibibytes: 64))
        defer { disk.unmount() }
        let path = disk.file("progress")
        try FileSystem.writeAtomically("micrograd-progress 1\n", to: path)
        disk.fill()
        #expect {
            try FileSystem.writeAtomically(String(repeating: "lesson x step=y done=\n", count: 1000), to: path)
        } throws: { error in
            let problem = error as? FileSystem.Problem
            return problem?.description == "cannot write '\(path)': No space left on device" && problem?.code == ENOSPC
        }
        #expect(DiskFiles.text(path) == "micrograd-progress 1\n")
        #expect(DiskFiles.names(in: disk.path) == ["filler", "progress"])
        // With room again, the same replace works.
        disk.free()
        try FileSystem.writeAtomically("micrograd-progress 1\nlast basics\n", to: path)
        #expect(DiskFiles.text(path) == "micrograd-progress 1\nlast basics\n")
    }
}
