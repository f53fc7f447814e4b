import Autograd
import Calc
import Testing
import TextKit
@testable import Views

/// The objects of commands, errors and warnings under `--json`.
@Suite("Command JSON")
struct CommandJSONTests {
    @Test("a warning has its kind; an error its file and place")
    func diagnostics() {
        let place = SourceRange(
            start: SourceLocation(line: 2, column: 5), end: SourceLocation(line: 2, column: 11), offsets: 4..<10)
        let warning = Diagnostic.warning(.nonFinite("log(0)", .negativeInfinity), at: place)
        #expect(CommandJSON.diagnostic(warning, file: "demo.mg", language: .en).encoded.hasPrefix(
            #"{"warning": {"kind": "-infinity", "message": "#))
        #expect(CommandJSON.kind(of: .warning(.nonFinite("0/0", .nan), at: nil)) == "nan")
        let error = Diagnostic.error("unknown name 'q'", at: place)
        #expect(CommandJSON.diagnostic(error, file: "<-e>", language: .en).encoded
            == #"{"error": {"message": "unknown name 'q'", "file": "<-e>", "line": 2, "column": 5}}"#)
    }

    @Test("a gradient check: agrees, differs, cannot compare")
    func check() {
        let workspace = Workspace()
        let tape = workspace.tape
        let a = tape.leaf(2)
        let entries = [
            GradientCheck.Entry(node: a, autograd: 1, numerical: 1, error: 0, tolerance: 1e-5),
            GradientCheck.Entry(node: a, autograd: 1, numerical: 2, error: 0.5, tolerance: 1e-5),
            GradientCheck.Entry(node: a, autograd: .nan, numerical: 2, error: .nan, tolerance: 1e-5),
        ]
        let members = CommandJSON.check(entries, workspace: workspace)
        let text = JSON.object(members).encoded
        #expect(text.contains(#""verdict": "agrees""#) && text.contains(#""verdict": "differs""#))
        #expect(text.contains(#""error": null, "tolerance": 1e-05, "verdict": "cannot compare""#), "\(text)")
        #expect(text.hasSuffix(#""passed": false}"#))
    }
}
