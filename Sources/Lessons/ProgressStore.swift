import Platform

/// The learner's progress on disk: `$XDG_DATA_HOME/micrograd/lesson-progress`
/// (by default `~/.local/share/micrograd/lesson-progress`), in
/// ``ProgressFormat``, replaced atomically after every step, so that
/// killing the tutor at any moment loses nothing and never leaves half a file.
///
/// A file that cannot be read or understood is never deleted or
/// overwritten: it is renamed `lesson-progress.corrupt-YYYYMMDD-HHMMSS`
/// beside itself (``FileSystem/keepAside(_:at:)``, the same as for the
/// history) and reported, and the learner starts afresh.
public final class ProgressStore {
    public let path: String
    public private(set) var progress = Progress()
    /// Set when an unreadable file could not even be moved aside: the store
    /// then never writes, so as not to destroy it.
    public private(set) var isReadOnly = false

    public static let fileName = "lesson-progress"

    public init(path: String) {
        self.path = path
    }

    /// `$XDG_DATA_HOME/micrograd/lesson-progress` (by default under
    /// `~/.local/share`); nil without a home folder.
    public static func defaultPath(environment: (String) -> String?) -> String? {
        XDGDirectories.data(environment: environment).map { FileSystem.join($0, fileName) }
    }

    /// What loading found besides progress.
    public enum LoadNote: Sendable, Equatable {
        /// The file was unreadable or corrupt and was renamed to `keptAt`.
        case keptAside(reason: String, keptAt: String)
        /// The file was unreadable or corrupt and could not be moved either:
        /// progress will not be saved this time.
        case unusable(reason: String)
    }

    /// Reads the file. A missing file is no progress yet, not a problem.
    @discardableResult
    public func load() -> LoadNote? {
        guard FileSystem.exists(path) else {
            progress = Progress()
            return nil
        }
        let reason: String
        do {
            progress = try ProgressFormat.decode(try FileSystem.readText(path))
            return nil
        } catch let problem as FileSystem.Problem {
            reason = problem.description
        } catch {
            reason = "\(path) \(error)"
        }
        progress = Progress()
        do {
            return .keptAside(reason: reason, keptAt: try FileSystem.keepAside(path))
        } catch {
            isReadOnly = true
            return .unusable(reason: "\(reason); and \(error)")
        }
    }

    /// Changes the progress and writes it at once.
    ///
    /// Another tutor on the same home may have written the file since it
    /// was loaded (two lessons in two terminals). So the write reads the
    /// file again under a lock (``FileSystem/withLock(on:_:)``) and merges:
    /// what this change touched (a lesson's line, the language, the last
    /// lesson) is taken from here, everything else from the file; the
    /// merged progress is written and kept. Neither tutor loses the
    /// other's lessons.
    public func update(_ change: (inout Progress) -> Void) throws(FileSystem.Problem) {
        let before = progress
        change(&progress)
        try save(since: before)
    }

    /// Writes the progress, merged as ``update(_:)`` says with what the
    /// file holds now; `before` is the progress this store last read or
    /// wrote (the whole of it counts as changed without one).
    public func save(since before: Progress? = nil) throws(FileSystem.Problem) {
        guard !isReadOnly else { return }
        try FileSystem.makeDirectories(FileSystem.parent(of: path))
        try FileSystem.withLock(on: path) { () throws(FileSystem.Problem) in
            if let before, let disk = try? ProgressFormat.decode(try FileSystem.readText(path)) {
                progress = ProgressStore.merge(disk: disk, before: before, after: progress)
            }
            try FileSystem.writeAtomically(ProgressFormat.encode(progress), to: path, mode: FileSystem.sharedFileMode)
        }
    }

    /// The file's progress with this store's changes (from `before` to
    /// `after`) made on it.
    static func merge(disk: Progress, before: Progress, after: Progress) -> Progress {
        var merged = disk
        if after.language != before.language { merged.language = after.language }
        if after.lastLesson != before.lastLesson { merged.lastLesson = after.lastLesson }
        if after.quiz != before.quiz { merged.quiz = after.quiz }
        for id in Set(before.lessons.keys).union(after.lessons.keys) where before.lessons[id] != after.lessons[id] {
            merged.lessons[id] = after.lessons[id]
        }
        return merged
    }
}
