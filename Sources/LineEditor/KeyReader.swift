import Glibc

/// One key at a time from the terminal, for the presenter of `run --pause`:
/// no Enter needed after `b` or `q`, and nothing echoed, so that no blank
/// line is left on the projected screen after each step.
///
/// The terminal is put in non-canonical mode without echo only while a
/// key is awaited, and put back at once, so that a statement that runs
/// long can still be stopped with Ctrl-C the usual way (SIGINT).
public struct KeyReader {
    /// A key pressed.
    public enum Key: Equatable, Sendable {
        case enter
        /// A printable key, lowercased: `b`, `i`, `q`, ` `.
        case character(Character)
        /// Ctrl-C while waiting: read as a byte, since signals are off then.
        case interrupt
        /// Ctrl-D, or the end of the input.
        case endOfInput
    }

    let fileDescriptor: Int32

    /// `fileDescriptor` 0 is standard input (STDIN_FILENO, which a release
    /// build cannot name in a default argument here: it resolves to the
    /// libedit shim's import of unistd.h).
    public init(fileDescriptor: Int32 = 0) {
        self.fileDescriptor = fileDescriptor
    }

    /// Waits for one key. Escape sequences (the arrows) are read whole and
    /// given as the character of their last byte, which no key here uses.
    public func read() -> Key {
        var saved = termios()
        let isTerminal = tcgetattr(fileDescriptor, &saved) == 0
        if isTerminal {
            var raw = saved
            raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
            // One byte at a time, without a timeout.
            withUnsafeMutableBytes(of: &raw.c_cc) { cc in
                cc[Int(VMIN)] = 1
                cc[Int(VTIME)] = 0
            }
            tcsetattr(fileDescriptor, TCSANOW, &raw)
        }
        defer { if isTerminal { tcsetattr(fileDescriptor, TCSANOW, &saved) } }
        var byte: UInt8 = 0
        while true {
            let count = Glibc.read(fileDescriptor, &byte, 1)
            if count == 1 { break }
            if count < 0 && errno == EINTR { continue }
            return .endOfInput
        }
        switch byte {
        case 0x0A, 0x0D: return .enter
        case 0x03: return .interrupt
        case 0x04: return .endOfInput
        case 0x1B:
            // An escape sequence (ESC [ ... final byte): read whole, so that
            // the B of the down arrow is not taken for `b`. A lone Escape
            // ends after a tenth of a second with nothing more.
            if isTerminal {
                var quick = saved
                quick.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
                withUnsafeMutableBytes(of: &quick.c_cc) { cc in
                    cc[Int(VMIN)] = 0
                    cc[Int(VTIME)] = 1
                }
                tcsetattr(fileDescriptor, TCSANOW, &quick)
            }
            var next: UInt8 = 0
            while Glibc.read(fileDescriptor, &next, 1) == 1 {
                if next != UInt8(ascii: "["), next != UInt8(ascii: "O"), (0x40...0x7E).contains(next) { break }
            }
            return .character("\u{1B}")
        default:
            return .character(Character(Unicode.Scalar(byte)).lowercased().first ?? " ")
        }
    }
}
