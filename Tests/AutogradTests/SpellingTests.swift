import Autograd
import Testing

/// Nodes written from their operations' spellings, with brackets only
/// where the language needs them. (CalcTests parses what is written here
/// back, for every pair of operators.)
@Suite("Spelling")
struct SpellingTests {
    /// A name: holds together like an atom.
    static func name(_ text: String) -> (text: String, precedence: Int) { (text, Precedence.atom) }

    static func write(_ operation: Operation, _ inputs: (text: String, precedence: Int)...) -> (
        text: String, precedence: Int
    ) {
        operation.written(inputs)
    }

    @Test("functions are calls, operators sit between their inputs")
    func forms() {
        let (a, b) = (Self.name("a"), Self.name("b"))
        #expect(Self.write(.tanh, Self.write(.add, a, b)).text == "tanh(a + b)")
        #expect(Self.write(.tanh, a).precedence == Precedence.atom)
        #expect(Self.write(.add, a, b).text == "a + b")
        #expect(Self.write(.subtract, a, b).text == "a - b")
        #expect(Self.write(.multiply, a, b).text == "a*b")
        #expect(Self.write(.divide, a, b).text == "a/b")
        #expect(Self.write(.power, a, b).text == "a^b")
        #expect(Self.write(.negate, a).text == "-a")
    }

    @Test("brackets where the grouping needs them, and nowhere else")
    func brackets() {
        let (a, b, c) = (Self.name("a"), Self.name("b"), Self.name("c"))
        let cases: [((text: String, precedence: Int), String)] = [
            (Self.write(.multiply, a, Self.write(.divide, b, c)), "a*(b/c)"),
            (Self.write(.multiply, a, Self.write(.multiply, b, c)), "a*(b*c)"),
            (Self.write(.divide, Self.write(.multiply, a, b), c), "a*b/c"),
            (Self.write(.multiply, Self.write(.add, a, b), c), "(a + b)*c"),
            (Self.write(.add, Self.write(.multiply, a, b), c), "a*b + c"),
            (Self.write(.subtract, a, Self.write(.subtract, b, c)), "a - (b - c)"),
            (Self.write(.subtract, Self.write(.subtract, a, b), c), "a - b - c"),
            (Self.write(.power, a, Self.write(.power, b, c)), "a^b^c"),
            (Self.write(.power, Self.write(.power, a, b), c), "(a^b)^c"),
            (Self.write(.negate, Self.write(.power, a, b)), "-a^b"),
            (Self.write(.power, Self.write(.negate, a), b), "(-a)^b"),
            (Self.write(.power, a, Self.write(.negate, b)), "a^(-b)"),
            (Self.write(.multiply, Self.write(.negate, a), b), "-a*b"),
            (Self.write(.negate, Self.write(.multiply, a, b)), "-(a*b)"),
            (Self.write(.negate, Self.write(.negate, a)), "-(-a)"),
            (Self.write(.sine, Self.write(.negate, a)), "sin(-a)"),
        ]
        for (written, expected) in cases {
            #expect(written.text == expected)
        }
    }

    @Test("a precedence for every operator, in the language's order")
    func levels() {
        #expect(Precedence.sum < Precedence.product)
        #expect(Precedence.product < Precedence.prefix)
        #expect(Precedence.prefix < Precedence.power)
        #expect(Precedence.power < Precedence.atom)
        for operation in Operation.allCases {
            guard let spelling = operation.spelling else {
                #expect(operation.arity == 0)
                continue
            }
            switch spelling {
            case .function: #expect(spelling.precedence == Precedence.atom)
            case .infix: #expect(operation.arity == 2, "an infix operator sits between two inputs")
            case .prefix: #expect(operation.arity == 1, "a prefix sign has one input")
            }
        }
    }
}
