import Testing
import TextKit

@Suite("JSON encoder")
struct JSONTests {
    @Test("scalars: null, booleans, integers")
    func scalars() {
        #expect(JSON.null.encoded == "null")
        #expect(JSON.bool(true).encoded == "true")
        #expect(JSON.bool(false).encoded == "false")
        #expect(JSON.int(0).encoded == "0")
        #expect(JSON.int(-42).encoded == "-42")
        #expect(JSON.int(Int.max).encoded == "9223372036854775807")
    }

    @Test("numbers are spelled as NumberFormatting.json says, non-finite ones as strings")
    func numbers() {
        #expect(JSON.number(2).encoded == "2")
        #expect(JSON.number(-3).encoded == "-3")
        #expect(JSON.number(-0.0).encoded == "0")
        #expect(JSON.number(0.1 + 0.2).encoded == "0.30000000000000004")
        #expect(JSON.number(-5.0359724199241835).encoded == "-5.0359724199241835")
        #expect(JSON.number(1e-7).encoded == "1e-07")
        #expect(JSON.number(1e300 * 1e10).encoded == "\"Infinity\"")
        #expect(JSON.number(-.infinity).encoded == "\"-Infinity\"")
        #expect(JSON.number(.nan).encoded == "\"NaN\"")
        // Whole numbers beyond 1e15 keep Swift's shortest spelling.
        #expect(JSON.number(1e20).encoded == "1e+20")
        for value in [0.5, 1e15, 123456.789, -2.9293491751468355, 1e-300] {
            #expect(JSON.number(value).encoded == NumberFormatting.json(value))
        }
    }

    @Test("strings escape the quote, the backslash and control characters")
    func escaping() {
        #expect(JSON.string("").encoded == "\"\"")
        #expect(JSON.string("say \"hi\"").encoded == #""say \"hi\"""#)
        #expect(JSON.string(#"a\b"#).encoded == #""a\\b""#)
        #expect(JSON.string("one\ntwo\r\tthree").encoded == #""one\ntwo\r\tthree""#)
        #expect(JSON.string("\u{0}\u{1}\u{8}\u{C}\u{1B}\u{1F}").encoded == #""\u0000\u0001\u0008\u000c\u001b\u001f""#)
        #expect(JSON.string("\u{7F} ").encoded == "\"\u{7F} \"", "DEL and space are not control characters for JSON")
        #expect(JSON.string("/").encoded == "\"/\"", "the slash needs no escape")
    }

    @Test("non-ASCII text is written as it is, in UTF-8")
    func unicode() {
        #expect(JSON.string("ŷ = c′ · 梯度").encoded == "\"ŷ = c′ · 梯度\"")
        #expect(JSON.string("🙂").encoded == "\"🙂\"")
        #expect(JSON.string("e\u{301}").encoded == "\"e\u{301}\"", "a combining accent stays after its letter")
        #expect(JSON.string("\r\n").encoded == #""\r\n""#, "CRLF, one Character to Swift, is two escapes")
    }

    @Test("arrays and objects nest, with a space after each comma and colon, keys in the order given")
    func nested() {
        #expect(JSON.array([]).encoded == "[]")
        #expect(JSON.object([]).encoded == "{}")
        #expect(JSON.array([.int(1), .number(2.5), .null]).encoded == "[1, 2.5, null]")
        let value = JSON.object([
            ("z", .int(1)),
            ("a", .array([.array([.int(1), .int(2)]), .array([])])),
            ("m", .object([("k\"ey", .string("v")), ("ok", .bool(true))])),
        ])
        #expect(value.encoded == #"{"z": 1, "a": [[1, 2], []], "m": {"k\"ey": "v", "ok": true}}"#)
    }

    @Test("an optional string is the string or null")
    func optionalString() {
        #expect(JSON.string(orNull: "c").encoded == "\"c\"")
        #expect(JSON.string(orNull: nil).encoded == "null")
    }

    /// Issue 19, item 6: `--json` writes a large graph's nodes in pieces.
    @Test("writeObject writes the same text as encoded, in pieces, and a stopped one is still valid JSON")
    func writeObject() {
        let members: [(String, JSON)] = [("input", .string("s = \"x\"")), ("value", .number(1.5))]
        let elements = (0..<10).map { JSON.object([("id", .int($0))]) }
        let whole = JSON.object(members + [("nodes", .array(elements))]).encoded
        var pieces: [String] = []
        #expect(JSON.writeObject(members, lastArray: "nodes", count: 10, element: { elements[$0] }, to: { pieces.append($0) }, piece: 3))
        #expect(pieces.joined() == whole)
        #expect(pieces.count == 4)
        #expect(JSON.writeObject([], lastArray: "a", count: 0, element: { _ in .null }, to: { pieces = [$0] }))
        #expect(pieces == [JSON.object([("a", .array([]))]).encoded])
        var stopped = ""
        let finished = JSON.writeObject(
            members, lastArray: "nodes", count: 10, element: { elements[$0] }, to: { stopped += $0 }, piece: 3,
            shouldStop: { true })
        #expect(!finished)
        #expect(stopped == JSON.object(members + [("nodes", .array(Array(elements.prefix(3))))]).encoded)
    }
}
