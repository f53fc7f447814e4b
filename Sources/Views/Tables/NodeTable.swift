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
        var text = ""
        write(nodes, workspace: workspace, showAll: showAll, command: command) { text += $0 }
        return text
    }

    /// How many rows ``write(_:workspace:showAll:command:to:shouldStop:)``
    /// makes between two writes and two questions to `shouldStop`.
    public static let rowsPerPiece = 2_048

    /// The table of ``render(_:workspace:showAll:command:)``, written in
    /// pieces of ``rowsPerPiece`` rows as they are made, so that a table of
    /// millions of rows (`:nodes` on a large array graph) starts at once,
    /// is never held whole in memory, and stops within a piece when
    /// `shouldStop` says so (Ctrl-C). Two passes over the rows: one
    /// measures the columns, one writes them, each linear in the rows.
    /// Returns false when it stopped before the end.
    @discardableResult
    public func write(
        _ nodes: [Node], workspace: Workspace, showAll: Bool = false, command: String? = nil,
        to output: (String) -> Void, shouldStop: () -> Bool = { false }
    ) -> Bool {
        let labels = NodeLabeler(workspace: workspace)
        let tape = workspace.tape
        let ordered = nodes.reversed()
        var shown = Array(ordered)
        if !showAll, ordered.count > maxRows {
            // The output and the named nodes, up to `maxRows`: the search
            // stops there, so a long graph costs nothing past its names.
            shown = [shown[0]]
            for node in ordered.dropFirst() {
                if shown.count == maxRows { break }
                if labels.boundName(node) != nil { shown.append(node) }
            }
        }
        let (nodeHeader, opHeader, dataHeader, gradHeader) = (
            TableMessage.nodeHeader.text(language), TableMessage.opHeader.text(language),
            TableMessage.dataHeader.text(language), TableMessage.gradHeader.text(language)
        )
        func label(_ node: Node) -> String { TextLayout.truncate(labels.label(node), to: 28, ellipsis: style.ellipsis) }
        func operation(_ node: Node) -> String { TableMessage.operation(tape.operation(node).name, language) }
        // Columns as wide as their header on screen (a Chinese character
        // takes two columns); the data column keeps the width of `data`
        // in both languages, so a table lines up the same in each.
        var labelWidth = TextLayout.width(nodeHeader)
        var opWidth = TextLayout.width(opHeader)
        var data = DecimalColumn()
        var grads = DecimalColumn()
        for (row, node) in shown.enumerated() {
            if row % NodeTable.rowsPerPiece == 0, row > 0, shouldStop() { return false }
            labelWidth = Swift.max(labelWidth, TextLayout.width(label(node)))
            opWidth = Swift.max(opWidth, TextLayout.width(operation(node)))
            data.fit(NumberFormatting.human(tape.data(node)))
            grads.fit(NumberFormatting.human(tape.grad(node)))
        }
        let dataWidth = Swift.max(4, TextLayout.width(dataHeader), data.width)
        let gradWidth = Swift.max(TextLayout.width(gradHeader), grads.width)
        var text = "  " + style.dim(
            TextLayout.padRight(nodeHeader, to: labelWidth) + "  " + TextLayout.padRight(opHeader, to: opWidth) + "  "
                + TextLayout.padLeft(dataHeader, to: dataWidth) + "  " + TextLayout.padLeft(gradHeader, to: gradWidth)) + "\n"
        for (row, node) in shown.enumerated() {
            if row % NodeTable.rowsPerPiece == 0, row > 0 {
                output(text)
                text = ""
                if shouldStop() { return false }
            }
            let name = TextLayout.padRight(label(node), to: labelWidth)
            let line = "  " + (labels.boundName(node) != nil ? style.name(name) : name) + "  "
                + style.dim(TextLayout.padRight(operation(node), to: opWidth)) + "  "
                + TextLayout.padLeft(data.align(NumberFormatting.human(tape.data(node))), to: dataWidth) + "  "
                + TextLayout.padLeft(grads.align(NumberFormatting.human(tape.grad(node))), to: gradWidth)
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
        output(text)
        return true
    }
}
