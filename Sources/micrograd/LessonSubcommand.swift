import LessonPlayer
import Platform
import ArgumentParser
import Lessons
import LineEditor
import Tutor
import TextKit

/// `micrograd lesson [ID]`: plays a guided lesson, at a terminal or with
/// answers piped in, one per line.
struct LessonSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Start or resume a guided lesson (answers may be piped in, one per line).")

    @Argument(help: "The lesson: its number in `micrograd lessons` or its id. Without it, where you stopped.")
    var lesson: String?

    @Option(name: .customLong("step"), help: ArgumentHelp(
        "Open the lesson at this step (its id, or its number), as it begins after the earlier steps' model answers.",
        valueName: "STEP-ID"))
    var step: String?
    @Option(name: .long, help: ArgumentHelp(
        "Read the answers from FILE ('-' for stdin), one per line (for grading: starts at the first step and saves no progress).",
        valueName: "FILE"))
    var answers: String?

    @OptionGroup var common: CommonOptions

    /// Grading (docs/grading.md): answers from a file, or `--json`. The
    /// lesson starts at its first step, the learner's progress is neither
    /// read nor written, and the exit status says whether every graded
    /// step passed.
    private var grading: Bool { answers != nil || common.json }

    func run() throws {
        let runner = LessonSubcommand.makeRunner(common, grading: grading)
        if Terminal.isInteractive {
            InterruptSignal.install()
            runner.session.shouldStop = { InterruptSignal.isRequested }
        }
        // At the shell, the in-lesson advice (`:menu lists them`) is no
        // command: say what to type here instead.
        if let lesson, !runner.catalog.entries.isEmpty, runner.catalog.entry(named: lesson) == nil {
            writeError(CommandLineMessage.unknownLesson(lesson).text(runner.language))
            throw ExitCode(1)
        }
        if grading { return try grade(with: runner) }
        guard runner.start(lesson, atStep: step) else { throw ExitCode(1) }
        if Terminal.isInteractive {
            LessonSubcommand.interact(with: runner, followsTerminalWidth: common.width == nil)
        } else {
            let reader = PlainLineReader()
            runner.play(AnyIterator {
                guard case .line(let line) = reader.readLine(prompt: "") else { return nil }
                return line
            })
        }
    }

    /// Plays the answers of `--answers FILE` (or stdin) and, under `--json`,
    /// writes each step's outcome and the summary instead of the lesson's
    /// text; exit status 1 unless every graded step passed.
    private func grade(with runner: LessonRunner) throws {
        var lines: [String]
        if let answers, answers != "-" {
            do {
                lines = FileSystem.normalizingLineEndings(try FileSystem.readText(answers)).components(separatedBy: "\n")
                if lines.last == "" { lines.removeLast() }
            } catch {
                writeError(CommandLineMessage.cannotReadAnswers(error.description).text(runner.language))
                throw ExitCode(1)
            }
        } else {
            let reader = PlainLineReader()
            lines = []
            while case .line(let line) = reader.readLine(prompt: "") { lines.append(line) }
        }
        guard runner.start(lesson) else { throw ExitCode(1) }
        runner.play(lines)
        if common.json {
            for step in runner.report.steps { writeOut(step.json.encoded + "\n") }
            writeOut(runner.report.summaryJSON(answers: answers).encoded + "\n")
        }
        if !runner.report.allPassed { throw ExitCode(1) }
    }

    /// A runner over the built-in lessons and the instructor's folders,
    /// with the learner's saved progress (none when `grading`; and under
    /// `--json` its text goes nowhere, since the outcomes are the output).
    static func makeRunner(_ common: CommonOptions, grading: Bool = false) -> LessonRunner {
        let catalog = LessonCatalog(roots: LessonFolders.roots(extra: common.lessonsFolder))
        let warned = common.lang ?? LessonFolders.settings?.language() ?? LessonFolders.localeLanguage
        for problem in catalog.problems { writeError(CommandLineMessage.warning(problem.text(warned)).text(warned)) }
        let store = grading ? nil : ProgressStore.defaultPath(environment: ProcessEnvironment.variable).map(ProgressStore.init(path:))
        // The runner reads the progress file itself (and reports a bad one),
        // so the older place of the choice is its fallback, after these.
        let remembered: Language? = common.lang.map { LessonFolders.language(asked: $0) } ?? LessonFolders.settings?.language()
        let quiet = grading && common.json
        let write: (String) -> Void = { text in if !quiet { writeOut(text) } }
        let runner = LessonRunner(
            catalog: catalog, store: store, language: remembered, fallback: LessonFolders.localeLanguage,
            options: common.sessionOptions(), environment: SystemEnvironment(shouldStop: { InterruptSignal.isRequested }), write: write)
        runner.settings = LessonFolders.settings
        return runner
    }

    /// The prompt loop at a terminal, for a lesson or the plain tutor.
    /// `followsTerminalWidth`: no `--width` was given, so the text is laid
    /// out again for the terminal's width whenever it was resized (SIGWINCH).
    static func interact(with runner: LessonRunner, followsTerminalWidth: Bool = true) {
        // Before the reader: libedit chains to the handlers it finds.
        TerminationSignal.install()
        let history = XDGDirectories.state(environment: ProcessEnvironment.variable).map { $0 + "/history" }
        let reader = EditLineReader(
            programName: "micrograd", historyPath: history,
            complete: { [unowned runner] text in runner.complete(text) })
        defer {
            // History saved and the terminal restored, then gone by SIGTERM or SIGHUP, if that was why.
            reader.close()
            TerminationSignal.exitIfRequested()
        }
        runner.session.explainsAtPrompt = true
        // Whether the line read next came in one paste with the line before.
        var continuesPaste = false
        while !runner.wantsToQuit && !TerminationSignal.isRequested {
            InterruptSignal.clear()
            let read = reader.readLine(prompt: runner.prompt)
            // Asked after every line, a resize made while it was typed
            // (libedit redraws the line itself) lays out what comes next.
            if followsTerminalWidth { runner.session.options.width = Terminal.width }
            switch read {
            case .line(let line):
                let pasted = continuesPaste
                continuesPaste = reader.inputIsWaiting
                runner.handle(line, continuesPaste: pasted)
            // The reader itself shows ^C, and ends the line at Ctrl-D.
            case .interrupted:
                if TerminationSignal.isRequested { break }
                runner.cancelPending()
            case .endOfInput:
                runner.finish()
                return
            }
        }
    }
}
