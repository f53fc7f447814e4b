/// A JSON value, built by the tutor's writers and turned into text by one
/// encoder, ``encoded``.
///
/// Written by hand rather than with Foundation's `JSONEncoder`: Foundation
/// would cost start-up time (docs/decisions.md), and the `--json` contract
/// (docs/json.md) fixes what a Codable adapter would fight, the order of
/// keys (the names of `grad` come in the session's order) and the spelling
/// of every number. So an object is a list of members, in order, and a
/// number is written by ``NumberFormatting/json(_:)``.
public enum JSON: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// Written as ``NumberFormatting/json(_:)`` says: the shortest text
    /// that reads back as the same double, whole numbers without `.0`, and
    /// the strings `"NaN"`, `"Infinity"`, `"-Infinity"` for non-finite ones.
    case number(Double)
    case string(String)
    case array([JSON])
    /// Members in the order given; keys are not checked for duplicates.
    case object([(String, JSON)])

    /// The value as one line of JSON text: `{"key": value, ...}` and
    /// `[a, b]` with a space after each `:` and `,`, as the contract's
    /// examples show.
    public var encoded: String {
        var out = ""
        JSON.encode(self, into: &out)
        return out
    }

    private static func encode(_ value: JSON, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let bool): out += bool ? "true" : "false"
        case .int(let int): out += String(int)
        case .number(let number): out += NumberFormatting.json(number)
        case .string(let string): appendString(string, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += ", " }
                encode(item, into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, (key, item)) in members.enumerated() {
                if index > 0 { out += ", " }
                appendString(key, to: &out)
                out += ": "
                encode(item, into: &out)
            }
            out += "}"
        }
    }

    /// A string literal: the quote, the backslash and control characters
    /// escaped; everything else, non-ASCII too, as it is (JSON text is
    /// UTF-8, and a learner's `ŷ` should read as `ŷ`).
    private static func appendString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension JSON {
    /// A string, or `null` when there is none (`"name": null` for a bare
    /// expression).
    public static func string(orNull value: String?) -> JSON {
        guard let value else { return .null }
        return .string(value)
    }
}
