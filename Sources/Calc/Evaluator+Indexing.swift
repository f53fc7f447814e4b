import Autograd

// Indexing: `w[1, 0]`, `x[0]`, slices `x[0:2]`, and `_`, the last result.
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
    /// `x[0:2]`, `X[0:2]`, `X[:, 0]`: a slice keeps its axis and picks a run
    /// of positions (of a matrix given one item, a run of rows: a batch).
    /// Negative indices and bounds count from the end. Either way the
    /// result is made of the array's own nodes.
    mutating func index(_ base: Expression, _ items: [IndexItem], range: SourceRange) throws(Diagnostic)
        -> Value
    {
        let value = try evaluate(base)
        let text = source?.text(of: base.range) ?? "x"
        guard case .array(let array) = value else {
            throw .error(.indexNotArray(text), at: base.range, hint: .indexHint)
        }
        let shape = array.shape
        guard items.count <= shape.count else {
            throw .error(
                .tooManyIndices(text, shape: describe(shape: shape), given: items.count), at: range,
                hint: .indexHint)
        }
        // For each axis, the positions it keeps, and whether the axis stays
        // in the result (a slice, or an axis left out) or goes (an index).
        var picked: [(positions: Range<Int>, kept: Bool)] = []
        for (axis, size) in shape.enumerated() {
            guard axis < items.count else {
                picked.append((0..<size, true))
                continue
            }
            switch items[axis] {
            case .position(let expression):
                let position = try position(expression, in: text, size: size, shape: shape)
                picked.append((position..<(position + 1), false))
            case .slice(let lower, let upper, let sliceRange):
                let from = try lower.map { (bound) throws(Diagnostic) in
                    try sliceBound(bound, in: text, size: size, shape: shape)
                } ?? 0
                let to = try upper.map { (bound) throws(Diagnostic) in
                    try sliceBound(bound, in: text, size: size, shape: shape)
                } ?? size
                guard from < to else {
                    throw .error(
                        .sliceEmpty(source?.text(of: range) ?? text, from: from, to: to), at: sliceRange,
                        hint: .sliceHint)
                }
                picked.append((from..<to, true))
            }
        }
        // The elements are stored row by row.
        var elements: [Node] = []
        if picked.count == 1 {
            elements = Array(array.elements[picked[0].positions])
        } else {
            let columns = shape[1]
            for row in picked[0].positions {
                for column in picked[1].positions { elements.append(array.elements[row * columns + column]) }
            }
        }
        let resultShape = picked.filter(\.kept).map(\.positions.count)
        if resultShape.isEmpty { return .scalar(elements[0]) }
        return .array(NodeArray(shape: resultShape, elements: elements))
    }

    /// One index, checked: a whole number from -size to size - 1, counted
    /// from the end when negative.
    private mutating func position(_ expression: Expression, in text: String, size: Int, shape: [Int])
        throws(Diagnostic) -> Int
    {
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
        return position < 0 ? position + size : position
    }

    /// One bound of a slice, checked: a whole number from -size to size
    /// (the end itself is a bound, as in NumPy). Past either end is an
    /// error here, where NumPy would clamp: a batch that silently comes out
    /// shorter than asked is the bug this refuses (docs/decisions.md, "Slices").
    private mutating func sliceBound(_ expression: Expression, in text: String, size: Int, shape: [Int])
        throws(Diagnostic) -> Int
    {
        let number = try numberArgument(expression, named: "index", of: text)
        guard number.rounded(.towardZero) == number, number.isFinite else {
            throw .error(.sliceBoundNotWhole(Evaluator.indexText(number)), at: expression.range, hint: .sliceHint)
        }
        guard number >= Double(-size), number <= Double(size) else {
            throw .error(
                .sliceBoundOutOfRange(
                    Evaluator.indexText(number), name: text, size: size, shape: describe(shape: shape)),
                at: expression.range, hint: .sliceBoundRange(size))
        }
        let bound = Int(number)
        return bound < 0 ? bound + size : bound
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
            base.isReference
                && indices.allSatisfy { if case .position(.number) = $0 { true } else { false } }
        default: false
        }
    }
}
