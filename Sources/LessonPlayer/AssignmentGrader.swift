import Tutor
import TextKit
import Calc
import Lessons

/// `micrograd grade ASSIGNMENT.md STUDENT.mg...` (docs/grading.md): each
/// student's script is run, sandboxed, and then the task checks of the
/// assignment (a lesson file) are applied to the names the script defined.
///
/// The `setup:` code of the assignment's steps runs first, so that a
/// script may use the names the assignment gives. The script runs as lesson code does (``Session/runsLessonCode``): it
/// cannot read or write files or raise the limits, the environment is an
/// ``InMemoryEnvironment``, and ``timeLimit`` bounds its running time (the
/// language has no loops, but `:train loss 100000000 ...` is long). The
/// script stops at its first error, as `micrograd run` does; the checks
/// then see what it defined up to there.
public struct AssignmentGrader {
    public let assignment: Lesson
    public var language: Language
    /// The running time a script is given before it is stopped.
    public var timeLimit: Duration

    public init(assignment: Lesson, language: Language = .en, timeLimit: Duration = .seconds(10)) {
        self.assignment = assignment
        self.language = language
        self.timeLimit = timeLimit
    }

    /// The task steps: what is graded.
    public var tasks: [Step] {
        assignment.steps.filter { if case .task = $0.kind { true } else { false } }
    }

    /// One task step's result for one student.
    public struct StepGrade: Sendable, Equatable {
        public var step: String
        public var passed: Bool
        /// Why not, in the grader's language (the lesson's own words).
        public var reason: String?

        public init(step: String, passed: Bool, reason: String? = nil) {
            self.step = step
            self.passed = passed
            self.reason = reason
        }
    }

    /// How a student's script ran.
    public enum Status: Sendable, Equatable {
        case ran
        /// The script stopped at an error: the first line of the error as
        /// the tutor says it, and the line of the script.
        case failed(message: String, line: Int)
        /// Stopped after ``timeLimit`` (in seconds, as written).
        case stopped(String)
        /// The file could not be read (missing, not UTF-8, ...).
        case unreadable(String)

        var name: String {
            switch self {
            case .ran: "ok"
            case .failed: "error"
            case .stopped: "stopped"
            case .unreadable: "unreadable"
            }
        }
    }

    public struct StudentGrade: Sendable, Equatable {
        /// The script's path as given.
        public var student: String
        public var status: Status
        public var steps: [StepGrade]

        public init(student: String, status: Status, steps: [StepGrade]) {
            self.student = student
            self.status = status
            self.steps = steps
        }

        public var passed: Int { steps.filter(\.passed).count }
        public var total: Int { steps.count }
        public var score: Double { total == 0 ? 0 : Double(passed) / Double(total) }

        /// One line of `grade --json` (docs/json.md):
        /// `{"student": ..., "status": "ok", "passed": N, "total": N, "score": 0.5, "steps": [...]}`,
        /// with `message` (and `line`) when the script did not run through.
        public var json: JSON {
            var members: [(String, JSON)] = [("student", .string(student)), ("status", .string(status.name))]
            switch status {
            case .ran: break
            case .failed(let message, let line):
                members.append(("message", .string(message)))
                members.append(("line", .int(line)))
            case .stopped(let seconds): members.append(("message", .string(GradeMessage.stopped(seconds: seconds).text(.en))))
            case .unreadable(let problem): members.append(("message", .string(problem)))
            }
            members += [("passed", .int(passed)), ("total", .int(total)), ("score", .number(score))]
            members.append(("steps", .array(steps.map { step in
                var fields: [(String, JSON)] = [("step", .string(step.step)), ("passed", .bool(step.passed))]
                if let reason = step.reason { fields.append(("reason", .string(reason))) }
                return .object(fields)
            })))
            return .object(members)
        }
    }

    /// Grades the script at `student`, whose text was read (or not).
    public func grade(student: String, text: Result<String, some Error & CustomStringConvertible>) -> StudentGrade {
        let source: String
        switch text {
        case .success(let read): source = read
        case .failure(let problem):
            return StudentGrade(
                student: student, status: .unreadable(problem.description),
                steps: tasks.map { StepGrade(step: $0.id, passed: false, reason: GradeMessage.notRun.text(language)) })
        }
        var said = ""
        let session = Session(options: SessionOptions(), environment: InMemoryEnvironment()) { said += $0 }
        session.language = language
        session.runsLessonCode = true
        let clock = ContinuousClock()
        let start = clock.now
        let limit = timeLimit
        var stopped = false
        session.shouldStop = {
            if clock.now - start > limit { stopped = true }
            return stopped
        }
        let seconds = NumberFormatting.human(Double(timeLimit.components.seconds) + Double(timeLimit.components.attoseconds) * 1e-18)
        // The names the assignment gives (each step's `setup:`), then the script.
        for step in assignment.steps {
            for line in step.setup { session.handle(line.text, sourceName: assignment.path, lineNumber: line.line) }
        }
        let script = Script(parsing: source)
        var status = Status.ran
        var statements: [String] = []
        for entry in script.entries where !stopped {
            said = ""
            let outcome = session.handle(entry.input, sourceName: student, lineNumber: entry.line)
            if outcome == .failed {
                status = stopped ? .stopped(seconds) : .failed(message: Self.firstLine(of: said), line: Self.line(of: said) ?? entry.line)
                break
            }
            if outcome == .quit { break }
            if outcome == .done, !entry.input.trimmingSpaces.hasPrefix(":") { statements.append(entry.input) }
        }
        if stopped { status = .stopped(seconds) }
        if status == .ran, session.finish(sourceName: student) == .failed {
            status = .failed(message: Self.firstLine(of: said), line: script.entries.last?.line ?? 0)
        }
        let words = LessonWords(language: language)
        let checker = AnswerChecker(workspace: session.workspace)
        let steps = tasks.map { step -> StepGrade in
            guard case .task(let checks, let answer) = step.kind else { return StepGrade(step: step.id, passed: false) }
            let (name, input) = Self.statement(answering: answer, among: statements)
            // The name the model answer makes, never made: say that, not
            // what a check of the statement would say of a missing one.
            if let name, session.workspace.value(named: name) == nil {
                return StepGrade(step: step.id, passed: false, reason: words.reason(.unknownName(name), format: { NumberFormatting.human($0) }))
            }
            guard let failure = checker.firstFailure(of: checks, input: input) else {
                return StepGrade(step: step.id, passed: true)
            }
            return StepGrade(step: step.id, passed: false, reason: words.reason(failure, format: { NumberFormatting.human($0) }))
        }
        return StudentGrade(student: student, status: status, steps: steps)
    }

    /// The student's statement that answers a task: the last one that
    /// assigns the name the model answer assigns last (`L = ...` for an
    /// answer `L = (a*b + c)*f`), for the checks that read the statement
    /// itself (`equivalent`, `assigns`); empty when there is none. With
    /// the name.
    static func statement(answering answer: [CodeLine], among statements: [String]) -> (name: String?, statement: String) {
        let model = answer.map(\.text).joined(separator: "\n")
        guard let name = (try? Parser.parse(model))?.last?.assignedName else { return (nil, "") }
        return (name, statements.last { ((try? Parser.parse($0))?.contains { $0.assignedName == name }) ?? false } ?? "")
    }

    /// The line a diagnostic `FILE:LINE:COLUMN: error: ...` names (a
    /// statement over several lines fails at one of them).
    static func line(of said: String) -> Int? {
        guard let first = said.split(separator: "\n").first, let marker = first.firstRange(of: ": error: ") else { return nil }
        let place = first[..<marker.lowerBound].split(separator: ":")
        return place.count >= 2 ? Int(place[place.count - 2]) : nil
    }

    /// The first line of what the session said about an error, without the
    /// source line and caret under it, nor its `FILE:LINE:COLUMN: error: `
    /// (the row names the student and the line already).
    static func firstLine(of said: String) -> String {
        let lines = said.split(separator: "\n").map { String($0).trimmingSpaces }
        let first = lines.first { !$0.isEmpty } ?? ""
        guard let marker = first.firstRange(of: ": error: ") else { return first }
        return String(first[marker.upperBound...])
    }
}
