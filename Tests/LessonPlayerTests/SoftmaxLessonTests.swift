import Testing
import TextKit
import Tutor

@testable import LessonPlayer

/// Lesson 10 (issue 15: softmax and cross-entropy) played in-process with
/// typed answers in both languages: softmax built from `exp` and `sum`,
/// its probabilities adding up to 1, the cross-entropy and its gradient
/// p - y derived and compared with the engine and finite differences, the
/// NaN and inf of a logit of 1000, the shift by the largest logit and
/// log-sum-exp that cure them, and the two-line proof that the seed's
/// `a2 - y` is the gradient of a sigmoid with binary cross-entropy, each
/// number the lesson's text states checked in the tutor's own output.
@Suite("Softmax lesson")
struct SoftmaxLessonTests {
    static let play = LessonPlay(id: "softmax", steps: 21, answers: [
        "",
        "1",                                    // sum(p), predicted before p is built
        "e = exp(z); p = e/sum(e)",
        "",                                     // sum(p), p[0]/p[1], a batch
        "-log(p[0])",                           // ce, predicted as the right class's term
        "ce = -sum(y*log(p))",
        "p[1]",                                 // d(ce)/d(z[1]) of a wrong class, predicted
        "dz = -(y - p)",
        "",                                     // grad(ce, z), the difference, :check ce
        "",                                     // NaN from a logit of 1000
        "m = max(max(z[0], z[1]), z[2]); q = exp(z - m)/sum(exp(z - m))",
        "",                                     // the shift: no NaN, but inf
        "1000",                                 // the loss, predicted
        "logp = zb - m - log(sum(exp(zb - m))); ceb = -sum(yb*logp)",
        "dLda = -t/a + (1 - t)/(1 - a)",
        "dads = a*(1 - a)",
        "dLda*dads",                            // d(bce)/ds, predicted as the product of the two lines
        "",
        "pair = exp([s, 0])/sum(exp([s, 0]))",
        "",
        "-log p_k = -z_k + log sum exp(z), whose gradient is p - y; subtract the largest logit", "1 4",
    ], shows: [
        "p = [0.659, 0.2424, 0.09857]",
        "sum(p) = 1",
        "p[0]/p[1] = 2.7183",
        "sum(P, 1) = [[1],",
        "ce = 0.417",
        "dz = [-0.341, 0.2424, 0.09857]",
        "grad(ce, z) = [-0.341, 0.2424, 0.09857]",
        "grad(ce, z) - (p - y) = [5.5511e-17, 0, -1.3878e-17]",     // p typed as e/sum(e)
        "sum(grad(ce, z)) = 1.3878e-17",
        "✓ all 22 gradients agree with the finite differences",
        "pb = [NaN, 0]",
        "-sum(yb*log(pb)) = NaN",
        "ps = [1, 0]",
        "-sum(yb*log(ps)) = inf",
        "logp = [0, -1000]",
        "ceb = 1000",
        "dLda = -4.3201",
        "dads = 0.1779",
        "dLda*dads = -0.7685",
        "grad(bce, s) = -0.7685",
        "pair = [0.2315, 0.7685]",
        "ce2 - bce = 0",
        "grad(ce2, s) = -0.7685",
    ])

    @Test("lesson 10 plays from start to end with typed answers", arguments: ["en", "zh"])
    func play(_ language: String) throws {
        try Self.play.expectPlaysThrough(in: language)
    }

    @Test("lessons check passes on lesson 10 in both languages")
    func check() throws {
        try LessonPlay.expectCheckPasses("10-softmax")
    }

    final class Output: @unchecked Sendable { var text = "" }

    /// A runner at `step` of the lesson, with no progress file.
    static func runner(at step: String, _ language: Language) -> (LessonRunner, Output) {
        let output = Output()
        let runner = LessonRunner(
            catalog: LessonRulesTests.catalog, store: nil, language: language,
            options: SessionOptions(style: Style(color: false, unicode: true))
        ) { output.text += $0 }
        #expect(runner.start("softmax", atStep: step))
        return (runner, output)
    }

    static func notYet(_ language: Language) -> String { language == .en ? "Not yet" : "还不对" }

    @Test("the loss of a cat only, -log(p[0]), is refused: the label must be y; then the general loss passes",
          arguments: Language.allCases)
    func catOnly(language: Language) {
        let (runner, output) = Self.runner(at: "ce", language)
        runner.handle("ce = -log(p[0])")
        #expect(runner.currentStep?.id == "ce", "\(output.text)")
        #expect(output.text.contains(Self.notYet(language)), "\(output.text)")
        runner.handle("ce = -sum(y*log(p))")
        #expect(runner.currentStep?.id == "grad-predict", "\(output.text)")
    }

    @Test("d(ce)/dz read back with grad(...) is not a derivation; a wrong class's gradient of 0 is wrong",
          arguments: Language.allCases)
    func derivationTraps(language: Language) {
        let (runner, output) = Self.runner(at: "grad-predict", language)
        runner.handle("0")
        #expect(runner.currentStep?.id == "grad-predict", "\(output.text)")
        runner.handle("0.2424")
        #expect(runner.currentStep?.id == "derive", "\(output.text)")
        output.text = ""
        runner.handle("dz = grad(ce, z)")
        #expect(runner.currentStep?.id == "derive", "\(output.text)")
        #expect(output.text.contains("grad(...)"), "\(output.text)")
        runner.handle("dz = y - p")
        #expect(runner.currentStep?.id == "derive", "\(output.text)")
        runner.handle("dz = p - y")
        #expect(runner.currentStep?.id == "engine", "\(output.text)")
    }

    @Test("the shifted softmax's log(0) is inf and fails; the loss without log-sum-exp depends on m; the textbook -z_k + logsumexp passes")
    func logOfZero() {
        let (runner, output) = Self.runner(at: "lse", .en)
        runner.handle("ceb = -sum(yb*log(ps))")
        #expect(runner.currentStep?.id == "lse", "\(output.text)")
        #expect(output.text.contains("Not yet: ceb is inf, but 1000 is wanted"), "\(output.text)")
        runner.handle("ceb = -sum(yb*(zb - m))")
        #expect(runner.currentStep?.id == "lse", "\(output.text)")
        #expect(output.text.contains("the gradient of ceb with respect to m is 1, but 0 is wanted"), "\(output.text)")
        runner.handle("ceb = -sum(yb*(zb - m)) + log(sum(exp(zb - m)))")
        #expect(runner.currentStep?.id == "dl-da", "\(output.text)")
    }

    @Test("d(bce)/da as -1/a, right for t = 1 only, is refused with the label it fails at", arguments: Language.allCases)
    func labelOneOnly(language: Language) {
        let (runner, output) = Self.runner(at: "dl-da", language)
        runner.handle("dLda = -1/a")
        #expect(runner.currentStep?.id == "dl-da", "\(output.text)")
        #expect(output.text.contains("t = "), "\(output.text)")
        runner.handle("dLda = (a - t)/(a*(1 - a))")
        #expect(runner.currentStep?.id == "da-ds", "\(output.text)")
    }
}
