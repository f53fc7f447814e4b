import Autograd
import Testing
@testable import Calc

/// `x[i, j]`, `x[i]` and `_` (Evaluator+Indexing.swift), and `a -= x`.
@Suite("Indexing, the last result and compound assignment")
struct IndexingTests {
    @Test("an element is the array's own node, as tables label it")
    func elementIsTheNode() throws {
        let (workspace, value) = try evaluate("w = [[1, 2], [3, 4]]; w[1, 0]")
        guard case .scalar(let node) = value, case .array(let w)? = workspace.value(named: "w") else {
            Issue.record("not a scalar")
            return
        }
        #expect(node == w.elements[2])
        #expect(workspace.tape.label(node) == "w[1,0]")
        #expect(try number("w = [[1, 2], [3, 4]]; w[-1, -1]") == 4)
        #expect(try number("w = [[1, 2], [3, 4]]; w[0][1]") == 2)
        #expect(try number("v = [5, 6, 7]; v[2]") == 7)
        #expect(try evaluate("w = [[1, 2], [3, 4]]; w[1]").1.shape == [2])
    }

    @Test("a gradient through an element reaches the array there, and only there")
    func backpropIntoArray() throws {
        let (workspace, value) = try evaluate("w = [[1, 2], [3, 4]]; y = w[0, 1] * 3 + w[0, 1]")
        guard case .scalar(let y) = value, case .array(let w)? = workspace.value(named: "w") else {
            Issue.record("not a scalar")
            return
        }
        workspace.tape.backward(from: y)
        #expect(w.elements.map { workspace.tape.grad($0) } == [0, 4, 0, 0])
        #expect(try number("w = [[1, 2], [3, 4]]; L = sum(w * w); grad(L, w[1, 1])") == 8)
    }

    @Test("messages of bad indices, exactly")
    func badIndexMessages() {
        #expect(failure("a = 2; a[0]")?.message == "'a' is a number, not an array: it has no elements to pick")
        #expect(failure("v = [1, 2]; v[2]")?.message == "index 2 is out of range: 'v' (shape [2]) has 2 there")
        #expect(failure("v = [1, 2]; v[2]")?.hint == "indices there run from 0 to 1, or from -2 to -1 counting from the end")
        #expect(failure("v = [1, 2]; v[0.5]")?.message == "an index is a whole number, not 0.5")
        #expect(failure("v = [1, 2]; v[0, 0]")?.message == "'v' has shape [2], so it takes at most 1 index, not 2")
        #expect(failure("w = [[1, 2]]; w[0, 0, 0]")?.message == "'w' has shape [1, 2], so it takes at most 2 indices, not 3")
        #expect(failure("v = [1, 2]; v[]")?.message == "an index is missing between '[' and ']'")
        #expect(failure("v = [1, 2]; v[2]")?.location == SourceLocation(line: 1, column: 15))
    }

    @Test("_ is the last result, and an error before any")
    func lastResult() throws {
        #expect(try number("2 * 3; _ + 1") == 7)
        #expect(try number("a = 5; _ * 2") == 10)
        #expect(failure("_ + 1")?.message == "'_' is the last result, and there is none yet")
        // A learner's own `_` wins, as in Python.
        #expect(try number("_ = 4; 9; _") == 4)
        // `_` is not a name of the workspace: no table or grad lists it.
        let (workspace, _) = try evaluate("a = 2; a * 3; b = _ + 1")
        #expect(workspace.names == ["a", "b"])
    }

    @Test("a -= x is a = a - x, with the binding rules of any assignment")
    func compoundAssignment() throws {
        #expect(try number("a = 2; a -= 0.5; a") == 1.5)
        #expect(try number("a = 2; a += 1 + 1; a") == 4)
        #expect(try number("a = 2; a *= 3 - 1; a") == 4)
        #expect(try number("a = 2; a /= 4; a") == 0.5)
        let statements = try Parser.parse("w -= lr * g")
        guard case .assignment(let name, _, let value) = statements[0].kind,
            case .binary(.subtract, .name("w", _), .parenthesized, _) = value
        else {
            Issue.record("not read as w = w - (lr * g)")
            return
        }
        #expect(name == "w")
        // The old node keeps its graph: a graph built before still uses it.
        let (workspace, _) = try evaluate("a = 2; b = a * 10; a -= 1")
        guard case .scalar(let b)? = workspace.value(named: "b") else { return }
        #expect(workspace.tape.data(b) == 20)
        #expect(failure("q -= 1")?.message == "unknown name 'q'")
    }

    @Test("a command's word refers to a name, _ or an element, and makes no node")
    func references() throws {
        let (workspace, _) = try evaluate("w = [[1, 2], [3, 4]]; w * 2")
        let count = workspace.tape.count
        #expect(workspace.value(referredToBy: "w[1,0]") != nil)
        #expect(workspace.value(referredToBy: "w[1, -1]") != nil)
        #expect(workspace.value(referredToBy: "_")?.shape == [2, 2])
        #expect(workspace.value(referredToBy: "w[2,0]") == nil)
        #expect(workspace.value(referredToBy: "w[0,0] + 1") == nil)
        #expect(workspace.value(referredToBy: "nosuch") == nil)
        #expect(workspace.tape.count == count)
    }
}
