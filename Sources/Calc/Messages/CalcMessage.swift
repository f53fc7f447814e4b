import TextKit

/// What a token is, as a diagnostic names it: `the name 'x'` / `名字“x”`.
public enum TokenPhrase: Sendable, Hashable {
    case end, semicolon
    case number(String)
    case name(String)
    case symbol(String)

    public var en: String {
        switch self {
        case .end: "the end of the line"
        case .semicolon: "';'"
        case .number(let text): "the number \(text)"
        case .name(let name): "the name '\(name)'"
        case .symbol(let text): "'\(text)'"
        }
    }

    public var zh: String {
        switch self {
        case .end: "行尾"
        case .semicolon: "“;”"
        case .number(let text): "数 \(text)"
        case .name(let name): "名字“\(name)”"
        case .symbol(let text): "“\(text)”"
        }
    }
}

extension Token {
    /// This token as a diagnostic names it, in both languages.
    var phrase: TokenPhrase {
        switch kind {
        case .end: .end
        case .separator: text == ";" ? .semicolon : .end
        case .number: .number(text)
        case .name(let name): .name(name)
        default: .symbol(text)
        }
    }
}

/// The messages and hints of the expression language: the lexer's, the
/// parser's and the evaluator's.
public enum CalcMessage: Message, Hashable {
    /// Plain English from a caller whose sentence is not a message yet.
    case text(String)
    // Lexer
    case noComparisons
    case useEqualsToName
    case cannotBeName(String)
    case nameLetters
    case unexpectedCharacter(String)
    case noStrings
    case squareBrackets
    case theOperators
    case commandOnItsOwnLine
    case expressionsUse
    case chinesePunctuation(String)
    case notANumber(String)
    case numbersLookLike
    case tooLarge(String)
    case largestNumber
    /// A Chinese numeral or a number in words where a number is wanted.
    case numberInWords(String)
    /// The hint for it: type digits.
    case typeDigits
    /// The one-time note: full-width input was read as ASCII.
    case readFullWidth(typed: String, read: String)
    // Parser
    case onlyNameGetsValue(String)
    case nameOnLeft(String)
    case expectedAfter(TokenPhrase, found: TokenPhrase)
    case expected(found: TokenPhrase)
    case nestedTooDeep(Int)
    case nestingHint
    case expectedClose(String, opening: TokenPhrase, at: String)
    case expectedCloseOrComma(String, found: TokenPhrase)
    case stillOpen(TokenPhrase, at: String)
    case expectedOperator(found: TokenPhrase)
    case putOperator
    case notAFunctionHere(String)
    case writeProduct(String)
    case writeCall(String)
    case noMatchingOpening(TokenPhrase)
    case noMethods(TokenPhrase)
    case methodsHint
    /// `np.mean(x)`, `math.exp(x)`: the function, without its module.
    case dropModule(String)
    case attributeGrad, attributeBackward, attributeStep, attributeZeroGrad, attributeData
    // Evaluator
    case isAFunction(String, signature: String)
    case unknownName(String)
    case didYouMean(String)
    case giveValueFirst(String)
    case valueNotFunction(String)
    case productHint(String)
    case unknownFunction(String)
    case theFunctions(String)
    case argumentCount(String, least: Int, most: Int, signature: String, given: Int)
    case graphTooLarge(Int)
    case graphLimitHint
    case interrupted
    case statementDropped
    case nonFinite(String, NonFinite)
    case divisionByZero
    case zeroToNegativePower
    case overflowed
    case domain(String, String)

    // Arrays
    case emptyArray
    case emptyArrayHint
    case elementIsArray(Int, shape: String)
    case vectorListsNumbers
    case rowIsMatrix(shape: String)
    case matrixListsRows
    case rowIsNumber(Int, columns: Int)
    case rowIsMatrixNotList(Int, shape: String, columns: Int)
    case rowListsNumbers
    case rowLength(Int, count: Int, columns: Int)
    case sameLength
    /// The shapes of the two sides, and the sides as written.
    case cannotBroadcast(String, String, left: String, right: String)
    case broadcastRule(Int, Int)
    case matmulNumber(leftSide: Bool)
    case multiplyByNumber
    case matmulInner(String, String, inner: Int, rightInner: Int)
    case matmulHint
    case mustBeNumber(String, function: String, shape: String)
    case sizeNaN(String, function: String)
    case sizeNotWhole(String, function: String, value: String)
    case sizeBelowOne(String, function: String, value: String)
    case sizesHint
    case sizeOverLimit(String, function: String, value: String, limit: Int)
    case raiseArrayLimit
    case sumNeedsArray(String)
    case sumOfNumber
    case axisRange(vector: Bool, shape: String, value: String)
    case axisHint
    case tooManyElements(ElementSubject, count: Int?, limit: Int)
    // Gradients
    case gradOfArray(String, shape: String)
    case reduceFirst(String, x: String)
    case noLastResult
    // Indexing and the last result
    /// `_` before any result.
    case noResultYet
    case expectedIndex
    case indexNotArray(String)
    case tooManyIndices(String, shape: String, given: Int)
    case indexNotWhole(String)
    case indexOutOfRange(String, name: String, size: Int, shape: String)
    case indexRange(Int)
    case indexHint
    // Slices
    /// `x[::2]`: a step, which slices here do not take.
    case sliceStep
    case sliceHint
    /// `x[2:2]`, `x[3:1]`: no element; the slice as written and its bounds from the start.
    case sliceEmpty(String, from: Int, to: Int)
    case sliceBoundNotWhole(String)
    case sliceBoundOutOfRange(String, name: String, size: Int, shape: String)
    case sliceBoundRange(Int)
    case computeFirst(String)
    case doesNotDepend(String?, x: String)
    case gradHint

    public var texts: Texts {
        switch self {
        case .text(let text): Texts(en: text, zh: text)
        case .noComparisons:
            Texts(en: "'==' compares, and the language has no comparisons", zh: "“==”用于比较，而这里没有比较运算")
        case .useEqualsToName: Texts(en: "use '=' to give a name to a value", zh: "给值起名字用“=”")
        case .cannotBeName(let word): Texts(en: "'\(word)' cannot be a name", zh: "“\(word)”不能作名字")
        case .nameLetters:
            Texts(
                en: "names use the letters a-z and A-Z, digits and _, as in w1 or learning_rate",
                zh: "名字由字母 a-z、A-Z、数字和 _ 组成，例如 w1 或 learning_rate")
        case .unexpectedCharacter(let character):
            Texts(en: "unexpected character '\(character)'", zh: "无法识别的字符“\(character)”")
        case .noStrings: Texts(en: "the language has numbers and names only, no strings", zh: "这里只有数和名字，没有字符串")
        case .squareBrackets: Texts(en: "arrays are written with square brackets: [1, 2, 3]", zh: "数组用方括号写：[1, 2, 3]")
        case .theOperators: Texts(en: "the operators are + - * / ^ (or **) and @", zh: "运算符有 + - * / ^（或 **）和 @")
        case .commandOnItsOwnLine:
            Texts(
                en: "a command such as :vars starts a line of its own; put it on the next line",
                zh: ":vars 这样的命令要单独占一行；请写在下一行")
        case .expressionsUse:
            Texts(
                en: "expressions use numbers, names, + - * / ^ @, parentheses and functions such as tanh(x)",
                zh: "表达式由数、名字、+ - * / ^ @、括号和 tanh(x) 这样的函数组成")
        case .chinesePunctuation(let character):
            Texts(
                en: "'\(character)' is Chinese punctuation; separate statements with ; or a new line, and arguments with ,",
                zh: "“\(character)”是中文标点；语句之间用 ; 或换行分隔，参数之间用 , 分隔")
        case .notANumber(let text): Texts(en: "'\(text)' is not a number", zh: "“\(text)”不是一个数")
        case .numbersLookLike:
            Texts(
                en: "numbers look like 2, -3.5 or 1e-3; for a product write 2*x",
                zh: "数的写法如 2、-3.5 或 1e-3；乘积请写成 2*x")
        case .tooLarge(let text): Texts(en: "'\(text)' is too large for a number here", zh: "“\(text)”太大，超出了数的范围")
        case .largestNumber: Texts(en: "the largest is about 1.8e308", zh: "最大约为 1.8e308")
        case .numberInWords(let word):
            Texts(en: "'\(word)' is a number in words", zh: "“\(word)”是用文字写的数")
        case .typeDigits: Texts(en: "type the number in digits, for example -3", zh: "请输入阿拉伯数字，例如 -3")
        case .readFullWidth(let typed, let read):
            Texts(
                en: "note: read full-width \(typed) as \(read); the language is written in half-width characters",
                zh: "注意：已把全角的 \(typed) 当作 \(read) 读入；表达式用半角字符书写")
        case .onlyNameGetsValue(let text):
            Texts(
                en: "only a name can be given a value, not '\(text)'",
                zh: "只有名字才能被赋值，“\(text)”不行")
        case .nameOnLeft(let text): Texts(en: "write a name on the left: y = \(text)", zh: "请在左边写一个名字：y = \(text)")
        case .expectedAfter(let token, let found):
            Texts(
                en: "expected an expression after \(token.en), found \(found.en)",
                zh: "\(token.zh)后面应是一个表达式，却是\(found.zh)")
        case .expected(let found): Texts(en: "expected an expression, found \(found.en)", zh: "这里应是一个表达式，却是\(found.zh)")
        case .nestedTooDeep(let levels):
            Texts(en: "the expression is nested more than \(levels) levels deep", zh: "表达式嵌套超过了 \(levels) 层")
        case .nestingHint:
            Texts(
                en: "brackets, calls and each operator of a long chain such as 1+1+...+1 count as a level; "
                    + "split it into steps with names, or use sum() for a long sum "
                    + "(:set max-nesting N can only lower the limit: deeper would overflow the stack)",
                zh: "括号、函数调用和 1+1+...+1 这种长链中的每个运算符都算一层；"
                    + "请用名字分成几步，长的求和请用 sum()"
                    + "（:set max-nesting N 只能降低上限：再深会让栈溢出）")
        case .expectedClose(let wanted, let opening, let place):
            Texts(
                en: "expected '\(wanted)' to close the \(opening.en) at \(place)",
                zh: "缺少“\(wanted)”，\(place) 处的\(opening.zh)没有闭合")
        case .expectedCloseOrComma(let wanted, let found):
            Texts(en: "expected '\(wanted)' or ',' , found \(found.en)", zh: "这里应是“\(wanted)”或“,”，却是\(found.zh)")
        case .stillOpen(let opening, let place):
            Texts(en: "the \(opening.en) at \(place) is still open", zh: "\(place) 处的\(opening.zh)还没有闭合")
        case .expectedOperator(let found):
            Texts(
                en: "expected an operator or the end of the statement, found \(found.en)",
                zh: "这里应是运算符或语句结尾，却是\(found.zh)")
        case .putOperator: Texts(en: "put an operator between them", zh: "请在两者之间写一个运算符")
        case .notAFunctionHere(let name): Texts(en: "'\(name)' is not a function here", zh: "这里的“\(name)”不是函数")
        case .writeProduct(let product): Texts(en: "for a product write \(product)", zh: "乘积请写成 \(product)")
        case .writeCall(let call): Texts(en: "to call a function write \(call)", zh: "调用函数请写成 \(call)")
        case .noMatchingOpening(let token):
            Texts(en: "\(token.en) has no matching opening bracket", zh: "\(token.zh)没有对应的左括号")
        case .noMethods(let token):
            Texts(
                en: "the language has no methods or attributes ('.' after \(token.en))",
                zh: "这里没有方法或属性（\(token.zh)后面跟了“.”）")
        case .methodsHint:
            Texts(
                en: "write transpose(x) for x.T, x @ y for x.dot(y), sum(x) for np.sum(x)",
                zh: "x.T 请写成 transpose(x)，x.dot(y) 写成 x @ y，np.sum(x) 写成 sum(x)")
        case .dropModule(let function):
            Texts(
                en: "the functions need no module: write \(function)(x), not np.\(function)(x) or math.\(function)(x)",
                zh: "函数前不用写模块名：请写 “\(function)(x)”，不要写 “np.\(function)(x)” 或 “math.\(function)(x)”")
        case .attributeGrad:
            Texts(
                en: "a gradient is grad(L, w) here (dL/dw); every table shows each node's grad, and :backward L walks them",
                zh: "这里的梯度写成 “grad(L, w)”（即 dL/dw）；每张表都列出各节点的梯度，“:backward L” 会逐步演示")
        case .attributeBackward:
            Texts(
                en: "the backward pass is the command :backward loss (on a line of its own); every result already shows its gradients",
                zh: "反向传播是命令 “:backward loss”（单独一行）；每个结果本来就显示了梯度")
        case .attributeStep:
            Texts(
                en: "a gradient-descent step is the command :step RATE [names], e.g. :step 0.01 w b; :train loss STEPS RATE runs many",
                zh: "梯度下降的一步是命令 “:step 学习率 [名字]”，例如 “:step 0.01 w b”；“:train loss 步数 学习率” 连走多步")
        case .attributeZeroGrad:
            Texts(
                en: "gradients are fresh for each result; with :set accumulate on, :zero_grad clears the stored ones",
                zh: "每个结果的梯度都是新算的；打开 “:set accumulate on” 后，用 “:zero_grad” 清零已存的梯度")
        case .attributeData:
            Texts(en: "a name is its value: type w to see it", zh: "名字就是它的值：输入 “w” 即可查看")
        case .isAFunction(let name, let signature):
            Texts(en: "'\(name)' is a function: call it as \(signature)", zh: "“\(name)”是函数，请这样调用：\(signature)")
        case .unknownName(let name): Texts(en: "unknown name '\(name)'", zh: "“\(name)”还没有定义")
        case .didYouMean(let name): Texts(en: "did you mean '\(name)'?", zh: "你是不是想写“\(name)”？")
        case .giveValueFirst(let name):
            Texts(en: "give it a value first, for example \(name) = 1", zh: "请先给它一个值，例如 \(name) = 1")
        case .valueNotFunction(let name): Texts(en: "'\(name)' is a value, not a function", zh: "“\(name)”是一个值，不是函数")
        case .productHint(let name): Texts(en: "for a product write \(name) * (...)", zh: "乘积请写成 \(name) * (...)")
        case .unknownFunction(let name): Texts(en: "unknown function '\(name)'", zh: "没有“\(name)”这个函数")
        case .theFunctions(let list): Texts(en: "the functions are \(list)", zh: "可用的函数有 \(list)")
        case .argumentCount(let name, let least, let most, let signature, let given):
            Texts(
                en: "\(name) takes \(CalcMessage.argumentsEn(least, most)) (\(signature)), "
                    + "but \(given) \(given == 1 ? "was" : "were") given",
                zh: "\(name) 要\(CalcMessage.argumentsZh(least, most))（\(signature)），却给了 \(given) 个")
        case .graphTooLarge(let limit):
            Texts(en: "this would make the graph more than \(limit) nodes", zh: "这会让计算图超过 \(limit) 个节点")
        case .graphLimitHint:
            Texts(
                en: ":reset frees the nodes of earlier statements; :set max-nodes N raises the limit",
                zh: ":reset 释放之前语句的节点；:set max-nodes N 可提高上限")
        case .interrupted: Texts(en: "interrupted (Ctrl-C)", zh: "已中断（Ctrl-C）")
        case .statementDropped:
            Texts(en: "the statement was dropped; every name keeps its earlier value", zh: "这条语句已放弃；所有名字保持原来的值")
        case .nonFinite(let text, let what):
            switch what {
            case .nan: Texts(en: "'\(text)' is NaN (not a number)", zh: "“\(text)”是 NaN（不是数）")
            case .infinity: Texts(en: "'\(text)' is infinity", zh: "“\(text)”是无穷大")
            case .negativeInfinity: Texts(en: "'\(text)' is -infinity", zh: "“\(text)”是负无穷大")
            }
        case .divisionByZero: Texts(en: "a division by zero", zh: "除数为零")
        case .zeroToNegativePower: Texts(en: "0 to a negative power divides by zero", zh: "0 的负数次幂等于除以零")
        case .overflowed:
            Texts(
                en: "the result is larger than the largest number (about 1.8e308): it overflowed",
                zh: "结果超出了能表示的最大数（约 1.8e308），溢出了")
        case .domain(let operation, let domain):
            Texts(en: "\(operation) is defined for \(domain)", zh: "\(operation) 的定义域是 \(CalcMessage.domainZh(domain))")
        case .emptyArray: Texts(en: "an empty array [] has no elements and no shape", zh: "空数组 [] 没有元素，也没有形状")
        case .emptyArrayHint:
            Texts(
                en: "write at least one element, such as [0]; zeros(n) makes n zeros",
                zh: "请至少写一个元素，例如 [0]；zeros(n) 生成 n 个 0")
        case .elementIsArray(let position, let shape):
            Texts(
                en: "element \(position) is an array of shape \(shape), but element 1 is a number",
                zh: "第 \(position) 个元素是形状为 \(shape) 的数组，而第 1 个元素是数")
        case .vectorListsNumbers:
            Texts(
                en: "a vector lists numbers: [1, 2, 3]; a matrix lists rows of equal length: [[1, 2], [3, 4]]",
                zh: "向量列出的是数：[1, 2, 3]；矩阵列出的是等长的行：[[1, 2], [3, 4]]")
        case .rowIsMatrix(let shape):
            Texts(
                en: "row 1 is a matrix of shape \(shape); arrays have at most 2 dimensions",
                zh: "第 1 行是形状为 \(shape) 的矩阵；数组最多 2 维")
        case .matrixListsRows: Texts(en: "a matrix lists rows of numbers: [[1, 2], [3, 4]]", zh: "矩阵列出的是由数组成的行：[[1, 2], [3, 4]]")
        case .rowIsNumber(let position, let columns):
            Texts(
                en: "row \(position) is a number, but row 1 is a list of \(Count(columns, .element).en)",
                zh: "第 \(position) 行是数，而第 1 行是 \(Count(columns, .element).zh)组成的列表")
        case .rowIsMatrixNotList(let position, let shape, let columns):
            Texts(
                en: "row \(position) is a matrix of shape \(shape), but row 1 is a list of \(Count(columns, .element).en)",
                zh: "第 \(position) 行是形状为 \(shape) 的矩阵，而第 1 行是 \(Count(columns, .element).zh)组成的列表")
        case .rowListsNumbers:
            Texts(en: "every row of a matrix is a list of numbers: [[1, 2], [3, 4]]", zh: "矩阵的每一行都是由数组成的列表：[[1, 2], [3, 4]]")
        case .rowLength(let position, let count, let columns):
            Texts(
                en: "row \(position) has \(Count(count, .element).en), row 1 has \(columns)",
                zh: "第 \(position) 行有 \(Count(count, .element).zh)，第 1 行有 \(columns) 个")
        case .sameLength: Texts(en: "every row of a matrix must have the same length", zh: "矩阵的每一行必须一样长")
        case .cannotBroadcast(let x, let y, let left, let right):
            Texts(
                en: "cannot broadcast '\(left)' of shape \(x) with '\(right)' of shape \(y)",
                zh: "形状为 \(x) 的“\(left)”和形状为 \(y) 的“\(right)”无法广播")
        case .broadcastRule(let left, let right):
            Texts(
                en: "NumPy's rule: shapes are lined up from the right, and each pair of sizes must be equal "
                    + "or one of them 1 (a 1 is stretched to match); here \(left) meets \(right)",
                zh: "NumPy 的规则：形状从右边对齐，每一对大小必须相等，或其中一个是 1（大小为 1 的一维会被扩展到另一方的大小）；"
                    + "这里 \(left) 遇到了 \(right)")
        case .matmulNumber(let leftSide):
            Texts(
                en: "'@' multiplies matrices and vectors, but its \(leftSide ? "left" : "right") side is a number",
                zh: "“@”用于矩阵和向量相乘，但它的\(leftSide ? "左" : "右")边是一个数")
        case .multiplyByNumber:
            Texts(en: "to multiply by a number use '*', which works element by element", zh: "乘以一个数请用“*”，它逐元素相乘")
        case .matmulInner(let x, let y, let inner, let rightInner):
            Texts(
                en: "cannot multiply \(x) by \(y): the inner sizes \(inner) and \(rightInner) differ",
                zh: "\(x) 和 \(y) 无法相乘：内侧的大小 \(inner) 和 \(rightInner) 不同")
        case .matmulHint:
            Texts(
                en: "in x @ y each row of x meets each column of y, so x needs as many columns as y has rows; "
                    + "transpose(x) swaps rows and columns",
                zh: "x @ y 中 x 的每一行与 y 的每一列相乘，所以 x 的列数必须等于 y 的行数；"
                    + "transpose(x) 交换行和列")
        case .mustBeNumber(let name, let function, let shape):
            Texts(
                en: "\(name) of \(function) must be a number, not an array of shape \(shape)",
                zh: "\(function) 的 \(name) 必须是数，不能是形状为 \(shape) 的数组")
        case .sizeNaN(let name, let function):
            Texts(en: "\(name) of \(function) must be a whole number, but it is NaN", zh: "\(function) 的 \(name) 必须是整数，但它是 NaN")
        case .sizeNotWhole(let name, let function, let value):
            Texts(en: "\(name) of \(function) must be a whole number, not \(value)", zh: "\(function) 的 \(name) 必须是整数，不能是 \(value)")
        case .sizeBelowOne(let name, let function, let value):
            Texts(en: "\(name) of \(function) must be at least 1, not \(value)", zh: "\(function) 的 \(name) 至少为 1，不能是 \(value)")
        case .sizesHint:
            Texts(
                en: "sizes count rows and columns: zeros(2, 3), or zeros(3) for a vector",
                zh: "大小指行数和列数：zeros(2, 3)，向量则写 zeros(3)")
        case .sizeOverLimit(let name, let function, let value, let limit):
            Texts(
                en: "\(name) of \(function) is \(value), more than the limit of \(limit) elements in an array",
                zh: "\(function) 的 \(name) 是 \(value)，超过了数组 \(limit) 个元素的上限")
        case .raiseArrayLimit: Texts(en: ":set max-array N raises the limit", zh: ":set max-array N 可提高上限")
        case .sumNeedsArray(let text):
            Texts(en: "sum(x, axis) needs an array, but '\(text)' is a number", zh: "sum(x, axis) 需要数组，但“\(text)”是一个数")
        case .sumOfNumber: Texts(en: "sum(x) of a number is the number itself", zh: "一个数的 sum(x) 就是它本身")
        case .axisRange(let vector, let shape, let value):
            Texts(
                en: "axis of sum must be \(vector ? "0" : "0 or 1") for an array of shape \(shape), not \(value)",
                zh: "对形状为 \(shape) 的数组，sum 的 axis 必须是 \(vector ? "0" : "0 或 1")，不能是 \(value)")
        case .axisHint:
            Texts(
                en: "sum(x, 0) adds down each column, giving [1, columns]; sum(x, 1) adds along each row, giving [rows, 1]",
                zh: "sum(x, 0) 把每一列加起来，得到 [1, columns]；sum(x, 1) 把每一行加起来，得到 [rows, 1]")
        case .tooManyElements(let subject, let count, let limit):
            Texts(
                en: "\(subject.en) \(count.map { Count($0, .element).en } ?? "more elements than can be counted"), "
                    + "more than the limit of \(limit) elements in an array",
                zh: "\(subject.zh)\(count.map { " \(Count($0, .element).zh)" } ?? "多得数不清的元素")，"
                    + "超过了数组 \(limit) 个元素的上限")
        case .gradOfArray(let text, let shape):
            Texts(
                en: "grad differentiates a scalar, but '\(text)' is an array of shape \(shape)",
                zh: "grad 只能对标量求导，但“\(text)”是形状为 \(shape) 的数组")
        case .reduceFirst(let text, let x):
            Texts(
                en: "reduce it to one number first, for example grad(mean(\(text)), \(x))",
                zh: "请先把它归约成一个数，例如 grad(mean(\(text)), \(x))")
        case .noResultYet:
            Texts(en: "'_' is the last result, and there is none yet", zh: "“_”表示上一个结果，但现在还没有结果")
        case .expectedIndex:
            Texts(en: "an index is missing between '[' and ']'", zh: "“[”和“]”之间缺少下标")
        case .indexNotArray(let x):
            Texts(en: "'\(x)' is a number, not an array: it has no elements to pick", zh: "“\(x)”是一个数，不是数组，没有元素可取")
        case .tooManyIndices(let x, let shape, let given):
            Texts(
                en: "'\(x)' has shape \(shape), so it takes at most \(shape.filter { $0 == "," }.count + 1) "
                    + "\(shape.contains(",") ? "indices" : "index"), not \(given)",
                zh: "“\(x)”的形状是 \(shape)，最多只能有 \(shape.filter { $0 == "," }.count + 1) 个下标，而这里有 \(given) 个")
        case .indexNotWhole(let value):
            Texts(en: "an index is a whole number, not \(value)", zh: "下标必须是整数，而不是 \(value)")
        case .indexOutOfRange(let index, let x, let size, let shape):
            Texts(
                en: "index \(index) is out of range: '\(x)' (shape \(shape)) has \(size) there",
                zh: "下标 \(index) 超出范围：“\(x)”（形状 \(shape)）在这一维只有 \(size) 个")
        case .indexRange(let size):
            Texts(
                en: "indices there run from 0 to \(size - 1), or from -\(size) to -1 counting from the end",
                zh: "这一维的下标从 0 到 \(size - 1)，或从末尾数起的 -\(size) 到 -1")
        case .indexHint:
            Texts(
                en: "x[i, j] is row i, column j of a matrix and x[i] element i of a vector, counting from 0, as in NumPy",
                zh: "x[i, j] 是矩阵第 i 行第 j 列，x[i] 是向量的第 i 个元素，和 NumPy 一样从 0 数起")
        case .sliceStep:
            Texts(en: "a slice takes no step here: x[a:b], not x[a:b:step]", zh: "这里的切片不带步长：只能写 x[a:b]，不能写 x[::2] 或 x[a:b:2]")
        case .sliceHint:
            Texts(
                en: "x[a:b] picks positions a to b-1, as in NumPy: x[:2] the first two, x[2:] from 2 to the end, "
                    + "x[-2:] the last two; on a matrix X[a:b] picks rows and X[:, j] column j",
                zh: "x[a:b] 取第 a 到第 b-1 个位置，和 NumPy 一样：x[:2] 取前两个，x[2:] 从第 2 个取到末尾，"
                    + "x[-2:] 取最后两个；对矩阵，X[a:b] 取行，X[:, j] 取第 j 列")
        case .sliceEmpty(let slice, let from, let to):
            Texts(
                en: "\(slice) is empty: it runs from position \(from) up to \(to), and an array needs at least one element",
                zh: "\(slice) 是空的：它从第 \(from) 个位置取到第 \(to) 个之前，而数组至少要有一个元素")
        case .sliceBoundNotWhole(let value):
            Texts(en: "a slice bound is a whole number, not \(value)", zh: "切片的边界必须是整数，而不是 \(value)")
        case .sliceBoundOutOfRange(let bound, let x, let size, let shape):
            Texts(
                en: "slice bound \(bound) is out of range: '\(x)' (shape \(shape)) has \(size) there",
                zh: "切片边界 \(bound) 超出范围：“\(x)”（形状 \(shape)）在这一维只有 \(size) 个")
        case .sliceBoundRange(let size):
            Texts(
                en: "bounds there run from 0 to \(size), or from -\(size) counting from the end; "
                    + "leave a bound out to go to the end (x[2:]); NumPy would cut the slice short, here it is an error",
                zh: "这一维的边界从 0 到 \(size)，或从末尾数起到 -\(size)；"
                    + "省略边界就一直取到末尾（x[2:]）；NumPy 会悄悄截短切片，这里则报错")
        case .noLastResult:
            Texts(
                en: "grad(x) is the gradient of the last scalar result, and there is none yet",
                zh: "grad(x) 是对上一个标量结果求的梯度，但现在还没有结果")
        case .computeFirst(let x):
            Texts(
                en: "compute one first (loss = ...), or name it: grad(loss, \(x))",
                zh: "请先算出一个（loss = ...），或写明是谁的梯度：grad(loss, \(x))")
        case .doesNotDepend(let output, let x):
            Texts(
                en: "\(output ?? "the last result") does not depend on '\(x)'",
                zh: "\(output ?? "上一个结果")不依赖于“\(x)”")
        case .gradHint:
            Texts(
                en: "grad(output, x) is d output/d x for an x that output was computed from; "
                    + "if x got a new value after output was computed, compute output again",
                zh: "grad(output, x) 是 d output/d x，x 必须是算出 output 时用到的；"
                    + "如果算出 output 之后 x 又被赋了新值，请重新计算 output")
        }
    }

    /// `1 argument`, `1 or 2 arguments`, `1 to 3 arguments`, as `Function.argumentCountDescription` says it.
    static func argumentsEn(_ least: Int, _ most: Int) -> String {
        if least == most { return "\(least) argument\(least == 1 ? "" : "s")" }
        if most == least + 1 { return "\(least) or \(most) arguments" }
        return "\(least) to \(most) arguments"
    }

    static func argumentsZh(_ least: Int, _ most: Int) -> String {
        if least == most { return " \(least) 个参数" }
        if most == least + 1 { return " \(least) 或 \(most) 个参数" }
        return " \(least) 到 \(most) 个参数"
    }

    /// The engine's domains (Autograd's rules say them in English), in Chinese.
    static func domainZh(_ domain: String) -> String {
        switch domain {
        case "all x": "全体实数 x"
        case "all x, y": "全体实数 x、y"
        case "all x (overflows to infinity above about 709.78)": "全体实数 x（x 大于约 709.78 时溢出为无穷大）"
        case "all x (the slope at 0 is taken as 0)": "全体实数 x（在 0 处斜率取 0）"
        case "x > 0 (log(0) is -infinity, below 0 NaN)": "x > 0（log(0) 为负无穷大，小于 0 时为 NaN）"
        case "x > 0, or x ≤ 0 with a whole-number y": "x > 0，或 x ≤ 0 且 y 为整数"
        case "x ≥ 0 (below 0 NaN; the slope is infinite at 0)": "x ≥ 0（小于 0 时为 NaN；在 0 处斜率为无穷大）"
        default: domain
        }
    }

    public static let samples: [CalcMessage] = [
        .emptyArray, .emptyArrayHint, .elementIsArray(2, shape: "[3]"), .vectorListsNumbers,
        .rowIsMatrix(shape: "[2, 2]"), .matrixListsRows, .rowIsNumber(3, columns: 4),
        .rowIsMatrixNotList(5, shape: "[1, 2]", columns: 6), .rowListsNumbers, .rowLength(7, count: 8, columns: 9),
        .sameLength, .cannotBroadcast("[2]", "[3]", left: "a", right: "b"), .broadcastRule(11, 12), .matmulNumber(leftSide: true),
        .matmulNumber(leftSide: false), .multiplyByNumber, .matmulInner("[2, 1]", "[2, 2]", inner: 13, rightInner: 14),
        .matmulHint, .mustBeNumber("rows", function: "zeros", shape: "[4]"), .sizeNaN("columns", function: "rand"),
        .sizeNotWhole("n", function: "randn", value: "2.5"), .sizeBelowOne("rows", function: "rand", value: "-1"),
        .sizesHint, .sizeOverLimit("n", function: "zeros", value: "1e+12", limit: 100_000), .raiseArrayLimit,
        .sumNeedsArray("q"), .sumOfNumber, .axisRange(vector: false, shape: "[2, 5]", value: "7"), .axisHint,
        .tooManyElements(.literal, count: 200_001, limit: 200_000),
        .tooManyElements(.broadcast("[1000]", "[1000, 1]", to: "[1000, 1000]"), count: nil, limit: 300_000),
        .tooManyElements(.product("[900, 2]", "[2, 900]", is: "[900, 900]"), count: 810_000, limit: 400_000),
        .tooManyElements(.call("zeros(2000, 2000)"), count: 4_000_000, limit: 500_000),
        .gradOfArray("h", shape: "[4, 1]"), .reduceFirst("y", x: "w1"), .noLastResult, .computeFirst("w2"),
        .doesNotDepend("loss", x: "w3"), .doesNotDepend(nil, x: "w4"), .gradHint,
        .noResultYet, .expectedIndex, .indexNotArray("b"), .tooManyIndices("w", shape: "[2, 3]", given: 3),
        .tooManyIndices("v", shape: "[3]", given: 2), .indexNotWhole("1.5"),
        .indexOutOfRange("5", name: "w", size: 3, shape: "[3, 2]"), .indexRange(3), .indexHint,
        .sliceStep, .sliceHint, .sliceEmpty("x[2:2]", from: 2, to: 2), .sliceBoundNotWhole("0.5"),
        .sliceBoundOutOfRange("9", name: "x", size: 4, shape: "[4]"), .sliceBoundRange(4),
        .text("a sentence"), .noComparisons, .useEqualsToName, .cannotBeName("café"), .nameLetters,
        .unexpectedCharacter("$"), .noStrings, .squareBrackets, .theOperators, .commandOnItsOwnLine, .expressionsUse,
        .chinesePunctuation("、"), .notANumber("2x"), .numbersLookLike, .tooLarge("1e999"), .largestNumber,
        .numberInWords("two"), .typeDigits, .readFullWidth(typed: "（ ＋ ２", read: "( + 2"),
        .onlyNameGetsValue("a+1"), .nameOnLeft("a+2"), .expectedAfter(.symbol("+"), found: .symbol("*")),
        .expected(found: .end), .nestedTooDeep(200), .nestingHint,
        .expectedClose(")", opening: .symbol("("), at: "1:3"), .expectedCloseOrComma("]", found: .number("4")),
        .stillOpen(.symbol("["), at: "2:1"), .expectedOperator(found: .name("b")), .putOperator,
        .notAFunctionHere("w"), .writeProduct("2*x"), .writeCall("tanh(x)"), .noMatchingOpening(.symbol(")")),
        .noMethods(.name("x")), .methodsHint, .dropModule("mean"), .attributeGrad, .attributeBackward, .attributeStep,
        .attributeZeroGrad, .attributeData, .isAFunction("tanh", signature: "tanh(x)"), .unknownName("bb"),
        .didYouMean("b"), .giveValueFirst("q"), .valueNotFunction("a"), .productHint("c"), .unknownFunction("print"),
        .theFunctions("tanh, relu"), .argumentCount("grad", least: 1, most: 2, signature: "grad(y, x)", given: 3),
        .graphTooLarge(1000), .graphLimitHint, .interrupted, .statementDropped, .nonFinite("1/0", .infinity),
        .nonFinite("0/0", .nan), .nonFinite("log(0)", .negativeInfinity), .divisionByZero, .zeroToNegativePower,
        .overflowed, .domain("sqrt", "y ≠ 0"),
    ]
}

extension CalcMessage.ElementSubject {
    var en: String {
        switch self {
        case .literal: "the array would have"
        case .broadcast(let x, let y, let shape): "\(x) with \(y) broadcasts to \(shape):"
        case .product(let x, let y, let shape): "\(x) @ \(y) is \(shape):"
        case .call(let call): "\(call) would make"
        }
    }

    var zh: String {
        switch self {
        case .literal: "这个数组会有"
        case .broadcast(let x, let y, let shape): "\(x) 和 \(y) 广播成 \(shape)："
        case .product(let x, let y, let shape): "\(x) @ \(y) 是 \(shape)："
        case .call(let call): "\(call) 会生成"
        }
    }
}

extension CalcMessage {
    /// What would have too many elements.
    public enum ElementSubject: Sendable, Hashable {
        /// An array literal.
        case literal
        /// `x` with `y` broadcast to `shape`.
        case broadcast(String, String, to: String)
        /// `x @ y` is `shape`.
        case product(String, String, is: String)
        /// `zeros(2000, 2000)`.
        case call(String)
    }

    /// What a number became.
    public enum NonFinite: Sendable, Hashable {
        case nan, infinity, negativeInfinity
    }
}
