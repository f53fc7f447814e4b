import Platform
import TextKit
/// A guided lesson: a title and steps, read from one file such as
/// `lessons/en/01-basics.md`.
///
/// The same lesson in another language is another file with the same name
/// under another language folder; the two share their step ids and kinds,
/// so a learner can switch language in the middle and keep the place.
public struct Lesson: Sendable, Equatable {
    /// From the file name: `01-basics.md` has the id `basics`.
    public var id: String
    /// From the file name's numeric prefix (`01-`), if it has one; lessons
    /// are listed in this order, unnumbered ones after, by id.
    public var number: Int?
    public var title: String
    public var language: Language
    public var steps: [Step]
    /// The path it was read from, for messages (`FILE:LINE`).
    public var path: String

    public init(id: String, number: Int?, title: String, language: Language, steps: [Step], path: String) {
        self.id = id
        self.number = number
        self.title = title
        self.language = language
        self.steps = steps
        self.path = path
    }

    /// The index of the step with this id.
    public func index(ofStep id: String) -> Int? {
        steps.firstIndex { $0.id == id }
    }
}

/// One step of a lesson: what the learner reads, and what the learner does.
public struct Step: Sendable, Equatable {
    /// Unique within the lesson, the same in every language.
    public var id: String
    public var kind: Kind
    /// The text shown when the step starts (Markdown-ish prose).
    public var text: String
    /// Code run quietly before the step starts, so that its names exist.
    public var setup: [CodeLine]
    public var hints: [String]
    /// Shown after the step is answered (or skipped).
    public var explanation: String?
    /// The line of the `## KIND ID` heading.
    public var line: Int
    /// A task's `also:` lines: other right answers, as written.
    public var alternatives: [String] = []
    /// A task's `not:` lines: known wrong answers, as written.
    public var wrongAnswers: [String] = []

    public enum Kind: Sendable, Equatable {
        /// Text to read.
        case prose
        /// Code the tutor runs and shows, as if typed.
        case run(code: [CodeLine])
        /// Something the learner types in the tutor, checked by its value,
        /// its gradient or its equivalence to a model expression.
        case task(checks: [Check], answer: [CodeLine])
        /// Pick one of several options.
        case choice(options: [Option], correct: Int)
        /// A number, right within a tolerance.
        case number(expected: Double, tolerance: Double, answer: String?)
        /// An answer in the learner's own words, compared by the learner
        /// with the model answer and a checklist of key points.
        case question(answer: String, points: [String])
    }

    /// The name of the kind as written in a heading: `## task make-c`.
    public var kindName: String {
        switch kind {
        case .prose: "prose"
        case .run: "run"
        case .task: "task"
        case .choice: "choice"
        case .number: "number"
        case .question: "question"
        }
    }

    /// Whether the learner must answer before the lesson moves on.
    public var expectsAnswer: Bool {
        switch kind {
        case .prose, .run: false
        case .task, .choice, .number, .question: true
        }
    }

    public init(
        id: String, kind: Kind, text: String, setup: [CodeLine] = [], hints: [String] = [],
        explanation: String? = nil, line: Int
    ) {
        self.id = id
        self.kind = kind
        self.text = text
        self.setup = setup
        self.hints = hints
        self.explanation = explanation
        self.line = line
    }
}

/// One line of code in a lesson file (a statement or a REPL command), with
/// the line of the file it was written on.
public struct CodeLine: Sendable, Equatable {
    public var text: String
    public var line: Int

    public init(_ text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// An option of a multiple-choice step.
public struct Option: Sendable, Equatable {
    public var text: String
    public var line: Int

    public init(_ text: String, line: Int) {
        self.text = text
        self.line = line
    }
}
