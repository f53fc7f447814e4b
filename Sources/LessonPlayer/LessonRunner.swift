import Tutor
import Views
import TextKit
import Platform
import Lessons
import Calc

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
    /// The known start state of each step seen (``knownStart(of:)``), by
    /// step index; forgotten when another lesson or language is opened.
    var knownStarts: [Int: [String: Numbers]] = [:]
    /// Lines handled so far, and the one at which `:restart` last asked:
    /// the next line, if it is `:restart` again, confirms.
    var linesHandled = 0
    var restartAskedAt: Int?
    /// Whether the note that looking is not answering was given.
    var saidLookingIsFree = false
    /// Names the learner assigned while on the current step: changing them
    /// is working on the step, not a state the step did not start from.
    var assignedInStep: Set<String> = []
    /// Each step's outcome in the lesson opened last, for grading.
    public let report = LessonReport()

    /// Called when lesson code (setup, run, a model answer) fails: the line
    /// and what the session said. `lessons check` collects these.
    public var onCodeFailure: ((CodeLine, String) -> Void)?
    /// What the session wrote last, for `onCodeFailure`.
    var captured = ""
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
        session.quizScores = store
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

    /// The runner's own words wrapped to the lesson's width.
    func wrapped(_ text: String) -> String {
        ProseLayout.fit(text, width: width)
    }

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
    ///
    /// `step` (a step id or a step number, `--step`) opens the lesson at
    /// that step in its known start state, for review or for a demo.
    @discardableResult
    public func start(_ name: String?, atStep step: String? = nil) -> Bool {
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
        guard let step else { return open(chosen, resume: true) }
        guard let lesson = load(chosen) else { return false }
        guard let index = lesson.index(ofStep: step) ?? Int(step).flatMap({ $0 >= 1 && $0 <= lesson.steps.count ? $0 - 1 : nil })
        else {
            let ids = lesson.steps.map(\.id)
            if let near = closestName(to: step, among: ids) {
                say(style.error(words(LessonMessage.unknownStepNear(step, near: near))))
            } else {
                say(style.error(wrapped(words(LessonMessage.unknownStep(step, steps: ids.joined(separator: ", "))))))
            }
            return false
        }
        return open(chosen, resume: false, at: index)
    }

    /// Opens `entry`: at `step` when given (`--step`), else at its saved
    /// step when `resume`, else at the start. A step is opened in its known
    /// start state (``rebuildState(before:)``), and says what it set up.
    @discardableResult
    func open(_ entry: LessonCatalog.Entry, resume: Bool, at step: Int? = nil) -> Bool {
        guard let lesson = load(entry) else { return false }
        self.entry = entry
        self.lesson = lesson
        report.start(lesson)
        finishedLesson = nil
        knownStarts = [:]
        pendingInput = []
        let saved = store?.progress.lessons[entry.id]
        stepIndex = 0
        // The steps done stay done when a lesson is opened again: reviewing
        // a finished lesson forgets nothing.
        done = saved?.done.filter { lesson.index(ofStep: $0) != nil } ?? []
        say("")
        say(style.bold("\(catalog.position(of: entry.id) ?? 0). \(lesson.title)") + style.dim(words.stepsAfterTitle(lesson.steps.count)))
        if lesson.language != language { note(words.onlyIn(lesson.language)) }
        var start = 0
        if let step {
            start = step
            say(words(LessonMessage.openedAt(step + 1, of: lesson.steps.count, id: lesson.steps[step].id)))
        } else if resume, let saved {
            if let step = saved.step, let index = lesson.index(ofStep: step), index > 0 {
                start = index
                say(words.resuming(lesson.title, index + 1, lesson.steps.count))
            } else if saved.isFinished {
                say(words.startingAgain)
            } else if let step = saved.step, lesson.index(ofStep: step) == nil {
                // The lesson was edited and the step is gone: say so, and go
                // on at the first step not done rather than silently at 1.
                start = lesson.steps.firstIndex { !done.contains($0.id) } ?? 0
                say(words.savedStepGone(step, start + 1))
            }
        }
        rebuildState(before: start)
        stepIndex = start
        record()
        showStep(announcingState: start > 0)
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
            runCode(Self.code(of: step), echo: false)
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
        linesHandled += 1
        // A pasted `>>> ` prompt, `help`, `quit`: read as a Python user means them.
        guard let line = session.prepare(line, continuesPaste: continuesPaste) else { return .done }
        session.inputIsPrepared = true
        defer { session.inputIsPrepared = false }
        // While `:backward` steps or `:quiz` asks, every line (Enter too) belongs to it.
        if session.isStepping || session.isQuizzing { return pass(line) }
        let trimmed = line.trimmingSpaces
        if pendingInput.isEmpty, trimmed.hasPrefix(":"), let outcome = runCommand(trimmed) {
            return outcome
        }
        guard let step = currentStep else {
            if trimmed.isEmpty && pendingInput.isEmpty { return .done }
            return pass(line)
        }
        // A question's answer is free text, but a command is still a command
        // (`:vars`, `:help`), there and while its points are ticked.
        if case .question = step.kind, trimmed.hasPrefix(":"), pendingInput.isEmpty { return pass(line) }
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
            guard let choice = Self.choice(trimmed, count: options.count) else {
                // A whole number that is no option's (`5`, `0`) was meant as a
                // choice, not as an expression to show.
                if Int(Self.choiceText(trimmed)) != nil {
                    note(words.choiceFooter(options.count))
                    return .done
                }
                return pass(line)
            }
            if choice == correct {
                passed(step)
            } else {
                report.record(.wrongAnswer, step: step.id)
                say(words.joined(words.wrongChoice, words.tryAgain))
            }
            return .done
        case .number(let expected, let tolerance, _):
            return answerNumber(line, expected: expected, tolerance: tolerance, step: step)
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
        // Ctrl-C leaves `micrograd quiz`'s quiz, and with it the program,
        // which then exits 130 as any program stopped by Ctrl-C does.
        if session.wantsToQuit, !wantsToQuit {
            wantsToQuit = true
            wasInterrupted = true
        }
    }

    /// Whether Ctrl-C ended the run (`micrograd quiz`): its exit status is 130.
    public private(set) var wasInterrupted = false

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
        let text = choiceText(text)
        if let number = Int(text), number >= 1, number <= count { return number - 1 }
        if text.count == 1, let scalar = text.lowercased().unicodeScalars.first, ("a"..."z").contains(scalar) {
            let index = Int(scalar.value) - Int(("a" as Unicode.Scalar).value)
            return index < count ? index : nil
        }
        return nil
    }

    /// A choice as typed, without the mark a list puts after its number
    /// (`3.`, `3)`, `3、`, `(c)`), full-width digits read as ASCII.
    static func choiceText(_ text: String) -> String {
        var text = String(text.map(FullWidth.halfWidth))
        if text.hasPrefix("("), text.hasSuffix(")"), text.count > 2 { text = String(text.dropFirst().dropLast()) }
        if let last = text.last, text.count > 1, [".", ")", "、"].contains(last) { text.removeLast() }
        return text
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
            for statement in (try? Parser.parse(input)) ?? [] {
                if let name = statement.assignedName { assignedInStep.insert(name) }
            }
            guard Self.isAnswer(input) else {
                if !saidLookingIsFree {
                    saidLookingIsFree = true
                    note(words(LessonMessage.lookingIsFree))
                }
                return .done
            }
            // The checks read the typed line only for what it computed; a
            // command such as :train is an answer by what it changed.
            let typed = input.trimmingSpaces.hasPrefix(":") ? "" : input
            if let failure = AnswerChecker(workspace: session.workspace).firstFailure(of: checks, input: typed) {
                // A name the answer makes is not there yet: the learner is
                // on the way (the first of two lines), not wrong.
                if case .unknownName(let name) = failure, Self.changes(byAnswerOf: step).names.contains(name) {
                    note(words(LessonMessage.stillToCome(name)))
                    return .done
                }
                report.record(.wrongAnswer, step: step.id)
                var reason = words.joined(words.notYet(words.reason(failure, format: { NumberFormatting.human($0) })), words.tryAgain)
                if let changed = changedState(for: step) { reason = words.joined(reason, changed) }
                say(style.warning(ProseLayout.render(reason, width: width)))
            } else {
                passed(step)
            }
            return .done
        }
    }

    /// Whether what the learner typed in a task is an answer to grade: a
    /// statement that computes or assigns, or a command that changes the
    /// session (`:train`, `:step`). A bare name (`x_train`) or a command
    /// that only shows (`:vars`, `:graph`) looks around, right or wrong.
    static func isAnswer(_ input: String) -> Bool {
        let trimmed = input.trimmingSpaces
        if trimmed.hasPrefix(":") {
            return Session.command(inLine: trimmed)?.effect == .changes
        }
        guard let statements = try? Parser.parse(input), !statements.isEmpty else { return true }
        return !statements.allSatisfy { statement in
            guard statement.assignedName == nil else { return false }
            var expression = statement.expression
            while case .parenthesized(let inner, _) = expression { expression = inner }
            if case .name = expression { return true }
            return false
        }
    }

    /// A number step: any expression of numbers, or of the names there are
    /// (`1 - o**2`), is graded by its value; words get "type a number"; an
    /// assignment or a command goes to the session, to look or prepare.
    private func answerNumber(_ line: String, expected: Double, tolerance: Tolerance, step: Step) -> Session.Outcome {
        let trimmed = line.trimmingSpaces
        if !pendingInput.isEmpty || session.hasPendingInput || trimmed.hasPrefix(":") { return pass(line) }
        let value: Double
        switch ConstantExpression.evaluate(trimmed) {
        case .success(let number):
            value = number
        case .failure(let failure) where failure.reason == .typeDigits:
            say(wrapped(words.joined(words(LessonMessage.typeANumber(trimmed)), words.tryAgain)))
            return .done
        case .failure:
            guard let statements = try? Parser.parse(trimmed) else {
                // Not a statement at all: words, most likely.
                say(wrapped(words.joined(words(LessonMessage.typeANumber(trimmed)), words.tryAgain)))
                return .done
            }
            guard statements.count == 1, statements[0].assignedName == nil else { return pass(line) }
            let unknown = ExpressionNames.of(statements[0].expression).filter { session.workspace.value(named: $0) == nil }
            if !unknown.isEmpty, Builtins.function(named: unknown[0]) == nil {
                say(wrapped(words.joined(words(LessonMessage.typeANumber(trimmed)), words.tryAgain)))
                return .done
            }
            // Run as typed (so `grad(L + L, a)` sees the real graph), but
            // shown as one line: the expression's table would show the
            // gradients the step asks to predict. An error is shown whole.
            let shown = muted
            muted = true
            captured = ""
            capturing = true
            let outcome = pass(line)
            capturing = false
            muted = shown
            guard outcome == .done, let result = session.workspace.lastResult else {
                if !muted { output(captured) }
                return outcome
            }
            // One number, also as a 1×1 array (`dw_seed / g` of column vectors).
            guard result.nodes.count == 1, let node = result.nodes.first else {
                say(wrapped(words.joined(words(LessonMessage.oneNumberNeeded(describe(shape: result.shape))), words.tryAgain)))
                return .done
            }
            value = session.workspace.tape.data(node)
            say(style.dim("\(trimmed) = \(NumberFormatting.human(value))"))
        }
        if tolerance.accepts(value, for: expected) || Self.isAsShown(value, expected) {
            passed(step)
        } else {
            report.record(.wrongAnswer, step: step.id)
            say(words.joined(words.wrongNumber(NumberFormatting.human(value)), words.tryAgain))
        }
        return .done
    }

    /// Whether `value` is `expected` as the tutor prints it (0.01562 for
    /// 0.015625): a learner who types the digits a table showed is right,
    /// whatever the step's tolerance.
    static func isAsShown(_ value: Double, _ expected: Double) -> Bool {
        guard let shown = Double(NumberFormatting.human(expected)) else { return false }
        return value == shown
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
        report.record(.ticked(ticked.count, of: points.count), step: step.id)
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
        report.record(.passed, step: step.id)
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
        if let step = currentStep, !step.expectsAnswer { report.record(.read, step: step.id) }
        hintsShown = 0
        awaitingTicks = false
        assignedInStep = []
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
        let here = stepIndex
        do {
            try store.update { progress in
                progress.lastLesson = entry.id
                let saved = progress.lessons[entry.id]
                // The furthest step stays the furthest while the learner
                // goes back or reviews; finishing once is for good.
                let before = (saved?.furthest ?? saved?.step).flatMap(lesson.index(ofStep:)) ?? 0
                let furthest = Swift.max(before, here)
                let finished = step == nil || saved?.isFinished == true
                let furthestID = furthest > here && furthest < lesson.steps.count ? lesson.steps[furthest].id : nil
                progress.lessons[entry.id] = LessonProgress(step: step, done: done, finished: finished, furthest: furthestID)
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

    /// Shows the current step, running its setup first. `announcingState`
    /// (opened at this step, resumed, `:retry`) also says which names the
    /// earlier steps' model answers made, since the learner did not see them made.
    func showStep(announcingState: Bool = false) {
        guard let lesson, let step = currentStep else { return }
        let rule = style.rule
        say("")
        say(style.dim("\(rule)\(rule) \(stepIndex + 1)/\(lesson.steps.count) \(rule)\(rule)"))
        if announcingState, !session.workspace.names.isEmpty {
            say(style.dim(ProseLayout.render(words(LessonMessage.stateFromEarlierSteps(describeState(session.workspace.names))), width: width)))
        }
        if !step.setup.isEmpty {
            muted = true
            runCode(step.setup, echo: false)
            muted = false
            // A statement that fits in half a line is not broken across two
            // (`f` / `= d*e`): its spaces are held together while wrapping.
            let glue: Character = "\u{00A0}"
            var code = step.setup.map(\.text).filter { !$0.hasPrefix("#") }
                .map { DisplayWidth.of($0) <= width / 2 ? String($0.map { $0 == " " ? glue : $0 }) : $0 }
                .joined(separator: "; ")
            // A network's setup is a dozen statements: the first few say what it is.
            if code.count > 160, let cut = code.prefix(160).lastIndex(of: ";") { code = code[..<cut] + "; …" }
            let shown = wrapped(words.joined(words.setUp, code))
            say(style.dim(String(shown.map { $0 == glue ? " " : $0 })))
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
