
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
        func split(_ cell: String) -> (String, String) {
            if let point = cell.firstIndex(where: { $0 == "." || $0 == "e" }) {
                return (String(cell[..<point]), String(cell[point...]))
            }
            return (cell, "")
        }
        let parts = cells.map(split)
        let left = parts.map { $0.0.count }.max() ?? 0
        let right = parts.map { $0.1.count }.max() ?? 0
        return parts.map { padLeft($0.0, to: left) + padRight($0.1, to: right) }
    }
}

extension String {
    /// Without the spaces that padding left at the end of a line.
    public var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
