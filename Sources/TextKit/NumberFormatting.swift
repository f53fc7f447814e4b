#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How numbers are written for people and for JSON.
public enum NumberFormatting {
    /// For people: whole numbers without a decimal point (`-3`), others
    /// rounded to four decimals or four significant digits, whichever says
    /// more (`24.7041`, `0.0001235`), very large or small ones in scientific
    /// notation (`1.2346e+09`); `NaN`, `inf`, `-inf`. `digits` asks for
    /// more than four, where a calculation is shown and the reader may
    /// check it (see ``ChainRule/consistentDigits(_:_:combine:)``).
    public static func human(_ value: Double, digits: Int = 4) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == 0 { return "0" }
        let magnitude = Swift.abs(value)
        if magnitude >= 1e9 || magnitude < 1e-6 {
            return trimmedScientific(printf("%.\(digits)e", value))
        }
        if value == value.rounded(), magnitude < 1e15 {
            return String(Int64(value))
        }
        let leadingZeros = Swift.max(0, -Int(log10(magnitude).rounded(.down)) - 1)
        let decimals = Swift.max(digits, leadingZeros + digits)
        let text = trimmedDecimal(printf("%.\(decimals)f", value))
        return text == "-0" ? "0" : text
    }

    /// For JSON: the shortest text that reads back as the same double;
    /// whole numbers without `.0`. Non-finite numbers are strings, as the
    /// JSON contract says: `"NaN"`, `"Infinity"`, `"-Infinity"`.
    public static func json(_ value: Double) -> String {
        if value.isNaN { return "\"NaN\"" }
        if value.isInfinite { return value > 0 ? "\"Infinity\"" : "\"-Infinity\"" }
        if value == value.rounded(), Swift.abs(value) < 1e15 {
            return String(Int64(value))
        }
        return value.description
    }

    private static func trimmedDecimal(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var text = Substring(text)
        while text.last == "0" { text = text.dropLast() }
        if text.last == "." { text = text.dropLast() }
        return String(text)
    }

    private static func trimmedScientific(_ text: String) -> String {
        guard let e = text.firstIndex(of: "e") else { return text }
        return trimmedDecimal(String(text[..<e])) + text[e...]
    }

    /// C's printf formatting for one double, without Foundation.
    public static func printf(_ format: String, _ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([value]) { arguments in
            vsnprintf(&buffer, buffer.count, format, arguments)
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
