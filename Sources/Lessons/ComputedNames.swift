import Autograd
import Calc

/// The names in a check that the learner computed (`e = a*b`), and how to
/// compute them again at another point.
///
/// A computed name is not a free variable: `r = a*a*b` is the same
/// function as `r = e*a` when `e = a*b`. So where an equivalence check draws
/// random values, it draws them for the names the computed ones are made of
/// (`a` and `b`), and computes `e` again from its own graph at those values.
/// Drawing `e` on its own would compare `a*a*b` with `e*a` at points where
/// `e` is not `a*b`, and reject a right answer.
struct ComputedNames {
    /// A computed name whose graph is larger than this is treated as a
    /// variable: replaying it at every point would cost more than the
    /// check is worth.
    static let maxGraph = 200_000

    let workspace: Workspace
    /// The computed names, in the order they were given, each with its
    /// graph (`graph[index]` is true for the nodes its value depends on).
    let names: [(name: String, graph: [Bool])]
    /// Every name to draw values for: the given names that are not
    /// computed, then the names the computed ones read.
    let variables: [String]
    /// Which named leaf each leaf node is: its name and its place in it.
    private let owners: [Int32: (name: String, element: Int)]

    init(_ given: [String], in workspace: Workspace) {
        self.workspace = workspace
        let tape = workspace.tape
        var owners: [Int32: (name: String, element: Int)] = [:]
        for name in workspace.names {
            guard let nodes = workspace.value(named: name)?.nodes,
                nodes.allSatisfy({ tape.operation($0).arity == 0 })
            else { continue }
            for (element, node) in nodes.enumerated() { owners[node.index] = (name, element) }
        }
        self.owners = owners

        var computed: [(name: String, graph: [Bool])] = []
        var variables: [String] = []
        var inputs: [String] = []
        for name in given {
            guard let nodes = workspace.value(named: name)?.nodes,
                nodes.contains(where: { tape.operation($0).arity > 0 })
            else {
                variables.append(name)
                continue
            }
            let graph = tape.dependencies(of: nodes)
            guard graph.lazy.filter({ $0 }).count <= Self.maxGraph else {
                variables.append(name)
                continue
            }
            computed.append((name, graph))
            for index in graph.indices where graph[index] {
                if let owner = owners[Int32(index)], !inputs.contains(owner.name) { inputs.append(owner.name) }
            }
        }
        names = computed
        self.variables = variables + inputs.filter { input in
            !variables.contains(input) && !computed.contains { $0.name == input }
        }
    }

    /// Binds every computed name in `scratch` to its graph built again
    /// there, from the values its variables have in `scratch` (bind those
    /// first). A leaf that no variable names keeps its value, as a constant.
    func replay(into scratch: Workspace) {
        let tape = workspace.tape
        for (name, graph) in names {
            guard let value = workspace.value(named: name) else { continue }
            var copies = [Node?](repeating: nil, count: graph.count)
            for index in graph.indices where graph[index] {
                let node = Node(index: Int32(index))
                let operation = tape.operation(node)
                if operation.arity == 0 {
                    if let owner = owners[node.index], let drawn = scratch.value(named: owner.name)?.nodes,
                        owner.element < drawn.count
                    {
                        copies[index] = drawn[owner.element]
                    } else {
                        copies[index] = scratch.tape.constant(tape.data(node))
                    }
                } else {
                    let inputs = tape.inputs(node).map { copies[Int($0.index)]! }
                    copies[index] = scratch.tape.apply(operation, inputs[0], inputs.count > 1 ? inputs[1] : nil)
                }
            }
            let copied: Value
            switch value {
            case .scalar(let node): copied = .scalar(copies[Int(node.index)]!)
            case .array(let array):
                copied = .array(NodeArray(shape: array.shape, elements: array.elements.map { copies[Int($0.index)]! }))
            }
            // Nodes made before `createdFrom` keep their labels: none are needed here.
            scratch.bind(name, to: copied, createdFrom: scratch.tape.count)
        }
    }
}
