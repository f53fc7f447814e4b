/// Colour and symbols for the terminal, or none.
///
/// Colour goes only to a terminal, and never with `--no-color` or when
/// `NO_COLOR` is set (no-color.org). Symbols fall back to ASCII when the
/// terminal does not speak UTF-8.
public struct Style: Sendable {
    public var color: Bool
    public var unicode: Bool

    public init(color: Bool, unicode: Bool = true) {
        self.color = color
        self.unicode = unicode
    }

    public static let plain = Style(color: false)

    private func wrap(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// `text` without its colour codes (every CSI sequence), for a row cut
    /// to a width, which a code cut in half would garble.
    public static func removingCodes(_ text: String) -> String {
        guard text.contains("\u{1B}") else { return text }
        var result = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            if scalar == "\u{1B}", scalars.first == "[" {
                scalars = scalars.dropFirst()
                while let next = scalars.first {
                    scalars = scalars.dropFirst()
                    if (0x40...0x7E).contains(next.value) { break }
                }
                continue
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func name(_ text: String) -> String { wrap(text, "1;36") }
    public func error(_ text: String) -> String { wrap(text, "1;31") }
    public func warning(_ text: String) -> String { wrap(text, "1;33") }
    public func good(_ text: String) -> String { wrap(text, "32") }
    public func caret(_ text: String) -> String { wrap(text, "1;32") }
    /// A positive gradient in a drawing (`:draw`): increasing the node increases the output.
    public func positive(_ text: String) -> String { wrap(text, "32") }
    /// A negative gradient in a drawing.
    public func negative(_ text: String) -> String { wrap(text, "31") }

    /// A horizontal rule character.
    public var rule: String { unicode ? "─" : "-" }
    public var ellipsis: String { unicode ? "…" : "..." }
}
