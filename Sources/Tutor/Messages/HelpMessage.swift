import TextKit
import Autograd
import Calc

/// What `:help` and `:help TOPIC` say around the names and formulas they
/// show.
enum HelpMessage: Message {
    case intro
    case commandsTitle, functionsTitle, operatorsTitle, keysTitle
    case addSubtract, multiplyDivide, negate, power, statements
    case compoundAssignment, lastResult, element, slice, pythonWords
    case keysEditing, keysLeaving
    case moreHelp
    case noHelp(topic: String)
    case noHelpHint
    case derivativeLabel, derivativesLabel, definedForLabel, exampleLabel
    case powerSpelling
    case slope(value: String, slope: String)
    case slopes(value: String, dx: String, dy: String)
    case leaf, constant, negation
    case matrixProduct, matrixGradients, matrixShapes

    var texts: Texts {
        switch self {
        case .intro: Texts(en: "Type an expression to see its value and the gradient of every node:", zh: "输入一个表达式，就能看到它的值和每个节点的梯度：")
        case .commandsTitle: Texts(en: "Commands", zh: "命令")
        case .functionsTitle: Texts(en: "Functions", zh: "函数")
        case .operatorsTitle: Texts(en: "Operators, loosest first", zh: "运算符，按优先级从低到高")
        case .keysTitle: Texts(en: "Keys", zh: "按键")
        case .addSubtract: Texts(en: "add, subtract", zh: "加、减")
        case .multiplyDivide: Texts(en: "multiply, divide, matrix product", zh: "乘、除、矩阵乘法")
        case .negate: Texts(en: "negate (so -2^2 is -4)", zh: "取负（所以 -2^2 是 -4）")
        case .power: Texts(en: "power, right to left (so 2^3^2 is 512)", zh: "乘方，从右向左结合（所以 2^3^2 是 512）")
        case .statements:
            Texts(
                en: "binds the name; ';' or a new line separates statements; '#' starts a comment",
                zh: "给名字赋值；语句之间用 ; 或换行分隔；# 之后是注释")
        case .compoundAssignment:
            Texts(
                en: "is a = a - x, a new node named a (also += *= /=)", zh: "就是 a = a - x，a 成为新节点的名字（+= *= /= 同理）")
        case .lastResult: Texts(en: "the last result, as in Python", zh: "上一个结果，和 Python 一样")
        case .element:
            Texts(
                en: "one element (row i, column j; x[i] for a vector), as tables label it",
                zh: "一个元素（第 i 行第 j 列；向量写 x[i]），和表格里的标签一样")
        case .slice:
            Texts(
                en: "elements a to b-1 (of a matrix, rows: a batch), as in NumPy: x[:2], x[-2:], X[:, j]",
                zh: "第 a 到第 b-1 个元素（矩阵则是这些行，即一个小批量），和 NumPy 一样：x[:2]、x[-2:]、X[:, j]")
        case .pythonWords:
            Texts(
                en: "help, tanh? and quit work as in Python; a line pasted with its >>> prompt runs without it",
                zh: "help、tanh? 和 quit 的用法和 Python 一样；连同 >>> 提示符粘贴的行会去掉提示符再运行")
        case .keysEditing:
            Texts(
                en: "Tab completes names, functions and commands; Up and Down walk the history; Ctrl-R searches it;",
                zh: "Tab 补全名字、函数和命令；上下方向键翻阅历史记录；Ctrl-R 搜索历史记录；")
        case .keysLeaving:
            Texts(
                en: "Ctrl-C drops the line being typed; Ctrl-D on an empty line leaves.",
                zh: "Ctrl-C 放弃正在输入的这一行；在空行上按 Ctrl-D 退出。")
        case .moreHelp:
            Texts(
                en: ":help tanh (or any function, operator or command) explains it.",
                zh: ":help tanh（或任一函数、运算符、命令）给出它的说明。")
        case .noHelp(let topic): Texts(en: "no help on '\(topic)'", zh: "没有关于“\(topic)”的说明")
        case .noHelpHint:
            Texts(
                en: ":help alone lists the commands, functions and operators",
                zh: "只输入 :help 会列出所有命令、函数和运算符")
        case .derivativeLabel: Texts(en: "derivative", zh: "导数")
        case .derivativesLabel: Texts(en: "derivatives", zh: "偏导数")
        case .powerSpelling: Texts(en: "^ or **", zh: "^ 或 **")
        case .definedForLabel: Texts(en: "defined for", zh: "定义域")
        case .exampleLabel: Texts(en: "example", zh: "例子")
        case .slope(let value, let slope):
            Texts(en: "\(value), and its slope there is \(slope)", zh: "\(value)，该点的斜率是 \(slope)")
        case .slopes(let value, let dx, let dy):
            Texts(
                en: "\(value), and its slopes there are d/dx = \(dx), d/dy = \(dy)",
                zh: "\(value)，该点的斜率是 d/dx = \(dx)，d/dy = \(dy)")
        case .leaf:
            Texts(
                en: "a parameter: a name given a plain number (a = 2), which :step and :train change",
                zh: "参数：直接赋了一个数的名字（a = 2），:step 和 :train 会改变它")
        case .constant:
            Texts(
                en: "a number written in an expression; its gradient is shown, but nothing changes it",
                zh: "表达式里直接写出的数；会显示它的梯度，但不会有任何命令改变它")
        case .negation: Texts(en: "the minus sign of -x (negation)", zh: "-x 的负号（取负）")
        case .matrixProduct:
            Texts(
                en: "matrix product: row i of x times column j of y, summed",
                zh: "矩阵乘法：x 的第 i 行与 y 的第 j 列逐项相乘再求和")
        case .matrixGradients:
            Texts(
                en: "each element of the result is a chain of * and + nodes, so every weight has its own gradient",
                zh: "结果的每个元素都是一串 * 和 + 节点，所以每个权重都有自己的梯度")
        case .matrixShapes: Texts(en: "shapes: [n, k] @ [k, m] gives [n, m]", zh: "形状：[n, k] @ [k, m] 得到 [n, m]")
        }
    }

    static let samples: [HelpMessage] = [
        .intro, .commandsTitle, .functionsTitle, .operatorsTitle, .keysTitle, .addSubtract, .multiplyDivide, .negate,
        .power, .statements, .compoundAssignment, .lastResult, .element, .slice, .pythonWords, .keysEditing, .keysLeaving, .moreHelp, .noHelp(topic: "tanhh"), .noHelpHint,
        .derivativeLabel, .derivativesLabel, .powerSpelling, .definedForLabel, .exampleLabel, .slope(value: "0.4621", slope: "0.7864"),
        .slopes(value: "max(2, 3) = 3", dx: "0", dy: "1"),
        .leaf, .constant, .negation, .matrixProduct, .matrixGradients, .matrixShapes,
    ]
}

/// What each function and operator of the language is, and where it is
/// defined: the English is the rule's own (`summary`, `domain` in
/// `Sources/Autograd/Operations`, the array functions' in `Builtins`), the
/// Chinese is here, beside it in one switch per operation.
enum FunctionMessage: Message {
    case summary(Operation)
    case domain(Operation)
    case sum, mean, transpose, zeros, rand, randn, grad

    var texts: Texts {
        switch self {
        case .summary(let operation):
            Texts(en: operation.rule?.summary ?? operation.name, zh: FunctionMessage.chineseSummary(operation))
        case .domain(let operation):
            Texts(en: operation.rule?.domain ?? "", zh: FunctionMessage.chineseDomain(operation))
        case .sum:
            Texts(
                en: FunctionMessage.builtin("sum"),
                zh: "把所有元素加起来（一串 +）；sum(x, 0) 按列求和，得到 [1, c]，sum(x, 1) 按行求和，得到 [r, 1]（即 NumPy 的 axis 加 keepdims=True）")
        case .mean:
            Texts(en: FunctionMessage.builtin("mean"), zh: "所有元素的平均值：sum(x) / n，所以每个元素的梯度是 1/n")
        case .transpose:
            Texts(en: FunctionMessage.builtin("transpose"), zh: "交换行和列（NumPy 的 x.T）；向量保持不变；不产生新节点")
        case .zeros:
            Texts(en: FunctionMessage.builtin("zeros"), zh: "rows × columns 的全 0 矩阵；zeros(n) 是 n 个 0 组成的向量")
        case .rand:
            Texts(
                en: FunctionMessage.builtin("rand"),
                zh: "[0, 1) 上均匀分布的随机数，随机种子相同则结果相同（:seed N）；rand(n) 是一个向量")
        case .randn:
            Texts(
                en: FunctionMessage.builtin("randn"),
                zh: "服从标准正态分布（均值 0，标准差 1）的随机数，随机种子相同则结果相同（:seed N）；randn(n) 是一个向量")
        case .grad:
            Texts(
                en: FunctionMessage.builtin("grad"),
                zh: "d output/d x：由反向传播算出，是与 x 形状相同的普通数；省略 output 时，对上一个标量结果求梯度（也就是 :step 和 :train 用的损失）")
        }
    }

    /// The summary of `function` in `language`.
    static func summary(of function: Builtin, in language: Language) -> String {
        switch function.kind {
        case .elementwise(let operation): return FunctionMessage.summary(operation).text(language)
        default:
            let message: FunctionMessage? = switch function.name {
            case "sum": .sum
            case "mean": .mean
            case "transpose": .transpose
            case "zeros": .zeros
            case "rand": .rand
            case "randn": .randn
            case "grad": .grad
            default: nil
            }
            return message?.text(language) ?? function.summary
        }
    }

    private static func builtin(_ name: String) -> String {
        Builtins.function(named: name)?.summary ?? name
    }

    private static func chineseSummary(_ operation: Operation) -> String {
        switch operation {
        case .leaf: "参数"
        case .constant: "常量"
        case .add: "两数之和"
        case .subtract: "两数之差"
        case .multiply: "两数之积"
        case .divide: "两数之商"
        case .power: "x 的 y 次方"
        case .negate: "一个数的相反数"
        case .tanh: "双曲正切，把值压缩到 (-1, 1)"
        case .relu: "线性整流函数，max(0, x)"
        case .maximum: "两数中较大的一个；梯度全部传给较大的那个（相等时各得一半）"
        case .minimum: "两数中较小的一个；梯度全部传给较小的那个（相等时各得一半）"
        case .sigmoid: "logistic 函数 1 / (1 + exp(-x))，把值压缩到 (0, 1)"
        case .exp: "e 的 x 次方"
        case .log: "自然对数"
        case .squareRoot: "平方根"
        case .absolute: "绝对值"
        case .sine: "正弦（弧度）"
        case .cosine: "余弦（弧度）"
        }
    }

    private static func chineseDomain(_ operation: Operation) -> String {
        switch operation {
        case .leaf, .constant: ""
        case .add, .subtract, .multiply, .maximum, .minimum: "全体实数 x、y"
        case .divide: "y ≠ 0"
        case .power: "x > 0，或 x ≤ 0 且 y 为整数"
        case .negate, .tanh, .relu, .sigmoid, .sine, .cosine: "全体实数 x"
        case .exp: "全体实数 x（x 大于约 709.78 时溢出为无穷大）"
        case .log: "x > 0（log(0) 为负无穷大，小于 0 时为 NaN）"
        case .squareRoot: "x ≥ 0（小于 0 时为 NaN；在 0 处斜率为无穷大）"
        case .absolute: "全体实数 x（在 0 处斜率取 0）"
        }
    }

    static let samples: [FunctionMessage] =
        Operation.allCases.filter { $0.rule != nil }.flatMap { [FunctionMessage.summary($0), .domain($0)] }
        + [.sum, .mean, .transpose, .zeros, .rand, .randn, .grad]
}
