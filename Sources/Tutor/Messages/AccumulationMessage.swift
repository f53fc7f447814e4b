import TextKit

/// What accumulate mode says (`:set accumulate on|off`, `:zero_grad`, and
/// the notes of `:backward`, `:step`, `:train` and the tables while it is on).
enum AccumulationMessage: Message {
    case turnedOn
    case turnedOff(dropped: Count?)
    case notOnOff(String)
    case onOffHint
    /// One node's stored gradient after a pass: `w.grad: 6 + 6 = 12`.
    case added(label: String, before: String, pass: String, after: String)
    case moreAdded(Count)
    /// After the first pass since zeroing.
    case firstPass
    case accumulatedOver(Count)
    case stoppedNotAdded
    /// Before `:backward` walks a pass in accumulate mode.
    case passThenAdded
    /// Under a table while accumulate is on.
    case tableNote(Count)
    case tableNoteEmpty(command: String)
    case zeroed(Count)
    case nothingToZero
    case zeroWhileOff
    case stepUsed(Count)
    case noStoredGradients
    case noStoredGradientsHint(loss: String)
    case trainAccumulates
    case trainStored(Count)
    /// `:help accumulate`.
    case help

    var texts: Texts {
        switch self {
        case .turnedOn:
            Texts(
                en: "accumulate = on: each :backward now adds into the stored gradients (.grad), as loss.backward() "
                    + "does without zero_grad(); tables and :step use them, :zero_grad sets them back to 0. "
                    + "grad(L, w) still computes a fresh gradient.",
                zh: "accumulate = on：从现在起，每次 :backward 都把梯度累加到已存的梯度（.grad）上，"
                    + "就像不调用 zero_grad() 时的 loss.backward()；表格和 :step 用的都是它们，:zero_grad 把它们清零。"
                    + "grad(L, w) 仍然算出一个新的梯度。")
        case .turnedOff(let dropped):
            if let dropped {
                Texts(
                    en: "accumulate = off: the stored gradients (\(dropped.en)) are dropped; every backward pass starts from 0 again.",
                    zh: "accumulate = off：已存的梯度（\(dropped.zh)）已丢弃；每次反向遍历重新从 0 开始。")
            } else {
                Texts(
                    en: "accumulate = off: every backward pass starts from 0.",
                    zh: "accumulate = off：每次反向遍历都从 0 开始。")
            }
        case .notOnOff(let word):
            Texts(en: "accumulate is on or off, not \(word)", zh: "accumulate 只能是 on 或 off，不能是 \(word)")
        case .onOffHint:
            Texts(en: "for example :set accumulate on", zh: "例如 :set accumulate on")
        case .added(let label, let before, let pass, let after):
            Texts(
                en: "  \(label).grad: stored \(before) + this pass \(pass) = \(after)",
                zh: "  \(label).grad：已存 \(before) + 本次 \(pass) = \(after)")
        case .moreAdded(let count):
            Texts(en: "  and \(count.en)", zh: "  另有 \(count.zh)")
        case .firstPass:
            Texts(
                en: "Stored: 1 backward pass (accumulate is on: the next one adds to it).",
                zh: "已存：1 次反向遍历（accumulate 已开启：下一次会累加上去）。")
        case .accumulatedOver(let count):
            Texts(
                en: "Accumulated over \(count.en); :zero_grad sets them back to 0.",
                zh: "已累加 \(count.zh)；:zero_grad 把它们清零。")
        case .stoppedNotAdded:
            Texts(
                en: "The pass was stopped: nothing was added to the stored gradients.",
                zh: "这次遍历中途停止：没有累加到已存的梯度上。")
        case .passThenAdded:
            Texts(
                en: "(accumulate is on: this pass is worked out from 0 as always, then added into the stored gradients.)",
                zh: "（accumulate 已开启：这一次遍历照常从 0 算起，算完再累加到已存的梯度上。）")
        case .tableNote(let count):
            Texts(
                en: "grad: the stored gradients, added up over \(count.en) (accumulate is on; :zero_grad clears them).",
                zh: "grad 一列是已存的梯度，累加了 \(count.zh)（accumulate 已开启；:zero_grad 清零）。")
        case .tableNoteEmpty(let command):
            Texts(
                en: "grad: the stored gradients, 0 until \(command) adds a backward pass (accumulate is on).",
                zh: "grad 一列是已存的梯度，在 \(command) 做一次反向遍历之前都是 0（accumulate 已开启）。")
        case .zeroed(let count):
            Texts(
                en: "zero_grad: every stored gradient is 0 again (they held \(count.en)).",
                zh: "zero_grad：已存的梯度全部清零（之前累加了 \(count.zh)）。")
        case .nothingToZero:
            Texts(en: "zero_grad: the stored gradients are already 0.", zh: "zero_grad：已存的梯度本来就是 0。")
        case .zeroWhileOff:
            Texts(
                en: "zero_grad: nothing is stored while accumulate is off: every backward pass starts from 0 "
                    + "(:set accumulate on keeps them).",
                zh: "zero_grad：accumulate 关闭时不存梯度，每次反向遍历都从 0 开始（:set accumulate on 才会保留）。")
        case .stepUsed(let count):
            Texts(
                en: "  moved by the stored gradients of \(count.en) (accumulate is on)",
                zh: "  按已存的梯度移动（累加了 \(count.zh)；accumulate 已开启）")
        case .noStoredGradients:
            Texts(
                en: "no stored gradients to step with: accumulate is on, and no :backward since the last :zero_grad",
                zh: "没有已存的梯度可用：accumulate 已开启，而上次 :zero_grad 之后还没有 :backward")
        case .noStoredGradientsHint(let loss):
            Texts(
                en: "run :backward \(loss) all first, or :set accumulate off (then :step computes the gradient itself)",
                zh: "先运行 :backward \(loss) all，或者 :set accumulate off（那样 :step 自己计算梯度）")
        case .trainAccumulates:
            Texts(
                en: "  accumulate is on, and :train does not zero: each step adds its gradient to the stored ones, "
                    + "as a loop without zero_grad()",
                zh: "  accumulate 已开启，而 :train 不清零：每一步都把新梯度累加到已存的梯度上，就像训练循环里忘了 zero_grad()")
        case .trainStored(let count):
            Texts(
                en: "  stored gradients: \(count.en) added up; :zero_grad sets them back to 0",
                zh: "  已存的梯度：累加了 \(count.zh)；:zero_grad 把它们清零")
        case .help:
            Texts(
                en: """
                    With :set accumulate on (off by default), gradients are kept between backward passes, as PyTorch's .grad:
                      :backward L   works out one pass and adds it into the stored gradients (w.grad: stored 6 + this pass 6 = 12)
                      :step LR      moves the parameters by the stored gradients, as optimizer.step()
                      :train        adds every step's gradient and never zeroes them: the forgotten zero_grad()
                      :zero_grad    sets the stored gradients back to 0, as optimizer.zero_grad()
                    Tables show the stored gradients; :explain and :check look at one fresh pass, and grad(L, w) is \
                    always a fresh gradient. :set accumulate off drops the stored gradients.
                    """,
                zh: """
                    用 :set accumulate on 开启后（默认关闭），梯度在两次反向遍历之间保留下来，如同 PyTorch 的 .grad：
                      :backward L   算出一次遍历的梯度，累加到已存的梯度上（w.grad：已存 6 + 本次 6 = 12）
                      :step LR      按已存的梯度移动参数，如同 optimizer.step()
                      :train        每一步都累加新梯度，从不清零：正是忘了 zero_grad() 的训练循环
                      :zero_grad    把已存的梯度清零，如同 optimizer.zero_grad()
                    表格显示的是已存的梯度；:explain 和 :check 看的是新算的一次遍历，grad(L, w) 也总是新算的梯度。\
                    :set accumulate off 会丢弃已存的梯度。
                    """)
        }
    }

    static let samples: [AccumulationMessage] = [
        .turnedOn, .turnedOff(dropped: Count(2, .backwardPass)), .turnedOff(dropped: nil), .notOnOff("yes"),
        .onOffHint, .added(label: "w", before: "6", pass: "6", after: "12"), .moreAdded(Count(3, .node)), .firstPass,
        .accumulatedOver(Count(2, .backwardPass)), .stoppedNotAdded, .passThenAdded, .tableNote(Count(2, .backwardPass)),
        .tableNoteEmpty(command: ":backward L"), .zeroed(Count(2, .backwardPass)), .nothingToZero, .zeroWhileOff,
        .stepUsed(Count(2, .backwardPass)), .noStoredGradients, .noStoredGradientsHint(loss: "L"), .trainAccumulates,
        .trainStored(Count(3, .backwardPass)), .help,
    ]
}
