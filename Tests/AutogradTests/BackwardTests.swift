import Autograd
import RealModule
import Testing

@Suite("Backward")
struct BackwardTests {
    /// micrograd's README example, written on the tape: g = 24.7041,
    /// dg/da = 138.8338, dg/db = 645.5773.
    @Test("micrograd's README example")
    func readmeExample() {
        let t = Tape()
        let a = t.leaf(-4, label: "a")
        let b = t.leaf(2, label: "b")
        var c = t.add(a, b)
        var d = t.add(t.multiply(a, b), t.power(b, t.constant(3)))
        c = t.add(t.add(c, c), t.constant(1))
        c = t.add(t.add(t.add(c, t.constant(1)), c), t.negate(a))
        d = t.add(t.add(d, t.multiply(d, t.constant(2))), t.relu(t.add(b, a)))
        d = t.add(t.add(d, t.multiply(t.constant(3), d)), t.relu(t.subtract(b, a)))
        let e = t.subtract(c, d)
        let f = t.power(e, t.constant(2))
        var g = t.divide(f, t.constant(2))
        g = t.add(g, t.divide(t.constant(10), f))
        t.backward(from: g)
        #expect(isClose(t.data(g), 24.7041, tolerance: 1e-4))
        #expect(isClose(t.grad(a), 138.8338, tolerance: 1e-4))
        #expect(isClose(t.grad(b), 645.5773, tolerance: 1e-4))
        #expect(isClose(t.grad(a), centralDifference(t, of: g, withRespectTo: a), tolerance: 1e-5))
        #expect(isClose(t.grad(b), centralDifference(t, of: g, withRespectTo: b), tolerance: 1e-5))
    }

    @Test("a node used twice receives both shares")
    func reuse() {
        let t = Tape()
        let a = t.leaf(3)
        let sum = t.add(a, a)
        t.backward(from: sum)
        #expect(t.grad(a) == 2, "d(a + a)/da = 1 + 1")
        let square = t.multiply(a, a)
        t.backward(from: square)
        #expect(t.grad(a) == 6, "d(a * a)/da = a + a")
        // The lecture's reuse example: b = a + a; d = a*b; e = a + b; f = d*e
        let b = t.add(a, a)
        let d = t.multiply(a, b)
        let e = t.add(a, b)
        let f = t.multiply(d, e)
        t.backward(from: f)
        // f = 2a^2 * 3a = 6a^3, so df/da = 18a^2 = 162
        #expect(t.grad(a) == 162)
    }

    @Test("backward twice gives the same gradients, not doubled ones")
    func twice() {
        let t = Tape()
        let a = t.leaf(2)
        let b = t.leaf(-3)
        let c = t.multiply(a, b)
        t.backward(from: c)
        t.backward(from: c)
        #expect(t.grad(a) == -3)
        #expect(t.grad(b) == 2)
    }

    @Test("gradients belong to the last output")
    func lastOutput() {
        let t = Tape()
        let a = t.leaf(2)
        let b = t.leaf(5)
        let product = t.multiply(a, b)
        let other = t.tanh(b)
        t.backward(from: product)
        t.backward(from: other)
        #expect(t.grad(a) == 0, "tanh(b) does not depend on a")
        #expect(isClose(t.grad(b), 1 - Tanh.forward(5) * Tanh.forward(5)))
    }

    @Test("nodes outside the graph do not poison it with NaN")
    func unrelatedNaN() {
        let t = Tape()
        let a = t.leaf(0)
        _ = t.log(a)  // -inf, with an infinite slope, but unrelated to y
        let y = t.multiply(a, t.constant(3))
        t.backward(from: y)
        #expect(t.grad(a) == 3)
    }

    /// A chain a million nodes deep: micrograd's recursive topological sort
    /// fails at about a thousand.
    @Test("a chain a million nodes deep")
    func deepChain() {
        let t = Tape(capacity: 1_500_001)
        let x0 = t.leaf(0.5)
        var x = x0
        let scale = t.constant(0.999)
        let shift = t.constant(0.001)
        for _ in 0..<500_000 {
            x = t.add(t.multiply(x, scale), shift)
        }
        t.backward(from: x)
        let expected = Double.pow(0.999, 500_000 as Double)
        #expect(isClose(t.grad(x0), expected, tolerance: 1e-9))
        #expect(t.grad(x0) > 0)
    }

    @Test("recompute replays the forward pass after a leaf changes")
    func recompute() {
        let t = Tape()
        let w = t.leaf(1)
        let loss = t.power(t.subtract(w, t.constant(3)), t.constant(2))
        #expect(t.data(loss) == 4)
        t.setData(w, 3)
        t.recompute()
        #expect(t.data(loss) == 0)
    }
}
