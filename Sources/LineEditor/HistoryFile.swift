import CEditLine
import Platform
import Glibc

/// What is particular to libedit's history file, kept apart from the store
/// so that it can be tested on its own: how a file is recognised, and how
/// libedit's writing of it is checked. Where the file lives, how it
/// replaces the old one and how a damaged one is kept aside are the same
/// as for every other file (``FileSystem``).
enum HistoryFile {
    /// The header libedit writes as the first line of every history file.
    static let header = "_HiStOrY_V2_"

    /// What is found at the history path before loading it.
    enum State: Equatable {
        /// No file: start fresh, nothing to lose.
        case missing
        /// A zero-length file: nothing to lose either (libedit's H_LOAD
        /// would report it as a failure).
        case empty
        /// Starts with libedit's header line.
        case valid
        /// Readable, but not a libedit history file.
        case corrupt
        /// Exists but cannot be read (permissions, a directory, ...): errno.
        case unreadable(Int32)
        /// Larger than ``maxBytes``: its size.
        case tooLarge(Int)
    }

    /// The largest history loaded, the limit of every other file the tutor
    /// reads (``FileSystem/maxTextBytes``): a thousand lines of a learner's
    /// typing are far smaller, and a 100 MB line cost 4.5 s and 1.6 GB at
    /// every start (issue 19, item 12).
    static let maxBytes = FileSystem.maxTextBytes

    /// Classifies the first bytes of a history file (at least the first line).
    static func state(ofPrefix bytes: [UInt8]) -> State {
        if bytes.isEmpty { return .empty }
        let headerLine = Array((header + "\n").utf8)
        return bytes.starts(with: headerLine) ? .valid : .corrupt
    }

    /// Looks at the file at `path` without changing it.
    static func inspect(_ path: String) -> State {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > maxBytes {
            return .tooLarge(Int(info.st_size))
        }
        do {
            return state(ofPrefix: try FileSystem.readPrefix(of: path, count: 64))
        } catch {
            let code = error.code ?? EIO
            return code == ENOENT ? .missing : .unreadable(code)
        }
    }

    /// Has libedit write `handle`'s entries into the temporary file, and
    /// checks that all of them reached it.
    ///
    /// libedit's own `H_SAVE` opens the file itself and ignores a failed
    /// write: on a full disk it leaves an empty or cut file and reports
    /// success, and the atomic replace would then rename that over a good
    /// history. So libedit writes into a stream made here (`H_SAVE_FP`),
    /// which is flushed and checked; and what it wrote is checked again
    /// before the replace goes on: as many entries as the history holds,
    /// and a file that starts with libedit's header.
    static func save(_ handle: OpaquePointer, entries expected: Int, to file: FileSystem.TemporaryFile) throws(FileSystem.Problem) {
        let copy = dup(file.descriptor)
        guard copy >= 0, let stream = fdopen(copy, "w") else {
            let code = errno
            if copy >= 0 { close(copy) }
            throw .init(description: "cannot write '\(file.target)': \(FileSystem.words(for: code))", code: code)
        }
        errno = 0
        let written = mg_history_save_fp(handle, stream)
        let flushed = fflush(stream) == 0 && ferror(stream) == 0
        var failure: Int32? = flushed ? nil : (errno != 0 ? errno : EIO)
        if fclose(stream) != 0, failure == nil { failure = errno }
        if let failure {
            throw .init(description: "cannot write '\(file.target)': \(FileSystem.words(for: failure))", code: failure)
        }
        guard written == expected else {
            throw .init(description: "cannot write '\(file.target)': libedit wrote \(written) of \(expected) entries")
        }
        try verify(file, minimumSize: header.utf8.count + 1 + expected * 2)
    }

    /// Reads back what was written: at least `minimumSize` bytes (the
    /// header line and one short line per entry), starting with the header.
    static func verify(_ file: FileSystem.TemporaryFile, minimumSize: Int) throws(FileSystem.Problem) {
        var info = stat()
        let headerLine = Array((header + "\n").utf8)
        var start = [UInt8](repeating: 0, count: headerLine.count)
        let read = start.withUnsafeMutableBytes { pread(file.descriptor, $0.baseAddress, $0.count, 0) }
        guard fstat(file.descriptor, &info) == 0, Int(info.st_size) >= minimumSize,
              read == headerLine.count, start == headerLine
        else {
            throw .init(
                description: "cannot write '\(file.target)': the new file is cut short (\(info.st_size) bytes); is the disk full?",
                code: ENOSPC)
        }
    }

    /// Writes one warning line to stderr.
    static func warn(_ message: String) {
        Terminal.write(message.hasSuffix("\n") ? message : message + "\n", to: STDERR_FILENO)
    }
}
