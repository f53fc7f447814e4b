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
    /// The language of the headers, the op column's words and the notes.
    public var language: Language

    public init(style: Style, maxRows: Int = 25, language: Language = .en) {
        self.style = style
        self.maxRows = maxRows
        self.language = language
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
                op: TableMessage.operation(tape.operation(node).name, language),
                data: data[row],
                grad: grads[row])
        }
        let (nodeHeader, opHeader, dataHeader, gradHeader) = (
            TableMessage.nodeHeader.text(language), TableMessage.opHeader.text(language),
            TableMessage.dataHeader.text(language), TableMessage.gradHeader.text(language)
        )
        // Columns as wide as their header on screen (a Chinese character
        // takes two columns); the data column keeps the width of `data`
        // in both languages, so a table lines up the same in each.
        let labelWidth = Swift.max(TextLayout.width(nodeHeader), rows.map { TextLayout.width($0.label) }.max() ?? 0)
        let opWidth = Swift.max(TextLayout.width(opHeader), rows.map { TextLayout.width($0.op) }.max() ?? 0)
        let dataWidth = Swift.max(4, TextLayout.width(dataHeader), rows.map { $0.data.count }.max() ?? 0)
        let gradWidth = Swift.max(TextLayout.width(gradHeader), rows.map { $0.grad.count }.max() ?? 0)
        var text = "  " + style.dim(
            TextLayout.padRight(nodeHeader, to: labelWidth) + "  " + TextLayout.padRight(opHeader, to: opWidth) + "  "
                + TextLayout.padLeft(dataHeader, to: dataWidth) + "  " + TextLayout.padLeft(gradHeader, to: gradWidth)) + "\n"
        for row in rows {
            let label = TextLayout.padRight(row.label, to: labelWidth)
            let line = "  " + (row.named ? style.name(label) : label) + "  "
                + style.dim(TextLayout.padRight(row.op, to: opWidth)) + "  "
                + TextLayout.padLeft(row.data, to: dataWidth) + "  " + TextLayout.padLeft(row.grad, to: gradWidth)
            text += line.trimmingTrailingSpaces + "\n"
        }
        if shown.count < ordered.count {
            let hidden = ordered.count - shown.count
            let count = Count(hidden, .moreNode)
            let note =
                command.map { TableMessage.moreNodesCommand(count, total: ordered.count, command: $0) }
                ?? TableMessage.moreNodes(count, total: ordered.count)
            text += "  " + style.dim("\(style.ellipsis) \(note.text(language))") + "\n"
        }
        return text
    }
}
