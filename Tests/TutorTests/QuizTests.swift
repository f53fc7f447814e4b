import Testing
import Calc
@testable import Tutor

@Suite("Quiz: generated graphs and grading")
struct QuizTests {
    /// The first `count` rounds of a quiz, every answer right.
    private func rounds(seed: UInt64, count: Int) -> [QuizRound] {
        var quiz = Quiz(seed: seed)
        return (0..<count).map { _ in
            let round = quiz.nextRound()
            quiz.finished(allRight: true)
            return round
        }
    }

    @Test("a seed gives the same graphs and the same questions; another seed others")
    func reproducible() {
        let first = rounds(seed: 3, count: 6)
        #expect(first == rounds(seed: 3, count: 6))
        #expect(first.map(\.expression) != rounds(seed: 4, count: 6).map(\.expression))
        // The quiz of seed 3, as `micrograd quiz --seed 3` and the transcripts show it.
        #expect(first[0].lines == ["a = 0.2", "b = -1", "L = b * (a - b)"])
        #expect(first[0].asked == "a")
        #expect(first[0].gradient == -1)
        #expect(first[0].rate == 0.5)
        #expect(first[0].stepped == 0.7)
    }

    @Test("all right: one operation more each round, up to six; a wrong answer keeps the level")
    func harder() {
        #expect(rounds(seed: 9, count: 7).map(\.operations) == [2, 3, 4, 5, 6, 6, 6])
        var quiz = Quiz(seed: 9)
        _ = quiz.nextRound()
        quiz.finished(allRight: false)
        #expect(quiz.level == 2)
    }

    @Test("every generated graph is a fair question: its gradient equals a finite difference (200 seeds, 2 to 6 operations)")
    func gradientsMatchFiniteDifferences() throws {
        for seed in UInt64(0)..<200 {
            let level = 2 + Int(seed % 5)
            var quiz = Quiz(seed: seed &* 7919, level: level)
            let round = quiz.nextRound()
            #expect(round.operations == level)
            #expect(Quiz.operations.contains(round.operations))
            for input in round.inputs {
                // A small integer or one decimal, never 0, within ±3.
                #expect(input.value != 0 && abs(input.value) <= 3 && abs((input.value * 10).rounded() - input.value * 10) < 1e-9, "\(round.lines)")
            }
            let h = 1e-5
            func value(_ shift: Double) throws -> Double {
                let lines = round.inputs.map { "\($0.name) = \($0.value + ($0.name == round.asked ? shift : 0))" }
                    + ["L = \(round.expression)"]
                let (workspace, output) = try #require(QuizRound.evaluate(lines: lines), "\(lines)")
                return workspace.tape.data(output)
            }
            let difference = (try value(h) - value(-h)) / (2 * h)
            #expect(
                abs(difference - round.gradient) <= 1e-4 * max(1, abs(round.gradient)),
                "seed \(seed): \(round.lines) d/d\(round.asked): \(round.gradient) vs \(difference)")
            #expect(round.stepped == round.askedValue - round.rate * round.gradient)
            #expect(round.expression.contains(round.asked))
            for name in QuizRound.names {
                for op in QuizRound.binaryOperators {
                    // `a / a ^ 2` is a / (a^2), no input with itself.
                    let twice = round.expression.replacing("\(name) \(op) \(name) ^", with: "")
                    #expect(!twice.contains("\(name) \(op) \(name)"), "\(round.expression): an input with itself")
                }
            }
        }
    }

    @Test("grading: within 1% or 0.001 is right, further is wrong, words and typos are no number")
    func grading() {
        #expect(QuizRound.grade("10.83", expected: 10.8347) == .right)
        #expect(QuizRound.grade(" 10.9 ", expected: 10.8347) == .right)
        #expect(QuizRound.grade("11", expected: 10.8347) == .wrong(11))
        #expect(QuizRound.grade("-1", expected: 1) == .wrong(-1))
        // Small numbers: 0.001 absolute, where 1% would ask for four decimals.
        #expect(QuizRound.grade("0.0125", expected: 0.0132) == .right)
        #expect(QuizRound.grade("0.015", expected: 0.0132) == .wrong(0.015))
        #expect(QuizRound.grade("0", expected: 0) == .right)
        // An expression of numbers is a number, as the tutor reads it.
        #expect(QuizRound.grade("1 - 0.5^2", expected: 0.75) == .right)
        #expect(QuizRound.grade("1/0", expected: 1) == .notANumber)
        for words in ["two", "", "a", "dL/da", "1,5", "x = 2", "12a", "tanh(", "sum(randn(1000000))", String(repeating: "1+", count: 300) + "1"] {
            #expect(QuizRound.grade(words, expected: 2) == .notANumber, "\(words)")
        }
    }
}

@Suite("Quiz score")
struct QuizScoreTests {
    @Test("a right answer lengthens the streak, a wrong one ends it; the best streak stays")
    func streak() {
        var score = QuizScore()
        for right in [true, true, false, true] { score.record(right: right) }
        #expect(score == QuizScore(streak: 1, best: 2, right: 3, asked: 4))
    }
}
