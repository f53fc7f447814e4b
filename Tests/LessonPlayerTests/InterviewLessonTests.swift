import Testing

/// Lessons 2 to 4 (interview questions 2.1, 2.2 and 2.3) played in-process
/// with typed answers in both languages: every task answered as a
/// learner would type it, every number computed at the prompt first, and the
/// tutor's own output checked for the facts each lesson states.
@Suite("Interview lessons")
struct InterviewLessonTests {
    static let plays = [
        LessonPlay(id: "neural-network", steps: 16, answers: [
            "",
            "o = tanh(w1*x1 + w2*x2 + b)",
            "1 - o**2", "x1*(1 - o^2)", "2", // slope, do/dw1 (expressions of names), why do/dw2 = 0
            "",
            "2",                        // dL/dw[0,1], predicted before the layer's table
            "",
            "transpose(x) @ (1 - h^2)",
            "dw2 = transpose(x) @ (2*h*(1 - h^2))", // the general δ
            "",
            "W = u @ v", "x @ W", "(x @ u) @ v",
            "3",
            "",
            "a parameterised function of layers of weighted sums and nonlinear activations", "all",
            "",
        ], shows: [
            "o = 0.7071",
            "  w2                 leaf   1        0",
            "  w1                 leaf  -3        1",
            "transpose(x) @ (1 - h^2) = [[1  , 2],",
            "dw2 = [[1.4142, 0],",
            "x @ W = [[3.5]]",
            "(x @ u) @ v = [[3.5]]",
        ]),
        LessonPlay(id: "backpropagation", steps: 20, answers: [
            "",
            "-2", "-2", "6", "-4",      // dL/dd, dL/de, dL/da, dL/db by hand
            "grad(relu(a - b) + b, b)", // the max routes: 0
            "",
            "a",                        // still 2 after the backward pass
            "-12",                      // dr/da predicted
            "r = e*a",
            "3",                        // why reverse topological order
            "grad(L + L, a)",           // the zero_grad bug: 12
            "", "",
            "a_new = a - 0.01*grad(L, a)",
            ":step 0.01",
            "a",                        // 1.94 only after the update
            "2",
            "it computes every gradient by the chain rule; gradient descent then updates", "all",
            "",
        ], shows: [
            "  a.grad = 0 + -2 * b = 0 + -2 * -3 = 6  (de/da = b)",
            "  b.grad = 0 + -2 * a = 0 + -2 * 2 = -4  (de/db = a)",
            "  a     leaf     2   -12",
            "✓ all 6 gradients agree with the finite differences",
            "grad(L + L, a) = 12",
            "a_new = 1.94",
            "L -8 → -8.7263 after one step",
            "a = 1.94",
        ]),
        LessonPlay(id: "initialization", steps: 20, answers: [
            "",
            "1",
            "",
            "3",
            ":train loss 3000 2 w1 b1 w2 b2",
            "h = tanh(x @ w)",
            "0.004577",
            "",
            "h = tanh(x @ (r * sqrt(1/100)))",
            "slope = mean(1 - h^2)",
            "wu = (u - 0.5) * sqrt(12/100)",
            "slope_u = mean(1 - tanh(x @ wu)^2)",
            "0.001",
            "",
            "2",
            "",
            "0.4593",
            "sqrt(0.5)^5",
            "",
            "1",
            "",
            "(my answer)",
            "all",
        ], shows: [
            "loss 0.3087 → 0.0004492 in 3000 steps",
            "w1 = [[5.3461, 5.3461, 5.3461, 5.3461],",
            "slope = 0.6377",
            "slope_u = 0.6366",
        ]),
    ]

    @Test("lessons 2 to 4 play from start to end with typed answers", arguments: plays, ["en", "zh"])
    func play(_ lesson: LessonPlay, _ language: String) throws {
        try lesson.expectPlaysThrough(in: language)
    }

    @Test("lessons check passes on lessons 2 to 4 in both languages", arguments: ["02-neural-network", "03-backpropagation", "04-initialization"])
    func check(_ name: String) throws {
        try LessonPlay.expectCheckPasses(name)
    }
}
