import Testing

@testable import TextKit

/// `ProseLayout.fit`: lines already laid out, fitted to a width at word
/// boundaries (issue 16: `13 st`/`eps`, `-7`/`3.3021`, `t`/`ranspose(x)`).
@Suite("Fitting text to the width")
struct ProseLayoutTests {
    /// Every line of `text` within `width` columns.
    func fits(_ text: String, _ width: Int) -> Bool {
        text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= width }
    }

    @Test("a long line wraps between words, never inside a number or a name")
    func wordsStayWhole() {
        let line = "hint: x needs as many columns as y has rows; transpose(x) swaps rows and columns, 1 * 0.07065 = 0.07065"
        let fitted = ProseLayout.fit(line, width: 40)
        #expect(fits(fitted, 40))
        let words = fitted.split(whereSeparator: { $0 == " " || $0 == "\n" })
        #expect(words == line.split(separator: " "), "the same words, none cut: \(fitted)")
        #expect(ProseLayout.fit("short", width: 40) == "short")
    }

    @Test("continuations hang under a label's text, and inside an array's brackets")
    func hanging() {
        let help = "  :vars   the names you have defined, with shapes and values"
        #expect(ProseLayout.fit(help, width: 40) == "  :vars   the names you have defined,\n          with shapes and values")
        let array = "y = [[-0.3915, -3.8049, 1.8975, 0.4797, -2.984, -3.1324]]"
        let fitted = ProseLayout.fit(array, width: 30)
        #expect(fits(fitted, 30))
        #expect(fitted.hasPrefix("y = [[-0.3915,"))
        #expect(fitted.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("      ") && !$0.hasPrefix("       ") })
        #expect(!fitted.contains("-7\n"))
    }

    @Test("Chinese wraps between characters, and no line starts with closing punctuation")
    func chinese() {
        let line = "提示：矩阵乘法要求左边的列数等于右边的行数，所以请先用 transpose(x) 交换行和列。然后再试一次，好吗？"
        let fitted = ProseLayout.fit(line, width: 24)
        #expect(fits(fitted, 24))
        for row in fitted.split(separator: "\n") {
            #expect(!ProseLayout.noLineStart.contains(row.first!), "\(row)")
        }
        #expect(fitted.contains("transpose(x)"))
    }

    @Test("a line of several statements wraps at its indent, not under the brackets of a later array")
    func statementsHangAtTheIndent() {
        let line = "Set up for you: w = 0.5; x = [1, 2, 3, 4]; y = [2, 4, 6, 8]; xa = [1, 2]; ya = [2, 4]"
        let fitted = ProseLayout.fit(line, width: 40)
        #expect(fits(fitted, 40))
        for row in fitted.split(separator: "\n").dropFirst() { #expect(!row.hasPrefix(" "), "\(row)") }
        #expect(ProseLayout.fit("x = [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 2]]", width: 30).contains("\n      9, 10"))
    }

    @Test("no line ends with an opening bracket or quote: it goes down with what it opens")
    func openingBrackets() {
        let text = "源文件里的 `a2 - y` 是错的（第 7 课）：它是交叉熵的梯度，一轮（epoch）就是把数据全部看一遍，也叫“一遍”。"
        for width in 10...40 {
            let lines = ProseLayout.wrap(text, width: width, firstPrefix: "", prefix: "")
            for line in lines {
                #expect(DisplayWidth.of(line) <= width, "\(width): \(line)")
                if let last = line.last { #expect(!ProseLayout.noLineEnd.contains(last), "\(width): \(line)") }
            }
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "\(width)")
        }
    }

    @Test("colour codes take no column, and a line that rewrites itself is left alone")
    func codesAndProgress() {
        let bold = "\u{1B}[1m:vars\u{1B}[0m"
        #expect(DisplayWidth.of(bold) == 5)
        #expect(Style.removingCodes(bold) == ":vars")
        let progress = "\r  step 10 of 1000: loss 3.25 " + String(repeating: "x", count: 80)
        #expect(ProseLayout.fit(progress, width: 40) == progress)
    }
}
