/// NumPy's broadcasting rule, for the shapes the language has: scalars
/// (`[]`), vectors (`[n]`) and matrices (`[rows, columns]`).
///
/// The rule: line the two shapes up from the right (the last dimension
/// with the last dimension); each pair of sizes must be equal, or one of
/// them 1, which is stretched to the other; a missing dimension counts as
/// 1. So `[5, 1]` with `[3]` is `[5, 1]` with `[1, 3]`, which gives
/// `[5, 3]`; `[2, 3]` with `[3]` adds the vector to every row.
///
/// Nothing is copied: a stretched input is read again at the same place,
/// so each of its nodes is used by several results, and backward adds up
/// the gradient from every use, exactly what NumPy's "sum over the
/// broadcast axes" does by hand.
enum Broadcasting {
    /// Two sizes that cannot be lined up, counted from the right: axis 1 is
    /// the last dimension, axis 2 the one before it.
    struct Conflict: Error, Hashable {
        var left: Int
        var right: Int
    }

    /// The shape of `x ⊕ y`, or the first pair of sizes (from the right)
    /// that neither match nor are 1.
    static func shape(_ x: [Int], _ y: [Int]) -> Result<[Int], Conflict> {
        let rank = Swift.max(x.count, y.count)
        var result = [Int](repeating: 1, count: rank)
        for offset in 0..<rank {
            let a = offset < x.count ? x[x.count - 1 - offset] : 1
            let b = offset < y.count ? y[y.count - 1 - offset] : 1
            guard a == b || a == 1 || b == 1 else { return .failure(Conflict(left: a, right: b)) }
            result[rank - 1 - offset] = a == 1 ? b : a
        }
        return .success(result)
    }

    /// The hint that explains the rule with the sizes that broke it.
    static func hint(for conflict: Conflict) -> CalcMessage {
        .broadcastRule(conflict.left, conflict.right)
    }
}

/// Where each element of a broadcast result reads one input.
///
/// Both shapes are seen as matrices (a vector `[n]` is one row `[1, n]`, a
/// scalar is `[1, 1]`); a dimension of size 1 that is stretched has stride
/// 0, so every row (or column) of the result reads the same input row.
struct BroadcastIndexer {
    private let rowStride: Int
    private let columnStride: Int

    /// `input` must broadcast to `output` (see ``Broadcasting/shape(_:_:)``).
    init(input: [Int], output: [Int]) {
        let rows = input.count == 2 ? input[0] : 1
        let columns = input.last ?? 1
        let outputRows = output.count == 2 ? output[0] : 1
        let outputColumns = output.last ?? 1
        columnStride = columns == 1 && outputColumns != 1 ? 0 : 1
        rowStride = rows == 1 && outputRows != 1 ? 0 : columns
    }

    /// The flat (row-major) index into the input for result element (row, column).
    @inline(__always)
    func index(row: Int, column: Int) -> Int {
        row * rowStride + column * columnStride
    }
}

/// How many elements an array of this shape has, or nil if that does not
/// fit in an `Int` (a shape built from sizes the learner typed).
func elementCount(of shape: [Int]) -> Int? {
    var count = 1
    for size in shape {
        let (product, overflow) = count.multipliedReportingOverflow(by: size)
        if overflow || size < 0 { return nil }
        count = product
    }
    return count
}
