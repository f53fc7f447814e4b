@testable import Views
import TextKit
import Testing

@testable import Tutor

/// `:step`, `:train`, `grad(...)`, the loss plot and the array table, by
/// their numbers. (Whole sessions are in Transcripts/training.mg and arrays.mg.)
@Suite("Training")
struct TrainingTests {
    /// A session fed `lines`, and everything it printed.
    func run(_ lines: [String], options: SessionOptions = SessionOptions(), stop: (() -> Bool)? = nil)
        -> (Session, String)
    {
        var output = ""
        let session = Session(options: options) { output += $0 }
        if let stop { session.shouldStop = stop }
        for (index, line) in lines.enumerated() {
            session.handle(line, lineNumber: index + 1)
        }
        return (session, output)
    }

    func number(_ session: Session, _ name: String) -> Double {
        guard let value = session.workspace.value(named: name) else { return .nan }
        return session.workspace.tape.data(value.nodes[0])
    }

    /// loss = mean((x w + b - y)^2) over x = 1, 2, 3, y = 2x, from w = 0.5, b = 0:
    /// residuals r = (0.5x - 2x) = -1.5x, dL/dw = 2/3 Σ r x = -1.5 * 2/3 * 14 = -14,
    /// dL/db = 2/3 Σ r = -1.5 * 2/3 * 6 = -6.
    let setup = ["x = [[1], [2], [3]]", "y = [[2], [4], [6]]", "w = [[0.5]]", "b = 0", "loss = mean((x @ w + b - y)^2)"]

    @Test("one :step moves each named parameter by -lr × gradient and refreshes the loss")
    func step() {
        let (session, output) = run(setup + [":step 0.1 w b"])
        #expect(abs(number(session, "w") - (0.5 + 1.4)) < 1e-12)
        #expect(abs(number(session, "b") - 0.6) < 1e-12)
        #expect(number(session, "x") == 1, "data named nowhere stays")
        // New loss: residuals 1.9x + 0.6 - 2x = 0.6 - 0.1x → 0.5, 0.4, 0.3.
        let expected = (0.25 + 0.16 + 0.09) / 3
        #expect(abs(number(session, "loss") - expected) < 1e-12)
        #expect(output.contains("loss 10.5 → 0.1667 after one step (learning rate 0.1; updated b, w)"))
        #expect(!output.contains("data included"))
    }

    @Test("without names the parameters move and the data stays; the first time says which is which")
    func stepDefault() {
        let (session, output) = run(setup + [":step 0.1", ":step 0.1"])
        #expect(number(session, "x") == 1, "data named x stays")
        #expect(number(session, "y") == 2)
        #expect(number(session, "w") != 0.5)
        #expect(output.contains("updated b, w)"))
        let note = "(without names, the parameters move: b, w; the data x, y stays as it is; to choose, name them: :step 0.1 b w)"
        #expect(output.components(separatedBy: note).count == 2, "said once: \(output)")
    }

    @Test("a loss of data alone is refused without names, and named data still trains")
    func onlyData() {
        let (_, refused) = run(["x = 2", "y = 3", "L = (x*y)^2", ":step 0.1"])
        #expect(refused.contains("L depends only on data (x, y), which :train and :step without names leave as it is"), "\(refused)")
        let (session, _) = run(["x = 2", "y = 3", "L = (x*y)^2", ":step 0.01 x"])
        #expect(number(session, "x") != 2)
        #expect(number(session, "y") == 3)
    }

    @Test(":train of n steps equals n :steps")
    func trainEqualsSteps() {
        let (trained, _) = run(setup + [":train loss 5 0.05 w b"])
        let (stepped, _) = run(setup + Array(repeating: ":step 0.05 w b", count: 5))
        #expect(number(trained, "w") == number(stepped, "w"))
        #expect(number(trained, "b") == number(stepped, "b"))
        #expect(number(trained, "loss") == number(stepped, "loss"))
    }

    @Test("Ctrl-C stops between steps, with the parameters of the last finished step")
    func interrupt() {
        var polls = 0
        let (session, output) = run(setup + [":train loss 1000 0.05 w b"]) {
            polls += 1
            return polls > 3
        }
        let (stepped, _) = run(setup + Array(repeating: ":step 0.05 w b", count: 3))
        #expect(number(session, "w") == number(stepped, "w"))
        #expect(number(session, "loss") == number(stepped, "loss"), "every graph was refreshed")
        #expect(output.contains("stopped by Ctrl-C after step 3 of 1000; the parameters are those of step 3"))
        #expect(output.contains("in 3 steps"))
    }

    @Test(":save after a :train stopped by Ctrl-C records the steps it took, so the replay ends where the session did")
    func interruptedTrainingIsSavedAsRun() {
        var polls = 0
        let (session, _) = run(setup + [":train loss 1000 0.05 w b"]) {
            polls += 1
            return polls > 3
        }
        #expect(session.savedInput.last == ":train loss 3 0.05 w b")
        let (replayed, _) = run(session.savedInput)
        #expect(number(replayed, "w") == number(session, "w"))
        // Stopped before its first step: nothing changed, nothing to replay.
        let (untouched, _) = run(setup + [":train loss 1000 0.05 w b"]) { true }
        #expect(untouched.savedInput == setup)
    }

    @Test("a loss that becomes infinite stops training and keeps the last finite parameters")
    func divergence() {
        let (session, output) = run(setup + [":train loss 1000 10 w b"])
        #expect(number(session, "loss").isFinite)
        #expect(number(session, "w").isFinite)
        #expect(output.contains("loss became inf; the parameters are those of step 75"), "\(output)")
        #expect(output.contains("hint: the steps overshoot; try a smaller learning rate, such as 1"))
    }

    @Test("at a terminal the progress line is rewritten with \\r and has timings; elsewhere neither")
    func progressLines() {
        var options = SessionOptions()
        options.progressLines = true
        let (_, terminal) = run(setup + [":train loss 20 0.05 w b"], options: options)
        #expect(terminal.contains("\r  step 20/20  loss "))
        #expect(terminal.contains("steps/s"))
        let (_, piped) = run(setup + [":train loss 20 0.05 w b"])
        #expect(!piped.contains("\r"))
        #expect(!piped.contains("steps/s"))
        #expect(piped.contains("  step 20  loss "))
    }

    @Test("grad(x) is of the last scalar result; a statement that asks for gradients does not replace it")
    func gradOfLastResult() {
        let (session, output) = run(setup + ["g = grad(w)", "e = sum(grad(b) + w)", "gb = grad(b)"])
        #expect(number(session, "g") == -14)
        #expect(number(session, "gb") == -6)
        #expect(output.contains("g = [[-14]]"))
    }

    @Test("the loss plot: braille, or * without Unicode, highest loss top left, lowest bottom right")
    func plot() {
        let losses = (0...100).map { 100 / Double($0 + 1) }
        let unicode = LossPlot(style: .plain, width: 80).render(losses).split(separator: "\n").map(String.init)
        // 100 to 0.99 spans just over two decades: a log scale, which says so.
        #expect(unicode.count == 11)
        #expect(unicode[10].hasSuffix("log scale: the loss spans 2 decades"))
        #expect(unicode[0].hasPrefix("  100      ┤⡇"), "labels aligned on the decimal point")
        #expect(unicode[7].hasPrefix("    0.9901 ┤"))
        #expect(unicode[7].last == "⣀")
        #expect(unicode[9].hasSuffix("100 steps"))
        let ascii = LossPlot(style: Style(color: false, unicode: false), width: 80).render(losses)
        #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII })
        let lines = ascii.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("  100      +*"))
        #expect(lines[7].hasSuffix("*"))
        // A flat curve sits in the middle.
        let flat = LossPlot(style: .plain, width: 80).render([1, 1, 1]).split(separator: "\n").map(String.init)
        #expect(flat[4] == "    │" + String(repeating: "⠉", count: 60), "\(flat)")
        #expect(flat[1...7].filter { $0.contains("⠉") || $0.contains("⣀") }.count == 1, "one row holds the curve")
    }

    /// Four points: 32 nodes, more than the 25 a node table shows. Residuals
    /// r = -1.5x; dL/dw = 2/4 Σ r x = -22.5, dL/db = 2/4 Σ r = -7.5,
    /// dL/dy = -2/4 r, dL/dx = 2/4 r w.
    let fourPoints = [
        "x = [[1], [2], [3], [4]]", "y = [[2], [4], [6], [8]]", "w = [[0.5]]", "b = 0", "loss = mean((x @ w + b - y)^2)",
    ]

    @Test("a large graph of arrays shows one entry per name; a small one one row per node")
    func arrayTable() {
        let (_, output) = run(fourPoints)
        #expect(
            output.hasSuffix(
                """
                loss = 16.875
                  name  shape   op    data     grad
                  loss  scalar  /     16.875   1
                  b     scalar  leaf  0        -7.5
                  w     [1, 1]  leaf  [[0.5]]  [[-22.5]]
                  y     [4, 1]  leaf  [[2],    [[0.75],
                                       [4],     [1.5 ],
                                       [6],     [2.25],
                                       [8]]     [3   ]]
                  x     [4, 1]  leaf  [[1],    [[-0.375],
                                       [2],     [-0.75 ],
                                       [3],     [-1.125],
                                       [4]]     [-1.5  ]]
                  … a graph of 32 nodes, shown by the names in it; :nodes loss lists every node

                """))
        let (_, small) = run(["v = [1, 2]", "s = sum(v * v)"])
        #expect(small.contains("  v[1]       leaf     2     4\n"))
    }

    @Test("a narrow terminal puts the gradient under the data")
    func narrowTable() {
        var options = SessionOptions()
        options.width = 40
        let (_, output) = run(fourPoints, options: options)
        #expect(output.contains("  name  shape   op    data, grad below it\n"))
        #expect(output.contains("  w     [1, 1]  leaf  [[0.5]]\n                 grad [[-22.5]]\n"))
    }
}

/// Reliability report 1: an infinite loss, or losses spread wider than the
/// largest double, once trapped in the loss plot and lost the session.
@Suite("Training on the edge of the doubles")
struct TrainingEdgeTests {
    func run(_ lines: [String]) -> (Session, String) {
        final class Output: @unchecked Sendable { var text = "" }
        let output = Output()
        let session = Session(options: SessionOptions(style: Style(color: false, unicode: true))) { output.text += $0 }
        for (index, line) in lines.enumerated() { session.handle(line, lineNumber: index + 1) }
        return (session, output.text)
    }

    @Test("an infinite loss is refused before any step, and nothing moves")
    func infiniteLoss() {
        let (session, output) = run(["w = [1000, 1]", "loss = sum(exp(w))", ":train loss 2 0.1", ":step 0.1 w"])
        #expect(output.components(separatedBy: "error: loss is inf before any step, so its gradient cannot say which way is down").count == 3, "\(output)")
        #expect(output.contains("hint: start from parameters where the loss is finite"))
        guard case .array(let w) = session.workspace.value(named: "w") else { Issue.record("w is gone"); return }
        #expect(w.elements.map(session.workspace.tape.data) == [1000, 1])
    }

    @Test("the loss plot draws losses spread over more than the largest double, and leaves out infinities")
    func hugeSpread() {
        let plot = LossPlot(style: .plain, width: 80).render([1e308, 0, -1e308, .infinity])
        let lines = plot.split(separator: "\n").map(String.init)
        #expect(lines.count == 10, "\(plot)")
        #expect(lines[0].hasPrefix("   1e+308 ┤"), "\(lines[0])")
        #expect(LossPlot(style: .plain, width: 80).render([.nan]) == "")
    }
}
