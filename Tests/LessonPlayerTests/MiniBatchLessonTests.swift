import Testing
import TextKit

@testable import LessonPlayer

/// Lesson 11 (issue 15: mini-batches and the learning rate) played
/// in-process with typed answers in both languages: a batch's gradient
/// predicted and built with slices, the two halves averaging to the full
/// gradient, the spread of one-example gradients, the cost of a step in
/// nodes, the noise of SGD at the minimum, λ_max and the three rates, each
/// number the lesson's text states checked in the tutor's own output.
@Suite("Mini-batch lesson")
struct MiniBatchLessonTests {
    static let play = LessonPlay(id: "mini-batches", steps: 17, answers: [
        "",
        "",                                             // the data, the full loss 33
        "-2*(1*1 + 2*5)/2",                             // the batch's gradient, predicted as the formula
        "lb = mean((x[:2] @ w + b - y[:2])^2)",         // the first two rows, the start bound left out
        "lb2 = mean((x[2:] @ w + b - y[2:])^2)",        // the last two, the end bound left out
        "(-11 + -51)/2",
        "",                                             // the spread of one-example gradients
        "200/20",                                       // steps per epoch
        "",                                             // 2207 against 227 nodes
        "-2",                                           // a batch's gradient at the full minimum
        "",                                             // SGD leaves the minimum
        ":train lb 1 0.005 w b",                        // a small step on lb stays near the floor
        "(15 + 2)/2 + sqrt(((15 - 2)/2)^2 + 5^2)",      // λ_max from the data's numbers
        "-0.837",
        "",                                             // w jumps over 2.4
        "",                                             // the three rates
        "batches are noisy unbiased estimates, cheaper per step; lower the rate; diverges above 2/lambda", "1 2 3 4",
    ], shows: [
        "lb = 13",
        "lb2 = 53",
        "(lb + lb2) / 2 = 33",
        "(grad(lb, w) + grad(lb2, w)) / 2 = [[-31]]",
        "grad(e[0, 0]^2, w) = [[-2]]",
        "grad(e[1, 0]^2, w) = [[-20]]",
        "grad(e[2, 0]^2, w) = [[-30]]",
        "grad(e[3, 0]^2, w) = [[-72]]",
        "grad(L, v) = [[-5.9]]",
        "grad(L20, v) = [[-5.1196]]",
        "L = 7.186",
        "L 10.1077 → 6.5247 in 1 step",
        "grad(loss, w) = [[-1.9984e-15]]",
        "grad(lb2, w) = [[2]]",
        "loss = 0.8966",
        "loss = 0.9735",
        "lam = 16.7006",
        "1 / lam = 0.05988",
        "2 / lam = 0.1198",
        "1 - 0.11 * lam = -0.8371",
        "w - 2.4 = [[1.01]]",
        "w - 2.4 = [[-1.8115]]",
        "w - 2.4 = [[0.5821]]",
        "1 - 0.125 * lam = -1.0876",
        "loss 33 → 0.8217 in 100 steps",
        "loss 33 → 0.8005 in 100 steps",
        "loss 33 → 621992171.5658 in 100 steps",
    ])

    @Test("lesson 11 plays from start to end with typed answers", arguments: ["en", "zh"])
    func play(_ language: String) throws {
        try Self.play.expectPlaysThrough(in: language)
    }

    @Test("lessons check passes on lesson 11 in both languages")
    func check() throws {
        try LessonPlay.expectCheckPasses("11-mini-batches")
    }

    @Test("the cost of a step in nodes and the log-scale plot, in the tutor's words", arguments: Language.allCases)
    func costAndLogScale(_ language: Language) {
        let text = LessonPlay.transcript(
            of: "mini-batches", answers: Self.play.answers, language: language,
            progressPath: LessonPlay.temporaryFolder() + "/lesson-progress")
        let lines = language == .en
            ? ["… a graph of 2207 nodes", "… a graph of 227 nodes", "log scale: the loss spans 7 decades"]
            : ["… 计算图共 2207 个节点", "… 计算图共 227 个节点", "对数刻度：损失跨越了 7 个数量级"]
        for line in lines { #expect(text.contains(line), "\(line)\n\(text)") }
    }

    @Test("the batch against all the targets: the shape error names both sides, and the step waits", arguments: Language.allCases)
    func batchAgainstFullTargets(_ language: Language) {
        let (runner, output) = LessonRulesTests.runner(language)
        #expect(runner.start("mini-batches", atStep: "batch"))
        runner.handle("lb = mean((x[0:2] @ w + b - y)^2)")
        #expect(runner.currentStep?.id == "batch", "the trap passed: \(output.text)")
        #expect(output.text.contains(
            language == .en
                ? "cannot broadcast 'x[0:2] @ w + b' of shape [2, 1] with 'y' of shape [4, 1]"
                : "形状为 [2, 1] 的“x[0:2] @ w + b”和形状为 [4, 1] 的“y”无法广播"), "\(output.text)")
        runner.handle("lb = mean((x[0:2] @ w + b - y[0:2])^2)")
        #expect(runner.currentStep?.id == "last-two", "\(output.text)")
    }

    @Test("an index where a slice is wanted, and a step too large at the minimum, are caught in their steps")
    func indexForSliceAndLargeStep() {
        let (runner, output) = LessonRulesTests.runner()
        #expect(runner.start("mini-batches", atStep: "last-two"))
        runner.handle("lb2 = mean((x[-2] @ w + b - y[-2])^2)")
        #expect(runner.currentStep?.id == "last-two", "\(output.text)")
        #expect(output.text.contains("Not yet: lb2 is 25, but 53 is wanted"), "\(output.text)")

        output.text = ""
        #expect(runner.start("mini-batches", atStep: "small-step"))
        // The loss is already 0.8 when the step opens: a line that takes no step is refused by w.
        runner.handle("1+1")
        #expect(runner.currentStep?.id == "small-step", "\(output.text)")
        #expect(output.text.contains("Not yet: w is [2.4], but [2.42] is wanted"), "\(output.text)")
        runner.handle(":train lb 1 0.05 w b")
        #expect(runner.currentStep?.id == "small-step", "\(output.text)")
        #expect(output.text.contains("Not yet: loss is 0.8966, but 0.8 is wanted"), "\(output.text)")
        runner.handle(":retry")
        runner.handle(":train lb 1 0.01 w b")
        #expect(runner.currentStep?.id == "curvature", "\(output.text)")
    }
}
