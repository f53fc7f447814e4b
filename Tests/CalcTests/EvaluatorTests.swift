import Autograd
import Testing
@testable import Calc

@Suite("Evaluator")
struct EvaluatorTests {
    @Test("unknown names suggest the closest known one")
    func unknownName() {
        #expect(failure("sigmod(2)")?.message == "unknown function 'sigmod'")
        #expect(failure("sigmod(2)")?.hint == "did you mean 'sigmoid'?")
        #expect(failure("alpha = 1; alpah + 1")?.hint == "did you mean 'alpha'?")
        #expect(failure("zzz + 1")?.hint == "give it a value first, for example zzz = 1")
        #expect(failure("zzz + 1")?.location == SourceLocation(line: 1, column: 1))
    }

    @Test("functions take the right number of arguments")
    func arity() {
        #expect(failure("tanh(1, 2)")?.message == "tanh takes 1 argument (tanh(x)), but 2 were given")
        #expect(failure("tanh()")?.message == "tanh takes 1 argument (tanh(x)), but 0 were given")
        #expect(failure("tanh + 1")?.message == "'tanh' is a function: call it as tanh(x)")
        #expect(failure("a = 2; a(3)")?.message == "'a' is a value, not a function")
        #expect(failure("max(1)")?.message == "max takes 2 arguments (max(x, y)), but 1 was given")
        #expect(failure("min(1, 2, 3)")?.message == "min takes 2 arguments (min(x, y)), but 3 were given")
    }

    @Test("max and min: one node of two inputs, the whole gradient to the winner, half each at a tie")
    func maxAndMin() throws {
        #expect(try number("max(2, 3)") == 3)
        #expect(try number("min(2, 3)") == 2)
        #expect(try number("max(-1, min(4, 0.5))") == 0.5)
        for (source, da, db) in [("max(a, b)", 0.0, 1.0), ("min(a, b)", 1.0, 0.0), ("max(a, a + 1)", 1.0, 0.0)] {
            let (workspace, value) = try evaluate("a = 2; b = 3; \(source)")
            guard case .scalar(let output) = value else { Issue.record("not a scalar: \(source)"); continue }
            workspace.tape.backward(from: output)
            #expect(workspace.tape.grad(workspace.value(named: "a")!.nodes[0]) == da, "\(source)")
            #expect(workspace.tape.grad(workspace.value(named: "b")!.nodes[0]) == db, "\(source)")
        }
        let (workspace, value) = try evaluate("x = 0; max(0, x)")
        guard case .scalar(let output) = value else { Issue.record("not a scalar"); return }
        workspace.tape.backward(from: output)
        #expect(workspace.tape.grad(workspace.value(named: "x")!.nodes[0]) == 0.5, "a tie splits the gradient")
    }

    @Test("max and min broadcast their arrays as + does, and a shape error points at the name")
    func maxAndMinBroadcast() throws {
        let (workspace, value) = try evaluate("max([1, 5], [[3], [4]])")
        #expect(value.shape == [2, 2])
        #expect(value.nodes.map { workspace.tape.data($0) } == [3, 5, 4, 5])
        let (other, low) = try evaluate("min(0, [-2, 3])")
        #expect(low.nodes.map { other.tape.data($0) } == [-2, 0])
        let error = try #require(failure("x = [1, 2]; max(x, [1, 2, 3])"))
        #expect(error.message == "cannot broadcast 'x' of shape [2] with '[1, 2, 3]' of shape [3]")
        #expect(error.location == SourceLocation(line: 1, column: 13))
    }

    @Test("log(-1), sqrt(-1) and 1/0 warn and name the node; nothing traps", arguments: [
        ("log(-1)", "'log(-1)' is NaN (not a number)"),
        ("sqrt(-1)", "'sqrt(-1)' is NaN (not a number)"),
        ("1/0", "'1/0' is infinity"),
        ("x = 2; -1/(x - 2)", "'-1/(x - 2)' is -infinity"),
        ("exp(1000)", "'exp(1000)' is infinity"),
    ])
    func nonFinite(_ source: String, _ message: String) throws {
        let workspace = Workspace()
        var evaluator = Evaluator(workspace: workspace)
        var warnings: [Diagnostic] = []
        for statement in try Parser.parse(source) {
            warnings += try evaluator.run(statement).warnings
        }
        #expect(warnings.map(\.message) == [message])
        #expect(warnings.first?.severity == .warning)
    }

    @Test("only the first non-finite node warns")
    func firstOnly() throws {
        let workspace = Workspace()
        var evaluator = Evaluator(workspace: workspace)
        let evaluation = try evaluator.run(try Parser.parse("log(-1) + 1 + exp(1000)")[0])
        #expect(evaluation.warnings.count == 1)
    }

    @Test("a plain number bound to a name is a parameter; a result is not")
    func parameters() throws {
        let (workspace, _) = try evaluate("a = 2; b = a * 3; c = a")
        #expect(workspace.isParameter(workspace.value(named: "a")!))
        #expect(!workspace.isParameter(workspace.value(named: "b")!))
        #expect(workspace.value(named: "c") == workspace.value(named: "a"), "c = a binds the same node")
    }

    @Test("a failed statement binds nothing and leaves no nodes")
    func failedStatement() throws {
        let (workspace, _) = try evaluate("a = 2")
        let before = workspace.tape.count
        #expect(failure("b = a * 3 + nope", in: workspace) != nil)
        #expect(workspace.value(named: "b") == nil)
        #expect(workspace.tape.count == before)
    }

    @Test("the node limit is checked before the work")
    func nodeLimit() throws {
        var limits = Limits()
        limits.maxNodes = 10
        let workspace = Workspace(limits: limits)
        let diagnostic = failure("a = 1; b = a + a + a + a + a + a + a + a + a + a + a", in: workspace)
        #expect(diagnostic?.message == "this would make the graph more than 10 nodes")
    }

    @Test("compaction keeps every name and its value")
    func compaction() throws {
        let workspace = Workspace()
        try evaluate("a = 2; b = -3", in: workspace)
        for _ in 0..<100 { try evaluate("junk = a * b + tanh(a)", in: workspace) }
        try evaluate("c = a*b + tanh(a)", in: workspace)
        let before = workspace.tape.count
        workspace.compact()
        #expect(workspace.tape.count < before)
        guard case .scalar(let c) = workspace.value(named: "c") else { Issue.record("c is gone"); return }
        #expect(isClose(workspace.tape.data(c), -6 + Tanh.forward(2)))
        workspace.tape.backward(from: c)
        guard case .scalar(let b) = workspace.value(named: "b") else { Issue.record("b is gone"); return }
        #expect(workspace.tape.grad(b) == 2)
    }

    @Test("an earlier node of a rebound name is primed")
    func primes() throws {
        let (workspace, value) = try evaluate("c = 1; c = c + 1; c = c * 2")
        guard case .scalar(let c) = value else { Issue.record("not a scalar"); return }
        let labels = workspace.tape.subgraph(of: c).compactMap { workspace.tape.label($0) }
        #expect(labels == ["c″", "c′", "c"])
    }

    @Test("a name rebound thousands of times: each earlier node counts its primes, the elements too")
    func manyRebinds() throws {
        // Issue 19, item 7: a bind used to rewrite every earlier label of
        // the name, so a long script of rebinds grew with its square.
        let workspace = Workspace()
        try evaluate("x = 1; w = [1, 2]", in: workspace)
        guard case .scalar(let first) = workspace.value(named: "x"),
            case .array(let firstW) = workspace.value(named: "w")
        else { Issue.record("x or w is missing"); return }
        for _ in 0..<3_000 { try evaluate("x = x*0.999 + 0.001", in: workspace) }
        try evaluate("w = w*2; w = w + 1", in: workspace)
        #expect(workspace.tape.label(first) == "x⁽³⁰⁰⁰⁾")
        guard case .scalar(let x) = workspace.value(named: "x"),
            case .array(let w) = workspace.value(named: "w")
        else { Issue.record("x or w is missing"); return }
        #expect(workspace.tape.label(x) == "x")
        #expect(firstW.elements.map { workspace.tape.label($0) } == ["w″[0]", "w″[1]"])
        #expect(w.elements.map { workspace.tape.label($0) } == ["w[0]", "w[1]"])
    }

    /// The formulas that `:explain` prints are checked against the code
    /// that computes the derivative: both must give the same number.
    @Test("each printed derivative formula agrees with the code")
    func formulas() throws {
        for operation in Operation.allCases {
            guard let rule = operation.rule else { continue }
            for (position, formula) in rule.derivativeFormulas.enumerated() {
                // Formulas that are not expressions of the language
                // (relu's case split, abs's sign) are checked by the
                // finite-difference tests of the engine instead.
                guard !formula.contains("if"), !formula.contains("sign") else { continue }
                let (x, y) = (0.7, 1.3)
                let tape = Tape()
                let a = tape.leaf(x)
                let b = tape.leaf(y)
                let out = operation.arity == 2 ? tape.apply(operation, a, b) : tape.apply(operation, a)
                tape.backward(from: out)
                let code = tape.grad(position == 0 ? a : b)
                let printed = try number("x = \(x); y = \(y); \(formula)")
                #expect(isClose(code, printed), "\(operation.name): \(formula)")
            }
        }
    }
}

func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    Swift.abs(a - b) <= tolerance * Swift.max(1, Swift.abs(a), Swift.abs(b))
}
