/// Reads tokens into statements by recursive descent, one function per
/// precedence level.
///
/// ```
/// program    = statement { separator statement }
/// statement  = [ name ( "=" | "+=" | "-=" | "*=" | "/=" | "@=" ) ] sum
/// sum        = product { ("+" | "-") product }
/// product    = unary { ("*" | "/" | "@") unary }
/// unary      = ("-" | "+") unary | power
/// power      = postfix [ ("^" | "**") unary ]       right-associative
/// postfix    = primary { "[" item { "," item } "]" }  elements: x[i, j], x[0:2]
/// item       = sum | [ sum ] ":" [ sum ]               a position or a slice
/// primary    = number | name | name "(" [ sum { "," sum } ] ")"
///            | "(" sum ")" | "[" [ sum { "," sum } ] "]"
/// ```
///
/// `a -= x` is read as `a = a - (x)`, as in Python: the same binding rules
/// as any assignment (the name moves to a new node).
///
/// The levels, loosest first, are the engine's ``Precedence`` levels, which
/// every printer of expressions reads from the operations' spellings; a test
/// (`ParserTests`, "printed expressions parse back") holds the two together.
///
/// Chains such as `a + b + c` are read in a loop; only nesting recurses, and
/// nesting deeper than ``Limits/maxNesting`` is an error, so no input can
/// overflow the stack here or in the code that walks the tree later.
public struct Parser {
    private let tokens: [Token]
    private let source: [Character]
    private var position = 0
    private let maxNesting: Int

    /// Parses a whole program (statements separated by `;` or newlines).
    /// `firstLine` numbers the first line of `source`.
    public static func parse(_ source: String, firstLine: Int = 1, limits: Limits = Limits()) throws(Diagnostic)
        -> [Statement]
    {
        var parser = Parser(tokens: try Lexer.tokenize(source, firstLine: firstLine), source: source, limits: limits)
        return try parser.program()
    }

    init(tokens: [Token], source: String, limits: Limits) {
        self.tokens = tokens
        self.source = Array(source)
        self.maxNesting = limits.maxNesting
    }

    private var current: Token { tokens[position] }
    private var previous: Token { tokens[position - 1] }

    private mutating func advance() -> Token {
        let token = tokens[position]
        if token.kind != .end { position += 1 }
        return token
    }

    // MARK: Statements

    mutating func program() throws(Diagnostic) -> [Statement] {
        var statements: [Statement] = []
        while true {
            while current.kind == .separator { _ = advance() }
            if current.kind == .end { return statements }
            statements.append(try statement())
            switch current.kind {
            case .separator, .end: continue
            default: throw unexpected(after: previous)
            }
        }
    }

    private mutating func statement() throws(Diagnostic) -> Statement {
        let first = current
        if case .name(let name) = first.kind, tokens[position + 1].kind == .equals {
            _ = advance()
            let equals = advance()
            let value = try expression(after: equals)
            return make(.assignment(name: name, nameRange: first.range, value: value.expression), from: first)
        }
        if case .name(let name) = first.kind, case .symbol(let symbol) = tokens[position + 1].kind,
            let op = Parser.compoundOperators[symbol], tokens[position + 2].kind == .equals
        {
            _ = advance()
            let opToken = advance()
            let equals = advance()
            let value = try expression(after: equals)
            let right = Expression.parenthesized(value.expression, value.expression.range)
            let updated = Expression.binary(op, .name(name, first.range), right, operatorRange: opToken.range)
            return make(.assignment(name: name, nameRange: first.range, value: updated), from: first)
        }
        let value = try sum(depth: 1)
        if current.kind == .equals {
            throw .error(
                .onlyNameGetsValue(text(of: value.expression.range)), at: current.range,
                hint: .nameOnLeft(text(of: value.expression.range)))
        }
        return make(.expression(value.expression), from: first)
    }

    /// The operators that may stand before `=`: `a += 1`.
    private static let compoundOperators: [Character: BinaryOperator] = [
        "+": .add, "-": .subtract, "*": .multiply, "/": .divide, "@": .matrixMultiply,
    ]

    private func make(_ kind: Statement.Kind, from first: Token) -> Statement {
        let range = first.range.union(previous.range)
        return Statement(kind: kind, source: text(of: range), range: range)
    }

    private func text(of range: SourceRange) -> String {
        String(source[range.offsets.clamped(to: 0..<source.count)])
    }

    // MARK: Expressions

    /// An expression with the height of its tree, which bounds how deep any
    /// later walk over it recurses.
    struct Parsed {
        var expression: Expression
        var height: Int
    }

    private mutating func expression(after token: Token) throws(Diagnostic) -> Parsed {
        if startsExpression(current.kind) { return try sum(depth: 1) }
        throw .error(.expectedAfter(token.phrase, found: current.phrase), at: current.range)
    }

    private func checkNesting(_ height: Int, at range: SourceRange) throws(Diagnostic) {
        if height > maxNesting {
            throw .error(.nestedTooDeep(maxNesting), at: range, hint: .nestingHint)
        }
    }

    private mutating func sum(depth: Int) throws(Diagnostic) -> Parsed {
        var left = try product(depth: depth)
        while case .symbol(let symbol) = current.kind, symbol == "+" || symbol == "-" {
            let op = advance()
            let right = try operand(after: op, depth: depth) { (parser, depth) throws(Diagnostic) in
                try parser.product(depth: depth)
            }
            left = combine(symbol == "+" ? .add : .subtract, left, right, op)
            try checkNesting(left.height, at: op.range)
        }
        return left
    }

    private mutating func product(depth: Int) throws(Diagnostic) -> Parsed {
        var left = try unary(depth: depth)
        while case .symbol(let symbol) = current.kind, symbol == "*" || symbol == "/" || symbol == "@" {
            let op = advance()
            let right = try operand(after: op, depth: depth) { (parser, depth) throws(Diagnostic) in
                try parser.unary(depth: depth)
            }
            let kind: BinaryOperator = symbol == "*" ? .multiply : symbol == "/" ? .divide : .matrixMultiply
            left = combine(kind, left, right, op)
            try checkNesting(left.height, at: op.range)
        }
        return left
    }

    private func combine(_ op: BinaryOperator, _ left: Parsed, _ right: Parsed, _ token: Token) -> Parsed {
        Parsed(
            expression: .binary(op, left.expression, right.expression, operatorRange: token.range),
            height: Swift.max(left.height, right.height) + 1)
    }

    /// The right side of an operator, with a clear error when it is missing.
    private mutating func operand(
        after op: Token, depth: Int, _ parse: (inout Parser, Int) throws(Diagnostic) -> Parsed
    ) throws(Diagnostic) -> Parsed {
        guard startsExpression(current.kind) else {
            throw .error(.expectedAfter(op.phrase, found: current.phrase), at: current.range)
        }
        return try parse(&self, depth)
    }

    private mutating func unary(depth: Int) throws(Diagnostic) -> Parsed {
        try checkNesting(depth, at: current.range)
        if case .symbol(let symbol) = current.kind, symbol == "-" || symbol == "+" {
            let op = advance()
            let operand = try operand(after: op, depth: depth + 1) { (parser, depth) throws(Diagnostic) in
                try parser.unary(depth: depth)
            }
            if symbol == "+" { return operand }
            // A minus written straight before a number is part of the number,
            // as in Python: `b = -3` makes one leaf, not a negation node.
            if case .number(let value, let range) = operand.expression {
                return Parsed(expression: .number(-value, op.range.union(range)), height: 1)
            }
            return Parsed(
                expression: .negate(operand.expression, operatorRange: op.range), height: operand.height + 1)
        }
        return try power(depth: depth)
    }

    private mutating func power(depth: Int) throws(Diagnostic) -> Parsed {
        let base = try postfix(depth: depth)
        guard case .symbol("^") = current.kind else { return base }
        let op = advance()
        // The exponent may carry its own sign (2^-1) and its own power
        // (2^3^2 = 2^9): it is read at the unary level, which recurses here.
        let exponent = try operand(after: op, depth: depth + 1) { (parser, depth) throws(Diagnostic) in
            try parser.unary(depth: depth)
        }
        return combine(.power, base, exponent, op)
    }

    /// A primary followed by any number of `[i, j]`: elements, as NumPy
    /// reads them (`w[1, 0]`, `x[0]`, `x[0][1]`, `x[0:2]`, `X[:, 0]`).
    private mutating func postfix(depth: Int) throws(Diagnostic) -> Parsed {
        var base = try primary(depth: depth)
        while current.kind == .leftBracket {
            let open = advance()
            if current.kind == .rightBracket {
                _ = advance()
                throw .error(.expectedIndex, at: previous.range, hint: .indexHint)
            }
            var items: [IndexItem] = []
            var height = base.height
            while true {
                let (item, itemHeight) = try indexItem(after: items.isEmpty ? open : previous, depth: depth + 1)
                items.append(item)
                height = Swift.max(height, itemHeight)
                if current.kind == .comma {
                    _ = advance()
                    continue
                }
                try expect(.rightBracket, closing: open)
                break
            }
            let range = base.expression.range.union(previous.range)
            base = Parsed(expression: .index(base.expression, items, range: range), height: height + 1)
            try checkNesting(base.height, at: open.range)
        }
        return base
    }

    /// One item between the brackets of `x[...]`: a position `i`, or a
    /// slice `a:b` with either bound left out. A second colon (NumPy's
    /// step, `x[::2]`) is refused here, where it was typed.
    private mutating func indexItem(after token: Token, depth: Int) throws(Diagnostic) -> (IndexItem, Int) {
        let first = current
        var lower: Parsed?
        if current.kind != .colon {
            let position = try expression(after: token, depth: depth)
            guard current.kind == .colon else { return (.position(position.expression), position.height) }
            lower = position
        }
        _ = advance()
        var upper: Parsed?
        if startsExpression(current.kind) { upper = try sum(depth: depth) }
        if current.kind == .colon {
            throw .error(.sliceStep, at: current.range, hint: .sliceHint)
        }
        let range = first.range.union(previous.range)
        let height = Swift.max(lower?.height ?? 0, upper?.height ?? 0)
        return (.slice(lower: lower?.expression, upper: upper?.expression, range: range), height)
    }

    private mutating func primary(depth: Int) throws(Diagnostic) -> Parsed {
        let token = advance()
        switch token.kind {
        case .number(let value):
            return Parsed(expression: .number(value, token.range), height: 1)
        case .name(let name):
            if current.kind == .leftParen { return try call(name, token, depth: depth) }
            if case .symbol(".") = current.kind { throw methodSyntax(after: token) }
            return Parsed(expression: .name(name, token.range), height: 1)
        case .leftParen:
            let inner = try expression(after: token, depth: depth + 1)
            try expect(.rightParen, closing: token)
            return Parsed(
                expression: .parenthesized(inner.expression, token.range.union(previous.range)), height: inner.height)
        case .leftBracket:
            var elements: [Expression] = []
            var height = 0
            let items = try list(closedBy: .rightBracket, opening: token, depth: depth + 1)
            for item in items {
                elements.append(item.expression)
                height = Swift.max(height, item.height)
            }
            return Parsed(expression: .array(elements, token.range.union(previous.range)), height: height + 1)
        default:
            throw .error(.expected(found: token.phrase), at: token.range)
        }
    }

    private mutating func expression(after token: Token, depth: Int) throws(Diagnostic) -> Parsed {
        guard startsExpression(current.kind) else {
            throw .error(.expectedAfter(token.phrase, found: current.phrase), at: current.range)
        }
        return try sum(depth: depth)
    }

    private mutating func call(_ name: String, _ nameToken: Token, depth: Int) throws(Diagnostic) -> Parsed {
        let open = advance()
        let arguments = try list(closedBy: .rightParen, opening: open, depth: depth + 1)
        let range = nameToken.range.union(previous.range)
        let height = (arguments.map(\.height).max() ?? 0) + 1
        return Parsed(
            expression: .call(name, arguments.map(\.expression), nameRange: nameToken.range, range: range),
            height: height)
    }

    /// `a, b, c` up to the closing token; an empty list is allowed.
    private mutating func list(closedBy closing: Token.Kind, opening: Token, depth: Int) throws(Diagnostic)
        -> [Parsed]
    {
        var items: [Parsed] = []
        if current.kind == closing {
            _ = advance()
            return items
        }
        while true {
            items.append(try expression(after: items.isEmpty ? opening : previous, depth: depth))
            if current.kind == .comma {
                _ = advance()
                continue
            }
            try expect(closing, closing: opening)
            return items
        }
    }

    private mutating func expect(_ kind: Token.Kind, closing opening: Token) throws(Diagnostic) {
        if current.kind == kind {
            _ = advance()
            return
        }
        let wanted = kind == .rightParen ? ")" : "]"
        if current.kind == .end || current.kind == .separator {
            throw .error(.expectedClose(wanted, opening: opening.phrase, at: "\(opening.range.start)"), at: current.range)
        }
        throw .error(
            .expectedCloseOrComma(wanted, found: current.phrase), at: current.range,
            hint: .stillOpen(opening.phrase, at: "\(opening.range.start)"))
    }

    private func startsExpression(_ kind: Token.Kind) -> Bool {
        switch kind {
        case .number, .name, .leftParen, .leftBracket: true
        case .symbol(let symbol): symbol == "-" || symbol == "+"
        default: false
        }
    }

    /// An error for whatever follows a complete expression where the
    /// statement should have ended.
    private func unexpected(after token: Token) -> Diagnostic {
        let found = current
        switch found.kind {
        case .symbol("."):
            return methodSyntax(after: token)
        case .number, .name, .leftParen:
            var hint = CalcMessage.putOperator
            if case .name(let name) = token.kind, case .leftParen = found.kind {
                hint = .notAFunctionHere(name)
            } else if case .number = token.kind {
                hint = .writeProduct("\(token.text)*\(found.text)")
            } else if case .name(let name) = token.kind, Builtins.function(named: name) != nil {
                hint = .writeCall("\(name)(\(found.text))")
            }
            return .error(.expectedOperator(found: found.phrase), at: found.range, hint: hint)
        case .rightParen, .rightBracket:
            return .error(.noMatchingOpening(found.phrase), at: found.range)
        default:
            return .error(.expectedOperator(found: found.phrase), at: found.range)
        }
    }

    private func methodSyntax(after token: Token) -> Diagnostic {
        let dot = current
        var attribute: String?
        if position + 1 < tokens.count, case .name(let name) = tokens[position + 1].kind { attribute = name }
        return .error(.noMethods(token.phrase), at: dot.range, hint: Parser.methodHint(attribute))
    }

    /// The hint for `x.attribute`: what the habit it comes from is written
    /// as here (`np.mean(x)` → `mean(x)`, `w.grad` → `grad(L, w)`,
    /// `loss.backward()` → `:backward loss`), or the general one.
    static func methodHint(_ attribute: String?) -> CalcMessage {
        guard let attribute else { return .methodsHint }
        switch attribute {
        case "grad": return .attributeGrad
        case "backward": return .attributeBackward
        case "step": return .attributeStep
        case "zero_grad", "zero_": return .attributeZeroGrad
        case "data", "item": return .attributeData
        default:
            if attribute != "sum", Builtins.function(named: attribute) != nil { return .dropModule(attribute) }
            return .methodsHint
        }
    }
}
