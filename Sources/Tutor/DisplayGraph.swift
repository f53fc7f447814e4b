import Autograd
import Calc

/// A result's graph as `:graph` and `:dot` show it: one item per scalar
/// node, except that the elements of a named array become one item with
/// the array's shape (unless the elements were asked for), so that a layer
/// `w @ x` reads as a few boxes rather than hundreds.
///
/// Items are in topological order (inputs before the items that use them).
struct DisplayGraph {
    struct Item {
        enum Kind {
            case node(Node)
            /// The elements of the named array `name`, drawn as one.
            case array(name: String, shape: [Int], elements: [Node])
        }

        var kind: Kind
        /// The items it is computed from, in order. A node that uses one
        /// input twice (`a + a`) lists it twice; an array lists each once.
        var inputs: [Int] = []
        /// How many times items of this graph use it: more than once means
        /// its gradient is a sum of several paths.
        var uses = 0
        var label = ""
        /// Bound to a name (or an element of a named array), so it stands out.
        var named = false
    }

    private(set) var items: [Item] = []
    /// The items of the result itself: one for a scalar or a named array,
    /// one per element for an unnamed array.
    private(set) var roots: [Int] = []
    /// Scalar nodes behind the items.
    let nodeCount: Int

    /// Above this many nodes, labels are built bottom-up first (see below).
    static let largeGraph = 10_000

    init(of roots: [Node], workspace: Workspace, showElements: Bool) {
        let tape = workspace.tape
        let nodes = tape.subgraph(of: roots)
        nodeCount = nodes.count
        var labels = NodeLabels(workspace: workspace)
        // NodeLabels spells an unnamed node from its inputs' labels,
        // recursively; on a long chain of unnamed nodes (the sum of a
        // million elements) that recursion is as deep as the chain. Asking
        // in topological order keeps each call one level deep, because
        // every input's label is already cached.
        if nodes.count > DisplayGraph.largeGraph {
            for node in nodes { _ = labels.label(node) }
        }

        var owner: [Node: (name: String, array: NodeArray)] = [:]
        if !showElements {
            for name in workspace.names {
                guard case .array(let array) = workspace.value(named: name) else { continue }
                for element in array.elements where owner[element] == nil { owner[element] = (name, array) }
            }
        }

        var itemOf = [Int32](repeating: -1, count: tape.count)
        var arrayItems: [String: Int] = [:]
        var arrayInputs: [Int: Set<Int>] = [:]
        for node in nodes {
            let item: Int
            if let (name, array) = owner[node] {
                if let existing = arrayItems[name] {
                    item = existing
                } else {
                    item = items.count
                    arrayItems[name] = item
                    items.append(Item(kind: .array(name: name, shape: array.shape, elements: array.elements), label: name, named: true))
                }
            } else {
                item = items.count
                items.append(Item(kind: .node(node), label: labels.label(node), named: labels.boundName(node) != nil))
            }
            itemOf[Int(node.index)] = Int32(item)
            for input in tape.inputs(node) {
                let source = Int(itemOf[Int(input.index)])
                if source == item { continue }  // inside one array
                if case .array = items[item].kind {
                    guard arrayInputs[item, default: []].insert(source).inserted else { continue }
                }
                items[item].inputs.append(source)
                items[source].uses += 1
            }
        }
        var seen = Set<Int>()
        for root in roots where tape.contains(root) {
            let item = Int(itemOf[Int(root.index)])
            if seen.insert(item).inserted { self.roots.append(item) }
        }
    }

    /// The operation shown for an item: the node's, or the one every
    /// element of an array shares (`mixed` otherwise).
    func operation(of item: Item, in tape: Tape) -> String {
        switch item.kind {
        case .node(let node):
            return tape.operation(node).name
        case .array(_, _, let elements):
            let names = Set(elements.map { tape.operation($0).name })
            return names.count == 1 ? names.first! : "mixed"
        }
    }
}
