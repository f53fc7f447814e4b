@testable import Views
import TextKit
import Calc
import Testing

@testable import Tutor

/// Inputs that once crashed or could hang the tutor (found by hand or by
/// `make fuzz`), the limits of `:set`, and Ctrl-C inside a statement.
@Suite("Reliability")
struct ReliabilityTests {
    func run(_ lines: [String], stop: (() -> Bool)? = nil) -> (Session, String) {
        var output = ""
        let session = Session { output += $0 }
        if let stop { session.shouldStop = stop }
        for (index, line) in lines.enumerated() {
            session.handle(line, lineNumber: index + 1)
        }
        return (session, output)
    }

    /// `:nodes` labels every node of the sum of 100,000 elements, a chain
    /// 100,000 nodes deep; the labeller once recursed down it and overflowed
    /// the stack.
    @Test("labels of a chain 100,000 nodes deep")
    func deepChainLabels() {
        // `+ a` keeps the graph: a value of numbers alone becomes one constant.
        let (_, output) = run(["a = 1", "s = sum(zeros(1, 100000) + a)", ":nodes s"])
        #expect(output.contains("s = 100000"))
        #expect(output.contains("  s "))
        let lines = output.split(separator: "\n")
        #expect(lines.count > 300_000, "a row per node")
        // Deep inside, a label is cut with … rather than spelled out in full.
        #expect(output.contains("…"))
    }

    @Test(":set lists, checks and applies the limits")
    func settings() {
        let (session, output) = run([
            ":set", ":set max-nodes 5000", "x = zeros(100, 100)", ":set max-nodes 10", ":set max-nope 3",
            ":set max-nesting 5001", ":set max-line 1_000_000", ":set max-array",
        ])
        #expect(output.contains("max-nesting         500"))
        #expect(output.contains("max-nodes    20,000,000"))
        #expect(output.contains("max-nodes = 5,000"))
        #expect(output.contains("this would make the graph more than 5000 nodes"))
        #expect(output.contains("max-nodes takes a whole number from 1,000 to 100,000,000"))
        #expect(output.contains("did you mean 'max-nodes'?"))
        #expect(output.contains("max-nesting takes a whole number from 10 to 5,000"), "\(output)")
        #expect(output.contains("max-array = 1,000,000  (elements in one array)"))
        #expect(session.options.limits.maxNodes == 5_000 && session.workspace.limits.maxNodes == 5_000)
        #expect(session.options.limits.maxLineLength == 1_000_000)
    }

    /// Every limit's error names a setting that `:set` knows.
    @Test("the hints of the limits name real settings")
    func hintsNameSettings() {
        let (_, output) = run([
            ":set max-line 100", String(repeating: "1+", count: 60) + "1", ":set max-array 3", "zeros(2, 2)",
            ":set max-array 1000000", ":set max-nodes 1000", "zeros(40, 40)", ":set max-nesting 10", String(repeating: "(", count: 12) + "1" + String(repeating: ")", count: 12),
        ])
        for name in ["max-line", "max-array", "max-nodes", "max-nesting"] {
            #expect(output.contains(":set \(name) N"), "\(name) is named in its error")
            #expect(Setting.named(name) != nil)
        }
    }

    /// Ctrl-C while a statement builds its graph: the statement stops with
    /// an error, its nodes are dropped, earlier names are intact.
    @Test("Ctrl-C inside a long statement")
    func interruptedStatement() {
        var asked = 0
        let (session, output) = run(["a = 2", "s = sum(zeros(1, 100000) + a)"]) {
            asked += 1
            return asked >= 2  // the second check: after zeros, before + a
        }
        #expect(output.contains("error: interrupted (Ctrl-C)"))
        #expect(session.workspace.value(named: "s") == nil)
        #expect(session.workspace.value(named: "a") != nil)
        #expect(session.workspace.tape.count == 1, "only a's node is left")
    }

    /// Overflow to infinity and NaN in arrays warns at the first element,
    /// and huge sizes or seeds are errors, never traps.
    @Test("huge numbers, sizes and seeds")
    func hugeNumbers() {
        let (_, output) = run([
            "x = exp([1, 1000, 2])", "randn(1e12, 1e12)", "zeros(99999999999999999999, 2)", ":seed 99999999999999999999999",
            "2^1e308", "y = [1e308, 1] * 10",
        ])
        #expect(output.contains("warning: 'exp([1, 1000, 2])' is infinity"))
        #expect(output.contains("warning: '[1e308, 1] * 10' is infinity"))
        #expect(output.components(separatedBy: "error:").count == 4)
    }
}
