/// Compares the output a transcript recorded after one input with the
/// output a replay printed, as two sequences of lines.
///
/// The lines are aligned by the standard library's sequence diff
/// (`CollectionDifference`, with ``matches(_:_:)`` as equality), so a line
/// printed in addition, or one no longer printed, is one difference rather
/// than a shift that makes every later line differ.
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

    /// The differences between the lines recorded after one input and the
    /// lines the replay printed for it, in order. `input` is the input's
    /// line in the transcript, as it shows there (context for a
    /// difference at the top of the output); `following` is the line after
    /// this output (the next input), if any.
    public func differences(
        recorded: [Script.NumberedLine], actual: [String], input: Script.NumberedLine,
        following: String? = nil
    ) -> [Difference] {
        // The diff may compare a line with many others; split each line
        // into its tokens once, not at every comparison.
        let recordedTokens = recorded.map { Tokens($0.text) }
        let actualTokens = actual.map(Tokens.init)
        let changes = Array(actual.indices).difference(from: Array(recorded.indices)) { r, a in
            recorded[r].text == actual[a] || matches(recordedTokens[r], actualTokens[a])
        }
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in changes {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        // Walk both sides together: lines the diff kept pair up in order,
        // and each run of removals and insertions between two kept pairs
        // is one difference.
        var differences: [Difference] = []
        var r = 0
        var a = 0
        while r < recorded.count || a < actual.count {
            if r < recorded.count, a < actual.count, !removed.contains(r), !inserted.contains(a) {
                r += 1
                a += 1
                continue
            }
            let (recordedStart, actualStart) = (r, a)
            while r < recorded.count, removed.contains(r) { r += 1 }
            while a < actual.count, inserted.contains(a) { a += 1 }
            if (r, a) == (recordedStart, actualStart) {
                // A kept line on one side only cannot come out of a
                // difference; should it, the rest is one difference.
                (r, a) = (recorded.count, actual.count)
            }
            let before = recordedStart > 0 ? recorded[recordedStart - 1] : input
            differences.append(
                Difference(
                    line: recordedStart < r ? recorded[recordedStart].line : before.line,
                    recorded: recorded[recordedStart..<r].map(\.text),
                    actual: Array(actual[actualStart..<a]),
                    before: before.text,
                    after: r < recorded.count ? recorded[r].text : following))
        }
        return differences
    }

    /// Whether a recorded line and a printed one say the same, within the
    /// tolerance.
    public func matches(_ expected: String, _ actual: String) -> Bool {
        expected == actual || matches(Tokens(expected), Tokens(actual))
    }

    func matches(_ a: Tokens, _ b: Tokens) -> Bool {
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
