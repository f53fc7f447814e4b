import CEditLine
import Glibc

/// libedit's character reader, replaced (EL_GETCFN) to close a race.
///
/// libedit's own reader learns of Ctrl-C only if SIGINT interrupts its
/// blocking `read`. A Ctrl-C that lands a moment earlier, while libedit is
/// drawing the prompt or handling the previous key, is lost: the handler runs,
/// the read then blocks anyway, and libedit's signal code has meanwhile put the
/// terminal back in cooked mode, so the user sees echoed escape codes until
/// Enter. (Tests typing quickly hit this every few runs.)
///
/// This reader keeps SIGINT blocked except inside `pselect`, and checks
/// `InterruptSignal` before every wait, so a Ctrl-C at any moment ends the
/// line: it returns -1 with errno EINTR, which `el_wgets` reports as it
/// would a Ctrl-C during its own read.
enum InterruptibleInput {
    /// Reads one character (UTF-8 decoded) from stdin into `character`.
    /// Returns 1, 0 at end of input, or -1 with errno set.
    static func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        guard let first = readByte() else { return errno == 0 ? 0 : -1 }
        let extra: Int
        switch first {
        case 0x00...0x7F: extra = 0
        case 0xC2...0xDF: extra = 1
        case 0xE0...0xEF: extra = 2
        case 0xF0...0xF4: extra = 3
        default: extra = -1
        }
        var bytes = [first]
        if extra > 0 {
            for _ in 0..<extra {
                guard let next = readByte() else { return errno == 0 ? 0 : -1 }
                bytes.append(next)
                if next & 0xC0 != 0x80 { break }  // not a continuation: give up on this one
            }
        }
        character.pointee = wchar_t(bitPattern: decodeOne(bytes).value)
        return 1
    }

    /// The scalar `bytes` encode, or U+FFFD if they are not one valid UTF-8 scalar.
    static func decodeOne(_ bytes: [UInt8]) -> Unicode.Scalar {
        let scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars
        return scalars.count == 1 ? scalars.first! : "\u{FFFD}"
    }

    /// One byte from stdin; nil with errno 0 at end of input, or nil with
    /// errno set (EINTR after Ctrl-C).
    private static func readByte() -> UInt8? {
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        var waitingMask = sigset_t()
        pthread_sigmask(SIG_BLOCK, &interrupt, &waitingMask)
        defer { pthread_sigmask(SIG_SETMASK, &waitingMask, nil) }
        // While waiting, SIGINT is unblocked again (if it was to begin with).
        while true {
            if InterruptSignal.isRequested {
                errno = EINTR
                return nil
            }
            if mg_wait_readable(STDIN_FILENO, &waitingMask) < 0 {
                if errno == EINTR { continue }  // Ctrl-C is checked above; resize etc. just retry
                return nil
            }
            var byte: UInt8 = 0
            let count = Glibc.read(STDIN_FILENO, &byte, 1)
            if count == 1 { return byte }
            if count == 0 {
                errno = 0
                return nil
            }
            if errno == EINTR || errno == EAGAIN { continue }
            return nil
        }
    }
}

