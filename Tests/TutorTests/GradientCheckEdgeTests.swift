@testable import Views
import TextKit
import Autograd
import Testing

@testable import Tutor

/// `:check` where a finite difference is hard: at or near a domain edge.
@Suite("Gradient check at domain edges")
struct GradientCheckEdgeTests {
    /// What a session printed for `lines`, after the last line only.
    func lastOutput(_ lines: [String]) -> String {
        var output = ""
        let session = Session(options: SessionOptions(style: Style(color: false, unicode: true))) { output += $0 }
        for line in lines.dropLast() { session.handle(line) }
        output = ""
        session.handle(lines.last!)
        return output
    }

    /// The check of dy/dx after `x = xValue` and `y = expression`, with the tape.
    func checkEntry(x xValue: String, y expression: String) throws -> (GradientCheck.Entry, Tape, x: Node, y: Node) {
        let session = Session(options: SessionOptions()) { _ in }
        session.handle("x = \(xValue)")
        session.handle("y = \(expression)")
        guard case .scalar(let y) = session.workspace.value(named: "y"),
            case .scalar(let x) = session.workspace.value(named: "x")
        else { throw CheckSetupError() }
        let tape = session.workspace.tape
        tape.backward(from: y)
        let entry = try #require(GradientCheck(tape: tape, output: y).run([x], gradient: tape.grad).first)
        return (entry, tape, x, y)
    }

    struct CheckSetupError: Error {}

    @Test("nothing compared: no ✓ line claiming 0 of 1 agree, only the ? line")
    func nothingCompared() {
        let text = lastOutput(["x = 0", "y = sqrt(x)", ":check"])
        #expect(!text.contains("✓"), "\(text)")
        #expect(!text.contains("0 of 1"), "\(text)")
        #expect(text.contains("? 1 could not be compared: a number is infinite or NaN"), "\(text)")
    }

    @Test("a step across 0 is retried smaller: log at 1e-9 checks out")
    func retryNearZero() {
        let text = lastOutput(["x = 1e-9", "y = log(x)", ":check"])
        #expect(text.contains("✓ the 1 gradient agrees"), "\(text)")
        #expect(!text.contains("NaN"), "\(text)")
    }

    @Test("an edge just past the retried step gives no wrong ✗, and the numbers agree")
    func edgeAwayFromZero() throws {
        let (entry, tape, x, _) = try checkEntry(x: "1.000000001", y: "log(x - 1 + 1e-12)")
        #expect(entry.passed, "autograd \(entry.autograd), numerical \(entry.numerical)")
        #expect(abs(entry.numerical - entry.autograd) / entry.autograd < 1e-3)
        #expect(tape.data(x) == 1.000000001, "the value is put back")
    }

    @Test("a gradient that is really infinite stays not comparable after the retries")
    func staysNotComparable() throws {
        let (entry, tape, x, y) = try checkEntry(x: "0", y: "sqrt(x)")
        #expect(!entry.comparable)
        #expect(tape.data(y) == 0 && tape.data(x) == 0)
    }
}
