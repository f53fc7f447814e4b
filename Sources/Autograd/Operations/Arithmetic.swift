#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The four operations of arithmetic, powers and negation. Each derivative is
// what you get by nudging one input and holding the other still.

/// `x + y`. Nudging either input nudges the sum by the same amount.
public enum Add: BinaryRule {
    public static let name = "+"
    public static let spelling: Spelling = .infix(precedence: Precedence.sum, associativity: .left)
    public static let summary = "sum of two numbers"
    public static let domain = "all x, y"
    public static let derivativeFormulas = ["1", "1"]
    @inlinable public static func forward(_ x: Double, _ y: Double) -> Double { x + y }
    @inlinable public static func derivatives(_ x: Double, _ y: Double, output: Double) -> (dx: Double, dy: Double) {
        (1, 1)
    }
}

/// `x - y`.
public enum Subtract: BinaryRule {
    public static let name = "-"
    public static let spelling: Spelling = .infix(precedence: Precedence.sum, associativity: .left)
    public static let summary = "difference of two numbers"
    public static let domain = "all x, y"
    public static let derivativeFormulas = ["1", "-1"]
    @inlinable public static func forward(_ x: Double, _ y: Double) -> Double { x - y }
    @inlinable public static func derivatives(_ x: Double, _ y: Double, output: Double) -> (dx: Double, dy: Double) {
        (1, -1)
    }
}

/// `x * y`. Each input's derivative is the *other* input: this is why the
/// gradient of a weight is the input it multiplies.
public enum Multiply: BinaryRule {
    public static let name = "*"
    public static let spelling: Spelling = .infix(precedence: Precedence.product, associativity: .left)
    public static let summary = "product of two numbers"
    public static let domain = "all x, y"
    public static let derivativeFormulas = ["y", "x"]
    @inlinable public static func forward(_ x: Double, _ y: Double) -> Double { x * y }
    @inlinable public static func derivatives(_ x: Double, _ y: Double, output: Double) -> (dx: Double, dy: Double) {
        (y, x)
    }
}

/// `x / y`.
public enum Divide: BinaryRule {
    public static let name = "/"
    public static let spelling: Spelling = .infix(precedence: Precedence.product, associativity: .left)
    public static let summary = "quotient of two numbers"
    public static let domain = "y ≠ 0"
    public static let derivativeFormulas = ["1 / y", "-x / y^2"]
    @inlinable public static func forward(_ x: Double, _ y: Double) -> Double { x / y }
    @inlinable public static func derivatives(_ x: Double, _ y: Double, output: Double) -> (dx: Double, dy: Double) {
        (1 / y, -x / (y * y))
    }
}

/// `x ^ y`, with any exponent, itself a node that gets a gradient.
///
/// With respect to the exponent, `x^y = e^(y ln x)`, so the derivative is
/// `x^y ln x`, defined for `x > 0`. At `x = 0` it is taken as 0 (the limit
/// for `y > 0`); for `x < 0` it is NaN: there `x^y` is only defined at whole
/// numbers `y`, so it has no derivative in `y`.
///
/// Written `x^y`, grouping to the right as in mathematics: `2^3^2` is `2^9`.
public enum Power: BinaryRule {
    public static let name = "^"
    public static let spelling: Spelling = .infix(precedence: Precedence.power, associativity: .right)
    public static let summary = "x raised to the power y"
    public static let domain = "x > 0, or x ≤ 0 with a whole-number y"
    public static let derivativeFormulas = ["y * x^(y - 1)", "x^y * log(x)"]
    @inlinable public static func forward(_ x: Double, _ y: Double) -> Double { pow(x, y) }
    @inlinable public static func derivatives(_ x: Double, _ y: Double, output: Double) -> (dx: Double, dy: Double) {
        let dx = y == 0 ? 0 : y * pow(x, y - 1)
        let dy: Double = x > 0 ? output * log(x) : (x == 0 ? 0 : .nan)
        return (dx, dy)
    }
}

/// `-x`. Written as a sign that binds tighter than `*` and looser than `^`:
/// `-a*b` is `(-a)*b` and `-x^2` is `-(x^2)` (see ``Precedence``).
public enum Negate: UnaryRule {
    public static let name = "neg"
    public static let spelling: Spelling = .prefix(symbol: "-", precedence: Precedence.prefix)
    public static let summary = "the negative of a number"
    public static let domain = "all x"
    public static let derivativeFormulas = ["-1"]
    @inlinable public static func forward(_ x: Double) -> Double { -x }
    @inlinable public static func derivative(_ x: Double, output: Double) -> Double { -1 }
}
