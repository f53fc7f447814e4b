/// Which operation made a node: one byte on the tape.
///
/// The cases list every operation the engine has. The math of each lives in
/// its rule type (``Multiply``, ``Tanh``, ...); this enum only names them.
public enum Operation: UInt8, CaseIterable, Sendable, BitwiseCopyable {
    /// A value set from outside: an input or a parameter. Has no inputs.
    case leaf
    /// A number written in an expression, such as the `1` in `x + 1`.
    case constant
    case add, subtract, multiply, divide, power
    case negate, exp, log, tanh, relu, sigmoid, squareRoot, absolute, sine, cosine

    /// The rule that computes this operation and its local derivative, or
    /// nil for leaves and constants, which compute nothing.
    public var rule: (any OperationRule.Type)? {
        switch self {
        case .leaf, .constant: nil
        case .add: Add.self
        case .subtract: Subtract.self
        case .multiply: Multiply.self
        case .divide: Divide.self
        case .power: Power.self
        case .negate: Negate.self
        case .exp: Exp.self
        case .log: Log.self
        case .tanh: Tanh.self
        case .relu: ReLU.self
        case .sigmoid: Sigmoid.self
        case .squareRoot: SquareRoot.self
        case .absolute: Absolute.self
        case .sine: Sine.self
        case .cosine: Cosine.self
        }
    }

    /// How many inputs it takes: 0, 1 or 2. (Spelt out rather than asked
    /// of the rule: walks over the whole tape ask it for every node.)
    public var arity: Int {
        switch self {
        case .leaf, .constant: 0
        case .add, .subtract, .multiply, .divide, .power: 2
        case .negate, .exp, .log, .tanh, .relu, .sigmoid, .squareRoot, .absolute, .sine, .cosine: 1
        }
    }

    /// The name shown to people and written in JSON: `"leaf"`, `"const"`,
    /// `"+"`, `"tanh"`.
    public var name: String {
        switch self {
        case .leaf: "leaf"
        case .constant: "const"
        default: rule!.name
        }
    }

    /// The operation with this printed name, if any.
    public init?(name: String) {
        guard let match = Operation.allCases.first(where: { $0.name == name }) else { return nil }
        self = match
    }

    /// The local derivative with respect to input `position` (0 or 1),
    /// written with the inputs named `x` and `y`.
    public func derivativeFormula(forInput position: Int) -> String {
        rule?.derivativeFormulas[position] ?? "0"
    }
}
