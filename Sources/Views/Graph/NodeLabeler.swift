import Autograd
import Calc
import TextKit

/// What to call each node, wherever a node is shown: tables, `--json`,
/// `:graph`, `:explain`, `:backward`, `:check` and `:dot` all ask this one
/// labeller, so a node has one name everywhere.
///
/// A node bound to a name is called by that name. A node that was named
/// once but whose name has since moved on (`c = c + 1` moves `c`) keeps the
/// old name primed, `c′` (see `Workspace.bind`). Any other node is written
/// as the expression that made it, rebuilt from the graph by each
/// operation's own spelling (``Operation/written(_:)``): `a*b`, `tanh(a)`,
/// `a*(b/c)`, with brackets exactly where the language needs them, so a
/// label reads back as the graph it names.
///
/// The labeller is a value whose labels are remembered as they are made, so
/// one labeller can be asked again and again at no cost; copies share what
/// they remember.
public struct NodeLabeler {
    /// A node written out, with how tightly its text holds together (one of
    /// the ``Precedence`` levels), so that a node using it knows whether to
    /// bracket it: `(a + b)*c`.
    public typealias Written = (text: String, precedence: Int)

    private let workspace: Workspace
    /// Inputs whose text is longer than this are written `…`: labels deep
    /// inside a long expression are not worth spelling out.
    private let maxWidth: Int
    private let memory: Memory

    /// The names bound to nodes, and the labels made so far. A class, so
    /// that asking for a label does not make the labeller `mutating`.
    private final class Memory {
        var names: [Node: String] = [:]
        /// By index, whether `names` holds the node: a table asks
        /// ``boundName(_:)`` of every node of its graph, and most have no
        /// name, which this answers without hashing.
        var isBound: [Bool] = []
        var written: [Node: Written] = [:]
    }

    public init(workspace: Workspace, maxWidth: Int = 24) {
        self.workspace = workspace
        self.maxWidth = maxWidth
        memory = Memory()
        for (name, value) in workspace.bindings {
            if case .scalar(let node) = value {
                // Of two names for one node (`b = a`), show the first in order.
                if let existing = memory.names[node], existing < name { continue }
                memory.names[node] = name
            }
        }
        let last = memory.names.keys.map { Int($0.index) }.max() ?? -1
        memory.isBound = [Bool](repeating: false, count: last + 1)
        for node in memory.names.keys { memory.isBound[Int(node.index)] = true }
    }

    /// The name bound to the node, if any: these stand out in tables.
    public func boundName(_ node: Node) -> String? {
        let index = Int(node.index)
        if index >= 0, index < memory.isBound.count, memory.isBound[index], let name = memory.names[node] { return name }
        // Elements of a named array carry labels like w[0,1]; a label whose
        // name has moved on since (`w′[0,1]`) names an earlier array.
        let tape = workspace.tape
        if let label = tape.givenLabel(node), isElement(node, labelled: label), tape.currentLabel(node) != nil {
            return label
        }
        return nil
    }

    /// Whether `label` (`w[0,1]`, `v[2]`) names the node as an element of
    /// the array bound to that name now. The element is found from the
    /// indices, not by a search, so labelling every element of a large
    /// array stays linear.
    private func isElement(_ node: Node, labelled label: String) -> Bool {
        // Bytes, not characters: this runs for every node of a table.
        guard label.utf8.last == UInt8(ascii: "]"), let bracket = label.utf8.firstIndex(of: UInt8(ascii: "[")),
            case .array(let array) = workspace.value(named: String(label[..<bracket]))
        else { return false }
        let indices = label[label.index(after: bracket)..<label.index(before: label.endIndex)]
            .split(separator: ",").compactMap { Int($0) }
        guard indices.count == array.shape.count, zip(indices, array.shape).allSatisfy({ 0 <= $0 && $0 < $1 }) else {
            return false
        }
        let offset = indices.count == 2 ? indices[0] * array.shape[1] + indices[1] : indices[0]
        return array.elements[offset] == node
    }

    /// Whether the node is called by a name (bound, primed or an array
    /// element's), not by a number or the expression that made it.
    public func isName(_ node: Node) -> Bool {
        workspace.tape.isLabelled(node) || boundName(node) != nil
    }

    /// The node's label: `L`, `c′`, `w[0,1]`, `-3`, `a*(b/c)`.
    public func label(_ node: Node) -> String {
        written(node).text
    }

    /// The label with its precedence.
    public func written(_ node: Node) -> Written {
        if let known = memory.written[node] { return known }
        // Inputs are labelled before the nodes made from them, with a stack
        // of our own rather than recursion: the sum of a million elements is
        // a chain a million nodes deep, far deeper than the call stack.
        var stack = [node]
        while let top = stack.last {
            let waiting = isSpelledFromInputs(top) ? workspace.tape.inputs(top).filter { memory.written[$0] == nil } : []
            if waiting.isEmpty {
                stack.removeLast()
                if memory.written[top] == nil { memory.written[top] = make(top) }
            } else {
                stack += waiting
            }
        }
        return memory.written[node]!
    }

    /// The node written from its inputs' full labels, even when it has a
    /// name of its own: `e + c` for `d = e + c` (see ``ChainRule/definition(of:)``).
    /// Nil for leaves and constants.
    public func definition(_ node: Node) -> Written? {
        let operation = workspace.tape.operation(node)
        guard operation.arity > 0 else { return nil }
        return operation.written(workspace.tape.inputs(node).map(written))
    }

    /// The label as one term: bare when it holds together like a name
    /// (`a`, `w[0,1]`, `2`, `tanh(a)`), bracketed otherwise (`(a*b)`, `(-3)`).
    public func atom(_ node: Node) -> String {
        let (text, precedence) = written(node)
        return precedence >= Precedence.atom ? text : "(\(text))"
    }

    /// The label after the d of a derivative: bare only for a name (`dL/da`,
    /// `dL/dw[0,1]`), bracketed otherwise (`dL/d(a*b)`, `dL/d(tanh(a))`, `dL/d(2)`).
    public func variable(_ node: Node) -> String {
        isName(node) ? label(node) : "(\(label(node)))"
    }

    /// Whether ``make(_:)`` writes the node from its inputs' labels (rather
    /// than by its name or its value).
    private func isSpelledFromInputs(_ node: Node) -> Bool {
        workspace.tape.operation(node).arity > 0 && !isName(node)
    }

    private func make(_ node: Node) -> Written {
        let tape = workspace.tape
        if let name = boundName(node) ?? tape.label(node) { return (name, Precedence.atom) }
        let operation = tape.operation(node)
        guard operation.arity > 0 else {
            // A negative number holds together like a negation: `(-3)^2`.
            let value = tape.data(node)
            return (NumberFormatting.human(value), value < 0 ? Precedence.prefix : Precedence.atom)
        }
        return operation.written(
            tape.inputs(node).map { input in
                let (text, precedence) = memory.written[input]!
                return (text.count > maxWidth ? "…" : text, precedence)
            })
    }
}
