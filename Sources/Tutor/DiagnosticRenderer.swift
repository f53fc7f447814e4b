import Calc

/// Writes a diagnostic as a compiler would: where, what, the source line,
/// a caret under the place, and the hint.
///
/// ```
/// <stdin>:1:5: error: expected an expression after '+', found '*'
///     1 + * 2
///         ^
/// ```
struct DiagnosticRenderer {
    var style: Style

    /// `sourceName` is the file or `<stdin>`; `lines` are the source lines,
    /// the first of which is line `firstLine`.
    func render(_ diagnostic: Diagnostic, sourceName: String, lines: [String], firstLine: Int) -> String {
        let severity =
            diagnostic.severity == .error
            ? style.error("error:") : style.warning("warning:")
        var header = sourceName
        if let location = diagnostic.location { header += ":\(location.line):\(location.column)" }
        var text = "\(style.bold(header + ":")) \(severity) \(style.bold(diagnostic.message))\n"
        if let range = diagnostic.range {
            let index = range.start.line - firstLine
            if index >= 0, index < lines.count {
                let line = lines[index].replacingTabs
                let characters = Array(line)
                let before = String(characters.prefix(Swift.max(0, range.start.column - 1)))
                let length: Int
                if range.end.line == range.start.line, range.end.column > range.start.column {
                    let marked = characters.dropFirst(range.start.column - 1).prefix(range.end.column - range.start.column)
                    length = Swift.max(1, TextLayout.width(String(marked)))
                } else {
                    length = 1
                }
                let pad = String(repeating: " ", count: TextLayout.width(before))
                let marks = "^" + String(repeating: "~", count: length - 1)
                text += "    \(line)\n    \(pad)\(style.caret(marks))\n"
            }
        }
        if let hint = diagnostic.hint {
            text += "    \(style.dim("hint: \(hint)"))\n"
        }
        return text
    }
}

extension String {
    /// Tabs would make the caret line up wrongly; show them as spaces.
    var replacingTabs: String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
