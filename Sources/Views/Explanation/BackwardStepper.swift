import TextKit
import Autograd
import Calc

/// `:backward`: the backward pass, one node at a time, exactly in the
/// engine's order (`Tape.backward(from:)`): every gradient starts at 0 and
/// the output's at 1; then, from the output down, each node passes
/// `its grad × local derivative` to each of its inputs, which add it (`+=`)
/// to what they have.
///
/// The stepper does the same arithmetic on the tape with `setGrad`, so after
/// the last step the gradients are the ones `backward` gives.
public struct BackwardStepper {
    public let output: Node
    private var rule: ChainRule
    /// The nodes that pass gradients on (not leaves or constants), from the
    /// output down.
    private let steps: [Node]
    public private(set) var done = 0

    public init(workspace: Workspace, output: Node) {
        self.output = output
        rule = ChainRule(workspace: workspace)
        let nodes = workspace.tape.subgraph(of: output)
        steps = nodes.reversed().filter { workspace.tape.operation($0).arity > 0 }
        for node in nodes { workspace.tape.setGrad(node, 0) }
        workspace.tape.setGrad(output, 1)
    }

    public var count: Int { steps.count }
    public var isFinished: Bool { done == steps.count }

    /// What the walk starts from.
    public mutating func introduction(style: Style, language: Language = .en) -> String {
        let name = rule.labels.label(output)
        return ExplanationMessage.startsAtZero(outputGradient: rule.derivative(of: output, by: output)).text(language)
            + (steps.isEmpty ? "\n" + ExplanationMessage.leafNothingToPass(name).text(language) : "")
    }

    /// Applies the next node's local derivatives and says what changed.
    public mutating func step(style: Style, language: Language = .en) -> String {
        guard !isFinished else { return "" }
        let node = steps[done]
        done += 1
        let tape = rule.tape
        let gradient = tape.grad(node)
        var lines = [
            // No space after a full-width colon.
            style.bold(ExplanationMessage.stepOf(done, total: steps.count).text(language)) + (language == .zh ? "" : " ")
                + ExplanationMessage.stepGradient(
                    definition: rule.definition(of: node), gradient: NumberFormatting.human(gradient)
                ).text(language)
        ]
        if gradient == 0 {
            lines.append("  " + ExplanationMessage.zeroGradient.text(language))
            return lines.joined(separator: "\n")
        }
        let inputs = tape.inputs(node)
        // Work out every share before adding any: for `a + a` both shares
        // come from the same gradient.
        let values = inputs.indices.map { rule.share(from: node, input: $0).value }
        for (position, input) in inputs.enumerated() {
            let before = tape.grad(input)
            let after = before + values[position]
            tape.setGrad(input, after)
            // As many digits as it takes for the line, `before + g * local
            // = after`, to check out on paper from the numbers it shows,
            // and at least as many as the share's own product needs.
            let (g, slope) = (tape.grad(node), rule.localDerivative(of: node, input: position))
            let product = ChainRule.consistentDigits([g, slope], g * slope, combine: *)
            let digits = ChainRule.consistentDigits(after, from: product) { shown in shown(before) + shown(g) * shown(slope) }
            let share = rule.share(from: node, input: position, digits: digits)
            let label = rule.labels.atom(input)
            let local = rule.derivative(of: node, by: input) + " = " + rule.formula(of: node, input: position).symbolic
            let shown = NumberFormatting.human(before, digits: share.digits)
            let stages = share.stages.map { "\(shown) + \($0)" }
            lines.append(
                "  \(label).grad = " + ChainRule.chain(stages + [NumberFormatting.human(after, digits: share.digits)])
                    + style.dim("  (\(local))"))
        }
        return lines.joined(separator: "\n")
    }
}
