import TextKit
import Autograd
import Calc

/// `:explain`: the chain rule at every node of a graph, from the output
/// down, with the formula and the numbers:
///
/// ```
/// dL/da = dL/de * de/da = -2 * b = -2 * -3 = 6
/// ```
///
/// A node used more than once gets one line per use and their sum, which
/// is why its gradient is larger than any one path's. The formulas are the
/// engine's own (`OperationRule.derivativeFormulas`), with the inputs'
/// labels put in for `x` and `y`.
public struct ChainRuleExplanation {
    public var style: Style
    /// The language of the words around the formulas.
    public var language: Language
    private var rule: ChainRule
    public let output: Node
    /// Every use of each node inside the graph: which node uses it, as
    /// which input.
    private var uses: [Node: [(user: Node, position: Int)]] = [:]
    /// The graph in topological order.
    public let nodes: [Node]

    /// The tape's gradients must be those of `output` (run `backward` first).
    public init(workspace: Workspace, output: Node, style: Style, language: Language = .en) {
        self.style = style
        self.language = language
        self.output = output
        rule = ChainRule(workspace: workspace)
        nodes = workspace.tape.subgraph(of: output)
        for node in nodes {
            for (position, input) in workspace.tape.inputs(node).enumerated() {
                uses[input, default: []].append((node, position))
            }
        }
    }

    /// The output's label, as the explanation writes it.
    public var outputLabel: String { mutating get { rule.labels.label(output) } }

    /// One node's explanation as `:explain --json` writes it: its label,
    /// the derivative explained (`dL/da`), its value, and `lines`, which
    /// ``explain(_:)`` gave.
    public mutating func step(_ node: Node, lines: [String]) -> CommandJSON.ExplainedNode {
        CommandJSON.ExplainedNode(
            label: rule.labels.label(node), derivative: rule.derivative(of: output, by: node), grad: rule.tape.grad(node),
            lines: lines)
    }

    /// The lines that explain the gradient of one node.
    public mutating func explain(_ node: Node) -> [String] {
        let whole = rule.derivative(of: output, by: node)
        if node == output {
            return ["\(whole) = 1" + style.dim("  " + ExplanationMessage.outputStartsHere.text(language))]
        }
        let gradient = rule.tape.grad(node)
        let nodeUses = uses[node] ?? []
        if nodeUses.isEmpty {
            return ["\(whole) = 0" + style.dim("  " + ExplanationMessage.outputDoesNotDepend.text(language))]
        }
        if nodeUses.count == 1 {
            let (user, position) = nodeUses[0]
            let (stages, digits) = steps(user, position)
            let result = NumberFormatting.human(gradient, digits: digits)
            return ["\(ChainRule.chain([whole] + stages + [result]))" + note(user)]
        }
        var lines = [
            ExplanationMessage.usedTimes(gradient: whole, label: rule.labels.label(node), times: nodeUses.count).text(language)
        ]
        var values: [Double] = []
        let twice = Dictionary(grouping: nodeUses, by: \.user.index).filter { $0.value.count > 1 }
        for (user, position) in nodeUses {
            let share = rule.share(from: user, input: position)
            values.append(share.value)
            var via = ExplanationMessage.via(rule.definition(of: user)).text(language)
            if twice[user.index] != nil { via += (position == 0 ? ExplanationMessage.left : .right).text(language) }
            let (stages, digits) = steps(user, position)
            let colon = language == .zh ? "：" : ": "
            lines.append("  \(via)\(colon)" + ChainRule.chain(stages + [NumberFormatting.human(share.value, digits: digits)]))
        }
        let digits = ChainRule.consistentDigits(values, gradient, combine: +)
        lines.append(
            "  \(whole) = \(ChainRule.sum(values, digits: digits)) = \(NumberFormatting.human(gradient, digits: digits))")
        return lines
    }

    /// `dL/de * de/da`, `-2 * b`, `-2 * -3`; just the local derivative
    /// when the user is the output itself (dL/dL = 1). With the digits the
    /// numbers are shown with, for the result that follows them.
    private mutating func steps(_ user: Node, _ position: Int) -> (stages: [String], digits: Int) {
        let input = rule.tape.inputs(user)[position]
        if user == output {
            let (symbolic, numeric, _) = rule.formula(of: user, input: position)
            return ([symbolic, numeric], 4)
        }
        let chain = rule.derivative(of: output, by: user) + " * " + rule.derivative(of: user, by: input)
        let share = rule.share(from: user, input: position)
        return ([chain] + share.stages, share.digits)
    }

    /// What the user node is, when its label does not already say it.
    private mutating func note(_ user: Node) -> String {
        let definition = rule.definition(of: user)
        return definition.contains(" = ") ? style.dim("  (\(definition))") : ""
    }
}
