#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations lessons and progress need, on the C library
/// (no Foundation in the binary; see docs/decisions.md).
public enum FileSystem {
    /// What went wrong with a path, in words.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// The largest file read: scripts, lessons and progress are all far
    /// smaller, so a wrong path to a huge file fails at once instead of
    /// filling the memory.
    public static let maxTextBytes = 16 << 20

    public static func lastError() -> String { String(cString: strerror(errno)) }

    /// The UTF-8 text of a file (a leading byte-order mark dropped, and
    /// Windows' CRLF and old Macs' lone CR line endings read as LF), or a
    /// problem that names the path and what is wrong with it: missing,
    /// unreadable, a folder, too large, binary, or not UTF-8 (with the line
    /// of the first bad byte).
    public static func readText(_ path: String) throws(Problem) -> String {
        // O_NONBLOCK so that opening a named pipe nobody writes to does not
        // hang; it is cleared again for reading.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw Problem(description: "cannot read '\(path)': \(lastError())") }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR {
                throw Problem(description: "'\(path)' is a folder, not a file")
            }
            if Int(info.st_size) > maxTextBytes {
                throw tooLarge(path, size: Int(info.st_size))
            }
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Problem(description: "cannot read '\(path)': \(lastError())")
            }
            if count == 0 { break }
            bytes += buffer[0..<count]
            // A device or a pipe has no size to check beforehand.
            if bytes.count > maxTextBytes { throw tooLarge(path, size: nil) }
        }
        // Before anything counts lines, so that every line number (here and
        // in the errors of whatever reads the text) is the editor's.
        bytes = normalizingLineEndings(bytes)
        if let zero = bytes.firstIndex(of: 0) {
            throw Problem(
                description: "'\(path)' looks like a binary file (line \(line(at: zero, in: bytes)) holds a NUL byte), not text")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(bytes)
            throw Problem(
                description: "'\(path)' line \(line(at: offset, in: bytes)) is not valid UTF-8 text; save the file as UTF-8")
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// `text` with every CRLF and every lone CR turned into LF.
    ///
    /// Swift takes "\r\n" for one Character, so a split on "\n" does not
    /// see it: text from a file saved on Windows would read as one line.
    /// Whatever splits text from outside into lines does this first.
    public static func normalizingLineEndings(_ text: String) -> String {
        guard text.utf8.contains(carriageReturn) else { return text }
        return String(decoding: normalizingLineEndings(Array(text.utf8)), as: UTF8.self)
    }

    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    /// The bytes with every CRLF and every lone CR turned into LF. A CR byte
    /// is never part of a longer UTF-8 sequence, so this keeps UTF-8 valid.
    public static func normalizingLineEndings(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(carriageReturn) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var afterCarriageReturn = false
        for byte in bytes {
            if byte == lineFeed && afterCarriageReturn {
                // The LF of a CRLF: the CR already ended the line.
            } else {
                result.append(byte == carriageReturn ? lineFeed : byte)
            }
            afterCarriageReturn = byte == carriageReturn
        }
        return result
    }

    private static func tooLarge(_ path: String, size: Int?) -> Problem {
        let megabytes = { (bytes: Int) in "\((bytes + (1 << 20) - 1) >> 20) MiB" }
        let what = size.map { "is \(megabytes($0))" } ?? "is larger than \(megabytes(maxTextBytes))"
        return Problem(
            description: "'\(path)' \(what); scripts, lessons and progress files are at most \(megabytes(maxTextBytes)): is it the right file?")
    }

    /// The line (1-based) of the byte at `offset`.
    private static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $1 == 10 ? $0 + 1 : $0 }
    }

    /// Where the first byte that is not part of valid UTF-8 is.
    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }

    /// The first line of a regular file (from its first 4 KiB), or nil for
    /// a file that cannot be read or is not a regular file (a device, a
    /// named pipe, a folder): enough to tell what wrote it, without reading
    /// a large file whole or waiting on a pipe.
    public static func firstLine(of path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var count = -1
        repeat {
            count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else { return nil }
        let line = buffer[..<count].prefix { $0 != lineFeed && $0 != carriageReturn }
        return String(decoding: line, as: UTF8.self)
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The names in a directory, sorted, without `.` and `..`; nil if it
    /// cannot be read.
    public static func list(_ path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Creates `path` and any missing parents.
    public static func makeDirectories(_ path: String) throws(Problem) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            prefix += "/" + part
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw Problem(description: "cannot create the folder '\(prefix)': \(lastError())")
            }
        }
        guard isDirectory(path) else { throw Problem(description: "'\(path)' exists but is not a folder") }
    }

    /// Replaces `path` with `text` so that, whenever the process dies, the
    /// file holds either all of the old text or all of the new: the text
    /// goes to a temporary file in the same folder, is flushed to the disk
    /// (fsync), and is renamed over the old file, which POSIX makes atomic;
    /// then the folder is flushed so that the rename itself is durable.
    public static func writeAtomically(_ text: String, to path: String) throws(Problem) {
        let folder = parent(of: path)
        let temporary = "\(path).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Problem(description: "cannot write '\(path)': \(lastError())") }
        var failure: String?
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = lastError()
                break
            }
            offset += written
        }
        if failure == nil, fsync(descriptor) != 0 { failure = lastError() }
        if close(descriptor) != 0, failure == nil { failure = lastError() }
        if failure == nil, rename(temporary, path) != 0 { failure = lastError() }
        if let failure {
            unlink(temporary)
            throw Problem(description: "cannot write '\(path)': \(failure)")
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    public static func move(_ from: String, to: String) throws(Problem) {
        if rename(from, to) != 0 {
            throw Problem(description: "cannot rename '\(from)' to '\(to)': \(lastError())")
        }
    }

    /// A name in the same folder as `path` that nothing else uses, for a
    /// file that is written first and renamed over `path` when complete.
    public static func temporaryPath(beside path: String, suffix: String = "") -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return "\(folder).\(base).\(getpid())-\(UInt32.random(in: 0...UInt32.max))\(suffix).tmp"
    }

    /// The folder a path is in (`.` for a bare name).
    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `name` inside `folder`.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
