import TextKit
import Autograd
import Calc

/// What commands, errors and warnings write under `--json` (docs/json.md),
/// as JSON values: the one place their shape is decided, beside
/// ``ResultJSON`` for results. The session adds the members every command
/// object has (`command`, `input`, `text`); these build the rest.
public enum CommandJSON {
    /// An error or a warning: `{"error": {...}}` or `{"warning": {...}}`,
    /// with `message`, `hint` when there is one, `file` (the script, or
    /// `<-e>`, `<stdin>`), `line` and `column` when known, and for a warning
    /// its `kind`.
    public static func diagnostic(_ diagnostic: Diagnostic, file: String, language: Language) -> JSON {
        var members: [(String, JSON)] = []
        if diagnostic.severity == .warning { members.append(("kind", .string(kind(of: diagnostic)))) }
        members.append(("message", .string(diagnostic.message(in: language))))
        if let hint = diagnostic.hint(in: language) { members.append(("hint", .string(hint))) }
        members.append(("file", .string(file)))
        if let location = diagnostic.location {
            members.append(("line", .int(location.line)))
            members.append(("column", .int(location.column)))
        }
        return .object([(diagnostic.severity.rawValue, .object(members))])
    }

    /// A warning's kind: `nan`, `infinity` or `-infinity` for a number that
    /// stopped being finite (the language's only warnings), else `warning`.
    public static func kind(of diagnostic: Diagnostic) -> String {
        guard case .nonFinite(_, let what) = diagnostic.calcMessage else { return "warning" }
        switch what {
        case .nan: return "nan"
        case .infinity: return "infinity"
        case .negativeInfinity: return "-infinity"
        }
    }

    /// `:check`: per node its `label`, autograd's gradient, the central
    /// difference, their error and the `verdict` (`agrees`, `differs`, or
    /// `cannot compare` when either is not finite); then `passed`, whether
    /// every node agrees.
    public static func check(_ entries: [GradientCheck.Entry], workspace: Workspace) -> [(String, JSON)] {
        let labels = NodeLabeler(workspace: workspace)
        let nodes: [JSON] = entries.map { entry in
            .object([
                ("label", .string(labels.label(entry.node))),
                ("autograd", .number(entry.autograd)),
                ("numerical", .number(entry.numerical)),
                ("error", entry.comparable ? .number(entry.error) : .null),
                ("tolerance", .number(entry.tolerance)),
                ("verdict", .string(entry.passed ? "agrees" : entry.comparable ? "differs" : "cannot compare")),
            ])
        }
        return [("nodes", .array(nodes)), ("passed", .bool(entries.allSatisfy(\.passed)))]
    }

    /// One step of `:explain`: the node, the derivative it explains
    /// (`dL/da`), its value, and the lines of the chain rule as text.
    public struct ExplainedNode {
        public var label: String
        public var derivative: String
        public var grad: Double
        public var lines: [String]

        public init(label: String, derivative: String, grad: Double, lines: [String]) {
            self.label = label
            self.derivative = derivative
            self.grad = grad
            self.lines = lines
        }
    }

    /// `:explain`: `output` (the label of the result) and `steps`, from the
    /// output to the leaves.
    public static func explain(output: String, steps: [ExplainedNode]) -> [(String, JSON)] {
        [
            ("output", .string(output)),
            ("steps", .array(steps.map { step in
                .object([
                    ("label", .string(step.label)), ("derivative", .string(step.derivative)),
                    ("grad", .number(step.grad)), ("chain", .array(step.lines.map(JSON.string))),
                ])
            })),
        ]
    }

    /// `:graph` and `:nodes`: the graph of `roots` as `nodes` (as a result's
    /// `nodes`: id, label, op, data, grad, inputs) and `edges`, each
    /// `{"from": input, "to": user}` by id.
    public static func graph(of roots: [Node], workspace: Workspace) -> [(String, JSON)] {
        let nodes = workspace.tape.subgraph(of: roots)
        var id: [Node: Int] = [:]
        for (index, node) in nodes.enumerated() { id[node] = index }
        var edges: [JSON] = []
        for node in nodes {
            for input in workspace.tape.inputs(node) {
                edges.append(.object([("from", .int(id[input]!)), ("to", .int(id[node]!))]))
            }
        }
        return [("nodes", ResultJSON(workspace: workspace).nodes(nodes)), ("edges", .array(edges))]
    }

    /// `:train`: the `loss` trained, its `steps` asked for, the learning
    /// `rate`, the `parameters` moved, `losses` (before the first step,
    /// then after each step done) and how it `ended` (`finished`,
    /// `interrupted`, `diverged`).
    public static func train(
        loss: String, steps: Int, rate: Double, parameters: [String], losses: [Double], ended: String
    ) -> [(String, JSON)] {
        [
            ("loss", .string(loss)), ("steps", .int(steps)), ("rate", .number(rate)),
            ("parameters", .array(parameters.map(JSON.string))),
            ("losses", .array(losses.map(JSON.number))), ("ended", .string(ended)),
        ]
    }
}
