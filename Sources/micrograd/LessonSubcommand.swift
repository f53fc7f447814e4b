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

    @OptionGroup var common: CommonOptions

    func run() throws {
        if common.json {
            writeError(CommandLineMessage.jsonNotForLesson.text(LessonFolders.language(asked: common.lang)))
            throw ExitCode(1)
        }
        let runner = LessonSubcommand.makeRunner(common)
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
        guard runner.start(lesson) else { throw ExitCode(1) }
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

    /// A runner over the built-in lessons and the instructor's folders,
    /// with the learner's saved progress.
    static func makeRunner(_ common: CommonOptions) -> LessonRunner {
        let catalog = LessonCatalog(roots: LessonFolders.roots(extra: common.lessonsFolder))
        let warned = common.lang ?? LessonFolders.settings?.language() ?? LessonFolders.localeLanguage
        for problem in catalog.problems { writeError(CommandLineMessage.warning(problem.text(warned)).text(warned)) }
        let store = ProgressStore.defaultPath(environment: ProcessEnvironment.variable).map(ProgressStore.init(path:))
        // The runner reads the progress file itself (and reports a bad one),
        // so the older place of the choice is its fallback, after these.
        let remembered: Language? = common.lang.map { LessonFolders.language(asked: $0) } ?? LessonFolders.settings?.language()
        let runner = LessonRunner(
            catalog: catalog, store: store, language: remembered, fallback: LessonFolders.localeLanguage,
            options: common.sessionOptions(), environment: SystemEnvironment(), write: writeOut)
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
