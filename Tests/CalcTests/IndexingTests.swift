import Autograd
import Testing
@testable import Calc

/// `x[i, j]`, `x[i]`, slices `x[0:2]` and `_` (Evaluator+Indexing.swift), and `a -= x`.
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

    /// The data of an array result, row by row.
    private func data(_ source: String) throws -> ([Int], [Double]) {
        let (workspace, value) = try evaluate(source)
        return (value.shape, value.nodes.map { workspace.tape.data($0) })
    }

    @Test("a slice picks a run of elements, or of rows, as NumPy does")
    func sliceValues() throws {
        let x = "x = [1, 2, 3, 4]; "
        #expect(try data(x + "x[0:2]") == ([2], [1, 2]))
        #expect(try data(x + "x[:2]") == ([2], [1, 2]))
        #expect(try data(x + "x[2:]") == ([2], [3, 4]))
        #expect(try data(x + "x[-2:]") == ([2], [3, 4]))
        #expect(try data(x + "x[1:-1]") == ([2], [2, 3]))
        #expect(try data(x + "x[:]") == ([4], [1, 2, 3, 4]))
        #expect(try data(x + "x[3:4]") == ([1], [4]))
        let m = "X = [[1, 10], [2, 20], [3, 30], [4, 40]]; "
        #expect(try data(m + "X[0:2]") == ([2, 2], [1, 10, 2, 20]))
        #expect(try data(m + "X[-1:]") == ([1, 2], [4, 40]))
        #expect(try data(m + "X[1:3, 0]") == ([2], [2, 3]))
        #expect(try data(m + "X[:, 1]") == ([4], [10, 20, 30, 40]))
        #expect(try data(m + "X[0:1, 0:1]") == ([1, 1], [1]))
        #expect(try data(m + "X[2, 1:]") == ([1], [30]))
        #expect(try data(m + "X[0:2][1]") == ([2], [2, 20]))
        #expect(try number(m + "X[1:3, 1:][1, 0]") == 30)
    }

    @Test("a slice is the array's own nodes: no node is made")
    func sliceIsTheNodes() throws {
        let (workspace, _) = try evaluate("X = [[1, 10], [2, 20], [3, 30]]")
        let before = workspace.tape.count
        let (_, value) = try evaluate("X[1:3]", in: workspace)
        guard case .array(let X)? = workspace.value(named: "X") else {
            Issue.record("no X")
            return
        }
        #expect(value.nodes == Array(X.elements[2...]))
        #expect(workspace.tape.count == before)
        #expect(value.nodes.map { workspace.tape.label($0) } == ["X[1,0]", "X[1,1]", "X[2,0]", "X[2,1]"])
    }

    /// X = [1, 2, 3, 4] (a column), y = [0, 1, 4, 9], w = 2, b = 0: the
    /// errors pred - y are 2, 3, 2, -1. For a batch B, d(mean(err²))/dw is
    /// mean over B of 2 err x, d/db mean of 2 err. By hand: the batch 0:2
    /// gives dw = (4 + 12) / 2 = 8, db = (4 + 6) / 2 = 5; the batch 2:4 gives
    /// dw = (12 - 8) / 2 = 2, db = (4 - 2) / 2 = 1; the full batch dw = 5,
    /// db = 3, the mean of the two halves.
    static let line = "X = [[1], [2], [3], [4]]; y = [[0], [1], [4], [9]]; w = [[2]]; b = 0; "

    @Test("the gradient of a batch's loss, by hand, reaches only the batch's rows")
    func batchGradient() throws {
        #expect(try number(Self.line + "lb = mean((X[0:2] @ w + b - y[0:2])^2); grad(lb, w)[0, 0]") == 8)
        #expect(try number(Self.line + "lb = mean((X[0:2] @ w + b - y[0:2])^2); grad(lb, b)") == 5)
        #expect(try number(Self.line + "lb = mean((X[2:] @ w + b - y[2:])^2); grad(lb, w)[0, 0]") == 2)
        #expect(try number(Self.line + "lb = mean((X[-2:] @ w + b - y[-2:])^2); grad(lb, b)") == 1)
        #expect(try number(Self.line + "L = mean((X @ w + b - y)^2); grad(L, w)[0, 0]") == 5)
        #expect(try number(Self.line + "L = mean((X @ w + b - y)^2); grad(L, b)") == 3)
        // The rows left out of the batch get no gradient; the rows in it get
        // 2 err w / 2 = err w: 2 × 2 and 3 × 2.
        let (workspace, value) = try evaluate(Self.line + "lb = mean((X[0:2] @ w + b - y[0:2])^2)")
        guard case .scalar(let lb) = value, case .array(let X)? = workspace.value(named: "X") else {
            Issue.record("not a scalar")
            return
        }
        workspace.tape.backward(from: lb)
        #expect(X.elements.map { workspace.tape.grad($0) } == [4, 6, 0, 0])
    }

    @Test("through slices of a two-column matrix, autograd agrees with central differences")
    func batchGradientAgainstFiniteDifferences() throws {
        // Rows 1 and 2 of X, its column 1, and the last two targets: the
        // strides of a matrix slice, checked against the definition of a
        // derivative computed by the language itself, (L(p + h) - L(p - h)) / 2h.
        func loss(_ w0: Double, _ w1: Double, _ b: Double) throws -> Double {
            try number(
                "X = [[1, 2], [3, -4], [5, 6], [0.5, 1]]; y = [[1], [2], [3], [4]]; "
                    + "w = [[\(w0)], [\(w1)]]; b = \(b); "
                    + "mean((X[1:3] @ w + b - y[-2:])^2) + sum(X[:, 1] * w[1, 0])")
        }
        let (workspace, value) = try evaluate(
            "X = [[1, 2], [3, -4], [5, 6], [0.5, 1]]; y = [[1], [2], [3], [4]]; w = [[0.3], [-0.7]]; b = 0.2; "
                + "mean((X[1:3] @ w + b - y[-2:])^2) + sum(X[:, 1] * w[1, 0])")
        guard case .scalar(let L) = value, case .array(let w)? = workspace.value(named: "w"),
            case .scalar(let b)? = workspace.value(named: "b")
        else {
            Issue.record("not a scalar")
            return
        }
        workspace.tape.backward(from: L)
        let h = 1e-6
        let numerical = [
            (try loss(0.3 + h, -0.7, 0.2) - loss(0.3 - h, -0.7, 0.2)) / (2 * h),
            (try loss(0.3, -0.7 + h, 0.2) - loss(0.3, -0.7 - h, 0.2)) / (2 * h),
            (try loss(0.3, -0.7, 0.2 + h) - loss(0.3, -0.7, 0.2 - h)) / (2 * h),
        ]
        let autograd = [workspace.tape.grad(w.elements[0]), workspace.tape.grad(w.elements[1]), workspace.tape.grad(b)]
        for (a, n) in zip(autograd, numerical) {
            #expect(abs(a - n) <= 1e-6 * Swift.max(1, abs(a)), "autograd \(a), central difference \(n)")
        }
        // Rows 0 and 3 of X are outside the batch: they get only the sum's
        // gradient, w[1, 0] = -0.7 in column 1, and 0 in column 0.
        guard case .array(let X)? = workspace.value(named: "X") else { return }
        #expect(workspace.tape.grad(X.elements[0]) == 0)
        #expect(abs(workspace.tape.grad(X.elements[1]) - -0.7) < 1e-12)
        #expect(abs(workspace.tape.grad(X.elements[7]) - -0.7) < 1e-12)
    }

    @Test("messages of bad slices, exactly")
    func badSliceMessages() {
        let x = "x = [1, 2, 3]; "
        #expect(failure(x + "x[2:2]")?.message
            == "x[2:2] is empty: it runs from position 2 up to 2, and an array needs at least one element")
        #expect(failure(x + "x[3:1]")?.message
            == "x[3:1] is empty: it runs from position 3 up to 1, and an array needs at least one element")
        #expect(failure(x + "x[-1:1]")?.message
            == "x[-1:1] is empty: it runs from position 2 up to 1, and an array needs at least one element")
        #expect(failure(x + "x[2:2]")?.location == SourceLocation(line: 1, column: 18))
        #expect(failure(x + "x[0:5]")?.message == "slice bound 5 is out of range: 'x' (shape [3]) has 3 there")
        #expect(failure(x + "x[0:5]")?.hint
            == "bounds there run from 0 to 3, or from -3 counting from the end; leave a bound out to go to the end "
            + "(x[2:]); NumPy would cut the slice short, here it is an error")
        #expect(failure(x + "x[0:5]")?.location == SourceLocation(line: 1, column: 20))
        #expect(failure(x + "x[-4:]")?.message == "slice bound -4 is out of range: 'x' (shape [3]) has 3 there")
        #expect(failure(x + "x[0.5:2]")?.message == "a slice bound is a whole number, not 0.5")
        #expect(failure(x + "x[0:0/0]")?.message == "a slice bound is a whole number, not NaN")
        #expect(failure(x + "x[[0]:1]")?.message == "index of x must be a number, not an array of shape [1]")
        #expect(failure(x + "x[0:1, 0]")?.message == "'x' has shape [3], so it takes at most 1 index, not 2")
        #expect(failure("X = [[1, 2], [3, 4]]; X[0:2, 1:1]")?.message
            == "X[0:2, 1:1] is empty: it runs from position 1 up to 1, and an array needs at least one element")
    }

    @Test("a batch against the wrong partner: both sides and both shapes, as NumPy names them")
    func batchShapeError() {
        let error = failure(Self.line + "X[0:2] * w - y")
        #expect(error?.message == "cannot broadcast 'X[0:2] * w' of shape [2, 1] with 'y' of shape [4, 1]")
        #expect(error?.hint
            == "NumPy's rule: shapes are lined up from the right, and each pair of sizes must be equal "
            + "or one of them 1 (a 1 is stretched to match); here 2 meets 4")
        #expect(error?.location == SourceLocation(line: 1, column: 82))
        #expect(failure(Self.line + "X[0:2] * w - y[0:2]") == nil)
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
