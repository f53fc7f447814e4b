import Foundation
import DiskTesting
import Glibc
import Platform
import Testing
import TextKit
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

    @Test func inspectDoesNotWaitOnANamedPipe() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        #expect(mkfifo(path, 0o600) == 0)
        #expect(HistoryFile.inspect(path) == .unreadable(EINVAL))
    }
}

/// HistoryStore runs libedit's real history code (no terminal needed).
/// One at a time: libedit's history code is not safe for two stores used
/// at once in one process (the tutor has one); run in parallel, a store
/// reloaded another test's lines (`entry_6 = ` for `x = 1`).
@Suite(.serialized) struct HistoryStoreTests {
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

    /// Issue 19, item 4: a line with ESC (typed, or in a history file from
    /// elsewhere) would be printed raw by a recall or a Ctrl-R search.
    @Test func controlCharactersAreKeptVisible() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        do {
            let store = HistoryStore(path: path, warn: { _ in })
            store.add("a = 1 \u{1B}]0;owned\u{07}")
            #expect(store.entries == ["a = 1 ^[]0;owned^G"])
            store.close()
        }
        // A file another program wrote, with ESC encoded as libedit does (\033).
        FileManager.default.createFile(atPath: path, contents: Data("_HiStOrY_V2_\nb\\040=\\0402\\033[2J\n".utf8))
        let reloaded = HistoryStore(path: path, warn: { _ in })
        #expect(reloaded.entries == ["b = 2^[[2J"])
    }

    /// Issue 19, item 11: two tutors on one home. Each save used to write
    /// that session's history over the file, so the first session's lines
    /// were lost; now each appends its new lines to the file as it is.
    @Test func twoStoresOnOneFileKeepEachOthersLines() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        let first = HistoryStore(path: path, warn: { _ in })
        let second = HistoryStore(path: path, warn: { _ in })
        first.add("one_1")
        second.add("two_1")
        first.add("one_2")
        second.add("two_2")
        first.close()
        second.close()
        #expect(HistoryStore(path: path, warn: { _ in }).entries == ["one_1", "two_1", "one_2", "two_2"])
        #expect(directoryEntries(directory.path) == ["history"])
    }

    @Test func corruptFileIsMovedAsideWithOneWarning() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        let aside = path + ".corrupt-" + FileSystem.timestamp(1234)
        let garbage = Array("this is not a history file\n".utf8)
        writeFile(path, garbage)
        var warnings: [String] = []
        let store = HistoryStore(path: path, now: 1234, warn: { warnings.append($0) })
        #expect(store.entries.isEmpty)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains(aside) == true)
        #expect(readFile(aside) == garbage)
        // Starts fresh, and the next save creates a good file.
        store.add("y = 2")
        #expect(HistoryFile.inspect(path) == .valid)
        #expect(directoryEntries(directory.path) == ["history", "history.corrupt-" + FileSystem.timestamp(1234)])
    }

    /// Issue 19, item 12: the history had no size limit; one 100 MB line
    /// cost seconds and gigabytes at every start.
    @Test func aHistoryOverTheLimitIsKeptAsideUnread() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        let huge = Array("_HiStOrY_V2_\n".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: HistoryFile.maxBytes) + [10]
        writeFile(path, huge)
        #expect(HistoryFile.inspect(path) == .tooLarge(huge.count))
        var warnings: [String] = []
        let store = HistoryStore(path: path, now: 1234, warn: { warnings.append($0) })
        #expect(store.entries.isEmpty)
        #expect(warnings == ["warning: history file \(path) is 17 MiB, more than the 16 MiB a history may be; moved it to \(path).corrupt-\(FileSystem.timestamp(1234)) and started a new history."])
        #expect(readFile(path + ".corrupt-" + FileSystem.timestamp(1234))?.count == huge.count)
        store.add("z = 3")
        #expect(HistoryStore(path: path, warn: { _ in }).entries == ["z = 3"])
    }

    @Test func aSecondCorruptFileInTheSameSecondKeepsTheFirst() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        let aside = path + ".corrupt-" + FileSystem.timestamp(1234)
        writeFile(path, Array("first garbage\n".utf8))
        _ = HistoryStore(path: path, now: 1234, warn: { _ in })
        writeFile(path, Array("second garbage\n".utf8))
        var warnings: [String] = []
        _ = HistoryStore(path: path, now: 1234, warn: { warnings.append($0) })
        #expect(readFile(aside) == Array("first garbage\n".utf8))
        #expect(readFile(aside + "-2") == Array("second garbage\n".utf8))
        #expect(warnings.first?.contains(aside + "-2") == true)
    }

    @Test func replacesTheOldFileWithAPrivateOneAndLeavesNoTemporary() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        writeFile(path, Array("_HiStOrY_V2_\nold\n".utf8), mode: 0o644)
        let store = HistoryStore(path: path, warn: { _ in })
        store.add("new")
        #expect(readFile(path) == Array("_HiStOrY_V2_\nold\nnew\n".utf8))
        #expect(permissions(path) == 0o600)
        #expect(directoryEntries(directory.path) == ["history"])
    }

    @Test func aFailedSaveWarnsOnceUntilASaveWorksAgain() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let folder = directory.path + "/state"
        let path = folder + "/history"
        var warnings: [String] = []
        let store = HistoryStore(path: path, warn: { warnings.append($0) })
        store.add("one")
        #expect(warnings.isEmpty)
        // The folder goes away under the running tutor: every save fails.
        unlink(path)
        rmdir(folder)
        store.add("two")
        store.add("three")
        #expect(warnings == ["warning: history not saved: cannot write '\(path)': No such file or directory"])
        mkdir(folder, 0o700)
        store.add("four")
        #expect(warnings.count == 1)
        #expect(HistoryStore(path: path, warn: { _ in }).entries == ["one", "two", "three", "four"])
        unlink(path)
        rmdir(folder)
        store.add("five")
        #expect(warnings.count == 2, "a new failure after a save that worked is said again")
    }

    /// Reliability report F3: libedit's H_SAVE reported success on a full
    /// disk, and an empty file was renamed over the history.
    @Test(.enabled(if: TinyDisk.isAvailable, "needs root to mount a tmpfs"))
    func aFullDiskKeepsTheOldHistoryAndWarnsOnce() throws {
        let disk = try #require(TinyDisk(kibibytes: 64))
        defer { disk.unmount() }
        let path = disk.file("history")
        var warnings: [String] = []
        let store = HistoryStore(path: path, warn: { warnings.append($0) })
        for index in 1...300 { store.add("entry_\(index) = \(index) * 2") }
        let saved = try #require(readFile(path))
        #expect(saved.count > 4096, "more than one stdio buffer, so that libedit writes before it is flushed")
        disk.fill()
        store.add("lost = 1")
        store.add("lost = 2")
        #expect(warnings == ["warning: history not saved: cannot write '\(path)': No space left on device"])
        let unchanged = readFile(path) == saved
        #expect(unchanged, "the good history is still there, whole")
        #expect(directoryEntries(disk.path) == ["filler", "history"])
        disk.free()
        store.add("kept = 3")
        #expect(warnings.count == 1)
        let reloaded = HistoryStore(path: path, warn: { _ in }).entries
        #expect(reloaded.count == 303 && reloaded.suffix(3) == ["lost = 1", "lost = 2", "kept = 3"])
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
