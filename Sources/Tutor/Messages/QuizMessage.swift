import TextKit

/// What `:quiz` and `micrograd quiz` say.
enum QuizMessage: Message {
    case started(seed: String)
    case round(number: Int, operations: Int)
    case inputs(String)
    case askGradient(derivative: String)
    case askStep(input: String, rate: String, derivative: String)
    case rightGradient(derivative: String, value: String)
    case wrongGradient(typed: String, derivative: String, value: String, command: String)
    case rightStep(formula: String)
    case wrongStep(typed: String, formula: String)
    case typeANumber(typed: String)
    /// An empty line at `quiz>`.
    case noAnswer
    /// A command (`:help`) at `quiz>`, which takes numbers only.
    case commandInQuiz(typed: String)
    /// `10,83`: a decimal comma, where the tutor reads a point.
    case decimalPoint(typed: String, meant: String)
    /// Before the chain rule of the parameter's gradient, which a round
    /// that asked about an inner node did not ask.
    case parameterChain(derivative: String)
    /// `:help quiz`'s lines after the summary: the questions and the tolerance.
    case help
    case score(streak: Int, best: Int, right: Int, asked: Int)
    case harder(operations: Int)
    case sameLevel(operations: Int)
    case left
    case notSaved(reason: String)
    case usage

    var texts: Texts {
        switch self {
        case .started(let seed):
            Texts(
                en: "A quiz from seed \(seed): `micrograd quiz --seed \(seed)` asks the same questions. Type q to leave.",
                zh: "随机种子为 \(seed) 的练习：“micrograd quiz --seed \(seed)” 会出同样的题。输入 q 退出。")
        case .round(let number, let operations):
            Texts(en: "Question \(number): a graph of \(operations) operations.", zh: "计算图 \(number)：有 \(operations) 个运算。")
        case .inputs(let inputs): Texts(en: "Inputs: \(inputs)", zh: "输入：\(inputs)")
        case .askGradient(let derivative):
            Texts(en: "What is \(derivative)? Type a number.", zh: "\(derivative) 是多少？请输入一个数。")
        case .askStep(let input, let rate, let derivative):
            Texts(
                en: "One step of gradient descent with learning rate \(rate): \(input) - \(rate) * \(derivative). What is \(input) after it?",
                zh: "以学习率 \(rate) 做一步梯度下降：\(input) - \(rate) * \(derivative)。这一步之后 \(input) 是多少？")
        case .rightGradient(let derivative, let value):
            Texts(en: "Right: \(derivative) = \(value).", zh: "对：\(derivative) = \(value)。")
        case .wrongGradient(let typed, let derivative, let value, let command):
            Texts(
                en: "Not quite: you typed \(typed), but \(derivative) = \(value). The chain rule, as \(command) gives it:",
                zh: "不对：你输入的是 \(typed)，而 \(derivative) = \(value)。链式法则（与 \(command) 给出的相同）：")
        case .rightStep(let formula): Texts(en: "Right: \(formula).", zh: "对：\(formula)。")
        case .wrongStep(let typed, let formula):
            Texts(en: "Not quite: you typed \(typed), but \(formula).", zh: "不对：你输入的是 \(typed)，而 \(formula)。")
        case .typeANumber(let typed):
            Texts(
                en: "'\(typed)' is not a number: type a number, such as 0.5 or -2 (q leaves the quiz).",
                zh: "“\(typed)” 不是数：请输入一个数，例如 0.5 或 -2（输入 q 退出练习）。")
        case .noAnswer:
            Texts(en: "Type a number, such as 0.5 or -2 (q leaves the quiz).", zh: "请输入一个数，例如 0.5 或 -2（输入 q 退出练习）。")
        case .commandInQuiz(let typed):
            Texts(
                en: "'\(typed)' is a command: the quiz takes numbers. q leaves it; then :help quiz says how it works.",
                zh: "“\(typed)” 是命令，练习里只能输入数。输入 q 退出练习后，用 :help quiz 可以看规则。")
        case .decimalPoint(let typed, let meant):
            Texts(
                en: "'\(typed)' is not a number here: decimals take a point, as in \(meant).",
                zh: "这里“\(typed)”不是数：小数要用小数点，例如 \(meant)。")
        case .parameterChain(let derivative):
            Texts(en: "Where \(derivative) comes from:", zh: "\(derivative) 是这样算出来的：")
        case .help:
            Texts(
                en: """
                    A graph of 2 to 6 operations, each a named node (d = a * b, L = tanh(d) + a).
                    Two questions: the gradient of one node, an input or an inner one (dL/da,
                    dL/dd), then one input after a step of gradient descent (a - lr * dL/da).
                    An answer is right within 1% of the answer, or within 0.001 for small numbers;
                    an expression of numbers (1 - 0.5^2) counts, a word is asked again.
                    A wrong gradient gets the chain rule for that node, as :explain L d gives it.
                    Both right: the next graph has one operation more. The streak and score are
                    kept in the progress file; :quiz seed N (micrograd quiz --seed N) repeats
                    the questions.
                    """,
                zh: """
                    计算图有 2 到 6 个运算，每个运算是一个有名字的节点
                    （d = a * b，L = tanh(d) + a）。每题问两件事：
                      一个节点的梯度，可以是输入，也可以是中间节点（dL/da、dL/dd）；
                      做一步梯度下降之后某个输入的值（a - lr * dL/da）。
                    与答案相差不超过 1%（较小的数不超过 0.001）即算答对；
                    数的表达式（1 - 0.5^2）也算数，输入文字会再问一次。
                    梯度答错时会给出这个节点的链式法则，与 :explain L d 给出的相同。
                    两题都对，下一个计算图多一个运算。连续答对的题数和成绩保存在进度文件里；
                    :quiz seed N（micrograd quiz --seed N）会出同样的题。
                    """)
        case .score(let streak, let best, let right, let asked):
            Texts(
                en: "Streak \(streak) (best \(best)); \(right) of \(asked) right in all.",
                zh: "连续答对 \(streak) 题（最长纪录 \(best) 题）；共答对 \(right)/\(asked) 题。")
        case .harder(let operations):
            Texts(en: "Both right: the next graph is harder, with \(operations) operations.", zh: "两题都对：下一个计算图更难，有 \(operations) 个运算。")
        case .sameLevel(let operations):
            Texts(en: "The next graph has \(operations) operations.", zh: "下一个计算图有 \(operations) 个运算。")
        case .left: Texts(en: "Quiz over.", zh: "练习结束。")
        case .notSaved(let reason): Texts(en: "The quiz score was not saved: \(reason)", zh: "练习成绩未能保存：\(reason)")
        case .usage:
            Texts(en: "expected :quiz, or :quiz seed N for the questions of seed N", zh: "应为 :quiz，或 :quiz seed N（随机种子 N 的题目）")
        }
    }

    static let samples: [QuizMessage] = [
        .started(seed: "3"), .round(number: 2, operations: 4), .inputs("a = 2, b = -1.5"), .askGradient(derivative: "dL/da"),
        .askStep(input: "a", rate: "0.1", derivative: "dL/da"), .rightGradient(derivative: "dL/db", value: "0.42"),
        .wrongGradient(typed: "3", derivative: "dL/da", value: "0.42", command: ":explain L a"),
        .rightStep(formula: "a = 2 - 0.1 * 0.5 = 1.95"), .wrongStep(typed: "1.9", formula: "a = 2 - 0.1 * 0.5 = 1.95"),
        .typeANumber(typed: "two"), .noAnswer, .commandInQuiz(typed: ":help"),
        .decimalPoint(typed: "10,83", meant: "10.83"), .parameterChain(derivative: "dL/da"), .help,
        .score(streak: 2, best: 5, right: 7, asked: 9), .harder(operations: 3),
        .sameLevel(operations: 5), .left, .notSaved(reason: "disk full"), .usage,
    ]
}
