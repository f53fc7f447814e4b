import Autograd

// Indexing: `w[1, 0]`, `x[0]`, and `_`, the last result.
//
// An element is the array's own node: the evaluator makes no new node (as
// for `transpose`), so `grad(loss, w[1, 0])` and `:explain loss w[1,0]` ask
// about the very node a table labels `w[1,0]`, and a gradient that flows
// into `w[1, 0] * 2` reaches `w` there.
extension Evaluator {
    /// The name of the last result, as in Python's REPL.
    static let lastResultName = "_"

    /// `_`: the value of the last statement that ran (a bare expression or
    /// an assignment, since both show a result here). It is not a name of
    /// the workspace, so it appears in no table, no `:vars` and no JSON
    /// `grad`; a learner who binds `_` themselves gets their own value.
    func lastResult(at range: SourceRange) throws(Diagnostic) -> Value {
        guard let value = workspace.lastResult else { throw .error(.noResultYet, at: range) }
        return value
    }

    /// `x[i]`, `x[i, j]`, `x[i][j]`: one element (a scalar node), or for a
    /// matrix given one index, its row `i` as a vector, as in NumPy.
    /// Negative indices count from the end.
    mutating func index(_ base: Expression, _ indices: [Expression], range: SourceRange) throws(Diagnostic)
        -> Value
    {
        let value = try evaluate(base)
        let text = source?.text(of: base.range) ?? "x"
        guard case .array(let array) = value else {
            throw .error(.indexNotArray(text), at: base.range, hint: .indexHint)
        }
        let shape = array.shape
        guard indices.count <= shape.count else {
            throw .error(
                .tooManyIndices(text, shape: describe(shape: shape), given: indices.count), at: range,
                hint: .indexHint)
        }
        var positions: [Int] = []
        for (axis, expression) in indices.enumerated() {
            let size = shape[axis]
            let number = try numberArgument(expression, named: "index", of: text)
            guard number.rounded(.towardZero) == number, number.isFinite else {
                throw .error(.indexNotWhole(Evaluator.indexText(number)), at: expression.range, hint: .indexHint)
            }
            guard number >= Double(-size), number < Double(size) else {
                throw .error(
                    .indexOutOfRange(Evaluator.indexText(number), name: text, size: size, shape: describe(shape: shape)),
                    at: expression.range, hint: .indexRange(size))
            }
            let position = Int(number)
            positions.append(position < 0 ? position + size : position)
        }
        if shape.count == 1 { return .scalar(array.elements[positions[0]]) }
        let columns = shape[1]
        if positions.count == 2 { return .scalar(array.elements[positions[0] * columns + positions[1]]) }
        let row = positions[0] * columns
        return .array(NodeArray(shape: [columns], elements: Array(array.elements[row..<(row + columns)])))
    }

    /// An index as the learner typed it: `2`, `1.5`, `NaN`.
    private static func indexText(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.rounded(.towardZero) == number, abs(number) < 1e15 { return String(Int(number)) }
        return "\(number)"
    }
}

extension Workspace {
    /// The value a command's word refers to: a name, `_`, or an element
    /// as tables label it (`w3[1,0]`, `x[2]`, `_[0]`). Nil for anything else,
    /// or for an index out of range; no node is made.
    public func value(referredToBy text: String) -> Value? {
        if let value = value(named: text) { return value }
        guard let statements = try? Parser.parse(text), statements.count == 1,
            case .expression(let expression) = statements[0].kind, expression.isReference
        else { return nil }
        var evaluator = Evaluator(workspace: self)
        let start = tape.count
        defer { tape.truncate(to: start) }
        return try? evaluator.evaluate(expression)
    }
}

extension Expression {
    /// A name, `_`, or elements of one with number indices: what a command
    /// may name without computing anything.
    var isReference: Bool {
        switch self {
        case .name: true
        case .index(let base, let indices, _):
            base.isReference && indices.allSatisfy { if case .number = $0 { true } else { false } }
        default: false
        }
    }
}
