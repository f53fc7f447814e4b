import Autograd

/// A function the language knows, such as `tanh` or `sum`. Help, Tab
/// completion and the evaluator all read this one table.
public struct Builtin: Sendable {
    public enum Kind: Sendable {
        /// A scalar operation of the engine, applied to each element.
        case elementwise(Operation)
        /// A function on whole arrays (`sum`, `zeros`...).
        case array
    }

    public var name: String
    /// The parameters' names, for messages and help: `["x"]`, `["rows", "columns"]`.
    public var parameters: [String]
    public var kind: Kind
    /// One line for `:help`.
    public var summary: String

    /// `tanh(x)`.
    public var signature: String { "\(name)(\(parameters.joined(separator: ", ")))" }
}

/// The table of built-in functions.
public enum Builtins {
    /// Every function, in the order `:help` lists them.
    public static let functions: [Builtin] = {
        let elementwise: [Operation] = [
            .tanh, .relu, .sigmoid, .exp, .log, .squareRoot, .absolute, .sine, .cosine,
        ]
        return elementwise.map { operation in
            Builtin(name: operation.name, parameters: ["x"], kind: .elementwise(operation), summary: operation.rule!.summary)
        } + arrayFunctions
    }()

    /// Functions on whole arrays; see `Evaluator+Arrays.swift`.
    static let arrayFunctions: [Builtin] = []

    private static let byName: [String: Builtin] = Dictionary(
        uniqueKeysWithValues: functions.map { ($0.name, $0) })

    public static func function(named name: String) -> Builtin? {
        byName[name]
    }
}
