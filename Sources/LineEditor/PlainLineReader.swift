import Glibc

/// Reads lines from a file descriptor (stdin by default) with no prompt, no
/// editing and no history: for pipes, files and dumb terminals.
///
/// It reads with `read(2)` into its own buffer rather than through C stdio so
/// that an interrupted read (Ctrl-C, `EINTR`) loses no bytes: the partial line
/// stays buffered and the caller sees `.interrupted`. Invalid UTF-8 is decoded
/// lossily (U+FFFD), a CRLF or a lone CR ending counts as a newline, and a last
/// line without a newline is still returned.
public final class PlainLineReader: LineReader {
    private let fileDescriptor: Int32
    /// Bytes read but not yet returned.
    private var pending: [UInt8] = []
    /// How far `pending` has already been searched for a newline.
    private var scanned = 0
    private var reachedEOF = false

    /// A reader on standard input.
    public convenience init() {
        self.init(fileDescriptor: STDIN_FILENO)
    }

    /// A reader on `fileDescriptor`, which it does not close.
    public init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    /// Never interactive: the caller should print no prompt and no colour
    /// decisions should hinge on this reader.
    public var isInteractive: Bool { false }

    /// Reads one line; `prompt` is ignored (a pipe has nobody to show it to).
    public func readLine(prompt: String) -> LineReadResult {
        // A Ctrl-C from before this call belonged to the previous command.
        InterruptSignal.clear()
        while true {
            // A line ends at LF, CRLF or a lone CR (old Macs' files): a
            // comment must not run on past a CR into the next statement.
            if let end = pending[scanned...].firstIndex(where: { $0 == Self.lineFeed || $0 == Self.carriageReturn }) {
                let isLast = end + 1 == pending.count
                // A CR at the end of what was read may be the first half of
                // a CRLF: read on to see.
                if pending[end] == Self.carriageReturn, isLast, !reachedEOF {
                    scanned = end
                    switch fill() {
                    case .data: continue
                    case .endOfFile: reachedEOF = true
                    case .interrupted:
                        InterruptSignal.clear()
                        return .interrupted
                    }
                    continue
                }
                let line = Self.decode(pending[..<end])
                let crlf = pending[end] == Self.carriageReturn && !isLast && pending[end + 1] == Self.lineFeed
                pending.removeSubrange(...(crlf ? end + 1 : end))
                scanned = 0
                return .line(line)
            }
            scanned = pending.count
            if reachedEOF {
                guard !pending.isEmpty else { return .endOfInput }
                let line = Self.decode(pending[...])
                pending.removeAll()
                scanned = 0
                return .line(line)
            }
            switch fill() {
            case .data: continue
            case .endOfFile: reachedEOF = true
            case .interrupted:
                InterruptSignal.clear()
                return .interrupted
            }
        }
    }

    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private enum FillResult { case data, endOfFile, interrupted }

    /// Appends the next chunk of input to `pending`.
    private func fill() -> FillResult {
        let chunk = 64 * 1024
        let oldCount = pending.count
        pending.append(contentsOf: repeatElement(0, count: chunk))
        let count = pending.withUnsafeMutableBytes { buffer in
            Glibc.read(fileDescriptor, buffer.baseAddress! + oldCount, chunk)
        }
        let readError = errno
        pending.removeSubrange((oldCount + max(count, 0))...)
        if count > 0 { return .data }
        if count == 0 { return .endOfFile }
        if readError == EINTR {
            // Only a real Ctrl-C interrupts; other signals (SIGWINCH,
            // SIGCHLD) just restart the read.
            return InterruptSignal.isRequested ? .interrupted : .data
        }
        // EIO, EBADF and friends: nothing more will come.
        return .endOfFile
    }

    /// Decodes one line's bytes, dropping a trailing CR (CRLF files).
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var bytes = bytes
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
