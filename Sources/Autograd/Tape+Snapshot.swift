/// A copy of the whole tape, to come back to: `lessons check` tries every
/// listed answer of a step from the same start state, and building that
/// state again for each answer (training included) would cost far more than
/// copying the tape once.
extension Tape {
    /// Every node's operation, inputs, value, gradient and label.
    public struct Snapshot: Sendable {
        let operations: [Operation]
        let firstInputs: [Int32]
        let secondInputs: [Int32]
        let data: [Double]
        let grads: [Double]
        let labels: [StoredLabel?]
        let retirements: [String: Int32]
        let gradientsWritten: Int
    }

    public func snapshot() -> Snapshot {
        let nodes = 0..<count
        return Snapshot(
            operations: nodes.map { operations[$0] }, firstInputs: nodes.map { firstInputs[$0] },
            secondInputs: nodes.map { secondInputs[$0] }, data: nodes.map { data[$0] }, grads: nodes.map { grads[$0] },
            labels: labels, retirements: retirements, gradientsWritten: gradientsWritten)
    }

    /// The tape exactly as it was at `snapshot`, whatever happened since
    /// (new nodes, changed values, a compaction).
    public func restore(_ snapshot: Snapshot) {
        truncate(to: 0)
        reserveCapacity(snapshot.data.count)
        for index in snapshot.data.indices {
            operations[index] = snapshot.operations[index]
            firstInputs[index] = snapshot.firstInputs[index]
            secondInputs[index] = snapshot.secondInputs[index]
            data[index] = snapshot.data[index]
            grads[index] = snapshot.grads[index]
        }
        nodeCount = snapshot.data.count
        labels = snapshot.labels
        retirements = snapshot.retirements
        gradientsWritten = snapshot.gradientsWritten
    }
}
