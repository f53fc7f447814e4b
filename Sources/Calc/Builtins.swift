import Autograd

/// A function the language knows, such as `tanh` or `sum`. Help, Tab
/// completion and the evaluator all read this one table.
public struct Builtin: Sendable {
    public enum Kind: Sendable {
        /// A scalar operation of the engine, applied to each element; one
        /// of two inputs (`max(x, y)`) broadcasts them as `x + y` does.
        case elementwise(Operation)
        /// A function on whole arrays (`sum`, `zeros`...); see `ArrayFunctions.swift`.
        case array(ArrayFunction)
        /// `grad`: gradients the engine computed, read back as numbers;
        /// see `Evaluator+Gradients.swift`.
        case gradient
    }

    public var name: String
    /// The parameters' names, for messages and help: `["x"]`, `["rows", "columns"]`.
    public var parameters: [String]
    /// How many of the parameters must be given; the rest (at the end) may
    /// be left out, as in `sum(x)` next to `sum(x, axis)`.
    public var requiredParameters: Int
    public var kind: Kind
    /// One line for `:help`.
    public var summary: String
    /// How the call is written, where the usual form (optional parameters
    /// at the end) does not fit: `grad([output, ]x)`.
    private var writtenSignature: String?

    public init(
        name: String, parameters: [String], requiredParameters: Int? = nil, signature: String? = nil, kind: Kind,
        summary: String
    ) {
        self.name = name
        self.parameters = parameters
        self.requiredParameters = requiredParameters ?? parameters.count
        self.writtenSignature = signature
        self.kind = kind
        self.summary = summary
    }

    /// `tanh(x)`; optional parameters in brackets, as in Python's docs: `sum(x[, axis])`.
    public var signature: String {
        if let writtenSignature { return writtenSignature }
        let required = parameters.prefix(requiredParameters).joined(separator: ", ")
        let optional = parameters.dropFirst(requiredParameters).map { ", \($0)" }
        if optional.isEmpty { return "\(name)(\(required))" }
        return "\(name)(\(required)\(optional.map { "[\($0)" }.joined())\(String(repeating: "]", count: optional.count)))"
    }

    /// How many arguments a call may pass.
    public var argumentCounts: ClosedRange<Int> { requiredParameters...parameters.count }

    /// "1 argument", "2 arguments", "1 or 2 arguments": for the message
    /// about a call with the wrong number.
    public var argumentCountDescription: String {
        let counts = argumentCounts
        if counts.count == 1 { return "\(counts.lowerBound) argument\(counts.lowerBound == 1 ? "" : "s")" }
        if counts.count == 2 { return "\(counts.lowerBound) or \(counts.upperBound) arguments" }
        return "\(counts.lowerBound) to \(counts.upperBound) arguments"
    }
}

/// The table of built-in functions.
public enum Builtins {
    /// Every function, in the order `:help` lists them: the engine's
    /// operations spelled as calls (in the order of `Operation`'s cases),
    /// then the array functions, then `grad`.
    public static let functions: [Builtin] = elementwise + arrayFunctions + [gradient]

    /// Every operation of the engine that is written as a call, `tanh(x)`:
    /// a new operation with the spelling `.function` is a function of the
    /// language, with help, Tab completion and "did you mean", with no
    /// change here.
    static let elementwise: [Builtin] = Operation.allCases.compactMap { operation in
        guard operation.spelling == .function, let rule = operation.rule else { return nil }
        let parameters = Array(["x", "y"].prefix(operation.arity))
        return Builtin(name: operation.name, parameters: parameters, kind: .elementwise(operation), summary: rule.summary)
    }

    /// `grad`; see `Evaluator+Gradients.swift`.
    static let gradient = Builtin(
        name: "grad", parameters: ["output", "x"], requiredParameters: 1, signature: "grad([output, ]x)",
        kind: .gradient,
        summary: "d output/d x as plain numbers in the shape of x, computed by backpropagation; "
            + "without output, of the last scalar result (the loss :step and :train use)")

    /// Functions on whole arrays; see `ArrayFunctions.swift` and `Evaluator+Arrays.swift`.
    static let arrayFunctions: [Builtin] = [
        Builtin(
            name: "sum", parameters: ["x", "axis"], requiredParameters: 1, kind: .array(.sum),
            summary: "adds up every element (a chain of +); sum(x, 0) adds each column, giving [1, c], "
                + "sum(x, 1) each row, giving [r, 1] (NumPy's axis with keepdims=True)"),
        Builtin(
            name: "mean", parameters: ["x"], kind: .array(.mean),
            summary: "the average of the elements: sum(x) / n, so each element's gradient is 1/n"),
        Builtin(
            name: "transpose", parameters: ["x"], kind: .array(.transpose),
            summary: "swaps rows and columns (NumPy's x.T); a vector stays as it is; makes no new nodes"),
        Builtin(
            name: "zeros", parameters: ["rows", "columns"], requiredParameters: 1, kind: .array(.zeros),
            summary: "a rows × columns matrix of 0s; zeros(n) is a vector of n zeros"),
        Builtin(
            name: "rand", parameters: ["rows", "columns"], requiredParameters: 1, kind: .array(.rand),
            summary: "random numbers, uniform in [0, 1), the same for the same seed (:seed N); rand(n) is a vector"),
        Builtin(
            name: "randn", parameters: ["rows", "columns"], requiredParameters: 1, kind: .array(.randn),
            summary: "random numbers from the standard normal distribution (mean 0, standard deviation 1), "
                + "the same for the same seed (:seed N); randn(n) is a vector"),
    ]

    private static let byName: [String: Builtin] = Dictionary(
        uniqueKeysWithValues: functions.map { ($0.name, $0) })

    public static func function(named name: String) -> Builtin? {
        byName[name]
    }
}
