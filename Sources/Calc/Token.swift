/// One word of the expression language.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case number(Double)
        case name(String)
        /// `+ - * / ^ @`; `**` is read as `^`.
        case symbol(Character)
        case leftParen, rightParen, leftBracket, rightBracket
        case comma, equals
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
