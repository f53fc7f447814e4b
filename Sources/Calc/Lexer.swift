/// Splits source text into tokens, keeping line and column of each.
public struct Lexer {
    private let characters: [Character]
    private var offset = 0
    private var line: Int
    private var column = 1
    /// How many brackets are open: inside brackets a new line does not end
    /// the statement, as in Python.
    private var depth = 0

    /// `firstLine` is the line number of the text's first line, so that a
    /// chunk of a file reports the file's own line numbers.
    public init(_ source: String, firstLine: Int = 1) {
        // One character for one, so that columns stay those of the text as
        // typed. Only text beyond ASCII has characters to read as others.
        characters = FullWidth.isASCII(source) ? Array(source) : Array(source).map(FullWidth.halfWidth)
        line = firstLine
    }

    /// All tokens, ending with `.end`.
    public static func tokenize(_ source: String, firstLine: Int = 1) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(source, firstLine: firstLine)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    /// How many `(` and `[` are open after `line`, given `depth` open
    /// before it: more than 0 means the next line continues the statement.
    /// A line that does not lex, or closes more than was open, ends the
    /// statement (0), so that the parser gets to report the problem.
    public static func bracketDepth(after line: String, from depth: Int = 0) -> Int {
        // Every line typed is asked this before it runs; a line outside
        // brackets with no bracket in it is answered without lexing it.
        if depth == 0, !line.unicodeScalars.contains(where: Lexer.opensBracket) { return 0 }
        guard let tokens = try? tokenize(line) else { return 0 }
        var depth = depth
        for token in tokens {
            switch token.kind {
            case .leftParen, .leftBracket: depth += 1
            case .rightParen, .rightBracket: depth -= 1
            default: break
            }
            if depth < 0 { return 0 }
        }
        return depth
    }

    /// Whether `scalar` is read as `(` or `[`, full-width forms included.
    private static func opensBracket(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "(" || scalar == "[" || scalar == "\u{FF08}" || scalar == "\u{FF3B}"
    }

    /// The brackets that close what is open after `text`, innermost
    /// first: `])` after `f([1,`.
    public static func closingBrackets(after text: String) -> String {
        guard let tokens = try? tokenize(text) else { return ")" }
        var open: [Character] = []
        for token in tokens {
            switch token.kind {
            case .leftParen: open.append(")")
            case .leftBracket: open.append("]")
            case .rightParen, .rightBracket: if !open.isEmpty { open.removeLast() }
            default: break
            }
        }
        return String(open.reversed())
    }

    private var here: SourceLocation { SourceLocation(line: line, column: column) }

    private func peek(_ ahead: Int = 0) -> Character? {
        offset + ahead < characters.count ? characters[offset + ahead] : nil
    }

    private mutating func advance() {
        if characters[offset] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        offset += 1
    }

    private func range(from start: SourceLocation, _ startOffset: Int) -> SourceRange {
        SourceRange(start: start, end: here, offsets: startOffset..<offset)
    }

    public mutating func next() throws(Diagnostic) -> Token {
        skipSpaceAndComments()
        let start = here
        let startOffset = offset
        guard let character = peek() else {
            return Token(kind: .end, range: range(from: start, startOffset), text: "")
        }
        func token(_ kind: Token.Kind, length: Int = 1) -> Token {
            for _ in 0..<length { advance() }
            let text = String(characters[startOffset..<offset])
            return Token(kind: kind, range: range(from: start, startOffset), text: text)
        }
        switch character {
        case "\n", ";": return token(.separator)
        case "(", "[":
            depth += 1
            return token(character == "(" ? .leftParen : .leftBracket)
        case ")", "]":
            depth = Swift.max(0, depth - 1)
            return token(character == ")" ? .rightParen : .rightBracket)
        case ",": return token(.comma)
        case ":" where depth > 0: return token(.colon)
        case "=":
            if peek(1) == "=" {
                throw .error(.noComparisons, at: token(.equals, length: 2).range, hint: .useEqualsToName)
            }
            return token(.equals)
        case "*" where peek(1) == "*": return token(.symbol("^"), length: 2)
        case "+", "-", "*", "/", "^", "@": return token(.symbol(character))
        case "." where !(peek(1)?.isASCIIDigit ?? false): return token(.symbol("."))
        default: break
        }
        if character.isASCIIDigit || character == "." {
            return try number(start, startOffset)
        }
        if character.isLetter && !character.isASCII {
            while let next = peek(), next.isLetter || next.isNumber || next == "_" { advance() }
            let word = String(characters[startOffset..<offset])
            if FullWidth.isChineseNumeral(word) {
                throw .error(.numberInWords(word), at: range(from: start, startOffset), hint: .typeDigits)
            }
            throw .error(.cannotBeName(word), at: range(from: start, startOffset), hint: .nameLetters)
        }
        if character.isIdentifierStart {
            while let next = peek(), next.isIdentifierContinuation { advance() }
            let name = String(characters[startOffset..<offset])
            return Token(kind: .name(name), range: range(from: start, startOffset), text: name)
        }
        advance()
        let bad = range(from: start, startOffset)
        throw .error(.unexpectedCharacter(String(character)), at: bad, hint: Lexer.hint(for: character))
    }

    private static func hint(for character: Character) -> CalcMessage {
        switch character {
        case "'", "\"": .noStrings
        case "{", "}": .squareBrackets
        case "%", "!", "<", ">", "&", "|", "~": .theOperators
        case ":": .commandOnItsOwnLine
        // Chinese punctuation with no half-width meaning here (full-width
        // forms of ASCII are read as ASCII before this).
        case "\u{3001}", "\u{3002}", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{300A}", "\u{300B}",
            "\u{3010}", "\u{3011}", "\u{2026}", "\u{300C}", "\u{300D}":
            .chinesePunctuation(String(character))
        default: .expressionsUse
        }
    }

    private mutating func skipSpaceAndComments() {
        while let character = peek() {
            if character == "#" {
                while let c = peek(), c != "\n" { advance() }
            } else if character.isWhitespace && (character != "\n" || depth > 0) {
                advance()
            } else {
                return
            }
        }
    }

    /// `2`, `3.5`, `.5`, `1e-3`, `2.5E+10`.
    private mutating func number(_ start: SourceLocation, _ startOffset: Int) throws(Diagnostic) -> Token {
        while let c = peek(), c.isASCIIDigit { advance() }
        if peek() == ".", peek(1)?.isASCIIDigit ?? true {
            advance()
            while let c = peek(), c.isASCIIDigit { advance() }
        }
        if let e = peek(), e == "e" || e == "E" {
            let signed = peek(1) == "+" || peek(1) == "-"
            if let digit = peek(signed ? 2 : 1), digit.isASCIIDigit {
                advance()
                if signed { advance() }
                while let c = peek(), c.isASCIIDigit { advance() }
            }
        }
        let text = String(characters[startOffset..<offset])
        if let next = peek(), next.isIdentifierContinuation || next == "." {
            while let c = peek(), c.isIdentifierContinuation || c == "." { advance() }
            throw .error(
                .notANumber(String(characters[startOffset..<offset])), at: range(from: start, startOffset),
                hint: .numbersLookLike)
        }
        guard let value = Double(text) else {
            throw .error(.notANumber(text), at: range(from: start, startOffset))
        }
        // Written out, such a number would silently become infinity.
        guard value.isFinite else {
            throw .error(.tooLarge(text), at: range(from: start, startOffset), hint: .largestNumber)
        }
        return Token(kind: .number(value), range: range(from: start, startOffset), text: text)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isIdentifierStart: Bool { self == "_" || (isASCII && isLetter) }
    var isIdentifierContinuation: Bool { isIdentifierStart || isASCIIDigit }
}
