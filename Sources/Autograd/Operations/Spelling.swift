/// How an operation is written, so that any node can be printed from its
/// operation and its inputs' printed forms (``Operation/written(_:)``), with
/// brackets exactly where the language needs them.
///
/// The expression language's parser reads operators by the same
/// ``Precedence`` levels, so what a printer writes reads back as the same
/// graph: `a*(b/c)` keeps its brackets, `a*b/c` needs none.
public enum Spelling: Hashable, Sendable {
    /// A call, `tanh(x)`, with the rule's name: the functions of the
    /// language. A call holds together like a name.
    case function
    /// An operator between the two inputs, `x + y`, written as the rule's
    /// name (which is what the language reads).
    case infix(precedence: Int, associativity: Associativity)
    /// A sign before the one input, `-x`. The rule's name (`neg`) is for
    /// JSON and help; `symbol` is what is written.
    case prefix(symbol: String, precedence: Int)

    /// Which way a chain of operators of one precedence groups.
    public enum Associativity: Hashable, Sendable {
        /// `a - b - c` is `(a - b) - c`, so a right input of the same
        /// precedence is written in brackets: `a - (b - c)`.
        case left
        /// `a^b^c` is `a^(b^c)`, so a left input of the same precedence is
        /// written in brackets: `(a^b)^c`.
        case right
    }

    /// How tightly a node written this way holds together.
    public var precedence: Int {
        switch self {
        case .function: Precedence.atom
        case .infix(let precedence, _), .prefix(_, let precedence): precedence
        }
    }

    /// Whether an input written at precedence `operand` needs brackets as
    /// input `position` (0 or 1) of a node written this way.
    public func needsBrackets(operand: Int, at position: Int) -> Bool {
        switch self {
        case .function:
            // The call's own brackets hold any argument.
            return false
        case .prefix(_, let precedence):
            // `-(-a)`, not `--a`: the parser would read `--a`, but it folds
            // `--3` into the number 3, and the brackets read better anyway.
            return operand <= precedence
        case .infix(let precedence, let associativity):
            // An input of the same precedence on the side the operator does
            // not group towards would be read as grouping the other way.
            let ungroupedSide = associativity == .left ? 1 : 0
            return operand < precedence || (operand == precedence && position == ungroupedSide)
        }
    }
}

/// The precedence levels of the expression language: higher binds tighter.
///
/// `Calc`'s parser has one function per level (`sum`, `product`, `unary`,
/// `power`), in this order, and a test there holds the two together:
/// everything ``Operation/written(_:)`` writes parses back to the same tree.
public enum Precedence {
    /// `x + y`, `x - y`. Printed with spaces, so the grouping shows:
    /// `a*b + c*d`.
    public static let sum = 1
    /// `x * y`, `x / y`, and the language's matrix product `x @ y`.
    public static let product = 2
    /// `-x`: tighter than a product, so `-a*b` is `(-a)*b`, and looser than
    /// a power, so `-x^2` is `-(x^2)` (as in mathematics and Python: `-2^2`
    /// is -4). A negative number is written at this level too: `(-3)^2`.
    public static let prefix = 3
    /// `x ^ y`, the tightest operator.
    public static let power = 4
    /// What never needs brackets: a name, a number, a call, anything in
    /// brackets. (The gap leaves room for a new level without renumbering.)
    public static let atom = 9
}

extension Operation {
    /// How this operation is written, or nil for leaves and constants,
    /// which are written by their name or their value.
    public var spelling: Spelling? {
        visit(SpellingOf())
    }

    /// The node written out from its inputs, each already written with the
    /// precedence it holds together at: `("a", atom)` and `("b / c", product)`
    /// for `*` give `("a*(b/c)", product)`. The result's precedence is what
    /// a node using this one needs to bracket it.
    ///
    /// A printer walks the graph from the inputs up and calls this once per
    /// node, so it needs no recursion and no table of its own.
    public func written(_ inputs: [(text: String, precedence: Int)]) -> (text: String, precedence: Int) {
        guard let spelling else { preconditionFailure("a leaf is written by its name or value") }
        precondition(inputs.count == arity, "\(name) takes \(arity) inputs")
        func input(_ position: Int) -> String {
            let (text, precedence) = inputs[position]
            return spelling.needsBrackets(operand: precedence, at: position) ? "(\(text))" : text
        }
        switch spelling {
        case .function:
            let arguments = inputs.indices.map(input).joined(separator: ", ")
            return ("\(name)(\(arguments))", spelling.precedence)
        case .prefix(let symbol, _):
            return ("\(symbol)\(input(0))", spelling.precedence)
        case .infix(let precedence, _):
            let symbol = precedence <= Precedence.sum ? " \(name) " : name
            return ("\(input(0))\(symbol)\(input(1))", precedence)
        }
    }
}

/// Reads ``OperationRule/spelling`` through the visitor.
struct SpellingOf: OperationVisitor {
    func leaf() -> Spelling? { nil }
    func unary<Rule: UnaryRule>(_: Rule.Type) -> Spelling? { Rule.spelling }
    func binary<Rule: BinaryRule>(_: Rule.Type) -> Spelling? { Rule.spelling }
}
