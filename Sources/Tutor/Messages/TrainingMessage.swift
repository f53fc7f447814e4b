import TextKit

/// What `:step` and `:train` say: their errors, the run, the progress, the
/// summary and the advice. The numbers come formatted; the arrow is the
/// style's (`→` or `->`).
enum TrainingMessage: Message, Equatable {
    case lastResult
    case noScalarResult
    case computeLossFirst
    case afterOneStep(loss: String, before: String, arrow: String, after: String, rate: String, names: String)
    case arrayLoss(String, shape: String)
    case reduceLoss(String)
    case notSteps(String, max: Int)
    case forExample(String)
    case notRate(String)
    case training(loss: String, Count, rate: String, names: String)
    case progress(step: Int, of: Int, loss: String, value: String, rate: String)
    case printedStep(String, loss: String, value: String)
    case summary(loss: String, first: String, arrow: String, last: String, Count)
    case timing(seconds: String, rate: String)
    case manySteps
    case interrupted(Int, of: Int)
    case interruptedUnchanged(of: Int)
    case diverged(Int, of: Int, loss: String, value: String, done: Int)
    case divergedUnchanged(of: Int, loss: String, value: String)
    case grew(loss: String, first: String, last: String, rate: String)
    case parametersMoved(String, example: String)
    case parametersMovedDataKept(String, data: String, example: String)
    case overshoot(String)

    var texts: Texts {
        switch self {
        case .lastResult: Texts(en: "the last result", zh: "上一个结果")
        case .noScalarResult:
            Texts(en: ":step minimises the last scalar result, and there is none yet", zh: ":step 要最小化上一个标量结果，但现在还没有任何结果")
        case .computeLossFirst:
            Texts(
                en: "compute a loss first, for example loss = mean((x @ w - y)^2)",
                zh: "先算出一个损失，例如 loss = mean((x @ w - y)^2)")
        case .afterOneStep(let loss, let before, let arrow, let after, let rate, let names):
            Texts(
                en: "\(loss) \(before) \(arrow) \(after) after one step (learning rate \(rate); updated \(names))",
                zh: "走了一步：\(loss) \(before) \(arrow) \(after)（学习率 \(rate)；更新了 \(names)）")
        case .arrayLoss(let name, let shape):
            Texts(
                en: "'\(name)' is an array of shape \(shape); training minimises one number",
                zh: "“\(name)”是形状为 \(shape) 的数组；训练要最小化的是一个数")
        case .reduceLoss(let name):
            Texts(
                en: "reduce it to a loss first, for example loss = mean(\(name))",
                zh: "先把它归约成一个损失，例如 loss = mean(\(name))")
        case .notSteps(let word, let max):
            Texts(
                en: "'\(word)' is not a number of steps: use a whole number from 1 to \(max)",
                zh: "“\(word)”不是步数：请用 1 到 \(max) 之间的整数")
        case .forExample(let example): Texts(en: "for example \(example)", zh: "例如 \(example)")
        case .notRate(let word):
            Texts(
                en: "'\(word)' is not a learning rate: use a positive number such as 0.05",
                zh: "“\(word)”不是学习率：请用正数，例如 0.05")
        case .training(let loss, let steps, let rate, let names):
            Texts(
                en: "training \(loss) for \(steps.en) at learning rate \(rate), updating \(names)",
                zh: "训练 \(loss)：\(steps.zh)，学习率 \(rate)，更新 \(names)")
        case .progress(let step, let steps, let loss, let value, let rate):
            Texts(
                en: "step \(step)/\(steps)  \(loss) \(value)  \(rate) steps/s",
                zh: "第 \(step)/\(steps) 步  \(loss) \(value)  每秒 \(rate) 步")
        case .printedStep(let step, let loss, let value):
            Texts(en: "step \(step)  \(loss) \(value)", zh: "第 \(step) 步  \(loss) \(value)")
        case .summary(let loss, let first, let arrow, let last, let steps):
            Texts(
                en: "\(loss) \(first) \(arrow) \(last) in \(steps.en)",
                zh: "\(loss) \(first) \(arrow) \(last)，共 \(steps.zh)")
        case .timing(let seconds, let rate):
            Texts(en: " (\(seconds) s, \(rate) steps/s)", zh: "（\(seconds) 秒，每秒 \(rate) 步）")
        case .manySteps: Texts(en: "many", zh: "极多")
        case .interrupted(let done, let steps):
            Texts(
                en: "stopped by Ctrl-C after step \(done) of \(steps); the parameters are those of step \(done)",
                zh: "第 \(done) 步后被 Ctrl-C 停下（共 \(steps) 步）；参数保持第 \(done) 步后的值")
        case .interruptedUnchanged(let steps):
            Texts(
                en: "stopped by Ctrl-C after step 0 of \(steps); the parameters are unchanged",
                zh: "还没走完第 1 步就被 Ctrl-C 停下（共 \(steps) 步）；参数没有变")
        case .diverged(let step, let steps, let loss, let value, let done):
            Texts(
                en: "stopped at step \(step) of \(steps): \(loss) became \(value); the parameters are those of step \(done)",
                zh: "在第 \(step) 步停下（共 \(steps) 步）：\(loss) 变成了 \(value)；参数保持第 \(done) 步后的值")
        case .divergedUnchanged(let steps, let loss, let value):
            Texts(
                en: "stopped at step 1 of \(steps): \(loss) became \(value); the parameters are unchanged",
                zh: "在第 1 步停下（共 \(steps) 步）：\(loss) 变成了 \(value)；参数没有变")
        case .grew(let loss, let first, let last, let rate):
            Texts(
                en: "warning: \(loss) grew from \(first) to \(last); the learning rate \(rate) is likely too large",
                zh: "警告：\(loss) 从 \(first) 增大到 \(last)；学习率 \(rate) 多半太大了")
        case .parametersMoved(let names, let example):
            Texts(
                en: "(without names, the parameters move: \(names); to choose, name them: \(example))",
                zh: "（没写名字时，更新的是参数：\(names)；想自己选，就写出名字，如 \(example)）")
        case .parametersMovedDataKept(let names, let data, let example):
            Texts(
                en: "(without names, the parameters move: \(names); the data \(data) stays as it is; to choose, name them: \(example))",
                zh: "（没写名字时，更新的是参数：\(names)；数据 \(data) 保持不变；想自己选，就写出名字，如 \(example)）")
        case .overshoot(let rate):
            Texts(
                en: "hint: the steps overshoot; try a smaller learning rate, such as \(rate)",
                zh: "提示：步子太大，越过了最低点；试试更小的学习率，例如 \(rate)")
        }
    }

    static let samples: [TrainingMessage] = [
        .lastResult, .noScalarResult, .computeLossFirst,
        .afterOneStep(loss: "loss", before: "4", arrow: "→", after: "3.2", rate: "0.05", names: "w, b"),
        .arrayLoss("err", shape: "[5, 1]"), .reduceLoss("errs"),
        .notSteps("many", max: 100_000_000), .forExample(":train loss 1000 0.05 w b"), .notRate("-1"),
        .training(loss: "L", Count(100, .step), rate: "0.01", names: "a, b"),
        .progress(step: 300, of: 1000, loss: "cost", value: "0.25", rate: "8300"),
        .printedStep(" 20", loss: "mse", value: "0.125"),
        .summary(loss: "J", first: "9", arrow: "->", last: "0.5", Count(50, .step)),
        .timing(seconds: "1.5", rate: "6600"), .manySteps, .interrupted(40, of: 500), .interruptedUnchanged(of: 600),
        .diverged(12, of: 700, loss: "risk", value: "inf", done: 11), .divergedUnchanged(of: 800, loss: "obj", value: "nan"),
        .grew(loss: "E", first: "4", last: "236196", rate: "0.9"), .parametersMoved("a, b", example: ":step 0.01 a b"),
        .parametersMovedDataKept("b, w", data: "x_train, y_train", example: ":train loss 10 0.1 b w"), .overshoot("0.005"),
    ]
}
