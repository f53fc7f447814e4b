#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files and folders on the C library (no Foundation in the binary; see
/// docs/decisions.md "No Foundation in the sources"). Every file the
/// program reads or writes goes through here: reading
/// (`FileSystem+Reading.swift`), the one atomic replace
/// (`FileSystem+AtomicReplace.swift`), folders (`FileSystem+Folders.swift`)
/// and keeping a damaged file aside (`FileSystem+KeepAside.swift`).
public enum FileSystem {
    /// What went wrong with a path, in words, and the C library's error
    /// number behind it when there is one.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var description: String
        /// `errno` of the failed call (`ENOENT`, `ENOSPC`, ...), or nil when
        /// the problem is in the file's content, not in a call: lets a
        /// caller tell a missing file from a full disk without reading the
        /// words.
        public var code: Int32?

        public init(description: String, code: Int32? = nil) {
            self.description = description
            self.code = code
        }

        /// `"<what>: <the C library's words for code>"`.
        static func failed(_ what: String, code: Int32) -> Problem {
            Problem(description: "\(what): \(FileSystem.words(for: code))", code: code)
        }
    }

    /// The C library's words for the last error (`errno`).
    public static func lastError() -> String { words(for: errno) }

    /// The C library's words for an error number: "No space left on device".
    public static func words(for code: Int32) -> String { String(cString: strerror(code)) }

    /// What is at a path, following symbolic links.
    public enum Kind: Sendable, Equatable {
        /// A regular file.
        case file
        case folder
        /// A device, a named pipe, a socket.
        case other
    }

    /// What is at `path` (through symbolic links), or nil when nothing is
    /// there or it cannot be seen.
    public static func kind(of path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    public static func isDirectory(_ path: String) -> Bool {
        kind(of: path) == .folder
    }

    /// Whether anything is at `path`, a symbolic link to nothing included:
    /// a name that is taken.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    public static func move(_ from: String, to: String) throws(Problem) {
        if rename(from, to) != 0 {
            throw .failed("cannot rename '\(from)' to '\(to)'", code: errno)
        }
    }

    // MARK: Path words (no system call)

    /// The folder a path is in (`.` for a bare name).
    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `name` inside `folder`.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The last part of a path.
    public static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
