#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The elementary functions of one variable.

/// `exp(x)`, the one function that is its own derivative.
public enum Exp: UnaryRule {
    public static let name = "exp"
    public static let spelling: Spelling = .function
    public static let summary = "e raised to the power x"
    public static let domain = "all x (overflows to infinity above about 709.78)"
    public static let derivativeFormulas = ["exp(x)"]
    @inlinable public static func forward(_ x: Double) -> Double { exp(x) }
    @inlinable public static func derivative(_ x: Double, output: Double) -> Double { output }
}

/// `log(x)`, the natural logarithm.
public enum Log: UnaryRule {
    public static let name = "log"
    public static let spelling: Spelling = .function
    public static let summary = "natural logarithm"
    public static let domain = "x > 0 (log(0) is -infinity, below 0 NaN)"
    public static let derivativeFormulas = ["1 / x"]
    @inlinable public static func forward(_ x: Double) -> Double { log(x) }
    @inlinable public static func derivative(_ x: Double, output: Double) -> Double { 1 / x }
}

/// `sqrt(x)`.
public enum SquareRoot: UnaryRule {
    public static let name = "sqrt"
    public static let spelling: Spelling = .function
    public static let summary = "square root"
    public static let domain = "x ≥ 0 (below 0 NaN; the slope is infinite at 0)"
    public static let derivativeFormulas = ["1 / (2 * sqrt(x))"]
    @inlinable public static func forward(_ x: Double) -> Double { x.squareRoot() }
    @inlinable public static func derivative(_ x: Double, output: Double) -> Double { 0.5 / output }
}

/// `abs(x)`. Not differentiable at 0, where the slope is taken as 0.
public enum Absolute: UnaryRule {
    public static let name = "abs"
    public static let spelling: Spelling = .function
    public static let summary = "absolute value"
    public static let domain = "all x (the slope at 0 is taken as 0)"
    public static let derivativeFormulas = ["sign(x)"]
    @inlinable public static func forward(_ x: Double) -> Double { Swift.abs(x) }
    @inlinable public static func derivative(_ x: Double, output: Double) -> Double {
        x > 0 ? 1 : (x < 0 ? -1 : 0)
    }
}

/// `sin(x)`, with x in radians.
public enum Sine: UnaryRule {
    public static let name = "sin"
    public static let spelling: Spelling = .function
    public static let summary = "sine (radians)"
    public static let domain = "all x"
    public static let derivativeFormulas = ["cos(x)"]
    @inlinable public static func forward(_ x: Double) -> Double { sin(x) }
    @inlinable public static func derivative(_ x: Double, output: Double) -> Double { cos(x) }
}

/// `cos(x)`, with x in radians.
public enum Cosine: UnaryRule {
    public static let name = "cos"
    public static let spelling: Spelling = .function
    public static let summary = "cosine (radians)"
    public static let domain = "all x"
    public static let derivativeFormulas = ["-sin(x)"]
    @inlinable public static func forward(_ x: Double) -> Double { cos(x) }
    @inlinable public static func derivative(_ x: Double, output: Double) -> Double { -sin(x) }
}
