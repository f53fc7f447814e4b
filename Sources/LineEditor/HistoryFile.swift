import Glibc

/// File-system steps around the history file, kept apart from libedit so
/// they can be tested on their own: where the file lives, how a damaged one
/// is moved aside, and how a new one replaces the old without a torn state.
enum HistoryFile {
    /// The header libedit writes as the first line of every history file.
    static let header = "_HiStOrY_V2_"

    /// What is found at the history path before loading it.
    enum State: Equatable {
        /// No file: start fresh, nothing to lose.
        case missing
        /// A zero-length file: nothing to lose either (libedit's H_LOAD
        /// would report it as a failure).
        case empty
        /// Starts with libedit's header line.
        case valid
        /// Readable, but not a libedit history file.
        case corrupt
        /// Exists but cannot be read (permissions, a directory, ...): errno.
        case unreadable(Int32)
    }

    /// Classifies the first bytes of a history file (at least the first line).
    static func state(ofPrefix bytes: [UInt8]) -> State {
        if bytes.isEmpty { return .empty }
        let headerLine = Array((header + "\n").utf8)
        return bytes.starts(with: headerLine) ? .valid : .corrupt
    }

    /// Looks at the file at `path` without changing it.
    static func inspect(_ path: String) -> State {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            return errno == ENOENT ? .missing : .unreadable(errno)
        }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count < 0 { return .unreadable(errno) }
        return state(ofPrefix: Array(buffer[..<count]))
    }

    /// Where a damaged history file is moved: `<path>.corrupt-<unix time>`.
    static func quarantinePath(for path: String, time: Int) -> String {
        "\(path).corrupt-\(time)"
    }

    /// Where a new history is written before it replaces the old one:
    /// `<path>.tmp-<pid>`, so two running sessions never share a scratch file.
    static func temporaryPath(for path: String, processID: Int32) -> String {
        "\(path).tmp-\(processID)"
    }

    /// The directory part of `path`, or nil when it has none.
    static func parentDirectory(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    /// `mkdir -p` for the directory holding `path`, creating missing
    /// directories with mode 0700 (history can hold anything the user typed).
    /// Returns whether the directory exists afterwards.
    @discardableResult
    static func createParentDirectory(of path: String) -> Bool {
        guard let parent = parentDirectory(of: path) else { return true }
        return createDirectories(parent)
    }

    private static func createDirectories(_ directory: String) -> Bool {
        var status = stat()
        if stat(directory, &status) == 0 { return (status.st_mode & S_IFMT) == S_IFDIR }
        if let parent = parentDirectory(of: directory), parent != directory {
            guard createDirectories(parent) else { return false }
        }
        // EEXIST: another process won the race, which is fine.
        return mkdir(directory, 0o700) == 0 || errno == EEXIST
    }

    /// Renames a damaged history file aside so it is neither lost nor
    /// overwritten. Returns the new path, or nil if the rename failed.
    static func quarantine(_ path: String, time: Int) -> String? {
        let aside = quarantinePath(for: path, time: time)
        return rename(path, aside) == 0 ? aside : nil
    }

    /// Replaces `path` atomically: `write` fills a temporary file next to it,
    /// which is made private (0600) and then renamed over `path`. A crash at
    /// any moment leaves either the old file or the new one, never a torn one.
    /// On failure the temporary file is removed and `path` is untouched.
    @discardableResult
    static func replaceAtomically(_ path: String, write: (String) -> Bool) -> Bool {
        let temporary = temporaryPath(for: path, processID: getpid())
        guard write(temporary), chmod(temporary, 0o600) == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// Writes one warning line to stderr.
    static func warn(_ message: String) {
        Terminal.write(message.hasSuffix("\n") ? message : message + "\n", to: STDERR_FILENO)
    }
}
