import Autograd
import Calc
import TextKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `:quiz` and `micrograd quiz`: an endless run of generated questions,
/// with no I/O, so that a seed reproduces every graph and every question.
///
/// Each round is a small random graph (``QuizRound``): two to six
/// operations over `+ - * / ^ tanh relu exp sigmoid` on inputs that are
/// small integers or have one decimal, each operation a named node
/// (`d = a * b`, `e = tanh(d)`, `L = e + a`). It asks for the gradient of
/// one node, an input or an inner one, then for one input (a parameter)
/// after one step of gradient descent. Both answers right: the next graph
/// has one operation more (up to six).
public struct Quiz: Sendable {
    /// The fewest and the most operations a graph has.
    public static let operations = 2...6

    /// The seed the quiz started from (`--seed N`, `:quiz seed N`).
    public let seed: UInt64
    /// How many operations the next graph has.
    public private(set) var level: Int
    /// How many rounds have been drawn.
    public private(set) var rounds = 0
    private var random: SeededGenerator

    public init(seed: UInt64, level: Int = Quiz.operations.lowerBound) {
        self.seed = seed
        self.level = min(max(level, Quiz.operations.lowerBound), Quiz.operations.upperBound)
        random = SeededGenerator(seed: seed)
    }

    /// Draws the next graph, with `level` operations.
    public mutating func nextRound() -> QuizRound {
        rounds += 1
        // Most draws are fine; the few that are not (a denominator near 0,
        // relu at its kink, a huge exp) are drawn again from the same
        // generator, so the seed still decides everything.
        for _ in 0..<200 {
            if let round = QuizRound.draw(number: rounds, operations: level, random: &random) { return round }
        }
        return QuizRound.fallback(number: rounds, operations: level)
    }

    /// After a round: both answers right makes the next graph harder.
    public mutating func finished(allRight: Bool) {
        if allRight { level = min(level + 1, Quiz.operations.upperBound) }
    }
}

/// One generated graph and its two questions, with their answers.
public struct QuizRound: Sendable, Equatable {
    /// The round's number in its quiz, from 1.
    public let number: Int
    /// How many operations the graph has.
    public let operations: Int
    /// The inputs, in order: `a`, `b`, maybe `c`, with their values.
    public let inputs: [(name: String, value: Double)]
    /// The operations, one named node each, in the order they are
    /// computed, the output `L` last: `d = a * b`, `e = tanh(d)`, `L = e + a`.
    public let definitions: [(name: String, expression: String)]
    /// The node whose gradient is asked: an input or an inner node (never `L`).
    public let asked: String
    /// The input of the gradient-descent question: `asked` when that is an input.
    public let parameter: String
    /// The learning rate of the gradient-descent question.
    public let rate: Double
    /// dL/d(asked), by the engine's backward pass.
    public let gradient: Double
    /// dL/d(parameter), which the step needs.
    public let parameterGradient: Double
    /// The parameter after one step: `value - rate * parameterGradient`.
    public let stepped: Double

    /// The name of the output.
    public static let output = "L"

    public static func == (left: QuizRound, right: QuizRound) -> Bool {
        left.number == right.number && left.lines == right.lines && left.asked == right.asked
            && left.parameter == right.parameter && left.rate == right.rate && left.gradient == right.gradient
            && left.parameterGradient == right.parameterGradient && left.stepped == right.stepped
    }

    /// Whether the node asked about is an inner one (`d`), not an input.
    public var asksInnerNode: Bool { !inputs.contains { $0.name == asked } }

    /// The value of the parameter before the step.
    public var parameterValue: Double { inputs.first { $0.name == parameter }!.value }

    /// The inputs as the round shows them: `a = 2`, `b = -1.5`.
    /// The lines that build the graph, as a learner would type them:
    /// `a = 2`, `b = -1.5`, `d = a * b`, `L = tanh(d) + a`.
    public var lines: [String] { QuizRound.lines(inputs: inputs, definitions: definitions) }

    static func lines(inputs: [(name: String, value: Double)], definitions: [(name: String, expression: String)]) -> [String] {
        inputs.map { "\($0.name) = \(text($0.value))" } + definitions.map { "\($0.name) = \($0.expression)" }
    }

    /// The derivative asked first, `dL/dd`.
    public var derivative: String { "d\(QuizRound.output)/d\(asked)" }

    /// The derivative the step needs, `dL/da`.
    public var parameterDerivative: String { "d\(QuizRound.output)/d\(parameter)" }

    /// A workspace holding the round's graph with its gradients (backward
    /// from `L` done), and the output node: what the views render.
    public func workspace() -> (workspace: Workspace, output: Node) {
        QuizRound.evaluate(lines: lines)!
    }

    /// The node named `name` (an input or an inner node) in `workspace`.
    public func node(_ name: String, in workspace: Workspace) -> Node {
        guard case .scalar(let node) = workspace.value(named: name) else { preconditionFailure("no node \(name)") }
        return node
    }

    /// An input's value as it is written: `2`, `-1.5`.
    static func text(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    // MARK: Drawing

    /// The expression tree drawn, before it is written out.
    indirect enum Tree {
        case input(Int)
        case unary(String, Tree)
        case power(Tree, Int)
        case binary(String, Tree, Tree)

        var usedInputs: Set<Int> {
            switch self {
            case .input(let index): [index]
            case .unary(_, let inner), .power(let inner, _): inner.usedInputs
            case .binary(_, let left, let right): left.usedInputs.union(right.usedInputs)
            }
        }

        /// Whether an operation takes one input twice (`a - a`, `b / b`):
        /// a constant in disguise, a question that teaches nothing.
        var isDegenerate: Bool {
            switch self {
            case .input: false
            case .unary(_, let inner), .power(let inner, _): inner.isDegenerate
            case .binary(_, .input(let left), .input(let right)) where left == right: true
            case .binary(_, let left, let right): left.isDegenerate || right.isDegenerate
            }
        }

        /// The operations, each named, children before their users (the
        /// order they are computed in), and the name of this tree's own
        /// node: `d = a ^ 2`, then `L = b - d` for `b - a ^ 2`. The inner
        /// nodes take `names` in turn; the root (`isRoot`) is `L`.
        func definitions(names: inout ArraySlice<String>, isRoot: Bool = true) -> (definitions: [(name: String, expression: String)], name: String) {
            let expression: String
            var definitions: [(name: String, expression: String)] = []
            switch self {
            case .input(let index): return ([], QuizRound.names[index])
            case .unary(let function, let inner):
                let (innerDefinitions, innerName) = inner.definitions(names: &names, isRoot: false)
                definitions = innerDefinitions
                expression = "\(function)(\(innerName))"
            case .power(let base, let exponent):
                let (baseDefinitions, baseName) = base.definitions(names: &names, isRoot: false)
                definitions = baseDefinitions
                expression = "\(baseName) ^ \(exponent)"
            case .binary(let op, let left, let right):
                let (leftDefinitions, leftName) = left.definitions(names: &names, isRoot: false)
                let (rightDefinitions, rightName) = right.definitions(names: &names, isRoot: false)
                definitions = leftDefinitions + rightDefinitions
                expression = "\(leftName) \(op) \(rightName)"
            }
            let name = isRoot ? QuizRound.output : names.removeFirst()
            return (definitions + [(name, expression)], name)
        }

        /// The value, or nil where the graph would be a bad question: a
        /// denominator near 0, relu at its kink, exp of more than 3, or any
        /// value out of a hand's reach.
        func value(_ inputs: [Double]) -> Double? {
            let result: Double?
            switch self {
            case .input(let index): result = inputs[index]
            case .unary(let function, let inner):
                guard let x = inner.value(inputs) else { return nil }
                switch function {
                case "tanh": result = tanh(x)
                case "relu": result = abs(x) < 0.1 ? nil : max(0, x)
                case "exp": result = x > 3 ? nil : exp(x)
                default: result = 1 / (1 + exp(-x))
                }
            case .power(let base, let exponent):
                guard let x = base.value(inputs) else { return nil }
                result = pow(x, Double(exponent))
            case .binary(let op, let left, let right):
                guard let x = left.value(inputs), let y = right.value(inputs) else { return nil }
                switch op {
                case "+": result = x + y
                case "-": result = x - y
                case "*": result = x * y
                default: result = abs(y) < 0.5 ? nil : x / y
                }
            }
            guard let result, result.isFinite, abs(result) < 1_000 else { return nil }
            return result
        }
    }

    static let names = ["a", "b", "c"]
    /// The inner nodes' names, in the order they are computed (five at
    /// most: six operations, the last of them `L`).
    static let innerNames = ["d", "e", "f", "g", "h"]
    static let functions = ["tanh", "relu", "exp", "sigmoid"]
    static let binaryOperators = ["+", "-", "*", "/"]
    static let rates = [0.1, 0.01, 0.05, 0.5]

    static func pick(_ count: Int, _ random: inout SeededGenerator) -> Int { Int(random.next() % UInt64(count)) }

    /// A tree with exactly `operations` operations over `inputs` inputs.
    static func tree(operations: Int, inputs: Int, random: inout SeededGenerator) -> Tree {
        if operations == 0 { return .input(pick(inputs, &random)) }
        switch pick(10, &random) {
        case 0..<3:
            return .unary(functions[pick(functions.count, &random)], tree(operations: operations - 1, inputs: inputs, random: &random))
        case 3:
            return .power(tree(operations: operations - 1, inputs: inputs, random: &random), 2 + pick(2, &random))
        default:
            let left = pick(operations, &random)
            return .binary(
                binaryOperators[pick(binaryOperators.count, &random)],
                tree(operations: left, inputs: inputs, random: &random),
                tree(operations: operations - 1 - left, inputs: inputs, random: &random))
        }
    }

    /// A small integer or a number with one decimal, never 0: -3 to 3.
    static func inputValue(_ random: inout SeededGenerator) -> Double {
        let magnitude = pick(30, &random) + 1
        let signed = pick(2, &random) == 0 ? magnitude : -magnitude
        // Half of them whole numbers (tenths rounded toward zero, never to 0).
        if pick(2, &random) == 0, abs(signed) >= 10 { return Double(signed / 10) }
        return Double(signed) / 10
    }

    static func draw(number: Int, operations: Int, random: inout SeededGenerator) -> QuizRound? {
        let count = operations <= 3 ? 2 : 3
        let values = (0..<count).map { _ in inputValue(&random) }
        let tree = tree(operations: operations, inputs: count, random: &random)
        let used = tree.usedInputs.sorted().map { names[$0] }
        let rate = rates[pick(rates.count, &random)]
        var innerNames = QuizRound.innerNames[...]
        let definitions = tree.definitions(names: &innerNames).definitions
        // One draw picks both the node asked (an input used, or an inner
        // node: more of them in larger graphs) and, when that is an inner
        // node, the input the step moves.
        let candidates = used + definitions.dropLast().map(\.name)
        let choice = Int(random.next() % UInt64(candidates.count * used.count))
        let asked = candidates[choice % candidates.count]
        let parameter = used.contains(asked) ? asked : used[choice / candidates.count]
        // Every input shown is in the graph (an unused one would be a question about nothing).
        guard used.count == count, !tree.isDegenerate, tree.value(values) != nil else { return nil }
        return make(
            number: number, operations: operations, values: values, definitions: definitions, asked: asked, parameter: parameter,
            rate: rate)
    }

    /// A graph that is always a fine question, if two hundred draws were not.
    static func fallback(number: Int, operations: Int) -> QuizRound {
        make(
            number: number, operations: 3, values: [2, -0.5], definitions: [("d", "a * b"), ("e", "tanh(d)"), ("L", "e + a")],
            asked: "d", parameter: "a", rate: 0.1)!
    }

    /// The round, or nil when a gradient asked is out of a hand's reach
    /// (over 1,000) or too small to be a question (under 0.01: a dead
    /// relu's 0, or a number the tolerance of 0.001 would not tell from 0),
    /// or when the step moves the parameter by less than the tolerance
    /// (the value before the step would be graded right).
    static func make(
        number: Int, operations: Int, values: [Double], definitions: [(name: String, expression: String)], asked: String,
        parameter: String, rate: Double
    ) -> QuizRound? {
        let inputs = values.enumerated().map { (name: names[$0.offset], value: $0.element) }
        guard let (workspace, _) = evaluate(lines: lines(inputs: inputs, definitions: definitions)),
            case .scalar(let askedNode) = workspace.value(named: asked),
            case .scalar(let parameterNode) = workspace.value(named: parameter),
            let value = inputs.first(where: { $0.name == parameter })?.value
        else { return nil }
        let gradient = workspace.tape.grad(askedNode)
        let parameterGradient = workspace.tape.grad(parameterNode)
        for fair in [gradient, parameterGradient] where !fair.isFinite || abs(fair) > 1_000 || abs(fair) < 0.01 { return nil }
        guard !isClose(value, value - rate * parameterGradient) else { return nil }
        return QuizRound(
            number: number, operations: operations, inputs: inputs, definitions: definitions, asked: asked, parameter: parameter,
            rate: rate, gradient: gradient, parameterGradient: parameterGradient, stepped: value - rate * parameterGradient)
    }

    /// Runs the lines in a fresh workspace and the backward pass from the last.
    static func evaluate(lines: [String]) -> (workspace: Workspace, output: Node)? {
        let workspace = Workspace()
        var evaluator = Evaluator(workspace: workspace)
        var output: Node?
        for line in lines {
            guard let statements = try? Parser.parse(line) else { return nil }
            for statement in statements {
                guard let evaluation = try? evaluator.run(statement) else { return nil }
                if case .scalar(let node) = evaluation.value { output = node }
            }
        }
        guard let output else { return nil }
        workspace.tape.backward(from: output)
        return (workspace, output)
    }
}

/// How an answer fares.
public enum QuizGrade: Sendable, Equatable {
    case right
    case wrong(Double)
    /// Not a number (words, a typo): the learner is asked again.
    case notANumber
}

extension QuizRound {
    /// Whether `answer` is `expected`: within 1% of it, or within 0.001
    /// for small numbers (which 1% would make too strict). The answer may
    /// be a number or an expression of numbers (`1 - 0.5^2`), as the
    /// tutor reads them; a name or a word is not a number.
    public static func grade(_ answer: String, expected: Double) -> QuizGrade {
        guard let value = number(in: answer) else { return .notANumber }
        return isClose(value, expected) ? .right : .wrong(value)
    }

    /// Within 1% relative, or 1e-3 absolute.
    public static func isClose(_ value: Double, _ expected: Double) -> Bool {
        abs(value - expected) <= max(1e-3, 0.01 * abs(expected))
    }

    /// The number an answer stands for, if it is one.
    static func number(in answer: String) -> Double? {
        let typed = answer.trimmingSpaces
        guard !typed.isEmpty, !typed.contains("=") else { return nil }
        if let plain = Double(typed) { return plain.isFinite ? plain : nil }
        // An answer is a number or a short sum of them, never a big array.
        var limits = Limits()
        limits.maxLineLength = 200
        limits.maxNesting = 20
        limits.maxNodes = 1_000
        limits.maxArrayElements = 10
        guard typed.count <= limits.maxLineLength else { return nil }
        let workspace = Workspace(limits: limits)
        var evaluator = Evaluator(workspace: workspace)
        guard let statements = try? Parser.parse(typed, limits: limits), statements.count == 1,
            let evaluation = try? evaluator.run(statements[0]), case .scalar(let node) = evaluation.value
        else { return nil }
        let value = workspace.tape.data(node)
        return value.isFinite ? value : nil
    }
}
