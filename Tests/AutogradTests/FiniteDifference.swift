import Autograd
import RealModule

/// The central difference (f(x + h) - f(x - h)) / 2h of `output` with
/// respect to the leaf `input`, computed by nudging the leaf and replaying
/// the tape: the oracle every gradient is checked against.
func centralDifference(_ tape: Tape, of output: Node, withRespectTo input: Node, step: Double = 1e-6) -> Double {
    let original = tape.data(input)
    let h = step * Swift.max(1, Swift.abs(original))
    tape.setData(input, original + h)
    tape.recompute()
    let above = tape.data(output)
    tape.setData(input, original - h)
    tape.recompute()
    let below = tape.data(output)
    tape.setData(input, original)
    tape.recompute()
    return (above - below) / (2 * h)
}

func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-6) -> Bool {
    a.isApproximatelyEqual(to: b, absoluteTolerance: tolerance, relativeTolerance: tolerance)
}
