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
        let tape = workspace.tape
        var members: [(String, String)] = [
            ("input", JSONWriter.string(evaluation.statement.source)),
            ("name", evaluation.statement.assignedName.map(JSONWriter.string) ?? "null"),
            ("value", JSONWriter.value(evaluation.value, reading: tape.data)),
        ]
        guard case .scalar(let output) = evaluation.value else {
            members.append(("shape", JSONWriter.array(evaluation.value.shape.map(String.init))))
            return JSONWriter.object(members)
        }
        let nodes = tape.subgraph(of: output)
        var localID: [Node: Int] = [:]
        for (id, node) in nodes.enumerated() { localID[node] = id }

        var gradients: [(String, String)] = []
        for name in workspace.names {
            let value = workspace.value(named: name)!
            guard value.nodes.contains(where: { localID[$0] != nil }) else { continue }
            // Elements outside the graph have gradient 0; the tape may still
            // hold another result's gradient there, so do not read it.
            gradients.append(
                (name, JSONWriter.value(value) { localID[$0] != nil ? tape.grad($0) : 0 }))
        }
        members.append(("grad", JSONWriter.object(gradients)))

        let labels = NodeLabeler(workspace: workspace, maxWidth: 60)
        let encodedNodes = nodes.enumerated().map { id, node in
            JSONWriter.object([
                ("id", String(id)),
                ("label", JSONWriter.string(labels.label(node))),
                ("op", JSONWriter.string(tape.operation(node).name)),
                ("data", JSONWriter.number(tape.data(node))),
                ("grad", JSONWriter.number(tape.grad(node))),
                ("inputs", JSONWriter.array(tape.inputs(node).map { String(localID[$0]!) })),
            ])
        }
        members.append(("nodes", JSONWriter.array(encodedNodes)))
        return JSONWriter.object(members)
    }
}

extension JSONWriter {
    /// A value as a number or nested lists of numbers.
    public static func value(_ value: Value, reading number: (Node) -> Double) -> String {
        switch value {
        case .scalar(let node):
            return self.number(number(node))
        case .array(let array):
            let numbers = array.elements.map { self.number(number($0)) }
            if array.shape.count == 1 { return self.array(numbers) }
            let columns = array.shape[1]
            return self.array(
                stride(from: 0, to: numbers.count, by: Swift.max(columns, 1)).map {
                    self.array(Array(numbers[$0..<($0 + columns)]))
                })
        }
    }
}
