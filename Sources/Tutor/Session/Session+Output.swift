import TextKit
import Calc

extension Session {
    // The session's three ways to write. JSON mode (`--json`) writes one
    // JSON object a line: results, errors and warnings, and one object per
    // command, so everything said to the learner in words goes through `say`
    // or `writeText`, which JSON mode gathers into the running command's
    // object (and drops outside a command); `writeRaw` is for what every
    // mode writes.

    /// Writes `text` as it is, in every mode: results, errors, the echo of
    /// input.
    func writeRaw(_ text: String) {
        output(text)
    }

    /// A line for the learner (a newline is added), wrapped to the width
    /// at word boundaries (``ProseLayout/fit(_:width:)``). In JSON mode, a
    /// line of the running command's `text`, and nothing outside a command.
    func say(_ text: String) {
        if !options.json { output(fitted(text) + "\n") } else { jsonCapture?.text += text + "\n" }
    }

    /// Text for the learner as it is, such as a progress line that returns
    /// to its start, wrapped as `say` wraps; nothing in JSON mode.
    func writeText(_ text: String) {
        if !options.json { output(fitted(text)) } else { jsonCapture?.text += text }
    }

    /// Members of the running command's `--json` object besides its words
    /// (``CommandJSON``: `:check`'s nodes, `:train`'s losses); nothing in
    /// text mode.
    func describeInJSON(_ members: [(String, JSON)]) {
        jsonCapture?.members += members
    }

    /// Runs a command's work, and under `--json` writes the one object that
    /// says what it did: `{"command": NAME, "input": LINE, ...members, "text": [lines]}`
    /// (docs/json.md), unless it said and described nothing. An error
    /// thrown is the caller's to report, and the object is not written.
    func writingCommandJSON(name: String, input: String, _ work: () throws(Diagnostic) -> Void) throws(Diagnostic) {
        guard options.json else { return try work() }
        let outer = jsonCapture
        jsonCapture = CommandJSONCapture()
        defer { jsonCapture = outer }
        try work()
        guard let capture = jsonCapture, !capture.text.isEmpty || !capture.members.isEmpty else { return }
        var lines = capture.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let object = JSON.object(
            [("command", .string(name)), ("input", .string(input))] + capture.members
                + [("text", .array(lines.map(JSON.string)))])
        writeRaw(object.encoded + "\n")
    }

    /// `text` fitted to the width when the options ask for it.
    public func fitted(_ text: String) -> String {
        options.wrapsText ? ProseLayout.fit(text, width: options.width) : text
    }

    /// A table or a drawing: its columns cannot wrap, so a row wider than
    /// the width is cut (with `…`) and a note after the table says how to
    /// see it whole. Nothing in JSON mode.
    func writeTable(_ text: String) {
        guard !options.json else {
            jsonCapture?.text += text
            return
        }
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

/// What a command says and describes under `--json`, gathered while it
/// runs into the one object it writes (``Session/writingCommandJSON(name:input:_:)``).
struct CommandJSONCapture {
    /// Its words, as text mode would print them (without colour).
    var text = ""
    /// Its own members: ``CommandJSON``'s objects.
    var members: [(String, JSON)] = []
}
