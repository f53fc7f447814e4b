/// A handle to one scalar in a ``Tape``: a leaf you set, a constant, or the
/// result of an operation.
///
/// A node is only an index. Its value (`data`), its gradient (`grad`), the
/// operation that made it and its inputs all live in the tape, one array per
/// field, so that building and differentiating a graph touches contiguous
/// memory and allocates nothing per node.
public struct Node: Hashable, Comparable, Sendable {
    /// The node's position on its tape. Inputs always have smaller indices
    /// than the nodes made from them.
    public let index: Int32

    @inlinable
    public init(index: Int32) {
        self.index = index
    }

    @inlinable
    public static func < (lhs: Node, rhs: Node) -> Bool {
        lhs.index < rhs.index
    }
}
