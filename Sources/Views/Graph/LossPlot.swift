import Foundation
import TextKit

/// A loss curve drawn with characters, for the end of `:train`.
///
/// With Unicode each character cell is a 2 × 4 grid of braille dots, so a
/// plot 60 characters wide has 120 points across; without it (a terminal
/// that is not UTF-8) each cell is one `*`. The vertical axis runs from the
/// lowest loss to the highest, both written at the side; it is linear, or
/// logarithmic when the losses span more than two decades (a curve that
/// drops at once and then creeps along at 1e-21 would otherwise be a
/// flat line), and the plot then says so under its axis:
///
/// ```
///   41.2301 ┤⡇
///           │⠘⡄
///           │ ⠱⡀
///    2.8    ┤  ⠈⠓⠒⠒⠒⠒⠒⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤
///           └────────────────────────────────
///            0                          1000 steps
/// ```
public struct LossPlot {
    public var style: Style
    /// Columns available; the plot takes at most 60 of them for the curve.
    public var width: Int
    /// Rows of the curve.
    public var height = 8
    /// The language of the axis (`100 steps`, `100 步`).
    public var language: Language

    public init(style: Style, width: Int, height: Int = 8, language: Language = .en) {
        self.style = style
        self.width = width
        self.height = height
        self.language = language
    }

    /// `losses[i]` is the loss after i steps. Losses that are not finite
    /// are left out: a curve has no place for them (training stops at the
    /// first one and says so).
    public func render(_ losses: [Double]) -> String {
        let losses = losses.filter(\.isFinite)
        guard !losses.isEmpty else { return "" }
        let top = losses.max() ?? 0
        let bottom = losses.min() ?? 0
        let logarithmic = LossPlot.isLogScale(losses)
        // What the dots' heights follow: the losses, or their logarithms.
        let scaled = logarithmic ? losses.map { Foundation.log10($0) } : losses
        let scaledTop = scaled.max() ?? 0
        let scaledBottom = scaled.min() ?? 0
        let labels = TextLayout.alignDecimals([NumberFormatting.human(top), NumberFormatting.human(bottom)])
        let labelWidth = labels.map(TextLayout.width).max() ?? 0
        let margin = 2 + labelWidth + 1
        // The axis's last label (`40 steps`) ends past the plot by its word:
        // room is kept for it, so that no line is wider than `width`.
        let unitWidth = TextLayout.width(PlotMessage.steps(Count(losses.count - 1, .step)).text(language))
            - String(losses.count - 1).count
        let columns = Swift.max(10, Swift.min(60, width - margin - 1 - unitWidth))
        let (dotsAcross, dotsDown) = style.unicode ? (2, 4) : (1, 1)
        var canvas = BrailleCanvas(columns: columns, rows: height, dotsAcross: dotsAcross, dotsDown: dotsDown)

        // One sample per horizontal dot: the range of the losses that fall
        // into it, so that a spike between two dots is not lost.
        let across = canvas.dotColumns
        let down = canvas.dotRows
        func y(_ loss: Double) -> Int {
            guard scaledTop > scaledBottom else { return down / 2 }
            // Halved first: losses spread over more than the largest double
            // (1e308 and -1e308) would make the span infinite.
            let fraction = (scaledTop / 2 - loss / 2) / (scaledTop / 2 - scaledBottom / 2)
            return Int((fraction * Double(down - 1)).rounded())
        }
        var previous: (x: Int, y: Int)?
        let count = losses.count
        for x in 0..<across {
            let range: Range<Int>
            if count <= across {
                // Fewer losses than dots: each loss at its own dot, joined by lines.
                let index = count == 1 ? 0 : (x * (count - 1) + (across - 1) / 2) / (across - 1)
                range = index..<(index + 1)
            } else {
                range = (x * count / across)..<Swift.max(x * count / across + 1, (x + 1) * count / across)
            }
            let slice = scaled[range]
            let first = y(slice.first!)
            let highest = y(slice.max()!)
            let lowest = y(slice.min()!)
            if let previous { canvas.line(from: previous, to: (x, first)) }
            canvas.line(from: (x, highest), to: (x, lowest))
            previous = (x, y(slice.last!))
        }

        let vertical = style.unicode ? "│" : "|"
        let tick = style.unicode ? "┤" : "+"
        var lines: [String] = []
        for row in 0..<height {
            let label = row == 0 ? labels[0] : row == height - 1 ? labels[1] : ""
            let axis = row == 0 || row == height - 1 ? tick : vertical
            let line = "  " + TextLayout.padRight(label, to: labelWidth) + " " + style.dim(axis) + canvas.text(row: row)
            lines.append(line.trimmingTrailingSpaces)
        }
        let corner = style.unicode ? "└" : "+"
        lines.append(String(repeating: " ", count: margin) + style.dim(corner + String(repeating: style.rule, count: columns)))
        // The axis's end, `100 steps`: right-aligned under the plot's end by its number.
        let steps = String(count - 1)
        let axis = PlotMessage.steps(Count(count - 1, .step)).text(language)
        lines.append(
            String(repeating: " ", count: margin + 1) + "0"
                + String(repeating: " ", count: Swift.max(1, columns - 1 - steps.count)) + axis)
        if logarithmic {
            let decades = Int((Foundation.log10(top) - Foundation.log10(bottom)).rounded(.down))
            lines.append(String(repeating: " ", count: margin + 1) + style.dim(PlotMessage.logScale(decades: decades).text(language)))
        }
        return lines.joined(separator: "\n")
    }

    /// Whether the axis is logarithmic: every loss above 0, and the highest
    /// more than 100 times the lowest.
    public static func isLogScale(_ losses: [Double]) -> Bool {
        let finite = losses.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max(), low > 0 else { return false }
        return high / low > 100
    }
}
