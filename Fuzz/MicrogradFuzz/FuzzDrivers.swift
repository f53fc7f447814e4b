import Platform
import TextKit
import Lessons
import Tutor

#if canImport(Glibc)
import Glibc
#endif

/// What the fuzzer does with one input: the bytes go down the same path a
/// learner's typing or an instructor's file takes, and every answer the
/// tutor gives is rendered and thrown away. A crash, a trap, a sanitizer
/// report or a hang anywhere on the way is a finding.
enum FuzzDrivers {
    /// Which path the bytes take, chosen by `MICROGRAD_FUZZ` (`session`,
    /// the default, or `files`).
    enum Mode: String {
        /// Lines into a fresh `Session`: lexer, parser, evaluator, engine,
        /// every command (`:save`, `:load` and `:dot FILE` on files in
        /// memory), and the renderers.
        case session
        /// The structure-aware mode: the bytes are choices of a program
        /// built from the grammar and the commands (``ProgramGenerator``),
        /// run through the same session path.
        case programs
        /// The file formats: a lesson file, a progress file and a script
        /// or transcript.
        case files
    }

    static let mode: Mode = {
        guard let value = ProcessEnvironment.variable("MICROGRAD_FUZZ") else { return .session }
        return Mode(rawValue: value) ?? .session
    }()

    /// `MICROGRAD_FUZZ_SHOW=1`: print each generated program (replay a
    /// finding of the `programs` mode to read it).
    static let showsPrograms = ProcessEnvironment.variable("MICROGRAD_FUZZ_SHOW") == "1"

    /// How long one input may keep the session busy before the fuzzer's
    /// own Ctrl-C (`shouldStop`) tells it to stop: long work is allowed,
    /// and stopping it is one more path under test.
    static let secondsPerInput = 1.0

    static func run(_ bytes: UnsafeRawBufferPointer) {
        // Bytes that are not UTF-8 become U+FFFD, as they do when libedit
        // or the plain reader decodes them.
        let text = String(decoding: bytes, as: UTF8.self)
        switch mode {
        case .session: runSession(text, variant: bytes.count)
        case .programs:
            var generator = ProgramGenerator(bytes)
            let script = generator.script()
            // The replayer shows the program a finding's bytes stand for.
            if showsPrograms { print(script, terminator: "") }
            runSession(script, variant: bytes.count)
        case .files: runFiles(text)
        }
    }

    /// A fresh session replays the text as `micrograd run` does: a script,
    /// or the inputs of a transcript whose expected output is then
    /// compared as `run --check` compares it.
    static func runSession(_ text: String, variant: Int) {
        var output = ""
        var options = SessionOptions(
            style: Style(color: variant % 2 == 0, unicode: variant % 3 != 0),
            json: variant % 5 == 1, echoInput: variant % 7 == 3, width: 40 + variant % 80)
        var limits = options.limits
        // Smaller than the default so that one input cannot fill the
        // fuzzer's memory; the checks are the same code either way.
        limits.maxNodes = 2_000_000
        options.limits = limits
        // Files in memory, fresh for each input: `:save`, `:load` and
        // `:dot FILE` run as they do on a disk, without littering it or
        // making one input depend on another.
        let environment = InMemoryEnvironment(
            files: ["examples/start.mg": "a = 2\nb = a*3\n"], folders: ["/tmp", "plots"],
            variables: ["HOME": "/home/learner"], graphvizInstalled: (variant / 2) % 2 == 0)
        let session = Session(options: options, environment: environment) { output += $0 }
        let deadline = now() + secondsPerInput
        session.shouldStop = { now() > deadline }
        let script = Script(parsing: text)
        var outputs: [[String]] = []
        for entry in script.entries {
            output = ""
            let outcome = session.handle(entry.input, sourceName: "<fuzz>", lineNumber: entry.line)
            outputs.append(output.split(separator: "\n").map(String.init))
            if outcome == .quit { break }
        }
        session.finish(sourceName: "<fuzz>")
        if script.isTranscript {
            let comparison = TranscriptComparison()
            for (entry, actual) in zip(script.entries, outputs) {
                _ = comparison.differences(
                    recorded: entry.expected, actual: actual, input: Script.NumberedLine(text: entry.input, line: entry.line))
            }
        }
    }

    /// The text as a lesson file and as a progress file.
    static func runFiles(_ text: String) {
        for language in Language.allCases {
            _ = try? LessonParser.parse(text, path: "fuzz.md", id: "fuzz", number: 1, language: language)
        }
        _ = try? ProgressFormat.decode(text)
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
