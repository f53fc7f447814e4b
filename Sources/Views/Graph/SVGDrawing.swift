import TextKit

/// A ``GraphPicture`` as a standalone SVG file: the same layout as the
/// terminal's ``DagDrawing`` (the same layers, order and rows), drawn with
/// rectangles, ellipses and curves, readable in any browser with no
/// Graphviz. Text is monospaced, so widths are known without measuring.
public struct SVGDrawing {
    /// The first line of every SVG file micrograd writes (an XML comment):
    /// a file that begins otherwise is not one of its own, and `:dot` and
    /// `:draw` will not replace it.
    public static let fileHeader = "<!-- Written by micrograd -->"

    public var title: String
    public var language: Language

    public init(title: String, language: Language = .en) {
        self.title = title
        self.language = language
    }

    /// Pixels: the width of one character of the 12px monospaced font, a
    /// text row of the layout, the space between layers.
    static let charWidth = 7.3
    static let rowHeight = 11.0
    static let gap = 34.0
    static let margin = 12.0

    /// The SVG document, without the header line (``file(_:)`` adds it).
    public func render(_ picture: GraphPicture) -> String {
        let layout = picture.layout
        let c = SVGDrawing.charWidth
        struct Fields { var label = 0, data = 0, grad = 0 }
        var fields = [Fields](repeating: Fields(), count: layout.layers.count)
        var widths = [Double](repeating: 8, count: layout.layers.count)
        for (index, layer) in layout.layers.enumerated() {
            for vertex in layer {
                switch layout.vertices[vertex].kind {
                case .value(let item):
                    fields[index].label = Swift.max(fields[index].label, TextLayout.width(picture.labels[item]))
                    fields[index].data = Swift.max(fields[index].data, TextLayout.width("data " + picture.dataText(item)))
                    if picture.grads[item] != nil {
                        fields[index].grad = Swift.max(fields[index].grad, TextLayout.width("grad " + picture.gradText(item)))
                    }
                case .operation(let item):
                    widths[index] = Swift.max(widths[index], Double(TextLayout.width(picture.operations[item])) * c + 20)
                case .bend: break
                }
            }
            let f = fields[index]
            if f.label + f.data > 0 {
                let cells = [f.label, f.data] + (f.grad > 0 ? [f.grad] : [])
                widths[index] = Swift.max(widths[index], cells.map { Double($0) * c + 14 }.reduce(0, +))
            }
        }
        var x: [Double] = []
        var next = SVGDrawing.margin
        for width in widths {
            x.append(next)
            next += width + SVGDrawing.gap
        }
        let totalWidth = next - SVGDrawing.gap + SVGDrawing.margin
        let totalHeight = Double(layout.rowCount) * SVGDrawing.rowHeight + 2 * SVGDrawing.margin
        func y(_ vertex: Int) -> Double {
            SVGDrawing.margin + (Double(layout.vertices[vertex].row) + 0.5) * SVGDrawing.rowHeight
        }
        // Where an edge leaves a vertex and where it arrives.
        var right = [Double](repeating: 0, count: layout.vertices.count)
        var left = [Double](repeating: 0, count: layout.vertices.count)

        var body: [String] = []
        for (index, layer) in layout.layers.enumerated() {
            let f = fields[index]
            for vertex in layer {
                let middle = y(vertex)
                switch layout.vertices[vertex].kind {
                case .bend:
                    left[vertex] = x[index]
                    right[vertex] = x[index] + widths[index]
                case .operation(let item):
                    let rx = (widths[index]) / 2
                    let cx = x[index] + rx
                    left[vertex] = x[index]
                    right[vertex] = x[index] + widths[index]
                    body.append(
                        "<g class=\"op\"><ellipse cx=\"\(n(cx))\" cy=\"\(n(middle))\" rx=\"\(n(rx))\" ry=\"10\"/>"
                            + "<text x=\"\(n(cx))\" y=\"\(n(middle + 4))\" text-anchor=\"middle\">\(Markup.escaped(picture.operations[item]))</text></g>")
                case .value(let item):
                    let cells: [(Int, String, String)] =
                        [(f.label, picture.labels[item], picture.named[item] ? "label name" : "label"),
                         (f.data, "data " + picture.dataText(item), "data")]
                        + (f.grad > 0
                            ? [(f.grad, picture.grads[item] == nil ? "" : "grad " + picture.gradText(item), gradClass(picture, item))]
                            : [])
                    let top = middle - 12
                    let classes = ["value"] + (picture.roots.contains(item) ? ["root"] : [])
                        + (picture.largest == item ? ["largest"] : [])
                    var group = "<g class=\"\(classes.joined(separator: " "))\">"
                        + "<rect x=\"\(n(x[index]))\" y=\"\(n(top))\" width=\"\(n(widths[index]))\" height=\"24\"/>"
                    var cellX = x[index]
                    for (offset, cell) in cells.enumerated() {
                        let cellWidth = offset == cells.count - 1 ? x[index] + widths[index] - cellX : Double(cell.0) * c + 14
                        if offset > 0 {
                            group += "<line x1=\"\(n(cellX))\" y1=\"\(n(top))\" x2=\"\(n(cellX))\" y2=\"\(n(top + 24))\"/>"
                        }
                        group += "<text class=\"\(cell.2)\" x=\"\(n(cellX + 7))\" y=\"\(n(middle + 4))\">\(Markup.escaped(cell.1))</text>"
                        cellX += cellWidth
                    }
                    body.append(group + "<title>\(Markup.escaped(picture.labels[item]))</title></g>")
                    left[vertex] = x[index]
                    right[vertex] = x[index] + widths[index]
                }
            }
        }
        // Edges: each chain of bends is one path, with its arrowhead at the end.
        var incoming = [Int](repeating: 0, count: layout.vertices.count)
        var next1 = [Int: [Int]]()
        for edge in layout.edges {
            incoming[edge.to] += 1
            next1[edge.from, default: []].append(edge.to)
        }
        var paths: [String] = []
        for edge in layout.edges where layout.vertices[edge.from].kind != .bend {
            var points = [(right[edge.from], y(edge.from))]
            var to = edge.to
            while layout.vertices[to].kind == .bend, let after = next1[to]?.first {
                points.append((left[to], y(to)))
                points.append((right[to], y(to)))
                to = after
            }
            points.append((left[to] - 2, y(to)))
            var d = "M\(n(points[0].0)),\(n(points[0].1))"
            var index = 1
            while index < points.count {
                let (x0, y0) = points[index - 1]
                let (x1, y1) = points[index]
                if y0 == y1 || index % 2 == 0 {
                    d += " L\(n(x1)),\(n(y1))"
                } else {
                    let bend = (x1 - x0) / 2
                    d += " C\(n(x0 + bend)),\(n(y0)) \(n(x1 - bend)),\(n(y1)) \(n(x1)),\(n(y1))"
                }
                index += 1
            }
            paths.append("<path class=\"edge\" d=\"\(d)\" marker-end=\"url(#arrow)\"/>")
        }

        let style = """
            text{font:12px ui-monospace,DejaVu Sans Mono,Menlo,Consolas,monospace;fill:#1f2328}\
            .value rect{fill:#fff;stroke:#1f2328}.value line{stroke:#1f2328}\
            .root rect{stroke-width:2.5}.largest rect{stroke:#9a6700;stroke-width:3;fill:#fff8c5}\
            .op ellipse{fill:#f6f8fa;stroke:#57606a}.name{font-weight:bold}\
            .positive{fill:#1a7f37}.negative{fill:#cf222e}\
            .edge{fill:none;stroke:#57606a;stroke-width:1.2}
            """
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(totalWidth))\" height=\"\(n(totalHeight))\" "
                + "viewBox=\"0 0 \(n(totalWidth)) \(n(totalHeight))\" role=\"img\">",
            "<title>\(Markup.escaped(title))</title>",
            "<style>\(style)</style>",
            "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                + "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#57606a\"/></marker></defs>",
        ]
        lines += paths
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The file: the header line, then the SVG.
    public func file(_ picture: GraphPicture) -> String {
        SVGDrawing.fileHeader + "\n" + render(picture)
    }

    private func gradClass(_ picture: GraphPicture, _ item: Int) -> String {
        guard let grad = picture.grads[item] else { return "grad" }
        return grad > 0 ? "grad positive" : grad < 0 ? "grad negative" : "grad"
    }

    private func n(_ value: Double) -> String { SVGDrawing.pixels(value) }

    /// A number of pixels, to a tenth: `12`, `12.5`.
    static func pixels(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
