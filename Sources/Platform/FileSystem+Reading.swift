#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// The largest file read: scripts, lessons and progress are all far
    /// smaller, so a wrong path to a huge file fails at once instead of
    /// filling the memory.
    public static let maxTextBytes = 16 << 20

    /// The UTF-8 text of a file (a leading byte-order mark dropped, and
    /// Windows' CRLF and old Macs' lone CR line endings read as LF), or a
    /// problem that names the path and what is wrong with it: missing,
    /// unreadable, a folder, too large, binary, or not UTF-8 (with the line
    /// of the first bad byte). `shouldStop` is asked when a signal breaks
    /// into a read that waits (a named pipe or a terminal whose writer
    /// sends nothing): true (Ctrl-C, SIGTERM, SIGHUP) ends the read with a
    /// problem of code `EINTR`, so the wait can always be left.
    public static func readText(_ path: String, shouldStop: () -> Bool = { false }) throws(Problem) -> String {
        // O_NONBLOCK so that opening a named pipe nobody writes to does not
        // hang; it is cleared again for reading.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .failed("cannot read '\(path)'", code: errno) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR {
                throw Problem(description: "'\(path)' is a folder, not a file", code: EISDIR)
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
                if errno == EINTR {
                    if shouldStop() { throw Problem(description: "cannot read '\(path)': stopped by Ctrl-C", code: EINTR) }
                    continue
                }
                throw .failed("cannot read '\(path)'", code: errno)
            }
            if count == 0 { break }
            bytes += buffer[0..<count]
            // A device or a pipe has no size to check beforehand.
            if bytes.count > maxTextBytes { throw tooLarge(path, size: nil) }
        }
        return try text(fromBytes: bytes, path: path)
    }

    /// The text in the bytes of the file at `path`, as ``readText(_:)``
    /// reads it: line endings made LF, a byte-order mark dropped, and a
    /// problem for a binary file, invalid UTF-8 or more than
    /// ``maxTextBytes``. Shared with the in-memory files of tests and the
    /// fuzzer, so that they read exactly as a disk does.
    public static func text(fromBytes bytes: [UInt8], path: String) throws(Problem) -> String {
        if bytes.count > maxTextBytes { throw tooLarge(path, size: bytes.count) }
        // Before anything counts lines, so that every line number (here and
        // in the errors of whatever reads the text) is the editor's.
        let bytes = normalizingLineEndings(bytes)
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
            description: "'\(path)' \(what); scripts, lessons and progress files are at most \(megabytes(maxTextBytes)): is it the right file?",
            code: EFBIG)
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

    /// The first `count` bytes of a regular file (fewer if it is shorter),
    /// without reading the rest or waiting on a named pipe: enough to tell
    /// what wrote it. A folder is `EISDIR`; a device, pipe or socket is
    /// `EINVAL` (reading one could block, or never end).
    public static func readPrefix(of path: String, count: Int) throws(Problem) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .failed("cannot read '\(path)'", code: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .failed("cannot read '\(path)'", code: errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Problem(description: "'\(path)' is a folder, not a file", code: EISDIR)
        default: throw Problem(description: "'\(path)' is not a regular file", code: EINVAL)
        }
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, count - filled) }
            if got < 0 {
                if errno == EINTR { continue }
                throw .failed("cannot read '\(path)'", code: errno)
            }
            if got == 0 { break }
            filled += got
        }
        return Array(buffer[..<filled])
    }

    /// The first line of a regular file (from its first 4 KiB), or nil for
    /// a file that cannot be read or is not a regular file (a device, a
    /// named pipe, a folder): enough to tell what wrote it, without reading
    /// a large file whole or waiting on a pipe.
    public static func firstLine(of path: String) -> String? {
        guard let bytes = try? readPrefix(of: path, count: 4096) else { return nil }
        return firstLine(ofBytes: bytes)
    }

    /// The bytes up to the first line break, as text.
    public static func firstLine(ofBytes bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes.prefix(4096).prefix { $0 != lineFeed && $0 != carriageReturn }, as: UTF8.self)
    }
}
