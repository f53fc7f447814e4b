import TextKit

/// A script replayed into a fresh session to record its output as a
/// transcript (`micrograd run --record`) or to compare it with the output
/// recorded there (`micrograd run --check`).
///
/// A transcript is text, whatever the command line asks of the report: the
/// replay always runs in text mode, plain, 80 columns wide and without
/// progress lines or timings, so that the same script gives the same bytes
/// on every machine, at a terminal or not, with `--json` or without.
public struct Transcript {
    public var script: Script
    /// The file's name, as errors in the output and the report name it.
    public var sourceName: String
    /// The options of the replay's session: those given, made text-only.
    public private(set) var options: SessionOptions

    /// Transcripts are laid out for 80 columns whatever the terminal.
    public static let width = 80

    /// The options of a replay: the seed, the limits and the language of
    /// `options`; how the output looks is the transcript's own (plain,
    /// ``width`` columns, no progress lines, no JSON). A handout replays alike.
    static func replayOptions(_ options: SessionOptions) -> SessionOptions {
        var options = options
        options.json = false
        options.echoInput = false
        options.style = .plain
        options.width = Transcript.width
        options.progressLines = false
        return options
    }

    /// `options` gives the seed and limits; how the output looks is the
    /// transcript's own.
    public init(script: Script, sourceName: String, options: SessionOptions = SessionOptions()) {
        self.script = script
        self.sourceName = sourceName
        self.options = Transcript.replayOptions(options)
    }

    /// The script with the output of each input after it: the text
    /// `--record` writes into the file.
    public func recording() -> TranscriptRecording {
        let replay = self.replay(numberedAsRecorded: true)
        var lines: [String] = []
        for (index, entry) in script.entries.enumerated() {
            // Inputs after a `:quit` did not run; they stay in the file,
            // with no output, as the statement prompt shows them.
            let ran = index < replay.outputs.count
            lines.append(Script.echo(entry.input, prompt: ran ? replay.prompts[index] : .statement))
            if ran { lines += replay.outputs[index] }
        }
        return TranscriptRecording(
            sourceName: sourceName, text: lines.map { $0 + "\n" }.joined(), inputs: script.entries.count,
            lines: lines.count)
    }

    /// The replay's output compared with the recorded one, input by input.
    public func check(with comparison: TranscriptComparison = TranscriptComparison()) throws(NoExpectedOutput)
        -> TranscriptCheck
    {
        guard script.isTranscript else { throw NoExpectedOutput(sourceName: sourceName) }
        let replay = self.replay(numberedAsRecorded: false)
        let entries = script.entries
        var differences: [TranscriptComparison.Difference] = []
        for (index, actual) in replay.outputs.enumerated() {
            let entry = entries[index]
            let following = index + 1 < replay.prompts.count
                ? Script.echo(entries[index + 1].input, prompt: replay.prompts[index + 1]) : nil
            differences += comparison.differences(
                recorded: entry.expected, actual: actual,
                input: Script.NumberedLine(text: Script.echo(entry.input, prompt: replay.prompts[index]), line: entry.line),
                following: following)
        }
        return TranscriptCheck(sourceName: sourceName, inputs: entries.count, differences: differences)
    }

    /// `--check` of a file that holds no expected output.
    public struct NoExpectedOutput: Error, CustomStringConvertible {
        public var sourceName: String
        public var description: String { text(.en) }

        /// What it says in `language`.
        public func text(_ language: Language) -> String {
            TranscriptMessage.noExpectedOutput(file: sourceName).text(language)
        }
    }

    /// What the replay printed after each input (without the echo of the
    /// input), and the prompt shown before each; shorter than the script
    /// when an input quit.
    struct Replay {
        var outputs: [[String]] = []
        var prompts: [Prompt] = []
    }

    /// Replays the inputs into a fresh session. `numberedAsRecorded`
    /// numbers each input by the line it will have in the recorded
    /// transcript, where the outputs before it take lines too: an error
    /// recorded there then names the line that `--check` will find it on.
    func replay(numberedAsRecorded: Bool) -> Replay {
        var buffer = ""
        let session = Session(options: options) { buffer += $0 }
        var replay = Replay()
        var recordedLine = 1
        for entry in script.entries {
            buffer = ""
            let prompt = session.prompt
            replay.prompts.append(prompt)
            let line = numberedAsRecorded ? recordedLine : entry.line
            let outcome = session.handle(entry.input, sourceName: sourceName, lineNumber: line)
            // Output that would read back as input (the lines `:load`
            // echoes) is marked, so the file reads back as it was recorded.
            let output = Transcript.lines(of: buffer).map(Script.recorded(output:))
            replay.outputs.append(output)
            recordedLine += Transcript.lines(of: Script.echo(entry.input, prompt: prompt)).count + output.count
            if outcome == .quit { break }
        }
        buffer = ""
        session.finish(sourceName: sourceName)
        if !buffer.isEmpty, !replay.outputs.isEmpty {
            replay.outputs[replay.outputs.count - 1] += Transcript.lines(of: buffer).map(Script.recorded(output:))
        }
        return replay
    }

    static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// What `--record` made of a script.
public struct TranscriptRecording: Sendable, Equatable {
    public var sourceName: String
    /// The transcript, to be written into the file.
    public var text: String
    /// Inputs replayed.
    public var inputs: Int
    /// Lines of the transcript, inputs and outputs.
    public var lines: Int
}

/// What `--check` found: every difference between the recorded output and
/// the replay's.
public struct TranscriptCheck: Sendable, Equatable {
    public var sourceName: String
    /// Inputs in the transcript.
    public var inputs: Int
    public var differences: [TranscriptComparison.Difference]

    /// Whether the replay printed what the transcript recorded.
    public var passed: Bool { differences.isEmpty }
}
