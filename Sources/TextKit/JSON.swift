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

    /// The object of `members` followed by one last member, `key`, an
    /// array of `count` elements made one at a time by `element`: the
    /// same text as ``encoded``, written to `output` in pieces of
    /// `piece` elements as they are made, so that an array of millions of
    /// elements (`--json`'s nodes of a large graph) is never held whole,
    /// neither as values nor as text. `shouldStop` is asked between
    /// pieces; when it says stop, the array and the object are closed at
    /// once (the line stays valid JSON, with the elements written so far)
    /// and the result is false.
    @discardableResult
    public static func writeObject(
        _ members: [(String, JSON)], lastArray key: String, count: Int, element: (Int) -> JSON,
        to output: (String) -> Void, piece: Int = 4_096, shouldStop: () -> Bool = { false }
    ) -> Bool {
        var out = ""
        encode(.object(members), into: &out)
        out.removeLast()
        if !members.isEmpty { out += ", " }
        appendString(key, to: &out)
        out += ": ["
        for index in 0..<count {
            if index > 0, index % piece == 0 {
                output(out)
                out = ""
                if shouldStop() {
                    output("]}")
                    return false
                }
            }
            if index > 0 { out += ", " }
            encode(element(index), into: &out)
        }
        output(out + "]}")
        return true
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
        // Most strings (labels, names, ops) need no escape: appended whole,
        // not scalar by scalar, which took a third of a large `--json`.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += "\""
            out += value
            out += "\""
            return
        }
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
