/// Which operation made a node: one byte on the tape.
///
/// The cases list every operation the engine has. The math of each lives in
/// its rule type (``Multiply``, ``Tanh``, ...); this enum only names them,
/// and ``visit(_:)`` is the one place that says which rule each case is.
/// Everything that depends on the operation (making a node, the forward
/// replay, the chain rule, the name, how it is written) goes through it.
///
/// The functions come in the order `:help` lists them.
public enum Operation: UInt8, CaseIterable, Sendable, BitwiseCopyable {
    /// A value set from outside: an input or a parameter. Has no inputs.
    case leaf
    /// A number written in an expression, such as the `1` in `x + 1`.
    case constant
    case add, subtract, multiply, divide, power
    case negate
    case tanh, relu, maximum, minimum, sigmoid, exp, log, squareRoot, absolute, sine, cosine

    /// Calls the visitor's method for this operation with its rule type.
    ///
    /// The visitor's methods are generic over the rule, so each call is
    /// compiled for the one rule it is given: code written once for "any
    /// operation of two inputs" runs as fast as code written by hand for
    /// `Multiply`, with no dynamic cast and no call through a table. Inlined
    /// into a loop over the tape, this switch is the loop's only branch on
    /// the operation.
    @inlinable @inline(__always)
    public func visit<Visitor: OperationVisitor>(_ visitor: Visitor) -> Visitor.Result {
        switch self {
        case .leaf, .constant: visitor.leaf()
        case .add: visitor.binary(Add.self)
        case .subtract: visitor.binary(Subtract.self)
        case .multiply: visitor.binary(Multiply.self)
        case .divide: visitor.binary(Divide.self)
        case .power: visitor.binary(Power.self)
        case .negate: visitor.unary(Negate.self)
        case .tanh: visitor.unary(Tanh.self)
        case .relu: visitor.unary(ReLU.self)
        case .maximum: visitor.binary(Maximum.self)
        case .minimum: visitor.binary(Minimum.self)
        case .sigmoid: visitor.unary(Sigmoid.self)
        case .exp: visitor.unary(Exp.self)
        case .log: visitor.unary(Log.self)
        case .squareRoot: visitor.unary(SquareRoot.self)
        case .absolute: visitor.unary(Absolute.self)
        case .sine: visitor.unary(Sine.self)
        case .cosine: visitor.unary(Cosine.self)
        }
    }

    /// The rule that computes this operation and its local derivative, or
    /// nil for leaves and constants, which compute nothing.
    public var rule: (any OperationRule.Type)? {
        visit(RuleOf())
    }

    /// How many inputs it takes: 0, 1 or 2. Walks over the whole tape ask
    /// this of every node, so it is inlined: the visitor's constants fold
    /// into the same machine code as a switch written by hand.
    @inlinable public var arity: Int {
        visit(Arity())
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

/// Code that does something for every kind of operation: one method for
/// leaves and constants, one generic method for operations of one input and
/// one for operations of two, each given the operation's rule type.
///
/// ```swift
/// struct Arity: OperationVisitor {
///     func leaf() -> Int { 0 }
///     func unary<Rule: UnaryRule>(_: Rule.Type) -> Int { 1 }
///     func binary<Rule: BinaryRule>(_: Rule.Type) -> Int { 2 }
/// }
/// operation.visit(Arity())
/// ```
///
/// The backward pass is such a visitor (`Tape+Backward.swift`): its `binary`
/// method is the chain rule for every operation of two inputs at once.
public protocol OperationVisitor {
    associatedtype Result
    /// A leaf or a constant: no inputs, nothing computed.
    func leaf() -> Result
    /// An operation of one input, computed by `Rule`.
    func unary<Rule: UnaryRule>(_ rule: Rule.Type) -> Result
    /// An operation of two inputs, computed by `Rule`.
    func binary<Rule: BinaryRule>(_ rule: Rule.Type) -> Result
}

/// ``Operation/arity``.
@usableFromInline struct Arity: OperationVisitor {
    @inlinable init() {}
    @inlinable func leaf() -> Int { 0 }
    @inlinable func unary<Rule: UnaryRule>(_: Rule.Type) -> Int { 1 }
    @inlinable func binary<Rule: BinaryRule>(_: Rule.Type) -> Int { 2 }
}

/// ``Operation/rule``.
struct RuleOf: OperationVisitor {
    func leaf() -> (any OperationRule.Type)? { nil }
    func unary<Rule: UnaryRule>(_: Rule.Type) -> (any OperationRule.Type)? { Rule.self }
    func binary<Rule: BinaryRule>(_: Rule.Type) -> (any OperationRule.Type)? { Rule.self }
}
