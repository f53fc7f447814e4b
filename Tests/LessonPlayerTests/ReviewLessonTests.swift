import Lessons
import Testing
import TextKit
import Tutor

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

    final class Output: @unchecked Sendable { var text = "" }

    static func runner(_ language: Language) -> (LessonRunner, Output) {
        let output = Output()
        let runner = LessonRunner(
            catalog: LessonCatalog(roots: [LessonPlay.lessons]), store: nil, language: language,
            options: SessionOptions(style: Style(color: false, unicode: true))
        ) { output.text += $0 }
        return (runner, output)
    }

    static func notYet(_ language: Language) -> String { language == .en ? "Not yet" : "还不对" }

    @Test("one half-batch's gradient is not the accumulated one: the failure names the full batch's -90", arguments: Language.allCases)
    func halfBatch(language: Language) {
        let (runner, output) = Self.runner(language)
        #expect(runner.start("review", atStep: "prove-zero-grad"))
        runner.handle("g = grad(La, w)")
        #expect(runner.currentStep?.id == "prove-zero-grad", "\(output.text)")
        #expect(output.text.contains(Self.notYet(language)))
        #expect(output.text.contains("-15") && output.text.contains("-90"), "\(output.text)")
        runner.handle("g = grad(La, w) + grad(Lb, w)")
        #expect(runner.currentStep?.id == "q-network", "\(output.text)")
    }

    @Test("gradient descent into w itself is refused; :retry puts w back and w_new passes", arguments: Language.allCases)
    func descentIntoW(language: Language) {
        let (runner, output) = Self.runner(language)
        #expect(runner.start("review", atStep: "prove-backprop"))
        runner.handle("w = w - 0.1*grad(L, w)")
        #expect(runner.currentStep?.id == "prove-backprop", "\(output.text)")
        #expect(output.text.contains(Self.notYet(language)))
        runner.handle(":retry")
        runner.handle("w_new = w - 0.1*grad(L, w)")
        #expect(runner.currentStep?.id == "q-rate", "\(output.text)")
    }

    @Test("a learning rate past the edge sends w to -0.1 and is refused; 0.2 after :retry passes", arguments: Language.allCases)
    func pastTheEdge(language: Language) {
        let (runner, output) = Self.runner(language)
        #expect(runner.start("review", atStep: "prove-rate"))
        runner.handle(":step 0.21 w")
        #expect(runner.currentStep?.id == "prove-rate", "\(output.text)")
        #expect(output.text.contains(Self.notYet(language)))
        #expect(output.text.contains("-0.1"), "\(output.text)")
        runner.handle(":retry")
        runner.handle(":step 0.2 w")
        #expect(runner.currentStep?.id == "end", "\(output.text)")
    }
}
