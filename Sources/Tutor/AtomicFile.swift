#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a file so that it is never seen half-written: the text goes to a
/// temporary file beside it, which is then renamed over it (a rename within
/// one folder is atomic).
enum AtomicFile {
    struct Failure: Error {
        var message: String
    }

    static func write(_ text: String, to path: String) throws(Failure) {
        let temporary = temporaryPath(beside: path)
        try writeNew(text, to: temporary, reportedAs: path)
        try move(temporary, to: path)
    }

    /// A name in the same folder as `path` that nothing else uses.
    static func temporaryPath(beside path: String, suffix: String = "") -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return "\(folder).\(base).\(getpid())-\(UInt32.random(in: 0...UInt32.max))\(suffix).tmp"
    }

    /// Writes a file that must not exist yet.
    static func writeNew(_ text: String, to path: String, reportedAs shownPath: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot write", shownPath) }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                let error = failure("cannot write", shownPath)
                close(descriptor)
                unlink(path)
                throw error
            }
            offset += written
        }
        guard close(descriptor) == 0 else {
            let error = failure("cannot write", shownPath)
            unlink(path)
            throw error
        }
        bytes = []
    }

    /// Renames `temporary` over `path`, removing it if that fails.
    static func move(_ temporary: String, to path: String) throws(Failure) {
        guard rename(temporary, path) == 0 else {
            let error = failure("cannot write", path)
            unlink(temporary)
            throw error
        }
    }

    /// `cannot write 'out/g.dot': No such file or directory`.
    static func failure(_ what: String, _ path: String) -> Failure {
        Failure(message: "\(what) '\(path)': \(String(cString: strerror(errno)))")
    }
}
