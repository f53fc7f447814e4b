import Testing

/// Lessons 5 to 7 (interview question 2.4 and exercises 3.1 and 3.2) played
/// in-process with typed answers in both languages, training
/// included: every task answered as a learner would type it, every number
/// computed at the prompt first, and the tutor's own output checked for the
/// numbers each lesson's text states.
@Suite("Exercise lessons")
struct ExerciseLessonTests {
    static let plays = [
        LessonPlay(id: "fitting", steps: 15, answers: [
            "", "",                     // the two losses; the line trained
            "test_loss = mean((y_test - (x_test @ w + b))^2)",
            "2",                        // under-fitting
            "",                         // the parabola trained
            "test_loss2 = mean((y_test - (X2_test @ w2 + b2))^2)",
            "",                         // the degree-4 polynomial trained on noisy data
            "test_loss4 = mean((y_test - (X4_test @ w4 + b4))^2)",
            "2",                        // over-fitting
            "reg = loss4 + 0.01 * sum(w4 * w4)",
            ":train reg 2000 0.5 w4 b4", "w4",
            "test_loss4", "115272",
            "4",                        // more data does not cure under-fitting
            "",
            "under-fitting: high training and validation loss; over-fitting: low training, high validation loss", "all",
        ], shows: [
            "loss 70.8 → 2.8 in 1000 steps",
            "test_loss = 827.8",
            "loss2 70.8 → ",
            "test_loss4 = 579200.9653",
            "reg = 2.2222",
            "w4 = [[6.9483],",
            "test_loss4 = 115272.0769",
        ]),
        LessonPlay(id: "linear-regression", steps: 16, answers: [
            "", "",
            "y_train - x_train @ rand(1)", "2",   // the [5, 5] broadcast
            "2",                                  // NameError
            "g = grad(loss, w)",
            "dpred_dw = transpose(x_train)",
            "dw_seed = transpose(x_train) @ (-2 * (y_train - pred))",
            "dw_seed / g", "5",
            "dw = transpose(x_train) @ (-2 * (y_train - pred) / 5)",
            "",                                   // the bias
            "db = sum(-2 * (y_train - pred) / 5)",
            ":train loss 1000 0.05 w b", "w",
            "w_ls = sum((x_train - mean(x_train)) * (y_train - mean(y_train))) / sum((x_train - mean(x_train))^2)",
            "mean(y_train) - 4 * mean(x_train)", "-6",
            "test_loss = mean((y_test - (x_test @ w + b))^2)",
            "",
        ], shows: [
            "loss = 44.8697",
            "g = [[-39.5356]]",
            "dpred_dw = [[1, 2, 3, 4, 5]]",
            "dw_seed / g = [[5]]",
            "dw = [[-39.5356]]",
            "db = -8.6006",
            "loss 44.8697 → 2.8 in 1000 steps",
            "w = [[4]]",
            "w_ls = 4",
            "mean(y_train) - 4 * mean(x_train) = -6",
            "test_loss = 827.8",
        ]),
        LessonPlay(id: "mlp", steps: 14, answers: [
            "", "",
            "dloss_dz2 = a2 - y",
            "g2 = grad(loss, z2)",
            "2",                                  // a2 - y belongs to the cross-entropy
            "dz2 = 2/4 * (a2 - y) * a2 * (1 - a2)",
            "dw2 = transpose(a1) @ dz2",
            "", "",                               // the rest of the chain; the missing train
            ":step 2 w1 b1 w2 b2", "b2",
            ":train loss 3000 2 w1 b1 w2 b2", "a2",
            "2",                                  // why cross-entropy
            "0 * log(sigmoid(-800))",
            "check hand-written gradients against autograd; a2 - y is the cross-entropy gradient", "all",
        ], shows: [
            "loss = 0.3087",
            "dloss_dz2 = [[ 0.8073],",
            "g2 = [[ 0.0628 ],",
            "dz2 = [[ 0.0628 ],",
            "grad(loss, b2) - db2 = [[0]]",
            "loss 0.3087 → 0.2886 after one step",
            "b2 = [[-0.1576]]",
            "a2 = [[0.01274],",
            "0 * log(sigmoid(-800)) = NaN",
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
