import Calc

/// The structure-aware mode (`MICROGRAD_FUZZ=programs`): the fuzzer's bytes
/// are read as choices, and the choices build a script from the grammar
/// and the commands. Every script is well formed, so the fuzzer's time goes
/// to the evaluator, the engine, the commands and the renderers (the
/// session mode's raw bytes mostly end in the lexer's and the parser's
/// errors). A mutation of one byte changes one choice: a function, an
/// operator, a number or a command, and coverage guides which.
///
/// The functions come from the language's own table (`Builtins.functions`),
/// so a new function is fuzzed without an edit here.
struct ProgramGenerator {
    private var bytes: [UInt8]
    private var next = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = Array(bytes)
    }

    /// A choice among `count`, from the next byte (0 when the bytes have run out).
    private mutating func choose(_ count: Int) -> Int {
        guard next < bytes.count, count > 0 else { return 0 }
        defer { next += 1 }
        return Int(bytes[next]) % count
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[choose(items.count)] }

    private static let names = ["a", "b", "c", "w", "x", "loss", "_"]
    /// Ordinary numbers, and the edges: zero, tiny, huge, subnormal.
    private static let numbers = ["0", "1", "2", "-1", "0.5", "3.25", "1e-3", "10", "1e308", "5e-324", "1e-320", "709", "0.1"]
    private static let binary = ["+", "-", "*", "/", "**", "^", "@"]

    /// A script of up to `maxLines` lines (fewer when the bytes run out).
    /// Sixteen lines reach every command after any other and leave room for
    /// a graph to grow; longer scripts cost more per run than they find, so
    /// they would only slow the fuzzer down.
    mutating func script(maxLines: Int = 16) -> String {
        var lines: [String] = []
        while next < bytes.count, lines.count < maxLines {
            lines.append(line())
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private mutating func line() -> String {
        switch choose(10) {
        case 0, 1: return command()
        case 2: return expression(depth: 0)
        default: return pick(Self.names.dropLast()) + pick([" = ", " = ", " += ", " *= "]) + expression(depth: 0)
        }
    }

    private mutating func expression(depth: Int) -> String {
        // Deeper expressions are rarer, and the depth is bounded, so an
        // input cannot make a script the parser refuses for its nesting.
        let leaf = depth >= 6 || choose(4) == 0
        if leaf {
            switch choose(4) {
            case 0: return pick(Self.numbers)
            case 1: return "[" + (0..<(1 + choose(3))).map { _ in pick(Self.numbers) }.joined(separator: ", ") + "]"
            default: return pick(Self.names)
            }
        }
        switch choose(6) {
        case 0: return "-" + expression(depth: depth + 1)
        case 1: return "(" + expression(depth: depth + 1) + ")"
        case 2: return call(depth: depth)
        case 3: return pick(Self.names) + "[" + indexItem() + (choose(2) == 0 ? "" : ", " + indexItem()) + "]"
        default: return expression(depth: depth + 1) + " " + pick(Self.binary) + " " + expression(depth: depth + 1)
        }
    }

    /// An index (`2`, `-1`) or a slice with either bound left out (`0:2`,
    /// `:-1`, `2:`), with a bound past the end or an empty slice now and then.
    private mutating func indexItem() -> String {
        let bounds = ["", "0", "1", "2", "3", "-1", "-2"]
        switch choose(3) {
        case 0: return pick(Array(bounds.dropFirst()))
        default: return pick(bounds) + ":" + pick(bounds)
        }
    }

    private mutating func call(depth: Int) -> String {
        let function = pick(Builtins.functions)
        let count = function.argumentCounts.lowerBound + choose(function.argumentCounts.count)
        let arguments = (0..<count).map { position -> String in
            // Sizes and axes want small whole numbers; anything else an expression.
            let parameter = position < function.parameters.count ? function.parameters[position] : ""
            if ["rows", "columns", "axis"].contains(parameter) {
                return pick(["0", "1", "2", "3", "-1"])
            }
            return expression(depth: depth + 1)
        }
        return function.name + "(" + arguments.joined(separator: ", ") + ")"
    }

    private mutating func command() -> String {
        let name = pick(Self.names.dropLast())
        switch choose(22) {
        case 0: return ":graph " + name
        case 1: return ":graph " + name + " all"
        case 2: return ":explain " + name
        case 3: return ":check " + name + pick(["", " all"])
        case 4: return ":backward " + name + " all"
        case 5: return ":backward " + name
        case 6: return pick(["", "n", "a", "q"])
        case 7: return ":nodes " + name
        case 8: return ":step " + pick(["0.1", "0.01", "1", "1e308", "-0.5"])
        case 9: return ":train " + name + " " + pick(["1", "5", "50"]) + " " + pick(["0.1", "0.01", "3", "1e300"])
        case 10: return ":vars"
        case 11: return ":dot " + name + pick(["", " plots/g.dot", " g.svg", " g.pdf"])
        case 12: return ":save " + pick(["s.mg", "/tmp/s.mg", "plots"])
        case 13: return ":load " + pick(["s.mg", "examples/start.mg", "missing.mg"])
        case 14: return ":set " + pick(["max-nodes 1000", "max-array 10", "max-nesting 20", "max-line 80", ""])
        case 15: return ":seed " + pick(["0", "42", "-1"])
        case 16: return ":reset"
        case 17: return ":help " + pick(["", "tanh", "sum", ":train", "nope"])
        case 18: return ":draw " + name
        case 19: return ":lang " + pick(["en", "zh"])
        case 20: return "# " + name
        default: return ":" + pick(["quiz", "plot tanh(x)", "set accumulate on", "retry", "next"])
        }
    }
}
