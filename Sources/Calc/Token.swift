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

    /// How the token reads in an error message: `'*'`, `number 2`.
    public var quoted: String {
        switch kind {
        case .end: "the end of the line"
        case .separator: text == ";" ? "';'" : "the end of the line"
        case .number: "the number \(text)"
        case .name(let name): "the name '\(name)'"
        default: "'\(text)'"
        }
    }
}
