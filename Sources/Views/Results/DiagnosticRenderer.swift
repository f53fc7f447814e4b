import TextKit
import Calc

/// Writes a diagnostic as a compiler would: where, what, the source line,
/// a caret under the place, and the hint.
///
/// ```
/// <stdin>:1:5: error: expected an expression after '+', found '*'
///     1 + * 2
///         ^
/// ```
///
/// In Chinese the words around the message are Chinese too, and the place
/// stays as compilers write it:
///
/// ```
/// <stdin>:1:1: 错误：“bb”还没有定义
///     bb + 1
///     ^~
///     提示：你是不是想写“b”？
/// ```
public struct DiagnosticRenderer {
    public var style: Style
    /// Columns for the source line: a longer line is shown as the part
    /// around the place, so that a line of thousands of characters does not
    /// bury the caret.
    public var width = 76
    /// The language of the message, the hint and the words around them.
    public var language: Language

    public init(style: Style, width: Int = 76, language: Language = .en) {
        self.style = style
        self.width = width
        self.language = language
    }

    /// `sourceName` is the file or `<stdin>`; `lines` are the source lines,
    /// the first of which is line `firstLine`.
    public func render(_ diagnostic: Diagnostic, sourceName: String, lines: [String], firstLine: Int) -> String {
        let word = DiagnosticWord(severity: diagnostic.severity)
        let severity = diagnostic.severity == .error ? style.error(word.text(language)) : style.warning(word.text(language))
        // The file's name and the message may quote input: shown visibly.
        var header = sourceName.withVisibleControls
        if let location = diagnostic.location { header += ":\(location.line):\(location.column)" }
        // `error: ` has its space; `错误：` needs none after the full-width colon.
        let gap = language == .zh ? "" : " "
        var text = "\(style.bold(header + ":")) \(severity)\(gap)\(style.bold(diagnostic.message(in: language).withVisibleControls))\n"
        if let range = diagnostic.range {
            let index = range.start.line - firstLine
            if index >= 0, index < lines.count {
                // One cell per character of the line, control characters
                // shown visibly (`^[`), so the caret counts their width.
                let characters = lines[index].replacingTabs.map { String($0).withVisibleControls }
                let start = Swift.min(Swift.max(0, range.start.column - 1), characters.count)
                let (shown, first, last) = window(characters, around: start)
                let before = characters[first..<start].joined()
                var length = 1
                if range.end.line == range.start.line, range.end.column > range.start.column {
                    let end = Swift.min(range.end.column - 1, last)
                    length = Swift.max(1, TextLayout.width(characters[start..<Swift.max(start, end)].joined()))
                }
                let pad = String(repeating: " ", count: TextLayout.width(before) + (first > 0 ? 1 : 0))
                let marks = "^" + String(repeating: "~", count: length - 1)
                text += "    \(shown)\n    \(pad)\(style.caret(marks))\n"
            }
        }
        if let hint = diagnostic.hint(in: language) {
            text += "    \(style.dim(DiagnosticWord.hint(hint.withVisibleControls).text(language)))\n"
        }
        return text
    }

    /// The line as shown, and the characters it shows (`first..<last`): all
    /// of it when it fits, else a part that starts a third of the width
    /// before `start`, with `…` where it is cut.
    private func window(_ characters: [String], around start: Int) -> (String, first: Int, last: Int) {
        let line = characters.joined()
        guard TextLayout.width(line) > width else { return (line, 0, characters.count) }
        var first = start
        var columns = 0
        while first > 0, columns + TextLayout.width(characters[first - 1]) <= width / 3 {
            first -= 1
            columns += TextLayout.width(characters[first])
        }
        var last = first
        columns = first > 0 ? 1 : 0
        while last < characters.count, columns + TextLayout.width(characters[last]) <= width - 1 {
            columns += TextLayout.width(characters[last])
            last += 1
        }
        let shown = (first > 0 ? "…" : "") + characters[first..<last].joined() + (last < characters.count ? "…" : "")
        return (shown, first, last)
    }
}

extension String {
    /// Tabs would make the caret line up wrongly; show them as spaces.
    public var replacingTabs: String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}

/// The words a diagnostic is framed with: `error:`, `warning:`, `hint: ...`.
public enum DiagnosticWord: Message {
    case error
    case warning
    case hint(String)

    public init(severity: Diagnostic.Severity) {
        self = severity == .error ? .error : .warning
    }

    public var texts: Texts {
        switch self {
        case .error: Texts(en: "error:", zh: "错误：")
        case .warning: Texts(en: "warning:", zh: "警告：")
        case .hint(let hint): Texts(en: "hint: \(hint)", zh: "提示：\(hint)")
        }
    }

    public static let samples: [DiagnosticWord] = [.error, .warning, .hint("did you mean 'b'?")]
}
