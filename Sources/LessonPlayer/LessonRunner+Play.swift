extension LessonRunner {
    /// Plays answers that are not typed at a terminal: piped in, read from
    /// a file, or given by a test. Each line is shown after the prompt
    /// before it is handled, so that the output reads as the transcript of
    /// the lesson; then the input ends as at Ctrl-D.
    ///
    /// `lines` is asked for its next line only while the runner wants more,
    /// so a pipe that stays open after `:quit` is not waited on.
    public func play<Lines: Sequence<String>>(_ lines: Lines) {
        var next = lines.makeIterator()
        while !wantsToQuit, let line = next.next() {
            output(prompt + line + "\n")
            handle(line)
        }
        finish()
    }
}
