@testable import Views
import TextKit
import Foundation
import Testing

@testable import Tutor

/// The `--json` contract (docs/json.md): results and errors as JSON Lines,
/// and nothing else on stdout, whatever commands the input uses.
@Suite("JSON mode")
struct JSONModeTests {
    /// Every line a `--json` session wrote for `lines`.
    func jsonLines(_ lines: [String], progressLines: Bool = false) -> [String] {
        var output = ""
        let session = Session(options: SessionOptions(json: true, progressLines: progressLines)) { output += $0 }
        for (index, line) in lines.enumerated() { session.handle(line, lineNumber: index + 1) }
        session.finish()
        return output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test("every command, the look-only ones too, writes JSON or nothing")
    func everyCommand() throws {
        let lines = [
            "a = 2", "b = -3", "c = a*b + tanh(a)",
            ":nodes", ":nodes c", ":graph", ":graph c all", ":explain", ":explain c a", ":explain a.grad",
            ":check", ":check c all", ":vars", ":help", ":help tanh", ":help :train", ":backward", ":backward c all", "",
            ":dot", ":dot c", ":seed 3", ":step 0.01", ":step 0.01 a",
            "w = [[0.5]]", "x = [[1], [2]]", "loss = mean((x @ w - 1)^2)", ":train loss 20 0.1", ":train loss 10 5 w",
            "c", ":reset", ":vars", "q = 1", ":lesson 1",
        ]
        let written = jsonLines(lines)
        #expect(written.count >= 8, "the results and the last error are there")
        for line in written {
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8))
            #expect(object is [String: Any], "not a JSON object: \(line)")
        }
        // The plain-text :nodes table once slipped in between two results.
        #expect(!written.contains { $0.contains("node") && $0.contains("op") && !$0.hasPrefix("{") })
        #expect(written.last?.hasPrefix("{\"error\"") == true, ":lesson in a plain session is an error, as JSON")
    }

    @Test("a progress line is text: none in JSON mode even when asked for")
    func noProgressLine() {
        let written = jsonLines(["w = 3", "loss = w*w", ":train loss 50 0.1"], progressLines: true)
        #expect(written.count == 2)
        #expect(written.allSatisfy { $0.hasPrefix("{") })
    }
}
