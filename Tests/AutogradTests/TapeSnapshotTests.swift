import Testing

@testable import Autograd

/// A snapshot brings the tape back exactly: nodes made since are gone,
/// values and gradients changed since are as they were.
@Suite("Tape snapshots")
struct TapeSnapshotTests {
    @Test("restore undoes new nodes, changed leaves and gradients")
    func restore() {
        let tape = Tape()
        let a = tape.leaf(2, label: "a")
        let b = tape.leaf(-3, label: "b")
        let c = tape.multiply(a, b)
        tape.backward(from: c)
        let saved = tape.snapshot()
        tape.setData(a, 10)
        _ = tape.add(c, a)
        tape.recompute()
        tape.backward(from: c)
        tape.restore(saved)
        #expect(tape.count == 3)
        #expect(tape.data(a) == 2)
        #expect(tape.data(c) == -6)
        #expect(tape.grad(a) == -3)
        #expect(tape.grad(b) == 2)
        #expect(tape.operation(c) == .multiply)
    }
}
