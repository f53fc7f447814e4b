#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// One name in a folder, and whether it is a folder itself.
    public struct DirectoryEntry: Sendable, Equatable, Hashable {
        public let name: String
        /// A folder, or a symbolic link to one (Tab goes on into either).
        public let isFolder: Bool

        public init(name: String, isFolder: Bool) {
            self.name = name
            self.isFolder = isFolder
        }
    }

    /// The entries of a folder, sorted by name, without `.` and `..`; nil
    /// if it cannot be read.
    public static func listDirectory(_ path: String) -> [DirectoryEntry]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [DirectoryEntry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let isFolder: Bool
            switch Int(entry.pointee.d_type) {
            case Int(DT_DIR): isFolder = true
            case Int(DT_LNK), Int(DT_UNKNOWN):
                // A link says nothing of its target, and some file systems
                // give no type at all: ask the target.
                isFolder = FileSystem.isDirectory(join(path, name))
            default: isFolder = false
            }
            entries.append(DirectoryEntry(name: name, isFolder: isFolder))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// `mkdir -p`: creates `path` and any missing parents with `mode`
    /// (0700 for the history's folders, which nobody else needs to list).
    /// Folders that exist already are left as they are.
    public static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws(Problem) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            prefix += "/" + part
            if isDirectory(prefix) { continue }
            // EEXIST: another process made it meanwhile, which is fine.
            if mkdir(prefix, mode) != 0 && errno != EEXIST {
                throw .failed("cannot create the folder '\(prefix)'", code: errno)
            }
        }
        guard isDirectory(path) else { throw Problem(description: "'\(path)' exists but is not a folder", code: ENOTDIR) }
    }
}
