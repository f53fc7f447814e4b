import Testing
import TextKit
@testable import Views

/// The page: text as preformatted blocks, node tables as tables, markup escaped.
@Suite("Handout page")
struct HandoutPageTests {
    @Test func tablesAndText() {
        let page = HandoutPage(source: "t.mg")
        let blocks = page.blocks(of: "c = 5\n  node  op    data  grad\n  c     +        5     1\n  a*b   *        6     1\nafter <b>\n")
        #expect(
            blocks == [
                "<pre>c = 5</pre>",
                "<table>\n<tr><th>node</th><th>op</th><th>data</th><th>grad</th></tr>\n<tr><td>c</td><td>+</td><td>5</td><td>1</td></tr>\n<tr><td>a*b</td><td>*</td><td>6</td><td>1</td></tr>\n</table>",
                "<pre>after &lt;b&gt;</pre>",
            ])
        #expect(HandoutPage.cells("  w1*x1 + w2*x2  +  -6  0.5") == ["w1*x1 + w2*x2", "+", "-6", "0.5"])
    }

    @Test func wholePageIsSelfContained() {
        let html = HandoutPage(source: "t.mg").render([
            HandoutPage.Entry(input: "# a comment", prompt: ">>> ", parts: []),
            HandoutPage.Entry(input: ":draw", prompt: ">>> ", parts: [.figure("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"), .text("x\n")]),
        ])
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<p class=\"comment\">a comment</p>"))
        #expect(html.contains("<figure><svg xmlns=\"http://www.w3.org/2000/svg\"></svg></figure>\n<pre>x</pre>"))
        #expect(!html.contains("<script") && !html.contains("<link"))
    }
}
