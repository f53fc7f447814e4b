import Autograd

/// A workspace to come back to: the tape, the names, the last results,
/// the random generator and the stored gradients (with the accumulate
/// switch), as they were. `lessons check` tries each listed answer of a
/// step (`also:`, `not:`) from one start state this way.
extension Workspace {
    public struct Checkpoint: Sendable {
        let tape: Tape.Snapshot
        let bindings: [String: Value]
        let lastResult: Value?
        let lastScalarResult: Node?
        let random: SeededGenerator
        let storedGradients: StoredGradients
    }

    public func checkpoint() -> Checkpoint {
        Checkpoint(
            tape: tape.snapshot(), bindings: bindings, lastResult: lastResult, lastScalarResult: lastScalarResult,
            random: random, storedGradients: storedGradients)
    }

    /// Everything as at `checkpoint`. Work derived from the old state (a
    /// cached set of parameters) sees a new generation and is redone.
    public func restore(_ checkpoint: Checkpoint) {
        tape.restore(checkpoint.tape)
        restoreBindings(checkpoint.bindings, lastResult: checkpoint.lastResult)
        lastScalarResult = checkpoint.lastScalarResult
        random = checkpoint.random
        storedGradients = checkpoint.storedGradients
    }
}
