import Autograd
import Testing
@testable import Calc

@Suite("Parser")
struct ParserTests {
    @Test("precedence and associativity", arguments: [
        ("-2^2", -4.0), ("2^3^2", 512), ("2**3**2", 512), ("(-2)^2", 4), ("2^-1", 0.5),
        ("1 + 2 * 3", 7), ("(1 + 2) * 3", 9), ("10 - 4 - 3", 3), ("24 / 4 / 3", 2),
        ("-3 * -2", 6), ("2 * -3^2", -18), ("+2 - -2", 4), ("1e-3 * 1000", 1), (".5 + 1.", 1.5),
    ])
    func precedence(_ source: String, _ expected: Double) throws {
        #expect(try number(source) == expected)
    }

    @Test("statements: names, ';', new lines, comments")
    func statements() throws {
        let statements = try Parser.parse("a = 2; b = 3 # comment\n\nc = a*b")
        #expect(statements.map(\.assignedName) == ["a", "b", "c"])
        #expect(statements.map(\.source) == ["a = 2", "b = 3", "c = a*b"])
        #expect(statements[2].range.start == SourceLocation(line: 3, column: 1))
    }

    @Test("Python-style binding: c = c + 1 uses the old c")
    func rebinding() throws {
        #expect(try number("c = 1; c = c + 1; c = c * 10") == 20)
    }

    @Test("a minus sign straight before a number is part of it")
    func negativeLiteral() throws {
        let (workspace, value) = try evaluate("b = -3")
        guard case .scalar(let node) = value else { Issue.record("not a scalar"); return }
        #expect(workspace.tape.operation(node) == .leaf)
        #expect(workspace.tape.data(node) == -3)
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var source: String
        var message: String
        var line = 1
        var column: Int
        var hint: String? = nil
        var testDescription: String { source }
    }

    static let errors: [ErrorCase] = [
        ErrorCase(
            source: "np.mean(w)", message: "the language has no methods or attributes ('.' after the name 'np')",
            column: 3, hint: "the functions need no module: write mean(x), not np.mean(x) or math.mean(x)"),
        ErrorCase(
            source: "g = w.grad", message: "the language has no methods or attributes ('.' after the name 'w')",
            column: 6,
            hint: "a gradient is grad(L, w) here (dL/dw); every table shows each node's grad, and :backward L walks them"),
        ErrorCase(
            source: "loss.backward()", message: "the language has no methods or attributes ('.' after the name 'loss')",
            column: 5,
            hint: "the backward pass is the command :backward loss (on a line of its own); every result already shows its gradients"),
        ErrorCase(
            source: "optimizer.step()", message: "the language has no methods or attributes ('.' after the name 'optimizer')",
            column: 10, hint: "a gradient-descent step is the command :step RATE [names], e.g. :step 0.01 w b; :train loss STEPS RATE runs many"),
        ErrorCase(
            source: "x.T", message: "the language has no methods or attributes ('.' after the name 'x')",
            column: 2, hint: "write transpose(x) for x.T, x @ y for x.dot(y), sum(x) for np.sum(x)"),
        ErrorCase(source: "1 + * 2", message: "expected an expression after '+', found '*'", column: 5),
        ErrorCase(source: "a =", message: "expected an expression after '=', found the end of the line", column: 4),
        ErrorCase(source: "(1 + 2", message: "expected ')' to close the '(' at 1:1", column: 7),
        ErrorCase(source: "2 3", message: "expected an operator or the end of the statement, found the number 3",
            column: 3, hint: "for a product write 2*3"),
        ErrorCase(source: "1 +", message: "expected an expression after '+', found the end of the line", column: 4),
        ErrorCase(source: ")", message: "expected an expression, found ')'", column: 1),
        ErrorCase(source: "1 + 2)", message: "')' has no matching opening bracket", column: 6),
        ErrorCase(source: "2 = a", message: "only a name can be given a value, not '2'", column: 3,
            hint: "write a name on the left: y = 2"),
        ErrorCase(source: "x $ 2", message: "unexpected character '$'", column: 3,
            hint: "expressions use numbers, names, + - * / ^ @, parentheses and functions such as tanh(x)"),
        ErrorCase(source: "a == b", message: "'==' compares, and the language has no comparisons", column: 3,
            hint: "use '=' to give a name to a value"),
        ErrorCase(source: "2x", message: "'2x' is not a number", column: 1,
            hint: "numbers look like 2, -3.5 or 1e-3; for a product write 2*x"),
        ErrorCase(source: "x.T", message: "the language has no methods or attributes ('.' after the name 'x')",
            column: 2, hint: "write transpose(x) for x.T, x @ y for x.dot(y), sum(x) for np.sum(x)"),
        ErrorCase(source: "tanh 2", message: "expected an operator or the end of the statement, found the number 2",
            column: 6, hint: "to call a function write tanh(2)"),
        ErrorCase(source: "f(1,", message: "expected an expression after ',', found the end of the line", column: 5),
        ErrorCase(source: "a = 1\nb = 2 +", message: "expected an expression after '+', found the end of the line",
            line: 2, column: 8),
        ErrorCase(source: "x = 1e309", message: "'1e309' is too large for a number here", column: 5,
            hint: "the largest is about 1.8e308"),
        ErrorCase(source: "a = 2; :vars", message: "unexpected character ':'", column: 8,
            hint: "a command such as :vars starts a line of its own; put it on the next line"),
        // Full-width forms are read as ASCII; Chinese punctuation with no
        // ASCII meaning, and numbers in Chinese numerals, still stop.
        ErrorCase(source: "（1、2）", message: "unexpected character '、'", column: 3,
            hint: "'、' is Chinese punctuation; separate statements with ; or a new line, and arguments with ,"),
        ErrorCase(source: "ａ ＝ １。", message: "unexpected character '。'", column: 6,
            hint: "'。' is Chinese punctuation; separate statements with ; or a new line, and arguments with ,"),
        ErrorCase(source: "x = 负三", message: "'负三' is a number in words", column: 5,
            hint: "type the number in digits, for example -3"),
        ErrorCase(source: "三点五", message: "'三点五' is a number in words", column: 1,
            hint: "type the number in digits, for example -3"),
        ErrorCase(source: "（１ ＋ ２）） ", message: "')' has no matching opening bracket", column: 8),
        // Slices: a colon between brackets; a step is refused at its second colon.
        ErrorCase(source: "x[::2]", message: "a slice takes no step here: x[a:b], not x[a:b:step]", column: 4,
            hint: "x[a:b] picks positions a to b-1, as in NumPy: x[:2] the first two, x[2:] from 2 to the end, "
                + "x[-2:] the last two; on a matrix X[a:b] picks rows and X[:, j] column j"),
        ErrorCase(source: "x[0:4:2]", message: "a slice takes no step here: x[a:b], not x[a:b:step]", column: 6),
        ErrorCase(source: "x[0:2", message: "expected ']' to close the '[' at 1:2", column: 6),
        ErrorCase(source: "[1:2]", message: "expected ']' or ',' , found ':'", column: 3),
        ErrorCase(source: "x[0 : 2] : 3", message: "unexpected character ':'", column: 10,
            hint: "a command such as :vars starts a line of its own; put it on the next line"),
    ]

    @Test("slices parse as NumPy writes them", arguments: [
        ("x[0:2]", "x[0.0:2.0]"), ("x[:2]", "x[:2.0]"), ("x[2:]", "x[2.0:]"), ("x[-2:]", "x[-2.0:]"),
        ("x[:]", "x[:]"), ("X[0:2, 0]", "X[0.0:2.0, 0.0]"), ("X[:, 1]", "X[:, 1.0]"), ("x[0:n+1]", "x[0.0:+(n, 1.0)]"),
        ("X[0:2][1]", "X[0.0:2.0][1.0]"), ("x[ 1 : 3 ]", "x[1.0:3.0]"),
    ])
    func slices(_ source: String, _ tree: String) throws {
        let statements = try Parser.parse(source)
        #expect(statements.map { Self.shape($0.expression) } == [tree])
    }

    @Test("syntax errors say what, where and what to do", arguments: errors)
    func syntaxErrors(_ error: ErrorCase) {
        let diagnostic = failure(error.source)
        #expect(diagnostic?.message == error.message)
        #expect(diagnostic?.location == SourceLocation(line: error.line, column: error.column))
        if let hint = error.hint { #expect(diagnostic?.hint == hint) }
        #expect(diagnostic?.severity == .error)
    }

    @Test("nesting deeper than the limit is an error, not a stack overflow")
    func nesting() {
        let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        let diagnostic = failure(deep)
        #expect(diagnostic?.message == "the expression is nested more than 500 levels deep")
        let longChain = Array(repeating: "1", count: 2_000).joined(separator: " + ")
        #expect(failure(longChain)?.message == "the expression is nested more than 500 levels deep")
        #expect(failure(String(repeating: "-", count: 10_000) + "1") != nil)
        let fine = Array(repeating: "1", count: 400).joined(separator: " + ")
        #expect(failure(fine) == nil)
    }
}

/// The engine's spellings and the parser agree: every expression written
/// by `Operation.written` (as the tutor's labels are) parses back to the
/// tree it was written from, with brackets only where they are needed.
extension ParserTests {
    /// A tree of operations over names, as it is written and as its shape.
    struct Tree {
        var written: (text: String, precedence: Int)
        var shape: String
    }

    /// Every tree of depth two or less over the names a, b, c and the
    /// operations below (all five operators, the sign, a function).
    static func trees() -> [Tree] {
        let operations: [Operation] = [.add, .subtract, .multiply, .divide, .power, .negate, .tanh]
        func combine(_ operation: Operation, _ inputs: [Tree]) -> Tree {
            Tree(
                written: operation.written(inputs.map(\.written)),
                shape: "\(operation.name)(\(inputs.map(\.shape).joined(separator: ", ")))")
        }
        let names = ["a", "b", "c"].map { Tree(written: ($0, Precedence.atom), shape: $0) }
        var small = [names[0]]
        for operation in operations {
            small.append(combine(operation, operation.arity == 2 ? [names[1], names[2]] : [names[1]]))
        }
        var trees: [Tree] = []
        for operation in operations {
            if operation.arity == 1 {
                trees += small.map { combine(operation, [$0]) }
            } else {
                for left in small {
                    for right in small { trees.append(combine(operation, [left, right])) }
                }
            }
        }
        return trees
    }

    /// A parsed expression's tree, without its brackets: `*(a, +(b, c))`.
    static func shape(_ expression: Expression) -> String {
        switch expression {
        case .name(let name, _): name
        case .number(let value, _): "\(value)"
        case .negate(let operand, _): "\(Operation.negate.name)(\(shape(operand)))"
        case .binary(let op, let left, let right, _): "\(op.operation?.name ?? op.rawValue)(\(shape(left)), \(shape(right)))"
        case .call(let name, let arguments, _, _): "\(name)(\(arguments.map(shape).joined(separator: ", ")))"
        case .parenthesized(let inner, _): shape(inner)
        case .array(let elements, _): "[\(elements.map(shape).joined(separator: ", "))]"
        case .index(let base, let indices, _): "\(shape(base))[\(indices.map(shape).joined(separator: ", "))]"
        }
    }

    /// An item between `[` and `]`: `i`, or a slice `a:b` with a bound left out as nothing.
    static func shape(_ item: IndexItem) -> String {
        switch item {
        case .position(let expression): shape(expression)
        case .slice(let lower, let upper, _): "\(lower.map(shape) ?? ""):\(upper.map(shape) ?? "")"
        }
    }

    @Test("printed expressions parse back to the same tree")
    func printedExpressionsParseBack() throws {
        for tree in Self.trees() {
            let statements = try Parser.parse(tree.written.text)
            #expect(statements.count == 1)
            #expect(statements.first.map { Self.shape($0.expression) } == tree.shape, "\(tree.written.text)")
            // Brackets only where needed: without any one pair (other than
            // a call's), the text reads as another tree. A sign is the
            // exception, bracketed on purpose: `a^(-b)`, `-(-a)`.
            for (open, close) in Self.bracketPairs(tree.written.text) {
                var text = Array(tree.written.text)
                guard text[open + 1] != "-" else { continue }
                text.remove(at: close)
                text.remove(at: open)
                let unbracketed = try? Parser.parse(String(text)).first.map { Self.shape($0.expression) }
                #expect(unbracketed != tree.shape, "\(tree.written.text): the brackets are not needed")
            }
        }
    }

    /// The offsets of each pair of grouping brackets (not a call's).
    static func bracketPairs(_ text: String) -> [(Int, Int)] {
        let characters = Array(text)
        var open: [Int?] = []
        var pairs: [(Int, Int)] = []
        for (offset, character) in characters.enumerated() {
            if character == "(" {
                let isCall = offset > 0 && characters[offset - 1].isLetter
                open.append(isCall ? nil : offset)
            } else if character == ")", let last = open.popLast(), let start = last {
                pairs.append((start, offset))
            }
        }
        return pairs
    }

    @Test("the operators' precedence is the engine's")
    func operatorPrecedence() {
        for op in BinaryOperator.allCases {
            if let operation = op.operation {
                #expect(op.precedence == operation.spelling?.precedence)
                #expect(op.rawValue == operation.name, "the language writes the operator as the engine names it")
            } else {
                #expect(op.precedence == Operation.multiply.spelling?.precedence, "@ binds like *")
            }
        }
        #expect(BinaryOperator.add.precedence < BinaryOperator.multiply.precedence)
        #expect(BinaryOperator.multiply.precedence < Precedence.prefix)
        #expect(Precedence.prefix < BinaryOperator.power.precedence)
    }
}
