#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The squashing functions that neurons apply to their weighted sum, and the
// max and min gates that relu is one case of.

/// `tanh(x)`, from -1 to 1. Its slope is largest at 0 and vanishes as |x|
/// grows: a saturated neuron passes almost no gradient back.
public enum Tanh: UnaryRule {
    public static let name = "tanh"
    public static let spelling: Spelling = .function
    public static let summary = "hyperbolic tangent, squashes to (-1, 1)"
    public static let domain = "all x"
    public static let derivativeFormulas = ["1 - tanh(x)^2"]
    @inlinable public static func forward(_ x: Double) -> Double { tanh(x) }
    @inlinable public static func derivative(_ x: Double, output: Double) -> Double { 1 - output * output }
}

/// `sigmoid(x) = 1 / (1 + e^-x)`, from 0 to 1. Its slope is at most 1/4.
public enum Sigmoid: UnaryRule {
    public static let name = "sigmoid"
    public static let spelling: Spelling = .function
    public static let summary = "logistic function 1 / (1 + exp(-x)), squashes to (0, 1)"
    public static let domain = "all x"
    public static let derivativeFormulas = ["sigmoid(x) * (1 - sigmoid(x))"]
    @inlinable public static func forward(_ x: Double) -> Double {
        // Written so that exp never overflows: for large negative x,
        // 1 + exp(-x) would be infinite before the division.
        if x >= 0 { return 1 / (1 + exp(-x)) }
        let e = exp(x)
        return e / (1 + e)
    }
    @inlinable public static func derivative(_ x: Double, output: Double) -> Double { output * (1 - output) }
}

/// `relu(x) = max(0, x)`. The slope is 1 where the unit is active, 0 where
/// it is not; at exactly 0 it is taken as 0, as micrograd does.
public enum ReLU: UnaryRule {
    public static let name = "relu"
    public static let spelling: Spelling = .function
    public static let summary = "rectified linear unit, max(0, x)"
    public static let domain = "all x"
    public static let derivativeFormulas = ["(1 if x > 0, else 0)"]
    @inlinable public static func forward(_ x: Double) -> Double { x > 0 ? x : 0 }
    @inlinable public static func derivative(_ x: Double, output: Double) -> Double { x > 0 ? 1 : 0 }
}

// The max and min gates: ReLU is `max(0, x)`. Each routes the whole
// gradient to the input that won and none to the other, as a switch would.
// At a tie (x = y) neither input won, and the gradient is split, half to
// each: that is what a central difference sees (the average of the two
// sides' slopes), so `:check` agrees there, `max(x, y)` and `max(y, x)` give
// the same gradients, and PyTorch's `torch.maximum` does the same. (Not
// relu's choice of 0 at 0: `max(0, x)` at `x = 0` gives x one half.)
// A NaN input gives NaN, value and slopes: no input won.

/// `max(x, y)`, the larger of two numbers.
public enum Maximum: BinaryRule {
    public static let name = "max"
    public static let spelling: Spelling = .function
    public static let summary = "the larger of two numbers; the gradient goes to the larger one (half to each at a tie)"
    public static let domain = "all x, y"
    public static let derivativeFormulas = ["(1 if x > y, 1/2 if x = y, else 0)", "(1 if y > x, 1/2 if x = y, else 0)"]
    @inlinable public static func forward(_ x: Double, _ y: Double) -> Double {
        x.isNaN || y.isNaN ? .nan : (x < y ? y : x)
    }
    @inlinable public static func derivatives(_ x: Double, _ y: Double, output: Double) -> (dx: Double, dy: Double) {
        if x > y { return (1, 0) }
        if x < y { return (0, 1) }
        return x == y ? (0.5, 0.5) : (.nan, .nan)
    }
}

/// `min(x, y)`, the smaller of two numbers.
public enum Minimum: BinaryRule {
    public static let name = "min"
    public static let spelling: Spelling = .function
    public static let summary = "the smaller of two numbers; the gradient goes to the smaller one (half to each at a tie)"
    public static let domain = "all x, y"
    public static let derivativeFormulas = ["(1 if x < y, 1/2 if x = y, else 0)", "(1 if y < x, 1/2 if x = y, else 0)"]
    @inlinable public static func forward(_ x: Double, _ y: Double) -> Double {
        x.isNaN || y.isNaN ? .nan : (y < x ? y : x)
    }
    @inlinable public static func derivatives(_ x: Double, _ y: Double, output: Double) -> (dx: Double, dy: Double) {
        if x < y { return (1, 0) }
        if x > y { return (0, 1) }
        return x == y ? (0.5, 0.5) : (.nan, .nan)
    }
}
