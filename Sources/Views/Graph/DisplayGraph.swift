import Autograd
import Calc

/// A result's graph as `:graph` and `:dot` show it: one item per scalar
/// node, except that the elements of a named array become one item with
/// the array's shape (unless the elements were asked for), so that a layer
/// `w @ x` reads as a few boxes rather than hundreds.
///
/// Items are numbered in topological order (inputs before the items that
/// use them). Only what every item needs is stored; labels and inputs are
/// worked out when asked for, since a drawing shows the top of a graph that
/// may have millions of nodes.
public struct DisplayGraph {
    public enum Item {
        case node(Node)
        /// One of `arrays`, drawn as a single item.
        case array(Int)
    }

    /// The elements of a named array, shown as one item.
    public struct ArrayGroup {
        public var name: String
        public var shape: [Int]
        public var elements: [Node]
        /// The items its elements are computed from, each once.
        public var inputs: [Int] = []
    }

    public private(set) var items: [Item] = []
    /// How many times items of this graph use each item: more than once
    /// means its gradient is a sum over several paths.
    public private(set) var uses: [Int32] = []
    public private(set) var arrays: [ArrayGroup] = []
    /// The items of the result itself: one for a scalar or a named array,
    /// one per element for an unnamed array.
    public private(set) var roots: [Int] = []
    /// Scalar nodes behind the items.
    public let nodeCount: Int
    private let tape: Tape
    /// The item of each node of the tape (-1 outside the graph).
    private var itemOf: [Int32]
    private let labels: NodeLabeler

    /// `labelWidth` is the labeller's: inputs whose label is longer are
    /// written `…` (`:draw` keeps its boxes narrow with a small one).
    public init(of roots: [Node], workspace: Workspace, showElements: Bool, labelWidth: Int = 24) {
        tape = workspace.tape
        labels = NodeLabeler(workspace: workspace, maxWidth: labelWidth)
        let nodes = tape.subgraph(of: roots)
        nodeCount = nodes.count
        itemOf = [Int32](repeating: -1, count: tape.count)

        var owner: [Node: Int] = [:]
        if !showElements {
            for name in workspace.names {
                guard case .array(let array) = workspace.value(named: name) else { continue }
                var claimed = false
                for element in array.elements where owner[element] == nil {
                    owner[element] = arrays.count
                    claimed = true
                }
                if claimed { arrays.append(ArrayGroup(name: name, shape: array.shape, elements: array.elements)) }
            }
        }
        var arrayItem = [Int](repeating: -1, count: arrays.count)
        var arrayInputs = [Set<Int>](repeating: [], count: arrays.count)
        items.reserveCapacity(nodes.count)
        uses.reserveCapacity(nodes.count)
        for node in nodes {
            let index = Int(node.index)
            let inputs = tape.inputs(node)
            let item: Int
            if let group = owner[node] {
                if arrayItem[group] < 0 {
                    arrayItem[group] = items.count
                    items.append(.array(group))
                    uses.append(0)
                }
                item = arrayItem[group]
            } else {
                item = items.count
                items.append(.node(node))
                uses.append(0)
            }
            itemOf[index] = Int32(item)
            for input in inputs {
                let source = Int(itemOf[Int(input.index)])
                if source == item { continue }  // inside one array
                if let group = owner[node] {
                    guard arrayInputs[group].insert(source).inserted else { continue }
                    arrays[group].inputs.append(source)
                }
                uses[source] += 1
            }
        }
        var seen = Set<Int>()
        for root in roots where tape.contains(root) {
            let item = Int(itemOf[Int(root.index)])
            if seen.insert(item).inserted { self.roots.append(item) }
        }
    }

    /// The items an item is computed from, in order. A node that uses one
    /// input twice (`a + a`) lists it twice; an array lists each once.
    public func inputs(of item: Int) -> [Int] {
        switch items[item] {
        case .node(let node): tape.inputs(node).map { Int(itemOf[Int($0.index)]) }
        case .array(let group): arrays[group].inputs
        }
    }

    /// Its name, or the expression that made it (`a*b`).
    public func label(of item: Int) -> String {
        switch items[item] {
        case .array(let group):
            return arrays[group].name
        case .node(let node):
            return labels.label(node)
        }
    }

    /// Bound to a name (or an element of a named array), so it stands out.
    public func isNamed(_ item: Int) -> Bool {
        switch items[item] {
        case .array: true
        case .node(let node): labels.boundName(node) != nil
        }
    }

    /// The operation shown: the node's, or the one every element of an
    /// array shares (`mixed` otherwise).
    public func operation(of item: Int) -> String {
        switch items[item] {
        case .node(let node):
            return tape.operation(node).name
        case .array(let group):
            let names = Set(arrays[group].elements.map { tape.operation($0).name })
            return names.count == 1 ? names.first! : "mixed"
        }
    }
}
