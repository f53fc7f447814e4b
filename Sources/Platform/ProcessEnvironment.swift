#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's environment: its variables and where its program is, read
/// here and nowhere else.
public enum ProcessEnvironment {
    /// The value of the variable `name`, or nil when it is not set.
    public static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// `$HOME` when it is an absolute path; nil when it is unset, empty or
    /// relative (a path built on it would name the wrong place).
    public static var home: String? {
        variable("HOME").flatMap { $0.hasPrefix("/") ? $0 : nil }
    }

    /// Where the running program's file is (Linux's `/proc/self/exe`), to
    /// find what was installed beside it; nil where that cannot be read.
    public static var executablePath: String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
