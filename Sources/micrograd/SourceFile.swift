#if canImport(Glibc)
import Glibc
#endif

/// Reading a script, with an error that says what is wrong with the path.
enum SourceFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The largest script read, so that a wrong path to a huge file fails
    /// at once instead of filling the memory.
    static let maxBytes = 16 << 20

    static func read(_ path: String) throws(Failure) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw Failure(description: "cannot read '\(path)': \(String(cString: strerror(errno)))")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw Failure(description: "'\(path)' is a directory, not a script")
        }
        if Int(info.st_size) > maxBytes {
            throw Failure(description: "'\(path)' is \(info.st_size) bytes; scripts are at most \(maxBytes) bytes")
        }
        guard let file = fopen(path, "rb") else {
            throw Failure(description: "cannot read '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
            if bytes.count > maxBytes {
                throw Failure(description: "'\(path)' is larger than \(maxBytes) bytes")
            }
        }
        if ferror(file) != 0 {
            throw Failure(description: "cannot read '\(path)': \(String(cString: strerror(errno)))")
        }
        if bytes.contains(0) {
            throw Failure(description: "'\(path)' looks like a binary file (it holds NUL bytes), not a script")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(bytes)
            let line = bytes[..<offset].filter { $0 == 10 }.count + 1
            throw Failure(description: "'\(path)' line \(line) is not valid UTF-8 text; save the file as UTF-8")
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }
}
