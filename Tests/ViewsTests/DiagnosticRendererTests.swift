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
