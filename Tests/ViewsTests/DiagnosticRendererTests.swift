import Calc
import Testing
@testable import Views
import TextKit

@Suite("Diagnostics as text")
struct DiagnosticRendererTests {
    private func render(_ source: String) -> String {
        let diagnostic: Diagnostic
        do {
            _ = try Parser.parse(source)
            Issue.record("\(source) parsed")
            return ""
        } catch {
            diagnostic = error
        }
        return DiagnosticRenderer(style: Style(color: false, unicode: true))
            .render(diagnostic, sourceName: "<test>", lines: [source], firstLine: 1)
    }

    @Test("a short line is shown whole, with the caret under the place")
    func shortLine() {
        #expect(render("1 + * 2") == """
            <test>:1:5: error: expected an expression after '+', found '*'
                1 + * 2
                    ^

            """)
    }

    @Test("a long line is shown around the place, cut with an ellipsis, the caret still under it")
    func longLine() {
        let source = "y = " + String(repeating: "a", count: 200) + " $ " + String(repeating: "b", count: 200)
        let lines = render(source).split(separator: "\n").map(String.init)
        #expect(lines[0] == "<test>:1:206: error: unexpected character '$'")
        let shown = lines[1].dropFirst(4)
        #expect(shown.hasPrefix("…a") && shown.hasSuffix("b…"))
        #expect(shown.count <= 77, "fits the width, ellipses included")
        let caret = lines[2].dropFirst(4)
        let column = caret.firstIndex(of: "^").map { caret.distance(from: caret.startIndex, to: $0) }
        let dollar = shown.firstIndex(of: "$").map { shown.distance(from: shown.startIndex, to: $0) }
        #expect(column != nil && column == dollar)
    }
}

@Suite("Diagnostics quoting control characters")
struct DiagnosticControlTests {
    private func render(_ source: String, color: Bool = false) -> String {
        let diagnostic: Diagnostic
        do {
            _ = try Parser.parse(source)
            Issue.record("\(source) parsed")
            return ""
        } catch {
            diagnostic = error
        }
        return DiagnosticRenderer(style: Style(color: color, unicode: true))
            .render(diagnostic, sourceName: "<test>", lines: [source], firstLine: 1)
    }

    @Test("an ESC in the input line is shown as ^[, marked over both of its columns")
    func escapeInLine() {
        let text = render("a = 1 + \u{1B}]0;pwned\u{07}")
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"), "\(text)")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[1] == "    a = 1 + ^[]0;pwned^G", "\(text)")
        #expect(lines[2] == "            ^~", "\(text)")
    }

    @Test("a place after an ESC: the caret moves by the width of ^[ and stays under its name")
    func placeAfterEscape() {
        // `zz` is at columns 12-13 of the line (ESC counts one character).
        let source = "y = \u{1B}[8m + zz"
        let range = SourceRange(
            start: SourceLocation(line: 1, column: 12), end: SourceLocation(line: 1, column: 14), offsets: 11..<13)
        let text = DiagnosticRenderer(style: .plain)
            .render(.error("unknown name 'zz'", at: range), sourceName: "<test>", lines: [source], firstLine: 1)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(!text.contains("\u{1B}"), "\(text)")
        #expect(lines[1] == "    y = ^[[8m + zz", "\(text)")
        #expect(lines[2] == "                ^~", "\(text)")
    }

    @Test("with colour on, the only ESC bytes are the style's own")
    func colour() {
        let text = render("b = \u{1B}[2J\u{1B}]52;c;aGk=\u{07}", color: true)
        let unstyled = text.replacing(#/\x{1B}\[[0-9;]*m/#, with: "")
        #expect(!unstyled.contains("\u{1B}"), "\(text.debugDescription)")
        #expect(unstyled.contains("b = ^[[2J^[]52;c;aGk=^G"), "\(unstyled)")
    }
}
