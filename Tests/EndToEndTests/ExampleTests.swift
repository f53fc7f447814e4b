import Foundation
import TerminalTesting
import Testing

/// The seed's two exercises, `examples/*.mg`, run through the binary as a
/// learner or an instructor would, and checked by their numbers.
@Suite("Examples and training through the binary")
struct ExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func example(_ name: String) -> String {
        root.appendingPathComponent("examples/\(name)").path
    }

    /// The JSON results of a run, by their input text (the last one wins).
    static func results(_ arguments: [String]) throws -> [String: [String: Any]] {
        let result = try Binary.run(arguments)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        var byInput: [String: [String: Any]] = [:]
        for line in result.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["error"] == nil, "\(line)")
            if let input = object["input"] as? String { byInput[input] = object }
        }
        return byInput
    }

    /// Every number of a JSON value (a number or nested lists), row by row.
    static func numbers(_ value: Any?) -> [Double] {
        if let number = value as? Double { return [number] }
        if let list = value as? [Any] { return list.flatMap(numbers) }
        return []
    }

    static func value(_ results: [String: [String: Any]], _ input: String) throws -> [Double] {
        let object = try #require(results[input], "no result for \(input)")
        return numbers(object["value"])
    }

    @Test("linear regression reaches the least-squares line w = 4, b = -6, and underfits the test data")
    func linearRegression() throws {
        let results = try ExampleTests.results(["run", "--json", ExampleTests.example("linear_regression.mg")])
        // Closed form for x = 1..5, y = (x-1)^2: w = Sxy/Sxx = 40/10, b = 6 - 4*3.
        let w = try ExampleTests.value(results, "w")
        let b = try ExampleTests.value(results, "b")
        #expect(w.count == 1 && abs(w[0] - 4) < 1e-3, "w = \(w)")
        #expect(b.count == 1 && abs(b[0] - (-6)) < 1e-3, "b = \(b)")
        // Residuals 2, -1, -2, -1, 2: mean square 14/5.
        let loss = try ExampleTests.value(results, "loss")
        #expect(abs(loss[0] - 2.8) < 1e-3)
        // Test predictions 18, 22, ..., 34 against 25, 36, ..., 81: squares sum 4139.
        let testLoss = try ExampleTests.value(results, "test_loss = mean((y_test - test_pred)^2)")
        #expect(abs(testLoss[0] - 827.8) < 1e-2)
        #expect(testLoss[0] > 100 * loss[0], "a line underfits the parabola")
        // The seed's w of shape [1] broadcasts to a [5, 5] matrix.
        let broadcast = try #require(results["y_train - x_train @ rand(1)"])
        #expect(broadcast["shape"] as? [Int] == [5, 5])
        // The chain rule by hand agrees with the engine.
        for input in ["grad(loss, w) - dloss_dw", "grad(loss, b) - sum(dloss_dpred)"] {
            let difference = try ExampleTests.value(results, input)
            #expect(difference.allSatisfy { abs($0) < 1e-12 }, "\(input) = \(difference)")
        }
        // The data is not trained: it is still the seed's.
        #expect(try ExampleTests.value(results, "test_pred = x_test @ w + b").map { ($0 * 1000).rounded() / 1000 } == [18, 22, 26, 30, 34])
    }

    @Test("the MLP learns XOR; the seed's dloss_dz2 = a2 - y is wrong for MSE, the corrected formula agrees")
    func mlp() throws {
        let results = try ExampleTests.results(["run", "--json", ExampleTests.example("mlp.mg")])
        let predictions = try ExampleTests.value(results, "a2")
        #expect(predictions.count == 4)
        #expect(predictions.map { $0.rounded() } == [0, 1, 1, 0], "100% accuracy: \(predictions)")
        #expect(try ExampleTests.value(results, "loss")[0] < 0.01)

        // The seed's formulas differ from the engine's gradients...
        for input in ["grad(loss, w2) - dloss_dw2", "grad(loss, w1) - dloss_dw1"] {
            let difference = try ExampleTests.value(results, input)
            #expect(difference.contains { abs($0) > 1e-3 }, "\(input) = \(difference)")
        }
        // ...and a2 - y is not d loss/d z2.
        let seeds = try ExampleTests.value(results, "dloss_dz2 = a2 - y")
        let engine = try ExampleTests.value(results, "grad(loss, z2)")
        #expect(zip(seeds, engine).allSatisfy { abs($0 - $1) > 1e-3 })
        // The corrected chain agrees to rounding, for every parameter.
        for input in [
            "grad(loss, z2) - dz2", "grad(loss, w2) - dw2", "grad(loss, b2) - db2", "grad(loss, w1) - dw1",
            "grad(loss, b1) - db1",
        ] {
            let difference = try ExampleTests.value(results, input)
            #expect(!difference.isEmpty && difference.allSatisfy { abs($0) < 1e-12 }, "\(input) = \(difference)")
        }
        // The corrected dz2 equals the engine's d loss/d z2 computed from scratch: 2/4 (a2 - y) a2 (1 - a2).
        #expect(engine.count == 4)
    }

    @Test("run prints the training, its loss plot, and exits 0")
    func transcript() throws {
        let result = try Binary.run(["run", ExampleTests.example("mlp.mg")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("training loss for 3000 steps at learning rate 2, updating b1, b2, w1, w2"))
        #expect(result.stdout.contains("  step 3000  loss "))
        #expect(result.stdout.contains("└" + String(repeating: "─", count: 60)))
        #expect(result.stdout.contains("0                                                       3000 steps"))
        #expect(!result.stdout.contains("\r"), "no progress line rewriting into a pipe")
        #expect(!result.stdout.contains("steps/s"), "no timings outside a terminal")
    }

    @Test("--json: an array result is nested lists with its shape; grad of an array name has its shape")
    func jsonArrays() throws {
        let results = try ExampleTests.results([
            "--json", "-e", "w = [[1, 2, 3], [4, 5, 6]]; v = [1, -1]; s = sum(transpose(w) @ v)",
        ])
        let w = try #require(results["w = [[1, 2, 3], [4, 5, 6]]"])
        #expect(w["shape"] as? [Int] == [2, 3])
        #expect((w["value"] as? [[Double]]) == [[1, 2, 3], [4, 5, 6]])
        let s = try #require(results["s = sum(transpose(w) @ v)"])
        #expect(ExampleTests.numbers(s["value"]) == [-9])
        let grad = try #require(s["grad"] as? [String: Any])
        // s = sum_j (w[0,j] - w[1,j]): d s/d w is 1 in row 0, -1 in row 1; d s/d v[i] is the row sum of w.
        #expect((grad["w"] as? [[Double]]) == [[1, 1, 1], [-1, -1, -1]])
        #expect((grad["v"] as? [Double]) == [6, 15])
    }

    @Test("Ctrl-C during :train at a terminal stops after a finished step and returns to the prompt")
    func interruptTraining() throws {
        let home = Binary.temporaryFolder()
        let terminal = try PseudoTerminal(
            executable: Binary.url.path, arguments: [],
            environment: [
                "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
            ])
        defer { terminal.close() }
        try terminal.read(until: ">>> ")
        try terminal.waitForRawMode()
        terminal.send("a = 3; loss = a * a\r")
        try terminal.read(until: ">>> ")
        try terminal.waitForRawMode()
        // Tiny steps, many of them: it runs until stopped.
        terminal.send(":train loss 100000000 1e-12\r")
        try terminal.read(until: "steps/s", timeout: 10)
        terminal.send("\u{3}")
        let stopped = try terminal.read(until: ">>> ", timeout: 10)
        #expect(stopped.contains("stopped by Ctrl-C after step"))
        #expect(stopped.contains("the parameters are those of step"))
        try terminal.waitForRawMode()
        // The session is intact: the parameter moved a little, loss was refreshed.
        terminal.send("loss - a * a\r")
        let check = try terminal.read(until: ">>> ")
        #expect(check.contains("loss - a * a = 0"))
        try terminal.waitForRawMode()
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit(timeout: 10) == 0)
    }
}
