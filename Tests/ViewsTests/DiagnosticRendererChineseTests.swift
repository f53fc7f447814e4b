import Calc
import Testing
import TextKit
@testable import Views

@Suite("Diagnostics as text, in Chinese")
struct DiagnosticRendererChineseTests {
    private func render(_ source: String, _ language: Language = .zh) -> String {
        var diagnostic: Diagnostic?
        do {
            var evaluator = Evaluator(workspace: Workspace())
            for statement in try Parser.parse(source) { _ = try evaluator.run(statement) }
        } catch {
            diagnostic = error
        }
        guard let diagnostic else {
            Issue.record("\(source) worked")
            return ""
        }
        return DiagnosticRenderer(style: Style(color: false, unicode: true), language: language)
            .render(diagnostic, sourceName: "<test>", lines: source.split(separator: "\n").map(String.init), firstLine: 1)
    }

    @Test("error, warning and hint are framed in Chinese; the place stays FILE:LINE:COL")
    func words() {
        #expect(render("b = 2\nbb + 1") == """
            <test>:2:1: 错误：“bb”还没有定义
                bb + 1
                ^~
                提示：你是不是想写“b”？

            """)
        #expect(render("1 + * 2") == """
            <test>:1:5: 错误：“+”后面应是一个表达式，却是“*”
                1 + * 2
                    ^

            """)
        let warning = Diagnostic(.warning, CalcMessage.nonFinite("1/0", .infinity), at: nil, hint: CalcMessage.divisionByZero)
        #expect(DiagnosticRenderer(style: .plain, language: .zh).render(warning, sourceName: "<test>", lines: [], firstLine: 1)
            == "<test>: 警告：“1/0”是无穷大\n    提示：除数为零\n")
    }

    @Test("English stays as it was")
    func english() {
        #expect(render("b = 2\nbb + 1", .en) == """
            <test>:2:1: error: unknown name 'bb'
                bb + 1
                ^~
                hint: did you mean 'b'?

            """)
    }

    @Test("the caret stays under the place on a line mixing wide and narrow characters")
    func mixedWidth() {
        // `# 注释` is a comment; `ｙ` is read as y, which is unknown.
        let text = render("x = 1 # 注释\nａ = （ｘ + ｙ）")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "<test>:2:10: 错误：“y”还没有定义")
        #expect(lines[1] == "    ａ = （ｘ + ｙ）")
        // ａ(2) space = space （(2) ｘ(2) space + space: 12 columns before ｙ.
        #expect(lines[2] == String(repeating: " ", count: 4 + 12) + "^~")
        #expect(TextLayout.width(String(lines[1].prefix(4 + 9))) == 4 + 12)
    }
}
