import TextKit
import CEditLine
import Glibc

/// Reads lines at a terminal through libedit: emacs-style editing, history
/// (Up/Down, ^R search) saved to a file after every line, and Tab completion.
///
/// Use it only when `Terminal.isInteractive`; otherwise use `PlainLineReader`.
public final class EditLineReader: LineReader {
    private var editLine: OpaquePointer?
    private let history: HistoryStore
    private let complete: (String) -> Completion
    /// The current prompt as a NUL-terminated wide string; libedit asks for
    /// it (through `promptCallback`) on every redraw, so it must outlive
    /// each call to `el_wgets`.
    private var promptBuffer: UnsafeMutablePointer<wchar_t>?

    /// `historyPath`: file to load at start and save after every line (nil = no history file).
    /// `complete`: called on Tab with the text before the cursor.
    public init(programName: String, historyPath: String?, complete: @escaping (String) -> Completion) {
        // Both must precede el_init: libedit reads the locale when it starts,
        // and saves the SIGINT handler it finds so it can chain to it.
        Terminal.prepareLocale()
        InterruptSignal.install()
        self.complete = complete
        history = HistoryStore(path: historyPath)
        guard let editLine = mg_el_init(programName) else { return }
        self.editLine = editLine

        mg_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        mg_el_set_editor(editLine, wide("emacs"))
        // Restores the terminal on fatal signals and redraws after resize/continue.
        mg_el_set_int(editLine, EL_SIGNAL, 1)
        // Sees a Ctrl-C that arrives while libedit is not inside read().
        mg_el_set_getc(editLine, interruptibleReadCallback)
        mg_el_set_prompt_esc(editLine, promptCallback, wchar_t(bitPattern: PromptEscapes.marker.value))
        if let handle = history.handle { mg_el_set_history(editLine, handle) }
        mg_el_add_function(editLine, wide("micrograd-complete"), wide("Complete the word before the cursor"),
                           completeCallback)
        mg_el_bind(editLine, wide("^I"), wide("micrograd-complete"))
        // Not bound by default in emacs mode on every libedit; lldb binds it too.
        mg_el_bind(editLine, wide("^R"), wide("em-inc-search-prev"))
        // The user's ~/.editrc (or $EDITRC) may override any of the above.
        el_source(editLine, nil)
    }

    deinit { close() }

    /// Always true: this reader edits at a terminal.
    public var isInteractive: Bool { true }

    /// Reads one line with editing. A non-blank line is added to history and
    /// the history file is saved at once. Ctrl-C prints `^C` and a newline and
    /// returns `.interrupted` (clearing `InterruptSignal`); Ctrl-D on an empty
    /// line prints a newline and returns `.endOfInput`.
    public func readLine(prompt: String) -> LineReadResult {
        guard let editLine else { return .endOfInput }
        // A Ctrl-C from before this call belonged to the previous command.
        InterruptSignal.clear()
        setPrompt(prompt)
        var count: Int32 = 0
        guard let text = el_wgets(editLine, &count), count > 0 else {
            let interrupted = count < 0 && errno == EINTR
            if interrupted {
                InterruptSignal.clear()
                Terminal.write("^C\n")
                return .interrupted
            }
            // Ctrl-D on an empty line (count 0) or a terminal that went away.
            Terminal.write("\n")
            return .endOfInput
        }
        var line = string(fromWide: text, count: Int(count))
        if line.hasSuffix("\n") { line.removeLast() }
        history.add(line)
        return .line(line)
    }

    /// Whether more input is already waiting to be read: the line just
    /// read was part of a paste, and so is the next one. (The reader takes
    /// one byte at a time, so the rest of a paste is still in the terminal.)
    public var inputIsWaiting: Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    /// Saves history and restores the terminal. Idempotent; also called from deinit.
    public func close() {
        if let editLine {
            history.save()
            mg_el_set_int(editLine, EL_EDITMODE, 0)
            el_end(editLine)
            self.editLine = nil
        }
        history.close()
        promptBuffer?.deallocate()
        promptBuffer = nil
    }

    // MARK: - Prompt

    private func setPrompt(_ prompt: String) {
        promptBuffer?.deallocate()
        let marked = wide(PromptEscapes.mark(prompt))
        let buffer = UnsafeMutablePointer<wchar_t>.allocate(capacity: marked.count)
        buffer.initialize(from: marked, count: marked.count)
        promptBuffer = buffer
    }

    fileprivate var currentPrompt: UnsafeMutablePointer<wchar_t>? { promptBuffer }

    // MARK: - Completion

    /// Runs on Tab inside `el_wgets`: asks `complete` and edits the line.
    fileprivate func handleTab(_ editLine: OpaquePointer) -> Int32 {
        guard let info = el_wline(editLine) else { return CC_ERROR }
        let textBeforeCursor = string(fromWide: info.pointee.buffer,
                                      count: info.pointee.cursor - info.pointee.buffer)
        switch complete(textBeforeCursor).action(textBeforeCursor: textBeforeCursor) {
        case .beep:
            return CC_REFRESH_BEEP
        case .replace(let deleting, let inserting):
            if deleting > 0 { el_deletestr(editLine, Int32(deleting)) }
            if !inserting.isEmpty, el_winsertstr(editLine, wide(inserting)) != 0 {
                return CC_REFRESH_BEEP  // the line buffer is full
            }
            return CC_REFRESH
        case .list(let candidates):
            let lines = CompletionList.lines(candidates, width: Terminal.width)
            Terminal.write("\n" + lines.joined(separator: "\n") + "\n")
            return CC_REDISPLAY
        }
    }
}

/// The reader registered with `EL_CLIENTDATA`.
private func reader(of editLine: OpaquePointer?) -> EditLineReader? {
    guard let editLine, let data = mg_el_get_clientdata(editLine) else { return nil }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
}

/// libedit's prompt function: C-callable, so it finds the Swift object
/// through the client data rather than a capture.
private let promptCallback: mg_el_wprompt_fn = { editLine in
    reader(of: editLine)?.currentPrompt ?? emptyPrompt
}

/// Returned if the prompt is asked for before one is set.
nonisolated(unsafe) private let emptyPrompt: UnsafeMutablePointer<wchar_t> = {
    let pointer = UnsafeMutablePointer<wchar_t>.allocate(capacity: 1)
    pointer.initialize(to: 0)
    return pointer
}()

/// libedit's Tab function (bound with EL_ADDFN / EL_BIND).
private let completeCallback: mg_el_func_fn = { editLine, _ in
    guard let editLine, let reader = reader(of: editLine) else { return UInt8(CC_ERROR) }
    return UInt8(reader.handleTab(editLine))
}

