#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The squashing functions that neurons apply to their weighted sum.

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
