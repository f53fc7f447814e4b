import Platform
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files, folders, a Graphviz and environment variables held in memory,
/// for tests and the fuzzer: `:save`, `:load`, `:dot FILE` and Tab on file
/// names run as they do on a disk, with the same words in their errors,
/// and leave nothing behind.
///
/// Paths are taken as they are written, `.` and `..` parts and doubled
/// slashes aside: `a.mg` and `./a.mg` are one file, `/w/a.mg` another
/// (there is no current folder that relative paths would be inside). The
/// folders `/` and `.` always exist; so does every folder a file or a
/// folder added is in. Text files only: a file is a `String`, read back
/// through ``FileSystem/text(fromBytes:path:)`` as a disk file is read.
public final class InMemoryEnvironment: SessionEnvironment {
    /// Every file, by its path (written as ``normalized(_:)`` gives it).
    public private(set) var files: [String: String] = [:]
    /// Folders added with ``addFolder(_:)`` (the folders of files exist
    /// without being listed here).
    public private(set) var folders: Set<String> = []
    /// The format each drawing was drawn in, by path; the file itself holds
    /// the DOT text it was drawn from.
    public private(set) var drawings: [String: String] = [:]
    /// The environment variables.
    public var variables: [String: String]
    /// Whether `renderGraph` draws (true) or finds no Graphviz (false).
    public var graphvizInstalled: Bool

    public init(files: [String: String] = [:], folders: [String] = [], variables: [String: String] = [:],
                graphvizInstalled: Bool = true) {
        self.variables = variables
        self.graphvizInstalled = graphvizInstalled
        for folder in folders { addFolder(folder) }
        for (path, text) in files { addFile(path, text) }
    }

    /// Puts a file at `path` (its folders exist from now on), replacing
    /// any file there.
    public func addFile(_ path: String, _ text: String) {
        files[Self.normalized(path)] = text
    }

    /// Makes a folder (and the folders it is in).
    public func addFolder(_ path: String) {
        let path = Self.normalized(path)
        if path != "/" && path != "." { folders.insert(path) }
    }

    /// The text of the file at `path`, or nil.
    public func file(_ path: String) -> String? {
        files[Self.normalized(path)]
    }

    /// `path` without `.` parts, doubled or final slashes, and with each
    /// `..` taking away the part before it: the key of ``files``.
    public static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !absolute {
                    parts.append(part)
                }
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    // MARK: SessionEnvironment

    public func readText(_ path: String) throws(FileSystem.Problem) -> String {
        let key = Self.normalized(path)
        if isFolder(key) { throw FileSystem.Problem(description: "'\(path)' is a folder, not a file", code: EISDIR) }
        guard let text = files[key], !path.hasSuffix("/") else {
            throw failure("cannot read '\(path)'", code: missingCode(key))
        }
        return try FileSystem.text(fromBytes: Array(text.utf8), path: path)
    }

    public func writeAtomically(_ text: String, to path: String) throws(FileSystem.Problem) {
        let key = try writableKey(path)
        files[key] = text
        drawings[key] = nil
    }

    public func exists(_ path: String) -> Bool {
        let key = Self.normalized(path)
        return files[key] != nil || isFolder(key)
    }

    public func isDirectory(_ path: String) -> Bool {
        isFolder(Self.normalized(path))
    }

    public func firstLine(of path: String) -> String? {
        files[Self.normalized(path)].map { FileSystem.firstLine(ofBytes: $0.utf8) }
    }

    public func listDirectory(_ path: String) -> [FileSystem.DirectoryEntry]? {
        let key = Self.normalized(path)
        guard isFolder(key) else { return nil }
        var entries: [String: Bool] = [:]
        for (inside, isFolder) in Self.entries(in: key, of: files.keys.map { ($0, false) } + folders.map { ($0, true) }) {
            entries[inside] = (entries[inside] ?? false) || isFolder
        }
        return entries.map { FileSystem.DirectoryEntry(name: $0.key, isFolder: $0.value) }.sorted { $0.name < $1.name }
    }

    public func renderGraph(_ dot: String, format: String, to path: String) throws(FileSystem.Problem) -> Bool {
        guard graphvizInstalled else { return false }
        let key = try writableKey(path)
        files[key] = dot
        drawings[key] = format
        return true
    }

    public func variable(_ name: String) -> String? { variables[name] }

    public var home: String? { variables["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } }

    // MARK: The model

    /// The first part below `folder` of each path inside it, and whether
    /// that part is a folder (it is when more parts follow).
    private static func entries(in folder: String, of paths: [(String, Bool)]) -> [(String, Bool)] {
        let prefix = folder == "/" ? "/" : folder == "." ? "" : folder + "/"
        return paths.compactMap { path, isFolder in
            guard path.hasPrefix(prefix), path != folder, prefix != "" || !path.hasPrefix("/") else { return nil }
            let rest = path.dropFirst(prefix.count)
            guard let first = rest.split(separator: "/").first else { return nil }
            return (String(first), isFolder || rest.contains("/"))
        }
    }

    private func isFolder(_ key: String) -> Bool {
        if key == "/" || key == "." || folders.contains(key) { return true }
        let prefix = key + "/"
        return files.keys.contains { $0.hasPrefix(prefix) } || folders.contains { $0.hasPrefix(prefix) }
    }

    /// Why `key` is not there: a file where a folder on the way should be
    /// is `ENOTDIR`, as on a disk; else `ENOENT`.
    private func missingCode(_ key: String) -> Int32 {
        var folder = FileSystem.parent(of: key)
        while folder != "/" && folder != "." {
            if files[folder] != nil { return ENOTDIR }
            folder = FileSystem.parent(of: folder)
        }
        return ENOENT
    }

    /// The key a write to `path` replaces, or the problem a disk would give.
    private func writableKey(_ path: String) throws(FileSystem.Problem) -> String {
        let key = Self.normalized(path)
        if isFolder(key) || path.hasSuffix("/") { throw failure("cannot write '\(path)'", code: EISDIR) }
        guard isFolder(FileSystem.parent(of: key)) else {
            throw failure("cannot write '\(path)'", code: missingCode(key))
        }
        return key
    }

    private func failure(_ what: String, code: Int32) -> FileSystem.Problem {
        FileSystem.Problem(description: "\(what): \(FileSystem.words(for: code))", code: code)
    }
}
