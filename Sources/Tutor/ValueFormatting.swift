import Autograd
import Calc

/// Writes values for people: a number, or an array as an aligned matrix.
enum ValueFormatting {
    /// `-5.036`, or a matrix:
    /// ```
    /// [[ 1,  2.5],
    ///  [-3, 10  ]]
    /// ```
    static func text(of value: Value, in tape: Tape, indent: Int = 0) -> String {
        text(of: value, reading: tape.data, indent: indent)
    }

    /// The same with any per-node number, such as gradients.
    static func text(of value: Value, reading number: (Node) -> Double, indent: Int = 0) -> String {
        switch value {
        case .scalar(let node):
            return NumberFormatting.human(number(node))
        case .array(let array):
            return matrix(array.elements.map { NumberFormatting.human(number($0)) }, shape: array.shape, indent: indent)
        }
    }

    /// Lays out formatted numbers row by row, each column aligned on the
    /// decimal point.
    static func matrix(_ cells: [String], shape: [Int], indent: Int) -> String {
        if shape.count == 1 {
            return "[" + cells.joined(separator: ", ") + "]"
        }
        let rows = shape[0]
        let columns = shape[1]
        guard rows > 0, columns > 0 else { return "[]" }
        var leftWidths = [Int](repeating: 0, count: columns)
        var rightWidths = [Int](repeating: 0, count: columns)
        func split(_ cell: String) -> (String, String) {
            if let dot = cell.firstIndex(where: { $0 == "." || $0 == "e" }) {
                return (String(cell[..<dot]), String(cell[dot...]))
            }
            return (cell, "")
        }
        for (offset, cell) in cells.enumerated() {
            let (left, right) = split(cell)
            leftWidths[offset % columns] = Swift.max(leftWidths[offset % columns], left.count)
            rightWidths[offset % columns] = Swift.max(rightWidths[offset % columns], right.count)
        }
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        for row in 0..<rows {
            var parts: [String] = []
            for column in 0..<columns {
                let (left, right) = split(cells[row * columns + column])
                parts.append(
                    TextLayout.padLeft(left, to: leftWidths[column]) + TextLayout.padRight(right, to: rightWidths[column]))
            }
            let open = row == 0 ? "[[" : "\(margin) ["
            let close = row == rows - 1 ? "]]" : "],"
            lines.append(open + parts.joined(separator: ", ") + close)
        }
        return lines.joined(separator: "\n")
    }
}
