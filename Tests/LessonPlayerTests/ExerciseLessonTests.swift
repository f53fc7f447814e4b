import Testing

/// Lessons 5 to 7 (interview question 2.4 and exercises 3.1 and 3.2) played
/// in-process with typed answers in both languages, training
/// included: every task answered as a learner would type it, every number
/// computed at the prompt first, and the tutor's own output checked for the
/// numbers each lesson's text states.
@Suite("Exercise lessons")
struct ExerciseLessonTests {
    static let plays = [
        LessonPlay(id: "fitting", steps: 18, answers: [
            "",
            "",
            "val_loss = mean((y_val - (x_val @ w + b))^2)",
            "2",
            "",
            "0",
            ":train loss4 2950 0.5 w4 b4",
            "1.39",
            "2",
            "",
            "",
            "reg = loss4 + 0.01 * sum(w4 * w4)",
            ":train reg 1000 0.5 w4 b4",
            "0.215",
            "",
            "4",
            "",
            "(my answer)",
            "all",
        ], shows: [
            "val_loss = 1.5625",
            "val_loss2 = 0.08184",
            "test_loss4 = 579025.7772",
        ]),
        LessonPlay(id: "linear-regression", steps: 23, answers: [
            "", "",
            "y_train - x_train @ rand(1)", "2",   // the [5, 5] broadcast
            "2",                                  // NameError
            "g = grad(loss, w)",
            "dpred_dw = transpose(x_train)",
            "2", "",                              // the seed's step goes uphill, shown
            "dw_seed = transpose(x_train) @ (-2 * (y_train - pred))",
            "sum(dw_seed / g)",                   // the ratio, 5
            "dw = transpose(x_train) @ (-2 * (y_train - pred) / 5)",
            "sum(x_train * y_train) / sum(x_train^2)",   // predicted 130/55
            ":train loss 100 0.05 w",
            "",                                   // the bias
            "db = sum(-2 * (y_train - pred) / 5)",
            ":train loss 1000 0.05 w b",
            "",                                   // the curvature
            "2 / lam",                            // the divergence limit
            ":train loss 200 0.08 w b",
            "w_ls = sum((x_train - mean(x_train)) * (y_train - mean(y_train))) / sum((x_train - mean(x_train))^2)",
            "mean(y_train) - 4 * mean(x_train)",
            "test_loss = mean((y_test - (x_test @ w + b))^2)",
            "",
        ], shows: [
            "loss = 44.8697",
            "g = [[-39.5356]]",
            "dpred_dw = [[1, 2, 3, 4, 5]]",
            "loss_seed = 51.0476",
            "dw_seed = [[-197.6782]]",
            "dw = [[-39.5356]]",
            "loss 44.8697 → 9.3455 in 100 steps",
            "db = 2.1818",
            "loss 9.3455 → 2.8 in 1000 steps",
            "lam = 23.6619",
            "1 / lam = 0.04226",
            "1 - 0.05 * lam = -0.1831",
            "loss 44.8697 → 2.8001 in 200 steps",
            "w_ls = 4",
            "test_loss = 827.8",
        ]),
        LessonPlay(id: "mlp", steps: 20, answers: [
            "", "",
            "dloss_dz2 = a2 - y",
            "g2 = grad(loss, z2)",
            "2",                                  // a2 - y belongs to the cross-entropy
            "bce = -sum(y*log(a2) + (1-y)*log(1-a2))",
            "",                                   // the differences
            "dz2 = 2/4 * (a2 - y) * a2 * (1 - a2)",
            "",                                   // the ratio, 9 to 13
            "dw2 = transpose(a1) @ dz2",
            "", "",                               // the rest of the chain; the missing train
            "0 - 2 * 0.07882",                    // predicted b2
            "loss", ":step 2 w1 b1 w2 b2",        // :step on loss, made the last result
            ":train loss 3000 2 w1 b1 w2 b2",
            "2",                                  // why cross-entropy
            ":train ce 500 2 w1c b1c w2c b2c",
            "0 * log(sigmoid(-800))",
            "",                                   // the guard
            "check hand-written gradients against autograd; a2 - y is the cross-entropy gradient", "all",
        ], shows: [
            "loss = 0.3087",
            "dloss_dz2 = [[ 0.8073],",
            "g2 = [[ 0.0628 ],",
            "bce = 3.3522",
            "grad(bce, z2) - (a2 - y) = [[1.1102e-16],",
            "dz2 = [[ 0.0628 ],",
            "dloss_dz2 / dz2 = [[12.8558],",
            "grad(loss, b2) - db2 = [[0]]",
            "loss 0.3087 → 0.2886 after one step",
            "loss 0.2886 → 0.0004491 in 3000 steps",
            "ce 0.838 → 0.01163 in 500 steps",
            "0 * log(sigmoid(-800)) = NaN",
            "1 - sigmoid(37) = 0",
        ]),
    ]

    @Test("lessons 5 to 7 play from start to end with typed answers", arguments: plays, ["en", "zh"])
    func play(_ lesson: LessonPlay, _ language: String) throws {
        try lesson.expectPlaysThrough(in: language)
    }

    @Test("lessons check passes on lessons 5 to 7 in both languages", arguments: ["05-fitting", "06-linear-regression", "07-mlp"])
    func check(_ name: String) throws {
        try LessonPlay.expectCheckPasses(name)
    }
}
