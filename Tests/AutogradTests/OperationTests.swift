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
}
