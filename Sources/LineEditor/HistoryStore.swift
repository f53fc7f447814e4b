import CEditLine
import Glibc

/// libedit's wide-character history, tied to an optional file: loaded once,
/// saved atomically after every added line so a crash loses nothing.
///
/// Works without a terminal, so it is tested directly.
final class HistoryStore {
    /// The libedit handle; `nil` after `close()`.
    private(set) var handle: OpaquePointer?
    /// The file to save to; `nil` when there is none or saving was disabled
    /// because an existing file could not be read (never clobber it).
    private(set) var path: String?
    private let warn: (String) -> Void
    /// Entries were added since the last successful save. Saving only then
    /// keeps a session that added nothing from overwriting lines another
    /// session saved meanwhile.
    private var isDirty = false

    /// Creates a history of at most `capacity` entries (consecutive
    /// duplicates are dropped) and loads `path` when given.
    ///
    /// A file that is not a libedit history is renamed to
    /// `<path>.corrupt-<unix time>` with one warning, and history starts
    /// fresh. A file that exists but cannot be read is left alone, with one
    /// warning, and not saved over.
    init(path: String?, capacity: Int = 1000, now: Int = Int(time(nil)),
         warn: @escaping (String) -> Void = HistoryFile.warn) {
        self.warn = warn
        // libedit converts entries to and from the file with the C library's
        // multibyte functions: in a non-UTF-8 locale CJK lines would be lost.
        Terminal.prepareLocale()
        handle = history_winit()
        if let handle {
            mg_history_int(handle, H_SETSIZE, Int32(clamping: capacity))
            mg_history_int(handle, H_SETUNIQUE, 1)
        }
        guard let path, handle != nil else { return }
        self.path = path
        load(path, now: now)
    }

    deinit { close() }

    private func load(_ path: String, now: Int) {
        HistoryFile.createParentDirectory(of: path)
        switch HistoryFile.inspect(path) {
        case .missing, .empty:
            return
        case .unreadable(let code):
            warn("warning: cannot read history file \(path) (\(String(cString: strerror(code)))); "
                 + "history will not be saved this session.")
            self.path = nil
        case .corrupt:
            quarantine(path, now: now)
        case .valid:
            if mg_history_file(handle, H_LOAD, path) < 0 {
                // The header was right but libedit still refused it: forget
                // whatever it half-loaded and keep the file for inspection.
                mg_history_void(handle, H_CLEAR)
                quarantine(path, now: now)
            }
        }
    }

    private func quarantine(_ path: String, now: Int) {
        if let aside = HistoryFile.quarantine(path, time: now) {
            warn("warning: history file \(path) is damaged; moved it to \(aside) and started a new history.")
        } else {
            warn("warning: history file \(path) is damaged and could not be moved aside "
                 + "(\(String(cString: strerror(errno)))); history will not be saved this session.")
            self.path = nil
        }
    }

    /// Number of entries held.
    var count: Int {
        guard let handle else { return 0 }
        return Int(max(0, mg_history_void(handle, H_GETSIZE)))
    }

    /// The entries, oldest first (for tests and diagnostics).
    var entries: [String] {
        guard let handle else { return [] }
        var result: [String] = []
        var entry = mg_history_step(handle, H_LAST)
        while let text = entry {
            result.append(string(fromWide: text))
            entry = mg_history_step(handle, H_PREV)
        }
        return result
    }

    /// Adds `line` (ignored when blank) and saves the file at once.
    func add(_ line: String) {
        guard let handle, line.contains(where: { !$0.isWhitespace }) else { return }
        mg_history_enter(handle, wide(line))
        isDirty = true
        save()
    }

    /// Writes the whole history to the file, atomically, if anything was
    /// added since the last save. Returns false only if writing failed.
    @discardableResult
    func save() -> Bool {
        guard let handle, let path, isDirty else { return true }
        let saved = HistoryFile.replaceAtomically(path) { temporary in
            mg_history_file(handle, H_SAVE, temporary) >= 0
        }
        if saved { isDirty = false }
        return saved
    }

    /// Saves (if needed) and releases the history. Idempotent.
    func close() {
        guard let handle else { return }
        save()
        history_wend(handle)
        self.handle = nil
    }
}
