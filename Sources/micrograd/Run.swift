import Platform
import ArgumentParser
import Lessons
import LineEditor
import Tutor
import TextKit

#if canImport(Glibc)
import Glibc
#endif

/// `micrograd run FILE`: an instructor's script, replayed as a transcript.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a script of statements and commands, printing each line and its output.",
        discussion: """
            A script holds lines as typed at the prompt ('#' starts a comment). A transcript \
            (what `run` prints, or what --record writes) holds the input after '>>> ' and the \
            expected output after it; --check replays it and reports every difference.
            """)

    @Argument(help: "The script (.mg); '-' reads it from standard input.", completion: .file(extensions: ["mg"]))
    var file: String

    @Flag(help: "Replay a transcript and compare its output with the expected output in the file.")
    var check = false

    @Flag(help: "Replay the script and write its output into the file, making it a transcript that --check verifies.")
    var record = false

    @Flag(help: "Present the script one key at a time: Enter runs the next input, b shows the last again, i tries at the prompt (Ctrl-D goes back), q quits; standard input must be a terminal.")
    var pause = false

    @Option(name: .customLong("type-delay"), help: ArgumentHelp("Type each input line character by character, MS milliseconds apart.", valueName: "ms"))
    var typeDelay: Int?

    @Flag(name: .customLong("keep-going"), help: "Go on after an error (the exit status is still 1).")
    var keepGoing = false

    @Flag(help: "Replay the script and print one self-contained HTML page: every input and output, graphs and plots as SVG.")
    var html = false

    @OptionGroup var common: CommonOptions

    /// How errors name the script: `<stdin>` for `-`, as the tutor does.
    private var sourceName: String { file == "-" ? "<stdin>" : file }

    func validate() throws {
        if check && record { throw ValidationError("--check and --record exclude each other") }
        if html && (check || record) { throw ValidationError("--html replays the script; it goes with neither --check nor --record") }
        if record && file == "-" { throw ValidationError("--record writes into the file, so it needs a file, not '-'") }
        if let typeDelay, typeDelay < 0 || typeDelay > 10_000 {
            throw ValidationError("--type-delay takes 0 to 10000 milliseconds")
        }
        // Enter comes from a person at the keyboard. From a pipe or a file
        // it would come all at once, or not at all (it once ran nothing and
        // exited 0), so say so before anything runs.
        if pausesForEnter, isatty(STDIN_FILENO) == 0 {
            throw ValidationError(
                "--pause waits for Enter at the keyboard, but standard input is not a terminal; run it in a terminal, or leave out --pause")
        }
    }

    /// Whether the replay waits for Enter: --check, --record and --json
    /// replay without pausing.
    private var pausesForEnter: Bool { pause && !check && !record && !common.json }

    func run() throws {
        let script: Script
        do {
            script = Script(parsing: file == "-" ? readAllOfStandardInput() : try FileSystem.readText(file))
        } catch {
            writeError("micrograd: \(error)\n")
            throw ExitCode(1)
        }
        if html {
            var options = common.sessionOptions()
            options.language = common.lang ?? .en
            writeOut(Handout(script: script, sourceName: file, options: options).html())
        } else if check {
            try checkTranscript(script)
        } else if record {
            try recordTranscript(script)
        } else {
            try replay(script)
        }
    }

    /// Prints the transcript as the script runs, pacing it for a live demo
    /// when asked. Stops at the first error unless --keep-going.
    private func replay(_ script: Script) throws {
        InterruptSignal.install()
        let paced = pause || typeDelay != nil
        var options = common.sessionOptions(echoInput: !common.json && !paced)
        options.width = common.scriptWidth
        if pausesForEnter { return try present(script, options: options) }
        let session = Session(options: options, environment: SystemEnvironment(shouldStop: { InterruptSignal.isRequested }), write: writeOut)
        // Only an explicit --lang: a script replays the same bytes on every
        // machine, whatever its locale or the language remembered there.
        session.language = common.lang ?? .en
        session.shouldStop = { InterruptSignal.isRequested }
        let keyboard = pausesForEnter ? PlainLineReader() : nil
        var failed = false
        // Ctrl-C while waiting for Enter is read (and cleared) by the keyboard.
        var interrupted = false
        for entry in script.entries {
            if InterruptSignal.isRequested { break }
            if paced && !common.json {
                let shown = Script.echo(entry.input.withVisibleControls, prompt: session.prompt)
                if let keyboard, !entry.input.drop(while: { $0 == " " }).hasPrefix("#") {
                    // The instructor talks; Enter goes on, Ctrl-C or end of input stops.
                    let key = keyboard.readLine(prompt: "")
                    if key == .interrupted { interrupted = true }
                    guard case .line = key else { break }
                }
                type(shown)
            }
            let outcome = session.handle(entry.input, sourceName: sourceName, lineNumber: entry.line)
            if outcome == .failed {
                failed = true
                if !keepGoing { break }
            }
            if outcome == .quit { break }
        }
        if !failed || keepGoing, session.finish(sourceName: sourceName) == .failed { failed = true }
        if InterruptSignal.isRequested || interrupted {
            writeOut("\n(stopped)\n")
            // 128 + SIGINT, as the shell reports a program Ctrl-C ended.
            throw ExitCode(130)
        }
        if failed { throw ExitCode(1) }
    }

    /// Writes the line, character by character when --type-delay asks.
    func type(_ line: String) {
        guard let typeDelay, typeDelay > 0 else {
            writeOut(line + "\n")
            return
        }
        for character in line {
            if InterruptSignal.isRequested { break }
            writeOut(String(character))
            usleep(UInt32(typeDelay) * 1000)
        }
        writeOut("\n")
    }

    /// The replay behind --check and --record: always text, whatever
    /// --json says, since a transcript is text; --json only changes the report.
    private func transcript(_ script: Script) -> Transcript {
        Transcript(script: script, sourceName: sourceName, options: common.sessionOptions())
    }

    private func checkTranscript(_ script: Script) throws {
        let result: TranscriptCheck
        do {
            result = try transcript(script).check()
        } catch {
            writeError("micrograd: \(error)\n")
            throw ExitCode(1)
        }
        writeOut(common.json ? TranscriptReport.json(result) : TranscriptReport.text(result, language: common.lang ?? .en))
        if !result.passed { throw ExitCode(1) }
    }

    private func recordTranscript(_ script: Script) throws {
        let recording = transcript(script).recording()
        do {
            try FileSystem.writeAtomically(recording.text, to: file)
        } catch {
            writeError("micrograd: \(error)\n")
            throw ExitCode(1)
        }
        writeOut(common.json ? TranscriptReport.json(recording) : TranscriptReport.text(recording, language: common.lang ?? .en))
    }
}
