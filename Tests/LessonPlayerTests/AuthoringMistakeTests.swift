import Foundation
import LessonPlayer
import Lessons
import Testing
import TextKit
import Tutor

/// The 18 deliberate authoring mistakes of the instructor's report (issue
/// 17): each one, made in an otherwise good lesson, gets an error from
/// `lessons check` at its line, and the error names the fix.
@Suite("lessons check catches every authoring mistake")
struct AuthoringMistakeTests {
    /// The instructor's sigmoid lesson, which passes; the line numbers of
    /// the mistakes below are its lines.
    static let lesson = """
        # The derivative of the sigmoid

        ## prose intro

        The sigmoid squashes a number into (0, 1).

        ## run show

        Look at it.

        run:
            x = 2
            s = sigmoid(x)

        ## task by-hand

        Write t, the sigmoid of x, by hand.

        setup: x = 0
        check: value t == 0.5
        check: grad t wrt x == 0.25
        answer:
            t = 1/(1+exp(-x))
        hint: Use `exp(-x)`.
        hint: t = 1/(1+exp(-x))

        ## task formula

        Write ds, the derivative.

        setup: x = 2
        check: value ds == sigmoid(2)*(1-sigmoid(2))
        answer: ds = sigmoid(x)*(1-sigmoid(x))
        hint: s(1-s)

        ## choice range

        Where does the sigmoid lie?

        option: (-1, 1)
        correct: (0, 1)
        option: everywhere

        ## number top

        What is the largest slope?

        expect: 0.25
        tolerance: 0.001

        ## question why

        Why does training slow down?

        answer: The gradient shrinks.
        point: the gradient is at most 0.25

        """

    /// One mistake: what it does to the English (or Chinese) file, and the
    /// error expected: in which language's file, at which line, saying what.
    struct Mistake: CustomStringConvertible, Sendable {
        var number: Int
        var what: String
        var english: @Sendable (String) -> String = { $0 }
        var chinese: (@Sendable (String) -> String?) = { $0 }
        var file: String = "en"
        /// Whether the folder has a `zh/` folder even without the Chinese file.
        var chineseFolder = true
        var line: Int
        var says: String
        var description: String { "#\(number) \(what)" }
    }

    /// `text` with line `number` (1-based) replaced by `replacement`
    /// (nil removes it).
    static func line(_ number: Int, of text: String, is replacement: String?) -> String {
        var lines = text.components(separatedBy: "\n")
        precondition(!lines[number - 1].isEmpty || replacement != nil, "line \(number) is blank")
        if let replacement { lines[number - 1] = replacement } else { lines.remove(at: number - 1) }
        return lines.joined(separator: "\n")
    }

    static let mistakes: [Mistake] = [
        Mistake(number: 1, what: "## tsak", english: { line(15, of: $0, is: "## tsak by-hand") },
                line: 15, says: "unknown step kind 'tsak' (did you mean 'task'?)"),
        Mistake(number: 2, what: "hnit: after answer:", english: { line(24, of: $0, is: "hnit: Use `exp(-x)`.") },
                line: 24, says: "unknown field 'hnit:' (did you mean 'hint:'?)"),
        Mistake(number: 3, what: "= for ==", english: { line(21, of: $0, is: "check: grad t wrt x = 0.25") },
                line: 21, says: "this check needs '==' and the expected value"),
        Mistake(number: 4, what: "a wrong model answer", english: { line(23, of: $0, is: "    t = 1/(1+exp(x))") },
                line: 23, says: "the model answer does not pass its own checks: the gradient of t with respect to x is -0.25, but 0.25 is wanted"),
        Mistake(number: 5, what: "zh adds within", chinese: { line(32, of: $0, is: "check: value ds == sigmoid(2)*(1-sigmoid(2)) within 0.01") },
                file: "zh", line: 27, says: "step 'formula' has other checks than in"),
        Mistake(number: 6, what: "a tab in run:", english: { line(12, of: $0, is: "\tx = 2") },
                line: 12, says: "a tab character; indent with spaces"),
        Mistake(number: 7, what: "run: uses an unknown name", english: { line(13, of: $0, is: "    s = sigmoid(y)") },
                line: 13, says: "unknown name 'y'"),
        Mistake(number: 8, what: "two correct:", english: { line(42, of: $0, is: "correct: everywhere") },
                line: 42, says: "a second 'correct:' option; a choice has exactly one right option (make the others 'option:')"),
        Mistake(number: 9, what: "a step id twice", english: { line(27, of: $0, is: "## task by-hand") },
                line: 27, says: "a second step with the id 'by-hand' (the first is at line 15); ids must differ"),
        Mistake(number: 10, what: "chekc: after setup:", english: { line(20, of: $0, is: "chekc: value t == 0.5") },
                line: 20, says: "unknown field 'chekc:' (did you mean 'check:'?)"),
        Mistake(number: 11, what: "no hint", english: { line(34, of: $0, is: nil) },
                line: 27, says: "the task step 'formula' needs 'hint:', at least one hint"),
        Mistake(number: 12, what: "an unclosed fence", english: { line(9, of: $0, is: "```") },
                line: 9, says: "this ``` fence is never closed: end the code with a line of ```"),
        Mistake(number: 13, what: "no zh file", chinese: { _ in nil },
                line: 0, says: "has no zh/ version; write "),
        Mistake(number: 14, what: "Hint: with a capital", english: { line(25, of: $0, is: "Hint: t = 1/(1+exp(-x))") },
                line: 25, says: "'Hint:' reads as a field, but field names are lowercase: write 'hint:'"),
        Mistake(number: 15, what: "stup: in an English-only folder", english: { line(19, of: $0, is: "stup: x = 0") },
                chinese: { _ in nil }, chineseFolder: false, line: 19, says: "unknown field 'stup:' (did you mean 'setup:'?)"),
        Mistake(number: 16, what: "expect: 0.25x", english: { line(48, of: $0, is: "expect: 0.25x") },
                line: 48, says: "the expected number '0.25x' is not a number"),
        Mistake(number: 17, what: "tolerence:", english: { line(49, of: $0, is: "tolerence: 0.001") },
                line: 49, says: "unknown field 'tolerence:' (did you mean 'tolerance:'?)"),
        Mistake(number: 18, what: "a title without #", english: { line(1, of: $0, is: "The derivative of the sigmoid") },
                line: 1, says: "a lesson starts with its title, a line such as: # Basic concepts"),
    ]

    /// A lesson folder with `english` and, unless nil, `chinese`.
    static func folder(english: String, chinese: String?, chineseFolder: Bool = true) throws -> String {
        let root = LessonPlay.temporaryFolder() + "/lessons"
        try FileManager.default.createDirectory(atPath: root + "/en", withIntermediateDirectories: true)
        try english.write(toFile: root + "/en/08-sigmoid.md", atomically: true, encoding: .utf8)
        if chinese != nil || chineseFolder {
            try FileManager.default.createDirectory(atPath: root + "/zh", withIntermediateDirectories: true)
        }
        if let chinese {
            try chinese.write(toFile: root + "/zh/08-sigmoid.md", atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test("the lesson without mistakes passes, in both languages")
    func goodLesson() throws {
        let root = try Self.folder(english: Self.lesson, chinese: Self.lesson)
        let results = LessonCheck.run(root: root, options: SessionOptions())
        #expect(results.count == 2)
        #expect(results.allSatisfy { $0.problems.isEmpty && $0.steps == 7 }, "\(results.map(\.problems))")
    }

    @Test("each mistake gets an error at its line that names the fix", arguments: mistakes)
    func mistake(_ mistake: Mistake) throws {
        let root = try Self.folder(
            english: mistake.english(Self.lesson), chinese: mistake.chinese(Self.lesson), chineseFolder: mistake.chineseFolder)
        let problems = LessonCheck.run(root: root, options: SessionOptions()).flatMap(\.problems)
        let file = root + "/\(mistake.file)/08-sigmoid.md"
        let found = problems.filter { $0.path == file && $0.line == mistake.line && $0.message.contains(mistake.says) }
        #expect(found.count == 1, "\(problems.map(\.description))")
        // A misspelt field is not also reported as something else, and a
        // mistake in the English file is not reported only in the Chinese one.
        if mistake.file == "en" {
            #expect(problems.filter { $0.path == file }.count == 1, "\(problems.map(\.description))")
        }
    }
}
