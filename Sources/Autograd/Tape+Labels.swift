/// Names of nodes: what the learner called them (`a`, `w[0,1]`).
///
/// The engine never reads a name; they are kept on the tape so that they
/// move with their nodes when the tape is compacted.
extension Tape {
    /// The name given to the node, if any.
    public func label(_ node: Node) -> String? {
        let index = Int(node.index)
        return index >= 0 && index < labels.count ? labels[index] : nil
    }

    /// Every node that has a label, in tape order.
    public var labelledNodes: [Node] {
        labels.indices.filter { labels[$0] != nil }.map { Node(index: Int32($0)) }
    }

    /// Names the node, or with nil takes its name away.
    public func setLabel(_ node: Node, _ label: String?) {
        let index = Int(node.index)
        if index >= labels.count {
            guard label != nil else { return }
            labels.append(contentsOf: repeatElement(nil, count: index + 1 - labels.count))
        }
        labels[index] = label
    }

    /// Renames labels in place: each label for which `rename` returns a new
    /// name takes it. One pass over the names, however many there are.
    public func renameLabels(_ rename: (String) -> String?) {
        for index in labels.indices {
            if let label = labels[index], let newLabel = rename(label) { labels[index] = newLabel }
        }
    }
}
