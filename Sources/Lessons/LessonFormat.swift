/// The grammar of a lesson file, as tables: which step kinds exist and which
/// fields each takes. The parser, the skeleton of `lessons new` and the
/// messages all read these tables. docs/lessons.md describes the same.
public enum LessonFormat {
    /// A field: a line `name: value` at the start of a line, inside a step,
    /// after the step's text.
    public enum Field: String, CaseIterable, Sendable {
        case setup, run, check, answer, hint, explain, option, correct, expect, tolerance, point
        /// Another right answer (`also: c = b*a + 1`): `lessons check` plays
        /// it from the step's start state, and it must pass.
        case also
        /// A known wrong answer (`not: reg = 0.01*sum(w4*w4)`): `lessons
        /// check` plays it from the step's start state, and it must fail.
        case not

        /// Fields whose value is one line; a second `check:` line makes a second check.
        var isOneLine: Bool {
            switch self {
            case .check, .option, .correct, .expect, .tolerance, .point, .also, .not: true
            case .setup, .run, .answer, .hint, .explain: false
            }
        }

        /// Fields a step may hold at most once.
        var isUnique: Bool {
            switch self {
            case .setup, .run, .answer, .explain, .expect, .tolerance: true
            case .check, .hint, .option, .correct, .point, .also, .not: false
            }
        }
    }

    /// What a kind of step takes.
    public struct KindRule: Sendable {
        public var name: String
        public var summary: String
        /// Fields allowed, in the order the documentation lists them.
        public var fields: [Field]
        /// Fields that must be present.
        public var required: [Field]
        /// Whether the step needs text before its fields.
        public var needsText: Bool
    }

    public static let kinds: [KindRule] = [
        KindRule(name: "prose", summary: "text to read; Enter goes on", fields: [], required: [], needsText: true),
        KindRule(
            name: "run", summary: "code the tutor runs and shows, as if typed",
            fields: [.setup, .run, .explain], required: [.run], needsText: false),
        KindRule(
            name: "task", summary: "the learner types code, checked by value, gradient or equivalence",
            fields: [.setup, .check, .answer, .also, .not, .hint, .explain], required: [.check, .answer, .hint], needsText: true),
        KindRule(
            name: "choice", summary: "a multiple-choice question",
            fields: [.setup, .option, .correct, .hint, .explain], required: [.correct], needsText: true),
        KindRule(
            name: "number", summary: "a question answered by a number, within a tolerance",
            fields: [.setup, .expect, .tolerance, .answer, .also, .not, .hint, .explain], required: [.expect], needsText: true),
        KindRule(
            name: "question", summary: "a free answer, compared with the model answer and its key points",
            fields: [.setup, .answer, .point, .hint, .explain], required: [.answer, .point], needsText: true),
    ]

    public static func kind(named name: String) -> KindRule? {
        kinds.first { $0.name == name }
    }

    /// The kinds of step that take `field`, by name: `["number"]` for `expect:`.
    public static func kinds(taking field: Field) -> [String] {
        kinds.filter { $0.fields.contains(field) }.map(\.name)
    }

    /// The word of a line that looks like a field, `stup` in `stup: x = 0`:
    /// an ASCII word of letters, `-` and `_` at the line's very start,
    /// then a colon that ends the line or is followed by a space. Such a line
    /// is a field or an error (``LessonParser``), never text, so that a
    /// misspelt field cannot become prose the learner reads. A capitalised
    /// word counts only when it is a field's name (`Hint:`), since prose
    /// starts sentences with `Note:`; a URL (`https://`) never counts.
    public static func fieldLikeWord(_ line: String) -> String? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let word = line[..<colon]
        let after = line[line.index(after: colon)...]
        func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        guard let first = word.unicodeScalars.first, isLetter(first),
            word.unicodeScalars.allSatisfy({ isLetter($0) || $0 == "-" || $0 == "_" }),
            after.isEmpty || after.first == " "
        else { return nil }
        if word.unicodeScalars.contains(where: { ("A"..."Z").contains($0) }) {
            return Field(rawValue: word.lowercased()) == nil ? nil : String(word)
        }
        return String(word)
    }

    /// Step ids: lowercase ASCII letters, digits, `-` and `_`, starting
    /// with a letter or digit, so that they fit in progress files and prompts.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isIDStart(first) else { return false }
        return id.unicodeScalars.allSatisfy { isIDStart($0) || $0 == "-" || $0 == "_" }
    }

    private static func isIDStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// The tolerance of a `number` step without `tolerance:`.
    public static let defaultNumberTolerance = Tolerance.absolute(1e-6)

    /// The file name of a lesson, `01-basics.md`, split into its number
    /// (if it has one) and its id.
    public static func split(fileName: String) -> (number: Int?, id: String)? {
        guard fileName.hasSuffix(".md") else { return nil }
        let stem = String(fileName.dropLast(3))
        let digits = stem.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, stem.dropFirst(digits.count).first == "-", digits.count <= 6 {
            let id = String(stem.dropFirst(digits.count + 1))
            return isValidID(id) ? (Int(digits), id) : nil
        }
        return isValidID(stem) ? (nil, stem) : nil
    }
}
