import TextKit
import Glibc
import Testing
@testable import LineEditor

@Suite struct HistoryFileTests {
    @Test func classifiesFirstBytes() {
        #expect(HistoryFile.state(ofPrefix: []) == .empty)
        #expect(HistoryFile.state(ofPrefix: Array("_HiStOrY_V2_\nx\n".utf8)) == .valid)
        #expect(HistoryFile.state(ofPrefix: Array("_HiStOrY_V2_\n".utf8)) == .valid)
        #expect(HistoryFile.state(ofPrefix: Array("_HiStOrY_V2".utf8)) == .corrupt)  // torn header
        #expect(HistoryFile.state(ofPrefix: Array("x = 1\n".utf8)) == .corrupt)
        #expect(HistoryFile.state(ofPrefix: [0, 0, 0]) == .corrupt)
    }

    @Test func derivedPaths() {
        #expect(HistoryFile.quarantinePath(for: "/s/history", time: 1700000000) == "/s/history.corrupt-1700000000")
        #expect(HistoryFile.temporaryPath(for: "/s/history", processID: 42) == "/s/history.tmp-42")
        #expect(HistoryFile.parentDirectory(of: "/a/b/history") == "/a/b")
        #expect(HistoryFile.parentDirectory(of: "/history") == "/")
        #expect(HistoryFile.parentDirectory(of: "history") == nil)
    }

    @Test func inspectSeesMissingEmptyValidCorruptAndUnreadable() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        #expect(HistoryFile.inspect(path) == .missing)
        writeFile(path, [])
        #expect(HistoryFile.inspect(path) == .empty)
        writeFile(path, Array("_HiStOrY_V2_\nabc\n".utf8))
        #expect(HistoryFile.inspect(path) == .valid)
        writeFile(path, Array("garbage\n".utf8))
        #expect(HistoryFile.inspect(path) == .corrupt)
        #expect(HistoryFile.inspect(directory.path) == .unreadable(EISDIR))
    }

    @Test func createsMissingParentDirectoriesPrivately() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/state/micrograd/history"
        #expect(HistoryFile.createParentDirectory(of: path))
        #expect(permissions(directory.path + "/state") == 0o700)
        #expect(permissions(directory.path + "/state/micrograd") == 0o700)
        #expect(HistoryFile.createParentDirectory(of: path))  // idempotent
    }

    @Test func atomicReplaceLeavesOnlyTheNewFilePrivate() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        writeFile(path, Array("old".utf8))
        var temporaryUsed = ""
        let ok = HistoryFile.replaceAtomically(path) { temporary in
            temporaryUsed = temporary
            // The real file is untouched while the new one is written.
            #expect(readFile(path) == Array("old".utf8))
            writeFile(temporary, Array("new".utf8), mode: 0o644)
            return true
        }
        #expect(ok)
        #expect(temporaryUsed == path + ".tmp-\(getpid())")
        #expect(readFile(path) == Array("new".utf8))
        #expect(permissions(path) == 0o600)
        #expect(directoryEntries(directory.path) == ["history"])
    }

    @Test func failedWriteKeepsTheOldFileAndRemovesTheTemporary() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        writeFile(path, Array("old".utf8))
        let ok = HistoryFile.replaceAtomically(path) { temporary in
            writeFile(temporary, Array("half".utf8))
            return false
        }
        #expect(!ok)
        #expect(readFile(path) == Array("old".utf8))
        #expect(directoryEntries(directory.path) == ["history"])
    }

    @Test func quarantineRenamesAside() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        writeFile(path, Array("garbage".utf8))
        #expect(HistoryFile.quarantine(path, time: 123) == path + ".corrupt-123")
        #expect(directoryEntries(directory.path) == ["history.corrupt-123"])
        #expect(readFile(path + ".corrupt-123") == Array("garbage".utf8))
    }
}

/// HistoryStore runs libedit's real history code (no terminal needed).
@Suite struct HistoryStoreTests {
    @Test func savesAfterEveryLineAndReloads() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/state/micrograd/history"
        var warnings: [String] = []
        do {
            let store = HistoryStore(path: path, warn: { warnings.append($0) })
            store.add("x = 1")
            // Saved at once, not only on close: a crash loses nothing.
            let saved = readFile(path) ?? []
            #expect(saved.starts(with: Array("_HiStOrY_V2_\n".utf8)))
            store.add("梯度 = 3")
            store.add("   ")       // blank: not recorded
            store.add("梯度 = 3")   // consecutive duplicate: dropped
            store.add("tanh(x)")
            store.close()
        }
        #expect(warnings.isEmpty)
        #expect(permissions(path) == 0o600)
        #expect(permissions(directory.path + "/state/micrograd") == 0o700)
        #expect(directoryEntries(directory.path + "/state/micrograd") == ["history"])
        let reloaded = HistoryStore(path: path, warn: { warnings.append($0) })
        #expect(reloaded.entries == ["x = 1", "梯度 = 3", "tanh(x)"])
        #expect(warnings.isEmpty)
    }

    @Test func corruptFileIsMovedAsideWithOneWarning() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        let garbage = Array("this is not a history file\n".utf8)
        writeFile(path, garbage)
        var warnings: [String] = []
        let store = HistoryStore(path: path, now: 1234, warn: { warnings.append($0) })
        #expect(store.entries.isEmpty)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains(path + ".corrupt-1234") == true)
        #expect(readFile(path + ".corrupt-1234") == garbage)
        // Starts fresh, and the next save creates a good file.
        store.add("y = 2")
        #expect(HistoryFile.inspect(path) == .valid)
        #expect(directoryEntries(directory.path) == ["history", "history.corrupt-1234"])
    }

    @Test func missingOrEmptyFileIsFineAndSilent() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        var warnings: [String] = []
        _ = HistoryStore(path: directory.path + "/none", warn: { warnings.append($0) })
        writeFile(directory.path + "/empty", [])
        let store = HistoryStore(path: directory.path + "/empty", warn: { warnings.append($0) })
        #expect(store.entries.isEmpty)
        #expect(warnings.isEmpty)
        #expect(directoryEntries(directory.path) == ["empty"])
    }

    @Test func unreadableFileIsNeverOverwritten() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        // A directory where the file should be: cannot be read, must survive.
        let path = directory.path + "/history"
        mkdir(path, 0o700)
        var warnings: [String] = []
        let store = HistoryStore(path: path, warn: { warnings.append($0) })
        store.add("z = 3")
        store.close()
        #expect(warnings.count == 1)
        #expect(permissions(path) == 0o700)  // still the directory
        #expect(store.path == nil)
    }

    @Test func historyWithoutFileStillRemembers() {
        let store = HistoryStore(path: nil)
        store.add("a")
        store.add("b")
        #expect(store.entries == ["a", "b"])
    }

    @Test func capacityBoundsEntries() {
        let store = HistoryStore(path: nil, capacity: 2)
        for line in ["1", "2", "3"] { store.add(line) }
        #expect(store.entries == ["2", "3"])
    }
}
