import TextKit

/// What `:draw` and `:plot` say around their pictures.
enum PictureMessage: Message {
    case tooWide(columns: Int, width: Int, svg: String, tree: String)
    case largest(label: String, grad: String)
    case arraysAsBoxes(nodes: Int, limit: Int)
    case tooManyBoxes(boxes: Int, limit: Int)
    case tooManyBoxesHint(tree: String, raise: String)
    case svgFolder(String, command: String)
    case svgNotOurs(String, command: String)
    case notANumber(String)
    case plotExample
    case emptyRange(from: String, to: String)
    case outsideRange(x0: String, from: String, to: String)
    case oneExpression
    case plotNotScalar
    case tangent(x: String, value: String, slope: String)
    case noTangent(String)

    var texts: Texts {
        switch self {
        case .tooWide(let columns, let width, let svg, let tree):
            Texts(
                en: "The drawing is \(columns) columns wide and the terminal \(width): \(svg) writes it as a picture, \(tree) draws it as a tree.",
                zh: "这幅图宽 \(columns) 列，终端只有 \(width) 列：\(svg) 把它写成图片，\(tree) 把它画成树。")
        case .largest(let label, let grad):
            Texts(
                en: "The double box has the largest |grad|: \(label) (\(grad)).",
                zh: "双线方框是 |梯度| 最大的节点：\(label)（\(grad)）。")
        case .arraysAsBoxes(let nodes, let limit):
            Texts(
                en: "The graph has \(nodes) nodes, more than max-draw (\(limit)), so each array is one box; :set max-draw \(nodes) draws every element.",
                zh: "计算图有 \(nodes) 个节点，超过了 max-draw（\(limit)），所以每个数组画成一个方框；:set max-draw \(nodes) 可画出每个元素。")
        case .tooManyBoxes(let boxes, let limit):
            Texts(
                en: "the graph has \(boxes) boxes even with each array as one, more than max-draw (\(limit))",
                zh: "即使每个数组只画一个方框，计算图仍有 \(boxes) 个方框，超过了 max-draw（\(limit)）")
        case .tooManyBoxesHint(let tree, let raise):
            Texts(
                en: "\(tree) draws it as a tree; \(raise) raises the limit",
                zh: "\(tree) 把它画成树；\(raise) 可提高上限")
        case .svgFolder(let path, let command):
            Texts(en: "'\(path)' is a folder; \(command) needs a file name", zh: "“\(path)”是文件夹；\(command) 需要一个文件名")
        case .svgNotOurs(let path, let command):
            Texts(
                en: "'\(path)' exists and was not written by micrograd, so \(command) does not replace it",
                zh: "“\(path)”已经存在，且不是本工具写的，所以 \(command) 不会覆盖它")
        case .notANumber(let word): Texts(en: "'\(word)' is not a number", zh: "“\(word)”不是一个数")
        case .plotExample:
            Texts(en: "for example :plot tanh(x) -3 3 at 0.88", zh: "例如 :plot tanh(x) -3 3 at 0.88")
        case .emptyRange(let from, let to):
            Texts(
                en: "the range \(from) to \(to) is empty: FROM must be less than TO",
                zh: "区间 \(from) 到 \(to) 是空的：FROM 必须小于 TO")
        case .outsideRange(let x0, let from, let to):
            Texts(en: "\(x0) is outside the range \(from) to \(to)", zh: "\(x0) 不在区间 \(from) 到 \(to) 之内")
        case .oneExpression:
            Texts(en: ":plot takes one expression of x, not a statement", zh: ":plot 只接受一个含 x 的表达式，不接受语句")
        case .plotNotScalar:
            Texts(
                en: "the expression is an array; :plot draws a function whose value is one number",
                zh: "这个表达式是一个数组；:plot 只能画出值为一个数的函数")
        case .tangent(let x, let value, let slope):
            Texts(
                en: "At x = \(x): f(x) = \(value), and the slope f'(x) = \(slope): the tangent rises \(slope) for each step of 1 in x.",
                zh: "在 x = \(x) 处：f(x) = \(value)，斜率 f'(x) = \(slope)：x 每增加 1，切线上升 \(slope)。")
        case .noTangent(let x):
            Texts(en: "At x = \(x) the function has no finite value, so no tangent.", zh: "函数在 x = \(x) 处没有有限的值，所以没有切线。")
        }
    }

    static let samples: [PictureMessage] = [
        .tooWide(columns: 140, width: 100, svg: ":draw L svg L.svg", tree: ":graph L"),
        .largest(label: "a", grad: "6"),
        .arraysAsBoxes(nodes: 361, limit: 60),
        .tooManyBoxes(boxes: 75, limit: 60),
        .tooManyBoxesHint(tree: ":graph loss", raise: ":set max-draw 75"),
        .svgFolder("out/", command: ":draw"),
        .svgNotOurs("photo.svg", command: ":dot"),
        .notANumber("three"), .plotExample, .emptyRange(from: "3", to: "-3"),
        .outsideRange(x0: "5", from: "-3", to: "3"), .oneExpression, .plotNotScalar,
        .tangent(x: "0.88", value: "0.7064", slope: "0.501"), .noTangent("-1"),
    ]
}
