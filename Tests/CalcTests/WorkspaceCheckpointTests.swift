import Testing

@testable import Calc

/// A checkpoint brings names, results and the random numbers back.
@Suite("Workspace checkpoints")
struct WorkspaceCheckpointTests {
    func run(_ line: String, in workspace: Workspace) throws {
        var evaluator = Evaluator(workspace: workspace)
        for statement in try Parser.parse(line) { _ = try evaluator.run(statement) }
    }

    @Test("names bound, rebound and made after a checkpoint are as they were; randn draws the same numbers again")
    func restore() throws {
        let workspace = Workspace(seed: 3)
        try run("a = 2", in: workspace)
        try run("c = a*a", in: workspace)
        let saved = workspace.checkpoint()
        try run("r = randn(2)", in: workspace)
        let first = workspace.value(named: "r")!.nodes.map(workspace.tape.data)
        try run("a = 5", in: workspace)
        try run("d = c + 1", in: workspace)
        workspace.restore(saved)
        #expect(workspace.names == ["a", "c"])
        #expect(workspace.value(named: "a").map { workspace.tape.data($0.nodes[0]) } == 2)
        #expect(workspace.value(named: "c").map { workspace.tape.data($0.nodes[0]) } == 4)
        try run("r = randn(2)", in: workspace)
        #expect(workspace.value(named: "r")!.nodes.map(workspace.tape.data) == first)
    }
}
