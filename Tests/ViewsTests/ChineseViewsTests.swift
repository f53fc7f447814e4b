import Autograd
import Calc
import Testing
import TextKit
@testable import Views

/// The renderers in Chinese: the same layout, the words translated, the
/// columns aligned by display width (a Chinese character takes two).
@Suite("Views in Chinese")
struct ChineseViewsTests {
    static let lecture = "a = 2\nb = -3\nc = 10\ne = a*b\nd = e + c\nf = -2\nL = d*f"
    static let style = Style(color: false, unicode: true)

    static func lectureWorkspace() throws -> (Workspace, Node) {
        let workspace = try NodeLabelerTests.workspace(lecture)
        let output = try NodeLabelerTests.node("L", in: workspace)
        workspace.tape.backward(from: output)
        return (workspace, output)
    }

    @Test("the node table: headers and the op column's words, aligned")
    func nodeTable() throws {
        let (workspace, output) = try ChineseViewsTests.lectureWorkspace()
        let nodes = workspace.tape.subgraph(of: output)
        let text = NodeTable(style: ChineseViewsTests.style, language: .zh).render(nodes, workspace: workspace)
        #expect(
            text == """
                  节点  运算    值  梯度
                  L     *       -8     1
                  f     叶子    -2     4
                  d     +        4    -2
                  e     *       -6    -2
                  c     叶子    10    -2
                  b     叶子    -3    -4
                  a     叶子     2     6

                """)
        // Every row as wide on screen as the header row's columns need.
        let small = NodeTable(style: ChineseViewsTests.style, maxRows: 3, language: .zh)
            .render(nodes, workspace: workspace, command: ":nodes L")
        #expect(small.hasSuffix("  … 另有 4 个节点未列出（共 7 个）；:nodes L 列出全部\n"))
        #expect(englishWords(in: text + small).isEmpty)
        // English is as it was.
        #expect(NodeTable(style: ChineseViewsTests.style).render(nodes, workspace: workspace).hasPrefix("  node  op    data  grad\n"))
    }

    @Test("a constant's op column")
    func constant() throws {
        let workspace = try NodeLabelerTests.workspace("x = 3\ny = x*2")
        let output = try NodeLabelerTests.node("y", in: workspace)
        workspace.tape.backward(from: output)
        let text = NodeTable(style: ChineseViewsTests.style, language: .zh)
            .render(workspace.tape.subgraph(of: output), workspace: workspace)
        #expect(text.contains("  2     常量  2  3\n") || text.contains("常量"))
        #expect(!text.contains("const") && !text.contains("leaf"))
    }

    @Test(":check's table and verdict, with ASCII marks too")
    func check() throws {
        let (workspace, output) = try ChineseViewsTests.lectureWorkspace()
        let nodes = workspace.tape.subgraph(of: output).filter { $0 != output }
        let entries = GradientCheck(tape: workspace.tape, output: output).run(nodes, gradient: workspace.tape.grad)
        let ascii = Style(color: false, unicode: false)
        let text = GradientCheckReport(style: ascii, workspace: workspace, language: .zh).render(entries, output: output)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "  节点  自动微分   有限差分   相对误差")
        #expect(lines[1].hasSuffix("  通过"))
        #expect(lines.last?.hasPrefix("通过 全部 6 个梯度都与有限差分一致（最大相对误差 ") == true)
        #expect(lines.last?.hasSuffix("；容差 1e-5）") == true)
        #expect(englishWords(in: text).isEmpty, "\(text)")
    }

    @Test("the loss plot's axis counts steps in Chinese")
    func lossPlot() {
        let plot = LossPlot(style: ChineseViewsTests.style, width: 60, language: .zh).render([4, 2, 1, 0.5])
        #expect(plot.hasSuffix(" 3 步"))
        #expect(LossPlot(style: ChineseViewsTests.style, width: 60).render([4, 2]).hasSuffix(" 1 step"))
    }

    @Test("the graph drawing's notes")
    func graphNotes() throws {
        let workspace = try NodeLabelerTests.workspace("x = 3\ny = x + x\nr = y*y")
        let output = try NodeLabelerTests.node("r", in: workspace)
        workspace.tape.backward(from: output)
        let graph = DisplayGraph(of: [output], workspace: workspace, showElements: false)
        let text = GraphDrawing(style: ChineseViewsTests.style, width: 80, language: .zh).render(
            graph, tape: workspace.tape, command: ":nodes r")
        #expect(text.contains("用了 2 次"))
        #expect(text.contains("↑ 共用，已在上方画出"))
        #expect(text.hasPrefix("  节点"))
        #expect(englishWords(in: text).isEmpty, "\(text)")
    }

    @Test("the chain rule and the backward steps")
    func explanation() throws {
        let (workspace, output) = try ChineseViewsTests.lectureWorkspace()
        var explanation = ChainRuleExplanation(workspace: workspace, output: output, style: ChineseViewsTests.style, language: .zh)
        #expect(explanation.explain(output) == ["dL/dL = 1  （输出：反向传播从这里开始）"])
        var stepper = BackwardStepper(workspace: workspace, output: output)
        #expect(stepper.introduction(style: ChineseViewsTests.style, language: .zh) == "所有梯度先设为 0，输出自己的梯度 dL/dL = 1。")
        #expect(stepper.step(style: ChineseViewsTests.style, language: .zh).hasPrefix("第 1 步（共 3 步）：L = d*f，梯度 1\n"))
    }

    @Test("the array table: names, shapes and the note")
    func arrayTable() throws {
        let workspace = try NodeLabelerTests.workspace("x = [[1], [2], [3]]\nw = [[0.5]]\nloss = mean((x @ w)^2)")
        let output = try NodeLabelerTests.node("loss", in: workspace)
        workspace.tape.backward(from: output)
        let nodes = workspace.tape.subgraph(of: output)
        let text = ArrayTable(style: ChineseViewsTests.style, width: 80, language: .zh)
            .render(output: output, nodes: nodes, workspace: workspace, command: ":nodes loss")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("  名字  形状    运算  值"))
        #expect(lines[1].hasPrefix("  loss  标量    /"))
        #expect(lines.last == "  … 计算图共 \(nodes.count) 个节点，这里按其中的名字列出；:nodes loss 列出每个节点")
        #expect(englishWords(in: text).isEmpty, "\(text)")
    }
}

/// English words left in Chinese text: runs of three or more ASCII letters,
/// less the names of the tests' graphs and what stays as typed.
func englishWords(in text: String) -> [String] {
    let allowed: Set<String> = ["loss", "nodes", "NaN"]
    let words = text.split { !($0.isASCII && $0.isLetter) }.map(String.init)
    return words.filter { $0.count >= 3 && !allowed.contains($0) }
}
