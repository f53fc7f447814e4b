@testable import Views
import TextKit
import Foundation
import Testing

@testable import Tutor

/// The `--json` contract (docs/json.md): results, errors, warnings and one
/// object per command that says something, as JSON Lines, and nothing else
/// on stdout, whatever commands the input uses.
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
        #expect(written.count == 3)
        #expect(written.allSatisfy { $0.hasPrefix("{") })
        #expect(written.last?.hasPrefix("{\"command\": \"train\", \"input\": \":train loss 50 0.1\", \"loss\": \"loss\", \"steps\": 50,") == true)
        #expect(written.last?.contains("\\r") == false)
    }

    /// The object of one command, parsed.
    func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test(":check, :explain, :graph and :train write their numbers, other commands their words")
    func commandObjects() throws {
        let written = jsonLines([
            "a = 2", "b = -3", "c = a*b", ":check c", ":explain c", ":graph c", ":seed 3", ":backward c",
            "w = 1", "loss = (w - 3)^2", ":train loss 2 0.25 w",
        ])
        let commands = try written.map(object).filter { $0["command"] != nil }
        #expect(commands.map { $0["command"] as? String } == ["check", "explain", "graph", "seed", "backward", "train"])
        let check = try #require(commands[0]["nodes"] as? [[String: Any]])
        #expect(check.map { $0["label"] as? String } == ["b", "a"])
        #expect(check.map { $0["autograd"] as? Double } == [2, -3])
        #expect(check.allSatisfy { $0["verdict"] as? String == "agrees" })
        #expect(commands[0]["passed"] as? Bool == true)
        let steps = try #require(commands[1]["steps"] as? [[String: Any]])
        #expect(steps.map { $0["derivative"] as? String } == ["dc/dc", "dc/db", "dc/da"])
        #expect((steps[2]["chain"] as? [String])?.first == "dc/da = b = -3  (c = a*b)")
        let edges = try #require(commands[2]["edges"] as? [[String: Int]])
        #expect(edges == [["from": 0, "to": 2], ["from": 1, "to": 2]])
        #expect((commands[4]["text"] as? [String])?.contains { $0.contains("step 1 of 1") } == true, "\(commands[4])")
        #expect(commands[5]["losses"] as? [Double] == [4, 1, 0.25])
        #expect(commands[5]["ended"] as? String == "finished")
    }

    @Test("a warning is an object with its kind; an error names its file")
    func warningsAndErrors() throws {
        var output = ""
        let session = Session(options: SessionOptions(json: true)) { output += $0 }
        session.handle("x = log(0)", sourceName: "demo.mg", lineNumber: 3)
        session.handle("y = 0/0", sourceName: "demo.mg", lineNumber: 4)
        session.handle("z = nope", sourceName: "demo.mg", lineNumber: 5)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        let infinity = try #require(try object(lines[1])["warning"] as? [String: Any])
        #expect(infinity["kind"] as? String == "-infinity")
        #expect(infinity["file"] as? String == "demo.mg")
        #expect(infinity["line"] as? Int == 3)
        #expect((try object(lines[3])["warning"] as? [String: Any])?["kind"] as? String == "nan")
        let error = try #require(try object(lines[4])["error"] as? [String: Any])
        #expect(error["file"] as? String == "demo.mg")
        #expect(error["message"] as? String == "unknown name 'nope'")
    }
}
