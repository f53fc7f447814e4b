import Foundation
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
        #expect(first.map(\.lines) != rounds(seed: 4, count: 6).map(\.lines))
        // The quiz of seed 3, as `micrograd quiz --seed 3` and the transcripts show it.
        #expect(first[0].lines == ["a = 0.2", "b = -1", "d = a - b", "L = b * d"])
        #expect(first[0].asked == "d")
        #expect(first[0].asksInnerNode)
        #expect(first[0].parameter == "a")
        #expect(first[0].gradient == -1)
        #expect(first[0].parameterGradient == -1)
        #expect(first[0].rate == 0.5)
        #expect(first[0].stepped == 0.7)
        #expect(first[1].lines == ["a = -1", "b = -0.9", "d = sigmoid(a)", "e = b + d", "L = e ^ 2"])
    }

    @Test("an inner node's gradient, derived by hand: L = (b + sigmoid(a))^2 at a = -1, b = -0.9")
    func innerNodeByHand() throws {
        let round = rounds(seed: 3, count: 2)[1]
        #expect(round.asked == "e" && round.parameter == "a")
        func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
        let e = -0.9 + sigmoid(-1)
        // dL/de = 2e; dL/da = dL/de * de/dd * dd/da = 2e * 1 * sigmoid(a)(1 - sigmoid(a)).
        #expect(abs(round.gradient - 2 * e) < 1e-12)
        #expect(abs(round.parameterGradient - 2 * e * sigmoid(-1) * (1 - sigmoid(-1))) < 1e-12)
        #expect(abs(round.stepped - (-1 - 0.5 * round.parameterGradient)) < 1e-12)
        #expect(abs(round.stepped - -0.875926) < 1e-6)
    }

    @Test("the graph always asked when the draws fail: d = a*b, e = tanh(d), L = e + a, by hand")
    func fallbackByHand() {
        let round = QuizRound.fallback(number: 1, operations: 3)
        #expect(round.lines == ["a = 2", "b = -0.5", "d = a * b", "e = tanh(d)", "L = e + a"])
        let slope = 1 - tanh(-1.0) * tanh(-1.0)
        // dL/dd = de/dd = 1 - tanh(d)^2; dL/da = 1 (L = e + a) + slope * b (d = a*b).
        #expect(abs(round.gradient - slope) < 1e-12)
        #expect(abs(round.parameterGradient - (1 + slope * -0.5)) < 1e-12)
    }

    @Test("all right: one operation more each round, up to six; a wrong answer keeps the level")
    func harder() {
        #expect(rounds(seed: 9, count: 7).map(\.operations) == [2, 3, 4, 5, 6, 6, 6])
        var quiz = Quiz(seed: 9)
        _ = quiz.nextRound()
        quiz.finished(allRight: false)
        #expect(quiz.level == 2)
    }

    /// `L` of the round's lines with `shift` added to the node `name`: to
    /// an input's value, or to an inner node's result (`d = (a - b) + h`).
    private func output(_ round: QuizRound, shifting name: String, by shift: Double) throws -> Double {
        let lines = round.inputs.map { "\($0.name) = \($0.value + ($0.name == name ? shift : 0))" }
            + round.definitions.map { $0.name == name ? "\($0.name) = (\($0.expression)) + \(shift)" : "\($0.name) = \($0.expression)" }
        let (workspace, output) = try #require(QuizRound.evaluate(lines: lines), "\(lines)")
        return workspace.tape.data(output)
    }

    @Test("every generated graph is a fair question: the gradients asked equal finite differences, inner nodes too (200 seeds, 2 to 6 operations)")
    func gradientsMatchFiniteDifferences() throws {
        var inner = 0
        for seed in UInt64(0)..<200 {
            let level = 2 + Int(seed % 5)
            var quiz = Quiz(seed: seed &* 7919, level: level)
            let round = quiz.nextRound()
            #expect(round.operations == level)
            #expect(round.definitions.count == level)
            #expect(round.definitions.last?.name == QuizRound.output)
            #expect(Quiz.operations.contains(round.operations))
            for input in round.inputs {
                // A small integer or one decimal, never 0, within ±3, and in the graph.
                #expect(input.value != 0 && abs(input.value) <= 3 && abs((input.value * 10).rounded() - input.value * 10) < 1e-9, "\(round.lines)")
                #expect(round.definitions.contains { $0.expression.split(separator: " ").contains { $0 == input.name || $0.hasSuffix("(\(input.name))") } }, "\(round.lines)")
            }
            let h = 1e-5
            for (name, gradient) in [(round.asked, round.gradient), (round.parameter, round.parameterGradient)] {
                let difference = (try output(round, shifting: name, by: h) - output(round, shifting: name, by: -h)) / (2 * h)
                #expect(
                    abs(difference - gradient) <= 1e-4 * max(1, abs(gradient)),
                    "seed \(seed): \(round.lines) dL/d\(name): \(gradient) vs \(difference)")
                // Neither 0 (a dead relu) nor too small for the tolerance to tell from 0.
                #expect(abs(gradient) >= 0.01)
            }
            #expect(round.asked != QuizRound.output)
            #expect(round.inputs.contains { $0.name == round.parameter })
            if round.asksInnerNode { inner += 1 } else { #expect(round.parameter == round.asked) }
            #expect(round.stepped == round.parameterValue - round.rate * round.parameterGradient)
            // The step moves the parameter further than the tolerance: not answering it is wrong.
            #expect(!QuizRound.isClose(round.parameterValue, round.stepped), "seed \(seed): \(round.lines)")
            for definition in round.definitions {
                // No operation on one input twice (`a - a`, `b / b`).
                let words = definition.expression.split(separator: " ")
                #expect(!(words.count == 3 && words[0] == words[2]), "\(round.lines): an input with itself")
            }
        }
        // Both kinds of question come up: inner nodes and inputs.
        #expect(inner > 40 && inner < 160, "\(inner) of 200 asked an inner node")
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
