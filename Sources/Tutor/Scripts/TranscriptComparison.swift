import TextKit
import Views
import Platform
/// Compares the output a transcript expects with the output a replay gave,
/// line by line.
///
/// Two lines match when they are equal, or when they differ only in
/// numbers that agree within the tolerance and in the spaces that align
/// columns (a number one digit longer moves the columns of a table). Numbers
/// agree when `|a - b| <= absoluteTolerance + relativeTolerance * max(|a|, |b|)`;
/// the defaults (1e-9 and 1e-4) absorb a different last digit of the four
/// decimals the tutor prints, and nothing larger.
public struct TranscriptComparison: Sendable {
    public var absoluteTolerance = 1e-9
    public var relativeTolerance = 1e-4

    public init() {}

    /// One difference, at a line of the transcript file.
    public struct Difference: Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var expected: String
        public var actual: String
        public var description: String { "expected \(expected) got \(actual)" }
    }

    /// The differences between the lines expected after one input and the
    /// lines it printed; `inputLine` places missing output.
    public func differences(expected: [Script.NumberedLine], actual: [String], inputLine: Int) -> [Difference] {
        var differences: [Difference] = []
        for index in 0..<Swift.max(expected.count, actual.count) {
            let want = index < expected.count ? expected[index] : nil
            let got = index < actual.count ? actual[index] : nil
            if let want, let got, matches(want.text, got) { continue }
            let line = want?.line ?? (expected.last?.line ?? inputLine)
            differences.append(
                Difference(
                    line: line,
                    expected: want.map { "«\($0.text)»" } ?? "no more output",
                    actual: got.map { "«\($0)»" } ?? "no more output"))
        }
        return differences
    }

    public func matches(_ expected: String, _ actual: String) -> Bool {
        if expected == actual { return true }
        let a = Tokens(expected)
        let b = Tokens(actual)
        guard a.words == b.words, a.numbers.count == b.numbers.count else { return false }
        for (x, y) in zip(a.numbers, b.numbers) {
            if x.isNaN || y.isNaN {
                if x.isNaN && y.isNaN { continue }
                return false
            }
            if x == y { continue }
            if Swift.abs(x - y) > absoluteTolerance + relativeTolerance * Swift.max(Swift.abs(x), Swift.abs(y)) {
                return false
            }
        }
        return true
    }

    /// A line split into its numbers and the rest, spaces folded.
    struct Tokens {
        var words: [String] = []
        var numbers: [Double] = []

        init(_ line: String) {
            let characters = Array(line)
            var index = 0
            var word = ""
            func flushWord() {
                if !word.isEmpty { words.append(word) }
                word = ""
            }
            while index < characters.count {
                let character = characters[index]
                if let (number, end) = Tokens.number(in: characters, at: index) {
                    flushWord()
                    words.append("#")
                    numbers.append(number)
                    index = end
                } else if character == " " {
                    flushWord()
                    index += 1
                } else {
                    word.append(character)
                    index += 1
                }
            }
            flushWord()
        }

        /// A number starting at `start` (`-5.036`, `1e-05`, `NaN`, `inf`),
        /// not inside a name (the `2` of `w2` is not a number).
        static func number(in characters: [Character], at start: Int) -> (Double, Int)? {
            if start > 0, characters[start - 1].isLetter || characters[start - 1] == "_" { return nil }
            for word in ["NaN", "-inf", "inf"] where Array(characters[start...].prefix(word.count)) == Array(word) {
                let end = start + word.count
                if end < characters.count, characters[end].isLetter { return nil }
                return (word == "NaN" ? .nan : (word == "inf" ? .infinity : -.infinity), end)
            }
            var end = start
            if end < characters.count, characters[end] == "-" { end += 1 }
            let digitsStart = end
            while end < characters.count, characters[end].isASCIIDigitCharacter { end += 1 }
            guard end > digitsStart else { return nil }
            if end + 1 < characters.count, characters[end] == ".", characters[end + 1].isASCIIDigitCharacter {
                end += 1
                while end < characters.count, characters[end].isASCIIDigitCharacter { end += 1 }
            }
            if end + 1 < characters.count, characters[end] == "e" {
                var exponent = end + 1
                if exponent < characters.count, characters[exponent] == "+" || characters[exponent] == "-" { exponent += 1 }
                if exponent < characters.count, characters[exponent].isASCIIDigitCharacter {
                    end = exponent
                    while end < characters.count, characters[end].isASCIIDigitCharacter { end += 1 }
                }
            }
            if end < characters.count, characters[end].isLetter || characters[end] == "_" { return nil }
            guard let value = Double(String(characters[start..<end])) else { return nil }
            return (value, end)
        }
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
