import TextKit
import Autograd
import Calc

/// Writes values for people: a number, or an array as an aligned matrix.
public enum ValueFormatting {
    /// When a long array is shortened to its ends, as NumPy prints one:
    /// arrays of more than `threshold` elements keep `edgeItems` rows (and
    /// columns) at each end of a dimension longer than twice that, with
    /// `...` for the rest.
    public struct Summary: Sendable {
        public var threshold: Int
        public var edgeItems: Int

        /// NumPy's defaults: more than 1000 elements, three at each end.
        public static let numpy = Summary(threshold: 1000, edgeItems: 3)
        /// For a table, where every line counts.
        public static let table = Summary(threshold: 12, edgeItems: 3)

        /// The indices of a dimension to show, nil where `...` stands.
        public func shown(_ size: Int, elements: Int) -> [Int?] {
            guard elements > threshold, size > 2 * edgeItems else { return Array(0..<size) }
            return Array(0..<edgeItems) + [nil] + Array((size - edgeItems)..<size)
        }
    }

    /// `-5.036`, or a matrix:
    /// ```
    /// [[ 1,  2.5],
    ///  [-3, 10  ]]
    /// ```
    public static func text(of value: Value, in tape: Tape, indent: Int = 0, summary: Summary = .numpy) -> String {
        text(of: value, reading: tape.data, indent: indent, summary: summary)
    }

    /// The same with any per-node number, such as gradients.
    public static func text(of value: Value, reading number: (Node) -> Double, indent: Int = 0, summary: Summary = .numpy)
        -> String
    {
        switch value {
        case .scalar(let node):
            return NumberFormatting.human(number(node))
        case .array(let array):
            return matrix(array, reading: number, indent: indent, summary: summary)
        }
    }

    /// Lays out the numbers row by row, each column aligned on the decimal
    /// point; long arrays are shortened by `summary`.
    private static func matrix(_ array: NodeArray, reading number: (Node) -> Double, indent: Int, summary: Summary)
        -> String
    {
        let count = array.elements.count
        let ellipsis = "..."
        if array.shape.count == 1 {
            let cells = summary.shown(count, elements: count).map { index in
                index.map { NumberFormatting.human(number(array.elements[$0])) } ?? ellipsis
            }
            return "[" + cells.joined(separator: ", ") + "]"
        }
        let rows = array.shape[0]
        let columns = array.shape[1]
        guard rows > 0, columns > 0 else { return "[]" }
        let shownRows = summary.shown(rows, elements: count)
        let shownColumns = summary.shown(columns, elements: count)
        let realRows = shownRows.compactMap { $0 }
        // Each shown column, aligned on its decimal points.
        var columnCells: [[String]] = []
        for column in shownColumns {
            guard let column else {
                columnCells.append(Array(repeating: ellipsis, count: realRows.count))
                continue
            }
            columnCells.append(
                TextLayout.alignDecimals(realRows.map { NumberFormatting.human(number(array.elements[$0 * columns + column])) }))
        }
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        var realRow = 0
        for (position, row) in shownRows.enumerated() {
            let open = position == 0 ? "[[" : "\(margin) ["
            guard row != nil else {
                lines.append("\(margin) \(ellipsis),")
                continue
            }
            let close = position == shownRows.count - 1 ? "]]" : "],"
            lines.append(open + columnCells.map { $0[realRow] }.joined(separator: ", ") + close)
            realRow += 1
        }
        return lines.joined(separator: "\n")
    }
}
