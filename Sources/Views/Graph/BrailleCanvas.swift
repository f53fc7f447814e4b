import TextKit

/// A grid of character cells, each `dotsAcross × dotsDown` dots: braille
/// (2 × 4) with Unicode, one `*` per cell without. The loss plot of
/// `:train` and the function plot of `:plot` draw on it.
struct BrailleCanvas {
    public let columns: Int
    public let rows: Int
    public let dotsAcross: Int
    public let dotsDown: Int
    private var cells: [UInt8]

    public init(columns: Int, rows: Int, dotsAcross: Int, dotsDown: Int) {
        self.columns = columns
        self.rows = rows
        self.dotsAcross = dotsAcross
        self.dotsDown = dotsDown
        cells = [UInt8](repeating: 0, count: columns * rows)
    }

    public var dotColumns: Int { columns * dotsAcross }
    public var dotRows: Int { rows * dotsDown }

    /// The braille bit of each dot in a cell, by (row, column): dots 1-2-3
    /// and 7 down the left, 4-5-6 and 8 down the right (Unicode's order).
    private static let brailleBits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    public mutating func set(_ x: Int, _ y: Int) {
        guard x >= 0, x < dotColumns, y >= 0, y < dotRows else { return }
        let cell = (y / dotsDown) * columns + x / dotsAcross
        cells[cell] |= dotsAcross == 1 ? 1 : BrailleCanvas.brailleBits[y % dotsDown][x % dotsAcross]
    }

    /// Every dot on the straight line between two dots.
    public mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int)) {
        let steps = Swift.max(Swift.abs(end.x - start.x), Swift.abs(end.y - start.y))
        guard steps > 0 else {
            set(start.x, start.y)
            return
        }
        for step in 0...steps {
            let x = start.x + (end.x - start.x) * step / steps
            let y = start.y + (end.y - start.y) * step / steps
            set(x, y)
        }
    }

    public func text(row: Int) -> String {
        var text = ""
        for column in 0..<columns {
            let bits = cells[row * columns + column]
            if dotsAcross == 1 {
                text += bits == 0 ? " " : "*"
            } else {
                text.unicodeScalars.append(bits == 0 ? " " : Unicode.Scalar(0x2800 + UInt32(bits))!)
            }
        }
        return text
    }
}
