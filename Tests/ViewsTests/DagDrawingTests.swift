import Autograd
import Foundation
import Calc
import Testing
import TextKit
@testable import Views

/// `:draw`'s picture: whole drawings of the lecture's graphs, each node
/// once, each fitting 100 columns.
@Suite("DAG drawing")
struct DagDrawingTests {
    /// The workspace after `source`, backward from `name`, and its picture.
    static func picture(_ source: String, _ name: String) throws -> GraphPicture {
        let workspace = try NodeLabelerTests.workspace(source)
        let node = try NodeLabelerTests.node(name, in: workspace)
        workspace.tape.backward(from: node)
        let graph = DisplayGraph(of: [node], workspace: workspace, showElements: true, labelWidth: 4)
        return GraphPicture(graph, tape: workspace.tape, showGrads: true)
    }

    static func draw(_ source: String, _ name: String, style: Style = .plain, width: Int = 100) throws -> DagDrawing.Drawing {
        DagDrawing(style: style).render(try picture(source, name), width: width)
    }

    static let lecture = "a = 2; b = -3; c = 10; e = a*b; d = e + c; f = -2; L = d*f"

    /// The lecture's `L = (a*b + c)*f`: `a` has the largest |grad| (6), so
    /// its box is double.
    @Test func lectureGraph() throws {
        let drawing = try Self.draw(Self.lecture, "L")
        #expect(drawing.width <= 100)
        #expect(
            drawing.text == """
                                    ┌───┬────┬────┐
                                    │ c │ 10 │ -2 │─┐
                                    └───┴────┴────┘ │
             ╔═══╦════╦════╗                        │      ┌───┬────┬────┐
             ║ a ║  2 ║  6 ║─┐                      ├►(+)─►│ d │  4 │ -2 │─┐
             ╚═══╩════╩════╝ │      ┌───┬────┬────┐ │      └───┴────┴────┘ │      ┌───┬────┬───┐
                             ├►(*)─►│ e │ -6 │ -2 │─┘                      ├►(*)─►│ L │ -8 │ 1 │
             ┌───┬────┬────┐ │      └───┴────┴────┘        ┌───┬────┬────┐ │      └───┴────┴───┘
             │ b │ -3 │ -4 │─┘                             │ f │ -2 │  4 │─┘
             └───┴────┴────┘                               └───┴────┴────┘

            """)
    }

    /// `e` is used twice: one box, two edges leaving it (the `┴┐`).
    @Test func reusedNodeDrawnOnce() throws {
        let drawing = try Self.draw("a = 2; e = 0.5; r = e*a + tanh(e)", "r")
        #expect(drawing.width <= 100)
        #expect(
            drawing.text == """
             ┌───┬─────┬────────┐
             │ a │   2 │    0.5 │─┐          ┌─────────┬────────┬───┐
             └───┴─────┴────────┘ ├─►(*)────►│ e*a     │      1 │ 1 │─┐
                                  │          └─────────┴────────┴───┘ │      ┌───┬────────┬───┐
             ╔═══╦═════╦════════╗ │                                   ├►(+)─►│ r │ 1.4621 │ 1 │
             ║ e ║ 0.5 ║ 2.7864 ║─┴┐         ┌─────────┬────────┬───┐ │      └───┴────────┴───┘
             ╚═══╩═════╩════════╝  └►(tanh)─►│ tanh(e) │ 0.4621 │ 1 │─┘
                                             └─────────┴────────┴───┘

            """)
        #expect(drawing.text.components(separatedBy: " e ").count == 2)
    }

    /// Lesson 2's neuron `tanh(w1*x1 + w2*x2 + b)`: too wide with room
    /// around the fields, so drawn compact, just inside 100 columns.
    @Test func neuron() throws {
        let drawing = try Self.draw(
            "x1 = 2; x2 = 0; w1 = -3; w2 = 1; b = 6.8813735870195432; o = tanh(w1*x1 + w2*x2 + b)", "o")
        #expect(drawing.width <= 100)
        #expect(
            drawing.text == """
            ╔══╦══╦════╗
            ║x1║ 2║-1.5║─┐
            ╚══╩══╩════╝ │     ┌─────┬──┬───┐       ┌─────┬─────┬───┐
                         ├►(*)►│w1*x1│-6│0.5│─┐     │b    │6.881│0.5│─┐
            ┌──┬──┬────┐ │     └─────┴──┴───┘ │     └─────┴─────┴───┘ │     ┌─────┬─────┬───┐        ┌─┬─────┬─┐
            │w1│-3│   1│─┘                    │                       ├►(+)►│… + b│0.881│0.5│►(tanh)►│o│0.707│1│
            └──┴──┴────┘                      │     ┌─────┬─────┬───┐ │     └─────┴─────┴───┘        └─┴─────┴─┘
                                              ├►(+)►│… + …│   -6│0.5│─┘
            ┌──┬──┬────┐                      │     └─────┴─────┴───┘
            │x2│ 0│ 0.5│─┐                    │
            └──┴──┴────┘ │     ┌─────┬──┬───┐ │
                         ├►(*)►│w2*x2│ 0│0.5│─┘
            ┌──┬──┬────┐ │     └─────┴──┴───┘
            │w2│ 1│   0│─┘
            └──┴──┴────┘

            """)
    }

    /// The layout itself: no crossings in these graphs, values in even
    /// layers and operations in odd ones, and each operation level with
    /// the value it makes.
    @Test func layoutIsLayeredAndStraight() throws {
        let layout = try Self.picture(Self.lecture, "L").layout
        #expect(layout.crossings == 0)
        for vertex in layout.vertices {
            switch vertex.kind {
            case .value: #expect(vertex.layer % 2 == 0)
            case .operation: #expect(vertex.layer % 2 == 1)
            case .bend: break
            }
        }
        for edge in layout.edges {
            if case .operation = layout.vertices[edge.from].kind {
                #expect(layout.vertices[edge.from].row == layout.vertices[edge.to].row)
            }
        }
    }

    /// A long edge (`c` to the last operation of `(a*b)*c + c`) gets a bend
    /// in each layer it crosses, and is drawn through them.
    @Test func longEdgesBend() throws {
        let picture = try Self.picture("a = 2; b = 3; c = 4; e = a*b; g = e*c; h = g + c", "h")
        #expect(picture.layout.vertices.contains { $0.kind == .bend })
        let drawing = DagDrawing(style: .plain).render(picture, width: 100)
        #expect(drawing.text.components(separatedBy: " c ").count == 2)
    }

    /// Colour only when the style allows it: gradients green when
    /// positive, red when negative; none at all in plain style.
    @Test func colourFollowsTheStyle() throws {
        let coloured = try Self.draw(Self.lecture, "L", style: Style(color: true)).text
        #expect(coloured.contains(Style(color: true).negative("-4")))
        #expect(coloured.contains(Style(color: true).positive(" 4")))
        #expect(!(try Self.draw(Self.lecture, "L").text.contains("\u{1B}")))
    }

    /// The largest |grad| is of something that can learn: the constant 5
    /// of `a*5` (grad 10) is passed over for `a` (grad 5).
    @Test func largestLeavesOutConstants() throws {
        let picture = try Self.picture("a = 10; L = a*5", "L")
        #expect(picture.largest.map { picture.labels[$0] } == "a")
    }

    /// Without Unicode, ASCII only.
    @Test func asciiFallback() throws {
        let text = try Self.draw(Self.lecture, "L", style: Style(color: false, unicode: false)).text
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("(*)"))
    }
}
