import TextKit

/// The words of the node tables (`NodeTable`, `ArrayTable`, the columns of
/// `GraphDrawing`): headers, the op column's words for leaves and
/// constants, and the notes under a table.
public enum TableMessage: Message, Equatable {
    case nodeHeader, opHeader, dataHeader, gradHeader, nameHeader, shapeHeader
    /// The op column of a leaf and of a constant; other operations keep
    /// their names (`+`, `tanh`), which are code.
    case leaf, constant, mixed
    /// The shape column of a single number.
    case scalar
    /// The header of the data column when the gradient goes under it.
    case dataGradBelow
    case moreNodes(Count, total: Int)
    case moreNodesCommand(Count, total: Int, command: String)
    case arraySummary(nodes: Int, command: String)

    public var texts: Texts {
        switch self {
        case .nodeHeader: Texts(en: "node", zh: "节点")
        case .opHeader: Texts(en: "op", zh: "运算")
        case .dataHeader: Texts(en: "data", zh: "值")
        case .gradHeader: Texts(en: "grad", zh: "梯度")
        case .nameHeader: Texts(en: "name", zh: "名字")
        case .shapeHeader: Texts(en: "shape", zh: "形状")
        case .leaf: Texts(en: "leaf", zh: "叶子")
        case .constant: Texts(en: "const", zh: "常量")
        case .mixed: Texts(en: "mixed", zh: "混合")
        case .scalar: Texts(en: "scalar", zh: "标量")
        case .dataGradBelow: Texts(en: "data, grad below it", zh: "值（梯度在其下方）")
        case .moreNodes(let hidden, let total):
            Texts(en: "\(hidden.en) of \(total)", zh: "另有 \(hidden.zh)未列出（共 \(total) 个）")
        case .moreNodesCommand(let hidden, let total, let command):
            Texts(
                en: "\(hidden.en) of \(total); \(command) shows them all",
                zh: "另有 \(hidden.zh)未列出（共 \(total) 个）；\(command) 列出全部")
        case .arraySummary(let nodes, let command):
            Texts(
                en: "a graph of \(nodes) nodes, shown by the names in it; \(command) lists every node",
                zh: "计算图共 \(nodes) 个节点，这里按其中的名字列出；\(command) 列出每个节点")
        }
    }

    /// The op column's word for an operation named `name`: `leaf` and
    /// `const` are words and are translated, the rest (`+`, `tanh`) are code.
    public static func operation(_ name: String, _ language: Language) -> String {
        switch name {
        case "leaf": TableMessage.leaf.text(language)
        case "const": TableMessage.constant.text(language)
        case "mixed": TableMessage.mixed.text(language)
        default: name
        }
    }

    public static let samples: [TableMessage] = [
        .nodeHeader, .opHeader, .dataHeader, .gradHeader, .nameHeader, .shapeHeader, .leaf, .constant, .mixed, .scalar,
        .dataGradBelow, .moreNodes(Count(5, .moreNode), total: 30),
        .moreNodesCommand(Count(7, .moreNode), total: 32, command: ":nodes L"),
        .arraySummary(nodes: 120, command: ":nodes loss"),
    ]
}

/// The notes of `:graph`'s drawing.
public enum GraphMessage: Message, Equatable {
    case shared
    case used(times: Int)
    case notDrawn(Count)
    case tooLarge(nodes: Int, rows: Int, command: String)
    case tooLargeNotDrawn(nodes: Int, rows: Int, notDrawn: Int, command: String)
    case topLevels(Int)

    public var texts: Texts {
        switch self {
        case .shared: Texts(en: "shared, drawn above", zh: "共用，已在上方画出")
        case .used(let times): Texts(en: "used \(times) times", zh: "用了 \(times) 次")
        case .notDrawn(let inputs): Texts(en: "\(inputs.en) not drawn", zh: "\(inputs.zh)未画出")
        case .tooLarge(let nodes, let rows, let command):
            Texts(
                en: "graph too large to draw: \(nodes) nodes; stopped after \(rows) rows; \(command) lists every node",
                zh: "计算图太大，画不下：共 \(nodes) 个节点，画到第 \(rows) 行为止；\(command) 列出每个节点")
        case .tooLargeNotDrawn(let nodes, let rows, let notDrawn, let command):
            Texts(
                en: "graph too large to draw: \(nodes) nodes; stopped after \(rows) rows (\(notDrawn) not drawn); \(command) lists every node",
                zh: "计算图太大，画不下：共 \(nodes) 个节点，画到第 \(rows) 行为止（\(notDrawn) 个未画出）；\(command) 列出每个节点")
        case .topLevels(let levels):
            Texts(
                en: "showing the top \(levels) levels; :graph on a named node draws the part below it",
                zh: "只画出最上面 \(levels) 层；对有名字的节点用 :graph，可画出它下面的部分")
        }
    }

    public static let samples: [GraphMessage] = [
        .shared, .used(times: 3), .notDrawn(Count(2, .input)), .tooLarge(nodes: 900, rows: 200, command: ":nodes L"),
        .tooLargeNotDrawn(nodes: 901, rows: 201, notDrawn: 12, command: ":nodes M"), .topLevels(14),
    ]
}

/// The loss plot's axis.
public enum PlotMessage: Message, Equatable {
    case steps(Count)
    case logScale(decades: Int)
    /// The heading of each panel of `:plot`.
    case function(String)
    case derivative
    case noFiniteValue

    public var texts: Texts {
        switch self {
        case .steps(let steps): Texts(en: steps.en, zh: steps.zh)
        case .logScale(let decades):
            Texts(
                en: "log scale: the loss spans \(decades) decades",
                zh: "对数刻度：损失跨越了 \(decades) 个数量级")
        case .function(let expression): Texts(en: "f(x) = \(expression)", zh: "f(x) = \(expression)")
        case .derivative:
            Texts(en: "f'(x), from the backward pass", zh: "f'(x)，由反向传播求出")
        case .noFiniteValue:
            Texts(en: "(no finite value in this range)", zh: "（在这个区间内没有有限的值）")
        }
    }

    public static let samples: [PlotMessage] = [
        .steps(Count(1000, .step)), .logScale(decades: 21), .function("tanh(x)"), .derivative, .noFiniteValue,
    ]
}

/// `:explain` and `:backward`: the words around the formulas.
public enum ExplanationMessage: Message, Equatable {
    case outputStartsHere
    case outputDoesNotDepend
    case usedTimes(gradient: String, label: String, times: Int)
    case via(String)
    case left, right
    case startsAtZero(outputGradient: String)
    case leafNothingToPass(String)
    case stepOf(Int, total: Int)
    case stepGradient(definition: String, gradient: String)
    case zeroGradient

    public var texts: Texts {
        switch self {
        case .outputStartsHere: Texts(en: "(the output: backward starts here)", zh: "（输出：反向传播从这里开始）")
        case .outputDoesNotDepend: Texts(en: "(the output does not depend on it)", zh: "（输出与它无关）")
        case .usedTimes(let gradient, let label, let times):
            Texts(
                en: "\(gradient): \(label) is used \(times) times, and the gradients of the uses add up:",
                zh: "\(gradient)：\(label) 被用了 \(times) 次，每处传回的梯度相加：")
        case .via(let definition): Texts(en: "via \(definition)", zh: "经由 \(definition)")
        case .left: Texts(en: " (left)", zh: "（左）")
        case .right: Texts(en: " (right)", zh: "（右）")
        case .startsAtZero(let gradient):
            Texts(
                en: "Every gradient starts at 0, and \(gradient) = 1: the output's.",
                zh: "所有梯度先设为 0，输出自己的梯度 \(gradient) = 1。")
        case .leafNothingToPass(let name):
            Texts(en: "\(name) is a leaf: there is nothing to pass back.", zh: "\(name) 是叶子节点：没有梯度可以往回传。")
        case .stepOf(let done, let total): Texts(en: "step \(done) of \(total):", zh: "第 \(done) 步（共 \(total) 步）：")
        case .stepGradient(let definition, let gradient):
            Texts(en: "\(definition), grad \(gradient)", zh: "\(definition)，梯度 \(gradient)")
        case .zeroGradient:
            Texts(
                en: "its gradient is 0: nothing to pass on (the engine skips it)",
                zh: "它的梯度是 0，没有东西可往下传（引擎会跳过它）")
        }
    }

    public static let samples: [ExplanationMessage] = [
        .outputStartsHere, .outputDoesNotDepend, .usedTimes(gradient: "dr/dx", label: "x", times: 4),
        .via("p = x*y"), .left, .right, .startsAtZero(outputGradient: "dL/dL"), .leafNothingToPass("a"),
        .stepOf(2, total: 5), .stepGradient(definition: "e = a*b", gradient: "-2"), .zeroGradient,
    ]
}

/// `:check`'s table and verdicts.
public enum CheckMessage: Message, Equatable {
    case autogradHeader, numericalHeader, errorHeader
    /// The marks without Unicode (`ok`, `FAIL`).
    case passMark, failMark
    case agreeOne(largest: String, tolerance: String)
    case agreeAll(Int, largest: String, tolerance: String)
    case agreeSome(Int, total: Int, largest: String, tolerance: String)
    case incomparable(Int)
    case disagreeOne(which: String, tolerance: String)
    case disagreeSome(Int, total: Int, which: String, tolerance: String)
    case kink

    public var texts: Texts {
        switch self {
        case .autogradHeader: Texts(en: "autograd", zh: "自动微分")
        case .numericalHeader: Texts(en: "numerical", zh: "有限差分")
        case .errorHeader: Texts(en: "rel. error", zh: "相对误差")
        case .passMark: Texts(en: "ok", zh: "通过")
        case .failMark: Texts(en: "FAIL", zh: "不符")
        case .agreeOne(let largest, let tolerance):
            Texts(
                en: "the 1 gradient agrees with the finite differences (largest relative error \(largest); tolerance \(tolerance))",
                zh: "这 1 个梯度与有限差分一致（最大相对误差 \(largest)；容差 \(tolerance)）")
        case .agreeAll(let count, let largest, let tolerance):
            Texts(
                en: "all \(count) gradients agree with the finite differences (largest relative error \(largest); tolerance \(tolerance))",
                zh: "全部 \(count) 个梯度都与有限差分一致（最大相对误差 \(largest)；容差 \(tolerance)）")
        case .agreeSome(let agreeing, let total, let largest, let tolerance):
            Texts(
                en: "\(agreeing) of \(total) gradients agree with the finite differences (largest relative error \(largest); tolerance \(tolerance))",
                zh: "\(total) 个梯度中有 \(agreeing) 个与有限差分一致（最大相对误差 \(largest)；容差 \(tolerance)）")
        case .incomparable(let count):
            Texts(
                en: "\(count) could not be compared: a number is infinite or NaN",
                zh: "有 \(count) 个无法比较：其中有数是无穷大或 NaN")
        case .disagreeOne(let which, let tolerance):
            Texts(
                en: "the 1 gradient disagrees with the finite differences: \(which) (tolerance \(tolerance))",
                zh: "这 1 个梯度与有限差分不一致：\(which)（容差 \(tolerance)）")
        case .disagreeSome(let failed, let total, let which, let tolerance):
            Texts(
                en: "\(failed) of \(total) gradients disagree with the finite differences: \(which) (tolerance \(tolerance))",
                zh: "\(total) 个梯度中有 \(failed) 个与有限差分不一致：\(which)（容差 \(tolerance)）")
        case .kink:
            Texts(
                en: "relu and abs have no derivative at 0, where the tutor takes 0; a difference across 0 sees the two sides",
                zh: "relu 和 abs 在 0 处没有导数，本工具在那里取 0；跨过 0 的有限差分看到的是两侧的斜率")
        }
    }

    public static let samples: [CheckMessage] = [
        .autogradHeader, .numericalHeader, .errorHeader, .passMark, .failMark,
        .agreeOne(largest: "2.7e-11", tolerance: "1e-5"), .agreeAll(6, largest: "3.1e-10", tolerance: "1e-4"),
        .agreeSome(4, total: 5, largest: "1.2e-9", tolerance: "1e-6"), .incomparable(2),
        .disagreeOne(which: "a", tolerance: "1e-7"), .disagreeSome(3, total: 8, which: "w, b", tolerance: "1e-3"), .kink,
    ]
}

/// Notes under a table for gradients that look alarming but are right.
public enum GradientNoteMessage: Message, Equatable {
    case constantExponent(String)

    public var texts: Texts {
        switch self {
        case .constantExponent(let y):
            Texts(
                en: "(The exponent \(y) shows grad NaN: x^y has no derivative in y where x < 0. "
                    + "A number written in an expression is never learned, so this harms nothing; "
                    + "the other gradients are right. This note is shown once.)",
                zh: "（指数 \(y) 的梯度显示为 NaN：x < 0 时，x^y 对 y 没有导数。"
                    + "表达式里写下的数字从不参与学习，所以这不影响任何结果；其他梯度都是对的。此说明只显示一次。）")
        }
    }

    public static let samples: [GradientNoteMessage] = [.constantExponent("2")]
}
