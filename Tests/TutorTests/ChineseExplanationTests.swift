@testable import Views
import TextKit
import Testing
@testable import Tutor

/// A Chinese session that has run `script`, and what it prints next.
private func chineseSession(_ script: String) -> (Session, () -> String) {
    final class Output: @unchecked Sendable { var text = "" }
    let output = Output()
    let session = Session(options: SessionOptions(style: Style(color: false, unicode: true), width: 80)) {
        output.text += $0
    }
    session.language = .zh
    for line in script.split(separator: "\n") { session.handle(String(line)) }
    output.text = ""
    return (session, { defer { output.text = "" }; return output.text })
}

private let lecture = "a = 2\nb = -3\nc = 10\ne = a*b\nd = e + c\nf = -2\nL = d*f"

/// English words left in Chinese text: runs of three or more ASCII letters
/// that are not code. Code is what the learner types or reads as a
/// formula: backticked text, commands (`:explain`), derivative labels
/// (`dL/da`), `a.grad`, function calls, the session's names, and a few
/// words that stay as typed (NaN, Ctrl-C, Enter, Graphviz...).
func englishWords(in text: String, names: Set<String> = []) -> [String] {
    let allowed: Set<String> = [
        "NaN", "ReLU", "DOT", "SVG", "JSON", "Tab", "Ctrl", "Enter", "NODE", "NAME", "Graphviz", "dot", "Tsvg",
        "inf", "nan", "all", "backward", "relu", "abs", "sum", "mean", "tanh", "exp", "Debian", "Ubuntu", "apt", "get",
        "install", "graphviz",
    ]
    var cleaned = text
    let code: [Regex<Substring>] = [
        try! Regex("`[^`]*`"), try! Regex(":[A-Za-z]+"), try! Regex("d[A-Za-z_]+/d[A-Za-z_]+"),
        try! Regex("[A-Za-z_]+\\.grad"), try! Regex("[A-Za-z_]+\\("), try! Regex("[A-Za-z_]+\\.(?:mg|dot|svg|png|pdf)"),
    ]
    for pattern in code { cleaned = cleaned.replacing(pattern, with: " ") }
    let words = cleaned.split { !($0.isASCII && $0.isLetter) }.map(String.init)
    return words.filter { $0.count >= 3 && !allowed.contains($0) && !names.contains($0) }
}

@Suite("Chinese explanations")
struct ChineseExplanationTests {
    @Test(":explain on the lecture's example")
    func explain() {
        let (session, output) = chineseSession(lecture)
        session.handle(":explain L")
        let lines = output().split(separator: "\n").map(String.init)
        #expect(lines[0] == "从 L 往下，每个节点的梯度等于使用它的节点的梯度乘以局部导数：")
        #expect(lines[1] == "dL/dL = 1  （输出：反向传播从这里开始）")
        #expect(lines.contains("dL/da = dL/de * de/da = -2 * b = -2 * -3 = 6  (e = a*b)"))
        session.handle("x = 3; y = x + x; p = x*y; q = x + y; r = p*q")
        _ = output()
        session.handle(":explain r x")
        let reused = output().split(separator: "\n").map(String.init)
        #expect(reused[0] == "dr/dx：x 被用了 4 次，每处传回的梯度相加：")
        #expect(reused[1] == "  经由 y = x + x（左）：dr/dy * dy/dx = 45 * 1 = 45")
        session.handle(":explain a")
        let error = output()
        #expect(error.contains("错误：a 只是一个数：它的计算图没有什么可解释的"))
        #expect(error.contains("提示：要看 a 在结果 L 中的梯度，输入 :explain L a（或 :explain a.grad）"))
    }

    @Test(":check on the lecture's example")
    func check() {
        let (session, output) = chineseSession(lecture)
        session.handle(":check L")
        let lines = output().split(separator: "\n").map(String.init)
        #expect(lines[0] == "  节点  自动微分   有限差分   相对误差")
        #expect(lines.last == "✓ 全部 6 个梯度都与有限差分一致（最大相对误差 8.2e-11；容差 1e-5）")
    }

    @Test(":backward, stepped, then stopped")
    func backward() {
        let (session, output) = chineseSession(lecture)
        session.handle(":backward L")
        #expect(
            output() == """
                L 的反向传播，一次一个节点，顺序与引擎相同。
                所有梯度先设为 0，输出自己的梯度 dL/dL = 1。
                第 1 步（共 3 步）：L = d*f，梯度 1
                  d.grad = 0 + 1 * f = 0 + 1 * -2 = -2  (dL/dd = f)
                  f.grad = 0 + 1 * d = 0 + 1 * 4 = 4  (dL/df = d)
                Enter：下一个节点 · a：余下全部 · q：停止

                """)
        session.handle("")
        #expect(output().hasPrefix("第 2 步（共 3 步）：d = e + c，梯度 -2\n"))
        session.handle("q")
        #expect(output() == "在第 2 步停下（共 3 步）；梯度已恢复完整。\n")
    }

    @Test(":graph on the lecture's example")
    func graph() {
        let (session, output) = chineseSession(lecture)
        session.handle(":graph L")
        #expect(
            output() == """
                  节点        运算    值  梯度
                  L           *       -8     1
                  ├─ d        +        4    -2
                  │  ├─ e     *       -6    -2
                  │  │  ├─ a  叶子     2     6
                  │  │  └─ b  叶子    -3    -4
                  │  └─ c     叶子    10    -2
                  └─ f        叶子    -2     4

                """)
    }

    @Test(":step and :train")
    func train() {
        let (session, output) = chineseSession("x = [[1], [2], [3]]\ny = [[2], [4], [6]]\nw = [[0.5]]\nb = 0\nloss = mean((x @ w + b - y)^2)")
        session.handle(":step 0.1 w b")
        #expect(output() == "走了一步：loss 10.5 → 0.1667（学习率 0.1；更新了 b, w）\n")
        session.handle(":train loss 20 0.1 w b")
        let lines = output().split(separator: "\n").map(String.init)
        #expect(lines[0] == "训练 loss：20 步，学习率 0.1，更新 b, w")
        #expect(lines[1] == "  第  2 步  loss 0.03791")
        #expect(lines.contains("loss 0.1667 → 0.01578，共 20 步"))
        #expect(lines.last?.hasSuffix(" 20 步") == true)
        session.handle(":train loss 100 10 w b")
        let diverged = output()
        #expect(diverged.contains("：loss 变成了 inf；参数保持第"))
        #expect(diverged.contains("  提示：步子太大，越过了最低点；试试更小的学习率，例如 1\n"))
    }

    @Test("a Chinese session of these commands prints no English sentence")
    func noEnglish() {
        let (session, output) = chineseSession(lecture + "\nx = 3; y = x + x; p = x*y; q = x + y; r = p*q\nw = [1, 2]")
        var text = ""
        for line in [
            ":graph L", ":explain L", ":explain r x", ":check L", ":backward r all", ":backward L", "", "q", ":explain a",
            ":explain w", ":graph w", ":check a", ":step 0.1", ":step fast", ":train L ten 0.1", ":train L 5 0.01 a b",
        ] {
            session.handle(line)
            text += output()
        }
        // The words typed (echoed under an error) and the diagnostic's own
        // labels (`input:1:7: error:`, `hint:`), which DiagnosticRenderer
        // prints and another branch translates.
        let names: Set<String> = ["loss", "fast", "ten", "input", "error", "hint", "randn", "rand", "zeros"]
        let found = englishWords(in: text, names: names)
        #expect(found == [], "English words: \(found)")
        #expect(englishWords(in: "the output does not depend on it") == ["the", "output", "does", "not", "depend"])
    }
}
