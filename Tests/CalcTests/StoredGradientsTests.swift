import Testing
import Autograd

@testable import Calc

/// ``StoredGradients``: passes add up, zeroing clears, and the store goes
/// with the nodes through a checkpoint, a compaction and `reset`.
@Suite("Stored gradients")
struct StoredGradientsTests {
    func run(_ line: String, in workspace: Workspace) throws {
        var evaluator = Evaluator(workspace: workspace)
        for statement in try Parser.parse(line) { _ = try evaluator.run(statement) }
    }

    func node(_ name: String, _ workspace: Workspace) -> Node { workspace.value(named: name)!.nodes[0] }

    /// L = w*x with w = 3, x = 2: dL/dw = x = 2 and dL/dx = w = 3 each pass.
    func twoPasses() throws -> Workspace {
        let workspace = Workspace()
        try run("w = 3", in: workspace)
        try run("x = 2", in: workspace)
        try run("L = w*x", in: workspace)
        let loss = node("L", workspace)
        for _ in 0..<2 {
            workspace.tape.backward(from: loss)
            workspace.storedGradients.add(passFrom: loss, on: workspace.tape)
        }
        return workspace
    }

    @Test("two passes of the same loss store twice its gradient; zero() clears them and the count")
    func addAndZero() throws {
        let workspace = try twoPasses()
        var stored = workspace.storedGradients
        #expect(stored.passes == 2)
        #expect(stored.grad(node("w", workspace)) == 4)
        #expect(stored.grad(node("x", workspace)) == 6)
        #expect(stored.grad(node("L", workspace)) == 2)
        #expect(stored.grad(Node(index: 1_000)) == 0, "a node no pass reached")
        stored.zero()
        #expect(stored.isEmpty)
        #expect(stored.grad(node("w", workspace)) == 0)
    }

    @Test("a checkpoint keeps the stored gradients and the switch; reset zeroes them and keeps the switch")
    func checkpointAndReset() throws {
        let workspace = try twoPasses()
        workspace.storedGradients.isAccumulating = true
        let saved = workspace.checkpoint()
        workspace.storedGradients.zero()
        workspace.storedGradients.isAccumulating = false
        workspace.restore(saved)
        #expect(workspace.storedGradients.passes == 2)
        #expect(workspace.storedGradients.isAccumulating)
        #expect(workspace.storedGradients.grad(node("w", workspace)) == 4)
        workspace.reset()
        #expect(workspace.storedGradients.isEmpty)
        #expect(workspace.storedGradients.isAccumulating, "reset keeps the settings")
    }

    @Test("a compaction moves each stored gradient with its node")
    func compaction() throws {
        let workspace = Workspace()
        try run("junk = 1 + 2 + 3", in: workspace)
        try run("w = 3", in: workspace)
        try run("x = 2", in: workspace)
        try run("L = w*x", in: workspace)
        try run("junk = 0", in: workspace)
        let loss = node("L", workspace)
        workspace.tape.backward(from: loss)
        workspace.storedGradients.add(passFrom: loss, on: workspace.tape)
        let before = node("w", workspace)
        workspace.compact()
        let after = node("w", workspace)
        #expect(after.index < before.index, "the dropped nodes made room")
        #expect(workspace.storedGradients.grad(after) == 2)
        #expect(workspace.storedGradients.grad(node("x", workspace)) == 3)
    }
}
