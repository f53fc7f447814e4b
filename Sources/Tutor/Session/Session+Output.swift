extension Session {
    // The session's three ways to write. JSON mode (`--json`) writes results
    // and errors only, one JSON object a line, so everything said to the
    // learner in words goes through `say` or `writeText`, which JSON mode
    // drops; `writeRaw` is for what every mode writes.

    /// Writes `text` as it is, in every mode: results, errors, the echo of
    /// input.
    func writeRaw(_ text: String) {
        output(text)
    }

    /// A line for the learner (a newline is added); nothing in JSON mode.
    func say(_ text: String) {
        if !options.json { output(text + "\n") }
    }

    /// Text for the learner as it is, such as a table that ends with its own
    /// newline or a progress line that returns to its start; nothing in JSON
    /// mode.
    func writeText(_ text: String) {
        if !options.json { output(text) }
    }

    /// An error or a warning in text mode: to ``diagnostics`` when the
    /// caller keeps them apart (standard error for `-e` and a pipe), else in
    /// place with everything else (a transcript, the prompt).
    func writeDiagnostic(_ text: String) {
        if let diagnostics { diagnostics(text) } else { output(text) }
    }
}
