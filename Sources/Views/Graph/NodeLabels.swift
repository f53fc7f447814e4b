import TextKit
import Autograd
import Calc

/// What to call each node when showing a graph.
///
/// A node bound to a name is called by that name. A node that was named
/// once but whose name has since moved on (`c = c + 1` moves `c`) keeps the
/// old name primed, `c′` (see `Workspace.bind`). Any other node is called by
/// the expression that made it, rebuilt from the graph: `a*b`, `tanh(a)`.
public struct NodeLabels {
    private let workspace: Workspace
    private let maxWidth: Int
    private var names: [Node: String] = [:]
    private var cache: [Node: (text: String, precedence: Int)] = [:]

    public init(workspace: Workspace, maxWidth: Int = 24) {
        self.workspace = workspace
        self.maxWidth = maxWidth
        for (name, value) in workspace.bindings {
            if case .scalar(let node) = value {
                // Of two names for one node (`b = a`), show the first in order.
                if let existing = names[node], existing < name { continue }
                names[node] = name
            }
        }
    }

    /// The name bound to the node, if any: these stand out in tables.
    public func boundName(_ node: Node) -> String? {
        if let name = names[node] { return name }
        // Elements of a named array carry labels like w[0,1].
        if let label = workspace.tape.label(node), let bracket = label.firstIndex(of: "["),
            case .array(let array) = workspace.value(named: String(label[..<bracket])),
            array.elements.contains(node)
        {
            return label
        }
        return nil
    }

    public mutating func label(_ node: Node) -> String {
        rendered(node).text
    }

    /// Precedence of how a node is written, so that inputs get parentheses
    /// only where needed: `(a + b)*c`.
    private mutating func rendered(_ node: Node) -> (text: String, precedence: Int) {
        if let cached = cache[node] { return cached }
        // Inputs are labelled before the nodes made from them, with a stack
        // of our own rather than recursion: the sum of a million elements is
        // a chain a million nodes deep, far deeper than the call stack.
        var stack = [node]
        while let top = stack.last {
            let waiting = spelledFromInputs(top) ? workspace.tape.inputs(top).filter { cache[$0] == nil } : []
            if waiting.isEmpty {
                stack.removeLast()
                if cache[top] == nil { cache[top] = compute(top) }
            } else {
                stack += waiting
            }
        }
        return cache[node]!
    }

    /// Whether `compute` spells the node from its inputs' labels (rather
    /// than by its name, its label or its number).
    private func spelledFromInputs(_ node: Node) -> Bool {
        workspace.tape.operation(node).arity > 0 && workspace.tape.label(node) == nil && boundName(node) == nil
    }

    private mutating func compute(_ node: Node) -> (text: String, precedence: Int) {
        let atom = 9
        if let name = boundName(node) { return (name, atom) }
        let tape = workspace.tape
        if let label = tape.label(node) { return (label, atom) }
        let operation = tape.operation(node)
        switch operation {
        case .leaf, .constant:
            let value = tape.data(node)
            return (NumberFormatting.human(value), value < 0 ? 3 : atom)
        default:
            break
        }
        let inputs = tape.inputs(node)
        // Labels deep inside a long expression are not worth spelling out;
        // stop descending once the text is long.
        func part(_ input: Node, _ needed: Int, rightSide: Bool = false) -> String {
            let (text, precedence) = rendered(input)
            let shortened = text.count > maxWidth ? "…" : text
            let wrap = precedence < needed || (rightSide && precedence == needed && needed != 4)
            return wrap ? "(\(shortened))" : shortened
        }
        switch operation {
        case .add: return ("\(part(inputs[0], 1)) + \(part(inputs[1], 1, rightSide: true))", 1)
        case .subtract: return ("\(part(inputs[0], 1)) - \(part(inputs[1], 1, rightSide: true))", 1)
        case .multiply: return ("\(part(inputs[0], 2))*\(part(inputs[1], 2, rightSide: true))", 2)
        case .divide: return ("\(part(inputs[0], 2))/\(part(inputs[1], 2, rightSide: true))", 2)
        case .power: return ("\(part(inputs[0], 5))^\(part(inputs[1], 4))", 4)
        case .negate: return ("-\(part(inputs[0], 4))", 3)
        default: return ("\(operation.name)(\(part(inputs[0], 0)))", atom)
        }
    }
}
