/// A graph laid out left to right in layers, as micrograd's `draw_dot`
/// draws it: a box per value, a small node per operation between its
/// inputs and its result. `:draw` (``DagDrawing``) and the SVG of `:dot`
/// and `:draw … svg` (``SVGDrawing``) are two renderers of this one value,
/// so the terminal and the picture always agree.
///
/// The layout is Sugiyama's, in three steps, each without recursion:
/// 1. **Layers** by longest path from the leaves: an operation one layer
///    right of its furthest input, its value one layer right of it, so
///    values sit in even layers and operations in odd ones. A leaf is then
///    moved right, next to the first operation that uses it (a long edge
///    from layer 0 helps nobody). An edge longer than one layer gets a
///    ``Vertex/Kind/bend`` in every layer it crosses.
/// 2. **Order** within each layer by barycentre: sweeps down and up, each
///    vertex sorted by the mean position of its neighbours in the layer just
///    done; the order with the fewest crossings is kept.
/// 3. **Rows**: every vertex is given the row its neighbours want (their
///    mean), kept in order and apart by isotonic regression (pool adjacent
///    violators), so that edges are straight wherever the order allows,
///    an operation's value in particular always beside it.
public struct GraphLayout: Sendable {
    public struct Vertex: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// The box of a ``DisplayGraph`` item.
            case value(Int)
            /// The operation that makes a ``DisplayGraph`` item.
            case operation(Int)
            /// Where a long edge crosses a layer.
            case bend
        }
        public var kind: Kind
        public var layer: Int
        /// The row of its middle, counted in text rows (a box is three tall).
        public var row: Int
        /// Rows above and below the middle it takes: 1 for a box, 0 otherwise.
        public var halfHeight: Int { if case .value = kind { 1 } else { 0 } }
    }

    /// One step of an edge, from a vertex to one in the next layer.
    public struct Edge: Sendable, Equatable {
        public var from: Int
        public var to: Int
    }

    public private(set) var vertices: [Vertex] = []
    public private(set) var edges: [Edge] = []
    /// The vertices of each layer, top to bottom.
    public private(set) var layers: [[Int]] = []
    /// Edges that cross between adjacent layers, after ordering.
    public private(set) var crossings = 0
    /// The rows the drawing takes.
    public var rowCount: Int { (vertices.map { $0.row + $0.halfHeight }.max() ?? -1) + 1 }

    /// The vertex of each item's box.
    public private(set) var boxOf: [Int] = []
    /// By vertex: the indices of the edges that leave it.
    private var outgoing: [[Int]] = []

    public init(_ graph: DisplayGraph) {
        let count = graph.items.count
        // 1. Layers: items are in topological order, so one pass will do.
        var inputs = [[Int]](repeating: [], count: count)
        var consumers = [[Int]](repeating: [], count: count)
        for item in 0..<count {
            var seen = Set<Int>()
            for input in graph.inputs(of: item) where seen.insert(input).inserted {
                inputs[item].append(input)
                consumers[input].append(item)
            }
        }
        var boxLayer = [Int](repeating: 0, count: count)
        for item in 0..<count where !inputs[item].isEmpty {
            boxLayer[item] = (inputs[item].map { boxLayer[$0] }.max() ?? 0) + 2
        }
        for item in 0..<count where inputs[item].isEmpty && !consumers[item].isEmpty {
            boxLayer[item] = (consumers[item].map { boxLayer[$0] }.min() ?? 2) - 2
        }

        layers = [[Int]](repeating: [], count: (boxLayer.max() ?? 0) + 1)
        func add(_ kind: Vertex.Kind, layer: Int) -> Int {
            vertices.append(Vertex(kind: kind, layer: layer, row: 0))
            layers[layer].append(vertices.count - 1)
            return vertices.count - 1
        }
        boxOf = [Int](repeating: -1, count: count)
        var opOf = [Int](repeating: -1, count: count)
        for item in 0..<count {
            if !inputs[item].isEmpty { opOf[item] = add(.operation(item), layer: boxLayer[item] - 1) }
            boxOf[item] = add(.value(item), layer: boxLayer[item])
        }
        for item in 0..<count where opOf[item] >= 0 {
            edges.append(Edge(from: opOf[item], to: boxOf[item]))
            for input in inputs[item] {
                var from = boxOf[input]
                for layer in (boxLayer[input] + 1)..<(boxLayer[item] - 1) {
                    let bend = add(.bend, layer: layer)
                    edges.append(Edge(from: from, to: bend))
                    from = bend
                }
                edges.append(Edge(from: from, to: opOf[item]))
            }
        }

        outgoing = [[Int]](repeating: [], count: vertices.count)
        for (index, edge) in edges.enumerated() { outgoing[edge.from].append(index) }

        // 2. Order.
        var predecessors = [[Int]](repeating: [], count: vertices.count)
        var successors = [[Int]](repeating: [], count: vertices.count)
        for edge in edges {
            predecessors[edge.to].append(edge.from)
            successors[edge.from].append(edge.to)
        }
        var position = [Double](repeating: 0, count: vertices.count)
        func number(_ layer: [Int]) { for (index, vertex) in layer.enumerated() { position[vertex] = Double(index) } }
        layers.forEach(number)
        var best = layers
        var fewest = GraphLayout.crossings(layers, successors: successors, position: position)
        for sweep in 0..<8 {
            let down = sweep % 2 == 0
            let order = down ? Array(layers.indices.dropFirst()) : Array(layers.indices.dropLast().reversed())
            for layer in order {
                let keyed = layers[layer].map { vertex -> (Int, Double) in
                    let neighbours = down ? predecessors[vertex] : successors[vertex]
                    guard !neighbours.isEmpty else { return (vertex, position[vertex]) }
                    return (vertex, neighbours.map { position[$0] }.reduce(0, +) / Double(neighbours.count))
                }
                // A stable sort: ties keep the order they had.
                layers[layer] = keyed.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }
                    .map(\.element.0)
                number(layers[layer])
            }
            let crossings = GraphLayout.crossings(layers, successors: successors, position: position)
            if crossings < fewest {
                fewest = crossings
                best = layers
            }
        }
        layers = best
        crossings = fewest

        // 3. Rows: stacked first, then pulled toward their neighbours.
        var rows = [Double](repeating: 0, count: vertices.count)
        for layer in layers {
            var next = 0
            for vertex in layer {
                let half = vertices[vertex].halfHeight
                rows[vertex] = Double(next + half)
                next += 2 * half + 2
            }
        }
        let passes: [Bool] = [true, false, true, false, true]
        for down in passes {
            let order = down ? Array(layers.indices) : Array(layers.indices.reversed())
            for layer in order {
                let members = layers[layer]
                let wanted = members.map { vertex -> Double in
                    let neighbours = down ? predecessors[vertex] : successors[vertex]
                    guard !neighbours.isEmpty else { return rows[vertex] }
                    return neighbours.map { rows[$0] }.reduce(0, +) / Double(neighbours.count)
                }
                let gaps = zip(members, members.dropFirst()).map { Double(separation(vertices[$0], vertices[$1])) }
                for (vertex, row) in zip(members, GraphLayout.place(wanted, gaps: gaps)) { rows[vertex] = row }
            }
        }
        // Whole rows, still apart, and the top one at 0.
        for layer in layers {
            var lowest = Int.min
            for (index, vertex) in layer.enumerated() {
                var row = Int(rows[vertex].rounded())
                if index > 0 { row = Swift.max(row, lowest + separation(vertices[layer[index - 1]], vertices[vertex])) }
                vertices[vertex].row = row
                lowest = row
            }
        }
        let top = vertices.map { $0.row - $0.halfHeight }.min() ?? 0
        for index in vertices.indices { vertices[index].row -= top }
    }

    /// How far apart the middles of two vertices one above the other must
    /// be: their halves and a blank row between. An operation keeps the room
    /// of the box it makes, so that the box can stand level with it.
    private func separation(_ upper: Vertex, _ lower: Vertex) -> Int {
        func room(_ vertex: Vertex) -> Int { vertex.kind == .bend ? 0 : 1 }
        return room(upper) + room(lower) + 2
    }

    /// Rows as close as can be to `wanted` (least squares), in order, each
    /// at least `gaps[i]` below the one before: pool adjacent violators on
    /// the wanted rows less the gaps before them.
    static func place(_ wanted: [Double], gaps: [Double]) -> [Double] {
        var offsets = [0.0]
        for gap in gaps { offsets.append(offsets.last! + gap) }
        var blocks: [(sum: Double, count: Int)] = []
        for (index, row) in wanted.enumerated() {
            blocks.append((row - offsets[index], 1))
            while blocks.count > 1,
                blocks[blocks.count - 2].sum / Double(blocks[blocks.count - 2].count)
                    > blocks[blocks.count - 1].sum / Double(blocks[blocks.count - 1].count)
            {
                let last = blocks.removeLast()
                blocks[blocks.count - 1].sum += last.sum
                blocks[blocks.count - 1].count += last.count
            }
        }
        var result: [Double] = []
        for block in blocks {
            let mean = block.sum / Double(block.count)
            for _ in 0..<block.count { result.append(mean + offsets[result.count]) }
        }
        return result
    }

    /// Pairs of edges between adjacent layers whose ends are in opposite
    /// orders: the inversions of the targets' positions, edges sorted by
    /// source then target, counted by merge sort (a layer of a large
    /// graph has thousands of edges, too many to compare pairwise).
    static func crossings(_ layers: [[Int]], successors: [[Int]], position: [Double]) -> Int {
        var total = 0
        for layer in layers {
            var ends: [(Double, Double)] = []
            for vertex in layer { for next in successors[vertex] { ends.append((position[vertex], position[next])) } }
            ends.sort { $0 < $1 }
            var targets = ends.map(\.1)
            var buffer = targets
            var width = 1
            while width < targets.count {
                var start = 0
                while start < targets.count {
                    let middle = Swift.min(start + width, targets.count)
                    let end = Swift.min(start + 2 * width, targets.count)
                    var (i, j, k) = (start, middle, start)
                    while i < middle || j < end {
                        if j == end || (i < middle && targets[i] <= targets[j]) {
                            buffer[k] = targets[i]
                            i += 1
                        } else {
                            total += middle - i  // every one left in the first half is larger
                            buffer[k] = targets[j]
                            j += 1
                        }
                        k += 1
                    }
                    start = end
                }
                swap(&targets, &buffer)
                width *= 2
            }
        }
        return total
    }

    /// The edges that leave a vertex.
    public func edges(from vertex: Int) -> [Edge] { outgoing[vertex].map { edges[$0] } }
}
