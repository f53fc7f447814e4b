import CEditLine
import Platform
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
    /// The lines added since the last save that worked: what a save
    /// appends to the file as another tutor may have left it.
    private var unsaved: [String] = []
    /// The most entries kept, in memory and in the file.
    private let capacity: Int
    /// A failed save was reported: a full disk says so once, not after
    /// every line. Cleared by the next save that works.
    private var hasWarnedUnsaved = false

    /// Creates a history of at most `capacity` entries (consecutive
    /// duplicates are dropped) and loads `path` when given.
    ///
    /// A file that is not a libedit history is kept aside as
    /// `<path>.corrupt-YYYYMMDD-HHMMSS` (``FileSystem/keepAside(_:at:)``,
    /// never over an earlier one) with one warning, and history starts
    /// fresh. A file that exists but cannot be read is left alone, with one
    /// warning, and not saved over. `now` is the time for that name.
    init(path: String?, capacity: Int = 1000, now: Int = FileSystem.currentTime(),
         warn: @escaping (String) -> Void = HistoryFile.warn) {
        self.warn = warn
        self.capacity = capacity
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
        // Private folders: the history can hold anything the learner typed.
        // A failure shows when the history is saved.
        try? FileSystem.makeDirectories(FileSystem.parent(of: path), mode: 0o700)
        switch HistoryFile.inspect(path) {
        case .missing, .empty:
            return
        case .unreadable(let code):
            warn("warning: cannot read history file \(path) (\(String(cString: strerror(code)))); "
                 + "history will not be saved this session.")
            self.path = nil
        case .corrupt:
            quarantine(path, now: now)
        case .tooLarge(let size):
            quarantine(path, now: now, why: "is \((size + (1 << 20) - 1) >> 20) MiB, more than the \(HistoryFile.maxBytes >> 20) MiB a history may be")
        case .valid:
            if mg_history_file(handle, H_LOAD, path) < 0 {
                // The header was right but libedit still refused it: forget
                // whatever it half-loaded and keep the file for inspection.
                mg_history_void(handle, H_CLEAR)
                quarantine(path, now: now)
            } else {
                showControlsVisibly()
            }
        }
    }

    /// A history written by another program (or an older micrograd) may
    /// hold control characters: they are entered again in visible form, so
    /// that neither a recalled line nor the Ctrl-R search prints them raw.
    private func showControlsVisibly() {
        guard let handle else { return }
        let loaded = entries
        guard loaded.contains(where: { $0.withVisibleControls != $0 }) else { return }
        mg_history_void(handle, H_CLEAR)
        for line in loaded { mg_history_enter(handle, wide(line.withVisibleControls)) }
    }

    private func quarantine(_ path: String, now: Int, why: String = "is damaged") {
        do {
            let aside = try FileSystem.keepAside(path, at: now)
            warn("warning: history file \(path) \(why); moved it to \(aside) and started a new history.")
        } catch {
            warn("warning: history file \(path) \(why) and could not be moved aside "
                 + "(\(FileSystem.words(for: error.code ?? EIO))); history will not be saved this session.")
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
    ///
    /// Control characters are kept in their visible form (`^[`): a line
    /// recalled or found by Ctrl-R is shown by libedit as it is stored, and
    /// an ESC there could drive the terminal. Such a line was an error when
    /// typed anyway (the language has no control characters).
    func add(_ line: String) {
        let line = line.withVisibleControls
        guard let handle, line.contains(where: { !$0.isWhitespace }) else { return }
        mg_history_enter(handle, wide(line))
        unsaved.append(line)
        isDirty = true
        save()
    }

    /// Writes the whole history to the file if anything was added since
    /// the last save, replacing it as progress and `:save` files are
    /// replaced (``FileSystem/replaceAtomically(_:mode:fill:)``: flushed to
    /// the disk, renamed over the old one, private). Returns false only if
    /// writing failed: the old file is then as it was, and the first
    /// failure in a row is reported with one warning ("history not saved:
    /// ..."); the next line added tries again.
    ///
    /// Two tutors on one home each append: under a lock on the file
    /// (``FileSystem/withLock(on:_:)``) the file is read again, the lines
    /// added here since the last save are entered after what it holds, and
    /// that is written; so neither session's lines are lost.
    @discardableResult
    func save() -> Bool {
        guard let handle, let path, isDirty else { return true }
        do throws(FileSystem.Problem) {
            try FileSystem.withLock(on: path) { () throws(FileSystem.Problem) in
                // No readable file to append to (gone, or never written):
                // this session's whole history is written, as before.
                var written = handle
                var merged: OpaquePointer?
                defer { if let merged { history_wend(merged) } }
                if HistoryFile.inspect(path) == .valid, let fresh = history_winit() {
                    merged = fresh
                    mg_history_int(fresh, H_SETSIZE, Int32(clamping: capacity))
                    mg_history_int(fresh, H_SETUNIQUE, 1)
                    if mg_history_file(fresh, H_LOAD, path) >= 0 {
                        for line in unsaved { mg_history_enter(fresh, wide(line)) }
                        written = fresh
                    }
                }
                let entries = Int(max(0, mg_history_void(written, H_GETSIZE)))
                try FileSystem.replaceAtomically(path, mode: FileSystem.privateFileMode) { file throws(FileSystem.Problem) in
                    try HistoryFile.save(written, entries: entries, to: file)
                }
            }
        } catch {
            if !hasWarnedUnsaved { warn("warning: history not saved: \(error)") }
            hasWarnedUnsaved = true
            return false
        }
        unsaved = []
        isDirty = false
        hasWarnedUnsaved = false
        return true
    }

    /// Saves (if needed) and releases the history. Idempotent.
    func close() {
        guard let handle else { return }
        save()
        history_wend(handle)
        self.handle = nil
    }
}
