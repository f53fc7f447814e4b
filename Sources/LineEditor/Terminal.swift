import CEditLine
import Platform
import Glibc

/// Facts about the process's terminal and locale.
public enum Terminal {
    /// Whether stdin AND stdout are terminals: only then is line editing safe.
    /// With stdout piped, libedit stops editing and Tab and arrows would
    /// arrive as raw bytes; with stdin piped there is nobody to edit.
    public static var isInteractive: Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// Whether stdout is a terminal (colour makes sense there).
    public static var stdoutIsTerminal: Bool {
        isatty(STDOUT_FILENO) == 1
    }

    /// The terminal's width in columns: TIOCGWINSZ on stdout, else `$COLUMNS`,
    /// else 80.
    public static var width: Int {
        let columns = Int(mg_terminal_columns(STDOUT_FILENO))
        if columns > 0 { return columns }
        if let text = ProcessEnvironment.variable("COLUMNS"), let value = Int(text), value > 0 {
            return value
        }
        return 80
    }

    /// Adopts the user's locale (`setlocale(LC_ALL, "")`) and, if its
    /// character set is not UTF-8, switches `LC_CTYPE` to C.UTF-8.
    ///
    /// Why: in the C locale libedit silently drops CJK keystrokes and can
    /// crash on a non-ASCII prompt. Returns whether the locale is now UTF-8.
    @discardableResult
    public static func prepareLocale() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if setlocale(LC_CTYPE, name) != nil, isUTF8 { return true }
        }
        return false
    }

    /// Whether the current `LC_CTYPE` encodes characters as UTF-8.
    public static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }

    /// Writes `text` to `fd` with write(2), retrying short writes and EINTR.
    /// Used while libedit owns the terminal, where Swift's `print` (a
    /// separately buffered stream) could interleave with libedit's output;
    /// C stdout, which libedit writes through, is flushed first.
    static func write(_ text: String, to fd: Int32 = STDOUT_FILENO) {
        mg_flush_stdout()
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes {
                Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset)
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}
