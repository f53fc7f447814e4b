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
        ErrorCase(source: "（1）", message: "unexpected character '（'", column: 1,
            hint: "this is a full-width character: switch the input method to half-width ( ) , = ;"),
        ErrorCase(source: "１+２", message: "unexpected character '１'", column: 1,
            hint: "this is a full-width character: switch the input method to half-width digits 0-9 and the point ."),
        ErrorCase(source: "x = 2９", message: "unexpected character '９'", column: 6,
            hint: "this is a full-width character: switch the input method to half-width digits 0-9 and the point ."),
        ErrorCase(source: "1 ＋ 2", message: "unexpected character '＋'", column: 3,
            hint: "this is a full-width character: switch the input method to half-width + - * / ^ @"),
        ErrorCase(source: "a － b", message: "unexpected character '－'", column: 3,
            hint: "this is a full-width character: switch the input method to half-width + - * / ^ @"),
        ErrorCase(source: "a＊b", message: "unexpected character '＊'", column: 2,
            hint: "this is a full-width character: switch the input method to half-width + - * / ^ @"),
        ErrorCase(source: "a／b", message: "unexpected character '／'", column: 2,
            hint: "this is a full-width character: switch the input method to half-width + - * / ^ @"),
    ]

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
