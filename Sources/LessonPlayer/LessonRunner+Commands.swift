import Tutor
import Views
import TextKit
import Platform
import Calc
import Lessons

extension LessonRunner {
    /// The commands the runner answers itself; every other `:command`
    /// goes to the session. `Session.lessonCommands` lists the same names
    /// for `:help` and Tab.
    static let commandNames: Set<String> = ["next", "back", "hint", "skip", "menu", "lessons", "progress", "quit", "lang", "lesson", "restart"]

    /// Runs `line` if it is a lesson command; nil if it is not one.
    func lessonCommand(_ line: String) -> Session.Outcome? {
        let input = CommandInput(line: line, lineNumber: 1)
        let name = String(line.dropFirst().prefix { !$0.isWhitespace })
        guard Self.commandNames.contains(name) else { return nil }
        let argument = input.words.first?.text
        if input.words.count > 1 || (argument != nil && !["lang", "lesson"].contains(name)) {
            let extra = input.words[name == "lang" || name == "lesson" ? 1 : 0]
            return session.report(
                .error(":\(name) takes \(name == "lang" || name == "lesson" ? "one argument" : "no arguments")", at: extra.range),
                sourceName: "<input>", lines: [line], firstLine: 1)
        }
        switch name {
        case "next": next()
        case "back": back()
        case "hint": hint()
        case "skip": skip()
        case "menu", "lessons": say(LessonListing(catalog: catalog, progress: store?.progress, words: words, style: style).render())
            note(words.menuFooter)
        case "progress": showProgress()
        case "restart": restart()
        case "lesson": start(argument)
        case "lang":
            guard let argument, let chosen = Language(rawValue: argument) else {
                let range = input.words.first?.range ?? input.end
                return session.report(
                    .error(":lang needs a language: \(Language.allCases.map(\.rawValue).joined(separator: " or "))", at: range,
                           hint: "for example :lang zh"),
                    sourceName: "<input>", lines: [line], firstLine: 1)
            }
            switchLanguage(to: chosen)
        case "quit":
            if let lesson, stepIndex < lesson.steps.count { say(words.saved(stepIndex + 1, lesson.steps.count)) }
            wantsToQuit = true
            return .quit
        default: return nil
        }
        return .done
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
        switch step.kind {
        case .prose, .run:
            advance()
            return
        case .task(_, let answer):
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

    func restart() {
        guard let entry = entry ?? finishedLesson else {
            say(words.notInLesson)
            return
        }
        say(words.restarted)
        if let store {
            try? store.update { $0.lessons[entry.id] = nil }
        }
        open(entry, resume: false)
    }

    func showProgress() {
        guard let lesson, let step = currentStep else {
            say(LessonListing(catalog: catalog, progress: store?.progress, words: words, style: style).render())
            return
        }
        say(words.progressLine(lesson.title, stepIndex + 1, lesson.steps.count, done.count))
        for (index, each) in lesson.steps.enumerated() {
            let mark = each.id == step.id ? "▶" : done.contains(each.id) ? "✓" : " "
            let ascii = each.id == step.id ? ">" : done.contains(each.id) ? "x" : " "
            say("  \(style.unicode ? mark : ascii) \(TextLayout.padLeft(String(index + 1), to: 2)) \(TextLayout.padRight(each.kindName, to: 8)) \(each.id)")
        }
        say(style.dim(store.map { words.savedIn($0.path) } ?? words.notSaved))
    }

    func switchLanguage(to chosen: Language) {
        language = chosen
        if let store {
            try? store.update { $0.language = chosen }
        }
        say(words.switchedLanguage(chosen.nativeName))
        guard let entry, let step = currentStep, let reloaded = load(entry) else { return }
        lesson = reloaded
        if let index = reloaded.index(ofStep: step.id) { stepIndex = index }
        awaitingTicks = false
        hintsShown = 0
        showStep()
    }
}
