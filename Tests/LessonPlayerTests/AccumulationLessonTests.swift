import LessonPlayer
import Testing
import TextKit
import Tutor

/// Lesson 9 (issue 15: accumulation and the zero_grad bug) played
/// in-process with typed answers in both languages: two backward passes
/// double the stored gradient, a step by it goes twice as far, `:train`
/// without zeroing swings, and two half-batches add up to the full batch
/// (scaled by 1/2 for a mean), each number the text states checked in the
/// tutor's own output.
@Suite("Accumulation lesson")
struct AccumulationLessonTests {
    static let play = LessonPlay(id: "accumulation", steps: 17, answers: [
        "",
        "",                                  // L, then :set accumulate on: the stored gradients are 0
        "",                                  // :backward L all
        "-20 + -20",                         // w.grad after a second pass, predicted
        "",                                  // :backward L quiet
        "-3 - 0.01*(-40)",                   // w after a step by the stored gradient, predicted
        ":step 0.01",                        // without names: w and b move, the data x stays
        "",                                  // w, b, :zero_grad, one pass
        "3",                                 // the loss of v will swing
        "",                                  // :train with and without zeroing
        "half2 = sum((y2 - p*x2)^2)",
        "grad(half1, p) + grad(half2, p)",   // the two passes, predicted
        "",
        "1/2",                               // the scale of a half mean
        "m1 = sum((p*x1 - y1)^2)/4",
        "",
        "backward adds into .grad, so without zero_grad steps use the sum; accumulation adds mini-batches", "1 2 3",
    ], shows: [
        "L = 25",
        "  w     leaf    -3     0",
        "L 25 → 16 after one step",
        "w = -2.6",
        "b = 1.2",
        "lossu 120 → 1.4507e-14 in 20 steps",
        "lossv 120 → 115.8132 in 4 steps",
        "lossv 115.8132 → 96.4671 in 16 steps",
        "  lossv 123.8707",
        "  lossv 127.4006",
        "  lossv 135.7308",
        "  lossv 6.585",
        "grad(full, p) = -120",
        "grad(mfull, p) = -30",
    ])

    @Test("lesson 9 plays from start to end with typed answers", arguments: ["en", "zh"])
    func play(_ language: String) throws {
        try Self.play.expectPlaysThrough(in: language)
    }

    @Test("lesson 9 shows the stored gradients adding up, in the words of each language", arguments: Language.allCases)
    func sums(language: Language) {
        let text = LessonPlay.transcript(
            of: "accumulation", answers: Self.play.answers, language: language,
            progressPath: LessonPlay.temporaryFolder() + "/lesson-progress")
        let (stored, pass) = language == .en ? ("stored", "this pass") : ("已存", "本次")
        let separator = language == .en ? ": " : "："
        for (label, before, added, after) in [
            ("w", "-20", "-20", "-40"), ("b", "-10", "-10", "-20"), ("w", "0", "-16", "-16"), ("p", "-20", "-100", "-120"),
            ("p", "-5", "-25", "-30"),
        ] {
            let line = "  \(label).grad\(separator)\(stored) \(before) + \(pass) \(added) = \(after)"
            #expect(text.contains(line), "\(line)\n\(text)")
        }
    }

    @Test("lessons check passes on lesson 9 in both languages")
    func check() throws {
        try LessonPlay.expectCheckPasses("09-accumulation")
    }

    @Test("the trap: a step by one pass's gradient (-2.8) is not the answer; the start state holds two passes")
    func onePassIsWrong() {
        let (runner, output) = LessonRulesTests.runner()
        #expect(runner.start("accumulation", atStep: "predict-step"))
        #expect(runner.session.workspace.storedGradients.passes == 2, "the start state replays both passes")
        runner.handle("-2.8")
        #expect(runner.currentStep?.id == "predict-step", "\(output.text)")
        #expect(output.text.contains("-2.8 is not it"))
        runner.handle("-2.6")
        #expect(runner.currentStep?.id == "step", "\(output.text)")
        runner.handle(":step 0.01 w b")
        #expect(runner.currentStep?.id == "zero", "\(output.text)")
    }

    @Test("the trap: an unscaled half mean gives twice the gradient and fails", arguments: Language.allCases)
    func unscaledMean(language: Language) {
        let (runner, output) = LessonRulesTests.runner(language)
        #expect(runner.start("accumulation", atStep: "scaled-half"))
        runner.handle("m1 = mean((p*x1 - y1)^2)")
        #expect(runner.currentStep?.id == "scaled-half", "\(output.text)")
        #expect(output.text.contains(language == .en ? "Not yet" : "还不对"))
        runner.handle("m1 = mean((p*x1 - y1)^2)/2")
        #expect(runner.currentStep?.id == "mean-check", "\(output.text)")
    }
}
