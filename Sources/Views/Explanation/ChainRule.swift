import TextKit
import Autograd
import Calc

/// The pieces of one step of the chain rule, written for people: the local
/// derivative of a node with respect to one of its inputs, as the engine's
/// formula (from the op table, `Operation.derivativeFormula`), with the
/// inputs' labels and then their values put in for `x` and `y`.
public struct ChainRule {
    public let tape: Tape
    public let labels: NodeLabeler

    public init(workspace: Workspace) {
        tape = workspace.tape
        labels = NodeLabeler(workspace: workspace)
    }

    /// The number the engine multiplies by at `node` for input `position`:
    /// d node / d input, computed by the operation's own rule.
    public func localDerivative(of node: Node, input position: Int) -> Double {
        tape.localDerivative(of: node, input: position)
    }

    /// `dL/da`, `dL/d(a*b)`: labels that are not a name get brackets.
    public func derivative(of output: Node, by node: Node) -> String {
        "d\(labels.variable(output))/d\(labels.variable(node))"
    }

    /// The local derivative's formula with the inputs' labels, and with
    /// their values: (`b`, `-3`) for input 0 of `a*b`; and how tightly the
    /// formula with the labels put in holds together, for a product with it.
    public func formula(of node: Node, input position: Int, digits: Int = 4)
        -> (symbolic: String, numeric: String, precedence: Int)
    {
        let formula = tape.operation(node).derivativeFormula(forInput: position)
        let inputs = tape.inputs(node)
        var names: [String: (plain: String, term: String)] = [:]
        var numbers: [String: (plain: String, term: String)] = [:]
        for (name, input) in zip(["x", "y"], inputs) {
            // A bare `x` or `y` is the input itself, written as it holds together.
            if formula == name {
                return (labels.label(input), NumberFormatting.human(tape.data(input), digits: digits),
                        labels.written(input).precedence)
            }
            names[name] = (labels.label(input), labels.atom(input))
            let number = NumberFormatting.human(tape.data(input), digits: digits)
            numbers[name] = (number, number.hasPrefix("-") ? "(\(number))" : number)
        }
        return (
            ChainRule.substitute(names, into: formula), ChainRule.substitute(numbers, into: formula),
            ChainRule.precedence(ofFormula: formula)
        )
    }

    /// How a node is computed from its inputs' labels: `d = e + c`, or just
    /// `a*b` for a node without a name (its label already says it).
    public func definition(of node: Node) -> String {
        let label = labels.label(node)
        guard labels.isName(node), let definition = labels.definition(node) else { return label }
        return "\(label) = \(definition.text)"
    }

    /// How tightly a derivative formula of the engine (`1 - tanh(x)^2`,
    /// `y * x^(y - 1)`) holds together at its top, read by the language's
    /// own parser: a formula in brackets, such as relu's `(1 if x > 0, else 0)`,
    /// is not an expression of the language, and holds together.
    static func precedence(ofFormula formula: String) -> Int {
        guard let statement = try? Parser.parse(formula).first else { return Precedence.atom }
        return statement.expression.precedence
    }

    /// Replaces the whole words `x` and `y` of a formula (not the x of
    /// `exp`), each by its `term` (bracketed where it needs to be), or by
    /// its `plain` text where the word is alone inside brackets already
    /// (`tanh(x)`).
    public static func substitute(_ values: [String: (plain: String, term: String)], into formula: String) -> String {
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
            result += enclosed ? value.plain : value.term
        }
        return result
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
    public func share(from node: Node, input position: Int, digits atLeast: Int = 4) -> Share {
        let gradient = tape.grad(node)
        let local = localDerivative(of: node, input: position)
        let value = gradient == 0 ? 0 : gradient * local
        let digits = Swift.max(atLeast, ChainRule.consistentDigits([gradient, local], value, combine: { $0 * $1 }))
        let (symbolic, numeric, precedence) = formula(of: node, input: position, digits: digits)
        let g = NumberFormatting.human(gradient, digits: digits)
        // A factor is bare when it is a number or holds together like a
        // name (`2 * b`, `2 * -3`), bracketed otherwise: `2 * (1 - tanh(a)^2)`.
        func factor(_ text: String) -> String {
            Double(text) != nil || precedence >= Precedence.atom ? text : "(\(text))"
        }
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
    /// It goes on up to 17 digits, where the numbers shown are the doubles
    /// themselves and the calculation is the engine's own, so every line
    /// checks out from its digits (issue 19, item 10: stopping at eight
    /// and falling back to four left 3.5% of the lines wrong by a digit,
    /// `0.2059 * -10 = -2.0589`); the few lines that need it are long but
    /// true (docs/decisions.md, "Every line of :explain checks out").
    public static func consistentDigits(_ operands: [Double], _ result: Double, combine: (Double, Double) -> Double) -> Int {
        consistentDigits(result, from: 4) { shown in
            let numbers = operands.map(shown)
            guard let first = numbers.first else { return result }
            return numbers.dropFirst().reduce(first, combine)
        }
    }

    /// The fewest digits, `lowest` at least, at which `recompute` (the
    /// calculation a line shows, given how each of its numbers is shown:
    /// `shown(before) + shown(g) * shown(local)`) gives `result` as shown.
    /// 17 at most, where every line checks out (see above).
    public static func consistentDigits(
        _ result: Double, from lowest: Int, recompute: (_ shown: (Double) -> Double) -> Double
    ) -> Int {
        for digits in Swift.max(4, lowest)...17 {
            let recomputed = recompute { Double(NumberFormatting.human($0, digits: digits)) ?? $0 }
            if NumberFormatting.human(recomputed, digits: digits) == NumberFormatting.human(result, digits: digits) {
                return digits
            }
        }
        return 17
    }
}
