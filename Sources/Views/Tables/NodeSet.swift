import Autograd

/// A set of nodes of one tape as one flag per tape slot: building it and
/// asking it cost a store and a load, where `Set<Node>` hashes every node
/// (a graph of 65,000 nodes took about 16 million instructions to hash).
public struct NodeSet {
    private var flags: [Bool]

    public init(_ nodes: [Node], tapeCount: Int) {
        flags = [Bool](repeating: false, count: tapeCount)
        for node in nodes where node.index >= 0 && Int(node.index) < tapeCount {
            flags[Int(node.index)] = true
        }
    }

    public func contains(_ node: Node) -> Bool {
        node.index >= 0 && Int(node.index) < flags.count && flags[Int(node.index)]
    }
}
