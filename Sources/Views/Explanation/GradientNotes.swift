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
            return GradientNoteMessage.constantExponent(NumberFormatting.human(tape.data(exponent))).text(language)
        }
        return nil
    }
}
