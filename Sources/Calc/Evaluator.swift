import Autograd

/// What one statement did: its value, the name it bound, and any warnings.
public struct Evaluation: Sendable {
    public var statement: Statement
    public var value: Value
    /// The first tape index this statement created; nodes from here on are new.
    public var firstNewNode: Int
    /// Numbers that became infinite or NaN, each pointing at where.
    public var warnings: [Diagnostic]
}

/// Turns statements into nodes on the workspace's tape.
///
/// Each operator and function call becomes one node whose value is computed
/// at once (the forward pass); the gradients come later, when someone calls
/// `backward` on a result.
public struct Evaluator {
    public let workspace: Workspace
    private var warnings: [Diagnostic] = []
    private(set) var source: Statement?

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    var tape: Tape { workspace.tape }

    /// Evaluates one statement and binds its name, if it has one.
    public mutating func run(_ statement: Statement) throws(Diagnostic) -> Evaluation {
        warnings = []
        source = statement
        let firstNewNode = tape.count
        let value: Value
        do {
            value = try evaluate(statement.expression)
        } catch {
            // Nodes of a statement that failed are nobody's: drop them.
            tape.truncate(to: firstNewNode)
            throw error
        }
        if let name = statement.assignedName {
            workspace.bind(name, to: value, createdFrom: firstNewNode)
        }
        workspace.setLastResult(value, askedForGradients: statement.expression.callsGrad)
        return Evaluation(statement: statement, value: value, firstNewNode: firstNewNode, warnings: warnings)
    }

    // MARK: Expressions

    mutating func evaluate(_ expression: Expression) throws(Diagnostic) -> Value {
        switch expression {
        case .number(let value, _):
            try reserveNodes(1, at: expression.range)
            return .scalar(tape.constant(value))
        case .name(let name, let range):
            return try lookUp(name, at: range)
        case .parenthesized(let inner, _):
            return try evaluate(inner)
        case .negate(let operand, _):
            let value = try evaluate(operand)
            return try apply(.negate, value, at: expression.range)
        case .binary(let op, let left, let right, let operatorRange):
            let x = try evaluate(left)
            let y = try evaluate(right)
            return try apply(
                op, x, y, operatorRange: operatorRange, whole: expression.range, operands: (left.range, right.range))
        case .call(let name, let arguments, let nameRange, let range):
            return try call(name, arguments, nameRange: nameRange, range: range)
        case .array(let elements, let range):
            return try arrayLiteral(elements, at: range)
        case .index(let base, let indices, let range):
            return try index(base, indices, range: range)
        }
    }

    private func lookUp(_ name: String, at range: SourceRange) throws(Diagnostic) -> Value {
        if let value = workspace.value(named: name) { return value }
        if name == Evaluator.lastResultName { return try lastResult(at: range) }
        if let function = Builtins.function(named: name) {
            throw .error(.isAFunction(name, signature: function.signature), at: range)
        }
        // `two` typed for 2: a number in words, not a misspelt name.
        if FullWidth.isNumberWord(name) { throw .error(.numberInWords(name), at: range, hint: .typeDigits) }
        let known = workspace.names + Builtins.functions.map(\.name)
        if let close = closestName(to: name, among: known) {
            throw .error(.unknownName(name), at: range, hint: .didYouMean(close))
        }
        throw .error(.unknownName(name), at: range, hint: .giveValueFirst(name))
    }

    private mutating func call(_ name: String, _ arguments: [Expression], nameRange: SourceRange, range: SourceRange)
        throws(Diagnostic) -> Value
    {
        guard let function = Builtins.function(named: name) else {
            if workspace.value(named: name) != nil {
                throw .error(.valueNotFunction(name), at: nameRange, hint: .productHint(name))
            }
            let hint = closestName(to: name, among: Builtins.functions.map(\.name)).map(CalcMessage.didYouMean)
            throw .error(
                .unknownFunction(name), at: nameRange,
                hint: hint ?? .theFunctions(Builtins.functions.map(\.name).joined(separator: ", ")))
        }
        guard function.argumentCounts.contains(arguments.count) else {
            throw .error(
                .argumentCount(
                    name, least: function.argumentCounts.lowerBound, most: function.argumentCounts.upperBound,
                    signature: function.signature, given: arguments.count),
                at: range)
        }
        switch function.kind {
        case .elementwise(let operation) where arguments.count == 2:
            let x = try evaluate(arguments[0])
            let y = try evaluate(arguments[1])
            return try apply(
                operation, x, y, at: nameRange, whole: range, operands: (arguments[0].range, arguments[1].range))
        case .elementwise(let operation):
            let value = try evaluate(arguments[0])
            return try apply(operation, value, at: range)
        case .array(let arrayFunction):
            return try callArrayFunction(arrayFunction, arguments, range: range)
        case .gradient:
            return try gradient(arguments, range: range)
        }
    }

    // MARK: Applying operations

    /// One input: `tanh(x)`, `-x`; on an array, element by element.
    mutating func apply(_ operation: Operation, _ value: Value, at range: SourceRange) throws(Diagnostic) -> Value {
        switch value {
        case .scalar(let x):
            try reserveNodes(1, at: range)
            let result = tape.apply(operation, x)
            noteNonFinite(result, from: [x], operation, at: range)
            return .scalar(result)
        case .array(let array):
            try reserveNodes(array.elements.count, at: range)
            var results: [Node] = []
            results.reserveCapacity(array.elements.count)
            for x in array.elements {
                let result = tape.apply(operation, x)
                noteNonFinite(result, from: [x], operation, at: range)
                results.append(result)
            }
            return .array(NodeArray(shape: array.shape, elements: results))
        }
    }

    /// Two inputs: `x + y`, `x @ y`. `operands` are where the two sides
    /// were written, which a shape error quotes.
    mutating func apply(
        _ op: BinaryOperator, _ x: Value, _ y: Value, operatorRange: SourceRange, whole: SourceRange,
        operands: (SourceRange, SourceRange)
    ) throws(Diagnostic) -> Value {
        guard let operation = op.operation else {
            return try matrixProduct(x, y, operatorRange: operatorRange, whole: whole)
        }
        return try apply(operation, x, y, at: operatorRange, whole: whole, operands: operands)
    }

    /// Two inputs of an operation of the engine, `x + y` or `max(x, y)`:
    /// one node for two numbers, else element by element, broadcast.
    /// `place` is what a shape error points at: the operator or the name;
    /// `operands`, the two sides it names.
    mutating func apply(
        _ operation: Operation, _ x: Value, _ y: Value, at place: SourceRange, whole: SourceRange,
        operands: (SourceRange, SourceRange)
    ) throws(Diagnostic) -> Value {
        if case .scalar(let a) = x, case .scalar(let b) = y {
            try reserveNodes(1, at: whole)
            let result = tape.apply(operation, a, b)
            noteNonFinite(result, from: [a, b], operation, at: whole)
            return .scalar(result)
        }
        return try elementwise(operation, x, y, operatorRange: place, whole: whole, operands: operands)
    }

    /// Refuses work that would take the tape past its node limit.
    func reserveNodes(_ count: Int, at range: SourceRange) throws(Diagnostic) {
        let limit = workspace.limits.maxNodes
        if count > limit - tape.count {
            throw .error(.graphTooLarge(limit), at: range, hint: .graphLimitHint)
        }
        workspace.nodesSinceStopCheck += count
        if workspace.nodesSinceStopCheck >= Workspace.nodesBetweenStopChecks {
            workspace.nodesSinceStopCheck = 0
            if workspace.shouldStop() {
                throw .error(.interrupted, at: range, hint: .statementDropped)
            }
        }
    }

    /// Warns, once per statement, where a number first becomes infinite or
    /// NaN from finite inputs: that is where the learner should look.
    mutating func noteNonFinite(_ node: Node, from inputs: [Node], _ operation: Operation, at range: SourceRange) {
        let value = tape.data(node)
        guard !value.isFinite, warnings.isEmpty, inputs.allSatisfy({ tape.data($0).isFinite }) else { return }
        let text = source?.text(of: range) ?? operation.name
        let what: CalcMessage.NonFinite = value.isNaN ? .nan : (value > 0 ? .infinity : .negativeInfinity)
        let hint = Evaluator.nonFiniteHint(operation, inputs, tape, result: value)
        warnings.append(.warning(.nonFinite(text, what), at: range, hint: hint))
    }

    /// Why a number became infinite or NaN: a division by zero, a result
    /// too large for a double, or an input outside the operation's domain.
    static func nonFiniteHint(_ operation: Operation, _ inputs: [Node], _ tape: Tape, result: Double) -> CalcMessage {
        let values = inputs.map { tape.data($0) }
        if operation == .divide, values.count == 2, values[1] == 0 { return .divisionByZero }
        if operation == .power, values.count == 2, values[0] == 0, values[1] < 0 {
            return .zeroToNegativePower
        }
        if result.isInfinite, [.add, .subtract, .multiply, .divide, .power, .exp].contains(operation) {
            return .overflowed
        }
        return .domain(operation.name, operation.rule!.domain)
    }
}

extension Statement {
    /// The text of a part of this statement.
    public func text(of part: SourceRange) -> String {
        let start = range.offsets.lowerBound
        let characters = Array(source)
        let local = (part.offsets.lowerBound - start)..<(part.offsets.upperBound - start)
        return String(characters[local.clamped(to: 0..<characters.count)])
    }
}
