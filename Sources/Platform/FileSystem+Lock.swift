#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// Runs `body` while holding an exclusive `flock` on the folder of
    /// `path`, so that two tutors on one home take turns to read, merge
    /// and replace the file (the history, the lesson progress) and neither
    /// loses what the other wrote. The folder is locked rather than a lock
    /// file beside the file: nothing is left behind, and the lock cannot be
    /// planted or followed through a symbolic link. Without a lock (a
    /// folder that cannot be opened, a file system without `flock`),
    /// `body` still runs: the atomic replace keeps the file whole either way.
    public static func withLock<Result, Failure: Error>(
        on path: String, _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let descriptor = open(parent(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return try body() }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { return try body() }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
