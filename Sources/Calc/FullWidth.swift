import TextKit

/// What a Chinese input method types for ASCII: full-width digits, letters
/// and punctuation (U+FF01–U+FF5E), the ideographic space, and `×`, `÷`,
/// `·`, `−`. The lexer reads each as its ASCII form, one character for one,
/// so that columns (and the caret under an error) stay those of the line as
/// typed.
public enum FullWidth {
    /// The ASCII form of `character`, or the character itself.
    public static func halfWidth(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return character }
        switch scalar.value {
        case 0xFF01...0xFF5E: return Character(Unicode.Scalar(scalar.value - 0xFEE0)!)
        case 0x3000: return " "
        case 0x00D7, 0x00B7: return "*"
        case 0x00F7: return "/"
        case 0x2212: return "-"
        default: return character
        }
    }

    /// Whether `text` is all ASCII, so that no character of it is read as another.
    public static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether `character` is one the lexer reads as another.
    public static func isConverted(_ character: Character) -> Bool { halfWidth(character) != character }

    /// The note to show the first time a line has such characters: what was
    /// typed and how it was read (each distinct character once, in order).
    public static func note(for source: String) -> CalcMessage? {
        if isASCII(source) { return nil }
        var typed: [Character] = []
        for character in source where isConverted(character) && !typed.contains(character) && character != "\u{3000}" {
            typed.append(character)
        }
        guard !typed.isEmpty else { return nil }
        return .readFullWidth(
            typed: typed.map { String($0) }.joined(separator: " "),
            read: typed.map { String(halfWidth($0)) }.joined(separator: " "))
    }

    /// Whether `word` is a number written in Chinese numerals: `三`, `负三`, `三点五`.
    public static func isChineseNumeral(_ word: String) -> Bool {
        !word.isEmpty && word.allSatisfy { "零〇一二两三四五六七八九十百千万亿点负正壹贰叁肆伍陆柒捌玖拾佰仟".contains($0) }
    }

    /// Whether `name` is an English number word: `two`, `minus`, `half`.
    public static func isNumberWord(_ name: String) -> Bool {
        let words: Set<String> = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "twenty", "hundred", "thousand", "minus", "half", "point",
        ]
        return words.contains(name.lowercased())
    }
}
