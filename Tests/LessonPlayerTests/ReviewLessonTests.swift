import Testing
import TextKit

@testable import LessonPlayer

/// Lesson 13 (issue 15: the interview review) played in-process with typed
/// answers in both languages: nine questions answered and their points
/// ticked, each followed by its proof, typed in forms other than the model
/// answer where the lesson lists them; the numbers the text states are
/// checked in the tutor's own output. Then the traps: one half-batch's
/// gradient for the accumulated one, gradient descent into `w` itself, and a
/// learning rate past the edge.
@Suite("Review lesson")
struct ReviewLessonTests {
    static let play = LessonPlay(id: "review", steps: 20, answers: [
        "",
        "backward adds into .grad, so without zeroing each step follows the old gradients too", "1 3",
        "g = grad(La + Lb, w)",                 // one backward pass of the sum: the same as two accumulated
        "a parameterised function of weighted sums and nonlinear activations, trained by gradient descent", "all",
        "m = u @ v",
        "dL/dz = p - y; subtract the max before exp", "2 3",
        "g = exp(z)/sum(exp(z)) - y",           // p - y, with the softmax written out
        "random, at a scale tied to fan-in", "1 4",
        ":vars",                                // a look, not an answer: w1 and w2 are both 1.07
        "w1 - w2",
        "forward mode needs a pass per input, reverse one per output", "1 2 3",
        "grad(L, a)",                           // the engine's own dL/da, after all three shares
        "compare the training loss with the validation loss", "1 2 3",
        "train_q", "train_line", "val_line",    // looks: the three losses the text states
        "val_q = mean((c0 + c1*x_val + c2*x_val^2 - y_val)^2)",
        "sigmoid's slope is at most 0.25, so 0.25^L vanishes; relu passes 1 but can die", "all",
        "grad(h, x0)",
        "chain rule from the loss backwards; it does not update the weights", "1 2 5",
        "w_new = w - 0.1*2*(w*x - y)*x",       // the update with dL/dw written by hand
        "too large diverges past 2/lambda_max; a larger batch is less noisy", "1 2 4",
        ":step 0.2",
        "w", "",                                // at the last step's prompt: w went from 2 to 0
    ], shows: [
        "g = -90",
        "m = [[1.5],",
        "g = [-0.341, 0.2424, 0.09857]",
        "w1   = 1.07",
        "w2   = 1.07",
        "w1 - w2 = 0",
        "grad(L, a) = 14",
        "train_q = 0",
        "train_line = 0.5",
        "val_line = 0.0625",
        "val_q = 0.4531",
        "grad(h, x0) = 0.01562",
        "w_new = 1.3",
        "w = 0",
    ])

    @Test("lesson 13 plays from start to end with typed answers", arguments: ["en", "zh"])
    func play(_ language: String) throws {
        try Self.play.expectPlaysThrough(in: language)
    }

    @Test("lessons check passes on lesson 13 in both languages")
    func check() throws {
        try LessonPlay.expectCheckPasses("13-review")
    }

    /// A wrong answer the lesson's text warns about, then the way on.
    struct Trap: Sendable, CustomStringConvertible {
        var step: String
        var wrong: String
        /// Numbers the failure must name.
        var says: [String]
        var right: String
        var next: String
        var description: String { "\(step): \(wrong)" }
    }

    static let traps = [
        // One half-batch's gradient for the accumulated one: the failure names both numbers.
        Trap(step: "prove-zero-grad", wrong: "g = grad(La, w)", says: ["-15", "-90"],
             right: "g = grad(La, w) + grad(Lb, w)", next: "q-network"),
        // "From your formula": the engine's gradient read back with grad(...) is refused.
        Trap(step: "prove-softmax", wrong: "g = grad(ce, z)", says: ["grad(...)"],
             right: "g = p - y", next: "q-init"),
        // Gradient descent into w itself: w is 1.3, not the 0.5 the backward pass left.
        Trap(step: "prove-backprop", wrong: "w = w - 0.1*grad(L, w)", says: ["1.3", "0.5"],
             right: "w_new = w - 0.1*grad(L, w)", next: "q-rate"),
        // A learning rate past the edge: w lands at -0.1, beyond the mirror point 0.
        Trap(step: "prove-rate", wrong: ":step 0.21 w", says: ["-0.1"], right: ":step 0.2 w", next: "end"),
    ]

    @Test("the numbers as the tutor prints them, to 4 digits, are accepted", arguments: Language.allCases)
    func printedDigits(language: Language) {
        let (runner, output) = LessonRulesTests.runner(language)
        #expect(runner.start("review", atStep: "prove-fitting"))
        runner.handle("val_q = 0.4531")
        #expect(runner.currentStep?.id == "q-relu", "\(output.text)")
        #expect(runner.start("review", atStep: "prove-relu"))
        runner.handle("0.01562")
        #expect(runner.currentStep?.id == "q-backprop", "\(output.text)")
    }

    @Test("a wrong answer in the lesson's trap is refused with its numbers; :retry, then the right one passes",
          arguments: traps, Language.allCases)
    func trap(_ trap: Trap, language: Language) {
        let (runner, output) = LessonRulesTests.runner(language)
        #expect(runner.start("review", atStep: trap.step))
        runner.handle(trap.wrong)
        #expect(runner.currentStep?.id == trap.step, "\(output.text)")
        #expect(output.text.contains(language == .en ? "Not yet" : "还不对"), "\(output.text)")
        for number in trap.says {
            #expect(output.text.contains(number), "\(number)\n\(output.text)")
        }
        runner.handle(":retry")
        runner.handle(trap.right)
        #expect(runner.currentStep?.id == trap.next, "\(output.text)")
    }
}
