import Platform

/// Everything a ``Session`` reaches outside itself: files (`:save`,
/// `:load`, `:dot FILE`, Tab on a file name), Graphviz, and the
/// environment variables. The session touches the operating system only
/// through this value, so that tests and the fuzzer can give it an
/// ``InMemoryEnvironment`` and run every command without a disk.
///
/// The executable gives it a ``SystemEnvironment``, which is also the
/// default. Each requirement keeps the contract of the ``FileSystem``
/// call the system one makes, errors worded alike.
public protocol SessionEnvironment {
    /// The text of a file, as ``FileSystem/readText(_:)`` reads it.
    func readText(_ path: String) throws(FileSystem.Problem) -> String
    /// Replaces a file, all or nothing, readable by others (0644), as
    /// ``FileSystem/writeAtomically(_:to:mode:)`` does.
    func writeAtomically(_ text: String, to path: String) throws(FileSystem.Problem)
    /// Whether the name is taken (by anything, a dangling link included).
    func exists(_ path: String) -> Bool
    /// Whether `path` is a folder (or a link to one).
    func isDirectory(_ path: String) -> Bool
    /// The first line of a regular file, nil for anything else.
    func firstLine(of path: String) -> String?
    /// A folder's entries sorted by name, nil if it cannot be read.
    func listDirectory(_ path: String) -> [FileSystem.DirectoryEntry]?
    /// Draws the DOT text with Graphviz as `format` (one of
    /// ``GraphvizProgram/formats``) into `path`, replacing it all or
    /// nothing. False, with nothing written, when Graphviz is not
    /// installed; a problem when it is and the drawing fails.
    func renderGraph(_ dot: String, format: String, to path: String) throws(FileSystem.Problem) -> Bool
    /// An environment variable.
    func variable(_ name: String) -> String?
    /// The home folder (an absolute path), for the hint that `~` is not
    /// expanded.
    var home: String? { get }
}
