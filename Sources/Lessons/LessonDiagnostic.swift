/// A problem in a lesson file, at a line: printed `FILE:LINE: message`, as
/// compilers do, so that editors can jump to it.
public struct LessonDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// 1-based; 0 when the problem is about the file as a whole.
    public var line: Int
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)"
    }
}

/// Every problem found in one or more lesson files.
public struct LessonDiagnostics: Error, Sendable {
    public var all: [LessonDiagnostic]

    public init(_ all: [LessonDiagnostic]) {
        self.all = all
    }
}
