import Calc

/// How a task decides that the learner's answer is right. A task holds one
/// or more checks; all must pass. Written after `check:` in a lesson file:
///
/// | written | passes when |
/// |---|---|
/// | `value c == -5` | the name `c` holds -5 |
/// | `value == 2*a` | the result of the learner's line equals `2*a` (with today's `a`) |
/// | `grad c wrt a == b` | dc/da equals `b` |
/// | `grad wrt a == -3` | d(result of the line)/da equals -3 |
/// | `equivalent a*b + c` | the expression the learner typed has the same value and gradients as `a*b + c` at several random points |
/// | `assigns c` | the learner's line assigned the name `c` |
///
/// `value` and `grad` compare within `within TOL` (absolute) when it is
/// written, else within 1e-9 of the expected size. Never is the learner's
/// text compared with the model's: `c + b*a` passes `equivalent a*b + c`.
public enum Check: Sendable, Equatable {
    case value(subject: String?, expected: String, tolerance: Double?)
    case gradient(subject: String?, withRespectTo: String, expected: String, tolerance: Double?)
    case equivalent(String)
    case assigns(String)

    /// The kinds of check, as written first on a `check:` line.
    public static let keywords = ["value", "grad", "equivalent", "assigns"]

    /// Reads a `check:` line; the message of the error says what is wrong.
    public static func parse(_ text: String) throws(CheckSyntaxError) -> Check {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard let keyword = words.first.map(String.init) else {
            throw CheckSyntaxError(.checkMissing)
        }
        let rest = text.drop { $0 == " " }.dropFirst(keyword.count).trimmingBlanks
        switch keyword {
        case "value":
            let (left, expected, tolerance) = try comparison(rest, example: "value c == 5")
            let subject = try optionalName(left, in: "value")
            return .value(subject: subject, expected: expected, tolerance: tolerance)
        case "grad":
            let (left, expected, tolerance) = try comparison(rest, example: "grad c wrt a == -3")
            let parts = left.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            let wrt = parts.firstIndex(of: "wrt")
            guard let wrt, wrt == parts.count - 2, wrt <= 1 else {
                throw CheckSyntaxError(.gradientCheckForm)
            }
            let subject = wrt == 1 ? parts[0] : nil
            if let subject { try requireName(subject, in: "grad") }
            try requireName(parts[wrt + 1], in: "grad")
            return .gradient(subject: subject, withRespectTo: parts[wrt + 1], expected: expected, tolerance: tolerance)
        case "equivalent":
            guard !rest.isEmpty else {
                throw CheckSyntaxError(.equivalentNeedsModel)
            }
            try requireExpression(rest, role: "the model expression")
            return .equivalent(rest)
        case "assigns":
            try requireName(rest, in: "assigns")
            return .assigns(rest)
        default:
            let list = keywords.joined(separator: ", ")
            if let close = closestName(to: keyword, among: keywords) {
                throw CheckSyntaxError(.unknownCheckNear(keyword, near: close, checks: list))
            }
            throw CheckSyntaxError(.unknownCheck(keyword, checks: list))
        }
    }

    /// `LEFT == EXPECTED [within TOL]`.
    private static func comparison(_ text: String, example: String) throws(CheckSyntaxError)
        -> (String, String, Double?)
    {
        guard let equals = text.firstRange(of: "==") else {
            throw CheckSyntaxError(.needsEquals(example: example))
        }
        let left = String(text[..<equals.lowerBound]).trimmingBlanks
        var right = String(text[equals.upperBound...]).trimmingBlanks
        var tolerance: Double?
        if let within = right.firstRange(of: " within ") {
            let number = String(right[within.upperBound...]).trimmingBlanks
            guard let value = Double(number), value >= 0, value.isFinite else {
                throw CheckSyntaxError(.badWithin(number))
            }
            tolerance = value
            right = String(right[..<within.lowerBound]).trimmingBlanks
        }
        guard !right.isEmpty else {
            throw CheckSyntaxError(.expectedMissing(example: example))
        }
        try requireExpression(right, role: "the expected value")
        return (left, right, tolerance)
    }

    private static func optionalName(_ text: String, in check: String) throws(CheckSyntaxError) -> String? {
        if text.isEmpty { return nil }
        try requireName(text, in: check)
        return text
    }

    private static func requireName(_ text: String, in check: String) throws(CheckSyntaxError) {
        let valid = text.first.map { $0 == "_" || ($0.isASCII && $0.isLetter) } == true
            && text.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
        guard valid else {
            throw CheckSyntaxError(.needsName(check: check, not: text))
        }
    }

    private static func requireExpression(_ text: String, role: String) throws(CheckSyntaxError) {
        let statements: [Statement]
        do {
            statements = try Parser.parse(text)
        } catch {
            throw CheckSyntaxError("\(role) '\(text)' is not an expression: \(error.message)")
        }
        guard statements.count == 1, statements[0].assignedName == nil else {
            throw CheckSyntaxError("\(role) must be one expression, not '\(text)'")
        }
    }
}

/// What is wrong with a `check:` line.
public struct CheckSyntaxError: Error, Sendable {
    /// In English.
    public var message: String
    /// In Chinese, where the catalog has it (nil: a message of Calc's, in English).
    public var chinese: String?
    init(_ message: String) { self.message = message }
    init(_ said: LessonDiagnosticMessage) {
        message = said.text(.en)
        chinese = said.text(.zh)
    }
}

extension StringProtocol {
    /// Without spaces and tabs at either end.
    var trimmingBlanks: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return String(text)
    }
}
