import TextKit
import Autograd

/// Notes under a table for gradients that look alarming but are right.
public enum GradientNotes {
    /// `x^2` with `x < 0`: the gradient of the exponent, d(x^y)/dy =
    /// x^y · ln x, is NaN, because x^y has no derivative in y there (it is
    /// not even defined for most y near 2). A number written in an
    /// expression is never learned, so the NaN harms nothing, but a learner
    /// seeing it in the table deserves to know why it is there.
    public static func constantExponents(in nodes: [Node], tape: Tape, language: Language = .en) -> String? {
        for node in nodes where tape.operation(node) == .power {
            let inputs = tape.inputs(node)
            let (base, exponent) = (inputs[0], inputs[1])
            // x^y itself defined (a whole-number y): then only the exponent's
            // gradient is NaN, and the note can say the rest are right.
            guard tape.operation(exponent) == .constant, tape.grad(exponent).isNaN, tape.data(base) < 0,
                tape.data(node).isFinite
            else {
                continue
            }
            let y = NumberFormatting.human(tape.data(exponent))
            if language == .zh {
                return "（指数 \(y) 的梯度显示为 NaN：x < 0 时，x^y 对 y 没有导数。"
                    + "表达式里写下的数字从不参与学习，所以这不影响任何结果；其他梯度都是对的。此说明只显示一次。）"
            }
            return "(The exponent \(y) shows grad NaN: x^y has no derivative in y where x < 0. "
                + "A number written in an expression is never learned, so this harms nothing; "
                + "the other gradients are right. This note is shown once.)"
        }
        return nil
    }
}
