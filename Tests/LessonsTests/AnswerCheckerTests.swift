import TextKit
import Platform
import Calc
import Testing
@testable import Lessons

/// A workspace after running `source`.
func workspace(_ source: String) throws -> Workspace {
    let workspace = Workspace()
    var evaluator = Evaluator(workspace: workspace)
    for statement in try Parser.parse(source) { _ = try evaluator.run(statement) }
    return workspace
}

func check(_ check: String, after source: String, typed: String? = nil) throws -> CheckFailure? {
    let space = try workspace(source)
    return AnswerChecker(workspace: space).failure(of: try Check.parse(check), input: typed ?? source)
}

@Suite("Checking answers")
struct AnswerCheckerTests {
    @Test("by value: a name, the result, an expression of the learner's names, a tolerance")
    func value() throws {
        #expect(try check("value c == -5", after: "a = 2; b = -3; c = a*b + 1") == nil)
        #expect(try check("value c == a*b + 1", after: "a = 2; b = -3; c = a*b + 1") == nil)
        #expect(try check("value == -5.03 within 0.000001", after: "b = -3; 2.01*b + 1") == nil)
        let wrong = try check("value c == 5", after: "a = 2; b = -3; c = a*b + 1")
        #expect(wrong == .valueDiffers(subject: "c", actual: Numbers(shape: [], values: [-5]), expected: Numbers(shape: [], values: [5])))
        #expect(try check("value d == 1", after: "a = 1") == .unknownName("d"))
        #expect(try check("value x == [1, 2]", after: "x = [1, 2]") == nil)
        #expect(try check("value x == [1, 2, 3]", after: "x = [1, 2]") != nil)
    }

    @Test("by gradient, against hand-derived values")
    func gradient() throws {
        // L = (a*b + 1)^2: dL/da = 2(ab + 1) b = 2(-5)(-3) = 30.
        #expect(try check("grad L wrt a == 30", after: "a = 2; b = -3; c = a*b + 1; L = c^2") == nil)
        #expect(try check("grad L wrt b == -20", after: "a = 2; b = -3; c = a*b + 1; L = c^2") == nil)
        // A reused node accumulates: d(a*a + a)/da = 2a + 1.
        #expect(try check("grad d wrt a == 5", after: "a = 2; d = a*a + a") == nil)
        #expect(try check("grad d wrt a == 4", after: "a = 2; d = a*a + a") != nil)
        // A name defined after the output is not in its graph: 0.
        #expect(try check("grad d wrt z == 0", after: "a = 2; d = a*a; z = 3") == nil)
        #expect(try check("grad wrt a == 3", after: "a = 2; b = 3; a*b") == nil)
        #expect(try check("grad x wrt a == 1", after: "a = 2; x = [a, a]") == .notScalar(subject: "x", shape: [2]))
    }

    @Test("by equivalence: reordered and rewritten expressions pass, different functions fail")
    func equivalence() throws {
        let setup = "a = 2; b = 2; c = 1"
        #expect(try check("equivalent a*b + c", after: setup, typed: "c + b*a") == nil)
        #expect(try check("equivalent a*b + c", after: setup, typed: "x = (b*a) + c*1") == nil)
        #expect(try check("equivalent a*a + a", after: setup, typed: "a^2 + a") == nil)
        // Equal at a = b = 2 (both 4), but not the same function.
        let different = try check("equivalent a*b", after: setup, typed: "a + b")
        guard case .valueNotEquivalent = different else { Issue.record("\(String(describing: different))"); return }
        // Same value everywhere is impossible to fake with a constant.
        #expect(try check("equivalent a*b", after: setup, typed: "4") != nil)
        // An extra name changes the gradient even when its value is small.
        #expect(try check("equivalent a*b", after: setup, typed: "a*b + 0*c") == nil)
        #expect(try check("equivalent tanh(a)", after: setup, typed: "(exp(2*a) - 1)/(exp(2*a) + 1)") == nil)
        #expect(try check("equivalent relu(a)", after: setup, typed: "a") != nil)
        // Arrays: element by element.
        #expect(try check("equivalent x @ w + b", after: "x = [[1, 2]]; w = [[1], [2]]; b = [1]", typed: "b + x @ w") == nil)
        #expect(try check("equivalent x * 2", after: "x = [1, 2]", typed: "x + 2") != nil)
        // A failure says which values it tried, arrays too: numbers at other
        // values of `y` mean nothing without them.
        let arrays = try check("equivalent p - y", after: "p = [0.7, 0.3]; y = [1, 0]", typed: "p - [1, 0]")
        guard case .valueNotEquivalent(let point, _, _) = arrays else { Issue.record("\(String(describing: arrays))"); return }
        #expect(point.map(\.name).sorted() == ["p", "y"])
        #expect(point.allSatisfy { $0.value.shape == [2] })
    }

    /// Lesson 3's reuse step: with e = a*b, `a*a*b` is the model `e*a`.
    @Test("equivalence computes a computed name again at each point instead of drawing it")
    func computedNames() throws {
        let setup = "a = 2; b = -3; e = a*b"
        #expect(try check("equivalent e*a", after: setup, typed: "r = a*a*b") == nil)
        #expect(try check("equivalent e*a", after: setup, typed: "r = (a*b)*a") == nil)
        #expect(try check("equivalent e*a", after: setup, typed: "r = e*a") == nil)
        #expect(try check("equivalent 2*a*b", after: setup, typed: "e + e") == nil)
        // Still a different function: e*b is a*b*b.
        let wrong = try check("equivalent e*a", after: setup, typed: "r = e*b")
        guard case .valueNotEquivalent(let point, _, _) = wrong else { Issue.record("\(String(describing: wrong))"); return }
        // The point names the variables only: e is not drawn, so it is not shown.
        #expect(point.map(\.name).sorted() == ["a", "b"])
        // Arrays computed from others (lesson 2: h = tanh(x @ w + b)).
        let layer = "x = [[1, 2]]; w = [[0.5, -1], [0.25, 0.5]]; b = [0, 0]; h = tanh(x @ w + b)"
        #expect(try check("equivalent transpose(x) @ (1 - h^2)", after: layer,
            typed: "transpose(x) @ (1 - tanh(x @ w + b)^2)") == nil)
        #expect(try check("equivalent transpose(x) @ (1 - h^2)", after: layer, typed: "transpose(x) @ (1 - h)") != nil)
    }

    @Test("an expression asked for cannot be answered by reading gradients")
    func readsGradients() throws {
        #expect(try check("equivalent 2*a", after: "a = 2; L = a*a; L", typed: "grad(L, a)") == .readsGradients)
    }

    @Test("equivalence ignores points where the model is not finite")
    func domains() throws {
        #expect(try check("equivalent log(a*a)", after: "a = 2", typed: "2*log(abs(a))") == nil)
    }

    @Test("assigns")
    func assigns() throws {
        #expect(try check("assigns d", after: "a = 1", typed: "d = a") == nil)
        #expect(try check("assigns d", after: "a = 1", typed: "a + 1") == .didNotAssign("d"))
    }
}

/// A number step's answer typed with a Chinese input method.
@Suite("Numbers typed in Chinese")
struct ChineseNumberTests {
    @Test("full-width digits and signs are a number; Chinese numerals and words ask for digits")
    func numbers() throws {
        guard case .success(let value) = ConstantExpression.evaluate("－３．５ × ２") else {
            Issue.record("full-width did not evaluate")
            return
        }
        #expect(value == -7)
        for word in ["负三", "三", "two"] {
            guard case .failure(let failure) = ConstantExpression.evaluate(word) else {
                Issue.record("\(word) evaluated")
                continue
            }
            #expect(failure.reason == .typeDigits)
            #expect(failure.reason?.text(.zh) == "请输入阿拉伯数字，例如 -3")
        }
        guard case .failure(let name) = ConstantExpression.evaluate("w1 + 1") else { return }
        #expect(name.message == "uses a name; write a number or an expression of numbers")
    }
}
