@testable import Views
import TextKit
import Testing

@testable import Tutor

/// What `:train` and `:step` advise: which names to give, and a warning
/// when the loss grew.
@Suite("Training advice")
struct TrainingAdviceTests {
    func run(_ lines: [String]) -> String {
        var output = ""
        let session = Session(options: SessionOptions()) { output += $0 }
        for (index, line) in lines.enumerated() { session.handle(line, lineNumber: index + 1) }
        return output
    }

    let regression = ["x = [[1], [2], [3]]", "y = [[2], [4], [6]]", "w = [[0.5]]", "b = 0", "loss = mean((x @ w + b - y)^2)"]

    @Test("one parameter, the loss computed from it: no names suggested, neither w nor the loss")
    func singleParameter() {
        let text = run(["a = 2", "b = a*a", ":train b 5 2"])
        #expect(text.contains("updating a"))
        #expect(text.contains("(without names, the parameters move: a; to choose, name them: :train b 5 2 a)"), "\(text)")
        #expect(!text.contains(":train b 5 2 w"), "\(text)")
        #expect(!text.contains(":train b 5 2 b"), "\(text)")
    }

    @Test("the note names the parameters that move and the data that stays: x, y, x1 by their names")
    func suggestionFromRealNames() {
        let train = run(regression + [":train loss 3 0.01"])
        #expect(train.contains("the parameters move: b, w; the data x, y stays as it is; to choose, name them: :train loss 3 0.01 b w)"), "\(train)")
        let step = run(["x1 = 3", "u = 2", "v = -1", "L = (u*x1 + v)^2", ":step 0.01"])
        #expect(step.contains("the parameters move: u, v; the data x1 stays as it is; to choose, name them: :step 0.01 u v)"), "\(step)")
    }

    @Test("the names that read as data, and those that do not")
    func dataNames() {
        for name in ["x", "y", "X", "Y", "xs", "ys", "x1", "y2", "x_train", "y_val", "X_test"] {
            #expect(Session.isData(name), "\(name)")
        }
        for name in ["w", "b", "w1", "xw", "yes", "x1a", "a", "W", "bias", "y1_"] where name != "y1_" {
            #expect(!Session.isData(name), "\(name)")
        }
    }

    @Test("when no name reads as data, every parameter moves, and the note says which, once")
    func noGuess() {
        let text = run(["p = 2", "q = 3", "L = (p*q - 1)^2", ":train L 2 0.001", ":train L 2 0.001"])
        let note = "(without names, the parameters move: p, q; to choose, name them: :train L 2 0.001 p q)"
        #expect(text.components(separatedBy: note).count == 2, "\(text)")
    }

    @Test("a loss that grew gets a warning and a smaller learning rate")
    func grewWarning() {
        let text = run(["a = 2", "b = a*a", ":train b 5 2"])
        #expect(text.contains("b 4 → 236196 in 5 steps"))
        #expect(text.contains("warning: b grew from 4 to 236196; the learning rate 2 is likely too large"), "\(text)")
        #expect(text.contains("hint: the steps overshoot; try a smaller learning rate, such as 0.2"), "\(text)")
    }

    @Test("a loss that shrank gets no warning")
    func noWarningWhenLearning() {
        let text = run(regression + [":train loss 50 0.05 w b"])
        #expect(!text.contains("warning"), "\(text)")
        #expect(!text.contains("overshoot"), "\(text)")
    }
}
