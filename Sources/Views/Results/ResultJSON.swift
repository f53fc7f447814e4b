import TextKit
import Autograd
import Calc

/// One statement's result as a JSON object, the `--json` contract:
///
/// ```
/// {"input": "c = a*b + 1", "name": "c", "value": -5,
///  "grad": {"a": -3, "b": 2},
///  "nodes": [{"id": 0, "label": "a", "op": "leaf", "data": 2, "grad": -3, "inputs": []}, ...]}
/// ```
///
/// `grad` and `nodes` belong to scalar results. `grad` holds, for every name
/// bound to a node (or an array of nodes) in the result's graph, the
/// derivative of the result with respect to it. `nodes` lists the graph in
/// topological order (inputs first), numbered from 0.
public struct ResultJSON {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// Call after `backward` from the result, so that gradients are current.
    public func encode(_ evaluation: Evaluation) -> String {
        var text = ""
        write(evaluation) { text += $0 }
        return text
    }

    /// The object ``encode(_:)`` makes, as a value.
    public func json(_ evaluation: Evaluation) -> JSON {
        let (members, nodes) = parts(evaluation)
        guard let nodes else { return .object(members) }
        return .object(members + [("nodes", .array((0..<nodes.count).map(nodes.element)))])
    }

    /// The object of ``encode(_:)`` written in pieces as it is made (see
    /// ``JSON/writeObject(_:lastArray:count:element:to:piece:shouldStop:)``):
    /// a graph of millions of nodes is written in time and memory linear
    /// in its size, and Ctrl-C stops it between pieces. Returns false
    /// when it stopped before the end (the line is still valid JSON, with
    /// the nodes written so far).
    @discardableResult
    public func write(_ evaluation: Evaluation, to output: (String) -> Void, shouldStop: () -> Bool = { false }) -> Bool {
        let (members, nodes) = parts(evaluation)
        guard let nodes else {
            output(JSON.object(members).encoded)
            return true
        }
        return JSON.writeObject(
            members, lastArray: "nodes", count: nodes.count, element: nodes.element, to: output, shouldStop: shouldStop)
    }

    /// Every member but `nodes`, and for a scalar result how to make each
    /// node's object, by its id.
    private func parts(_ evaluation: Evaluation) -> ([(String, JSON)], (count: Int, element: (Int) -> JSON)?) {
        let tape = workspace.tape
        var members: [(String, JSON)] = [
            ("input", .string(evaluation.statement.source)),
            ("name", .string(orNull: evaluation.statement.assignedName)),
            ("value", ResultJSON.value(evaluation.value, reading: tape.data)),
        ]
        guard case .scalar(let output) = evaluation.value else {
            members.append(("shape", .array(evaluation.value.shape.map(JSON.int))))
            return (members, nil)
        }
        let nodes = tape.subgraph(of: output)
        // By tape index, the node's id in this graph, or -1 outside it: an
        // array rather than a dictionary, for a graph of millions of nodes.
        var ids = [Int32](repeating: -1, count: tape.count)
        for (id, node) in nodes.enumerated() { ids[Int(node.index)] = Int32(id) }
        func localID(_ node: Node) -> Int? {
            let id = ids[Int(node.index)]
            return id >= 0 ? Int(id) : nil
        }

        var gradients: [(String, JSON)] = []
        for name in workspace.names {
            let value = workspace.value(named: name)!
            guard value.nodes.contains(where: { localID($0) != nil }) else { continue }
            // Elements outside the graph have gradient 0; the tape may still
            // hold another result's gradient there, so do not read it.
            gradients.append(
                (name, ResultJSON.value(value) { localID($0) != nil ? tape.grad($0) : 0 }))
        }
        members.append(("grad", .object(gradients)))

        let labels = NodeLabeler(workspace: workspace, maxWidth: 60)
        return (members, (nodes.count, { id in
            ResultJSON.object(of: nodes[id], id: id, tape: tape, labels: labels, localID: localID)
        }))
    }

    /// `nodes`, a closed subgraph in topological order, as the `nodes` of
    /// a result: numbered from 0 in this order, `inputs` by those numbers.
    public func nodes(_ nodes: [Node]) -> JSON {
        let tape = workspace.tape
        var localID: [Node: Int] = [:]
        for (id, node) in nodes.enumerated() { localID[node] = id }
        let labels = NodeLabeler(workspace: workspace, maxWidth: 60)
        return .array(nodes.enumerated().map { id, node in
            ResultJSON.object(of: node, id: id, tape: tape, labels: labels, localID: { localID[$0] })
        })
    }

    /// One node's object: its id, label, operation, data, gradient and
    /// its inputs by their ids.
    static func object(of node: Node, id: Int, tape: Tape, labels: NodeLabeler, localID: (Node) -> Int?) -> JSON {
        .object([
            ("id", .int(id)),
            ("label", .string(labels.label(node))),
            ("op", .string(tape.operation(node).name)),
            ("data", .number(tape.data(node))),
            ("grad", .number(tape.grad(node))),
            ("inputs", .array(tape.inputs(node).map { .int(localID($0)!) })),
        ])
    }

    /// A value as a number, a list of numbers, or a list of rows.
    static func value(_ value: Value, reading number: (Node) -> Double) -> JSON {
        switch value {
        case .scalar(let node):
            return .number(number(node))
        case .array(let array):
            let numbers = array.elements.map { JSON.number(number($0)) }
            if array.shape.count == 1 { return .array(numbers) }
            let columns = array.shape[1]
            return .array(
                stride(from: 0, to: numbers.count, by: Swift.max(columns, 1)).map {
                    .array(Array(numbers[$0..<($0 + columns)]))
                })
        }
    }
}
