import TextKit

/// What a quiz asked and how each question was answered: the lines of
/// `micrograd quiz --json` (docs/json.md), kept by the session as the
/// answers come.
public struct QuizReport: Sendable {
    /// One question answered with a number.
    public struct Answer: Sendable {
        /// Which of a round's two questions.
        public enum Question: String, Sendable {
            /// dL/d(node): the gradient of an input or an inner node.
            case gradient
            /// The parameter after one step of gradient descent.
            case step
        }

        public let round: QuizRound
        public let question: Question
        /// The number typed.
        public let given: Double
        public let right: Bool
        /// Lines the typed answer was no number (asked again), before it.
        public let rejected: [String]
        /// The worked answer without colour: the chain rule for the node
        /// asked (the lines `:explain L d` prints), or the step worked out.
        public let explanation: [String]

        /// The node the question is about: the node asked, or the parameter.
        public var asked: String { question == .gradient ? round.asked : round.parameter }

        /// The right answer.
        public var expected: Double { question == .gradient ? round.gradient : round.stepped }

        /// `{"round": 1, "question": "gradient", "graph": [...], "asked": "d", ...}`.
        public var json: JSON {
            var members: [(String, JSON)] = [
                ("round", .int(round.number)), ("question", .string(question.rawValue)),
                ("graph", .array(round.lines.map(JSON.string))), ("asked", .string(asked)),
                ("derivative", .string(question == .gradient ? round.derivative : round.parameterDerivative)),
            ]
            if question == .step { members.append(("rate", .number(round.rate))) }
            members += [
                ("expected", .number(expected)), ("given", .number(given)), ("right", .bool(right)),
                ("rejected", .array(rejected.map(JSON.string))), ("explanation", .array(explanation.map(JSON.string))),
            ]
            return .object(members)
        }
    }

    /// The seed the quiz started from.
    public var seed: UInt64?
    /// The questions answered, in order.
    public var answers: [Answer] = []

    public init() {}

    /// Whether every question answered was answered right (none answered: true).
    public var allRight: Bool { answers.allSatisfy(\.right) }

    /// The last line: `{"summary": {"seed": 3, "rounds": 2, "questions": 4, "right": 3, "score": 0.75, "streak": 1, "best": 2}}`.
    /// `score` is `right / questions` (0 when none was answered).
    public func summaryJSON(score: QuizScore) -> JSON {
        let right = answers.filter(\.right).count
        let seedJSON: JSON = seed.map { $0 <= UInt64(Int.max) ? .int(Int($0)) : .string(String($0)) } ?? .null
        return .object([
            (
                "summary",
                .object([
                    ("seed", seedJSON), ("rounds", .int(Set(answers.map(\.round.number)).count)),
                    ("questions", .int(answers.count)), ("right", .int(right)),
                    ("score", .number(answers.isEmpty ? 0 : Double(right) / Double(answers.count))),
                    ("streak", .int(score.streak)), ("best", .int(score.best)),
                ])
            )
        ])
    }
}
