import Foundation
import TextKit

/// Curves as an SVG, for the handout (`micrograd run --html`): the same
/// numbers as the terminal's braille plots (``FunctionPlot``, ``LossPlot``),
/// drawn as lines in panels that share the x axis, each panel with its
/// title, its highest and lowest value, and 0 where it crosses.
public struct SVGChart {
    /// One panel: a title and curves over the same x range.
    public struct Panel: Sendable {
        public var title: String
        /// Each curve's values at evenly spaced x; nil breaks the line.
        public var curves: [[Double?]]
        /// A logarithmic y axis (every value above 0).
        public var logarithmic = false
        /// Written under the panel (`log scale: …`).
        public var note: String?

        public init(title: String, curves: [[Double?]], logarithmic: Bool = false, note: String? = nil) {
            self.title = title
            self.curves = curves
            self.logarithmic = logarithmic
            self.note = note
        }
    }

    public var panels: [Panel]
    public var from: Double
    public var to: Double
    /// The x axis's name at its end (`x`, `steps`).
    public var axisName: String
    /// An x to mark on the axis (the tangent's point).
    public var mark: Double?
    public var language: Language

    public init(panels: [Panel], from: Double, to: Double, axisName: String, mark: Double? = nil, language: Language = .en) {
        self.panels = panels
        self.language = language
        self.from = from
        self.to = to
        self.axisName = axisName
        self.mark = mark
    }

    /// The SVG of ``FunctionPlot``'s samples: f with its tangent, then f'.
    public static func function(_ samples: FunctionPlot.Samples, language: Language) -> SVGChart {
        var curves = [samples.values]
        if let tangent = samples.tangent {
            let count = samples.values.count
            curves.append(
                (0..<count).map { index in
                    let x = samples.from + (samples.to - samples.from) * Double(index) / Double(Swift.max(1, count - 1))
                    return tangent.y + tangent.slope * (x - tangent.x)
                })
        }
        return SVGChart(
            panels: [
                Panel(title: PlotMessage.function(samples.expression).text(language), curves: curves),
                Panel(title: PlotMessage.derivative.text(language), curves: [samples.slopes]),
            ], from: samples.from, to: samples.to, axisName: "x", mark: samples.tangent?.x, language: language)
    }

    /// The SVG of ``LossPlot``'s losses, logarithmic when it is.
    public static func loss(_ losses: [Double], language: Language) -> SVGChart {
        let finite = losses.filter(\.isFinite)
        let logarithmic = LossPlot.isLogScale(finite)
        var note: String?
        if logarithmic, let low = finite.min(), let high = finite.max() {
            note = PlotMessage.logScale(decades: Int((log10(high) - log10(low)).rounded(.down))).text(language)
        }
        return SVGChart(
            panels: [Panel(title: "loss", curves: [finite], logarithmic: logarithmic, note: note)], from: 0,
            to: Double(Swift.max(1, finite.count - 1)), axisName: PlotMessage.steps(Count(finite.count - 1, .step)).text(language),
            language: language)
    }

    static let width = 560.0
    static let panelHeight = 130.0
    static let left = 78.0

    public func render() -> String {
        let plotWidth = SVGChart.width - SVGChart.left - 20
        var body: [String] = []
        var top = 10.0
        let colours = ["#0550ae", "#bc4c00"]
        for panel in panels {
            body.append("<text class=\"title\" x=\"\(SVGChart.left)\" y=\"\(n(top + 12))\">\(Markup.escaped(panel.title))</text>")
            top += 20
            let scale = { (value: Double) -> Double? in
                guard value.isFinite else { return nil }
                if panel.logarithmic { return value > 0 ? log10(value) : nil }
                return value
            }
            // The range of the first curve; the others (a tangent) are clipped to it.
            let values = panel.curves.first?.compactMap { $0 }.compactMap(scale) ?? []
            guard let low = values.min(), let high = values.max() else {
                body.append("<text x=\"\(SVGChart.left)\" y=\"\(n(top + 20))\">\(Markup.escaped(PlotMessage.noFiniteValue.text(language)))</text>")
                top += 40
                continue
            }
            let span = high > low ? high - low : 1
            let bottom = top + SVGChart.panelHeight
            func y(_ value: Double) -> Double { bottom - (value - (high > low ? low : low - 0.5)) / span * SVGChart.panelHeight }
            body.append(
                "<rect class=\"frame\" x=\"\(SVGChart.left)\" y=\"\(n(top))\" width=\"\(n(plotWidth))\" height=\"\(n(SVGChart.panelHeight))\"/>")
            var labels: [(Double, String)] = [
                (high, NumberFormatting.human(panel.logarithmic ? pow(10, high) : high)),
                (low, NumberFormatting.human(panel.logarithmic ? pow(10, low) : low)),
            ]
            if !panel.logarithmic, low < 0, high > 0 {
                labels.append((0, "0"))
                body.append("<line class=\"zero\" x1=\"\(SVGChart.left)\" y1=\"\(n(y(0)))\" x2=\"\(n(SVGChart.left + plotWidth))\" y2=\"\(n(y(0)))\"/>")
            }
            for (value, text) in labels {
                body.append("<text class=\"label\" x=\"\(n(SVGChart.left - 6))\" y=\"\(n(y(value) + 4))\" text-anchor=\"end\">\(Markup.escaped(text))</text>")
            }
            for (index, curve) in panel.curves.enumerated() {
                var segments: [[(Double, Double)]] = [[]]
                for (offset, value) in curve.enumerated() {
                    guard let value, let scaled = scale(value), scaled >= low - span * 0.001, scaled <= high + span * 0.001 else {
                        if !(segments.last?.isEmpty ?? true) { segments.append([]) }
                        continue
                    }
                    let x = SVGChart.left + plotWidth * Double(offset) / Double(Swift.max(1, curve.count - 1))
                    segments[segments.count - 1].append((x, y(scaled)))
                }
                for segment in segments where !segment.isEmpty {
                    let points = segment.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
                    body.append("<polyline class=\"curve\" stroke=\"\(colours[index % colours.count])\" points=\"\(points)\"/>")
                }
            }
            top = bottom + 8
            if let note = panel.note {
                body.append("<text class=\"note\" x=\"\(SVGChart.left)\" y=\"\(n(top + 10))\">\(Markup.escaped(note))</text>")
                top += 16
            }
        }
        // The x axis.
        let axisY = top + 4
        body.append("<text class=\"label\" x=\"\(SVGChart.left)\" y=\"\(n(axisY + 10))\">\(NumberFormatting.human(from))</text>")
        body.append(
            "<text class=\"label\" x=\"\(n(SVGChart.left + plotWidth))\" y=\"\(n(axisY + 10))\" text-anchor=\"end\">"
                + "\(Markup.escaped(axisName == "x" ? NumberFormatting.human(to) + " x" : axisName))</text>")
        if let mark {
            let x = SVGChart.left + plotWidth * (mark - from) / (to - from)
            body.append("<line class=\"mark\" x1=\"\(n(x))\" y1=\"10\" x2=\"\(n(x))\" y2=\"\(n(top - 8))\"/>")
            body.append("<text class=\"label\" x=\"\(n(x))\" y=\"\(n(axisY + 10))\" text-anchor=\"middle\">\(NumberFormatting.human(mark))</text>")
        }
        let height = axisY + 18
        let style = """
            text{font:12px ui-monospace,DejaVu Sans Mono,Menlo,Consolas,monospace;fill:#1f2328}\
            .title{font-weight:bold}.frame{fill:none;stroke:#d0d7de}.zero{stroke:#d0d7de;stroke-dasharray:3 3}\
            .mark{stroke:#8c959f;stroke-dasharray:2 3}.curve{fill:none;stroke-width:1.8}.note{fill:#57606a}
            """
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(SVGChart.width))\" height=\"\(n(height))\" "
            + "viewBox=\"0 0 \(n(SVGChart.width)) \(n(height))\" role=\"img\">\n<style>\(style)</style>\n"
            + body.joined(separator: "\n") + "\n</svg>\n"
    }

    private func n(_ value: Double) -> String { SVGDrawing.pixels(value) }
}
