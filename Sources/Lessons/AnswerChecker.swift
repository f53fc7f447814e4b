import Autograd
import Calc

/// Why a check did not pass, with the numbers that show it. The tutor
/// words it in the learner's language.
public enum CheckFailure: Error, Sendable, Equatable {
    /// The check names something the learner has not defined (yet).
    case unknownName(String)
    /// The check is about the learner's result, and the line had none
    /// (it was a command, or only a comment).
    case noResult
    /// `subject` is nil for the learner's result. `expression` is the
    /// check's expected side when it reads names (`grad(loss, w)`, `2*a`):
    /// its number is then computed from the learner's own names, and the
    /// message must not call it the lesson's answer.
    case valueDiffers(subject: String?, actual: Numbers, expected: Numbers, expression: String? = nil)
    case notScalar(subject: String?, shape: [Int])
    /// `actual` is the engine's gradient; `expected` the check's right side,
    /// the learner's own `dw` when `expression` names it.
    case gradientDiffers(subject: String?, withRespectTo: String, actual: Numbers, expected: Numbers, expression: String? = nil)
    /// At `point`, the learner's expression has another value than the model.
    case valueNotEquivalent(point: [(name: String, value: Numbers)], actual: Numbers, expected: Numbers)
    /// At `point`, the values agree but not the gradient with respect to `name`.
    case gradientNotEquivalent(name: String, point: [(name: String, value: Numbers)], actual: Numbers, expected: Numbers)
    case didNotAssign(String)
    /// The answer asks for an expression, and the learner's calls `grad`,
    /// which reads gradients already computed instead of computing them.
    case readsGradients
    /// The check itself could not be computed (the lesson's own mistake, or
    /// a name the learner bound to something unexpected); `message` says why.
    case cannotEvaluate(String)

    public static func == (lhs: CheckFailure, rhs: CheckFailure) -> Bool {
        String(describing: lhs) == String(describing: rhs)
    }
}

/// Numbers with a shape: `[]` for one number.
public struct Numbers: Sendable, Equatable, CustomStringConvertible {
    public var shape: [Int]
    public var values: [Double]

    public init(shape: [Int], values: [Double]) {
        self.shape = shape
        self.values = values
    }

    public var description: String { shape.isEmpty ? "\(values.first ?? .nan)" : "\(values) of shape \(shape)" }
}

/// Runs the checks of a task against what the learner typed, in the
/// learner's workspace, without changing that workspace: expected values
/// and equivalence are computed on scratch workspaces.
public struct AnswerChecker {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// The first failing check, or nil when all pass. `input` is what the
    /// learner typed (the whole statement, perhaps several lines).
    public func firstFailure(of checks: [Check], input: String) -> CheckFailure? {
        for check in checks {
            if let failure = failure(of: check, input: input) { return failure }
        }
        return nil
    }

    public func failure(of check: Check, input: String) -> CheckFailure? {
        switch check {
        case .value(let subject, let expected, let tolerance):
            let actual: Value
            switch self.subject(subject) {
            case .failure(let failure): return failure
            case .success(let value): actual = value
            }
            let want: Numbers
            switch evaluateCopy(expected) {
            case .failure(let failure): return failure
            case .success(let numbers): want = numbers
            }
            let have = numbers(of: actual)
            return Self.agree(have, want, tolerance: tolerance) ? nil
                : .valueDiffers(subject: subject, actual: have, expected: want, expression: Self.readsNames(expected) ? expected : nil)

        case .gradient(let subject, let wrt, let expected, let tolerance):
            let output: Node
            switch self.subject(subject) {
            case .failure(let failure): return failure
            case .success(.scalar(let node)): output = node
            case .success(let value): return .notScalar(subject: subject, shape: value.shape)
            }
            guard let variable = workspace.value(named: wrt) else { return .unknownName(wrt) }
            let want: Numbers
            switch evaluateCopy(expected) {
            case .failure(let failure): return failure
            case .success(let numbers): want = numbers
            }
            workspace.tape.backward(from: output)
            // A node made after the output cannot be part of its graph; its
            // stored gradient belongs to some other output.
            let grads = variable.nodes.map { $0.index > output.index ? 0 : workspace.tape.grad($0) }
            let have = Numbers(shape: variable.shape, values: grads)
            return Self.agree(have, want, tolerance: tolerance) ? nil
                : .gradientDiffers(
                    subject: subject, withRespectTo: wrt, actual: have, expected: want,
                    expression: Self.readsNames(expected) ? expected : nil)

        case .equivalent(let model):
            guard let typed = Self.lastStatement(of: input) else { return .noResult }
            return Equivalence(workspace: workspace).failure(of: typed, against: model)

        case .assigns(let name):
            let assigned = (try? Parser.parse(input))?.compactMap(\.assignedName) ?? []
            return assigned.contains(name) ? nil : .didNotAssign(name)
        }
    }

    /// Whether an expected side such as `dw` or `2*a` reads names, rather
    /// than being a number the lesson wrote (`-5.03`, `1 - tanh(2)^2`).
    static func readsNames(_ text: String) -> Bool {
        guard let statement = (try? Parser.parse(text))?.first else { return false }
        return !ExpressionNames.of(statement.expression).isEmpty
    }

    static func lastStatement(of input: String) -> Statement? {
        let trimmed = input.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix(":") { return nil }
        return (try? Parser.parse(input))?.last
    }

    private func subject(_ name: String?) -> Result<Value, CheckFailure> {
        guard let name else {
            return workspace.lastResult.map { .success($0) } ?? .failure(.noResult)
        }
        return workspace.value(named: name).map { .success($0) } ?? .failure(.unknownName(name))
    }

    public func numbers(of value: Value) -> Numbers {
        Numbers(shape: value.shape, values: value.nodes.map(workspace.tape.data))
    }

    /// Evaluates `text` on a scratch workspace in which every name it uses
    /// holds a copy of the learner's value of that name.
    private func evaluateCopy(_ text: String) -> Result<Numbers, CheckFailure> {
        let scratch = Workspace(limits: workspace.limits)
        do {
            let statements = try Parser.parse(text)
            guard let statement = statements.first else { return .failure(.cannotEvaluate("'\(text)' is empty")) }
            for name in ExpressionNames.of(statement.expression) {
                guard let value = workspace.value(named: name) else { return .failure(.unknownName(name)) }
                scratch.bindLeaves(name, copying: numbers(of: value))
            }
            var evaluator = Evaluator(workspace: scratch)
            let value = try evaluator.run(statement).value
            return .success(Numbers(shape: value.shape, values: value.nodes.map(scratch.tape.data)))
        } catch {
            return .failure(.cannotEvaluate("'\(text)': \(error.message)"))
        }
    }

    /// Same shape, and every number within the tolerance: absolute when
    /// given, else 1e-9 of the larger size (and at least 1e-9).
    static func agree(_ actual: Numbers, _ expected: Numbers, tolerance: Double?) -> Bool {
        guard actual.shape == expected.shape else { return false }
        return zip(actual.values, expected.values).allSatisfy { close($0, $1, tolerance: tolerance) }
    }

    public static func close(_ x: Double, _ y: Double, tolerance: Double?) -> Bool {
        if x.isNaN || y.isNaN { return x.isNaN && y.isNaN }
        if x.isInfinite || y.isInfinite { return x == y }
        let allowed = tolerance ?? 1e-9 * Swift.max(1, Swift.abs(x), Swift.abs(y))
        return Swift.abs(x - y) <= allowed
    }
}

extension Workspace {
    /// Binds `name` to new leaves holding `numbers`: a parameter.
    public func bindLeaves(_ name: String, copying numbers: Numbers) {
        let first = tape.count
        let nodes = numbers.values.map { tape.leaf($0) }
        let value: Value = numbers.shape.isEmpty
            ? .scalar(nodes[0]) : .array(NodeArray(shape: numbers.shape, elements: nodes))
        bind(name, to: value, createdFrom: first)
    }
}

/// The names an expression reads, in the order they first appear, and the
/// functions it calls.
public enum ExpressionNames {
    public static func of(_ expression: Expression) -> [String] {
        var names: [String] = []
        var stack = [expression]
        // Iterative, so that a deeply nested expression cannot overflow the stack.
        while let next = stack.popLast() {
            switch next {
            case .number: break
            case .name(let name, _): if !names.contains(name) { names.append(name) }
            case .negate(let operand, _), .parenthesized(let operand, _): stack.append(operand)
            case .binary(_, let left, let right, _): stack.append(right); stack.append(left)
            case .call(_, let arguments, _, _), .array(let arguments, _): stack.append(contentsOf: arguments.reversed())
            case .index(let base, let indices, _): stack.append(contentsOf: ([base] + indices.flatMap(\.expressions)).reversed())
            }
        }
        return names
    }

    /// Whether the expression calls `function` anywhere.
    static func calls(_ function: String, in expression: Expression) -> Bool {
        var stack = [expression]
        while let next = stack.popLast() {
            switch next {
            case .number, .name: break
            case .negate(let operand, _), .parenthesized(let operand, _): stack.append(operand)
            case .binary(_, let left, let right, _): stack.append(right); stack.append(left)
            case .array(let arguments, _): stack.append(contentsOf: arguments)
            case .index(let base, let indices, _): stack.append(base); stack.append(contentsOf: indices.flatMap(\.expressions))
            case .call(let name, let arguments, _, _):
                if name == function { return true }
                stack.append(contentsOf: arguments)
            }
        }
        return false
    }
}
