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
        // Restores the terminal on fatal signals and redraws after resize/continue.
        mg_el_set_int(editLine, EL_SIGNAL, 1)
        // Sees a Ctrl-C that arrives while libedit is not inside read().
        mg_el_set_getc(editLine, interruptibleReadCallback)
        mg_el_set_prompt_esc(editLine, promptCallback, wchar_t(bitPattern: PromptEscapes.marker.value))
        if let handle = history.handle { mg_el_set_history(editLine, handle) }
        bindKeys()
    }

    /// The emacs keys, ours on top, then the user's `~/.editrc` (or
    /// `$EDITRC`), which may override any of them. Run again after a
    /// history search, which changes the keys while it lasts.
    private func bindKeys() {
        guard let editLine else { return }
        mg_el_set_editor(editLine, wide("emacs"))
        // Setting the editor forgets added functions: added again each time.
        mg_el_add_function(editLine, wide("micrograd-complete"), wide("Complete the word before the cursor"),
                           completeCallback)
        mg_el_bind(editLine, wide("^I"), wide("micrograd-complete"))
        // Not bound by default in emacs mode on every libedit; lldb binds it too.
        mg_el_bind(editLine, wide("^R"), wide("em-inc-search-prev"))
        // Home and End as xterm (normal and application mode), screen and
        // tmux (`\e[1~`, `\e[4~`) and rxvt send them: libedit binds only
        // what terminfo says, the application-mode form, which a terminal
        // not put in that mode never sends.
        for (sequence, command) in EditLineReader.homeAndEnd {
            mg_el_bind(editLine, wide(sequence), wide(command))
        }
        el_source(editLine, nil)
    }

    static let homeAndEnd: [(String, String)] = [
        ("\u{1B}[H", "ed-move-to-beg"), ("\u{1B}OH", "ed-move-to-beg"), ("\u{1B}[1~", "ed-move-to-beg"),
        ("\u{1B}[7~", "ed-move-to-beg"), ("\u{1B}[F", "ed-move-to-end"), ("\u{1B}OF", "ed-move-to-end"),
        ("\u{1B}[4~", "ed-move-to-end"), ("\u{1B}[8~", "ed-move-to-end"),
    ]

    // MARK: - History search

    /// Whether a Ctrl-R search is on: the keys are watched as they are read
    /// (`InterruptibleInput`), since libedit says nothing when it starts or
    /// ends one.
    private var searching = false

    /// libedit's search looks a key up by its low byte alone, so a Chinese
    /// character such as 文 (U+6587, low byte 0x87, an unbound meta key)
    /// ended the search and went into the line instead of the pattern: an
    /// input method that commits 中文 at once left `文` in the found line.
    /// While a search is on, every key with the high bit (the meta keys,
    /// which arrive as ESC and a key from today's terminals) inserts; the
    /// keys come back when it ends.
    fileprivate func watch(_ character: wchar_t) {
        guard let editLine else { return }
        let scalar = UInt32(bitPattern: character)
        if !searching {
            guard scalar == 0x12 else { return }  // ^R
            searching = true
            for byte in 0x80...0xFF {
                mg_el_bind(editLine, [wchar_t(byte), 0], wide("ed-insert"))
            }
            return
        }
        // The keys the search itself takes: text, ^R, ^S, Backspace, ^W.
        if scalar >= 0x20 && scalar != 0x7F || [0x12, 0x13, 0x08, 0x7F, 0x17].contains(scalar) { return }
        endSearch()
    }

    /// Puts the keys back after a search (it ended on this key, on Enter,
    /// on Ctrl-C or at the end of the line).
    fileprivate func endSearch() {
        guard searching else { return }
        searching = false
        bindKeys()
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
        let text = el_wgets(editLine, &count)
        endSearch()
        guard let text, count > 0 else {
            // Ctrl-C in a Ctrl-R search ends it as end of input (count 0),
            // which once left the tutor: the flag still tells it was Ctrl-C.
            let interrupted = (count < 0 && errno == EINTR) || InterruptSignal.isRequested
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

/// libedit's character reader: ours (`InterruptibleInput`), with every key
/// shown to the reader so that it knows when a history search is on.
let interruptibleReadCallback: el_rfunc_t = { editLine, character in
    guard let character else { return -1 }
    let result = InterruptibleInput.readCharacter(into: character)
    if result == 1, let reader = reader(of: editLine) {
        reader.watch(character.pointee)
    } else if let reader = reader(of: editLine) {
        reader.endSearch()
    }
    return result
}

/// libedit's Tab function (bound with EL_ADDFN / EL_BIND).
private let completeCallback: mg_el_func_fn = { editLine, _ in
    guard let editLine, let reader = reader(of: editLine) else { return UInt8(CC_ERROR) }
    return UInt8(reader.handleTab(editLine))
}

