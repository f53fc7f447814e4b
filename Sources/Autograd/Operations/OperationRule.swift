/// What every operation of the engine knows about itself.
///
/// Each operation is one small type that keeps, side by side, how to compute
/// its output (the forward pass) and how its output changes when one input
/// changes (its *local derivative*, used by the backward pass), together with
/// that derivative written out for people and how the operation is written.
/// `:explain` prints the same formulas that the code below them implements.
public protocol OperationRule {
    /// The name the expression language uses: `"+"`, `"tanh"`.
    static var name: String { get }
    /// One line on what it computes.
    static var summary: String { get }
    /// Where it is defined, for `:help`: `"x > 0"`, `"all x"`.
    static var domain: String { get }
    /// The local derivative with respect to each input, written with the
    /// inputs named `x` (and `y`): `["y", "x"]` for `x * y`.
    static var derivativeFormulas: [String] { get }
    /// How it is written: a call `tanh(x)`, an operator between its inputs
    /// `x + y`, or a sign before its input `-x`. See ``Spelling``.
    static var spelling: Spelling { get }
}

/// An operation of one input, `out = f(x)`.
public protocol UnaryRule: OperationRule {
    /// The forward pass: `f(x)`.
    static func forward(_ x: Double) -> Double
    /// The local derivative `d out / d x`. The output is passed in because
    /// some derivatives are cheapest in terms of it (`1 - out^2` for tanh).
    static func derivative(_ x: Double, output: Double) -> Double
}

/// An operation of two inputs, `out = f(x, y)`.
public protocol BinaryRule: OperationRule {
    /// The forward pass: `f(x, y)`.
    static func forward(_ x: Double, _ y: Double) -> Double
    /// The local derivatives `(d out / d x, d out / d y)`.
    static func derivatives(_ x: Double, _ y: Double, output: Double) -> (dx: Double, dy: Double)
}
