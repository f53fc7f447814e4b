import Autograd
import Calc
import Testing
import TextKit
@testable import Views

/// The one labeller: every label reads back as the graph it names, and a
/// node has the same label in a table, a drawing and an explanation.
@Suite("Node labels")
struct NodeLabelerTests {
    /// A workspace where `source` has run.
    static func workspace(_ source: String) throws -> Workspace {
        let workspace = Workspace()
        var evaluator = Evaluator(workspace: workspace)
        for statement in try Parser.parse(source) { _ = try evaluator.run(statement) }
        return workspace
    }

    static func node(_ name: String, in workspace: Workspace) throws -> Node {
        guard case .scalar(let node) = try #require(workspace.value(named: name)) else {
            throw Failure(description: "\(name) is not a scalar")
        }
        return node
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// The tree under a node down to named nodes and numbers, as text:
    /// `*(a, /(b, c))`. The negation of a number that is not negative is
    /// the negative number: `-(2)` is written `-2`, which reads back as a
    /// number of the same value.
    static func shape(of node: Node, labels: NodeLabeler, tape: Tape) -> String {
        if labels.isName(node) { return labels.label(node) }
        let operation = tape.operation(node)
        let inputs = tape.inputs(node)
        if operation.arity == 0 { return NumberFormatting.human(tape.data(node)) }
        if operation == .negate, tape.operation(inputs[0]) == .constant, tape.data(inputs[0]) >= 0 {
            return NumberFormatting.human(-tape.data(inputs[0]))
        }
        return "\(operation.name)(" + inputs.map { shape(of: $0, labels: labels, tape: tape) }.joined(separator: ", ") + ")"
    }

    /// The same for an expression as parsed.
    static func shape(of expression: Expression) -> String {
        switch expression {
        case .number(let value, _): return NumberFormatting.human(value)
        case .name(let name, _): return name
        case .parenthesized(let inner, _): return shape(of: inner)
        case .negate(.number(let value, _), _): return NumberFormatting.human(-value)
        case .negate(let operand, _): return "neg(\(shape(of: operand)))"
        case .binary(let operation, let left, let right, _):
            return "\(operation.operation?.name ?? operation.rawValue)(\(shape(of: left)), \(shape(of: right)))"
        case .call(let name, let arguments, _, _):
            return "\(name)(" + arguments.map(shape(of:)).joined(separator: ", ") + ")"
        case .array: return "array"
        case .index: return "index"
        }
    }

    /// Expressions two levels deep over every operator, a negation and a
    /// function, with names, a positive and a negative number as leaves.
    static var expressions: [String] {
        let leaves = ["a", "b", "2", "-3"]
        let binary = ["+", "-", "*", "/", "^"]
        func combine(_ parts: [String]) -> [String] {
            var made: [String] = []
            for left in parts {
                for right in parts.prefix(3) {
                    for symbol in binary { made.append("(\(left)) \(symbol) (\(right))") }
                }
                made += ["-(\(left))", "tanh(\(left))"]
            }
            return made
        }
        let one = combine(leaves)
        return one + combine(Array(one.prefix(24))).filter { !$0.contains("-3)) ^") }
    }

    @Test("every label parses back to the tree of the node it names")
    func labelsReadBack() throws {
        var checked = 0
        for (index, expression) in NodeLabelerTests.expressions.enumerated() {
            let workspace = try NodeLabelerTests.workspace("a = 1.5\nb = 0.5\nr\(index) = \(expression)")
            let labels = NodeLabeler(workspace: workspace, maxWidth: 1000)
            let tape = workspace.tape
            let output = try NodeLabelerTests.node("r\(index)", in: workspace)
            for node in tape.subgraph(of: output) where !labels.isName(node) && tape.operation(node).arity > 0 {
                let label = labels.label(node)
                let parsed = try #require(try Parser.parse(label).first, "\(label)")
                #expect(
                    NodeLabelerTests.shape(of: parsed.expression) == NodeLabelerTests.shape(of: node, labels: labels, tape: tape),
                    "\(expression): the label \(label) reads back as another tree")
                checked += 1
            }
            // The named output is written from its inputs the same way.
            if let definition = labels.definition(output) {
                let parsed = try #require(try Parser.parse(definition.text).first)
                let inputs = tape.inputs(output)
                let tree = tape.operation(output) == .negate && tape.operation(inputs[0]) == .constant && tape.data(inputs[0]) >= 0
                    ? NumberFormatting.human(-tape.data(inputs[0]))
                    : "\(tape.operation(output).name)("
                        + inputs.map { NodeLabelerTests.shape(of: $0, labels: labels, tape: tape) }.joined(separator: ", ") + ")"
                #expect(NodeLabelerTests.shape(of: parsed.expression) == tree, "\(expression): r = \(definition.text)")
            }
        }
        #expect(checked > 500)
    }

    @Test("a*(b/c) and a*(b*c) keep their brackets; a*b/c needs none")
    func bracketsOfProducts() throws {
        let workspace = try NodeLabelerTests.workspace("a = 2\nb = 3\nc = 4\nL = a*(b/c)\nM = a*(b*c)\nN = a*b/c\nP = (a - b) - (c - a)")
        let labels = NodeLabeler(workspace: workspace)
        func defined(_ name: String) throws -> String? {
            labels.definition(try NodeLabelerTests.node(name, in: workspace))?.text
        }
        #expect(try defined("L") == "a*(b/c)")
        #expect(try defined("M") == "a*(b*c)")
        #expect(try defined("N") == "a*b/c")
        #expect(try defined("P") == "a - b - (c - a)")
        let rule = ChainRule(workspace: workspace)
        #expect(rule.definition(of: try NodeLabelerTests.node("L", in: workspace)) == "L = a*(b/c)")
    }

    @Test("names, primed names, elements and numbers; a long input is cut to …")
    func namesAndCuts() throws {
        let workspace = try NodeLabelerTests.workspace(
            "a = 2\nc = a + 1\nc = c*3\nw = [[1, 2], [3, 4]]\nt = tanh(sum(w) * -2)\nlong = (a + a + a + a + a + a + a + a + a + a)*a")
        let labels = NodeLabeler(workspace: workspace)
        let tape = workspace.tape
        let c = try NodeLabelerTests.node("c", in: workspace)
        #expect(labels.label(c) == "c")
        #expect(labels.definition(c)?.text == "c′*3")
        let t = try NodeLabelerTests.node("t", in: workspace)
        #expect(labels.definition(t)?.text == "tanh((…)*-2)")
        let long = try NodeLabelerTests.node("long", in: workspace)
        #expect(labels.definition(long)?.text == "(… + a + a + a)*a")
        #expect(labels.variable(c) == "c")
        #expect(labels.variable(tape.inputs(t)[0]) == "((…)*-2)")
        #expect(labels.atom(tape.inputs(t)[0]) == "((…)*-2)")
        // The elements of w are called by their names, the first one too.
        let first = try #require(workspace.value(named: "w")?.nodes.first)
        #expect(labels.boundName(first) == "w[0,0]")
    }

    @Test("the table, the drawing, the explanation and the check name a node alike")
    func oneNameEverywhere() throws {
        let workspace = try NodeLabelerTests.workspace("a = 2\nb = 3\nc = 4\nL = a*(b/c) + tanh(a - b)")
        let output = try NodeLabelerTests.node("L", in: workspace)
        workspace.tape.backward(from: output)
        let labels = NodeLabeler(workspace: workspace)
        let table = NodeTable(style: .plain).render(workspace.tape.subgraph(of: output), workspace: workspace, command: ":nodes L")
        let graph = DisplayGraph(of: [output], workspace: workspace, showElements: false)
        let drawing = GraphDrawing(style: .plain, width: 100).render(graph, tape: workspace.tape, command: ":nodes L")
        let dot = DotExport.text(of: graph, tape: workspace.tape, title: "L")
        for node in workspace.tape.subgraph(of: output) where !labels.isName(node) && workspace.tape.operation(node).arity > 0 {
            let label = labels.label(node)
            #expect(table.contains(label), "\(label) in\n\(table)")
            #expect(drawing.contains(label), "\(label) in\n\(drawing)")
            #expect(dot.contains(label), "\(label) in\n\(dot)")
        }
    }

    /// Issue 19, item 5: `:nodes` streams its table and stops on Ctrl-C;
    /// item 7: a name rebound thousands of times keeps its tables linear.
    @Test("a table written in pieces is the rendered table; stopped, it says so")
    func tableInPieces() throws {
        let workspace = try Self.workspace("w = [[1, -2.5], [3, 4]]; s = sum(w*w) + 0.125")
        let s = try Self.node("s", in: workspace)
        workspace.tape.backward(from: s)
        let nodes = workspace.tape.subgraph(of: s)
        let table = NodeTable(style: .plain)
        let whole = table.render(nodes, workspace: workspace, showAll: true)
        var pieces = ""
        #expect(table.write(nodes, workspace: workspace, showAll: true, to: { pieces += $0 }))
        #expect(pieces == whole)
        #expect(whole.contains("  w[0,1]"))
        #expect(whole.contains("-2.5  "))
        // 7,199 rows. Ctrl-C while the columns are measured: nothing shown.
        let large = try Self.workspace("w = zeros(40, 60); s = sum(w*w)")
        let rows = large.tape.subgraph(of: try Self.node("s", in: large))
        var stopped = ""
        #expect(!table.write(rows, workspace: large, showAll: true, to: { stopped += $0 }, shouldStop: { true }))
        #expect(stopped.isEmpty)
        // Ctrl-C once the rows are written (after the checks of the
        // measuring pass): the header and the first piece.
        #expect(rows.count == 7_199)
        let measuring = (rows.count - 1) / NodeTable.rowsPerPiece
        var checks = 0
        #expect(!table.write(rows, workspace: large, showAll: true, to: { stopped += $0 }, shouldStop: {
            checks += 1
            return checks > measuring
        }))
        #expect(stopped.split(separator: "\n").count == 1 + NodeTable.rowsPerPiece)
    }
}
