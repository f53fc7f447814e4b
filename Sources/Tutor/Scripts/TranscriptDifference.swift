extension TranscriptComparison {
    /// One place where a replay's output departs from the recording: a run
    /// of recorded lines the replay did not print, in place of which it
    /// printed `actual` (either may be empty, not both).
    ///
    /// Data only; ``TranscriptReport`` writes it for people or as JSON.
    public struct Difference: Sendable, Equatable {
        /// The transcript line of the first recorded line in the run; when
        /// the replay only printed more, the line after which it did
        /// (the convention of `diff`).
        public var line: Int
        /// The lines the transcript holds there.
        public var recorded: [String]
        /// The lines the replay printed there.
        public var actual: [String]
        /// The unchanged line before the run, as the transcript holds it:
        /// an output line, or the input the output follows.
        public var before: String
        /// The unchanged line after the run, if the transcript goes on.
        public var after: String?

        public init(line: Int, recorded: [String], actual: [String], before: String, after: String?) {
            self.line = line
            self.recorded = recorded
            self.actual = actual
            self.before = before
            self.after = after
        }
    }
}
