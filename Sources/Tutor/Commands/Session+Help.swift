import TextKit
import Autograd
import Calc

extension Session {
    func help(_ topic: CommandWord?) throws(Diagnostic) {
        guard let topic else {
            say(overview())
            return
        }
        let word = topic.text.hasPrefix(":") ? String(topic.text.dropFirst()) : topic.text
        if let command = Session.commands.command(named: word)?.info {
            say("\(style.bold(command.invocation))  \(command.summary)")
            return
        }
        if let function = Builtins.function(named: word) {
            say(explain(function))
            return
        }
        if let op = BinaryOperator(rawValue: word == "**" ? "^" : word) {
            say(explain(op))
            return
        }
        if let text = Session.tableOperationHelp(word) {
            say(text)
            return
        }
        let topics = Session.commands.names + Builtins.functions.map(\.name)
        let hint = closestName(to: word, among: topics).map { "did you mean '\($0)'? " } ?? ""
        throw .error(
            "no help on '\(topic.text)'", at: topic.range,
            hint: hint + ":help alone lists the commands, functions and operators")
    }

    /// The words of a table's `op` column that are neither a function nor
    /// an operator of the language.
    static func tableOperationHelp(_ word: String) -> String? {
        switch Operation(name: word) {
        case .leaf: "leaf  a parameter: a name given a plain number (a = 2), which :step and :train change"
        case .constant: "const  a number written in an expression; its gradient is shown, but nothing changes it"
        case .negate:
            "neg  the minus sign of -x (negation)\n  derivative   d(-x)/dx = \(Negate.derivativeFormulas[0])\n"
                + "  defined for  \(Negate.domain)"
        default: nil
        }
    }

    private func overview() -> String {
        var lines = [
            "Type an expression to see its value and the gradient of every node:",
            "  a = 2",
            "  b = -3",
            "  c = a*b + tanh(a)",
            "",
            style.bold("Commands"),
        ]
        let commands = Session.commands.commands.map(\.info)
        let width = commands.map { $0.invocation.count }.max() ?? 0
        for command in commands {
            lines.append("  \(TextLayout.padRight(command.invocation, to: width))  \(command.summary)")
        }
        lines.append("")
        lines.append(style.bold("Functions"))
        let functionWidth = Builtins.functions.map { $0.signature.count }.max() ?? 0
        for function in Builtins.functions {
            lines.append("  \(TextLayout.padRight(function.signature, to: functionWidth))  \(function.summary)")
        }
        lines += [
            "",
            style.bold("Operators") + ", loosest first",
            "  + -        add, subtract",
            "  * / @      multiply, divide, matrix product",
            "  -x         negate (so -2^2 is -4)",
            "  ^ or **    power, right to left (so 2^3^2 is 512)",
            "  name = expression   binds the name; ';' or a new line separates statements; '#' starts a comment",
            "",
            style.bold("Keys"),
            "  Tab completes names, functions and commands; Up and Down walk the history; Ctrl-R searches it;",
            "  Ctrl-C drops the line being typed; Ctrl-D on an empty line leaves.",
            "",
            ":help tanh (or any function, operator or command) explains it.",
        ]
        return lines.joined(separator: "\n")
    }

    private func explain(_ function: Builtin) -> String {
        var lines = ["\(style.bold(function.signature))  \(function.summary)"]
        if case .elementwise(let operation) = function.kind, let rule = operation.rule {
            let x = 0.5
            let scratch = Tape(capacity: 2)
            let input = scratch.leaf(x)
            let output = scratch.apply(operation, input)
            scratch.backward(from: output)
            lines += [
                "  derivative   d \(function.name)(x)/dx = \(rule.derivativeFormulas[0])",
                "  defined for  \(rule.domain)",
                "  example      \(function.name)(0.5) = \(NumberFormatting.human(scratch.data(output)))"
                    + ", and its slope there is \(NumberFormatting.human(scratch.grad(input)))",
            ]
        }
        return lines.joined(separator: "\n")
    }

    private func explain(_ op: BinaryOperator) -> String {
        guard let rule = op.operation?.rule else {
            return [
                "\(style.bold("x @ y"))  matrix product: row i of x times column j of y, summed",
                "  each element of the result is a chain of * and + nodes, so every weight has its own gradient",
                "  shapes: [n, k] @ [k, m] gives [n, m]",
            ].joined(separator: "\n")
        }
        return [
            "\(style.bold("x \(op.rawValue) y"))  \(rule.summary)",
            "  derivatives  d/dx = \(rule.derivativeFormulas[0]),  d/dy = \(rule.derivativeFormulas[1])",
            "  defined for  \(rule.domain)",
        ].joined(separator: "\n")
    }
}
