/// One word of the expression language.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case number(Double)
        case name(String)
        /// `+ - * / ^ @`; `**` is read as `^`.
        case symbol(Character)
        case leftParen, rightParen, leftBracket, rightBracket
        case comma, equals
        /// `:` between brackets, as in a slice `x[0:2]`; outside brackets a
        /// colon starts a command and is an error in an expression.
        case colon
        /// A statement separator: `;` or a newline.
        case separator
        case end
    }

    public var kind: Kind
    public var range: SourceRange
    /// The characters as written, for messages.
    public var text: String

    /// How the token reads in an English error message: `'*'`, `the number 2`
    /// (``TokenPhrase`` says it in both languages).
    public var quoted: String { phrase.en }
}
