import Autograd

// Arrays: literals, broadcasting, the matrix product and array functions.
//
// An array is only a shape and a list of scalar nodes; every operation on
// arrays is spelled out in the scalar operations of the engine, the way a
// learner would do it by hand. So each element keeps its own gradient, and
// `:graph` and `:explain` need to know nothing about arrays.
//
// Every size a learner can influence is checked before anything is
// allocated: against `Limits.maxArrayElements` (with overflow-checked
// arithmetic) and against the tape's node limit (`reserveNodes`).
extension Evaluator {
    // MARK: Literals

    /// `[1, 2, 3]` is a vector `[3]`; `[[1, 2], [3, 4]]`, or a list of
    /// vectors `[u, v]`, is a matrix with one row per element. The elements
    /// are the nodes their expressions produced, so `[a, 2*a]` holds `a`
    /// itself and gradients reach it.
    mutating func arrayLiteral(_ elements: [Expression], at range: SourceRange) throws(Diagnostic) -> Value {
        guard let firstExpression = elements.first else {
            throw .error(.emptyArray, at: range, hint: .emptyArrayHint)
        }
        let first = try evaluate(firstExpression)
        switch first {
        case .scalar(let node):
            var nodes = [node]
            nodes.reserveCapacity(elements.count)
            for (position, expression) in elements.enumerated().dropFirst() {
                let value = try evaluate(expression)
                guard case .scalar(let element) = value else {
                    throw .error(
                        .elementIsArray(position + 1, shape: describe(shape: value.shape)), at: expression.range,
                        hint: .vectorListsNumbers)
                }
                nodes.append(element)
            }
            try checkElementCount(nodes.count, .literal, at: range)
            return .array(NodeArray(shape: [nodes.count], elements: nodes))

        case .array(let firstRow):
            guard firstRow.shape.count == 1 else {
                throw .error(
                    .rowIsMatrix(shape: describe(shape: firstRow.shape)), at: firstExpression.range,
                    hint: .matrixListsRows)
            }
            let columns = firstRow.elements.count
            var nodes = firstRow.elements
            for (position, expression) in elements.enumerated().dropFirst() {
                let value = try evaluate(expression)
                guard case .array(let row) = value, row.shape.count == 1 else {
                    let what: CalcMessage =
                        value.shape.isEmpty
                        ? .rowIsNumber(position + 1, columns: columns)
                        : .rowIsMatrixNotList(position + 1, shape: describe(shape: value.shape), columns: columns)
                    throw .error(what, at: expression.range, hint: .rowListsNumbers)
                }
                guard row.elements.count == columns else {
                    throw .error(
                        .rowLength(position + 1, count: row.elements.count, columns: columns), at: expression.range,
                        hint: .sameLength)
                }
                try checkElementCount(nodes.count + columns, .literal, at: range)
                nodes += row.elements
            }
            return .array(NodeArray(shape: [elements.count, columns], elements: nodes))
        }
    }

    // MARK: Elementwise operators

    /// `x + y` (and `- * / ^`) where at least one side is an array: one
    /// scalar node per element of the broadcast shape.
    mutating func elementwise(
        _ operation: Operation, _ x: Value, _ y: Value, operatorRange: SourceRange, whole: SourceRange,
        operands: (SourceRange, SourceRange)
    ) throws(Diagnostic) -> Value {
        let shape: [Int]
        switch Broadcasting.shape(x.shape, y.shape) {
        case .success(let broadcast): shape = broadcast
        case .failure(let conflict):
            // Both sides as written and both shapes, as NumPy's "operands
            // could not be broadcast together with shapes (2,1) (4,1)" says.
            throw .error(
                .cannotBroadcast(
                    describe(shape: x.shape), describe(shape: y.shape), left: source?.text(of: operands.0) ?? "x",
                    right: source?.text(of: operands.1) ?? "y"),
                at: operatorRange, hint: Broadcasting.hint(for: conflict))
        }
        let count = try checkElementCount(
            elementCount(of: shape),
            .broadcast(describe(shape: x.shape), describe(shape: y.shape), to: describe(shape: shape)),
            at: operatorRange)
        try reserveNodes(count, at: whole)

        let xs = x.nodes
        let ys = y.nodes
        let xIndex = BroadcastIndexer(input: x.shape, output: shape)
        let yIndex = BroadcastIndexer(input: y.shape, output: shape)
        let rows = shape.count == 2 ? shape[0] : 1
        let columns = shape.last ?? 1
        var results: [Node] = []
        results.reserveCapacity(count)
        for row in 0..<rows {
            for column in 0..<columns {
                let a = xs[xIndex.index(row: row, column: column)]
                let b = ys[yIndex.index(row: row, column: column)]
                let result = tape.apply(operation, a, b)
                if !tape.data(result).isFinite { noteNonFinite(result, from: [a, b], operation, at: whole) }
                results.append(result)
            }
        }
        return .array(NodeArray(shape: shape, elements: results))
    }

    // MARK: Matrix product

    /// `x @ y` as NumPy's `matmul` for one and two dimensions:
    /// `[n, k] @ [k, m]` is `[n, m]`, `[k] @ [k, m]` is `[m]`,
    /// `[n, k] @ [k]` is `[n]` and `[k] @ [k]` is a scalar.
    ///
    /// Each result element is built as by hand, `x0*y0 + x1*y1 + ...`: k
    /// products added up left to right, so the graph shows nothing but
    /// `*` and `+`, and the gradient of `y[t, j]` visibly collects
    /// `x[i, t]` from every row i.
    mutating func matrixProduct(_ x: Value, _ y: Value, operatorRange: SourceRange, whole: SourceRange)
        throws(Diagnostic) -> Value
    {
        guard case .array(let left) = x, case .array(let right) = y else {
            throw .error(.matmulNumber(leftSide: x.shape.isEmpty), at: operatorRange, hint: .multiplyByNumber)
        }
        // A vector on the left is one row, on the right one column.
        let (rows, inner) = left.shape.count == 2 ? (left.shape[0], left.shape[1]) : (1, left.elements.count)
        let (rightInner, columns) = right.shape.count == 2 ? (right.shape[0], right.shape[1]) : (right.elements.count, 1)
        guard inner == rightInner else {
            throw .error(
                .matmulInner(describe(shape: left.shape), describe(shape: right.shape), inner: inner, rightInner: rightInner),
                at: operatorRange, hint: .matmulHint)
        }
        let shape: [Int] =
            switch (left.shape.count, right.shape.count) {
            case (2, 2): [rows, columns]
            case (1, 2): [columns]
            case (2, 1): [rows]
            default: []
            }
        let count = try checkElementCount(
            elementCount(of: [rows, columns]),
            .product(describe(shape: left.shape), describe(shape: right.shape), is: describe(shape: shape)),
            at: operatorRange)
        // Per result element: `inner` products and `inner - 1` additions.
        let perElement = Swift.max(1, 2 * inner - 1)
        let (nodeCount, overflow) = count.multipliedReportingOverflow(by: perElement)
        try reserveNodes(overflow ? .max : nodeCount, at: whole)

        var results: [Node] = []
        results.reserveCapacity(count)
        for row in 0..<rows {
            for column in 0..<columns {
                guard inner > 0 else {
                    results.append(tape.constant(0))
                    continue
                }
                var total = product(left.elements[row * inner], right.elements[column], at: whole)
                for t in 1..<Swift.max(1, inner) {
                    let term = product(left.elements[row * inner + t], right.elements[t * columns + column], at: whole)
                    total = combine(.add, total, term, at: whole)
                }
                results.append(total)
            }
        }
        if shape.isEmpty, let only = results.first { return .scalar(only) }
        return .array(NodeArray(shape: shape, elements: results))
    }

    private mutating func product(_ a: Node, _ b: Node, at range: SourceRange) -> Node {
        combine(.multiply, a, b, at: range)
    }

    /// One scalar node `a op b`, with the usual warning if it is the first
    /// to become infinite or NaN.
    private mutating func combine(_ operation: Operation, _ a: Node, _ b: Node, at range: SourceRange) -> Node {
        let result = tape.apply(operation, a, b)
        if !tape.data(result).isFinite { noteNonFinite(result, from: [a, b], operation, at: range) }
        return result
    }

    // MARK: Array functions

    mutating func callArrayFunction(_ function: ArrayFunction, _ arguments: [Expression], range: SourceRange)
        throws(Diagnostic) -> Value
    {
        switch function {
        case .sum:
            let x = try evaluate(arguments[0])
            if arguments.count == 2 {
                let axis = try axisArgument(arguments[1], of: x, argument: arguments[0])
                return try sum(x, axis: axis, at: range)
            }
            return .scalar(try sumAll(x, at: range))
        case .mean:
            return try mean(try evaluate(arguments[0]), at: range)
        case .transpose:
            return transpose(try evaluate(arguments[0]))
        case .zeros, .rand, .randn:
            return try initialiser(function, arguments, at: range)
        }
    }

    /// All elements added left to right: `((x0 + x1) + x2) + ...`, n - 1
    /// nodes. The sum of one number is that number, with no new node.
    private mutating func sumAll(_ x: Value, at range: SourceRange) throws(Diagnostic) -> Node {
        let nodes = x.nodes
        try reserveNodes(Swift.max(0, nodes.count - 1), at: range)
        return addUp(nodes, at: range)
    }

    private mutating func addUp(_ nodes: [Node], at range: SourceRange) -> Node {
        var total = nodes[0]
        for node in nodes.dropFirst() {
            total = combine(.add, total, node, at: range)
        }
        return total
    }

    /// NumPy's `np.sum(x, axis=axis, keepdims=True)`: `sum(x, 0)` adds down
    /// each column (`[r, c]` → `[1, c]`), `sum(x, 1)` along each row
    /// (`[r, c]` → `[r, 1]`). Keeping the dimension means the result
    /// broadcasts back against `x`, which is what the seed's
    /// `np.sum(dloss_dz2, axis=0, keepdims=True)` relies on.
    private mutating func sum(_ x: Value, axis: Int, at range: SourceRange) throws(Diagnostic) -> Value {
        guard case .array(let array) = x else { preconditionFailure("axisArgument accepts arrays only") }
        let rows = array.shape.count == 2 ? array.shape[0] : 1
        let columns = array.shape.last ?? 1
        try reserveNodes(array.elements.count, at: range)
        var results: [Node] = []
        if array.shape.count == 1 {
            results = [addUp(array.elements, at: range)]
            return .array(NodeArray(shape: [1], elements: results))
        }
        if axis == 0 {
            for column in 0..<columns {
                let line = (0..<rows).map { array.elements[$0 * columns + column] }
                results.append(addUp(line, at: range))
            }
            return .array(NodeArray(shape: [1, columns], elements: results))
        }
        for row in 0..<rows {
            results.append(addUp(Array(array.elements[(row * columns)..<((row + 1) * columns)]), at: range))
        }
        return .array(NodeArray(shape: [rows, 1], elements: results))
    }

    /// `mean(x)` is `sum(x) / n`: n - 1 additions, one constant n and one
    /// division. A division by n rather than a product with 1/n, because
    /// the graph then reads as the definition ("add up, divide by how
    /// many"), the constant is the whole number n instead of 0.333..., and
    /// the value is the correctly rounded quotient. The local derivative of
    /// `/` with respect to its left input is 1/y, so every element's
    /// gradient is 1/n, as it should be. The mean of a number is itself.
    private mutating func mean(_ x: Value, at range: SourceRange) throws(Diagnostic) -> Value {
        guard case .array(let array) = x else { return x }
        try reserveNodes(array.elements.count + 1, at: range)
        let total = addUp(array.elements, at: range)
        let n = tape.constant(Double(array.elements.count))
        return .scalar(combine(.divide, total, n, at: range))
    }

    /// NumPy's `x.T`: rows become columns. A vector has only one dimension,
    /// so, as in NumPy, it stays as it is (to make a column write
    /// `[[1], [2], [3]]`). Only the order of the nodes changes, so the
    /// graph gets no new node and the gradients go straight to `x`.
    private func transpose(_ x: Value) -> Value {
        guard case .array(let array) = x, array.shape.count == 2 else { return x }
        let rows = array.shape[0]
        let columns = array.shape[1]
        var elements: [Node] = []
        elements.reserveCapacity(array.elements.count)
        for column in 0..<columns {
            for row in 0..<rows {
                elements.append(array.elements[row * columns + column])
            }
        }
        return .array(NodeArray(shape: [columns, rows], elements: elements))
    }

    /// `zeros`, `rand`, `randn`: fresh constants, so that `w = randn(2, 3)`
    /// makes six leaves `w[0,0]`...`w[1,2]`, parameters like any `a = 2`.
    /// Random numbers come from the workspace's seeded generator, in row
    /// order, so the same seed gives the same matrix on every run.
    private mutating func initialiser(_ function: ArrayFunction, _ arguments: [Expression], at range: SourceRange)
        throws(Diagnostic) -> Value
    {
        let names = arguments.count == 1 ? ["n"] : ["rows", "columns"]
        var sizes: [Int] = []
        for (argument, name) in zip(arguments, names) {
            sizes.append(try sizeArgument(argument, named: name, of: function.rawValue))
        }
        let count = try checkElementCount(
            elementCount(of: sizes),
            .call("\(function.rawValue)(\(sizes.map(String.init).joined(separator: ", ")))"), at: range)
        try reserveNodes(count, at: range)
        var elements: [Node] = []
        elements.reserveCapacity(count)
        // A local copy of the generator, written back after: drawing through
        // the workspace (a class) would pay an exclusivity check per number.
        var random = workspace.random
        for _ in 0..<count {
            let value: Double =
                switch function {
                case .rand: random.uniform()
                case .randn: random.normal()
                default: 0
                }
            elements.append(tape.constant(value))
        }
        workspace.random = random
        return .array(NodeArray(shape: sizes, elements: elements))
    }

    // MARK: Arguments that are sizes

    /// Evaluates an argument that is a plain number, not part of any graph
    /// (a size, an axis): its value is read and its nodes are dropped again,
    /// so `zeros(2, 3)` leaves only the six zeros on the tape.
    mutating func numberArgument(_ expression: Expression, named name: String, of function: String)
        throws(Diagnostic) -> Double
    {
        let start = tape.count
        let value = try evaluate(expression)
        guard case .scalar(let node) = value else {
            throw .error(.mustBeNumber(name, function: function, shape: describe(shape: value.shape)), at: expression.range)
        }
        let number = tape.data(node)
        // Nothing can refer to nodes made since `start`: the statement is
        // still being evaluated and binds its name only at the end.
        tape.truncate(to: start)
        return number
    }

    /// A size for `zeros`/`rand`/`randn`: a whole number from 1 up to the
    /// element limit. Checked as a Double before any conversion, so no
    /// input (NaN, 1e300, -0.5) can trap.
    private mutating func sizeArgument(_ expression: Expression, named name: String, of function: String)
        throws(Diagnostic) -> Int
    {
        let number = try numberArgument(expression, named: name, of: function)
        let limit = workspace.limits.maxArrayElements
        let problem: CalcMessage?
        if number.isNaN {
            problem = .sizeNaN(name, function: function)
        } else if number.rounded(.towardZero) != number {
            problem = .sizeNotWhole(name, function: function, value: format(number))
        } else if number < 1 {
            problem = .sizeBelowOne(name, function: function, value: format(number))
        } else if number > Double(limit) {
            throw .error(
                .sizeOverLimit(name, function: function, value: format(number), limit: limit), at: expression.range,
                hint: .raiseArrayLimit)
        } else {
            problem = nil
        }
        if let problem {
            throw .error(problem, at: expression.range, hint: .sizesHint)
        }
        guard let size = Int(exactly: number), size <= limit else {
            throw .error(
                .sizeOverLimit(name, function: function, value: format(number), limit: limit), at: expression.range,
                hint: .raiseArrayLimit)
        }
        return size
    }

    /// The axis of `sum(x, axis)`: 0 (down the columns) or 1 (along the
    /// rows); -1 and -2 count from the end, as in NumPy.
    private mutating func axisArgument(_ expression: Expression, of x: Value, argument: Expression)
        throws(Diagnostic) -> Int
    {
        let number = try numberArgument(expression, named: "axis", of: "sum")
        let rank = x.shape.count
        guard rank > 0 else {
            throw .error(.sumNeedsArray(describeSource(argument)), at: argument.range, hint: .sumOfNumber)
        }
        guard number.rounded(.towardZero) == number, number >= Double(-rank), number < Double(rank) else {
            throw .error(
                .axisRange(vector: rank == 1, shape: describe(shape: x.shape), value: format(number)), at: expression.range,
                hint: .axisHint)
        }
        let axis = Int(number)
        return axis < 0 ? axis + rank : axis
    }

    // MARK: Limits

    /// Refuses an array of more than `Limits.maxArrayElements` elements.
    /// `count` is nil when it overflowed `Int`, which is over any limit.
    /// `subject` starts the message: "zeros(2000, 2000) would make".
    @discardableResult
    private func checkElementCount(
        _ count: Int?, _ subject: @autoclosure () -> CalcMessage.ElementSubject, at range: SourceRange
    ) throws(Diagnostic) -> Int {
        let limit = workspace.limits.maxArrayElements
        if let count, count <= limit { return count }
        throw .error(.tooManyElements(subject(), count: count, limit: limit), at: range, hint: .raiseArrayLimit)
    }

    private func describeSource(_ expression: Expression) -> String {
        if case .name(let name, _) = expression { return name }
        return "x"
    }
}

/// "1 element", "3 elements".
/// A number as a learner typed it: `3`, `2.5`, `1e+12`.
private func format(_ number: Double) -> String {
    if number.isNaN { return "NaN" }
    if number.isInfinite { return number > 0 ? "infinity" : "-infinity" }
    if number == number.rounded(.towardZero), abs(number) < 1e15 { return String(Int(number)) }
    return "\(number)"
}
