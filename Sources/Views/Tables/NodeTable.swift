import TextKit
import Autograd
import Calc

/// The table printed under a result: every node of its graph, from the
/// output down, with its operation, value and gradient.
///
/// ```
///   node      op      data     grad
///   c         +     -5.036        1
///   tanh(a)   tanh   0.964        1
///   a*b       *     -6            1
///   b         leaf  -3            2
///   a         leaf   2      -2.9293
/// ```
public struct NodeTable {
    public var style: Style
    /// Graphs larger than this show only their named nodes and a summary.
    public var maxRows = 25

    public init(style: Style, maxRows: Int = 25) {
        self.style = style
        self.maxRows = maxRows
    }

    /// `nodes` in topological order (inputs first); the table lists them
    /// from the output down. `command` is how to ask for every row.
    public func render(
        _ nodes: [Node], workspace: Workspace, showAll: Bool = false, command: String? = nil
    ) -> String {
        let labels = NodeLabeler(workspace: workspace)
        let tape = workspace.tape
        let ordered = Array(nodes.reversed())
        var shown = ordered
        if !showAll, ordered.count > maxRows {
            shown = ordered.enumerated().filter { $0.offset == 0 || labels.boundName($0.element) != nil }.map(\.element)
            if shown.count > maxRows { shown = Array(shown.prefix(maxRows)) }
        }
        struct Row {
            public var label: String
            public var named: Bool
            public var op: String
            public var data: String
            public var grad: String
        }
        let data = TextLayout.alignDecimals(shown.map { NumberFormatting.human(tape.data($0)) })
        let grads = TextLayout.alignDecimals(shown.map { NumberFormatting.human(tape.grad($0)) })
        let rows = shown.indices.map { row in
            let node = shown[row]
            return Row(
                label: TextLayout.truncate(labels.label(node), to: 28, ellipsis: style.ellipsis),
                named: labels.boundName(node) != nil,
                op: tape.operation(node).name,
                data: data[row],
                grad: grads[row])
        }
        let labelWidth = Swift.max(4, rows.map { TextLayout.width($0.label) }.max() ?? 0)
        let opWidth = Swift.max(2, rows.map { $0.op.count }.max() ?? 0)
        let dataWidth = Swift.max(4, rows.map { $0.data.count }.max() ?? 0)
        let gradWidth = Swift.max(4, rows.map { $0.grad.count }.max() ?? 0)
        var text = "  " + style.dim(
            TextLayout.padRight("node", to: labelWidth) + "  " + TextLayout.padRight("op", to: opWidth) + "  "
                + TextLayout.padLeft("data", to: dataWidth) + "  " + TextLayout.padLeft("grad", to: gradWidth)) + "\n"
        for row in rows {
            let label = TextLayout.padRight(row.label, to: labelWidth)
            let line = "  " + (row.named ? style.name(label) : label) + "  "
                + style.dim(TextLayout.padRight(row.op, to: opWidth)) + "  "
                + TextLayout.padLeft(row.data, to: dataWidth) + "  " + TextLayout.padLeft(row.grad, to: gradWidth)
            text += line.trimmingTrailingSpaces + "\n"
        }
        if shown.count < ordered.count {
            let hidden = ordered.count - shown.count
            let how = command.map { "; \($0) shows them all" } ?? ""
            text += "  " + style.dim("\(style.ellipsis) \(counted(hidden, "more node", plural: "more nodes")) of \(ordered.count)\(how)") + "\n"
        }
        return text
    }
}
