import Autograd
import Calc
import Testing
import TextKit
@testable import Views

/// `:draw`'s picture: whole drawings of the lecture's graphs, each node
/// once, fitting 100 columns.
@Suite("DAG drawing")
struct DagDrawingTests {
    /// The drawing of `name` after `source` has run, backward from it.
    static func draw(_ source: String, _ name: String, style: Style = .plain) throws -> DagDrawing.Drawing {
        let workspace = try NodeLabelerTests.workspace(source)
        let node = try NodeLabelerTests.node(name, in: workspace)
        workspace.tape.backward(from: node)
        let graph = DisplayGraph(of: [node], workspace: workspace, showElements: true, labelWidth: 4)
        let picture = GraphPicture(graph, tape: workspace.tape, showGrads: true)
        return DagDrawing(style: style).render(picture, width: 100)
    }

    @Test func lecture() throws {
        let drawing = try Self.draw("a = 2; b = -3; c = 10; e = a*b; d = e + c; f = -2; L = d*f", "L")
        print(drawing.text)
        #expect(drawing.width <= 100)
    }

    @Test func reusedNode() throws {
        let drawing = try Self.draw("a = 2; e = 0.5; r = e*a + tanh(e)", "r")
        print(drawing.text)
        #expect(drawing.width <= 100)
    }

    @Test func neuron() throws {
        let drawing = try Self.draw("x1 = 2; x2 = 0; w1 = -3; w2 = 1; b = 6.8813735870195432; o = tanh(w1*x1 + w2*x2 + b)", "o")
        print(drawing.text)
        #expect(drawing.width <= 100)
    }
}
