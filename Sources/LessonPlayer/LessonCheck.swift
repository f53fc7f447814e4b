import Tutor
import Views
import TextKit
import Lessons

/// `micrograd lessons check`: every lesson file of a folder read (syntax
/// errors at `FILE:LINE`), its languages compared step by step, and every
/// lesson played through with its own model answers, which must pass its
/// own checks, as rustlings' `dev check` and swirlify's `test_lesson` do.
public enum LessonCheck {
    /// The outcome for one file.
    public struct FileResult: Sendable {
        public var path: String
        public var lesson: String?
        public var language: Language?
        /// Steps read (0 when the file could not be read).
        public var steps: Int
        public var problems: [LessonDiagnostic]
    }

    /// Checks the lessons under `root` (a folder with `en/` and `zh/`), or
    /// only `file` when given (a lesson file inside such a folder).
    public static func run(root: String, only file: String? = nil, options: SessionOptions) -> [FileResult] {
        let catalog = LessonCatalog(roots: [root])
        var results: [FileResult] = []
        var byPath: [String: Int] = [:]
        func add(_ problem: LessonDiagnostic) {
            if let index = byPath[problem.path] {
                results[index].problems.append(problem)
            } else {
                byPath[problem.path] = results.count
                results.append(FileResult(path: problem.path, lesson: nil, language: nil, steps: 0, problems: [problem]))
            }
        }
        for problem in catalog.problems where file == nil || problem.path == file || problem.path == root { add(problem) }
        for entry in catalog.entries {
            var parsed: [Language: Lesson] = [:]
            for language in Language.allCases {
                guard let path = entry.files[language], file == nil || path == file else { continue }
                byPath[path] = byPath[path] ?? results.count
                if byPath[path] == results.count {
                    results.append(FileResult(path: path, lesson: entry.id, language: language, steps: 0, problems: []))
                }
                guard let index = byPath[path] else { continue }
                results[index].lesson = entry.id
                results[index].language = language
                results[index].problems += catalog.controlCharacters(entry, language: language)
                do {
                    let lesson = try catalog.load(entry, language: language)
                    results[index].steps = lesson.steps.count
                    parsed[language] = lesson
                } catch {
                    results[index].problems += error.all
                }
            }
            if let reference = parsed[.en], let other = parsed[.zh] {
                for problem in LanguageMatch.problems(reference, other) { add(problem) }
            }
            for (language, lesson) in parsed.sorted(by: { $0.key < $1.key }) {
                let refused = outOfReach(lesson)
                for problem in refused { add(problem) }
                let flagged = Set(refused.map(\.line))
                for problem in play(entry, language: language, catalog: catalog, options: options, expectedSteps: lesson.steps.count)
                where !(problem.path == lesson.path && flagged.contains(problem.line)) {
                    add(problem)
                }
            }
        }
        return results
    }

    /// The lines of a lesson's own code (setup, run, model answers) that
    /// name a command lesson code may not run (``CommandInfo/reachesOutside``:
    /// `:save`, `:load`, `:dot`, `:set`), each at its line.
    public static func outOfReach(_ lesson: Lesson) -> [LessonDiagnostic] {
        var problems: [LessonDiagnostic] = []
        for step in lesson.steps {
            var code = step.setup
            switch step.kind {
            case .run(let lines): code += lines
            case .task(_, let answer): code += answer
            default: break
            }
            for line in code {
                guard let info = Session.commandOutOfLessonReach(line.text) else { continue }
                problems.append(LessonDiagnostic(path: lesson.path, line: line.line, .commandNotInLessons(":\(info.name)")))
            }
        }
        return problems
    }

    /// Plays a lesson with its own model answers and returns what failed.
    /// The session runs over an ``InMemoryEnvironment`` and treats every
    /// line as lesson code, so that nothing the lesson does reaches the
    /// disk, whatever the checks above miss.
    public static func play(
        _ entry: LessonCatalog.Entry, language: Language, catalog: LessonCatalog, options: SessionOptions,
        expectedSteps: Int
    ) -> [LessonDiagnostic] {
        var problems: [LessonDiagnostic] = []
        var options = options
        options.style = .plain
        let runner = LessonRunner(
            catalog: catalog, store: nil, language: language, options: options, environment: InMemoryEnvironment()
        ) { _ in }
        runner.session.runsLessonCode = true
        runner.onCodeFailure = { line, said in
            // The echo of the line (`>>> s = sigmoid(y)`) says where, the
            // diagnostic after it says why: keep the why.
            let lines = said.split(separator: "\n").map(String.init)
            let first = lines.first { !$0.hasPrefix(">>>") && !$0.trimmingSpaces.isEmpty } ?? lines.first ?? ""
            problems.append(LessonDiagnostic(path: runner.lesson?.path ?? entry.id, line: line.line, .codeFails(first)))
        }
        guard runner.open(entry, resume: false), let lesson = runner.lesson else { return problems }
        var played = 0
        while let step = runner.currentStep, played <= expectedSteps {
            played += 1
            let index = runner.stepIndex
            problems += playForms(of: step, at: index, runner: runner, lesson: lesson, entry: entry)
            var reason: LessonDiagnosticMessage?
            switch step.kind {
            case .prose, .run:
                runner.handle("")
            case .task(let checks, let answer):
                var input: [String] = []
                for line in answer {
                    input.append(line.text)
                    runner.handle(line.text)
                    if runner.stepIndex != index { break }
                }
                if runner.stepIndex == index {
                    let typed = input.filter { !$0.hasPrefix(":") }.joined(separator: "\n")
                    let failure = AnswerChecker(workspace: runner.session.workspace).firstFailure(of: checks, input: typed)
                    let said = { (language: Language) in
                        LessonWords(language: language).reason(failure!, format: { NumberFormatting.human($0) })
                    }
                    reason = failure == nil ? .answerLineFails(step.id)
                        : .answerFailsChecks(step.id, because: Texts(en: said(.en), zh: said(.zh)))
                }
            case .choice(_, let correct):
                runner.handle("\(correct + 1)")
            case .number(let expected, _, _):
                runner.handle("\(expected)")
            case .question:
                runner.handle("(the model answer)")
                runner.handle("all")
            }
            if runner.stepIndex == index, runner.lesson != nil {
                // A wrong model answer is reported at its `answer:` line, where it is fixed.
                var line = step.line
                if case .task(_, let answer) = step.kind, reason != nil, let first = answer.first { line = first.line }
                problems.append(LessonDiagnostic(path: lesson.path, line: line, reason ?? .stepStuck(step.id)))
                runner.advance()
            }
        }
        return problems
    }

    /// Tries every `also:` and `not:` line of the step the runner is at,
    /// from a checkpoint of its start state (the state the model answers
    /// of the earlier steps made), then puts the runner back there.
    static func playForms(of step: Step, at index: Int, runner: LessonRunner, lesson: Lesson, entry: LessonCatalog.Entry)
        -> [LessonDiagnostic]
    {
        guard !step.alternatives.isEmpty || !step.wrongAnswers.isEmpty else { return [] }
        let start = runner.session.workspace.checkpoint()
        // Played with the model answers, this is the step's known start state:
        // the runner need not build it again to tell a changed state.
        runner.rememberKnownStart(of: index)
        defer { runner.rewind(to: index, from: start, in: lesson, entry: entry) }
        var problems: [LessonDiagnostic] = []
        for line in step.alternatives where !runner.passes(line.text, at: index, from: start, in: lesson, entry: entry) {
            problems.append(LessonDiagnostic(path: lesson.path, line: line.line, .alternativeFails(step.id, line.text)))
        }
        for line in step.wrongAnswers where runner.passes(line.text, at: index, from: start, in: lesson, entry: entry) {
            problems.append(LessonDiagnostic(path: lesson.path, line: line.line, .wrongAnswerPasses(step.id, line.text)))
        }
        return problems
    }
}

extension LessonCheck.FileResult {
    /// One line of `lessons check --json` (docs/json.md):
    /// `{"file": ..., "lesson": ..., "language": ..., "steps": N, "ok": true, "errors": [{"file": ..., "line": N, "message": ...}]}`.
    public var json: String {
        let errors: [JSON] = problems.map { problem in
            .object([("file", .string(problem.path)), ("line", .int(problem.line)), ("message", .string(problem.message))])
        }
        return JSON.object([
            ("file", .string(path)),
            ("lesson", .string(orNull: lesson)),
            ("language", .string(orNull: language?.rawValue)),
            ("steps", .int(steps)),
            ("ok", .bool(problems.isEmpty)),
            ("errors", .array(errors)),
        ]).encoded
    }
}

extension LessonCheck {
    /// The last line of `lessons check --json`: `{"summary": {"files": N, "lessons": N, "errors": N}}`.
    public static func summaryJSON(_ results: [FileResult]) -> String {
        let lessons = Set(results.compactMap(\.lesson)).count
        let errors = results.reduce(0) { $0 + $1.problems.count }
        return JSON.object([
            ("summary", .object([("files", .int(results.count)), ("lessons", .int(lessons)), ("errors", .int(errors))]))
        ]).encoded
    }
}
