import Autograd

/// What an expression evaluates to: one node of the graph, or an array of
/// nodes (each element its own scalar node, so each has its own gradient).
public enum Value: Hashable, Sendable {
    case scalar(Node)
    case array(NodeArray)

    /// Every node of the value, in row-major order.
    public var nodes: [Node] {
        switch self {
        case .scalar(let node): [node]
        case .array(let array): array.elements
        }
    }

    /// `[]` for a scalar, `[n]` for a vector, `[rows, columns]` for a matrix.
    public var shape: [Int] {
        switch self {
        case .scalar: []
        case .array(let array): array.shape
        }
    }

    /// The same value with every node moved through `relocation`.
    func relocated(_ relocation: Relocation) -> Value? {
        switch self {
        case .scalar(let node):
            return relocation[node].map(Value.scalar)
        case .array(let array):
            var moved: [Node] = []
            moved.reserveCapacity(array.elements.count)
            for element in array.elements {
                guard let node = relocation[element] else { return nil }
                moved.append(node)
            }
            return .array(NodeArray(shape: array.shape, elements: moved))
        }
    }
}

/// An array of nodes with a shape of one or two dimensions, stored row by row.
public struct NodeArray: Hashable, Sendable {
    public var shape: [Int]
    public var elements: [Node]

    public init(shape: [Int], elements: [Node]) {
        precondition(shape.reduce(1, *) == elements.count, "shape does not match the number of elements")
        self.shape = shape
        self.elements = elements
    }
}

/// How shapes are written in messages: `[5, 1]`, or `scalar`.
public func describe(shape: [Int]) -> String {
    shape.isEmpty ? "scalar" : "[\(shape.map(String.init).joined(separator: ", "))]"
}
