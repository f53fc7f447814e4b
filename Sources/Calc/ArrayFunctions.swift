/// The built-in functions that work on whole arrays rather than element by
/// element. Their entries in ``Builtins`` (name, parameters, summary) carry
/// one of these; `Evaluator+Arrays.swift` evaluates them.
public enum ArrayFunction: String, CaseIterable, Hashable, Sendable {
    /// `sum(x)`: a chain of additions, one scalar. `sum(x, axis)`: NumPy's
    /// `np.sum(x, axis=axis, keepdims=True)`, so `sum(x, 0)` of an `[r, c]`
    /// matrix is `[1, c]` and broadcasts back against `x`.
    case sum
    /// `mean(x)`: `sum(x) / n`, divided by the constant n (see `mean` in
    /// `Evaluator+Arrays.swift` for why a division and not a product).
    case mean
    /// `transpose(x)`: NumPy's `x.T`, only a new order of the same nodes.
    case transpose
    /// `zeros(r, c)` / `zeros(n)`: constants 0.
    case zeros
    /// `rand(r, c)` / `rand(n)`: constants drawn uniformly from [0, 1).
    case rand
    /// `randn(r, c)` / `randn(n)`: constants drawn from the standard normal.
    case randn
}
