import TextKit
import Platform
import ArgumentParser
import LineEditor
import Tutor
import LessonPlayer

#if canImport(Glibc)
import Glibc
#endif

/// The default mode: the tutor at a prompt, statements from a pipe, or `-e`.
struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start the tutor (the default): a prompt at a terminal, otherwise read statements from stdin.")

    @Option(
        name: .customShort("e"), parsing: .unconditional,
        help: ArgumentHelp("Evaluate PROGRAM (statements separated by ';' or new lines), print the results and exit.", valueName: "program"))
    var program: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        if let program {
            try Start.evaluate(program, options: common.sessionOptions(), language: freeLanguage)
            return
        }
        if Terminal.isInteractive {
            interact()
        } else {
            let session = Session(options: common.sessionOptions(), environment: SystemEnvironment(shouldStop: { InterruptSignal.isRequested }), write: writeOut)
            session.language = freeLanguage
            try readPipe(into: session)
        }
    }

    /// The language of a session without lessons: `--lang`, else the one
    /// remembered, else the locale's (see ``LessonFolders/language(asked:progress:)``).
    private var freeLanguage: Language {
        LessonFolders.language(asked: common.lang)
    }

    /// `-e PROGRAM`: its lines, as a script would give them.
    static func evaluate(_ program: String, options: SessionOptions, language: Language = .en) throws {
        let session = Session(options: options, environment: SystemEnvironment(shouldStop: { InterruptSignal.isRequested }), write: writeOut)
        session.language = language
        // CRLF and lone CR end lines too, as in a file: `-e $'a = 1 # x\r\nb = 2'`.
        let lines = FileSystem.normalizingLineEndings(program).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        try feed(lines, to: session, sourceName: "<-e>")
    }

    /// Statements from a pipe or a file: no prompt, stop at the first error.
    private func readPipe(into session: Session) throws {
        let reader = PlainLineReader()
        var lineNumber = 0
        while case .line(let line) = reader.readLine(prompt: "") {
            lineNumber += 1
            switch session.handle(line, sourceName: "<stdin>", lineNumber: lineNumber) {
            case .failed: throw ExitCode(1)
            case .quit: return
            case .done, .incomplete: continue
            }
        }
        if session.finish(sourceName: "<stdin>") == .failed { throw ExitCode(1) }
    }

    /// The interactive tutor. It runs inside a lesson runner with no
    /// lesson open, so that `:lesson N` can open one without leaving.
    private func interact() {
        InterruptSignal.install()
        let runner = LessonSubcommand.makeRunner(common)
        runner.session.shouldStop = { InterruptSignal.isRequested }
        writeOut(welcome(runner.session.options.style, runner.language))
        LessonSubcommand.interact(with: runner)
    }

    private func welcome(_ style: Style, _ language: Language) -> String {
        CommandLineMessage.banner(title: style.bold("micrograd \(Micrograd.version)")).text(language)
    }

}

/// Feeds lines to a session as a non-interactive run does: stop at the
/// first error with exit status 1.
func feed(_ lines: [String], to session: Session, sourceName: String) throws {
    for (index, line) in lines.enumerated() {
        switch session.handle(line, sourceName: sourceName, lineNumber: index + 1) {
        case .failed: throw ExitCode(1)
        case .quit: return
        case .done, .incomplete: continue
        }
    }
    if session.finish(sourceName: sourceName) == .failed { throw ExitCode(1) }
}
