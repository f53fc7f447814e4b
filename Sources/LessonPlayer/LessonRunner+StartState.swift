import Tutor
import Calc
import Autograd
import TextKit
import Platform
import Lessons

/// Every step of a lesson starts from a known state: a fresh workspace (its
/// random numbers from the session's seed), then, for each earlier step, its
/// `setup:`, its `run` code and its task's model `answer:`, then the step's
/// own `setup:`. What the learner typed on the way does not change it, so a
/// step can always be put back (`:retry`), opened directly (`micrograd
/// lesson ID --step STEP-ID`), and told apart from a state the learner's
/// own lines left it in ("`a` is 2.01 here, the step starts from 2").
extension LessonRunner {
    // MARK: Building the state

    /// Puts the session's workspace into the known start state of the step
    /// at `index`, without showing it; the step's own setup is run by
    /// ``showStep()``.
    func rebuildState(before index: Int) {
        session.workspace.reset()
        session.workspace.random = SeededGenerator(seed: session.options.seed)
        replay(upTo: index)
    }

    /// The names and numbers of the known start state of the step at
    /// `index`, its own setup included: built once per step in a scratch
    /// session over an ``InMemoryEnvironment``, so the learner's own
    /// workspace is not touched.
    func knownStart(of index: Int) -> [String: Numbers] {
        if let cached = knownStarts[index] { return cached }
        guard let lesson, index < lesson.steps.count else { return [:] }
        var options = session.options
        options.echoInput = false
        options.json = false
        let scratch = Session(options: options, environment: InMemoryEnvironment()) { _ in }
        scratch.runsLessonCode = true
        scratch.language = language
        var code: [CodeLine] = []
        for step in lesson.steps[..<index] { code += Self.code(of: step) }
        code += lesson.steps[index].setup
        for line in code { scratch.handle(line.text, sourceName: lesson.path, lineNumber: line.line) }
        scratch.finish(sourceName: lesson.path)
        let numbers = Self.numbersOfNames(in: scratch.workspace)
        knownStarts[index] = numbers
        return numbers
    }

    /// Every name of `workspace` with its numbers.
    static func numbersOfNames(in workspace: Workspace) -> [String: Numbers] {
        let checker = AnswerChecker(workspace: workspace)
        var numbers: [String: Numbers] = [:]
        for name in workspace.names {
            numbers[name] = checker.numbers(of: workspace.value(named: name)!)
        }
        return numbers
    }

    /// Takes the workspace as it is now for the known start state of step
    /// `index`: true when the earlier steps were played with their model
    /// answers and the step's setup has run, as in `lessons check`.
    func rememberKnownStart(of index: Int) {
        knownStarts[index] = Self.numbersOfNames(in: session.workspace)
    }

    /// The code a step runs on the way to later steps: its setup, its run
    /// code, its model answer.
    static func code(of step: Step) -> [CodeLine] {
        switch step.kind {
        case .run(let code): step.setup + code
        case .task(_, let answer): step.setup + answer
        default: step.setup
        }
    }

    /// Whether `answer`, typed at step `index` with the workspace as at
    /// `start` (the step's start state), passes the step: how `lessons
    /// check` tries `also:` and `not:` lines, one after another, without
    /// building the state again for each.
    func passes(
        _ answer: String, at index: Int, from start: Workspace.Checkpoint, in lesson: Lesson, entry: LessonCatalog.Entry
    ) -> Bool {
        rewind(to: index, from: start, in: lesson, entry: entry)
        // What the answer leads to (the next step's setup) is not the lesson's own failure.
        let wasMuted = muted, reporting = onCodeFailure
        muted = true
        onCodeFailure = nil
        defer {
            muted = wasMuted
            onCodeFailure = reporting
        }
        handle(answer)
        return stepIndex != index || self.lesson == nil
    }

    /// Back at step `index` of `lesson`, the workspace as at `start`.
    func rewind(to index: Int, from start: Workspace.Checkpoint, in lesson: Lesson, entry: LessonCatalog.Entry) {
        session.cancelPending()
        session.workspace.restore(start)
        self.lesson = lesson
        self.entry = entry
        finishedLesson = nil
        stepIndex = index
        pendingInput = []
        assignedInStep = []
        awaitingTicks = false
        hintsShown = 0
    }

    // MARK: :retry

    /// `:retry`: the current step as it began, with the names the learner
    /// made that the start state does not have kept (as numbers).
    func retry() {
        guard let lesson, currentStep != nil else {
            say(words.notInLesson)
            return
        }
        pendingInput = []
        session.cancelPending()
        awaitingTicks = false
        say(style.dim(words(LessonMessage.retried(stepIndex + 1, of: lesson.steps.count))))
        hintsShown = 0
        let kept = restoreStartState { showStep(announcingState: true) }
        if !kept.isEmpty {
            note(words(LessonMessage.keptNames(kept.joined(separator: ", "))))
        }
    }

    /// Puts the workspace back to the current step's start state, with
    /// `runSetup` running the step's own setup (showing the step, or
    /// quietly), and the learner's own names that do not clash kept as
    /// numbers; returns those names.
    @discardableResult
    func restoreStartState(runSetup: () -> Void) -> [String] {
        guard let step = currentStep else { return [] }
        let known = knownStart(of: stepIndex)
        let workspace = session.workspace
        let checker = AnswerChecker(workspace: workspace)
        // The names the step's own answer makes are attempts at it, not
        // the learner's to keep: the step begins without them.
        let answers = Self.changes(byAnswerOf: step).names
        let own = workspace.names.filter { known[$0] == nil && !answers.contains($0) }
            .map { ($0, checker.numbers(of: workspace.value(named: $0)!)) }
        rebuildState(before: stepIndex)
        assignedInStep = []
        runSetup()
        for (name, numbers) in own where workspace.value(named: name) == nil {
            workspace.bindLeaves(name, copying: numbers)
        }
        return own.map(\.0)
    }

    // MARK: What the learner sees of it

    /// `a = 2, b = -3, c = -5, x_train [5, 1]`: the names of the state,
    /// a scalar with its value, an array with its shape, at most `limit`.
    func describeState(_ names: [String], limit: Int = 8) -> String {
        let workspace = session.workspace
        var parts: [String] = []
        for name in names.prefix(limit) {
            guard let value = workspace.value(named: name) else { continue }
            switch value {
            case .scalar(let node): parts.append("\(name) = \(NumberFormatting.human(workspace.tape.data(node)))")
            case .array: parts.append("\(name) \(describe(shape: value.shape))")
            }
        }
        if names.count > limit { parts.append("…") }
        return parts.joined(separator: ", ")
    }

    /// After a failed attempt: the names the step starts from that now hold
    /// other numbers, so that an answer right for the start state cannot
    /// pass here (`a = 2.01` typed in the step before, data trained). Nil
    /// when the state is as the step began, apart from what its own answer
    /// changes.
    ///
    /// `ignoringOwnWork: false` counts the learner's changes in this step
    /// too: what `:skip` asks before it runs the model answer.
    func changedState(for step: Step, ignoringOwnWork: Bool = true) -> String? {
        let known = knownStart(of: stepIndex)
        guard !known.isEmpty else { return nil }
        let answer = Self.changes(byAnswerOf: step)
        let moved = answer.names.union(ignoringOwnWork ? assignedInStep : [])
        let workspace = session.workspace
        let checker = AnswerChecker(workspace: workspace)
        var changes: [String] = []
        for name in known.keys.sorted() where !moved.contains(name) {
            // Training without names moves every parameter: only data counts then.
            if answer.movesEveryParameter, !Session.isData(name) { continue }
            guard let want = known[name] else { continue }
            guard let value = workspace.value(named: name) else {
                changes.append(words(LessonMessage.nameGone(name)))
                continue
            }
            let have = checker.numbers(of: value)
            if have.shape != want.shape || !zip(have.values, want.values).allSatisfy({ AnswerChecker.close($0, $1, tolerance: nil) }) {
                // Shown with every digit when the short forms look alike (4.9998 and 4.9998).
                let alike = Self.short(have) == Self.short(want)
                changes.append(words(LessonMessage.nameChanged(
                    name, now: Self.short(have, exact: alike), was: Self.short(want, exact: alike))))
            }
        }
        guard !changes.isEmpty else { return nil }
        let shown = changes.prefix(3).joined(separator: words.language == .zh ? "；" : "; ")
        return words(LessonMessage.stateChanged(shown + (changes.count > 3 ? " …" : "")))
    }

    /// What a step's model answer (or an `also:` answer) changes: the names
    /// it binds or trains by name, and whether it trains without names, which
    /// moves every parameter. Changing these is the step's job, not a broken state.
    struct AnswerChanges {
        var names = Set<String>()
        var movesEveryParameter = false
    }

    static func changes(byAnswerOf step: Step) -> AnswerChanges {
        var changes = AnswerChanges()
        let answers: [CodeLine]
        switch step.kind {
        case .task(_, let answer): answers = answer + step.alternatives
        default: answers = step.alternatives
        }
        for line in answers {
            let words = line.text.split(separator: " ").map(String.init)
            switch words.first {
            case ":train":
                changes.names.formUnion(words.dropFirst(4))
                if words.count <= 4 { changes.movesEveryParameter = true }
            case ":step":
                changes.names.formUnion(words.dropFirst(2))
                if words.count <= 2 { changes.movesEveryParameter = true }
            default:
                for statement in (try? Parser.parse(line.text)) ?? [] {
                    if let name = statement.assignedName { changes.names.insert(name) }
                }
            }
        }
        return changes
    }

    /// One number, or the first few of an array: `2.01`, `[0.31, 0.79, …]`.
    static func short(_ numbers: Numbers, exact: Bool = false) -> String {
        let items = numbers.values.prefix(3).map { exact ? "\($0)" : NumberFormatting.human($0) }
        if numbers.shape.isEmpty { return items.first ?? "?" }
        return "[" + items.joined(separator: ", ") + (numbers.values.count > 3 ? ", …" : "") + "]"
    }
}
