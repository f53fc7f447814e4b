import TextKit
import Calc

/// How a session shows things and what it starts with.
public struct SessionOptions: Sendable {
    public var style: Style
    /// Write JSON Lines instead of text (the `--json` contract).
    public var json: Bool
    /// Print each input line after the prompt before its output, as a
    /// transcript does (`micrograd run`).
    public var echoInput: Bool
    public var seed: UInt64
    public var limits: Limits
    /// Columns available for output.
    public var width: Int
    /// Whether every text is fitted to ``width`` (wrapped at word
    /// boundaries, table rows cut with a note): what the executable asks
    /// for, at a terminal, in a pipe and in `run`. Off, a session lays out
    /// only what its views lay out by width (tables, lesson prose), as a
    /// library caller that knows no terminal expects.
    public var wrapsText = false
    /// Show the progress of long work (`:train`) on one line that is
    /// rewritten in place, with timings. Only for a terminal: elsewhere
    /// progress is printed as separate lines without timings, so that
    /// scripts and transcripts are the same on every run.
    public var progressLines: Bool
    /// The language the session speaks from its first line (`--lang`);
    /// `:lang` changes it later (``Session/language``).
    public var language: Language

    public init(
        style: Style = .plain, json: Bool = false, echoInput: Bool = false, seed: UInt64 = 0,
        limits: Limits = Limits(), width: Int = 80, progressLines: Bool = false,
        language: Language = .en
    ) {
        self.style = style
        self.json = json
        self.echoInput = echoInput
        self.seed = seed
        self.limits = limits
        self.width = width
        self.progressLines = progressLines
        self.language = language
    }
}
