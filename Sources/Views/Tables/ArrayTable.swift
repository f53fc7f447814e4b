import TextKit
import Autograd
import Calc

/// The table of a large graph built from arrays: one entry per name in the
/// graph (the arrays whole, with their shapes), not one row per element.
///
/// ```
///   name  shape   op    data         grad
///   loss  scalar  /      2.8          1
///   b     scalar  leaf  -6            0
///   w     [1, 1]  leaf  [[4]]        [[0]]
///   x     [5, 1]  leaf  [[1],        [[ 0.8],
///                        [2],         [-0.4],
///   ...
/// ```
///
/// Data and gradient stand side by side when the terminal is wide enough,
/// otherwise one above the other. `:nodes` still lists every node.
public struct ArrayTable {
    public var style: Style
    public var width: Int
    /// The language of the headers, the op column's words and the note.
    public var language: Language

    public init(style: Style, width: Int, language: Language = .en) {
        self.style = style
        self.width = width
        self.language = language
    }

    /// Whether `nodes` (a graph) holds elements of a named array: then the
    /// arrays, not their elements, are what the learner named and wants to see.
    public static func applies(to nodes: [Node], workspace: Workspace) -> Bool {
        let graph = NodeSet(nodes, tapeCount: workspace.tape.count)
        return workspace.bindings.values.contains { value in
            if case .array(let array) = value { return array.elements.contains(where: graph.contains) }
            return false
        }
    }

    private struct Entry {
        public var name: String
        public var named: Bool
        public var shape: String
        public var op: String
        public var data: [String]
        public var grad: [String]
        /// Where the entry's last node is: entries are listed from the output down.
        public var order: Int32
    }

    /// Call after `backward(from: output)`. `nodes` is the output's graph.
    public func render(output: Node, nodes: [Node], workspace: Workspace, command: String) -> String {
        let tape = workspace.tape
        let graph = NodeSet(nodes, tapeCount: tape.count)
        let gradient: (Node) -> Double = { graph.contains($0) ? tape.grad($0) : 0 }
        var entries: [Entry] = []
        var outputNamed = false
        for name in workspace.names {
            let value = workspace.value(named: name)!
            let inGraph = value.nodes.filter(graph.contains)
            guard let last = inGraph.max() else { continue }
            if value == .scalar(output) { outputNamed = true }
            let operations = Set(value.nodes.map { tape.operation($0).name })
            entries.append(
                Entry(
                    name: name, named: true, shape: shapeText(value.shape),
                    op: TableMessage.operation(operations.count == 1 ? operations.first! : "mixed", language),
                    data: lines(value, reading: tape.data), grad: lines(value, reading: gradient), order: last.index))
        }
        if !outputNamed {
            let labels = NodeLabeler(workspace: workspace)
            entries.append(
                Entry(
                    name: TextLayout.truncate(labels.label(output), to: 28, ellipsis: style.ellipsis), named: false,
                    shape: shapeText([]), op: TableMessage.operation(tape.operation(output).name, language),
                    data: [NumberFormatting.human(tape.data(output))], grad: [NumberFormatting.human(1)],
                    order: output.index))
        }
        entries.sort { $0.order > $1.order || ($0.order == $1.order && $0.name < $1.name) }

        let header = { (message: TableMessage) in message.text(language) }
        let (nameHeader, shapeHeader, opHeader) = (header(.nameHeader), header(.shapeHeader), header(.opHeader))
        let (dataHeader, gradHeader) = (header(.dataHeader), header(.gradHeader))
        let nameWidth = Swift.max(TextLayout.width(nameHeader), entries.map { TextLayout.width($0.name) }.max() ?? 0)
        let shapeWidth = Swift.max(TextLayout.width(shapeHeader), entries.map { TextLayout.width($0.shape) }.max() ?? 0)
        let opWidth = Swift.max(TextLayout.width(opHeader), entries.map { TextLayout.width($0.op) }.max() ?? 0)
        let dataWidth = Swift.max(4, TextLayout.width(dataHeader), entries.flatMap(\.data).map(TextLayout.width).max() ?? 0)
        let gradWidth = Swift.max(TextLayout.width(gradHeader), entries.flatMap(\.grad).map(TextLayout.width).max() ?? 0)
        let lead = 2 + nameWidth + 2 + shapeWidth + 2 + opWidth + 2
        let sideBySide = lead + dataWidth + 2 + gradWidth <= width
        let blank = String(repeating: " ", count: lead)

        func head(_ entry: Entry?) -> String {
            guard let entry else { return blank }
            let name = TextLayout.padRight(entry.name, to: nameWidth)
            return "  " + (entry.named ? style.name(name) : name) + "  " + TextLayout.padRight(entry.shape, to: shapeWidth)
                + "  " + style.dim(TextLayout.padRight(entry.op, to: opWidth)) + "  "
        }
        var text = "  " + style.dim(
            TextLayout.padRight(nameHeader, to: nameWidth) + "  " + TextLayout.padRight(shapeHeader, to: shapeWidth) + "  "
                + TextLayout.padRight(opHeader, to: opWidth) + "  "
                + (sideBySide
                    ? TextLayout.padRight(dataHeader, to: dataWidth) + "  " + gradHeader : header(.dataGradBelow))) + "\n"
        for entry in entries {
            if sideBySide {
                for line in 0..<Swift.max(entry.data.count, entry.grad.count) {
                    let data = line < entry.data.count ? entry.data[line] : ""
                    let grad = line < entry.grad.count ? entry.grad[line] : ""
                    text += (head(line == 0 ? entry : nil) + TextLayout.padRight(data, to: dataWidth) + "  " + grad)
                        .trimmingTrailingSpaces + "\n"
                }
            } else {
                for (line, data) in entry.data.enumerated() {
                    text += (head(line == 0 ? entry : nil) + data).trimmingTrailingSpaces + "\n"
                }
                for (line, grad) in entry.grad.enumerated() {
                    // As wide as `grad ` in both languages (梯度 takes four columns).
                    let label = line == 0 ? style.dim(TextLayout.padRight(gradHeader, to: 4) + " ") : "     "
                    text += (blank.dropLast(5) + label + grad).trimmingTrailingSpaces + "\n"
                }
            }
        }
        text += "  " + style.dim(
            "\(style.ellipsis) \(TableMessage.arraySummary(nodes: nodes.count, command: command).text(language))")
            + "\n"
        return text
    }

    /// `[5, 1]` as it is; a scalar's shape in words (`scalar`, 标量).
    private func shapeText(_ shape: [Int]) -> String {
        shape.isEmpty ? TableMessage.scalar.text(language) : describe(shape: shape)
    }

    private func lines(_ value: Value, reading number: (Node) -> Double) -> [String] {
        ValueFormatting.text(of: value, reading: number, summary: .table)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
