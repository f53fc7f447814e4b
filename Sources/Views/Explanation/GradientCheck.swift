#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Autograd

/// Gradients checked against the definition of a derivative: nudge a node
/// up and down by a small h, replay the tape, and see how the output moved,
/// `(L(x + h) - L(x - h)) / 2h` (a central difference, whose error shrinks
/// like h², against h for a one-sided one).
///
/// A node is nudged with `Tape.setData` and the nodes after it are replayed
/// with `Tape.recompute(from:)`, so an inner node (`a*b`) can be nudged as
/// well as a leaf: what comes after it is computed again from its new value.
public struct GradientCheck {
    public struct Entry {
        public var node: Node
        public var autograd: Double
        public var numerical: Double
        /// `|autograd - numerical| / max(|autograd|, |numerical|, 1)`:
        /// relative for gradients larger than 1, absolute below.
        public var error: Double
        public var tolerance: Double

        /// Both numbers are finite, so they can be compared at all.
        public var comparable: Bool { autograd.isFinite && numerical.isFinite }
        public var passed: Bool { comparable && error <= tolerance }
    }

    /// Agreement asked for, relative to the size of the gradient.
    public static let tolerance = 1e-5
    /// The nudge is h = `step` × max(1, |x|).
    public static let step = 1e-6
    /// When x ± h gives no finite difference (log(x) with x = 1e-9 and
    /// x - h < 0), h is divided by this and tried again, `retries` times:
    /// near a domain edge a smaller nudge stays inside. A retry's h is also
    /// at most |x| / `retryShrink`, so that x ± h keeps the sign of x: a
    /// nudge to just above 0 would give a finite but meaningless difference.
    public static let retryShrink = 1e3
    public static let retries = 2

    public let tape: Tape
    public let output: Node

    public init(tape: Tape, output: Node) {
        self.tape = tape
        self.output = output
    }

    /// Checks the given gradients of `nodes`, nearest the output first.
    /// `gradient` says what autograd claims for each (the tape's `grad`,
    /// or, in tests, deliberately wrong numbers). `shouldStop` is asked
    /// between nodes; when it says yes, the entries so far are returned.
    /// The tape's values are as before when this returns.
    public func run(_ nodes: [Node], gradient: (Node) -> Double, shouldStop: () -> Bool = { false }) -> [Entry] {
        let ordered = nodes.sorted(by: >)
        var entries: [Entry] = []
        // Nodes go from the last on the tape to the first: replaying from a
        // node also repairs everything after it, so the values left by the
        // previous nudge are put right by the next one, and one replay at
        // the end restores the rest.
        for node in ordered {
            if shouldStop() { break }
            entries.append(check(node, claimed: gradient(node)))
        }
        if let lowest = ordered.prefix(entries.count).last {
            tape.recompute(from: Int(lowest.index) + 1)
        }
        return entries
    }

    private func check(_ node: Node, claimed: Double) -> Entry {
        let original = tape.data(node)
        var h = GradientCheck.step * Swift.max(1, Swift.abs(original))
        var (above, below, numerical) = difference(node, at: original, by: h)
        for _ in 0..<GradientCheck.retries where !numerical.isFinite {
            h /= GradientCheck.retryShrink
            if original != 0 { h = Swift.min(h, Swift.abs(original) / GradientCheck.retryShrink) }
            (above, below, numerical) = difference(node, at: original, by: h)
            // An edge just outside x ± h still bends the difference
            // (log(x - 1) at x = 1 + 1e-9): trust it only when a tenth of
            // the step gives nearly the same; else shrink again, or give up.
            let closer = difference(node, at: original, by: h / 10)
            let noise = 1e-3 * Swift.max(Swift.abs(numerical), 1)
                + 640 * Double.ulpOfOne * Swift.max(Swift.abs(closer.above), Swift.abs(closer.below), 1) / h
            if !(Swift.abs(closer.numerical - numerical) <= noise) { numerical = .nan }
        }
        let error = Swift.abs(claimed - numerical) / Swift.max(Swift.abs(claimed), Swift.abs(numerical), 1)
        // Rounding in L(x ± h) is about ε|L| each, which the division by 2h
        // magnifies; past that the difference cannot tell.
        let rounding = 64 * Double.ulpOfOne * Swift.max(Swift.abs(above), Swift.abs(below), 1) / h
        return Entry(node: node, autograd: claimed, numerical: numerical, error: error,
                     tolerance: GradientCheck.tolerance + rounding)
    }

    /// L(x + h), L(x - h) and their central difference, with `node` put
    /// back to `original` afterwards (the nodes after it are left for the
    /// next replay to repair).
    private func difference(_ node: Node, at original: Double, by h: Double)
        -> (above: Double, below: Double, numerical: Double)
    {
        let after = Int(node.index) + 1
        tape.setData(node, original + h)
        tape.recompute(from: after)
        let above = tape.data(output)
        tape.setData(node, original - h)
        tape.recompute(from: after)
        let below = tape.data(output)
        tape.setData(node, original)
        return (above, below, (above - below) / (2 * h))
    }
}
