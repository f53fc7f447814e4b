import Platform

/// The real files, processes and variables, through ``Platform``: what the
/// executable gives a session.
public struct SystemEnvironment: SessionEnvironment, Sendable {
    /// Asked while a read waits on a pipe or a terminal (see
    /// ``FileSystem/readText(_:shouldStop:)``): the executable passes its
    /// Ctrl-C flag, so that `:load` of a pipe that never ends can be left.
    let shouldStop: @Sendable () -> Bool

    public init(shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.shouldStop = shouldStop
    }

    public func readText(_ path: String) throws(FileSystem.Problem) -> String {
        try FileSystem.readText(path, shouldStop: shouldStop)
    }

    public func writeAtomically(_ text: String, to path: String) throws(FileSystem.Problem) {
        try FileSystem.writeAtomically(text, to: path, mode: FileSystem.sharedFileMode)
    }

    public func exists(_ path: String) -> Bool { FileSystem.exists(path) }

    public func isDirectory(_ path: String) -> Bool { FileSystem.isDirectory(path) }

    public func firstLine(of path: String) -> String? { FileSystem.firstLine(of: path) }

    public func listDirectory(_ path: String) -> [FileSystem.DirectoryEntry]? { FileSystem.listDirectory(path) }

    public func renderGraph(_ dot: String, format: String, to path: String) throws(FileSystem.Problem) -> Bool {
        // Graphviz draws into the replace's temporary file, so a failed
        // drawing leaves the old file (or none) and never half of one.
        var installed = true
        do throws(FileSystem.Problem) {
            try FileSystem.replaceAtomically(path, mode: FileSystem.sharedFileMode) { file throws(FileSystem.Problem) in
                switch GraphvizProgram.render(dot, to: file.path, format: format) {
                case .rendered: return
                case .notInstalled:
                    installed = false
                    throw FileSystem.Problem(description: "Graphviz's dot program is not installed")
                case .failed(let reason):
                    throw FileSystem.Problem(description: "could not draw \(path): \(reason)")
                }
            }
        } catch {
            if !installed { return false }
            throw error
        }
        return true
    }

    public func variable(_ name: String) -> String? { ProcessEnvironment.variable(name) }

    public var home: String? { ProcessEnvironment.home }
}
