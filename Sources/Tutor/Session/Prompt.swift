/// What the session waits for, as the prompt before the next line says
/// it. Transcripts show the same prompts before their input lines, so the
/// texts are spelled here only.
public enum Prompt: Sendable, CaseIterable, Equatable {
    /// `>>> `: a statement or a command.
    case statement
    /// `... `: more of a statement whose bracket is still open.
    case continuation
    /// `backward> `: a key for `:backward`, which is stepping.
    case backward
    /// `quiz> `: an answer to `:quiz`'s question.
    case quiz

    /// The prompt as shown before the line.
    public var text: String {
        switch self {
        case .statement: ">>> "
        case .continuation: "... "
        case .backward: "backward> "
        case .quiz: "quiz> "
        }
    }

    /// The prompt without its trailing space: how a transcript shows an
    /// empty input line (`>>>`).
    public var bare: String { String(text.dropLast()) }

    /// Whether the session's echo of an input line dims the prompt. The
    /// statement prompts are dimmed so that the input stands out;
    /// `backward>`, added with stepping, has always been shown plain.
    var isDimmedInEcho: Bool { self != .backward }
}
