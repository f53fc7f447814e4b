
/// Padding and truncating by display width, so that tables line up when
/// labels hold Chinese characters (two columns each).
public enum TextLayout {
    public static func width(_ text: String) -> Int {
        DisplayWidth.of(text)
    }

    public static func padRight(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: Swift.max(0, width - self.width(text)))
    }

    public static func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: Swift.max(0, width - self.width(text))) + text
    }

    /// Cuts `text` to at most `width` columns, ending with an ellipsis when cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard self.width(text) > width else { return text }
        var result = ""
        var used = 0
        let room = width - self.width(ellipsis)
        for character in text {
            let w = self.width(String(character))
            if used + w > room { break }
            result.append(character)
            used += w
        }
        return result + ellipsis
    }

    /// Pads numbers so that their decimal points line up in a column:
    /// `["-5.036", "-6", "0.964"]` becomes `["-5.036", "-6    ", " 0.964"]`.
    public static func alignDecimals(_ cells: [String]) -> [String] {
        var column = DecimalColumn()
        for cell in cells { column.fit(cell) }
        return cells.map(column.align)
    }
}

/// A column of numbers whose decimal points line up, measured one cell at
/// a time: a table too long to keep in memory measures every cell, then
/// writes each row as it goes (``TextLayout/alignDecimals(_:)`` does both
/// at once).
public struct DecimalColumn {
    /// The widest part before the point (or the `e`), and after it.
    public private(set) var left = 0
    public private(set) var right = 0

    public init() {}

    /// The width of the column's cells once aligned.
    public var width: Int { left + right }

    /// Widens the column to hold `cell`.
    public mutating func fit(_ cell: String) {
        let (before, after) = DecimalColumn.split(cell)
        left = Swift.max(left, before.count)
        right = Swift.max(right, after.count)
    }

    /// The cell padded on both sides to the column's point.
    public func align(_ cell: String) -> String {
        let (before, after) = DecimalColumn.split(cell)
        return TextLayout.padLeft(String(before), to: left) + TextLayout.padRight(String(after), to: right)
    }

    private static func split(_ cell: String) -> (Substring, Substring) {
        let point = cell.firstIndex { $0 == "." || $0 == "e" } ?? cell.endIndex
        return (cell[..<point], cell[point...])
    }
}

extension String {
    /// Without the spaces that padding left at the end of a line.
    public var trimmingTrailingSpaces: String {
        // By bytes, not by characters: every rendered line passes here, and
        // a space is one byte that never joins the character before it.
        let bytes = utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") {
            end = bytes.index(before: end)
        }
        return end == bytes.endIndex ? self : String(self[..<end])
    }
}
