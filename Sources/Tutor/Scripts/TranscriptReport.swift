import TextKit

/// What `micrograd run --check` and `--record` print about a transcript:
/// for people, or as JSON Lines with `--json` (docs/json.md).
public enum TranscriptReport {
    /// The differences as a unified diff of the recording (`-`) and the
    /// replay (`+`), a hunk each with a line of context on either side,
    /// then a count; or one line saying that everything matches.
    ///
    /// ```
    /// --- demo.mg (recorded)
    /// +++ demo.mg (replayed)
    /// @@ line 5 @@
    ///  >>> b = -4
    /// -b = -3
    /// +b = -4
    ///  >>> c = a*b + tanh(a)
    /// demo.mg: 1 difference
    /// ```
    public static func text(_ check: TranscriptCheck, language: Language = .en) -> String {
        let file = check.sourceName
        guard !check.passed else {
            let message = check.inputs == 1
                ? TranscriptMessage.matchesOne(file: file) : .matchesAll(file: file, inputs: check.inputs)
            return message.text(language) + "\n"
        }
        let (open, close) = language == .en ? (" (", ")") : ("（", "）")
        let recorded = TranscriptMessage.recordedLabel.text(language)
        let replayed = TranscriptMessage.replayedLabel.text(language)
        var out = "--- \(file)\(open)\(recorded)\(close)\n+++ \(file)\(open)\(replayed)\(close)\n"
        for difference in check.differences { out += hunk(difference, language: language) }
        return out + TranscriptMessage.differences(file: file, Count(check.differences.count, .difference)).text(language) + "\n"
    }

    /// One difference as a hunk of a unified diff. `line N` is the
    /// difference's ``TranscriptComparison/Difference/line``: the first
    /// recorded line shown with `-`, or, when there is none, the context
    /// line the `+` lines follow.
    public static func hunk(_ difference: TranscriptComparison.Difference, language: Language = .en) -> String {
        var out = "@@ \(TranscriptMessage.hunkLine(difference.line).text(language)) @@\n"
        // The recorded lines come from the transcript file, the actual ones
        // echo its input: control characters shown visibly (`^[`).
        out += " \(difference.before.withVisibleControls)\n"
        for line in difference.recorded { out += "-\(line.withVisibleControls)\n" }
        for line in difference.actual { out += "+\(line.withVisibleControls)\n" }
        if let after = difference.after { out += " \(after.withVisibleControls)\n" }
        return out
    }

    /// One JSON object per difference, then a summary:
    ///
    /// ```
    /// {"file": "demo.mg", "line": 5, "recorded": ["b = -3"], "actual": ["b = -4"]}
    /// {"summary": {"file": "demo.mg", "inputs": 4, "differences": 1}}
    /// ```
    public static func json(_ check: TranscriptCheck) -> String {
        var out = ""
        for difference in check.differences {
            let object = JSON.object([
                ("file", .string(check.sourceName)),
                ("line", .int(difference.line)),
                ("recorded", .array(difference.recorded.map { .string($0) })),
                ("actual", .array(difference.actual.map { .string($0) })),
            ])
            out += object.encoded + "\n"
        }
        let summary = JSON.object([
            (
                "summary",
                .object([
                    ("file", .string(check.sourceName)),
                    ("inputs", .int(check.inputs)),
                    ("differences", .int(check.differences.count)),
                ])
            )
        ])
        return out + summary.encoded + "\n"
    }

    /// What `--record` wrote, and how to check it.
    public static func text(_ recording: TranscriptRecording, language: Language = .en) -> String {
        TranscriptMessage.recorded(file: recording.sourceName, Count(recording.inputs, .input)).text(language) + "\n"
    }

    /// What `--record` wrote, as one JSON object:
    /// `{"recorded": {"file": "demo.mg", "inputs": 4, "lines": 9}}`.
    public static func json(_ recording: TranscriptRecording) -> String {
        JSON.object([
            (
                "recorded",
                .object([
                    ("file", .string(recording.sourceName)),
                    ("inputs", .int(recording.inputs)),
                    ("lines", .int(recording.lines)),
                ])
            )
        ]).encoded + "\n"
    }
}
