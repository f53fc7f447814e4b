import TextKit

/// What `:graph`, `:explain`, `:check`, `:backward` and `:dot` say
/// themselves, around the renderers' tables.
enum ExplanationCommandMessage: Message, Equatable {
    /// Stands for the subject when it has no name.
    case lastResult
    case lastResultCapitalized
    case notScalar(subject: String, shape: String, command: String)
    case reduceFirst(String)
    case arraysOneNodeEach(String)
    case noGradColumn
    case notInGraph(node: String, output: String)
    case graphShows(command: String, output: String)
    case moreElements(Count)
    case singleNumberExplain(String)
    case explainOneHint(name: String)
    case explainOneHintUnnamed
    case explainIntro(String)
    case moreNodesExplain(Count, name: String)
    case singleNumberCheck(String)
    case noParameters(String, nodes: Int)
    case checkStopped(Int, of: Count)
    case checkedNearest(Count, total: Int, name: String)
    case backwardIntro(String)
    case steppingKeys
    case backwardStopped(Int, of: Count)
    case backwardDone
    case dotTooLarge(nodes: Int, max: Int)
    case dotTooLargeHint
    case dotFormats(String)
    case dotFolder(String)
    case dotCannotTell(String)
    case wroteDot(String, svg: String)
    case drewGraph(String)
    case noGraphviz(String)
    case drawWith(format: String, dot: String, path: String)
    case dotNotOurs(String)
    case dotNotDrawnHere(String)
    case noGraphvizDotNotOurs(String)

    var texts: Texts {
        switch self {
        case .lastResult: Texts(en: "the last result", zh: "上一个结果")
        case .lastResultCapitalized: Texts(en: "The last result", zh: "上一个结果")
        case .notScalar(let subject, let shape, let command):
            Texts(
                en: "\(subject) is an array of shape \(shape); :\(command) needs a scalar",
                zh: "\(subject) 是形状为 \(shape) 的数组；:\(command) 需要一个标量")
        case .reduceFirst(let name):
            Texts(
                en: "reduce it first, for example loss = sum(\(name)); :graph draws arrays",
                zh: "先把它归约成一个数，例如 loss = sum(\(name))；:graph 可以画数组")
        case .arraysOneNodeEach(let name):
            Texts(
                en: "arrays are drawn as one node each; :graph \(name) all draws every element",
                zh: "每个数组画成一个节点；:graph \(name) all 画出每个元素")
        case .noGradColumn:
            Texts(
                en: "(no grad column: an array has no single gradient; reduce it to a scalar, e.g. sum)",
                zh: "（没有梯度列：数组没有单一的梯度；先把它归约成标量，例如用 sum）")
        case .notInGraph(let node, let output):
            Texts(
                en: "'\(node)' is not in the graph of \(output), so its gradient there is 0",
                zh: "“\(node)”不在 \(output) 的计算图里，所以它在那里的梯度是 0")
        case .graphShows(let command, let output):
            Texts(en: "\(command) shows which nodes \(output) is made of", zh: "\(command) 显示 \(output) 由哪些节点组成")
        case .moreElements(let count): Texts(en: "and \(count.en)", zh: "还有 \(count.zh)")
        case .singleNumberExplain(let subject):
            Texts(
                en: "\(subject) is a single number: its graph has nothing to explain",
                zh: "\(subject) 只是一个数：它的计算图没有什么可解释的")
        case .explainOneHint(let name):
            Texts(
                en: "for the gradient of \(name) in a result L, type :explain L \(name) (or :explain \(name).grad)",
                zh: "要看 \(name) 在结果 L 中的梯度，输入 :explain L \(name)（或 :explain \(name).grad）")
        case .explainOneHintUnnamed:
            Texts(
                en: "for the gradient of it in a result L, type :explain L NAME (or :explain NAME.grad)",
                zh: "要看它在结果 L 中的梯度，输入 :explain L NAME（或 :explain NAME.grad）")
        case .explainIntro(let output):
            Texts(
                en: "From \(output) down, each gradient is its user's gradient times the local derivative:",
                zh: "从 \(output) 往下，每个节点的梯度等于使用它的节点的梯度乘以局部导数：")
        case .moreNodesExplain(let count, let name):
            Texts(en: "\(count.en); :explain \(name) NODE explains one", zh: "另有 \(count.zh)；:explain \(name) NODE 解释其中一个")
        case .singleNumberCheck(let subject):
            Texts(
                en: "\(subject) is a single number: its gradient is 1 by definition, nothing to check.",
                zh: "\(subject) 只是一个数：按定义它的梯度是 1，没有什么可检查的。")
        case .noParameters(let subject, let nodes):
            Texts(
                en: "\(subject) has \(nodes) nodes and no parameters (leaves) among them to check.",
                zh: "\(subject) 有 \(nodes) 个节点，其中没有可检查的参数（叶子节点）。")
        case .checkStopped(let done, let total):
            Texts(
                en: "Stopped (Ctrl-C) after \(done) of \(total.en); the values are as before.",
                zh: "已停止（Ctrl-C）：检查了 \(total.zh)中的 \(done) 个；各值不变。")
        case .checkedNearest(let count, let total, let name):
            Texts(
                en: "Checked the \(count.en) nearest the output of \(total); :check \(name) all checks every one.",
                zh: "共 \(total) 个，只检查了离输出最近的 \(count.zh)；:check \(name) all 检查全部。")
        case .backwardIntro(let subject):
            Texts(
                en: "The backward pass of \(subject), one node at a time, in the order the engine takes them.",
                zh: "\(subject) 的反向传播，一次一个节点，顺序与引擎相同。")
        case .steppingKeys: Texts(en: "Enter: next node · a: all the rest · q: stop", zh: "Enter：下一个节点 · a：余下全部 · q：停止")
        case .backwardStopped(let done, let total):
            Texts(
                en: "Stopped after \(done) of \(total.en) (the gradients are complete again).",
                zh: "在第 \(done) 步停下（共 \(total.zh)）；梯度已恢复完整。")
        case .backwardDone:
            Texts(
                en: "Done: every gradient is in place, the same as backward gives.",
                zh: "完成：每个梯度都已就位，与 backward 算出的相同。")
        case .dotTooLarge(let nodes, let max):
            Texts(
                en: "the graph has \(nodes) nodes; Graphviz cannot lay out more than \(max) readably",
                zh: "计算图有 \(nodes) 个节点；超过 \(max) 个，Graphviz 就排不出能看清的图了")
        case .dotTooLargeHint:
            Texts(
                en: ":graph draws the top of it; :dot on a named inner node exports a part",
                zh: ":graph 画出它的上部；对有名字的内部节点用 :dot 可导出一部分")
        case .dotFormats(let formats):
            Texts(
                en: "give a file ending in .dot (or .gv), or \(formats) to draw it",
                zh: "请给出以 .dot（或 .gv）结尾的文件名，或以 \(formats) 结尾以画出图")
        case .dotFolder(let path): Texts(en: "'\(path)' is a folder; :dot needs a file name", zh: "“\(path)”是文件夹；:dot 需要一个文件名")
        case .dotCannotTell(let base):
            Texts(en: "cannot tell what to write from '\(base)'", zh: "无法从“\(base)”看出要写成什么格式")
        case .wroteDot(let path, let svg):
            Texts(
                en: "Wrote \(path); draw it with: dot -Tsvg \(path) -o \(svg)",
                zh: "已写入 \(path)；画图可用：dot -Tsvg \(path) -o \(svg)")
        case .drewGraph(let path): Texts(en: "Drew the graph into \(path).", zh: "已把计算图画到 \(path)。")
        case .noGraphviz(let dot):
            Texts(
                en: "Graphviz's dot program is not installed, so the graph went to \(dot) instead.",
                zh: "没有安装 Graphviz 的 dot 程序，所以计算图写到了 \(dot)。")
        case .drawWith(let format, let dot, let path):
            Texts(
                en: "Draw it with: dot -T\(format) \(dot) -o \(path)   (Debian and Ubuntu: apt-get install graphviz)",
                zh: "画图可用：dot -T\(format) \(dot) -o \(path)   （Debian 和 Ubuntu：apt-get install graphviz）")
        case .dotNotOurs(let path):
            Texts(
                en: "'\(path)' exists and was not written by :dot, so :dot does not replace it",
                zh: "“\(path)”已经存在，且不是 :dot 写的，所以 :dot 不会覆盖它")
        case .dotNotDrawnHere(let path):
            Texts(
                en: "'\(path)' exists and was not drawn by :dot in this session, so :dot does not replace it",
                zh: "“\(path)”已经存在，且不是本次会话中 :dot 画的，所以 :dot 不会覆盖它")
        case .noGraphvizDotNotOurs(let dot):
            Texts(
                en: "Graphviz's dot program is not installed, and '\(dot)', where the graph would go instead, exists and was not written by :dot; nothing was written",
                zh: "没有安装 Graphviz 的 dot 程序；计算图本应改写到“\(dot)”，但它已经存在，且不是 :dot 写的，所以什么也没有写")
        }
    }

    static let samples: [ExplanationCommandMessage] = [
        .lastResult, .lastResultCapitalized, .notScalar(subject: "x", shape: "[3]", command: "check"), .reduceFirst("xs"),
        .arraysOneNodeEach("w"), .noGradColumn, .notInGraph(node: "z", output: "L"),
        .graphShows(command: ":graph M", output: "M"), .moreElements(Count(4, .moreElement)), .singleNumberExplain("a"),
        .explainOneHint(name: "b"), .explainOneHintUnnamed, .explainIntro("L"), .moreNodesExplain(Count(12, .moreNode), name: "loss"),
        .singleNumberCheck("c"), .noParameters("q", nodes: 7), .checkStopped(30, of: Count(2000, .parameter)),
        .checkedNearest(Count(1000, .node), total: 1500, name: "net"), .backwardIntro("L"), .steppingKeys,
        .backwardStopped(2, of: Count(5, .step)), .backwardDone, .dotTooLarge(nodes: 6000, max: 5000), .dotTooLargeHint,
        .dotFormats(".svg, .png, .pdf"), .dotFolder("out/"), .dotCannotTell("graph.txt"),
        .wroteDot("g.dot", svg: "g.svg"), .drewGraph("g.png"), .noGraphviz("h.dot"),
        .drawWith(format: "pdf", dot: "k.dot", path: "k.pdf"), .dotNotOurs("notes.dot"), .dotNotDrawnHere("thesis.pdf"),
        .noGraphvizDotNotOurs("thesis.dot"),
    ]
}
