import Tutor
import Views
import TextKit
import Platform
import Lessons

/// Plays guided lessons: lines in, text out, like ``Session``, which it
/// owns and hands every line that is not an answer or a lesson command, so
/// that expressions and every REPL command work inside a lesson.
///
/// The runner knows nothing of terminals: the executable reads lines (from
/// libedit or a pipe) and calls ``handle(_:)``; tests and `lessons check`
/// do the same with lines of their own.
public final class LessonRunner {
    public let session: Session
    public let catalog: LessonCatalog
    let store: ProgressStore?
    /// Where `:lang` remembers the learner's choice for the next start
    /// (besides the progress file, which older versions read).
    public var settings: SettingsFile?
    public internal(set) var language: Language {
        didSet { session.language = language }
    }
    let output: (String) -> Void
    /// While true, the session's output is dropped (replaying earlier steps).
    var muted = false
    /// Set by `:quit`.
    public internal(set) var wantsToQuit = false

    /// The open lesson, in the current language, and where the learner is.
    public internal(set) var lesson: Lesson?
    var entry: LessonCatalog.Entry?
    public internal(set) var stepIndex = 0
    /// Steps answered, passed or skipped in the open lesson.
    var done: [String] = []
    var hintsShown = 0
    /// A free-text question whose model answer is shown: the next line ticks key points.
    var awaitingTicks = false
    /// Lines of a statement still open (a bracket), typed for a task.
    var pendingInput: [String] = []
    /// The lesson is over; `:next` opens the one after.
    var finishedLesson: LessonCatalog.Entry?

    /// Called when lesson code (setup, run, a model answer) fails: the line
    /// and what the session said. `lessons check` collects these.
    public var onCodeFailure: ((CodeLine, String) -> Void)?
    /// What the session wrote last, for `onCodeFailure`.
    private var captured = ""
    var capturing = false

    var words: LessonWords { LessonWords(language: language) }
    var style: Style { session.options.style }

    /// `language` is the one asked for (`--lang`); without it, the one the
    /// learner chose last with `:lang`, else `fallback` (from the locale).
    /// `environment` is the session's (see ``SessionEnvironment``).
    public init(
        catalog: LessonCatalog, store: ProgressStore?, language: Language?, fallback: Language = .en,
        options: SessionOptions, environment: any SessionEnvironment = SystemEnvironment(),
        write: @escaping (String) -> Void
    ) {
        self.catalog = catalog
        self.store = store
        output = write
        var sessionOptions = options
        sessionOptions.json = false
        let box = WriteBox()
        session = Session(options: sessionOptions, environment: environment) { text in box.write?(text) }
        let note = store?.load()
        self.language = language ?? store?.progress.language ?? fallback
        session.language = self.language
        box.write = { [unowned self] text in
            if capturing { captured += text }
            if !muted { output(text) }
        }
        switch note {
        case .keptAside(let reason, let path): say(style.warning(words.keptAside(reason, path)))
        case .unusable(let reason): say(style.warning(words.unusable(reason)))
        case nil: break
        }
    }

    /// Lets the session's write closure reach the runner made after it.
    private final class WriteBox {
        var write: ((String) -> Void)?
    }

    func say(_ text: String) {
        // Prose is laid out already; what is not (a resume or ending line,
        // a command's advice) still fits the width at word boundaries.
        output(session.fitted(text) + "\n")
    }

    var width: Int { Swift.min(session.options.width, 100) }

    /// A line of the runner's own guidance, wrapped and dimmed.
    func note(_ text: String) {
        say(style.dim(ProseLayout.render(text, width: width)))
    }

    /// The prompt: `[1·3/12] >>> ` in a lesson (lesson 1, step 3 of 12),
    /// the session's own outside one.
    public var prompt: String {
        guard let lesson, let entry, stepIndex < lesson.steps.count else { return session.prompt.text }
        let position = catalog.position(of: entry.id) ?? 0
        let dot = style.unicode ? "·" : "."
        return style.dim("[\(position)\(dot)\(stepIndex + 1)/\(lesson.steps.count)]") + " " + session.prompt.text
    }

    public var currentStep: Step? {
        guard let lesson, stepIndex < lesson.steps.count else { return nil }
        return lesson.steps[stepIndex]
    }

    // MARK: Opening a lesson

    /// Opens the lesson the learner named (a number, an id), or with no
    /// name the one played last, else the first one not finished. A lesson
    /// left in the middle resumes at its step.
    @discardableResult
    public func start(_ name: String?) -> Bool {
        guard !catalog.entries.isEmpty else {
            say(words.noLessons)
            return false
        }
        let chosen: LessonCatalog.Entry
        if let name {
            guard let entry = catalog.entry(named: name) else {
                say(style.error(words.unknownLesson(name)))
                return false
            }
            chosen = entry
        } else {
            let progress = store?.progress.lessons ?? [:]
            let last = store?.progress.lastLesson.flatMap { id in catalog.entries.first { $0.id == id } }
            if let last, progress[last.id]?.isFinished == false {
                chosen = last
            } else {
                chosen = catalog.entries.first { progress[$0.id]?.isFinished != true } ?? catalog.entries[0]
            }
        }
        return open(chosen, resume: true)
    }

    /// Opens `entry`: at its saved step when `resume`, else at the start.
    @discardableResult
    func open(_ entry: LessonCatalog.Entry, resume: Bool) -> Bool {
        guard let lesson = load(entry) else { return false }
        self.entry = entry
        self.lesson = lesson
        finishedLesson = nil
        session.workspace.reset()
        pendingInput = []
        let saved = store?.progress.lessons[entry.id]
        stepIndex = 0
        done = []
        say("")
        say(style.bold("\(catalog.position(of: entry.id) ?? 0). \(lesson.title)") + style.dim(words.stepsAfterTitle(lesson.steps.count)))
        if lesson.language != language { note(words.onlyIn(lesson.language)) }
        if resume, let saved {
            if let step = saved.step, let index = lesson.index(ofStep: step), index > 0 {
                done = saved.done.filter { lesson.index(ofStep: $0) != nil }
                replay(upTo: index)
                stepIndex = index
                say(words.resuming(lesson.title, index + 1, lesson.steps.count))
                note(words.replayed)
            } else if saved.isFinished {
                say(words.startingAgain)
            }
        }
        record()
        showStep()
        return true
    }

    func load(_ entry: LessonCatalog.Entry) -> Lesson? {
        do {
            return try catalog.load(entry, language: language)
        } catch {
            say(style.error(words.cannotLoad))
            for problem in error.all { say("  " + problem.text(language)) }
            return nil
        }
    }

    /// Runs, without showing it, the code of the steps before `index`, so
    /// that the names those steps made exist again after a restart.
    func replay(upTo index: Int) {
        guard let lesson else { return }
        muted = true
        defer { muted = false }
        for step in lesson.steps[..<index] {
            runCode(step.setup, echo: false)
            switch step.kind {
            case .run(let code): runCode(code, echo: false)
            case .task(_, let answer): runCode(answer, echo: false)
            default: break
            }
        }
    }

    /// Runs lesson code through the session, as typed lines, but with the
    /// commands that reach past the session refused
    /// (``Session/runsLessonCode``): a lesson file cannot touch the
    /// learner's files or raise the limits.
    func runCode(_ lines: [CodeLine], echo: Bool) {
        let echoing = session.options.echoInput
        let wasLessonCode = session.runsLessonCode
        session.options.echoInput = echo
        session.runsLessonCode = true
        defer {
            session.options.echoInput = echoing
            session.runsLessonCode = wasLessonCode
        }
        for line in lines {
            captured = ""
            capturing = true
            let outcome = session.handle(line.text, sourceName: lesson?.path ?? "<lesson>", lineNumber: line.line)
            capturing = false
            if outcome == .failed { onCodeFailure?(line, captured) }
        }
        if session.finish(sourceName: lesson?.path ?? "<lesson>") == .failed, let last = lines.last {
            onCodeFailure?(last, captured)
        }
    }

    // MARK: Lines

    /// Handles one line of input: a lesson command, an answer, or anything
    /// for the session.
    @discardableResult
    public func handle(_ line: String, continuesPaste: Bool = true) -> Session.Outcome {
        // A pasted `>>> ` prompt, `help`, `quit`: read as a Python user means them.
        guard let line = session.prepare(line, continuesPaste: continuesPaste) else { return .done }
        session.inputIsPrepared = true
        defer { session.inputIsPrepared = false }
        // While `:backward` steps, every line (Enter too) belongs to it.
        if session.isStepping { return pass(line) }
        let trimmed = line.trimmingSpaces
        if pendingInput.isEmpty, trimmed.hasPrefix(":"), let outcome = runCommand(trimmed) {
            return outcome
        }
        guard let step = currentStep else {
            if trimmed.isEmpty && pendingInput.isEmpty { return .done }
            return pass(line)
        }
        if awaitingTicks { return tick(line, step: step) }
        switch step.kind {
        case .prose, .run:
            if trimmed.isEmpty && !session.hasPendingInput {
                advance()
                return .done
            }
            return pass(line)
        case .task(let checks, _):
            if trimmed.isEmpty && pendingInput.isEmpty {
                note(words.typeAnswer)
                return .done
            }
            return attempt(line, checks: checks, step: step)
        case .choice(let options, let correct):
            guard let choice = Self.choice(trimmed, count: options.count) else { return pass(line) }
            if choice == correct {
                passed(step)
            } else {
                say(words.joined(words.wrongChoice, words.tryAgain))
            }
            return .done
        case .number(let expected, let tolerance, _):
            guard case .success(let value) = ConstantExpression.evaluate(trimmed) else { return pass(line) }
            if Swift.abs(value - expected) <= tolerance {
                passed(step)
            } else {
                say(words.joined(words.wrongNumber(NumberFormatting.human(value)), words.tryAgain))
            }
            return .done
        case .question(let answer, let points):
            reveal(answer: answer, points: points)
            say(words.tickPoints)
            awaitingTicks = true
            return .done
        }
    }

    /// Drops a half-entered statement, the runner's copy of it too (Ctrl-C
    /// at a `...` prompt), or stops `:backward` stepping.
    public func cancelPending() {
        pendingInput = []
        session.cancelPending()
    }

    /// What Tab offers: the session's completions, with the lessons of the
    /// catalog for `:lesson`.
    public func complete(_ textBeforeCursor: String) -> Completion {
        session.complete(textBeforeCursor, lessons: catalog.entries.map(\.id))
    }

    /// Ends the input: a statement still open is an error, as in the REPL.
    public func finish() {
        pendingInput = []
        _ = session.finish()
    }

    func pass(_ line: String) -> Session.Outcome {
        let outcome = session.handle(line, sourceName: "<input>", lineNumber: 1)
        if outcome == .quit { wantsToQuit = true }
        return outcome
    }

    /// `1`..`n`, or `a`..: the option chosen (from 0), if the line is one.
    static func choice(_ text: String, count: Int) -> Int? {
        if let number = Int(text), number >= 1, number <= count { return number - 1 }
        if text.count == 1, let scalar = text.lowercased().unicodeScalars.first, ("a"..."z").contains(scalar) {
            let index = Int(scalar.value) - Int(("a" as Unicode.Scalar).value)
            return index < count ? index : nil
        }
        return nil
    }

    private func attempt(_ line: String, checks: [Check], step: Step) -> Session.Outcome {
        let outcome = session.handle(line, sourceName: "<input>", lineNumber: 1)
        pendingInput.append(line)
        switch outcome {
        case .incomplete:
            return outcome
        case .failed, .quit:
            pendingInput = []
            if outcome == .quit { wantsToQuit = true }
            return outcome
        case .done:
            let input = pendingInput.joined(separator: "\n")
            pendingInput = []
            // A command such as :vars or :graph looks around; it is no answer.
            if input.trimmingSpaces.hasPrefix(":") { return .done }
            if let failure = AnswerChecker(workspace: session.workspace).firstFailure(of: checks, input: input) {
                let reason = words.joined(words.notYet(words.reason(failure, format: { NumberFormatting.human($0) })), words.tryAgain)
                say(style.warning(ProseLayout.render(reason, width: width)))
            } else {
                passed(step)
            }
            return .done
        }
    }

    private func tick(_ line: String, step: Step) -> Session.Outcome {
        guard case .question(_, let points) = step.kind else { return .done }
        let text = line.trimmingSpaces.lowercased()
        var ticked = Set<Int>()
        if text == "all" || text == "全部" {
            ticked = Set(0..<points.count)
        } else if !text.isEmpty {
            for word in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "，" }) {
                guard let number = Int(word), number >= 1, number <= points.count else {
                    say(words.badTicks(points.count))
                    return .done
                }
                ticked.insert(number - 1)
            }
        }
        awaitingTicks = false
        say(words.covered(ticked.count, of: points.count))
        completed(step)
        return .done
    }

    func reveal(answer: String, points: [String]) {
        say(style.bold(words.modelAnswer))
        say(ProseLayout.render(answer, width: width, indent: "  "))
        say(style.bold(words.keyPoints))
        for (index, point) in points.enumerated() {
            say(ProseLayout.render("\(index + 1). \(point)", width: width, indent: "  "))
        }
    }

    // MARK: Moving on

    func passed(_ step: Step) {
        say(style.good((style.unicode ? "✓ " : "") + words.right))
        completed(step)
    }

    /// Shows the explanation, marks the step done and goes to the next.
    func completed(_ step: Step) {
        if let explanation = step.explanation {
            say(ProseLayout.render(explanation, width: width))
        }
        advance()
    }

    func advance() {
        guard let lesson, let entry else { return }
        if let step = currentStep, !done.contains(step.id) { done.append(step.id) }
        hintsShown = 0
        awaitingTicks = false
        stepIndex += 1
        if stepIndex >= lesson.steps.count {
            record()
            say("")
            say(style.good(words.lessonComplete(lesson.title)))
            let position = catalog.position(of: entry.id) ?? catalog.entries.count
            if position < catalog.entries.count {
                let next = catalog.entries[position]
                let title = (try? catalog.load(next, language: language))?.title ?? next.id
                say(words.nextLesson(position + 1, title))
            } else {
                say(words.allDone)
            }
            finishedLesson = entry
            self.lesson = nil
            self.entry = nil
            return
        }
        record()
        showStep()
    }

    /// Saves where the learner is. A failure to save is said, once per
    /// reason, and the lesson goes on; its reason is returned (nil when
    /// saved, or when there is nothing to save). `warn: false` leaves the
    /// saying to the caller.
    @discardableResult
    func record(warn: Bool = true) -> String? {
        guard let store, let entry, let lesson else { return nil }
        let step = stepIndex < lesson.steps.count ? lesson.steps[stepIndex].id : nil
        let done = self.done
        do {
            try store.update { progress in
                progress.lastLesson = entry.id
                progress.lessons[entry.id] = LessonProgress(step: step, done: done)
            }
        } catch {
            if warn && error.description != lastSaveFailure { say(style.warning(words.saveFailed(error.description))) }
            lastSaveFailure = error.description
            return error.description
        }
        lastSaveFailure = nil
        return nil
    }

    private var lastSaveFailure: String?

    // MARK: Showing a step

    func showStep() {
        guard let lesson, let step = currentStep else { return }
        let rule = style.rule
        say("")
        say(style.dim("\(rule)\(rule) \(stepIndex + 1)/\(lesson.steps.count) \(rule)\(rule)"))
        if !step.setup.isEmpty {
            muted = true
            runCode(step.setup, echo: false)
            muted = false
            let code = step.setup.map(\.text).filter { !$0.hasPrefix("#") }.joined(separator: "; ")
            say(style.dim(words.joined(words.setUp, code)))
        }
        if !step.text.isEmpty { say(ProseLayout.render(step.text, width: width)) }
        switch step.kind {
        case .prose:
            note(words.enterToGoOn)
        case .run(let code):
            say("")
            runCode(code, echo: true)
            if let explanation = step.explanation { say(ProseLayout.render(explanation, width: width)) }
            note(words.enterToGoOn)
        case .task:
            note(words.taskFooter)
        case .choice(let options, _):
            for (index, option) in options.enumerated() {
                say(ProseLayout.render("\(index + 1). \(option.text)", width: width, indent: "  "))
            }
            note(words.choiceFooter(options.count))
        case .number:
            note(words.numberFooter)
        case .question:
            note(words.questionFooter)
        }
    }
}
