import Lessons
import Testing
import TextKit

/// Lesson 12 (issue 15: forward versus reverse mode, and the order of the
/// backward pass) played in-process with typed answers in both languages:
/// forward mode carried by hand with respect to `a` and then `b`, checked
/// against the engine's `grad`; the four operations put in backward order
/// one place at a time, with the partial gradients of a wrong order; the
/// passes counted for 1,000 weights and for three outputs; each number the
/// lesson's text states checked in the tutor's own output.
@Suite("Reverse-mode lesson")
struct ReverseModeLessonTests {
    static let play = LessonPlay(id: "reverse-mode", steps: 24, answers: [
        "",
        "1*b + a*0",                // de/da by the product rule, as an expression of names
        "-3",
        "-3*e + d*(-3)",            // df/da: both terms of the product rule
        "21",
        "",                         // grad(e, a) ... grad(L, a)
        "te = a", "td = te", "tf = td*e + d*te", "tL = tf + td",  // the second pass, with respect to b
        "",
        "3",                        // L first
        "2",                        // f second
        "1",                        // what c would get if d went second
        "2",                        // d third
        "-2*b",                     // what a would get if e went third
        "-2 + -5",                  // e's complete gradient
        "",                         // :backward L all
        "3", "1000", "1",           // passes counted
        "loss = sum(x*w)",
        "",                         // :backward loss, first step
        "3",                        // backward passes for three outputs
        "",
        "2",                        // the Jacobian: forward a column, reverse a row
        "reverse mode gives the whole gradient of the loss in one pass; forward needs one per weight", "1 2",
    ], shows: [
        "grad(e, a) = -3",
        "grad(f, a) = 24",
        "grad(L, a) = 21",
        "tL = -14",
        // The partial gradients of the traps, then the complete ones.
        "  d.grad = 0 + 1 * 1 = 1  (dL/dd = 1)",
        "  d.grad = 1 + 1 * e = 1 + 1 * -6 = -5  (df/dd = e)",
        "  e.grad = 0 + 1 * d = 0 + 1 * -2 = -2  (df/de = d)",
        "  e.grad = -2 + -5 * 1 = -7  (dd/de = 1)",
        "  c.grad = 0 + -5 * 1 = -5  (dd/dc = 1)",
        "  a.grad = 0 + -7 * b = 0 + -7 * -3 = 21  (de/da = b)",
        "  b.grad = 0 + -7 * a = 0 + -7 * 2 = -14  (de/db = a)",
        // The tape's order, as the table lists it.
        "  L     +       10     1\n  f     *       12     1\n  d     +       -2    -5\n  e     *       -6    -7",
        "grad(ys[0], t) = 1",
        "grad(ys[1], t) = 4",
        "grad(ys[2], t) = 12",
    ])

    @Test("lesson 12 plays from start to end with typed answers", arguments: ["en", "zh"])
    func play(_ language: String) throws {
        try Self.play.expectPlaysThrough(in: language)
    }

    @Test("the counts the lesson quotes: 4 backward steps, 3999 nodes and 1999 steps for 1,000 weights",
          arguments: [
            ("en", ["step 1 of 4: L = f + d, grad 1", "a graph of 3999 nodes", "step 1 of 1999:", "Stopped after 1 of 1999 steps"]),
            ("zh", ["第 1 步（共 4 步）：L = f + d，梯度 1", "计算图共 3999 个节点", "第 1 步（共 1999 步）", "在第 1 步停下（共 1999 步）"]),
          ])
    func counts(_ language: String, _ lines: [String]) throws {
        let (runner, output) = LessonRulesTests.runner(try #require(Language(rawValue: language)))
        #expect(runner.start("reverse-mode", atStep: "tape-order"))
        for answer in ["", "3", "1000", "1", "loss = sum(w*x)"] {
            runner.handle(answer)
        }
        #expect(runner.currentStep?.id == "layer-steps", "\(output.text)")
        for line in lines {
            #expect(output.text.contains(line), "\(line)\n\(output.text)")
        }
    }

    @Test("lessons check passes on lesson 12 in both languages")
    func check() throws {
        try LessonPlay.expectCheckPasses("12-reverse-mode")
    }

    @Test("the order's traps: d right after L, e right after f, and the partial gradient as the answer", arguments: Language.allCases)
    func orderTraps(language: Language) {
        let (runner, output) = LessonRulesTests.runner(language)
        #expect(runner.start("reverse-mode", atStep: "order-2"))
        runner.handle("1")          // d, which has had only L's share
        #expect(runner.currentStep?.id == "order-2", "\(output.text)")
        runner.handle("2")
        #expect(runner.currentStep?.id == "partial-d")
        runner.handle("-5")         // d's complete gradient, not what c would get in that order
        #expect(runner.currentStep?.id == "partial-d", "\(output.text)")
        runner.handle("1")
        #expect(runner.currentStep?.id == "order-3")
        runner.handle("1")          // e, still waiting for d
        #expect(runner.currentStep?.id == "order-3", "\(output.text)")
        runner.handle("2")
        #expect(runner.currentStep?.id == "partial-e")
        runner.handle("21")         // the right gradient of a, not the partial one
        #expect(runner.currentStep?.id == "partial-e", "\(output.text)")
        runner.handle("-2*b")
        #expect(runner.currentStep?.id == "order-4", "\(output.text)")
    }

    @Test("forward mode's traps: multiplying the two derivatives, and the second pass seeded with a's", arguments: Language.allCases)
    func forwardTraps(language: Language) {
        let (runner, output) = LessonRulesTests.runner(language)
        #expect(runner.start("reverse-mode", atStep: "fwd-f"))
        runner.handle("(-3)*(-3)")  // 9: one term of the product rule is lost
        #expect(runner.currentStep?.id == "fwd-f", "\(output.text)")
        runner.handle("24")
        #expect(runner.currentStep?.id == "fwd-l")
        runner.handle(":skip")
        runner.handle("")           // past the run step
        #expect(runner.currentStep?.id == "fwd-b", "\(output.text)")
        output.text = ""
        // de/db written as de/da (b in place of a): the pass then gives dL/da = 21.
        runner.handle("te = b; td = te; tf = td*e + d*te; tL = tf + td")
        #expect(runner.currentStep?.id == "fwd-b", "\(output.text)")
        #expect(output.text.contains(language == .en ? "Not yet" : "还不对"), "\(output.text)")
        runner.handle(":retry")
        runner.handle("te = a; td = te; tf = td*e + d*te; tL = tf + td")
        #expect(runner.currentStep?.id == "reverse", "\(output.text)")
    }
}
