import ArgumentParser
import LineEditor
import Tutor

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
            let session = Session(options: common.sessionOptions(), write: writeOut)
            let lines = program.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            try feed(lines, to: session, sourceName: "<-e>")
            return
        }
        let session = Session(options: common.sessionOptions(), write: writeOut)
        if Terminal.isInteractive {
            try interact(with: session)
        } else {
            try readPipe(into: session)
        }
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

    /// The interactive tutor.
    private func interact(with session: Session) throws {
        InterruptSignal.install()
        session.shouldStop = { InterruptSignal.isRequested }
        let reader = EditLineReader(
            programName: "micrograd", historyPath: historyPath(),
            complete: { [unowned session] text in session.complete(text) })
        defer { reader.close() }
        writeOut(welcome(session.options.style))
        var lineNumber = 0
        loop: while true {
            InterruptSignal.clear()
            switch reader.readLine(prompt: session.prompt) {
            case .line(let line):
                lineNumber += 1
                if session.handle(line, sourceName: "<input>", lineNumber: 1) == .quit { break loop }
            case .interrupted:
                // Ctrl-C drops the line being typed; it never quits.
                session.cancelPending()
                writeOut("^C\n")
            case .endOfInput:
                writeOut("\n")
                break loop
            }
        }
        _ = session.finish()
    }

    private func welcome(_ style: Style) -> String {
        """
        \(style.bold("micrograd \(Micrograd.version)")): watch backpropagation work, one node at a time.
        Try:  a = 2   then  b = -3   then  c = a*b + tanh(a)
        :help lists the commands and functions, Tab completes, Ctrl-D leaves.

        """
    }

    /// `$XDG_STATE_HOME/micrograd/history`, by default
    /// `~/.local/state/micrograd/history`.
    private func historyPath() -> String? {
        if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") {
            return state + "/micrograd/history"
        }
        guard let home = environment("HOME"), !home.isEmpty else { return nil }
        return home + "/.local/state/micrograd/history"
    }
}

func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
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
