import TextKit
import Autograd
import Calc

/// ``NodeLabels`` for graphs of any depth.
///
/// NodeLabels spells an unnamed node from its inputs' labels, recursively,
/// so on a long chain of unnamed nodes (the sum of a million elements is a
/// chain a million long) the recursion would be as deep as the chain. Past
/// `maxDepth` unnamed levels a node is spelled here from its inputs
/// directly, with `…` for an input that is itself that deep, as NodeLabels
/// shortens long inputs anyway.
public struct GraphLabels {
    public static let maxDepth: Int32 = 256

    private var labels: NodeLabels
    private let tape: Tape
    /// Unnamed levels below each node of the tape: 0 for leaves, constants
    /// and named nodes. Filled on the first label asked for.
    private var unnamedDepth: [Int32] = []

    public init(workspace: Workspace) {
        labels = NodeLabels(workspace: workspace)
        tape = workspace.tape
    }

    public mutating func label(_ node: Node) -> String {
        if unnamedDepth.count != tape.count { measureDepths() }
        guard unnamedDepth[Int(node.index)] > GraphLabels.maxDepth else { return labels.label(node) }
        let inputs = tape.inputs(node).map { input in
            unnamedDepth[Int(input.index)] >= GraphLabels.maxDepth ? "…" : labels.label(input)
        }
        return ChainRule.expression(tape.operation(node), inputs)
    }

    public func boundName(_ node: Node) -> String? {
        labels.boundName(node)
    }

    /// One pass up the tape: inputs come before the nodes made from them.
    private mutating func measureDepths() {
        unnamedDepth = [Int32](repeating: 0, count: tape.count)
        for index in 0..<tape.count {
            let node = Node(index: Int32(index))
            guard tape.operation(node).arity > 0, tape.label(node) == nil else { continue }
            var deepest: Int32 = 0
            for input in tape.inputs(node) { deepest = Swift.max(deepest, unnamedDepth[Int(input.index)]) }
            unnamedDepth[index] = deepest + 1
        }
    }
}
