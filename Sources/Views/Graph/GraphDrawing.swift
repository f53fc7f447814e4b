import TextKit
import Autograd
import Calc

/// A graph drawn as a tree in the terminal: each node with its operation,
/// value and gradient, its inputs indented under it.
///
/// ```
///   node        op    data  grad
///   f           *      162     1
///   ├─ d        *       18     9
///   │  ├─ a     leaf     3   162  used 4 times
///   │  └─ b     +        6    45  used 2 times
///   │     ├─ a  ↑ shared, drawn above
///   │     └─ a  ↑ shared, drawn above
///   └─ e        +        9    18
///      ├─ a     ↑ shared, drawn above
///      └─ b     ↑ shared, drawn above
/// ```
///
/// A node used more than once is drawn once, where it is first met; every
/// later use says so. The walk keeps its own stack (no recursion), and
/// stops at a depth that fits the width and at `maxRows` rows, so a chain
/// a million nodes long draws at once.
public struct GraphDrawing {
    public var style: Style
    /// Columns available.
    public var width: Int
    public var maxRows = 150
    /// Off for an array, whose elements have no single output to be
    /// differentiated against.
    public var showGrads = true
    /// The language of the headers, the op column's words and the notes.
    public var language: Language

    public init(style: Style, width: Int, maxRows: Int = 150, showGrads: Bool = true, language: Language = .en) {
        self.style = style
        self.width = width
        self.maxRows = maxRows
        self.showGrads = showGrads
        self.language = language
    }

    /// How many levels fit: each level indents three columns, and the
    /// columns for the op, the data and the grad need about forty.
    public var maxDepth: Int { Swift.max(4, (width - 40) / 3) }

    private struct Row {
        public var tree: String
        public var label: String
        public var named: Bool
        /// nil for a node drawn above (a shared node met again).
        public var cells: (op: String, data: String, grad: String)?
        public var note: String
    }

    /// `command` is how to ask for the whole table, for the footer.
    public func render(_ graph: DisplayGraph, tape: Tape, command: String) -> String {
        let branch = style.unicode ? "├─ " : "|- "
        let lastBranch = style.unicode ? "└─ " : "`- "
        let pipe = style.unicode ? "│  " : "|  "
        let sharedNote = (style.unicode ? "↑ " : "^ ") + GraphMessage.shared.text(language)

        var rows: [Row] = []
        var drawn = [Bool](repeating: false, count: graph.items.count)
        var cutAtDepth = 0
        var rowsLeft = true
        // (item, prefix of the tree lines above, connector, depth)
        var stack: [(item: Int, prefix: String, connector: String, depth: Int)] =
            graph.roots.reversed().map { ($0, "", "", 0) }
        while let (index, prefix, connector, depth) = stack.popLast() {
            if rows.count == maxRows {
                rowsLeft = false
                break
            }
            let tree = prefix + connector
            let label = graph.label(of: index)
            let named = graph.isNamed(index)
            if drawn[index] {
                rows.append(Row(tree: tree, label: label, named: named, cells: nil, note: sharedNote))
                continue
            }
            drawn[index] = true
            let uses = graph.uses[index]
            var note = uses > 1 ? GraphMessage.used(times: Int(uses)).text(language) : ""
            let cells: (String, String, String)
            switch graph.items[index] {
            case .node(let node):
                cells = (
                    TableMessage.operation(tape.operation(node).name, language), NumberFormatting.human(tape.data(node)),
                    showGrads ? NumberFormatting.human(tape.grad(node)) : "")
            case .array(let group):
                cells = (TableMessage.operation(graph.operation(of: index), language), describe(shape: graph.arrays[group].shape), "")
            }
            let inputs = graph.inputs(of: index)
            if depth == maxDepth, !inputs.isEmpty {
                cutAtDepth += 1
                let notDrawn = GraphMessage.notDrawn(Count(inputs.count, .input)).text(language)
                let comma = language == .zh ? "，" : ", "
                note = ([note, "\(style.ellipsis) \(notDrawn)"].filter { !$0.isEmpty }).joined(separator: comma)
                rows.append(Row(tree: tree, label: label, named: named, cells: cells, note: note))
                continue
            }
            rows.append(Row(tree: tree, label: label, named: named, cells: cells, note: note))
            let childPrefix = connector.isEmpty ? prefix : prefix + (connector == lastBranch ? "   " : pipe)
            for (offset, input) in inputs.enumerated().reversed() {
                let isLast = offset == inputs.count - 1
                stack.append((input, childPrefix, isLast ? lastBranch : branch, depth + 1))
            }
        }

        let full = rows.compactMap(\.cells)
        // Numbers line up on the decimal point; an array's shape stands apart.
        var data = full.map(\.data)
        let numbers = data.indices.filter { !data[$0].hasPrefix("[") }
        for (index, cell) in zip(numbers, TextLayout.alignDecimals(numbers.map { data[$0] })) { data[index] = cell }
        let grads = TextLayout.alignDecimals(full.map(\.grad))
        let (nodeHeader, opHeader, dataHeader, gradHeader) = (
            TableMessage.nodeHeader.text(language), TableMessage.opHeader.text(language),
            TableMessage.dataHeader.text(language), TableMessage.gradHeader.text(language)
        )
        let opWidth = Swift.max(TextLayout.width(opHeader), full.map { TextLayout.width($0.op) }.max() ?? 0)
        let dataWidth = Swift.max(4, TextLayout.width(dataHeader), data.map(TextLayout.width).max() ?? 0)
        let gradWidth = Swift.max(TextLayout.width(gradHeader), grads.map(TextLayout.width).max() ?? 0)
        let fixed = 2 + 2 + opWidth + 2 + dataWidth + 2 + gradWidth
        let wanted = rows.map { TextLayout.width($0.tree) + TextLayout.width($0.label) }.max() ?? 0
        let labelWidth = Swift.max(TextLayout.width(nodeHeader), Swift.min(wanted, width - fixed))

        var text = "  " + style.dim(
            TextLayout.padRight(nodeHeader, to: labelWidth) + "  " + TextLayout.padRight(opHeader, to: opWidth) + "  "
                + TextLayout.padLeft(dataHeader, to: dataWidth) + "  " + TextLayout.padLeft(showGrads ? gradHeader : "", to: gradWidth))
            .trimmingTrailingSpaces + "\n"
        var cellIndex = 0
        for row in rows {
            let room = Swift.max(1, labelWidth - TextLayout.width(row.tree))
            let label = TextLayout.truncate(row.label, to: room, ellipsis: style.ellipsis)
            let shownLabel = row.named ? style.name(label) : label
            let padding = String(repeating: " ", count: Swift.max(0, room - TextLayout.width(label)))
            var line = "  " + style.dim(row.tree) + shownLabel + padding + "  "
            if row.cells != nil {
                let op = full[cellIndex].op
                line += style.dim(TextLayout.padRight(op, to: opWidth)) + "  "
                    + TextLayout.padLeft(data[cellIndex], to: dataWidth) + "  "
                    + TextLayout.padLeft(grads[cellIndex], to: gradWidth)
                cellIndex += 1
                if !row.note.isEmpty {
                    let space = width - fixed - labelWidth - 2
                    if space >= 8 { line += "  " + style.dim(TextLayout.truncate(row.note, to: space, ellipsis: style.ellipsis)) }
                }
            } else {
                line += style.dim(row.note)
            }
            text += line.trimmingTrailingSpaces + "\n"
        }
        if !rowsLeft {
            let notDrawn = drawn.filter { !$0 }.count
            let note =
                notDrawn > 0
                ? GraphMessage.tooLargeNotDrawn(nodes: graph.nodeCount, rows: maxRows, notDrawn: notDrawn, command: command)
                : GraphMessage.tooLarge(nodes: graph.nodeCount, rows: maxRows, command: command)
            text += "  " + style.dim("\(style.ellipsis) \(note.text(language))") + "\n"
        }
        if cutAtDepth > 0 {
            text += "  " + style.dim(
                "\(style.ellipsis) \(GraphMessage.topLevels(maxDepth + 1).text(language))")
                + "\n"
        }
        return text
    }
}
