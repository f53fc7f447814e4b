#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// The mode of a file others may read: progress, `:save`, `:dot`,
    /// transcripts, new lessons. (The process's umask still applies, as to
    /// any new file.)
    public static let sharedFileMode: mode_t = 0o644
    /// The mode of a file only its owner may read: the history, which can
    /// hold anything the learner typed.
    public static let privateFileMode: mode_t = 0o600

    /// A new, empty file beside the one it is to replace, open for reading
    /// and writing (so that a fill can read back what it wrote).
    public struct TemporaryFile: Sendable {
        /// Where it is: `<target>.tmp-<pid>-<random>`, in the target's folder
        /// (a rename is atomic only within one file system).
        public let path: String
        /// Open for reading and writing; closed by ``FileSystem/replaceAtomically(_:mode:fill:)``.
        public let descriptor: Int32
        /// The file it will replace, for the words of an error.
        public let target: String

        public init(path: String, descriptor: Int32, target: String) {
            self.path = path
            self.descriptor = descriptor
            self.target = target
        }
    }

    /// Replaces `path` with `text`; see ``replaceAtomically(_:mode:fill:)``.
    public static func writeAtomically(_ text: String, to path: String, mode: mode_t = sharedFileMode) throws(Problem) {
        try replaceAtomically(path, mode: mode) { file throws(Problem) in
            try write(Array(text.utf8), to: file)
        }
    }

    /// Replaces `path` so that, whenever the process dies and whatever the
    /// disk does, the file holds either all of the old content or all of
    /// the new:
    ///
    /// 1. a temporary file is created beside `path` (exclusively, never
    ///    through a symbolic link someone planted there) with `mode`;
    /// 2. `fill` writes all of the new content into it;
    /// 3. it is flushed to the disk (`fsync`) and closed, and any error
    ///    either reports (a full disk often shows only here) fails the
    ///    replace;
    /// 4. it is renamed over `path`, which POSIX makes atomic;
    /// 5. the folder is flushed, so that the rename itself is durable.
    ///
    /// On any failure the temporary file is removed and `path` is left as it
    /// was. A problem `fill` throws is passed on as it is (its words are the
    /// caller's); the others read "cannot write '<path>': <reason>".
    ///
    /// `fill` must check what it wrote: a writer that does not report a
    /// short write (libedit's history) has to be verified there, or a full
    /// disk would rename a truncated file over a good one.
    public static func replaceAtomically(
        _ path: String, mode: mode_t, fill: (TemporaryFile) throws(Problem) -> Void
    ) throws(Problem) {
        let file = try createTemporaryFile(beside: path, mode: mode)
        do {
            try fill(file)
        } catch {
            close(file.descriptor)
            unlink(file.path)
            throw error
        }
        var failure: Int32?
        if fsync(file.descriptor) != 0 { failure = errno }
        if close(file.descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(file.path, path) != 0 { failure = errno }
        if let failure {
            unlink(file.path)
            throw .failed("cannot write '\(path)'", code: failure)
        }
        syncFolder(parent(of: path))
    }

    /// Writes all of `bytes` into the temporary file (at its current
    /// offset), or says why it could not.
    public static func write(_ bytes: [UInt8], to file: TemporaryFile) throws(Problem) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { systemWrite(file.descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .failed("cannot write '\(file.target)'", code: errno)
            }
            offset += written
        }
    }

    /// Creates a new file beside `target`, under a name nothing else uses:
    /// `O_EXCL` refuses a name that is taken (a symbolic link planted under
    /// a guessed name included) and the name is tried again with another
    /// random part.
    public static func createTemporaryFile(beside target: String, mode: mode_t) throws(Problem) -> TemporaryFile {
        var attempts = 0
        while true {
            let path = "\(target).tmp-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
            let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor >= 0 { return TemporaryFile(path: path, descriptor: descriptor, target: target) }
            attempts += 1
            if errno != EEXIST || attempts == 16 { throw .failed("cannot write '\(target)'", code: errno) }
        }
    }

    /// Flushes a folder's entries to the disk. Some file systems cannot
    /// (and say so); the rename has happened all the same, so that is not
    /// a failure.
    static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// write(2), which a static `write` of `FileSystem` would hide inside it.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
