import TextKit
import Autograd
import Calc

/// The pieces of one step of the chain rule, written for people: the local
/// derivative of a node with respect to one of its inputs, as the engine's
/// formula (from the op table, `Operation.derivativeFormula`), with the
/// inputs' labels and then their values put in for `x` and `y`.
public struct ChainRule {
    public let tape: Tape
    public var labels: GraphLabels

    public init(workspace: Workspace) {
        tape = workspace.tape
        labels = GraphLabels(workspace: workspace)
    }

    /// The number the engine multiplies by at `node` for input `position`:
    /// d node / d input, computed by the operation's own rule.
    public func localDerivative(of node: Node, input position: Int) -> Double {
        let inputs = tape.inputs(node)
        let output = tape.data(node)
        switch tape.operation(node).rule {
        case let rule as any BinaryRule.Type:
            let local = rule.derivatives(tape.data(inputs[0]), tape.data(inputs[1]), output: output)
            return position == 0 ? local.dx : local.dy
        case let rule as any UnaryRule.Type:
            return rule.derivative(tape.data(inputs[0]), output: output)
        default:
            return 0
        }
    }

    /// `dL/da`, `dL/d(a*b)`: labels that are not a single word get brackets.
    public mutating func derivative(of output: Node, by node: Node) -> String {
        "d\(ChainRule.variable(labels.label(output)))/d\(ChainRule.variable(labels.label(node)))"
    }

    /// The local derivative's formula with the inputs' labels, and with
    /// their values: (`b`, `-3`) for input 0 of `a*b`.
    public mutating func formula(of node: Node, input position: Int, digits: Int = 4) -> (symbolic: String, numeric: String) {
        let formula = tape.operation(node).derivativeFormula(forInput: position)
        let inputs = tape.inputs(node)
        var names: [String: String] = [:]
        var numbers: [String: String] = [:]
        for (name, input) in zip(["x", "y"], inputs) {
            names[name] = labels.label(input)
            numbers[name] = NumberFormatting.human(tape.data(input), digits: digits)
        }
        let isBare = formula == "x" || formula == "y"
        return (
            ChainRule.substitute(names, into: formula, bracket: { isBare ? $0 : ChainRule.atom($0) }),
            ChainRule.substitute(numbers, into: formula, bracket: { isBare || !$0.hasPrefix("-") ? $0 : "(\($0))" })
        )
    }

    /// How a node is computed from its inputs' labels: `d = e + c`, or just
    /// `a*b` for a node without a name (its label already says it).
    public mutating func definition(of node: Node) -> String {
        let label = labels.label(node)
        guard labels.boundName(node) != nil || tape.label(node) != nil else { return label }
        let inputs = tape.inputs(node)
        guard !inputs.isEmpty else { return label }
        return "\(label) = " + ChainRule.expression(tape.operation(node), inputs.map { labels.label($0) })
    }

    /// An operation written out with its inputs' labels: `e + c`, `a*b`,
    /// `-(a + b)`, `tanh(a*b)`, each input bracketed where it needs it.
    public static func expression(_ operation: Operation, _ inputs: [String]) -> String {
        switch (operation, inputs.count) {
        case (_, 0): ""
        case (.negate, _): "-\(wrap(inputs[0], 4))"
        case (_, 1): "\(operation.name)(\(inputs[0]))"
        case (.add, _): "\(wrap(inputs[0], 1)) + \(wrap(inputs[1], 1))"
        case (.subtract, _): "\(wrap(inputs[0], 1)) - \(wrap(inputs[1], 2))"
        case (.multiply, _): "\(wrap(inputs[0], 2))*\(wrap(inputs[1], 2))"
        case (.divide, _): "\(wrap(inputs[0], 2))/\(wrap(inputs[1], 3))"
        default: "\(wrap(inputs[0], 5))\(operation.name)\(wrap(inputs[1], 4))"
        }
    }

    /// Replaces the whole words `x` and `y` of a formula (not the x of
    /// `exp`), each through `bracket`, unless the word is alone inside
    /// brackets already (`tanh(x)`).
    public static func substitute(_ values: [String: String], into formula: String, bracket: (String) -> String) -> String {
        let characters = Array(formula)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character.isLetter || character.isNumber || character == "_" else {
                result.append(character)
                index += 1
                continue
            }
            let start = index
            while index < characters.count,
                characters[index].isLetter || characters[index].isNumber || characters[index] == "_"
            {
                index += 1
            }
            let word = String(characters[start..<index])
            guard let value = values[word] else {
                result += word
                continue
            }
            let enclosed = start > 0 && characters[start - 1] == "(" && index < characters.count && characters[index] == ")"
            result += enclosed ? value : bracket(value)
        }
        return result
    }

    /// How tightly a label holds together: 1 for a sum, 2 for a product,
    /// 3 for a negation, 4 for a power, 9 for a name, number or call.
    public static func precedence(_ label: String) -> Int {
        var depth = 0
        var weakest = 9
        let characters = Array(label)
        for (offset, character) in characters.enumerated() {
            if character == "(" || character == "[" { depth += 1 }
            if character == ")" || character == "]" { depth -= 1 }
            guard depth == 0 else { continue }
            if (character == "+" || character == "-"), offset > 0, characters[offset - 1] == " " {
                weakest = Swift.min(weakest, 1)
            } else if character == "*" || character == "/" || character == "@" {
                weakest = Swift.min(weakest, 2)
            } else if character == "^" {
                weakest = Swift.min(weakest, 4)
            }
        }
        if label.hasPrefix("-") { weakest = Swift.min(weakest, 3) }
        return weakest
    }

    /// The label, bracketed unless it holds together at least as tightly
    /// as `needed`.
    public static func wrap(_ label: String, _ needed: Int) -> String {
        precedence(label) >= needed ? label : "(\(label))"
    }

    /// A label as one term: bare when it is a name, a number or a call
    /// (`a`, `w[0,1]`, `c′`, `2`, `tanh(a)`), bracketed otherwise (`(a*b)`, `(-3)`).
    public static func atom(_ label: String) -> String {
        wrap(label, 9)
    }

    /// A label after the d of a derivative: bare only for a name (`dL/da`,
    /// `dL/dw[0,1]`), bracketed otherwise (`dL/d(a*b)`, `dL/d(tanh(a))`).
    public static func variable(_ label: String) -> String {
        let isName = label.first.map { $0.isLetter || $0 == "_" } == true && !label.contains("(") && !label.contains(" ")
            && !label.contains { "+-*/^@".contains($0) }
        return isName ? label : "(\(label))"
    }

    /// `45 + 45 + 54 - 3`: a sum written with its signs.
    public static func sum(_ terms: [Double], digits: Int = 4) -> String {
        var text = ""
        for (offset, term) in terms.enumerated() {
            let written = NumberFormatting.human(term, digits: digits)
            if offset == 0 {
                text = written
            } else if written.hasPrefix("-") {
                text += " - " + written.dropFirst()
            } else {
                text += " + " + written
            }
        }
        return text
    }

    /// `a, b = c` → `a = b = c` without repeating equal stages.
    public static func chain(_ stages: [String]) -> String {
        var kept: [String] = []
        for stage in stages where stage != kept.last { kept.append(stage) }
        return kept.joined(separator: " = ")
    }
}

/// One use of an input, written out: what a node passes back to one input.
public struct Share {
    /// `-2 * b`, `-2 * -3`, `-2 * -3`: the node's gradient times the local
    /// derivative, as the formula, with the numbers put in, and computed.
    public let stages: [String]
    /// What the engine adds to the input's gradient.
    public let value: Double
    /// How many digits the stages show: four, or more where four would
    /// make the product look wrong.
    public let digits: Int

    /// The value, with as many digits as the stages.
    public var result: String { NumberFormatting.human(value, digits: digits) }
}

extension ChainRule {
    /// One use of an input: what `node` passes back to its input `position`.
    /// The value follows the engine's rule that a node whose gradient is 0
    /// passes nothing on.
    public mutating func share(from node: Node, input position: Int, digits atLeast: Int = 4) -> Share {
        let gradient = tape.grad(node)
        let local = localDerivative(of: node, input: position)
        let value = gradient == 0 ? 0 : gradient * local
        let digits = Swift.max(atLeast, ChainRule.consistentDigits([gradient, local], value, combine: { $0 * $1 }))
        let (symbolic, numeric) = formula(of: node, input: position, digits: digits)
        let g = NumberFormatting.human(gradient, digits: digits)
        func factor(_ text: String) -> String { Double(text) != nil ? text : ChainRule.atom(text) }
        let stages = [
            "\(g) * \(factor(symbolic))", "\(g) * \(factor(numeric))",
            "\(g) * \(NumberFormatting.human(local, digits: digits))",
        ]
        return Share(stages: stages, value: value, digits: digits)
    }

    /// The fewest digits, four at least, at which a calculation shown in
    /// numbers checks out: rounded to four digits, `3 * 0.41996 = 1.25988`
    /// would read `3 * 0.42 = 1.2599`, which a learner with a calculator
    /// takes for a mistake. `combine` is the calculation (a product, a sum).
    /// Past eight digits a line would be harder to read than to trust, so
    /// it keeps four.
    public static func consistentDigits(_ operands: [Double], _ result: Double, combine: (Double, Double) -> Double) -> Int {
        for digits in 4...8 {
            let shown = operands.map { Double(NumberFormatting.human($0, digits: digits)) ?? $0 }
            guard let first = shown.first else { return digits }
            let recomputed = shown.dropFirst().reduce(first, combine)
            if NumberFormatting.human(recomputed, digits: digits) == NumberFormatting.human(result, digits: digits) {
                return digits
            }
        }
        return 4
    }
}
