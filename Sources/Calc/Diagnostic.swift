import TextKit

/// An error or a warning about the learner's input, with where it is and
/// what to do about it.
///
/// Diagnostics are values: tests compare them, and the tutor renders them
/// with the source line and a caret (`Views/Results/DiagnosticRenderer.swift`).
/// The message and the hint are typed messages (``CalcMessage`` for the
/// language's own, any ``Message`` for other modules'), so that they can be
/// said in the learner's language; `message` and `hint` give the English.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    /// What went wrong, in one sentence without a final period.
    public var text: DiagnosticText
    /// Where: the caret points at `range.start` and underlines the range.
    public var range: SourceRange?
    /// What to do about it, if there is more to say than the message.
    public var hintText: DiagnosticText?

    /// What went wrong, in English.
    public var message: String {
        get { text.en }
        set { text = DiagnosticText(CalcMessage.text(newValue)) }
    }

    /// What to do about it, in English.
    public var hint: String? {
        get { hintText?.en }
        set { hintText = newValue.map { DiagnosticText(CalcMessage.text($0)) } }
    }

    /// The message as a ``CalcMessage``, when the language made it: for
    /// callers that tell one error from another by its case.
    public var calcMessage: CalcMessage? { text.message as? CalcMessage }

    /// What went wrong, in `language`.
    public func message(in language: Language) -> String { text.text(language) }

    /// What to do about it, in `language`.
    public func hint(in language: Language) -> String? { hintText?.text(language) }

    /// A diagnostic in plain English (for modules whose sentences are not yet messages).
    public init(_ severity: Severity = .error, _ message: String, at range: SourceRange?, hint: String? = nil) {
        self.severity = severity
        self.text = DiagnosticText(CalcMessage.text(message))
        self.range = range
        self.hintText = hint.map { DiagnosticText(CalcMessage.text($0)) }
    }

    /// A diagnostic saying typed messages.
    public init(_ severity: Severity = .error, _ message: some Message, at range: SourceRange?, hint: (any Message)? = nil) {
        self.severity = severity
        self.text = DiagnosticText(message)
        self.range = range
        self.hintText = hint.map { DiagnosticText(any: $0) }
    }

    public static func error(_ message: String, at range: SourceRange?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: range, hint: hint)
    }

    public static func warning(_ message: String, at range: SourceRange?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: range, hint: hint)
    }

    /// An error of the language itself.
    public static func error(_ message: CalcMessage, at range: SourceRange?, hint: CalcMessage? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: range, hint: hint)
    }

    /// A warning of the language itself.
    public static func warning(_ message: CalcMessage, at range: SourceRange?, hint: CalcMessage? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: range, hint: hint)
    }

    /// An error saying any module's message.
    public static func error(_ message: some Message, at range: SourceRange?, hint: (any Message)? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: range, hint: hint)
    }

    /// A warning saying any module's message.
    public static func warning(_ message: some Message, at range: SourceRange?, hint: (any Message)? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: range, hint: hint)
    }

    public var location: SourceLocation? { range?.start }

    public var description: String {
        var text = "\(location.map { "\($0): " } ?? "")\(severity.rawValue): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}

/// Any message, held in a diagnostic. Two are equal when their English is:
/// a test that writes the English out compares equal to the typed message.
public struct DiagnosticText: Hashable, Sendable {
    /// The message itself, for callers that look at its case.
    public let message: any Message
    /// Its texts, rendered once.
    public let texts: Texts

    public init(_ message: some Message) {
        self.message = message
        self.texts = message.texts
    }

    public init(any message: any Message) {
        self.message = message
        self.texts = message.texts
    }

    /// The English.
    public var en: String { texts.en }

    /// The text in `language`.
    public func text(_ language: Language) -> String { texts(language).withVisibleControlsKeepingStyle }

    public static func == (lhs: DiagnosticText, rhs: DiagnosticText) -> Bool { lhs.en == rhs.en }
    public func hash(into hasher: inout Hasher) { hasher.combine(en) }
}
