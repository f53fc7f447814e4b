import TextKit

/// A ``GraphPicture`` drawn in the terminal, left to right like
/// micrograd's `draw_dot`: a box per value (`label │ data │ grad`), the
/// operation that made it just before it, and edges of box-drawing
/// characters between them. Every node is drawn once; a node used twice
/// has two edges leaving it.
///
/// ```
///  ┌───┬───┬────┐
///  │ a │ 2 │ -3 │──┐
///  └───┴───┴────┘  ├►(*)─►│ e │ -6 │ 1 │
///  ┌───┬────┬───┐  │
///  │ b │ -3 │ 2 │──┘
///  └───┴────┴───┘
/// ```
///
/// Between two layers every edge into one vertex shares a vertical track,
/// so inputs join where they meet; tracks are ordered so that no two
/// unrelated edges run along the same row. Where unrelated edges cross,
/// the horizontal one is drawn through (the vertical goes under).
public struct DagDrawing {
    public var style: Style
    public var language: Language

    public init(style: Style, language: Language = .en) {
        self.style = style
        self.language = language
    }

    /// The drawing and how many columns it takes.
    public struct Drawing: Equatable, Sendable {
        public var text: String
        public var width: Int
    }

    /// How a cell is coloured.
    private enum Ink: Equatable {
        case plain, dim, name, bold, positive, negative, largest
    }

    private struct Cell {
        var text: String = " "
        var ink: Ink = .plain
    }

    /// The drawing's character cells; a wide character takes two, the
    /// second empty.
    private struct Grid {
        var cells: [[Cell]]
        let width: Int

        init(width: Int, height: Int) {
            self.width = width
            cells = [[Cell]](repeating: [Cell](repeating: Cell(), count: width), count: height)
        }

        /// Writes `text` from `column`; returns the column after it.
        mutating func put(_ text: String, row: Int, column: Int, ink: Ink = .plain) -> Int {
            var column = column
            for character in text {
                let wide = TextLayout.width(String(character))
                guard column < width else { break }
                cells[row][column] = Cell(text: String(character), ink: ink)
                if wide == 2, column + 1 < width { cells[row][column + 1] = Cell(text: "", ink: ink) }
                column += Swift.max(1, wide)
            }
            return column
        }

        mutating func line(row: Int, from start: Int, to end: Int, _ h: String) {
            guard start < end else { return }
            for column in start..<end { cells[row][column] = Cell(text: h) }
        }
    }

    /// The drawing, roomy (a space around each field, four digits) when it
    /// fits `width` columns, else compact; either way its width says
    /// whether it fitted.
    public func render(_ picture: GraphPicture, width: Int) -> Drawing {
        let roomy = render(picture, compact: false)
        return roomy.width <= width ? roomy : render(picture, compact: true)
    }

    public func render(_ picture: GraphPicture, compact: Bool) -> Drawing {
        let pad = compact ? "" : " "
        let digits = compact ? 3 : 4
        let layout = picture.layout
        let h = style.unicode ? "─" : "-"
        let arrow = style.unicode ? "►" : ">"

        // Widths of each layer: a box's three fields line up in its layer.
        struct Fields { var label = 0, data = 0, grad = 0 }
        var fields = [Fields](repeating: Fields(), count: layout.layers.count)
        var layerWidth = [Int](repeating: 1, count: layout.layers.count)
        for (index, layer) in layout.layers.enumerated() {
            for vertex in layer {
                switch layout.vertices[vertex].kind {
                case .value(let item):
                    fields[index].label = Swift.max(fields[index].label, TextLayout.width(picture.labels[item]))
                    fields[index].data = Swift.max(fields[index].data, TextLayout.width(picture.dataText(item, digits: digits)))
                    fields[index].grad = Swift.max(fields[index].grad, TextLayout.width(picture.gradText(item, digits: digits)))
                case .operation(let item):
                    layerWidth[index] = Swift.max(layerWidth[index], TextLayout.width(picture.operations[item]) + 2)
                case .bend: break
                }
            }
            let f = fields[index]
            if f.label > 0 || f.data > 0 {
                let fieldCount = f.grad > 0 ? 3 : 2
                layerWidth[index] = Swift.max(
                    layerWidth[index], 1 + f.label + f.data + f.grad + fieldCount * (1 + 2 * pad.count))
            }
        }

        // Routing between layers: one track per vertex that edges reach
        // by bending.
        var gaps: [Gap] = []
        for index in layout.layers.indices.dropLast() {
            gaps.append(Gap(layout: layout, from: index, compact: compact))
        }
        var x: [Int] = []
        var next = compact ? 0 : 1
        for index in layout.layers.indices {
            x.append(next)
            next += layerWidth[index] + (index < gaps.count ? gaps[index].width : 0)
        }
        let width = next
        let height = layout.rowCount
        var grid = Grid(width: width, height: height)
        for (index, layer) in layout.layers.enumerated() {
            let left = x[index]
            let right = left + layerWidth[index]
            let f = fields[index]
            for vertex in layer {
                let row = layout.vertices[vertex].row
                switch layout.vertices[vertex].kind {
                case .bend:
                    grid.line(row: row, from: left, to: right, h)
                case .operation(let item):
                    let end = grid.put("(" + picture.operations[item] + ")", row: row, column: left)
                    grid.line(row: row, from: end, to: right, h)
                case .value(let item):
                    let parts = [(f.label, picture.labels[item]), (f.data, picture.dataText(item, digits: digits))]
                        + (f.grad > 0 ? [(f.grad, picture.gradText(item, digits: digits))] : [])
                    drawBox(parts, picture: picture, item: item, row: row, left: left, pad: pad, grid: &grid)
                }
            }
        }
        for (index, gap) in gaps.enumerated() {
            gap.draw(at: x[index] + layerWidth[index], into: &grid, style: style, arrow: arrow, h: h)
        }

        var lines: [String] = []
        for cells in grid.cells {
            var text = ""
            var run = ""
            var ink = Ink.plain
            func flush() {
                text += paint(run, ink)
                run = ""
            }
            for cell in cells {
                if cell.ink != ink {
                    flush()
                    ink = cell.ink
                }
                run += cell.text
            }
            flush()
            lines.append(text.trimmingTrailingSpaces)
        }
        // Counted on the cells, not the text, which may hold colour codes.
        let used = grid.cells.map { ($0.lastIndex { $0.text != " " } ?? -1) + 1 }.max() ?? 0
        return Drawing(text: lines.joined(separator: "\n") + "\n", width: used)
    }

    private func drawBox(
        _ parts: [(Int, String)], picture: GraphPicture, item: Int, row: Int, left: Int, pad: String, grid: inout Grid
    ) {
        func put(_ text: String, _ row: Int, _ column: Int, _ ink: Ink) -> Int {
            grid.put(text, row: row, column: column, ink: ink)
        }
        // The largest |grad| has a double frame: a mark that needs no colour.
        let double = picture.largest == item
        let (horizontal, vertical) = style.unicode ? (double ? ("═", "║") : ("─", "│")) : (double ? ("=", "#") : ("-", "|"))
        let corners =
            style.unicode
            ? (double ? ["╔", "╦", "╗", "╚", "╩", "╝"] : ["┌", "┬", "┐", "└", "┴", "┘"])
            : [String](repeating: double ? "#" : "+", count: 6)
        var top = corners[0]
        var bottom = corners[3]
        for (offset, part) in parts.enumerated() {
            let bar = String(repeating: horizontal, count: part.0 + 2 * pad.count)
            top += bar + (offset == parts.count - 1 ? corners[2] : corners[1])
            bottom += bar + (offset == parts.count - 1 ? corners[5] : corners[4])
        }
        let frame: Ink = picture.roots.contains(item) ? .bold : .plain
        _ = put(top, row - 1, left, frame)
        _ = put(bottom, row + 1, left, frame)
        var column = put(vertical, row, left, frame)
        for (offset, part) in parts.enumerated() {
            var ink = Ink.plain
            var text = TextLayout.padRight(part.1, to: part.0)
            if offset == 0, picture.named[item] { ink = .name }
            if offset == 1 { text = TextLayout.padLeft(part.1, to: part.0) }
            if offset == 2, let grad = picture.grads[item] {
                ink = picture.largest == item ? .largest : grad > 0 ? .positive : grad < 0 ? .negative : .plain
                text = TextLayout.padLeft(part.1, to: part.0)
            }
            column = put(pad, row, column, .plain)
            column = put(text, row, column, ink)
            column = put(pad, row, column, .plain)
            column = put(vertical, row, column, frame)
        }
    }

    private func paint(_ text: String, _ ink: Ink) -> String {
        guard !text.isEmpty, style.color else { return text }
        switch ink {
        case .plain: return text
        case .dim: return style.dim(text)
        case .name: return style.name(text)
        case .bold: return style.bold(text)
        case .positive: return style.positive(text)
        case .negative: return style.negative(text)
        case .largest: return style.bold(text)
        }
    }

    /// The edges between one layer and the next, routed.
    private struct Gap {
        /// The edges into one vertex: their sources, the target, and the
        /// track they share (nil when the one edge is straight).
        struct Group {
            var target: Int
            var targetRow: Int
            var sourceRows: [Int]
            var sources: [Int]
            var track: Int?
            /// The target is a bend: the edge goes on, without an arrowhead.
            var continues: Bool
            var low: Int { Swift.min(targetRow, sourceRows.min()!) }
            var high: Int { Swift.max(targetRow, sourceRows.max()!) }
        }
        var groups: [Group] = []
        /// Tracks, then one column for the arrowhead; one before them for
        /// the edge to leave its box.
        var trackCount = 0
        /// With no track, compact: the arrowhead alone.
        var compact = false
        var width: Int { trackCount > 0 ? trackCount + 2 : compact ? 1 : 2 }

        init(layout: GraphLayout, from layer: Int, compact: Bool) {
            self.compact = compact
            var byTarget: [Int: Int] = [:]
            for source in layout.layers[layer] {
                for edge in layout.edges(from: source) {
                    if let group = byTarget[edge.to] {
                        groups[group].sources.append(source)
                        groups[group].sourceRows.append(layout.vertices[source].row)
                    } else {
                        byTarget[edge.to] = groups.count
                        groups.append(
                            Group(
                                target: edge.to, targetRow: layout.vertices[edge.to].row,
                                sourceRows: [layout.vertices[source].row], sources: [source],
                                continues: layout.vertices[edge.to].kind == .bend))
                    }
                }
            }
            // Which groups bend, and the order of their tracks: a group
            // whose target's row is also the row of a source outside it
            // must come after every track of that source, or the source's
            // edge would run on into the target.
            let bending = groups.indices.filter { groups[$0].sources.count > 1 || groups[$0].sourceRows[0] != groups[$0].targetRow }
            var after = [Int: Set<Int>]()  // group -> groups that must come before it
            var groupsOfSource = [Int: [Int]]()
            for group in bending { for source in groups[group].sources { groupsOfSource[source, default: []].append(group) } }
            for group in bending {
                for (source, members) in groupsOfSource
                where layout.vertices[source].row == groups[group].targetRow && !groups[group].sources.contains(source) {
                    after[group, default: []].formUnion(members.filter { $0 != group })
                }
            }
            // Groups one above the other share a track; a track is taken
            // from the left, past every track of a group that must come first.
            var remaining = bending.sorted { groups[$0].targetRow < groups[$1].targetRow }
            var placed = Set<Int>()
            var lowestFree: [Int] = []  // by track: the first row below its last group
            while !remaining.isEmpty {
                let ready = remaining.firstIndex { after[$0, default: []].isSubset(of: placed) } ?? 0
                let group = remaining.remove(at: ready)
                let first = (after[group] ?? []).compactMap { groups[$0].track }.map { $0 + 1 }.max() ?? 0
                var track = first
                while track < lowestFree.count, lowestFree[track] > groups[group].low { track += 1 }
                if track == lowestFree.count { lowestFree.append(0) }
                lowestFree[track] = groups[group].high + 2
                groups[group].track = track
                trackCount = Swift.max(trackCount, track + 1)
                placed.insert(group)
            }
        }

        /// Draws the gap whose first column is `left`.
        func draw(at left: Int, into grid: inout Grid, style: Style, arrow: String, h: String) {
            let end = left + width  // the first column of the next layer
            // Horizontal runs, by row: [start, stop] columns.
            var runs: [Int: [(Int, Int)]] = [:]
            for group in groups {
                guard let track = group.track else {
                    runs[group.targetRow, default: []].append((left, end - 1))
                    continue
                }
                let column = left + 1 + track
                for row in group.sourceRows { runs[row, default: []].append((left, column)) }
                runs[group.targetRow, default: []].append((column, end - 1))
            }
            func covers(_ row: Int, _ column: Int) -> (left: Bool, right: Bool) {
                var result = (left: false, right: false)
                for run in runs[row] ?? [] {
                    if run.0 < column && column <= run.1 { result.left = true }
                    if run.0 <= column && column < run.1 { result.right = true }
                }
                return result
            }
            for (row, list) in runs {
                for run in list { for column in run.0...run.1 { grid.cells[row][column] = Cell(text: h) } }
            }
            for group in groups {
                guard let track = group.track else { continue }
                let column = left + 1 + track
                for row in group.low...group.high {
                    let up = row > group.low
                    let down = row < group.high
                    let joins = row == group.targetRow || group.sourceRows.contains(row)
                    let (l, r) = covers(row, column)
                    if !joins && (l || r) { continue }  // a crossing: the horizontal goes over
                    grid.cells[row][column] = Cell(text: Gap.junction(up: up, down: down, left: l, right: r, style: style))
                }
            }
            for group in groups where !group.continues {
                grid.cells[group.targetRow][end - 1] = Cell(text: arrow)
            }
        }

        static func junction(up: Bool, down: Bool, left: Bool, right: Bool, style: Style) -> String {
            guard style.unicode else { return up || down ? (left || right ? "+" : "|") : "-" }
            switch (up, down, left, right) {
            case (true, true, true, true): return "┼"
            case (true, true, true, false): return "┤"
            case (true, true, false, true): return "├"
            case (true, true, false, false): return "│"
            case (true, false, true, true): return "┴"
            case (false, true, true, true): return "┬"
            case (true, false, true, false): return "┘"
            case (true, false, false, true): return "└"
            case (false, true, true, false): return "┐"
            case (false, true, false, true): return "┌"
            case (true, false, false, false), (false, true, false, false): return "│"
            default: return "─"
            }
        }
    }
}
