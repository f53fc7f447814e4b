import Autograd
import Testing

@testable import Calc

// Arrays in the language: literals, broadcasting, `@`, sum/mean/transpose,
// zeros/rand/randn, their limits, and their gradients.

// MARK: Helpers

/// Runs every statement of `source` in `workspace` and returns the last evaluation.
@discardableResult
private func runArrays(_ source: String, in workspace: Workspace = Workspace()) throws(Diagnostic) -> Evaluation {
    let statements = try Parser.parse(source)
    var evaluator = Evaluator(workspace: workspace)
    var last: Evaluation?
    for statement in statements {
        last = try evaluator.run(statement)
    }
    guard let last else { throw .error("no statement", at: nil) }
    return last
}

private func dataOf(_ value: Value, _ workspace: Workspace) -> [Double] {
    value.nodes.map { workspace.tape.data($0) }
}

private func gradsOf(_ value: Value, _ workspace: Workspace) -> [Double] {
    value.nodes.map { workspace.tape.grad($0) }
}

/// d output / d leaf by a central difference: nudge the leaf both ways and
/// replay the tape, independently of the backward pass.
private func numericGradient(_ tape: Tape, of output: Node, by leaf: Node, step: Double = 1e-6) -> Double {
    let original = tape.data(leaf)
    tape.setData(leaf, original + step)
    tape.recompute()
    let up = tape.data(output)
    tape.setData(leaf, original - step)
    tape.recompute()
    let down = tape.data(output)
    tape.setData(leaf, original)
    tape.recompute()
    return (up - down) / (2 * step)
}

private func scalarNode(_ value: Value) -> Node? {
    if case .scalar(let node) = value { return node }
    return nil
}

// MARK: Seeded random numbers

@Suite struct SeededNumbers {
    /// Fixed literals: if the generator changes, every saved lesson and
    /// script that uses `--seed` changes too, so this must fail loudly.
    @Test func uniformNumbersForSeed42() {
        var generator = SeededGenerator(seed: 42)
        #expect(generator.uniform() == 0.7415648787718233)
        #expect(generator.uniform() == 0.1599103928769201)
        #expect(generator.uniform() == 0.27860113025513866)
    }

    @Test func normalNumbersForSeed42() {
        var generator = SeededGenerator(seed: 42)
        #expect(generator.normal() == 0.8822489062222688)
        #expect(generator.normal() == -0.4508498757188601)
        #expect(generator.normal() == 0.1883526341159315)
    }

    @Test func randAndRandnDrawFromTheWorkspaceSeedInRowOrder() throws {
        let workspace = Workspace(seed: 42)
        let uniform = try runArrays("rand(1, 3)", in: workspace).value
        #expect(dataOf(uniform, workspace) == [0.7415648787718233, 0.1599103928769201, 0.27860113025513866])

        let other = Workspace(seed: 42)
        let normal = try runArrays("randn(3)", in: other).value
        #expect(normal.shape == [3])
        #expect(dataOf(normal, other) == [0.8822489062222688, -0.4508498757188601, 0.1883526341159315])
    }

    @Test func successiveCallsContinueTheSequence() throws {
        let workspace = Workspace(seed: 42)
        let first = try runArrays("rand(1)", in: workspace).value
        let second = try runArrays("rand(2)", in: workspace).value
        #expect(dataOf(first, workspace) + dataOf(second, workspace)
            == [0.7415648787718233, 0.1599103928769201, 0.27860113025513866])
    }

    @Test func theSameSeedGivesTheSameMatrix() throws {
        let a = Workspace(seed: 7)
        let b = Workspace(seed: 7)
        #expect(dataOf(try runArrays("randn(4, 5)", in: a).value, a) == dataOf(try runArrays("randn(4, 5)", in: b).value, b))
        let c = Workspace(seed: 8)
        #expect(dataOf(try runArrays("randn(4, 5)", in: a).value, a) != dataOf(try runArrays("randn(4, 5)", in: c).value, c))
    }
}

// MARK: Literals

@Suite struct ArrayLiterals {
    @Test func vector() throws {
        let workspace = Workspace()
        let value = try runArrays("[1, 2, 3]", in: workspace).value
        #expect(value.shape == [3])
        #expect(dataOf(value, workspace) == [1, 2, 3])
    }

    @Test func matrixIsStoredRowByRow() throws {
        let workspace = Workspace()
        let value = try runArrays("[[1, 2], [3, 4], [5, 6]]", in: workspace).value
        #expect(value.shape == [3, 2])
        #expect(dataOf(value, workspace) == [1, 2, 3, 4, 5, 6])
    }

    @Test func oneRowAndOneColumn() throws {
        #expect(try runArrays("[[1, 2, 3]]").value.shape == [1, 3])
        #expect(try runArrays("[[1], [2], [3]]").value.shape == [3, 1])
    }

    @Test func elementsAreExpressionsAndKeepTheirNodes() throws {
        let workspace = Workspace()
        let value = try runArrays("a = 3\nv = [a, 2*a, -a]", in: workspace).value
        #expect(dataOf(value, workspace) == [3, 6, -3])
        // The first element is the leaf `a` itself, so gradients reach it.
        #expect(value.nodes[0] == workspace.value(named: "a")?.nodes.first)
        #expect(workspace.tape.label(value.nodes[0]) == "a")
        #expect(workspace.tape.label(value.nodes[1]) == "v[1]")
    }

    @Test func rowsMayBeVectorsBoundToNames() throws {
        let workspace = Workspace()
        let value = try runArrays("u = [1, 2]; v = [3, 4]; [u, v]", in: workspace).value
        #expect(value.shape == [2, 2])
        #expect(dataOf(value, workspace) == [1, 2, 3, 4])
    }

    @Test func bindingMakesLabelledLeaves() throws {
        let workspace = Workspace()
        try runArrays("w = [[1, 2], [3, 4]]; v = [5, 6]", in: workspace)
        let w = try #require(workspace.value(named: "w"))
        #expect(w.nodes.map { workspace.tape.label($0) } == ["w[0,0]", "w[0,1]", "w[1,0]", "w[1,1]"])
        #expect(w.nodes.allSatisfy { workspace.tape.operation($0) == .leaf })
        #expect(workspace.isParameter(w))
        let v = try #require(workspace.value(named: "v"))
        #expect(v.nodes.map { workspace.tape.label($0) } == ["v[0]", "v[1]"])
    }

    @Test func raggedRowsPointAtTheOffendingRow() throws {
        let error = try #require(failure("[[1, 2], [3, 4, 5]]"))
        #expect(error.message == "row 2 has 3 elements, row 1 has 2")
        #expect(error.location == SourceLocation(line: 1, column: 10))

        let third = try #require(failure("[[1], [2], [3, 4]]"))
        #expect(third.message == "row 3 has 2 elements, row 1 has 1")
        #expect(third.location?.column == 12)
    }

    @Test func mixingNumbersAndRowsIsAnError() throws {
        let error = try #require(failure("[1, [2, 3]]"))
        #expect(error.message == "element 2 is an array of shape [2], but element 1 is a number")
        #expect(error.location?.column == 5)
        let rows = try #require(failure("[[1, 2], 3]"))
        #expect(rows.message == "row 2 is a number, but row 1 is a list of 2 elements")
    }

    @Test func emptyAndThreeDimensionalArraysAreErrors() throws {
        let empty = try #require(failure("x = []"))
        #expect(empty.message.contains("empty array"))
        #expect(empty.location?.column == 5)
        let cube = try #require(failure("[[[1, 2]], [[3, 4]]]"))
        #expect(cube.message.contains("at most 2 dimensions"))
    }

    @Test func aFailedLiteralLeavesNoNodes() throws {
        let workspace = Workspace()
        try runArrays("a = 1", in: workspace)
        let before = workspace.tape.count
        #expect(failure("[[1, 2], [3]]", in: workspace) != nil)
        #expect(workspace.tape.count == before)
    }
}

// MARK: Broadcasting

@Suite struct ArrayNames {
    private func labels(_ name: String, _ workspace: Workspace) -> [String?] {
        workspace.value(named: name)!.nodes.map { workspace.tape.label($0) }
    }

    @Test func elementsAreNamedByPosition() throws {
        let workspace = Workspace()
        try runArrays("v = [1, 2, 3]\nm = [[1, 2], [3, 4]]", in: workspace)
        #expect(labels("v", workspace) == ["v[0]", "v[1]", "v[2]"])
        #expect(labels("m", workspace) == ["m[0,0]", "m[0,1]", "m[1,0]", "m[1,1]"])
    }

    @Test func elementNamesOfEveryLength() {
        #expect(Workspace.elementName("w", 0) == "w[0]")
        #expect(Workspace.elementName("w", 10, 9) == "w[10,9]")
        #expect(Workspace.elementName("w", 999_999, 1_000_000) == "w[999999,1000000]")
        // Longer than a string stored inline (15 bytes).
        #expect(Workspace.elementName("a_long_weight_name", 12, 345) == "a_long_weight_name[12,345]")
        #expect(Workspace.elementName("x", Int.max) == "x[\(Int.max)]")
    }

    @Test func aReboundArrayKeepsPrimedNamesAndOtherNamesStay() throws {
        let workspace = Workspace()
        try runArrays("w = [1, 2]\nwide = [5]\nold = w\nw = [3, 4]\nw = [5, 6]", in: workspace)
        #expect(labels("w", workspace) == ["w[0]", "w[1]"])
        // `old` still holds the first array, now twice primed.
        #expect(labels("old", workspace) == ["w″[0]", "w″[1]"])
        // A name that merely starts with "w" is not another binding of it.
        #expect(labels("wide", workspace) == ["wide[0]"])
    }
}

@Suite struct BroadcastingRules {
    private func broadcast(_ x: [Int], _ y: [Int]) -> [Int]? {
        try? Broadcasting.shape(x, y).get()
    }

    @Test func shapes() {
        #expect(broadcast([5, 1], [1, 3]) == [5, 3])
        #expect(broadcast([5, 1], [3]) == [5, 3])
        #expect(broadcast([3], [5, 1]) == [5, 3])
        #expect(broadcast([2, 3], [3]) == [2, 3])
        #expect(broadcast([2, 3], [1, 3]) == [2, 3])
        #expect(broadcast([2, 3], [2, 1]) == [2, 3])
        #expect(broadcast([], [2, 3]) == [2, 3])
        #expect(broadcast([4], [4]) == [4])
        #expect(broadcast([1], [4]) == [4])
        #expect(broadcast([5, 2], [3]) == nil)
        #expect(broadcast([2, 3], [2]) == nil)
        #expect(broadcast([2, 3], [3, 2]) == nil)
    }

    @Test func conflictNamesTheSizesThatClash() {
        guard case .failure(let conflict) = Broadcasting.shape([5, 2], [3]) else {
            Issue.record("[5, 2] with [3] must not broadcast")
            return
        }
        #expect(conflict == Broadcasting.Conflict(left: 2, right: 3))
    }

    @Test func columnPlusRow() throws {
        let workspace = Workspace()
        let value = try runArrays("[[1], [2]] + [10, 20, 30]", in: workspace).value
        #expect(value.shape == [2, 3])
        #expect(dataOf(value, workspace) == [11, 21, 31, 12, 22, 32])
    }

    @Test func matrixTimesVectorScalesEachColumn() throws {
        let workspace = Workspace()
        let value = try runArrays("[[1, 2, 3], [4, 5, 6]] * [1, 10, 100]", in: workspace).value
        #expect(value.shape == [2, 3])
        #expect(dataOf(value, workspace) == [1, 20, 300, 4, 50, 600])
    }

    @Test func columnFiveByOneWithVectorOfThree() throws {
        let workspace = Workspace()
        let value = try runArrays("x = zeros(5, 1) + 1; x - [0, 1, 2]", in: workspace).value
        #expect(value.shape == [5, 3])
        #expect(dataOf(value, workspace) == Array(repeating: [1.0, 0, -1], count: 5).flatMap { $0 })
    }

    @Test func scalarsOnEitherSide() throws {
        let workspace = Workspace()
        #expect(dataOf(try runArrays("1 - [1, 2]", in: workspace).value, workspace) == [0, -1])
        #expect(dataOf(try runArrays("[2, 4] / 2", in: workspace).value, workspace) == [1, 2])
        #expect(dataOf(try runArrays("[1, 2, 3] ^ 2", in: workspace).value, workspace) == [1, 4, 9])
        #expect(dataOf(try runArrays("2 ^ [1, 2, 3]", in: workspace).value, workspace) == [2, 4, 8])
        #expect(dataOf(try runArrays("-[1, -2]", in: workspace).value, workspace) == [-1, 2])
        #expect(dataOf(try runArrays("tanh([0, 0])", in: workspace).value, workspace) == [0, 0])
    }

    @Test func incompatibleShapesPointAtTheOperator() throws {
        let error = try #require(failure("zeros(5, 2) + [1, 2, 3]"))
        #expect(error.message == "cannot broadcast 'zeros(5, 2)' of shape [5, 2] with '[1, 2, 3]' of shape [3]")
        #expect(error.location == SourceLocation(line: 1, column: 13))
        #expect(error.hint?.contains("lined up from the right") == true)
        #expect(error.hint?.contains("2 meets 3") == true)

        let second = try #require(failure("a = [1, 2]\nb = a * [1, 2, 3]"))
        #expect(second.message == "cannot broadcast 'a' of shape [2] with '[1, 2, 3]' of shape [3]")
        #expect(second.location == SourceLocation(line: 2, column: 7))
    }

    @Test func aStretchedInputCollectsTheGradientOfEveryUse() throws {
        let workspace = Workspace()
        let loss = try runArrays("b = [1, 2, 3]; s = sum([[1], [2]] * b)", in: workspace).value
        let output = try #require(scalarNode(loss))
        workspace.tape.backward(from: output)
        // d s / d b[j] = 1 + 2 for every j: b is used once per row.
        #expect(gradsOf(try #require(workspace.value(named: "b")), workspace) == [3, 3, 3])
    }

    @Test func broadcastResultAboveTheElementLimit() throws {
        let workspace = Workspace()
        let error = try #require(failure("zeros(2000, 1) + zeros(2000)", in: workspace))
        #expect(error.message.contains("broadcasts to [2000, 2000]"))
        #expect(error.message.contains("limit of 1000000"))
        #expect(error.hint?.contains(":set max-array") == true)
    }

    @Test func nonFiniteElementsWarn() throws {
        let evaluation = try runArrays("[1, 2] / [1, 0]")
        #expect(evaluation.warnings.count == 1)
        #expect(evaluation.warnings.first?.message.contains("infinity") == true)
    }
}

// MARK: Matrix product

@Suite struct MatrixProduct {
    @Test func matrixByMatrix() throws {
        let workspace = Workspace()
        let value = try runArrays("[[1, 2], [3, 4]] @ [[5, 6], [7, 8]]", in: workspace).value
        #expect(value.shape == [2, 2])
        #expect(dataOf(value, workspace) == [19, 22, 43, 50])
    }

    @Test func rectangular() throws {
        let workspace = Workspace()
        let value = try runArrays("[[1, 2, 3], [4, 5, 6]] @ [[1, 0], [0, 1], [1, 1]]", in: workspace).value
        #expect(value.shape == [2, 2])
        #expect(dataOf(value, workspace) == [4, 5, 10, 11])
    }

    @Test func vectorCasesFollowNumPy() throws {
        let workspace = Workspace()
        let left = try runArrays("[1, 2] @ [[1, 2, 3], [4, 5, 6]]", in: workspace).value
        #expect(left.shape == [3])
        #expect(dataOf(left, workspace) == [9, 12, 15])

        let right = try runArrays("[[1, 2], [3, 4]] @ [1, 1]", in: workspace).value
        #expect(right.shape == [2])
        #expect(dataOf(right, workspace) == [3, 7])

        let dot = try runArrays("[1, 2, 3] @ [4, 5, 6]", in: workspace).value
        #expect(dot.shape == [])
        #expect(dataOf(dot, workspace) == [32])
    }

    @Test func eachElementIsAChainOfProductsAndSums() throws {
        let workspace = Workspace()
        try runArrays("x = [[1, 2, 3]]; w = [[1], [2], [3]]", in: workspace)
        let before = workspace.tape.count
        let value = try runArrays("x @ w", in: workspace).value
        // One element, three products and two additions.
        #expect(workspace.tape.count - before == 5)
        let tape = workspace.tape
        let out = value.nodes[0]
        #expect(tape.operation(out) == .add)
        let inputs = tape.inputs(out)
        #expect(tape.operation(inputs[0]) == .add)
        #expect(tape.operation(inputs[1]) == .multiply)
        // The last term is x[0,2] * w[2,0].
        #expect(tape.inputs(inputs[1]).map { tape.label($0) } == ["x[0,2]", "w[2,0]"])
    }

    @Test func nodeCountForAMatrixProduct() throws {
        let workspace = Workspace()
        try runArrays("x = zeros(4, 3); w = zeros(3, 5)", in: workspace)
        let before = workspace.tape.count
        try runArrays("x @ w", in: workspace)
        #expect(workspace.tape.count - before == 4 * 5 * (2 * 3 - 1))
    }

    @Test func innerSizesMustMatch() throws {
        let error = try #require(failure("zeros(5, 2) @ zeros(3, 1)"))
        #expect(error.message == "cannot multiply [5, 2] by [3, 1]: the inner sizes 2 and 3 differ")
        #expect(error.location == SourceLocation(line: 1, column: 13))
        #expect(failure("[1, 2] @ [1, 2, 3]")?.message == "cannot multiply [2] by [3]: the inner sizes 2 and 3 differ")
    }

    @Test func aNumberOnEitherSideAsksForStar() throws {
        let left = try #require(failure("2 @ [1, 2]"))
        #expect(left.message.contains("left side is a number"))
        #expect(left.hint?.contains("'*'") == true)
        #expect(left.location?.column == 3)
        let right = try #require(failure("[1, 2] @ 2"))
        #expect(right.message.contains("right side is a number"))
        #expect(failure("2 @ 3") != nil)
    }

    @Test func tooManyNodesIsRefusedBeforeBuilding() throws {
        var limits = Limits()
        limits.maxNodes = 1_000
        let workspace = Workspace(limits: limits)
        try runArrays("x = zeros(10, 10)", in: workspace)
        let before = workspace.tape.count
        let error = try #require(failure("x @ x", in: workspace))
        #expect(error.message.contains("more than 1000 nodes"))
        #expect(workspace.tape.count == before)
    }

    /// The gradient of sum(x @ w) by w[t, j] is the sum over rows i of
    /// x[i, t]: the column sums of x. By x[i, t] it is the sum over j of
    /// w[t, j]: the row sums of w.
    @Test func gradientOfSumOfProductIsColumnSums() throws {
        let workspace = Workspace()
        let loss = try runArrays("x = [[1, 2], [3, 4], [5, 6]]; w = [[0.5, -1], [2, 0.25]]; loss = sum(x @ w)", in: workspace)
        let output = try #require(scalarNode(loss.value))
        let tape = workspace.tape
        // x @ w by hand: [[4.5, -0.5], [9.5, -2], [14.5, -3.5]], which adds up to 22.5.
        #expect(tape.data(output) == 22.5)
        tape.backward(from: output)
        let w = try #require(workspace.value(named: "w"))
        let x = try #require(workspace.value(named: "x"))
        #expect(gradsOf(w, workspace) == [9, 9, 12, 12])
        #expect(gradsOf(x, workspace) == [-0.5, 2.25, -0.5, 2.25, -0.5, 2.25])

        for node in w.nodes + x.nodes {
            let numeric = numericGradient(tape, of: output, by: node)
            #expect(abs(numeric - tape.grad(node)) < 1e-6, "\(tape.label(node) ?? "?")")
        }
    }

    /// A small network layer: broadcasting, `@`, tanh and mean together,
    /// checked element by element against finite differences.
    @Test func layerGradientsMatchFiniteDifferences() throws {
        let workspace = Workspace(seed: 3)
        let evaluation = try runArrays(
            "x = randn(4, 3); w = randn(3, 2); b = [0.1, -0.2]; loss = mean(tanh(x @ w + b) ^ 2)", in: workspace)
        let output = try #require(scalarNode(evaluation.value))
        let tape = workspace.tape
        tape.backward(from: output)
        var checked = 0
        for name in ["w", "b", "x"] {
            for node in try #require(workspace.value(named: name)).nodes {
                let analytic = tape.grad(node)
                let numeric = numericGradient(tape, of: output, by: node)
                #expect(abs(numeric - analytic) < 1e-6 * Swift.max(1, abs(analytic)), "\(tape.label(node) ?? "?")")
                checked += 1
            }
        }
        #expect(checked == 6 + 2 + 12)
        // The gradients are not all zero: the check compares something.
        #expect(try #require(workspace.value(named: "w")).nodes.contains { tape.grad($0) != 0 })
    }
}

// MARK: sum, mean, transpose

@Suite struct ArrayFunctionTests {
    @Test func sumAddsEveryElement() throws {
        let workspace = Workspace()
        let value = try runArrays("sum([[1, 2], [3, 4]])", in: workspace).value
        #expect(value.shape == [])
        #expect(dataOf(value, workspace) == [10])
    }

    @Test func sumOfANumberIsTheNumberItself() throws {
        let workspace = Workspace()
        try runArrays("a = 2", in: workspace)
        let before = workspace.tape.count
        let value = try runArrays("sum(a)", in: workspace).value
        #expect(value == workspace.value(named: "a"))
        #expect(workspace.tape.count == before)
    }

    @Test func sumOverAnAxisKeepsTheDimension() throws {
        let workspace = Workspace()
        try runArrays("x = [[1, 2, 3], [4, 5, 6]]", in: workspace)
        let columns = try runArrays("sum(x, 0)", in: workspace).value
        #expect(columns.shape == [1, 3])
        #expect(dataOf(columns, workspace) == [5, 7, 9])
        let rows = try runArrays("sum(x, 1)", in: workspace).value
        #expect(rows.shape == [2, 1])
        #expect(dataOf(rows, workspace) == [6, 15])
        #expect(dataOf(try runArrays("sum(x, -1)", in: workspace).value, workspace) == [6, 15])
        let vector = try runArrays("sum([1, 2], 0)", in: workspace).value
        #expect(vector.shape == [1])
        #expect(dataOf(vector, workspace) == [3])
        // keepdims: the column sums broadcast back against x.
        #expect(try runArrays("x - sum(x, 0)", in: workspace).value.shape == [2, 3])
    }

    @Test func badAxesAreErrors() throws {
        let workspace = Workspace()
        try runArrays("x = [[1, 2], [3, 4]]", in: workspace)
        let two = try #require(failure("sum(x, 2)", in: workspace))
        #expect(two.message == "axis of sum must be 0 or 1 for an array of shape [2, 2], not 2")
        #expect(two.location?.column == 8)
        #expect(failure("sum(x, 0.5)", in: workspace)?.message.contains("not 0.5") == true)
        #expect(failure("sum([1, 2], 1)", in: workspace)?.message.contains("must be 0 for an array of shape [2]") == true)
        #expect(failure("sum(3, 0)", in: workspace)?.message.contains("needs an array") == true)
        #expect(failure("sum(x, [0])", in: workspace)?.message.contains("must be a number") == true)
    }

    @Test func sumGradientIsOneForEveryElement() throws {
        let workspace = Workspace()
        let output = try #require(scalarNode(try runArrays("x = [[1, 2], [3, 4]]; sum(x)", in: workspace).value))
        workspace.tape.backward(from: output)
        #expect(gradsOf(try #require(workspace.value(named: "x")), workspace) == [1, 1, 1, 1])
    }

    @Test func meanIsSumDividedByN() throws {
        let workspace = Workspace()
        let value = try runArrays("x = [1, 2, 3, 6]; m = mean(x)", in: workspace).value
        let output = try #require(scalarNode(value))
        let tape = workspace.tape
        #expect(tape.data(output) == 3)
        #expect(tape.operation(output) == .divide)
        let inputs = tape.inputs(output)
        #expect(tape.operation(inputs[1]) == .constant)
        #expect(tape.data(inputs[1]) == 4)
        tape.backward(from: output)
        #expect(gradsOf(try #require(workspace.value(named: "x")), workspace) == [0.25, 0.25, 0.25, 0.25])
    }

    @Test func meanGradientIsOneOverN() throws {
        let workspace = Workspace()
        let output = try #require(scalarNode(try runArrays("x = [[1, 2, 3], [4, 5, 6]]; mean(x)", in: workspace).value))
        workspace.tape.backward(from: output)
        let x = try #require(workspace.value(named: "x"))
        #expect(gradsOf(x, workspace) == Array(repeating: 1.0 / 6.0, count: 6))
        for node in x.nodes {
            #expect(abs(numericGradient(workspace.tape, of: output, by: node) - 1.0 / 6.0) < 1e-9)
        }
    }

    @Test func meanOfANumberIsItself() throws {
        let workspace = Workspace()
        try runArrays("a = 5", in: workspace)
        #expect(try runArrays("mean(a)", in: workspace).value == workspace.value(named: "a"))
    }

    @Test func transposeSwapsRowsAndColumnsWithoutNewNodes() throws {
        let workspace = Workspace()
        try runArrays("w = [[1, 2, 3], [4, 5, 6]]", in: workspace)
        let before = workspace.tape.count
        let value = try runArrays("transpose(w)", in: workspace).value
        #expect(workspace.tape.count == before)
        #expect(value.shape == [3, 2])
        #expect(dataOf(value, workspace) == [1, 4, 2, 5, 3, 6])
        #expect(value.nodes.map { workspace.tape.label($0) } == ["w[0,0]", "w[1,0]", "w[0,1]", "w[1,1]", "w[0,2]", "w[1,2]"])
    }

    @Test func transposeTwiceIsTheSameArray() throws {
        let workspace = Workspace()
        try runArrays("w = randn(3, 4)", in: workspace)
        #expect(try runArrays("transpose(transpose(w))", in: workspace).value == workspace.value(named: "w"))
    }

    @Test func transposeOfAVectorOrNumberIsUnchanged() throws {
        let workspace = Workspace()
        try runArrays("v = [1, 2, 3]; a = 1", in: workspace)
        #expect(try runArrays("transpose(v)", in: workspace).value == workspace.value(named: "v"))
        #expect(try runArrays("transpose(a)", in: workspace).value == workspace.value(named: "a"))
    }

    @Test func transposeMakesShapesFit() throws {
        let workspace = Workspace()
        let value = try runArrays("x = [[1, 2], [3, 4], [5, 6]]; transpose(x) @ x", in: workspace).value
        #expect(value.shape == [2, 2])
        #expect(dataOf(value, workspace) == [35, 44, 44, 56])
    }
}

// MARK: zeros, rand, randn

@Suite struct Initialisers {
    @Test func shapes() throws {
        #expect(try runArrays("zeros(2, 3)").value.shape == [2, 3])
        #expect(try runArrays("zeros(3)").value.shape == [3])
        #expect(try runArrays("rand(1, 1)").value.shape == [1, 1])
        #expect(try runArrays("randn(4)").value.shape == [4])
        #expect(try runArrays("n = 2; zeros(n, n + 1)").value.shape == [2, 3])
    }

    @Test func zerosAreZeroAndOnlyTheyStayOnTheTape() throws {
        let workspace = Workspace()
        let value = try runArrays("zeros(2, 3)", in: workspace).value
        #expect(dataOf(value, workspace) == Array(repeating: 0, count: 6))
        // The size arguments were read and dropped: six nodes, the zeros.
        #expect(workspace.tape.count == 6)
    }

    @Test func randIsInTheUnitInterval() throws {
        let workspace = Workspace(seed: 1)
        let numbers = dataOf(try runArrays("rand(50, 20)", in: workspace).value, workspace)
        #expect(numbers.count == 1000)
        #expect(numbers.allSatisfy { $0 >= 0 && $0 < 1 })
        let mean = numbers.reduce(0, +) / 1000
        #expect(abs(mean - 0.5) < 0.05)
    }

    @Test func randnLooksStandardNormal() throws {
        let workspace = Workspace(seed: 1)
        let numbers = dataOf(try runArrays("randn(100, 100)", in: workspace).value, workspace)
        let mean = numbers.reduce(0, +) / 10_000
        let variance = numbers.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 10_000
        #expect(abs(mean) < 0.05)
        #expect(abs(variance - 1) < 0.05)
    }

    @Test func boundInitialisersAreParameters() throws {
        let workspace = Workspace(seed: 42)
        try runArrays("w = randn(2, 3)", in: workspace)
        let w = try #require(workspace.value(named: "w"))
        #expect(workspace.isParameter(w))
        #expect(workspace.tape.label(w.nodes[5]) == "w[1,2]")
        #expect(workspace.tape.data(w.nodes[0]) == 0.8822489062222688)
    }

    @Test func hugeSizesAreACleanError() throws {
        let error = try #require(failure("randn(1e12, 1e12)"))
        #expect(error.message == "rows of randn is 1000000000000, more than the limit of 1000000 elements in an array")
        #expect(error.location?.column == 7)
        #expect(error.hint?.contains(":set max-array") == true)
    }

    @Test func totalAboveTheLimitNamesTheLimit() throws {
        let workspace = Workspace()
        let error = try #require(failure("zeros(2000, 2000)", in: workspace))
        #expect(error.message == "zeros(2000, 2000) would make 4000000 elements, more than the limit of 1000000 elements in an array")
        #expect(error.hint == ":set max-array N raises the limit")
        #expect(workspace.tape.count == 0)
    }

    @Test func overflowIsAnErrorEvenWithoutALimit() throws {
        var limits = Limits()
        limits.maxArrayElements = .max
        let workspace = Workspace(limits: limits)
        let error = try #require(failure("randn(4e9, 4e9)", in: workspace))
        #expect(error.message.contains("more elements than can be counted"))
        // Within Int, but more nodes than the tape allows: refused before allocating.
        let nodes = try #require(failure("zeros(30000, 30000)", in: workspace))
        #expect(nodes.message.contains("nodes"))
        #expect(workspace.tape.count == 0)
        #expect(failure("zeros(1e300)", in: workspace) != nil)
    }

    @Test func sizesMustBeWholePositiveNumbers() throws {
        let negative = try #require(failure("zeros(-1, 2)"))
        #expect(negative.message == "rows of zeros must be at least 1, not -1")
        #expect(negative.location?.column == 7)
        let fraction = try #require(failure("zeros(2.5, 1)"))
        #expect(fraction.message == "rows of zeros must be a whole number, not 2.5")
        let zero = try #require(failure("rand(3, 0)"))
        #expect(zero.message == "columns of rand must be at least 1, not 0")
        #expect(zero.location?.column == 9)
        let nan = try #require(failure("zeros(0/0)"))
        #expect(nan.message == "n of zeros must be a whole number, but it is NaN")
        let infinite = try #require(failure("zeros(1/0, 1)"))
        #expect(infinite.message.contains("rows of zeros is infinity"))
        let array = try #require(failure("zeros([2, 3])"))
        #expect(array.message == "n of zeros must be a number, not an array of shape [2]")
    }

    @Test func wrongNumberOfArguments() throws {
        let error = try #require(failure("zeros(1, 2, 3)"))
        #expect(error.message == "zeros takes 1 or 2 arguments (zeros(rows[, columns])), but 3 were given")
        #expect(failure("sum()")?.message == "sum takes 1 or 2 arguments (sum(x[, axis])), but 0 were given")
        #expect(failure("mean(1, 2)")?.message == "mean takes 1 argument (mean(x)), but 2 were given")
        #expect(failure("tanh(1, 2)")?.message == "tanh takes 1 argument (tanh(x)), but 2 were given")
    }
}

// MARK: The table

@Suite struct ArrayBuiltins {
    @Test func everyArrayFunctionIsInTheTableOnce() {
        for function in ArrayFunction.allCases {
            let matches = Builtins.functions.filter {
                if case .array(let kind) = $0.kind { return kind == function }
                return false
            }
            #expect(matches.count == 1, "\(function)")
            #expect(matches.first?.name == function.rawValue)
        }
    }

    @Test func signatures() {
        #expect(Builtins.function(named: "sum")?.signature == "sum(x[, axis])")
        #expect(Builtins.function(named: "randn")?.signature == "randn(rows[, columns])")
        #expect(Builtins.function(named: "transpose")?.signature == "transpose(x)")
        #expect(Builtins.function(named: "tanh")?.signature == "tanh(x)")
        #expect(Builtins.function(named: "zeros")?.argumentCounts == 1...2)
    }
}
