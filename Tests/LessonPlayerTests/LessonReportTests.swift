import Foundation
import LessonPlayer
import Lessons
import Testing
import TextKit
import Tutor

/// The outcome of each step, as the runner reports it while a lesson is
/// played (what `lesson --json` writes).
@Suite("Step outcomes of a lesson played")
struct LessonReportTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/class/lessons").path

    /// The report after `answers` are played into the example class's hw1.
    static func report(_ answers: [String]) -> LessonReport {
        let runner = LessonRunner(
            catalog: LessonCatalog(roots: [examples]), store: nil, language: .en, options: SessionOptions(), write: { _ in })
        #expect(runner.start("hw1"))
        runner.play(answers)
        return runner.report
    }

    @Test("a wrong answer, a hint and the right one: two attempts, one hint, passed")
    func attemptsAndHints() {
        let report = Self.report(["", "L = 1", ":hint", "a = 2; b = -3; c = 10; f = -2; L = (a*b + c)*f"])
        #expect(report.steps.map(\.step) == ["intro", "first-graph", "neuron", "loss"])
        #expect(report.steps[0] == StepOutcome(step: "intro", kind: "prose", graded: false, passed: true))
        #expect(report.steps[1] == StepOutcome(step: "first-graph", kind: "task", graded: true, passed: true, attempts: 2, hints: 1))
        #expect(report.steps[2].attempts == 0 && !report.steps[2].passed)
        #expect(report.passed == 1 && report.total == 3)
        #expect(!report.allPassed)
    }

    @Test("a skipped step is not passed; a command or an empty line is no attempt")
    func skipped() {
        let report = Self.report(["", ":vars", "", ":skip", "n = x1*w1 + x2*w2 + bias; o = tanh(n)", "loss = (y - w*x)^2"])
        #expect(report.steps[1] == StepOutcome(step: "first-graph", kind: "task", graded: true, skipped: true))
        #expect(report.steps[2].passed && report.steps[2].attempts == 1)
        #expect(report.steps[3].passed, "equivalent: (y - w*x)^2 is (w*x - y)^2")
        #expect(report.score == 2.0 / 3.0)
        #expect(report.summaryJSON(answers: "a.txt").encoded
            == #"{"summary": {"lesson": "hw1", "answers": "a.txt", "passed": 2, "total": 3, "score": 0.6666666666666666}}"#)
    }
}
