// A process under a pseudo-terminal, for end-to-end tests of terminal programs:
// the line editor's own tests and the tests of the micrograd binary share it.

import Glibc

/// Why a `PseudoTerminal` operation failed, with everything read so far.
public struct PseudoTerminalError: Error, CustomStringConvertible {
    public var description: String
}

/// A child process whose stdin, stdout and stderr are a pseudo-terminal
/// (started with `forkpty`), which the test drives like a user: `send` types
/// keys, `read(until:timeout:)` waits for output. The child is killed when the
/// terminal is closed or deinitialized, so a failing test leaves nothing behind.
///
/// Keys: "\r" is Enter, "\t" Tab, "\u{3}" Ctrl-C, "\u{4}" Ctrl-D,
/// "\u{1b}[A" Up, "\u{1b}[B" Down, "\u{7f}" Backspace.
public final class PseudoTerminal {
    /// The child's process id.
    public let processID: pid_t
    /// The controller side of the pty; -1 once closed.
    private var controller: Int32
    /// Everything the child has written so far.
    public private(set) var output: [UInt8] = []
    /// How much of `output` earlier `read(until:)` calls consumed.
    private var consumed = 0
    private var exitStatus: Int32?
    private var sawEndOfOutput = false

    /// Starts `executable` with `arguments` (not including argv[0]) and
    /// exactly `environment`, on a `columns` x `rows` terminal.
    public init(executable: String, arguments: [String] = [], environment: [String: String],
         columns: UInt16 = 100, rows: UInt16 = 30) throws {
        // Everything the child needs is built before fork: between fork and
        // exec a multi-threaded parent's child may only call async-signal-safe
        // functions (no malloc).
        let argv = CStringArray([executable] + arguments)
        let envp = CStringArray(environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
        defer { argv.free(); envp.free() }
        (processID, controller) = try Self.fork(columns: columns, rows: rows) {
            execve(executable, argv.pointer, envp.pointer)
            _exit(127)
        }
    }

    deinit { close() }

    private static func fork(columns: UInt16, rows: UInt16, child: () -> Never) throws -> (pid_t, Int32) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var controller: Int32 = -1
        let pid = forkpty(&controller, nil, nil, &size)
        if pid < 0 {
            throw PseudoTerminalError(description: "forkpty failed: \(String(cString: strerror(errno)))")
        }
        if pid == 0 {
            // Signal dispositions set to "ignore" and the blocked-signal mask
            // survive exec; a test runner may have changed both.
            for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU] {
                Glibc.signal(signal, SIG_DFL)
            }
            var none = sigset_t()
            sigemptyset(&none)
            sigprocmask(SIG_SETMASK, &none, nil)
            child()
        }
        _ = fcntl(controller, F_SETFD, FD_CLOEXEC)
        return (pid, controller)
    }

    /// Resizes the terminal, as dragging a window's edge does: the kernel
    /// sends SIGWINCH to the child.
    public func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(controller, UInt(TIOCSWINSZ), &size)
    }

    /// Types `text` (UTF-8) into the terminal.
    public func send(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count, controller >= 0 {
            let written = bytes.withUnsafeMutableBytes {
                write(controller, $0.baseAddress! + offset, $0.count - offset)
            }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return
            }
            offset += written
        }
    }

    /// Waits until the output since the previous `read(until:)` contains
    /// `needle`, and returns that output up to and including the needle
    /// (the rest stays for the next call). Throws on timeout or when the
    /// child closes the terminal first, quoting everything read so far.
    @discardableResult
    public func read(until needle: String, timeout: Double = 5) throws -> String {
        let deadline = Self.now() + timeout
        let wanted = Array(needle.utf8)
        while true {
            if let range = Self.find(wanted, in: output, from: consumed) {
                let text = String(decoding: output[consumed..<range.upperBound], as: UTF8.self)
                consumed = range.upperBound
                return text
            }
            let remaining = deadline - Self.now()
            if remaining <= 0 || sawEndOfOutput {
                let why = sawEndOfOutput ? "the child closed the terminal" : "timed out after \(timeout) s"
                throw PseudoTerminalError(description: """
                    \(why) waiting for \(needle.debugDescription).
                    Unconsumed output: \(String(decoding: output[consumed...], as: UTF8.self).debugDescription)
                    All output: \(transcript.debugDescription)
                    """)
            }
            pump(timeout: remaining)
        }
    }

    /// Waits until the terminal is in non-canonical ("raw") mode, i.e. a line
    /// editor is reading keys. Call it after seeing a prompt and before sending
    /// control keys: libedit prints the prompt *before* switching the terminal
    /// to raw mode, and in that instant the kernel's canonical line discipline
    /// would eat a Ctrl-D, Backspace or Ctrl-U typed ahead (Ctrl-C is fine).
    public func waitForRawMode(timeout: Double = 5) throws {
        let deadline = Self.now() + timeout
        while true {
            var settings = termios()
            if controller >= 0, tcgetattr(controller, &settings) == 0,
               settings.c_lflag & tcflag_t(ICANON) == 0 {
                return
            }
            if Self.now() >= deadline || controller < 0 {
                throw PseudoTerminalError(description: """
                    the terminal did not enter raw mode within \(timeout) s.
                    All output: \(transcript.debugDescription)
                    """)
            }
            pump(timeout: 0.002)
        }
    }

    /// Everything the child has written so far, decoded as UTF-8.
    public var transcript: String { String(decoding: output, as: UTF8.self) }

    /// Waits for the child to exit, reading its output meanwhile (so it is
    /// never blocked on a full terminal buffer). Returns its exit status, or
    /// 128 + the signal number if a signal ended it. Throws on timeout.
    @discardableResult
    public func waitForExit(timeout: Double = 5) throws -> Int32 {
        let deadline = Self.now() + timeout
        while true {
            if let exitStatus { return exitStatus }
            if reap(options: WNOHANG) { continue }
            if Self.now() >= deadline {
                throw PseudoTerminalError(description: """
                    process \(processID) did not exit within \(timeout) s.
                    All output: \(transcript.debugDescription)
                    """)
            }
            if sawEndOfOutput {
                usleep(5_000)
            } else {
                pump(timeout: min(0.05, deadline - Self.now()))
            }
        }
    }

    /// Kills the child if it is still running, reaps it and closes the
    /// terminal. Idempotent.
    public func close() {
        if exitStatus == nil {
            kill(processID, SIGKILL)
            _ = reap(options: 0)
        }
        if controller >= 0 {
            Glibc.close(controller)
            controller = -1
        }
    }

    // MARK: - Internals

    /// Reads whatever arrives within `timeout` seconds.
    private func pump(timeout: Double) {
        guard controller >= 0, !sawEndOfOutput else { return }
        var descriptor = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(max(0, min(timeout, 60)) * 1000)
        let ready = poll(&descriptor, 1, milliseconds)
        guard ready > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(controller, $0.baseAddress, $0.count) }
        if count > 0 {
            output.append(contentsOf: buffer[..<count])
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            // Linux reports EIO once every process has closed the terminal.
            sawEndOfOutput = true
        }
    }

    /// waitpid; records the status and returns true if the child has exited.
    private func reap(options: Int32) -> Bool {
        var status: Int32 = 0
        let result = waitpid(processID, &status, options)
        if result == -1 && errno == EINTR { return reap(options: options) }
        guard result == processID else {
            if result == -1 { exitStatus = -1 }  // already reaped elsewhere
            return result == -1
        }
        let signal = status & 0x7F
        exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty else { return start..<start }
        guard haystack.count - start >= needle.count else { return nil }
        for index in start...(haystack.count - needle.count)
        where haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index..<(index + needle.count)
        }
        return nil
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// A NULL-terminated array of C strings (argv, envp), built before fork.
private struct CStringArray {
    let pointer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    private let count: Int

    init(_ strings: [String]) {
        count = strings.count
        pointer = .allocate(capacity: strings.count + 1)
        for (index, string) in strings.enumerated() { pointer[index] = strdup(string) }
        pointer[strings.count] = nil
    }

    func free() {
        for index in 0..<count { Glibc.free(pointer[index]) }
        pointer.deallocate()
    }
}
