import Autograd
import Calc

/// Whether two expressions are the same function: equal values and equal
/// gradients with respect to every variable, at several random points. A
/// name the learner computed (`e = a*b`) is not a variable: it is computed
/// again at each point from the names it was made of (see ``ComputedNames``).
///
/// Text is never compared: `c + b*a` is equivalent to `a*b + c`, and
/// `a*b` is not equivalent to `a + b` even where both are 4 (a = b = 2),
/// because at a random point they differ. Each name takes the shape it has
/// in the learner's workspace (a scalar if it is unbound there), so array
/// expressions such as `x @ w + b` are compared element by element.
struct Equivalence {
    let workspace: Workspace

    /// Points that must agree. Points where the model is not finite
    /// (`log` of a negative number) are skipped and others drawn.
    static let points = 5
    static let maxDraws = 40
    /// Sums regrouped in another order differ in the last bits.
    static let relativeTolerance = 1e-7

    func failure(of typed: Statement, against modelText: String) -> CheckFailure? {
        let model: Statement
        do {
            guard let statement = try Parser.parse(modelText).first else { return .cannotEvaluate("no model expression") }
            model = statement
        } catch {
            return .cannotEvaluate("'\(modelText)': \(error.message)")
        }
        // grad(...) reads the gradients of the learner's own graph, which
        // the random points do not have; and an expression is asked for.
        if ExpressionNames.calls("grad", in: typed.expression) { return .readsGradients }
        var mentioned = ExpressionNames.of(model.expression)
        for name in ExpressionNames.of(typed.expression) where !mentioned.contains(name) { mentioned.append(name) }
        // Values are drawn for the variables only; a name the learner
        // computed from them is computed again at each point.
        let computed = ComputedNames(mentioned, in: workspace)
        let names = computed.variables
        let shapes = names.map { workspace.value(named: $0)?.shape ?? [] }
        // The same points every time, so that a lesson behaves the same for everyone.
        var random = SeededGenerator(seed: 0x5EED)
        var agreed = 0
        for _ in 0..<Self.maxDraws where agreed < Self.points {
            let scratch = Workspace(limits: workspace.limits)
            // Arrays too: a failure that quotes numbers at other values of
            // `y` must say which values, or the numbers look impossible.
            var point: [(name: String, value: Numbers)] = []
            for (name, shape) in zip(names, shapes) {
                let count = shape.reduce(1, *)
                let values = (0..<count).map { _ in Self.draw(&random) }
                scratch.bindLeaves(name, copying: Numbers(shape: shape, values: values))
                point.append((name, Numbers(shape: shape, values: values)))
            }
            computed.replay(into: scratch)
            // Read before the learner's statement runs: it may rebind a name.
            let leaves = names.map { scratch.value(named: $0)?.nodes ?? [] }
            let expected: Value
            let actual: Value
            do {
                var evaluator = Evaluator(workspace: scratch)
                expected = try evaluator.run(model).value
                actual = try evaluator.run(typed).value
            } catch {
                return .cannotEvaluate(error.message)
            }
            let checker = AnswerChecker(workspace: scratch)
            let want = checker.numbers(of: expected)
            guard want.values.allSatisfy(\.isFinite) else { continue }
            let have = checker.numbers(of: actual)
            guard agree(have, want) else {
                return .valueNotEquivalent(point: point, actual: have, expected: want)
            }
            let wantGrads = gradients(of: expected, leaves: leaves, in: scratch)
            let haveGrads = gradients(of: actual, leaves: leaves, in: scratch)
            for (index, name) in names.enumerated() {
                let have = Numbers(shape: shapes[index], values: haveGrads[index])
                let want = Numbers(shape: shapes[index], values: wantGrads[index])
                if want.values.allSatisfy(\.isFinite), !agree(have, want) {
                    return .gradientNotEquivalent(name: name, point: point, actual: have, expected: want)
                }
            }
            agreed += 1
        }
        if agreed == 0 {
            return .cannotEvaluate("the model expression '\(modelText)' is not finite at any of \(Self.maxDraws) random points")
        }
        return nil
    }

    /// A number of size 0.5 to 2 and either sign: away from 0, where
    /// `relu`, `abs` and `1/x` have their corners, and small enough for
    /// `exp` and powers to stay tame.
    static func draw(_ random: inout SeededGenerator) -> Double {
        let size = 0.5 + 1.5 * random.uniform()
        return random.uniform() < 0.5 ? -size : size
    }

    private func agree(_ x: Numbers, _ y: Numbers) -> Bool {
        guard x.shape == y.shape else { return false }
        return zip(x.values, y.values).allSatisfy { x, y in
            AnswerChecker.close(x, y, tolerance: Self.relativeTolerance * Swift.max(1, Swift.abs(x), Swift.abs(y)))
        }
    }

    /// The gradient of the value (of a weighted sum of its elements, for an
    /// array) with respect to each leaf, read straight after its backward pass.
    private func gradients(of value: Value, leaves: [[Node]], in scratch: Workspace) -> [[Double]] {
        let tape = scratch.tape
        var output: Node
        switch value {
        case .scalar(let node):
            output = node
        case .array(let array):
            // Weights 1, 2, 3...: a plain sum would let two arrays whose
            // elements are swapped pass as the same.
            output = tape.multiply(array.elements[0], tape.constant(1))
            for (offset, element) in array.elements.enumerated().dropFirst() {
                output = tape.add(output, tape.multiply(element, tape.constant(Double(offset + 1))))
            }
        }
        tape.backward(from: output)
        return leaves.map { nodes in nodes.map { $0.index > output.index ? 0 : tape.grad($0) } }
    }
}
