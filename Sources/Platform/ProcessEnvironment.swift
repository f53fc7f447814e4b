#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's environment variables, the one place that reads them.
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
}
