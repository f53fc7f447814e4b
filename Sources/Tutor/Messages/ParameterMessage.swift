import TextKit

/// What `:step` and `:train` say about the parameters they are asked to
/// move (see ``GradientDescent``). An unknown name is the language's own
/// message (`CalcMessage.unknownName`), said the same way everywhere.
enum ParameterMessage: Message {
    case noParameter(loss: String)
    case onlyData(loss: String, data: String)
    case nameDataToTrain(String)
    case noParameterHint
    case nameTheParameters
    case computed(name: String, operation: String)
    case computedHint
    case notInLoss(loss: String, name: String)
    case notInLossHint(loss: String, name: String)
    case lossNotFinite(loss: String, value: String)
    case lossNotFiniteHint

    var texts: Texts {
        switch self {
        case .noParameter(let loss):
            Texts(
                en: "\(loss) depends on no parameter, so there is nothing to train",
                zh: "\(loss) 不依赖任何参数，所以没有什么可训练的")
        case .onlyData(let loss, let data):
            Texts(
                en: "\(loss) depends only on data (\(data)), which :train and :step without names leave as it is",
                zh: "\(loss) 只依赖数据（\(data)），而不写名字的 :train 和 :step 不会改动数据")
        case .nameDataToTrain(let name):
            Texts(
                en: "to move it all the same, name it after the learning rate (:step 0.1 \(name)), or make weights with randn, rand or zeros",
                zh: "如果确实要改动它，就在学习率后面写出名字（:step 0.1 \(name)），或用 randn、rand、zeros 生成权重")
        case .noParameterHint:
            Texts(
                en: "a parameter is a name bound to plain numbers, such as w = randn(1, 1); "
                    + "compute the loss from it: loss = mean((x @ w - y)^2)",
                zh: "参数是直接赋了数值的名字，例如 w = randn(1, 1)；再用它算出损失：loss = mean((x @ w - y)^2)")
        case .nameTheParameters:
            Texts(en: "name the parameters to train, such as w and b", zh: "写出要训练的参数，例如 w 和 b")
        case .computed(let name, let operation):
            Texts(
                en: "'\(name)' is computed (by \(operation)), so it is not a parameter",
                zh: "“\(name)”是算出来的（由 \(operation) 得到），所以不是参数")
        case .computedHint:
            Texts(
                en: "only names bound to plain numbers or an initialiser, such as w = randn(2, 3), "
                    + "can be trained; training changes them and recomputes the rest",
                zh: "只有直接赋了数值或由初始化函数得到的名字（例如 w = randn(2, 3)）才能训练；训练会改变它们，再重新计算其余部分")
        case .notInLoss(let loss, let name):
            Texts(
                en: "\(loss) does not depend on '\(name)', so a step would not change it",
                zh: "\(loss) 不依赖“\(name)”，所以走一步也不会改变它")
        case .notInLossHint(let loss, let name):
            Texts(
                en: "if '\(name)' got a new value after \(loss) was computed, compute \(loss) again",
                zh: "如果“\(name)”是在算出 \(loss) 之后才得到新值的，请重新计算 \(loss)")
        case .lossNotFinite(let loss, let value):
            Texts(
                en: "\(loss) is \(value) before any step, so its gradient cannot say which way is down",
                zh: "\(loss) 在走任何一步之前就是 \(value)，它的梯度无法指明往哪边是下降")
        case .lossNotFiniteHint:
            Texts(
                en: "start from parameters where the loss is finite, such as smaller ones: w = randn(2, 3) * 0.1",
                zh: "从损失为有限值的参数出发，例如更小的初值：w = randn(2, 3) * 0.1")
        }
    }

    static let samples: [ParameterMessage] = [
        .noParameter(loss: "loss"), .onlyData(loss: "loss", data: "x, y"), .nameDataToTrain("x"), .noParameterHint, .nameTheParameters,
        .computed(name: "h", operation: "tanh"), .computedHint, .notInLoss(loss: "loss", name: "c"),
        .notInLossHint(loss: "loss2", name: "c2"), .lossNotFinite(loss: "loss3", value: "inf"), .lossNotFiniteHint,
    ]
}
