/// An error or a warning about the learner's input, with where it is and
/// what to do about it.
///
/// Diagnostics are values: tests compare them, and the tutor renders them
/// with the source line and a caret (`Tutor/DiagnosticRenderer.swift`).
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    /// What went wrong, in one sentence without a final period.
    public var message: String
    /// Where: the caret points at `range.start` and underlines the range.
    public var range: SourceRange?
    /// What to do about it, if there is more to say than the message.
    public var hint: String?

    public init(_ severity: Severity = .error, _ message: String, at range: SourceRange?, hint: String? = nil) {
        self.severity = severity
        self.message = message
        self.range = range
        self.hint = hint
    }

    public static func error(_ message: String, at range: SourceRange?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: range, hint: hint)
    }

    public static func warning(_ message: String, at range: SourceRange?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: range, hint: hint)
    }

    public var location: SourceLocation? { range?.start }

    public var description: String {
        var text = "\(location.map { "\($0): " } ?? "")\(severity.rawValue): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}
