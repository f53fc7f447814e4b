import TextKit

/// A function and its derivative, drawn for `:plot` in two panels that
/// share the x axis, with braille dots (``BrailleCanvas``): `f(x)` above,
/// with the tangent at `x0` when one is asked for, `f'(x)` below. Each
/// panel writes its highest and lowest value at the side, and 0 where the
/// axis crosses it; under them the x axis, with its ends and `x0`.
///
/// ```
///   f(x) = tanh(x)
///    1 ┤             ⢀⣀⡠⠤⠤⠒⠒⠊⠉⠉⠉
///    0 ┤        ⢀⠔⠁
///   -1 ┤⣀⣀⣀⡠⠤⠒⠉
///   f'(x), from the backward pass
///    1 ┤      ⡠⠊⠉⠢⡀
///      ┤⣀⣀⠤⠔⠊     ⠈⠒⠤⣀⣀
///      └──────────────────
///       -3       0       3
/// ```
///
/// The numbers are the caller's: the derivative comes from the engine's
/// backward pass at each x, never from a finite difference.
public struct FunctionPlot {
    public var style: Style
    /// Columns available; the curve takes at most 60.
    public var width: Int
    /// Rows of the function's panel; the derivative's has three fewer.
    public var height = 8
    public var language: Language

    public init(style: Style, width: Int, height: Int = 8, language: Language = .en) {
        self.style = style
        self.width = width
        self.height = height
        self.language = language
    }

    /// What is drawn: f and f' at evenly spaced x from `from` to `to`
    /// (nil where not finite), and the point of the tangent.
    public struct Samples: Sendable {
        public var expression: String
        public var from: Double
        public var to: Double
        public var values: [Double?]
        public var slopes: [Double?]
        public var tangent: (x: Double, y: Double, slope: Double)?

        public init(
            expression: String, from: Double, to: Double, values: [Double?], slopes: [Double?],
            tangent: (x: Double, y: Double, slope: Double)? = nil
        ) {
            self.expression = expression
            self.from = from
            self.to = to
            self.values = values
            self.slopes = slopes
            self.tangent = tangent
        }
    }

    /// How many samples to take across: one per dot of the curve.
    public var sampleCount: Int { columns(labelWidth: 8) * (style.unicode ? 2 : 1) }

    private func columns(labelWidth: Int) -> Int {
        Swift.max(10, Swift.min(60, width - (2 + labelWidth + 1) - 1))
    }

    public func render(_ samples: Samples) -> String {
        var tangentLine: [Double?]?
        if let tangent = samples.tangent {
            let count = samples.values.count
            tangentLine = (0..<count).map { index in
                let x = samples.from + (samples.to - samples.from) * Double(index) / Double(Swift.max(1, count - 1))
                return tangent.y + tangent.slope * (x - tangent.x)
            }
        }
        let panels = [
            (PlotMessage.function(samples.expression).text(language), samples.values, tangentLine, height),
            (PlotMessage.derivative.text(language), samples.slopes, nil, Swift.max(3, height - 3)),
        ]
        // One label width for both panels, so that their axes line up.
        let ranges = panels.map { range(of: $0.1) }
        let labelTexts = ranges.map { range -> [String] in
            guard let (low, high) = range else { return [] }
            return [NumberFormatting.human(high), NumberFormatting.human(low), "0"]
        }
        let labelWidth = labelTexts.joined().map(TextLayout.width).max() ?? 1
        let columns = self.columns(labelWidth: labelWidth)
        var lines: [String] = []
        for (index, panel) in panels.enumerated() {
            lines.append("  " + style.bold(panel.0))
            guard let (low, high) = ranges[index] else {
                lines.append("  " + style.dim(PlotMessage.noFiniteValue.text(language)))
                continue
            }
            lines += draw(
                panel.1, extra: panel.2, low: low, high: high, rows: panel.3, columns: columns, labelWidth: labelWidth)
        }
        // The x axis: the ends, and x0 under its column.
        let margin = 2 + labelWidth + 1
        let corner = style.unicode ? "└" : "+"
        let tick = style.unicode ? "┬" : "+"
        var axis = [String](repeating: style.rule, count: columns)
        var names = [Character](repeating: " ", count: columns + 12)
        func place(_ text: String, at column: Int) {
            let start = Swift.max(0, Swift.min(column - text.count / 2, names.count - text.count))
            guard names[start..<(start + text.count)].allSatisfy({ $0 == " " }) else { return }
            for (offset, character) in text.enumerated() { names[start + offset] = character }
        }
        let fromText = NumberFormatting.human(samples.from)
        let toText = NumberFormatting.human(samples.to)
        for (offset, character) in fromText.enumerated() { names[offset] = character }
        let toStart = Swift.max(fromText.count + 1, columns - toText.count)
        for (offset, character) in toText.enumerated() where toStart + offset < names.count { names[toStart + offset] = character }
        if let x0 = samples.tangent?.x {
            let column = self.column(of: x0, from: samples.from, to: samples.to, columns: columns)
            axis[column] = tick
            place(NumberFormatting.human(x0), at: column)
        } else if samples.from < 0, samples.to > 0 {
            place("0", at: self.column(of: 0, from: samples.from, to: samples.to, columns: columns))
        }
        lines.append(String(repeating: " ", count: margin) + style.dim(corner + axis.joined()))
        lines.append((String(repeating: " ", count: margin + 1) + String(names)).trimmingTrailingSpaces)
        return lines.joined(separator: "\n")
    }

    private func column(of x: Double, from: Double, to: Double, columns: Int) -> Int {
        let fraction = (x - from) / (to - from)
        return Swift.max(0, Swift.min(columns - 1, Int((fraction * Double(columns - 1)).rounded())))
    }

    /// The lowest and highest finite value, nil if there is none.
    private func range(of values: [Double?]) -> (Double, Double)? {
        let finite = values.compactMap { $0 }.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        return (low, high)
    }

    /// One panel: the curve (and the extra line, clipped to the panel),
    /// and its labels at the side.
    private func draw(
        _ values: [Double?], extra: [Double?]?, low: Double, high: Double, rows: Int, columns: Int, labelWidth: Int
    ) -> [String] {
        let (dotsAcross, dotsDown) = style.unicode ? (2, 4) : (1, 1)
        var canvas = BrailleCanvas(columns: columns, rows: rows, dotsAcross: dotsAcross, dotsDown: dotsDown)
        let across = canvas.dotColumns
        let down = canvas.dotRows
        func y(_ value: Double) -> Int {
            guard high > low else { return down / 2 }
            let fraction = (high / 2 - value / 2) / (high / 2 - low / 2)
            return Int((fraction * Double(down - 1)).rounded())
        }
        func dotColumn(_ index: Int, of count: Int) -> Int {
            count <= 1 ? 0 : index * (across - 1) / (count - 1)
        }
        for curve in [values, extra ?? []] {
            var previous: (x: Int, y: Int)?
            for (index, value) in curve.enumerated() {
                guard let value, value.isFinite, value >= low - (high - low) * 0.001, value <= high + (high - low) * 0.001
                else {
                    previous = nil
                    continue
                }
                let point = (x: dotColumn(index, of: curve.count), y: y(value))
                if let previous { canvas.line(from: previous, to: point) } else { canvas.set(point.x, point.y) }
                previous = point
            }
        }
        let zeroRow = low < 0 && high > 0 ? y(0) / dotsDown : nil
        var lines: [String] = []
        let vertical = style.unicode ? "│" : "|"
        let tick = style.unicode ? "┤" : "+"
        for row in 0..<rows {
            var label = ""
            if row == 0 { label = NumberFormatting.human(high) }
            if row == rows - 1 { label = NumberFormatting.human(low) }
            if row == zeroRow, row != 0, row != rows - 1 { label = "0" }
            let axis = label.isEmpty ? vertical : tick
            lines.append(
                ("  " + TextLayout.padLeft(label, to: labelWidth) + " " + style.dim(axis) + canvas.text(row: row))
                    .trimmingTrailingSpaces)
        }
        return lines
    }
}
