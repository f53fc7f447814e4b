/// Which nodes a result depends on, and reclaiming the ones nothing needs.
extension Tape {
    /// Marks every node that some node of `roots` depends on (the roots
    /// included), in one walk down the tape: no recursion, any depth.
    /// `mask[node.index]` is true for the nodes of the subgraph.
    public func dependencies(of roots: [Node]) -> [Bool] {
        var needed = [Bool](repeating: false, count: count)
        var highest = -1
        for root in roots where contains(root) {
            needed[Int(root.index)] = true
            highest = Swift.max(highest, Int(root.index))
        }
        var index = highest
        while index >= 0 {
            if needed[index] {
                switch operations[index].arity {
                case 0: break
                case 1: needed[Int(firstInputs[index])] = true
                default:
                    needed[Int(firstInputs[index])] = true
                    needed[Int(secondInputs[index])] = true
                }
            }
            index -= 1
        }
        return needed
    }

    /// The nodes `output` depends on, itself included, inputs before the
    /// nodes that use them (topological order).
    public func subgraph(of output: Node) -> [Node] {
        subgraph(of: [output])
    }

    /// The nodes any of `roots` depends on, in topological order.
    public func subgraph(of roots: [Node]) -> [Node] {
        let needed = dependencies(of: roots)
        var nodes: [Node] = []
        for index in needed.indices where needed[index] {
            nodes.append(Node(index: Int32(index)))
        }
        return nodes
    }

    /// Drops every node that none of `roots` depends on and moves the rest
    /// down, keeping their order (so the tape stays topologically sorted).
    ///
    /// Returns where each old node went: the caller must translate every
    /// `Node` it keeps through the result, since indices change.
    @discardableResult
    public func compact(keeping roots: [Node]) -> Relocation {
        let needed = dependencies(of: roots)
        var newIndex = [Int32](repeating: -1, count: count)
        var next = 0
        for old in 0..<count where needed[old] {
            newIndex[old] = Int32(next)
            operations[next] = operations[old]
            let arity = operations[old].arity
            firstInputs[next] = arity >= 1 ? newIndex[Int(firstInputs[old])] : -1
            secondInputs[next] = arity == 2 ? newIndex[Int(secondInputs[old])] : -1
            data[next] = data[old]
            grads[next] = grads[old]
            if next < labels.count { labels[next] = old < labels.count ? labels[old] : nil }
            next += 1
        }
        if labels.count > next { labels.removeSubrange(next...) }
        nodeCount = next
        gradientsWritten = Swift.min(gradientsWritten, next)
        // Give memory back when most of the tape was garbage.
        if capacity > 4096 && next < capacity / 4 {
            resize(to: Swift.max(1024, next * 2))
        }
        return Relocation(newIndex: newIndex)
    }
}

/// Where the nodes went in a ``Tape/compact(keeping:)``.
public struct Relocation: Sendable {
    let newIndex: [Int32]

    /// The node's new handle, or nil if it was dropped.
    public subscript(node: Node) -> Node? {
        guard node.index >= 0, Int(node.index) < newIndex.count else { return nil }
        let index = newIndex[Int(node.index)]
        return index >= 0 ? Node(index: index) : nil
    }
}
