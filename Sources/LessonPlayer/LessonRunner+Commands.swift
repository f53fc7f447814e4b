import Tutor
import TextKit
import Platform
import Lessons

extension LessonRunner {
    /// The commands the runner answers itself, declared once in
    /// ``LessonCommandSpecs`` (the plain session lists the same ones for
    /// `:help` and Tab); `:quit` is the session's, with the runner's own
    /// ending. Every other `:command` goes to the session.
    static let commands: CommandTable<LessonRunner> = [
        Command(LessonCommandSpecs.lesson) { runner, arguments in runner.start(arguments.lesson?.text) },
        Command(LessonCommandSpecs.menu) { runner, _ in runner.showMenu() },
        Command(LessonCommandSpecs.next) { runner, _ in runner.next() },
        Command(LessonCommandSpecs.back) { runner, _ in runner.back() },
        Command(LessonCommandSpecs.hint) { runner, _ in runner.hint() },
        Command(LessonCommandSpecs.skip) { runner, _ in runner.skip() },
        Command(LessonCommandSpecs.progress) { runner, _ in runner.showProgress() },
        Command(LessonCommandSpecs.retry) { runner, _ in runner.retry() },
        Command(LessonCommandSpecs.restart) { runner, _ in runner.restart() },
        Command(LessonCommandSpecs.lang) { runner, arguments in runner.switchLanguage(to: arguments.language) },
        Command(Session.quitCommand) { runner, _ in runner.quit() },
    ]

    /// Runs `line` if it is one of the runner's commands; nil if it is not.
    func runCommand(_ line: String) -> Session.Outcome? {
        let input = CommandInput(line: line, lineNumber: 1)
        do {
            guard try Self.commands.run(input, in: self) != nil else { return nil }
        } catch {
            return session.report(error, sourceName: "<input>", lines: [line], firstLine: 1)
        }
        return wantsToQuit ? .quit : .done
    }

    func showMenu() {
        say(LessonListing(catalog: catalog, progress: store?.progress, words: words, style: style).render(width: session.options.width))
        note(words.menuFooter)
    }

    func quit() {
        if let lesson, stepIndex < lesson.steps.count {
            // Said saved only when it is: written again now, so that the
            // words are about this very save.
            let step = stepIndex + 1, count = lesson.steps.count
            if let store {
                if store.isReadOnly {
                    say(style.warning(words.placeNotSaved(step, count, words.progressFileLeft(store.path))))
                } else if let problem = record(warn: false) {
                    say(style.warning(words.placeNotSaved(step, count, problem)))
                } else {
                    say(words.saved(step, count))
                }
            } else {
                say(style.warning(words.placeNotSaved(step, count, words.noHomeFolder)))
            }
        }
        wantsToQuit = true
    }

    func next() {
        guard let step = currentStep else {
            if let finished = finishedLesson, let position = catalog.position(of: finished.id), position < catalog.entries.count {
                open(catalog.entries[position], resume: true)
            } else {
                say(words.notInLesson)
            }
            return
        }
        if step.expectsAnswer && !done.contains(step.id) {
            say(words.answerFirst)
            return
        }
        advance()
    }

    func back() {
        guard currentStep != nil else {
            say(words.notInLesson)
            return
        }
        guard stepIndex > 0 else {
            say(words.atFirstStep)
            return
        }
        stepIndex -= 1
        hintsShown = 0
        assignedInStep = []
        awaitingTicks = false
        pendingInput = []
        record()
        showStep()
    }

    func hint() {
        guard let step = currentStep else {
            say(words.notInLesson)
            return
        }
        guard !step.hints.isEmpty else {
            say(words.noHints)
            return
        }
        guard hintsShown < step.hints.count else {
            say(words.noMoreHints)
            return
        }
        hintsShown += 1
        report.record(.hint, step: step.id)
        let prefix = words.hint(hintsShown, of: step.hints.count)
        say(ProseLayout.render(prefix + step.hints[hintsShown - 1], width: width))
    }

    /// Shows the model answer and, for a task, runs it, so that the lesson
    /// can go on with the names it defines.
    func skip() {
        guard let step = currentStep else {
            say(words.notInLesson)
            return
        }
        pendingInput = []
        session.cancelPending()
        if step.expectsAnswer { report.record(.skipped, step: step.id) }
        switch step.kind {
        case .prose, .run:
            advance()
            return
        case .task(_, let answer):
            // The model answer is right for the step's start state: from
            // another one (a name nudged, the data trained) it may fail, so
            // the step is put back first, the learner's own names kept.
            if changedState(for: step, ignoringOwnWork: false) != nil {
                restoreStartState {
                    muted = true
                    runCode(step.setup, echo: false)
                    muted = false
                }
            }
            say(style.bold(words.modelAnswer))
            runCode(answer, echo: true)
        case .choice(let options, let correct):
            say(style.bold(words.theAnswerIs) + " \(correct + 1). \(options[correct].text)")
        case .number(let expected, _, let answer):
            say(words.joined(style.bold(words.theAnswerIs), answer ?? NumberFormatting.human(expected)))
        case .question(let answer, let points):
            if !awaitingTicks { reveal(answer: answer, points: points) }
            awaitingTicks = false
        }
        completed(step)
    }

    /// `:restart` asks first, saying what it forgets; `:restart` again
    /// as the very next line confirms. A lesson finished once stays
    /// finished: only the place and the done marks go.
    func restart() {
        guard let entry = entry ?? finishedLesson else {
            say(words.notInLesson)
            return
        }
        let confirmed = restartAskedAt == linesHandled - 1
        restartAskedAt = nil
        guard confirmed else {
            restartAskedAt = linesHandled
            let title = (lesson ?? load(entry))?.title ?? entry.id
            say(style.warning(wrapped(words(LessonMessage.restartAsks(title, doneSteps: done.count)))))
            return
        }
        say(words.restarted)
        if let store {
            let finished = store.progress.lessons[entry.id]?.isFinished == true
            try? store.update {
                $0.lessons[entry.id] = finished ? LessonProgress(step: nil, done: [], finished: true) : nil
            }
        }
        open(entry, resume: false)
    }

    func showProgress() {
        guard let lesson, let step = currentStep else {
            say(LessonListing(catalog: catalog, progress: store?.progress, words: words, style: style).render(width: session.options.width))
            return
        }
        say(words.progressLine(lesson.title, stepIndex + 1, lesson.steps.count, done.count))
        for (index, each) in lesson.steps.enumerated() {
            let mark = each.id == step.id ? "▶" : done.contains(each.id) ? "✓" : " "
            let ascii = each.id == step.id ? ">" : done.contains(each.id) ? "x" : " "
            say("  \(style.unicode ? mark : ascii) \(TextLayout.padLeft(String(index + 1), to: 2)) \(TextLayout.padRight(StepKindMessage(rawValue: each.kindName)?.text(language) ?? each.kindName, to: 8)) \(each.id)")
        }
        say(style.dim(store.map { words.savedIn($0.path) } ?? words.notSaved))
    }

    func switchLanguage(to chosen: Language) {
        language = chosen
        if let store {
            try? store.update { $0.language = chosen }
        }
        try? settings?.remember(chosen)
        say(words.switchedLanguage(chosen))
        guard let entry, let step = currentStep, let reloaded = load(entry) else { return }
        lesson = reloaded
        knownStarts = [:]
        if let index = reloaded.index(ofStep: step.id) { stepIndex = index }
        awaitingTicks = false
        hintsShown = 0
        showStep()
    }
}
