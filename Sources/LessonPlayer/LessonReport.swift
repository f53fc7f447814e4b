import TextKit
import Lessons

/// What happened at one step of a lesson played: for grading
/// (`micrograd lesson ID --json`, docs/grading.md).
public struct StepOutcome: Sendable, Equatable {
    public var step: String
    /// As written in the heading: `task`, `choice`, ...
    public var kind: String
    /// Whether the step asks for an answer and so counts in the score:
    /// prose and run steps are read, not graded.
    public var graded: Bool
    /// Answered right (a task, choice or number), answered at all (a
    /// question, whose key points the learner ticks), or, for a step that is
    /// not graded, gone past.
    public var passed = false
    /// Passed over with `:skip`: the model answer was shown, so not passed.
    public var skipped = false
    /// Answers given, the right one included.
    public var attempts = 0
    /// Hints shown.
    public var hints = 0
    /// A question's key points the learner ticked, and how many there are.
    public var pointsTicked: Int?
    public var points: Int?

    public init(
        step: String, kind: String, graded: Bool, passed: Bool = false, skipped: Bool = false, attempts: Int = 0,
        hints: Int = 0
    ) {
        self.step = step
        self.kind = kind
        self.graded = graded
        self.passed = passed
        self.skipped = skipped
        self.attempts = attempts
        self.hints = hints
    }

    /// `{"step": ..., "kind": ..., "graded": ..., "passed": ..., "skipped": ..., "attempts": N, "hints": N}`
    /// (and `points`, `ticked` for a question), as docs/json.md documents.
    public var json: JSON {
        var members: [(String, JSON)] = [
            ("step", .string(step)), ("kind", .string(kind)), ("graded", .bool(graded)), ("passed", .bool(passed)),
            ("skipped", .bool(skipped)), ("attempts", .int(attempts)), ("hints", .int(hints)),
        ]
        if let points, let pointsTicked {
            members.append(("points", .int(points)))
            members.append(("ticked", .int(pointsTicked)))
        }
        return .object(members)
    }
}

/// The outcomes of every step of the lesson being played, in the lesson's
/// order, fed by ``LessonRunner`` at the moments a step is answered, skipped
/// or hinted; steps never reached stay not passed.
public final class LessonReport {
    /// What the runner tells the report.
    public enum Event: Sendable, Equatable {
        case wrongAnswer
        case passed
        case skipped
        case hint
        /// A question answered, with the key points ticked.
        case ticked(Int, of: Int)
        /// A prose or run step gone past.
        case read
    }

    public private(set) var lesson: String?
    public private(set) var steps: [StepOutcome] = []

    public init() {}

    /// Starts over for `lesson`: one outcome per step, none passed.
    func start(_ lesson: Lesson) {
        self.lesson = lesson.id
        steps = lesson.steps.map { StepOutcome(step: $0.id, kind: $0.kindName, graded: $0.expectsAnswer) }
    }

    /// Records `event` at the step `id` (ignored for a step of another lesson).
    func record(_ event: Event, step id: String) {
        guard let index = steps.firstIndex(where: { $0.step == id }) else { return }
        switch event {
        case .wrongAnswer:
            steps[index].attempts += 1
        case .passed:
            steps[index].attempts += 1
            if !steps[index].skipped { steps[index].passed = true }
        case .skipped:
            if !steps[index].passed { steps[index].skipped = true }
        case .hint:
            steps[index].hints += 1
        case .ticked(let ticked, let points):
            steps[index].attempts += 1
            steps[index].passed = !steps[index].skipped
            steps[index].pointsTicked = ticked
            steps[index].points = points
        case .read:
            steps[index].passed = true
        }
    }

    /// Graded steps passed.
    public var passed: Int { steps.filter { $0.graded && $0.passed }.count }
    /// Graded steps.
    public var total: Int { steps.filter(\.graded).count }
    /// `passed / total`, 1 for a lesson with nothing to grade.
    public var score: Double { total == 0 ? 1 : Double(passed) / Double(total) }
    /// Every graded step passed: what the exit status says.
    public var allPassed: Bool { passed == total }

    /// The last line of `lesson --json`:
    /// `{"summary": {"lesson": ..., "answers": FILE, "passed": N, "total": N, "score": 0.75}}`.
    /// `answers` is the file the answers came from, when they did.
    public func summaryJSON(answers: String? = nil) -> JSON {
        var members: [(String, JSON)] = [("lesson", .string(orNull: lesson))]
        if let answers { members.append(("answers", .string(answers))) }
        members += [("passed", .int(passed)), ("total", .int(total)), ("score", .number(score))]
        return .object([("summary", .object(members))])
    }
}
