import TextKit
import Autograd
import Calc

/// What `:draw` and the SVG drawing show of a graph: its ``GraphLayout``
/// and the words in each box (label, data, grad) and each operation node,
/// worked out once so that the two renderers say the same.
public struct GraphPicture: Sendable {
    public let layout: GraphLayout
    /// By item: the label (``NodeLabeler``'s, cut to `maxLabel` columns).
    public let labels: [String]
    /// By item: the value, nil for an array.
    public let values: [Double?]
    /// By item: an array's shape (`[2, 3]`), nil for a number.
    public let shapes: [String?]
    /// By item: the gradient, nil for an array or when there are none.
    public let grads: [Double?]
    /// By item: the operation that made it (`*`, `tanh`, `leaf`).
    public let operations: [String]
    /// By item: bound to a name, so it stands out.
    public let named: [Bool]
    /// The item with the largest |grad|, the result itself and constants
    /// aside; nil if every gradient is 0 or there are none.
    public let largest: Int?
    /// The results drawn (their boxes are bold).
    public let roots: Set<Int>

    public init(_ graph: DisplayGraph, tape: Tape, showGrads: Bool, language: Language = .en, maxLabel: Int = 16) {
        layout = GraphLayout(graph)
        var labels: [String] = []
        var values: [Double?] = []
        var shapes: [String?] = []
        var grads: [Double?] = []
        var operations: [String] = []
        var named: [Bool] = []
        for item in graph.items.indices {
            labels.append(TextLayout.truncate(graph.label(of: item), to: maxLabel))
            named.append(graph.isNamed(item))
            operations.append(TableMessage.operation(graph.operation(of: item), language))
            switch graph.items[item] {
            case .node(let node):
                values.append(tape.data(node))
                shapes.append(nil)
                grads.append(showGrads ? tape.grad(node) : nil)
            case .array(let group):
                values.append(nil)
                shapes.append(describe(shape: graph.arrays[group].shape))
                grads.append(nil)
            }
        }
        self.labels = labels
        self.values = values
        self.shapes = shapes
        self.grads = grads
        self.operations = operations
        self.named = named
        roots = Set(graph.roots)
        var largest: Int?
        // A number written in the expression is left out: nothing learns it.
        for item in graph.items.indices where !roots.contains(item) && graph.operation(of: item) != "const" {
            guard let grad = grads[item], grad.isFinite, grad != 0 else { continue }
            if largest.map({ Swift.abs(grads[$0]!) < Swift.abs(grad) }) ?? true { largest = item }
        }
        self.largest = largest
    }

    /// The value as the boxes write it (`digits` as in
    /// ``NumberFormatting/human(_:digits:)``), or the array's shape.
    public func dataText(_ item: Int, digits: Int = 4) -> String {
        values[item].map { NumberFormatting.human($0, digits: digits) } ?? shapes[item] ?? ""
    }

    /// The gradient as the boxes write it, or "" for none.
    public func gradText(_ item: Int, digits: Int = 4) -> String {
        grads[item].map { NumberFormatting.human($0, digits: digits) } ?? ""
    }
}
