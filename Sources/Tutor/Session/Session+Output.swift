import TextKit

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

    /// A line for the learner (a newline is added), wrapped to the width
    /// at word boundaries (``ProseLayout/fit(_:width:)``); nothing in JSON mode.
    func say(_ text: String) {
        if !options.json { output(fitted(text) + "\n") }
    }

    /// Text for the learner as it is, such as a progress line that returns
    /// to its start, wrapped as `say` wraps; nothing in JSON mode.
    func writeText(_ text: String) {
        if !options.json { output(fitted(text)) }
    }

    /// `text` fitted to the width when the options ask for it.
    public func fitted(_ text: String) -> String {
        options.wrapsText ? ProseLayout.fit(text, width: options.width) : text
    }

    /// A table or a drawing: its columns cannot wrap, so a row wider than
    /// the width is cut (with `…`) and a note after the table says how to
    /// see it whole. Nothing in JSON mode.
    func writeTable(_ text: String) {
        guard !options.json else { return }
        guard options.wrapsText else { return output(text) }
        var cut = false
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).map { row -> String in
            guard DisplayWidth.of(String(row)) > options.width else { return String(row) }
            // A note under the table (one space between its words) is prose.
            if !row.drop(while: { $0 == " " }).contains("  ") {
                return ProseLayout.fit(String(row), width: options.width)
            }
            cut = true
            return TextLayout.truncate(Style.removingCodes(String(row)), to: options.width)
        }
        output(rows.joined(separator: "\n"))
        if cut {
            output(style.dim(ProseLayout.fit(SessionMessage.cutToWidth(width: options.width).text(language), width: options.width)) + "\n")
        }
    }

    /// An error or a warning in text mode: to ``diagnostics`` when the
    /// caller keeps them apart (standard error for `-e` and a pipe), else in
    /// place with everything else (a transcript, the prompt).
    func writeDiagnostic(_ text: String) {
        let text = fitted(text)
        if let diagnostics { diagnostics(text) } else { output(text) }
    }
}
