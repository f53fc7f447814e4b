import Autograd

/// An expression as parsed, before anything is computed.
public indirect enum Expression: Hashable, Sendable {
    case number(Double, SourceRange)
    case name(String, SourceRange)
    /// `-x` (and `+x`, which is `x`).
    case negate(Expression, operatorRange: SourceRange)
    /// `x + y`, `x ^ y`, `x @ y`...; `operatorRange` is where the operator is,
    /// so errors such as a shape mismatch can point at it.
    case binary(BinaryOperator, Expression, Expression, operatorRange: SourceRange)
    case call(String, [Expression], nameRange: SourceRange, range: SourceRange)
    /// `[1, 2, 3]` or `[[1, 2], [3, 4]]`.
    case array([Expression], SourceRange)
    /// `(x)`: the same value as `x`; kept so that ranges include the brackets.
    case parenthesized(Expression, SourceRange)
    /// `x[i, j]`, `x[i]` or `x[0:2]`: elements of an array, as NumPy indexes
    /// them. They are the array's own nodes (no new node, as for `transpose`),
    /// so a gradient with respect to `w[1,0]` is the one `w` gets there.
    case index(Expression, [IndexItem], range: SourceRange)

    /// Where the whole expression was written.
    public var range: SourceRange {
        switch self {
        case .number(_, let range), .name(_, let range), .array(_, let range), .parenthesized(_, let range): range
        case .negate(let operand, let operatorRange): operatorRange.union(operand.range)
        case .binary(_, let left, let right, _): left.range.union(right.range)
        case .call(_, _, _, let range), .index(_, _, let range): range
        }
    }
}

/// What stands for one axis between the brackets of `x[...]`.
public enum IndexItem: Hashable, Sendable {
    /// `x[2]`: one position; the axis is dropped, as in NumPy.
    case position(Expression)
    /// `x[0:2]`, `x[:2]`, `x[2:]`, `x[:]`: a run of positions from `lower`
    /// (0 when left out) up to but not including `upper` (the size when
    /// left out); the axis is kept. NumPy's step (`x[::2]`) is refused by
    /// the parser.
    case slice(lower: Expression?, upper: Expression?, range: SourceRange)

    /// The bounds or the position, as written: what walks over expressions read.
    public var expressions: [Expression] {
        switch self {
        case .position(let expression): [expression]
        case .slice(let lower, let upper, _): [lower, upper].compactMap { $0 }
        }
    }

    /// Where the item was written, the colon included.
    public var range: SourceRange {
        switch self {
        case .position(let expression): expression.range
        case .slice(_, _, let range): range
        }
    }
}

extension Expression {
    /// Whether any name is read: an expression of numbers alone (such as
    /// `randn(2, 3) * 0.5`) computes plain numbers.
    public var readsNames: Bool {
        switch self {
        case .number: false
        case .name: true
        case .negate(let operand, _), .parenthesized(let operand, _): operand.readsNames
        case .binary(_, let left, let right, _): left.readsNames || right.readsNames
        case .call(_, let arguments, _, _): arguments.contains { $0.readsNames }
        case .array(let elements, _): elements.contains { $0.readsNames }
        case .index(let base, let indices, _):
            base.readsNames || indices.contains { $0.expressions.contains { $0.readsNames } }
        }
    }
}

extension Expression {
    /// How tightly the expression holds together at its top (one of the
    /// engine's ``Precedence`` levels), as the parser read it: a sum is
    /// looser than a product, a name, a number, a call or anything in
    /// brackets never needs brackets of its own.
    public var precedence: Int {
        switch self {
        case .number, .name, .call, .array, .parenthesized, .index: Precedence.atom
        case .negate: Precedence.prefix
        case .binary(let operation, _, _, _): operation.precedence
        }
    }
}

/// The infix operators, lowest precedence first.
public enum BinaryOperator: String, CaseIterable, Hashable, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case matrixMultiply = "@"
    case power = "^"

    /// Higher binds tighter: `+ -` < `* / @` < unary minus < `^`. The
    /// levels are the engine's (``Precedence``), read from each operation's
    /// spelling; `@`, made of products and sums, binds like `*`.
    public var precedence: Int {
        guard let spelling = operation?.spelling else { return Precedence.product }
        return spelling.precedence
    }

    /// The engine's operation for this operator, element by element; nil
    /// for `@`, which is made of many multiplications and additions.
    public var operation: Operation? {
        switch self {
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        case .divide: .divide
        case .power: .power
        case .matrixMultiply: nil
        }
    }
}

/// One statement: an expression to show, or a name to bind.
public struct Statement: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case expression(Expression)
        case assignment(name: String, nameRange: SourceRange, value: Expression)
    }

    public var kind: Kind
    /// The statement as written, for transcripts and JSON's `"input"`.
    public var source: String
    public var range: SourceRange

    public var expression: Expression {
        switch kind {
        case .expression(let expression), .assignment(_, _, let expression): expression
        }
    }

    /// The name assigned, or nil for a bare expression.
    public var assignedName: String? {
        if case .assignment(let name, _, _) = kind { return name }
        return nil
    }
}
