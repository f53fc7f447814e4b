import Autograd
import Testing

/// Every operation's local derivative against a central finite difference,
/// at points inside its domain.
@Suite("Operations")
struct OperationTests {
    static let unaryPoints: [(Operation, [Double])] = [
        (.negate, [-2, 0.5, 3]),
        (.exp, [-1.5, 0, 2]),
        (.log, [0.1, 1, 7.5]),
        (.tanh, [-2, -0.3, 0, 0.8]),
        (.relu, [-1.5, 0.7, 3]),
        (.sigmoid, [-4, 0, 0.5, 3]),
        (.squareRoot, [0.25, 2, 9]),
        (.absolute, [-3, 2.5]),
        (.sine, [-1, 0, 2]),
        (.cosine, [-1, 0.3, 2]),
    ]

    @Test("unary derivatives match finite differences", arguments: unaryPoints)
    func unary(_ operation: Operation, points: [Double]) {
        for point in points {
            let tape = Tape()
            let x = tape.leaf(point)
            let y = tape.apply(operation, x)
            tape.backward(from: y)
            let numeric = centralDifference(tape, of: y, withRespectTo: x)
            #expect(isClose(tape.grad(x), numeric, tolerance: 1e-5), "\(operation.name) at \(point)")
        }
    }

    static let binaryPoints: [(Operation, [(Double, Double)])] = [
        (.add, [(1, 2), (-3, 0.5)]),
        (.subtract, [(1, 2), (-3, 0.5)]),
        (.multiply, [(1.5, -2), (0, 4)]),
        (.divide, [(1, 2), (-3, 0.25)]),
        (.power, [(2, 3), (1.5, -0.5), (0.7, 2.2), (3, 0)]),
        // At a tie (the last point) the difference sees half of each side,
        // which is what the rule gives each input.
        (.maximum, [(3, -1), (-2, 0.5), (1.5, 1.5)]),
        (.minimum, [(3, -1), (-2, 0.5), (1.5, 1.5)]),
    ]

    @Test("binary derivatives match finite differences", arguments: binaryPoints)
    func binary(_ operation: Operation, points: [(Double, Double)]) {
        for (a, b) in points {
            let tape = Tape()
            let x = tape.leaf(a)
            let y = tape.leaf(b)
            let z = tape.apply(operation, x, y)
            tape.backward(from: z)
            #expect(isClose(tape.grad(x), centralDifference(tape, of: z, withRespectTo: x), tolerance: 1e-5))
            #expect(isClose(tape.grad(y), centralDifference(tape, of: z, withRespectTo: y), tolerance: 1e-5))
        }
    }

    @Test("hand-derived local derivatives")
    func handDerived() {
        #expect(Multiply.derivatives(3, -2, output: -6) == (dx: -2, dy: 3))
        #expect(Tanh.derivative(0.5, output: 0.4621171572600098) == 1 - 0.4621171572600098 * 0.4621171572600098)
        #expect(ReLU.derivative(0, output: 0) == 0, "the slope of relu at 0 is taken as 0, as micrograd does")
        #expect(Absolute.derivative(0, output: 0) == 0)
        #expect(Power.derivatives(2, 3, output: 8) == (dx: 12, dy: 8 * 0.6931471805599453))
        #expect(Power.derivatives(-2, 2, output: 4).dx == -4)
        #expect(Power.derivatives(-2, 2, output: 4).dy.isNaN, "no derivative in the exponent for a negative base")
        #expect(Power.derivatives(0, 2, output: 0).dy == 0)
        #expect(Maximum.derivatives(3, -1, output: 3) == (dx: 1, dy: 0), "the whole gradient to the larger input")
        #expect(Maximum.derivatives(-1, 3, output: 3) == (dx: 0, dy: 1))
        #expect(Maximum.derivatives(2, 2, output: 2) == (dx: 0.5, dy: 0.5), "half to each at a tie")
        #expect(Minimum.derivatives(3, -1, output: -1) == (dx: 0, dy: 1), "the whole gradient to the smaller input")
        #expect(Minimum.derivatives(2, 2, output: 2) == (dx: 0.5, dy: 0.5))
    }

    @Test("max and min pass NaN on, value and slopes")
    func maxMinNaN() {
        for rule in [Maximum.self, Minimum.self] as [any BinaryRule.Type] {
            #expect(rule.forward(.nan, 1).isNaN && rule.forward(1, .nan).isNaN)
            let slopes = rule.derivatives(.nan, 1, output: .nan)
            #expect(slopes.dx.isNaN && slopes.dy.isNaN)
        }
        #expect(Maximum.forward(-.infinity, 2) == 2 && Minimum.forward(-.infinity, 2) == -.infinity)
    }

    @Test("sigmoid stays finite at the extremes")
    func sigmoidExtremes() {
        #expect(Sigmoid.forward(-1000) == 0)
        #expect(Sigmoid.forward(1000) == 1)
        #expect(Sigmoid.forward(0) == 0.5)
    }

    @Test("every operation has a name, an arity and a formula per input")
    func table() {
        for operation in Operation.allCases {
            #expect(Operation(name: operation.name) == operation)
            if let rule = operation.rule {
                #expect(rule.derivativeFormulas.count == operation.arity)
                #expect(!rule.summary.isEmpty && !rule.domain.isEmpty)
            } else {
                #expect(operation.arity == 0)
            }
        }
    }

    // The checks below fail when a new operation is added without what the
    // rest of the tutor needs: test points, help text, a fuzzing token.

    @Test("every operation of one or two inputs has test points above")
    func everyOperationHasPoints() {
        let unary = Set(Operation.allCases.filter { $0.arity == 1 })
        let binary = Set(Operation.allCases.filter { $0.arity == 2 })
        #expect(Set(Self.unaryPoints.map(\.0)) == unary, "add the operation to unaryPoints")
        #expect(Set(Self.binaryPoints.map(\.0)) == binary, "add the operation to binaryPoints")
        #expect(Self.unaryPoints.allSatisfy { !$0.1.isEmpty } && Self.binaryPoints.allSatisfy { !$0.1.isEmpty })
    }

    @Test("every operation has help text: a summary, a domain, a spelling")
    func everyOperationHasHelp() {
        for operation in Operation.allCases where operation.arity > 0 {
            let rule = operation.rule!
            #expect(!rule.summary.isEmpty, "\(operation.name) needs a summary")
            #expect(!rule.domain.isEmpty, "\(operation.name) needs a domain")
            #expect(operation.spelling != nil)
            #expect(rule.derivativeFormulas.allSatisfy { !$0.isEmpty })
        }
    }

    /// The fuzzer's dictionary (`Fuzz/session.dict`) has the token that
    /// writes each operation, so that fuzzing reaches it: `"tanh("` for a
    /// function, the symbol of an operator.
    @Test("every operation has a token in the fuzzer's dictionary")
    func everyOperationIsFuzzed() throws {
        let tokens = try fuzzDictionaryTokens()
        for operation in Operation.allCases {
            let token: String
            switch operation.spelling {
            case nil: continue
            case .function: token = operation.name + "("
            case .infix: token = operation.name
            case .prefix(let symbol, _): token = symbol
            }
            #expect(tokens.contains(token), "Fuzz/session.dict needs \"\(token)\" for \(operation.name)")
        }
    }

    /// What a visitor is told about each operation, to compare with the
    /// properties that are read some other way.
    struct Told: OperationVisitor {
        func leaf() -> (arity: Int, rule: ObjectIdentifier?) { (0, nil) }
        func unary<Rule: UnaryRule>(_: Rule.Type) -> (arity: Int, rule: ObjectIdentifier?) {
            (1, ObjectIdentifier(Rule.self))
        }
        func binary<Rule: BinaryRule>(_: Rule.Type) -> (arity: Int, rule: ObjectIdentifier?) {
            (2, ObjectIdentifier(Rule.self))
        }
    }

    @Test("visit agrees with rule, arity and the protocol each rule conforms to")
    func visitAgrees() {
        var rules = Set<ObjectIdentifier>()
        for operation in Operation.allCases {
            let told = operation.visit(Told())
            #expect(told.arity == operation.arity, "\(operation.name)")
            #expect(told.rule == operation.rule.map { ObjectIdentifier($0) }, "\(operation.name)")
            switch operation.arity {
            case 1: #expect(operation.rule is any UnaryRule.Type)
            case 2: #expect(operation.rule is any BinaryRule.Type)
            default: #expect(operation.rule == nil)
            }
            if let rule = told.rule { #expect(rules.insert(rule).inserted, "two cases share a rule") }
        }
        #expect(MemoryLayout<Operation>.size == 1, "the tape stores one byte per operation")
    }

    @Test("the local derivative is the factor backward multiplies by", arguments: Operation.allCases)
    func localDerivative(_ operation: Operation) {
        let tape = Tape()
        let x = tape.leaf(0.7)
        let y = tape.leaf(1.3)
        switch operation.arity {
        case 0:
            #expect(tape.localDerivative(of: x, input: 0) == 0)
        case 1:
            let out = tape.apply(operation, x)
            tape.backward(from: out)
            #expect(tape.localDerivative(of: out, input: 0) == tape.grad(x))
        default:
            let out = tape.apply(operation, x, y)
            tape.backward(from: out)
            #expect(tape.localDerivative(of: out, input: 0) == tape.grad(x))
            #expect(tape.localDerivative(of: out, input: 1) == tape.grad(y))
        }
    }

    @Test("recompute gives what building again gives", arguments: Operation.allCases.filter { $0.arity > 0 })
    func replay(_ operation: Operation) {
        func build(_ tape: Tape, _ a: Double, _ b: Double) -> (Node, Node, Node) {
            let x = tape.leaf(a)
            let y = tape.leaf(b)
            return (x, y, operation.arity == 2 ? tape.apply(operation, x, y) : tape.apply(operation, x))
        }
        let tape = Tape()
        let (x, y, out) = build(tape, 0.7, 1.3)
        tape.setData(x, 2.1)
        tape.setData(y, 0.4)
        tape.recompute()
        let fresh = Tape()
        let (_, _, expected) = build(fresh, 2.1, 0.4)
        #expect(tape.data(out) == fresh.data(expected))
    }

    @Test("the shorthands make the same node as apply")
    func shorthands() {
        let tape = Tape()
        let x = tape.leaf(0.7)
        let y = tape.leaf(1.3)
        let made: [(Operation, Node)] = [
            (.add, tape.add(x, y)), (.subtract, tape.subtract(x, y)), (.multiply, tape.multiply(x, y)),
            (.divide, tape.divide(x, y)), (.power, tape.power(x, y)), (.negate, tape.negate(x)),
            (.tanh, tape.tanh(x)), (.relu, tape.relu(x)), (.sigmoid, tape.sigmoid(x)), (.exp, tape.exp(x)),
            (.log, tape.log(x)), (.squareRoot, tape.squareRoot(x)), (.absolute, tape.absolute(x)),
            (.sine, tape.sine(x)), (.cosine, tape.cosine(x)),
        ]
        for (operation, node) in made {
            #expect(tape.operation(node) == operation)
            let applied = operation.arity == 2 ? tape.apply(operation, x, y) : tape.apply(operation, x)
            #expect(tape.data(node) == tape.data(applied), "\(operation.name)")
            #expect(tape.inputs(node) == tape.inputs(applied))
        }
    }
}
