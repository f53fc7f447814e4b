import Views

/// What the session's next line is for. The cases exclude each other: a
/// command (such as `:backward`) starts only at the statement prompt, and
/// a line that is no stepping key ends stepping before it is read.
enum LineMode {
    /// A new statement or command.
    case statement
    /// More of a statement whose brackets are still open.
    case continuing(OpenStatement)
    /// `:backward` is stepping: the line is a key first (see
    /// `Session+Explanation.swift`).
    case stepping(BackwardStepper)
    /// `:quiz` waits for an answer (see `Session+Quiz.swift`).
    case quizzing(QuizState)

    var prompt: Prompt {
        switch self {
        case .statement: .statement
        case .continuing: .continuation
        case .stepping: .backward
        case .quizzing: .quiz
        }
    }
}

/// The lines of a statement that is not finished yet (an open bracket).
struct OpenStatement {
    var lines: [String] = []
    /// The line number of the first line, for errors.
    var firstLine: Int
    /// Brackets left open by the lines so far.
    var depth = 0

    init(firstLine: Int) {
        self.firstLine = firstLine
    }
}
