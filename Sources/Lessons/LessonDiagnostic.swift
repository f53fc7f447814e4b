import TextKit

/// A problem in a lesson file, at a line: printed `FILE:LINE: message`, as
/// compilers do, so that editors can jump to it.
public struct LessonDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// 1-based; 0 when the problem is about the file as a whole.
    public var line: Int
    /// In English: what `--json` writes and the tests compare.
    public var message: String
    /// In Chinese, when the diagnostic comes from the catalog; nil for a
    /// message made elsewhere (a Calc diagnostic, a file system error),
    /// which is shown as it is.
    public var chinese: String?

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// A diagnostic said in both languages.
    public init(path: String, line: Int, _ said: LessonDiagnosticMessage) {
        self.init(path: path, line: line, message: said.text(.en))
        chinese = said.text(.zh)
    }

    public var description: String { text(.en) }

    /// `FILE:LINE: message` in `language` (English where no Chinese is known).
    public func text(_ language: Language) -> String {
        let said = language == .zh ? (chinese ?? message) : message
        return line > 0 ? "\(path):\(line): \(said)" : "\(path): \(said)"
    }
}

/// Every problem found in one or more lesson files.
public struct LessonDiagnostics: Error, Sendable {
    public var all: [LessonDiagnostic]

    public init(_ all: [LessonDiagnostic]) {
        self.all = all
    }
}
