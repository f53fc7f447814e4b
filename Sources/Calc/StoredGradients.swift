import Autograd

/// The gradients a workspace keeps between backward passes when
/// accumulate is on (`:set accumulate on`): each backward pass *adds* its
/// gradients into them, as `loss.backward()` does into PyTorch's `.grad`
/// (and micrograd's) until `zero_grad()` clears them.
///
/// Off (the default), nothing is kept: every backward pass starts from 0
/// and the tape's own gradients are those of the last pass
/// (``Tape/backward(from:)``). The store is by node index; a pass adds,
/// for every node, the gradient *that pass* computed (what PyTorch keeps in
/// a leaf's `.grad`; micrograd, calling `backward()` twice on one graph,
/// would also pass an inner node's old gradient on again: see
/// docs/decisions.md, "Accumulating gradients").
public struct StoredGradients: Sendable {
    /// Whether backward passes add into the stored gradients.
    public var isAccumulating = false
    /// The sum of every pass's gradient since the last zeroing, by node index.
    private var sums: [Double] = []
    /// How many backward passes were added since the last zeroing.
    public private(set) var passes = 0

    public init() {}

    /// The stored gradient of `node`: 0 for a node no pass reached.
    public func grad(_ node: Node) -> Double {
        let index = Int(node.index)
        return index >= 0 && index < sums.count ? sums[index] : 0
    }

    /// Whether no pass was added since the last zeroing.
    public var isEmpty: Bool { passes == 0 }

    /// Adds the gradients `tape` holds after `backward(from: output)` into
    /// the store: one more pass.
    public mutating func add(passFrom output: Node, on tape: Tape) {
        let last = Int(output.index)
        if sums.count < last + 1 { sums.append(contentsOf: repeatElement(0, count: last + 1 - sums.count)) }
        for index in 0...last {
            sums[index] += tape.grad(Node(index: Int32(index)))
        }
        passes += 1
    }

    /// `zero_grad()`: every stored gradient back to 0, no pass counted.
    public mutating func zero() {
        sums = []
        passes = 0
    }

    /// Forgets the gradients of nodes from `count` on (the tape was cut
    /// back: an error dropped a statement's nodes, a checkpoint was put
    /// back), so that new nodes in their places start at 0.
    mutating func truncate(to count: Int) {
        if sums.count > count { sums.removeSubrange(count...) }
    }

    /// The same gradients at the nodes' new places after a compaction.
    mutating func relocate(_ relocation: Relocation, count: Int) {
        guard !sums.isEmpty else { return }
        var moved = [Double](repeating: 0, count: count)
        for (index, sum) in sums.enumerated() where sum != 0 {
            if let node = relocation[Node(index: Int32(index))] { moved[Int(node.index)] = sum }
        }
        sums = moved
    }
}
