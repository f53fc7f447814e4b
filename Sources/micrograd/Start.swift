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
        abstract: "Start the tutor (the default): a prompt at a terminal, otherwise (or with '-') read statements from stdin.")

    @Option(
        name: .customShort("e"), parsing: .unconditionalSingleValue,
        help: ArgumentHelp(
            "Evaluate PROGRAM (statements separated by ';' or new lines), print the results and exit; several -e run in order as one program.",
            valueName: "program"))
    var programs: [String] = []

    @Option(
        name: .customShort("i"),
        help: ArgumentHelp(
            "Run the script FILE ('-' for standard input), then stay at the prompt with its names, as python -i does.",
            valueName: "file"),
        completion: .file(extensions: ["mg"]))
    var script: String?

    @Argument(help: ArgumentHelp("'-' reads the program from standard input, even at a terminal.", valueName: "-", visibility: .hidden))
    var standardInput: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let standardInput, standardInput != "-" {
            let hint = standardInput.hasSuffix(".mg") ? "To run a script, write: micrograd run \(standardInput)" : "The commands are run, lesson, lessons and help (micrograd --help)."
            throw ValidationError("'\(standardInput)' is not a command. \(hint)")
        }
        if !programs.isEmpty && (script != nil || standardInput != nil) {
            throw ValidationError("-e takes the program from the command line; leave out -i and '-'")
        }
    }

    func run() throws {
        if !programs.isEmpty {
            try Start.evaluate(programs, options: common.sessionOptions(), language: freeLanguage)
            return
        }
        if standardInput == nil, Terminal.isInteractive {
            interact()
        } else {
            let session = Session(options: common.sessionOptions(), environment: SystemEnvironment(shouldStop: { InterruptSignal.isRequested }), write: writeOut)
            session.language = freeLanguage
            session.diagnostics = writeError
            if let script {
                try Start.runScript(script, in: session)
            }
            try readPipe(into: session)
        }
    }

    /// The language of a session without lessons: `--lang`, else the one
    /// remembered, else the locale's (see ``LessonFolders/language(asked:progress:)``).
    private var freeLanguage: Language {
        LessonFolders.language(asked: common.lang)
    }

    /// `-e PROGRAM`, one or several: their lines in order, as one script
    /// would give them. Results go to standard output, errors and warnings
    /// to standard error.
    static func evaluate(_ programs: [String], options: SessionOptions, language: Language = .en) throws {
        let session = Session(options: options, environment: SystemEnvironment(shouldStop: { InterruptSignal.isRequested }), write: writeOut)
        session.language = language
        session.diagnostics = writeError
        // CRLF and lone CR end lines too, as in a file: `-e $'a = 1 # x\r\nb = 2'`.
        let lines = FileSystem.normalizingLineEndings(programs.joined(separator: "\n")).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try feed(lines, to: session, sourceName: "<-e>")
    }

    /// `-i FILE`: the script's lines, stopping at its first error (exit
    /// status 1 when nothing follows it). `-` is standard input.
    static func runScript(_ path: String, in session: Session) throws {
        let text: String
        do {
            text = path == "-" ? readAllOfStandardInput() : try FileSystem.readText(path)
        } catch {
            writeError("micrograd: \(error)\n")
            throw ExitCode(1)
        }
        let lines = FileSystem.normalizingLineEndings(text).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        try feed(lines, to: session, sourceName: path == "-" ? "<stdin>" : path)
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
        writeOut(ProseLayout.fit(welcome(runner.session.options.style, runner.language), width: runner.session.options.width))
        // `-i FILE`: its names stay, and an error in it still leaves the
        // learner at the prompt to look, as `python -i` does.
        if let script { try? Start.runScript(script, in: runner.session) }
        LessonSubcommand.interact(with: runner, followsTerminalWidth: common.width == nil)
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

/// Everything on standard input, for `-i -` and `run -`.
func readAllOfStandardInput() -> String {
    let reader = PlainLineReader()
    var lines: [String] = []
    while case .line(let line) = reader.readLine(prompt: "") { lines.append(line) }
    return lines.joined(separator: "\n")
}
