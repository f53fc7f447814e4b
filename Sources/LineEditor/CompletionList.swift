import TextKit
/// Lays out completion candidates in columns, filled top to bottom and then
/// left to right as `ls` does, sized by display width so CJK names line up.
enum CompletionList {
    /// The lines to print (without newlines) for `candidates` on a terminal
    /// `width` columns wide. Columns are separated by two spaces; a candidate
    /// wider than the terminal gets a line of its own.
    static func lines(_ candidates: [String], width: Int) -> [String] {
        guard !candidates.isEmpty else { return [] }
        let widths = candidates.map(DisplayWidth.of)
        let gap = 2
        let cellWidth = widths.max()! + gap
        // The last column needs no trailing gap, hence `width + gap`.
        let columns = max(1, min(candidates.count, (max(width, 1) + gap) / cellWidth))
        let rows = (candidates.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < candidates.count else { break }
                let isLast = column == columns - 1 || index + rows >= candidates.count
                line += candidates[index]
                if !isLast {
                    line += String(repeating: " ", count: cellWidth - widths[index])
                }
            }
            lines.append(line)
        }
        return lines
    }
}
