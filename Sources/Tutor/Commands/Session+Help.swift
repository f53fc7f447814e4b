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
            say("\(style.bold(command.invocation))  \(CommandSummary.text(of: command, in: language))")
            if let details = details(of: command) { say(details) }
            return
        }
        if let setting = Setting.named(word) {
            say("\(style.bold(":set \(setting.name) \(setting.example)"))  \(setting.meaning.text(language))")
            if case .onOff(.accumulate) = setting.kind { say(AccumulationMessage.help.text(language)) }
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
        if let text = Session.tableOperationHelp(word, language: language) {
            say(text)
            return
        }
        let topics = Session.commands.names + Builtins.functions.map(\.name) + Setting.all.map(\.name)
        let hint = closestName(to: word, among: topics).map { CommandMessage.didYouMean($0).text(language) } ?? ""
        throw .error(
            HelpMessage.noHelp(topic: topic.text).text(language), at: topic.range,
            hint: hint + HelpMessage.noHelpHint.text(language))
    }

    /// Under `:help set`: every setting and what it means.
    private func settingsHelp() -> String {
        let width = Setting.all.map(\.name.count).max() ?? 0
        return Setting.all.map { "  \(TextLayout.padRight($0.name, to: width))  \($0.meaning.text(language))" }
            .joined(separator: "\n")
    }

    /// What `:help NAME` says after the summary line of a command for which
    /// one line is too little: the quiz's rules (its tolerance among them),
    /// the settings `:set` takes, what accumulate mode changes.
    private func details(of command: CommandInfo) -> String? {
        switch command.name {
        case Session.quizCommands.names[0]: QuizMessage.help.text(language)
        case Session.settingsCommands.names[0]: settingsHelp()
        case Session.accumulationCommands.names[0]: AccumulationMessage.help.text(language)
        default: nil
        }
    }

    /// The words of a table's `op` column that are neither a function nor
    /// an operator of the language.
    static func tableOperationHelp(_ word: String, language: Language = .en) -> String? {
        switch Operation(name: word) {
        case .leaf: "leaf  " + HelpMessage.leaf.text(language)
        case .constant: "const  " + HelpMessage.constant.text(language)
        case .negate:
            "neg  \(HelpMessage.negation.text(language))\n"
                + "  \(label(.derivativeLabel, language)) d(-x)/dx = \(Negate.derivativeFormulas[0])\n"
                + "  \(label(.definedForLabel, language)) \(FunctionMessage.domain(.negate).text(language))"
        default: nil
        }
    }

    /// A label of a topic's lines, padded so that what follows lines up:
    /// `derivative   `, `defined for  `.
    private static func label(_ message: HelpMessage, _ language: Language) -> String {
        TextLayout.padRight(message.text(language), to: labelWidth(language))
    }

    /// How wide a label of a topic's lines is padded.
    private static func labelWidth(_ language: Language) -> Int { language == .en ? 12 : 6 }

    private func overview() -> String {
        let say = { (message: HelpMessage) in message.text(self.language) }
        var lines = [
            say(.intro),
            "  a = 2",
            "  b = -3",
            "  c = a*b + tanh(a)",
            "",
            style.bold(say(.commandsTitle)),
        ]
        let commands = Session.commands.commands.map(\.info)
        let width = commands.map { $0.invocation.count }.max() ?? 0
        for command in commands {
            lines.append("  \(TextLayout.padRight(command.invocation, to: width))  \(CommandSummary.text(of: command, in: language))")
        }
        lines.append("")
        lines.append(style.bold(say(.functionsTitle)))
        let functionWidth = Builtins.functions.map { $0.signature.count }.max() ?? 0
        for function in Builtins.functions {
            lines.append(
                "  \(TextLayout.padRight(function.signature, to: functionWidth))  \(FunctionMessage.summary(of: function, in: language))")
        }
        // The English heading is bold up to its comma, as it always was.
        let operators = language == .en
            ? style.bold("Operators") + ", loosest first" : style.bold(say(.operatorsTitle))
        lines += [
            "",
            operators,
            "  + -        " + say(.addSubtract),
            "  * / @      " + say(.multiplyDivide),
            "  -x         " + say(.negate),
            "  " + TextLayout.padRight(say(.powerSpelling), to: 11) + say(.power),
            "  name = expression   " + say(.statements),
            "  a -= x              " + say(.compoundAssignment),
            "  _                   " + say(.lastResult),
            "  x[i, j]             " + say(.element),
            "  x[a:b]              " + say(.slice),
            "  " + say(.pythonWords),
            "",
            style.bold(say(.keysTitle)),
            "  " + say(.keysEditing),
            "  " + say(.keysLeaving),
            "",
            say(.moreHelp),
        ]
        return lines.joined(separator: "\n")
    }

    private func explain(_ function: Builtin) -> String {
        var lines = ["\(style.bold(function.signature))  \(FunctionMessage.summary(of: function, in: language))"]
        if case .elementwise(let operation) = function.kind, let rule = operation.rule, operation.arity == 2 {
            // A function of two inputs: a formula per input, and an example
            // where the inputs differ (the tie is in the formulas).
            let scratch = Tape(capacity: 3)
            let x = scratch.leaf(2)
            let y = scratch.leaf(3)
            let output = scratch.apply(operation, x, y)
            scratch.backward(from: output)
            let call = "\(function.name)(x, y)"
            let value = "\(function.name)(2, 3) = \(NumberFormatting.human(scratch.data(output)))"
            lines += [
                "  \(Session.label(.derivativesLabel, language)) d \(call)/dx = \(rule.derivativeFormulas[0])",
                "  \(TextLayout.padRight("", to: Session.labelWidth(language))) d \(call)/dy = \(rule.derivativeFormulas[1])",
                "  \(Session.label(.definedForLabel, language)) \(FunctionMessage.domain(operation).text(language))",
                "  \(Session.label(.exampleLabel, language)) " + HelpMessage.slopes(
                    value: value, dx: NumberFormatting.human(scratch.grad(x)), dy: NumberFormatting.human(scratch.grad(y))
                ).text(language),
            ]
        } else if case .elementwise(let operation) = function.kind, let rule = operation.rule {
            let x = 0.5
            let scratch = Tape(capacity: 2)
            let input = scratch.leaf(x)
            let output = scratch.apply(operation, input)
            scratch.backward(from: output)
            let value = "\(function.name)(0.5) = \(NumberFormatting.human(scratch.data(output)))"
            let slope = NumberFormatting.human(scratch.grad(input))
            lines += [
                "  \(Session.label(.derivativeLabel, language)) d \(function.name)(x)/dx = \(rule.derivativeFormulas[0])",
                "  \(Session.label(.definedForLabel, language)) \(FunctionMessage.domain(operation).text(language))",
                "  \(Session.label(.exampleLabel, language)) " + HelpMessage.slope(value: value, slope: slope).text(language),
            ]
        }
        return lines.joined(separator: "\n")
    }

    private func explain(_ op: BinaryOperator) -> String {
        guard let operation = op.operation, let rule = operation.rule else {
            return [
                "\(style.bold("x @ y"))  \(HelpMessage.matrixProduct.text(language))",
                "  " + HelpMessage.matrixGradients.text(language),
                "  " + HelpMessage.matrixShapes.text(language),
            ].joined(separator: "\n")
        }
        return [
            "\(style.bold("x \(op.rawValue) y"))  \(FunctionMessage.summary(operation).text(language))",
            "  \(Session.label(.derivativesLabel, language)) d/dx = \(rule.derivativeFormulas[0]),  d/dy = \(rule.derivativeFormulas[1])",
            "  \(Session.label(.definedForLabel, language)) \(FunctionMessage.domain(operation).text(language))",
        ].joined(separator: "\n")
    }
}
