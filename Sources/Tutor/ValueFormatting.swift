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
        var aligned = cells
        for column in 0..<columns {
            let indices = Array(stride(from: column, to: cells.count, by: columns))
            for (index, cell) in zip(indices, TextLayout.alignDecimals(indices.map { cells[$0] })) {
                aligned[index] = cell
            }
        }
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        for row in 0..<rows {
            let parts = aligned[(row * columns)..<((row + 1) * columns)]
            let open = row == 0 ? "[[" : "\(margin) ["
            let close = row == rows - 1 ? "]]" : "],"
            lines.append(open + parts.joined(separator: ", ") + close)
        }
        return lines.joined(separator: "\n")
    }
}
