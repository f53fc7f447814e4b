import TextKit
import Autograd
import Calc

/// A graph in Graphviz's DOT language, drawn as micrograd's `draw_dot`
/// draws it: left to right, a record `{ label | data | grad }` per value,
/// and a small ellipse per operation with an arrow into the value it makes.
///
/// ```
/// digraph "L" {
///   graph [rankdir=LR];
///   n2 [shape=record, label="{ e | data -6 | grad -2 }"];
///   n2_op [shape=ellipse, label="*"];
///   n2_op -> n2;
///   n0 -> n2_op;
/// ```
public enum DotExport {
    /// The first line of every DOT file `:dot` writes (a comment to
    /// Graphviz): a file that begins otherwise is not one of its own, and
    /// `:dot` will not replace it.
    public static let fileHeader = "// Written by micrograd :dot"

    public static func text(of graph: DisplayGraph, tape: Tape, title: String) -> String {
        var lines = [
            "digraph \(quoted(title)) {",
            "  graph [rankdir=LR];",
            "  node [fontname=\"Helvetica\", fontsize=11];",
        ]
        let rootSet = Set(graph.roots)
        for index in graph.items.indices {
            let id = "n\(index)"
            let fields: [String]
            let label = graph.label(of: index)
            switch graph.items[index] {
            case .node(let node):
                fields = [label, "data \(NumberFormatting.human(tape.data(node)))", "grad \(NumberFormatting.human(tape.grad(node)))"]
            case .array(let group):
                fields = [label, "array \(describe(shape: graph.arrays[group].shape))"]
            }
            let record = "{ " + fields.map(recordField).joined(separator: " | ") + " }"
            let emphasis = rootSet.contains(index) ? ", style=bold" : ""
            lines.append("  \(id) [shape=record, label=\(quoted(record))\(emphasis)];")
            let inputs = graph.inputs(of: index)
            if !inputs.isEmpty {
                lines.append("  \(id)_op [shape=ellipse, width=0.3, height=0.3, margin=0.02, label=\(quoted(graph.operation(of: index)))];")
                lines.append("  \(id)_op -> \(id);")
                for input in inputs {
                    lines.append("  n\(input) -> \(id)_op;")
                }
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT string: backslashes and quotes escaped, so no label can end
    /// the string early.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    /// A field of a record label, where `{ } | < >` and spaces at the ends
    /// mean something to Graphviz: those are escaped with a backslash.
    public static func recordField(_ text: String) -> String {
        var result = ""
        for character in text {
            if "{}|<>\\\"".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
