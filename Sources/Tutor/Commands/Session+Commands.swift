import TextKit
import Views
import Platform
import Autograd
import Calc

extension Session {
    /// Every REPL command, in the order `:help` lists them. Each feature
    /// keeps its commands in its own file, beside the code they run.
    static let commands: [Command] = basicCommands + trainingCommands + explanationCommands + scriptCommands + lessonCommands
        + settingsCommands

    /// Looking at names and results, and the session itself.
    static let basicCommands: [Command] = [
        Command(name: "help", usage: "[topic]", summary: "list commands and functions, or explain one", argument: .topic) {
            session, input throws(Diagnostic) in try session.help(input)
        },
        Command(name: "vars", usage: "", summary: "the names you have defined, with shapes and values", argument: .none) {
            session, input throws(Diagnostic) in try session.expectNoArguments(input, "vars"); session.listVariables()
        },
        Command(name: "nodes", usage: "[name]", summary: "every node of a result's graph (the table, unabridged)", argument: .name) {
            session, input throws(Diagnostic) in try session.showAllNodes(input)
        },
        Command(name: "seed", usage: "N", summary: "restart the random numbers of rand and randn from seed N", argument: .number) {
            session, input throws(Diagnostic) in try session.setSeed(input)
        },
        Command(name: "reset", usage: "", summary: "forget every name and node and start afresh", argument: .none) {
            session, input throws(Diagnostic) in
            try session.expectNoArguments(input, "reset")
            session.workspace.reset()
            session.say("All names and nodes are gone.")
        },
        Command(name: "quit", usage: "", summary: "leave the tutor (Ctrl-D does the same)", argument: .none) {
            session, input throws(Diagnostic) in try session.expectNoArguments(input, "quit"); session.quit()
        },
    ]

    static func command(named name: String) -> Command? {
        commands.first { $0.name == name }
    }

    func runCommand(_ line: String, sourceName: String, lineNumber: Int) -> Outcome {
        let input = CommandInput(line: line, lineNumber: lineNumber)
        let word = String(line.dropFirst().prefix { !$0.isWhitespace })
        guard let command = Session.command(named: word) else {
            let names = Session.commands.map { ":\($0.name)" }
            let nameRange = SourceRange(
                start: SourceLocation(line: lineNumber, column: 1),
                end: SourceLocation(line: lineNumber, column: word.count + 2), offsets: 0..<(word.count + 1))
            var hint = "the commands are \(names.joined(separator: " "))"
            if let close = closestCommand(to: word) { hint = "did you mean :\(close)? " + hint }
            let message = word.isEmpty ? "a command name is missing after ':'" : "unknown command ':\(word)'"
            return report(.error(message, at: nameRange, hint: hint), sourceName: sourceName, lines: [line], firstLine: lineNumber)
        }
        do {
            try command.run(self, input)
        } catch {
            return report(error, sourceName: sourceName, lines: [line], firstLine: lineNumber)
        }
        return wantsToQuit ? .quit : .done
    }

    private func closestCommand(to word: String) -> String? {
        let names = Session.commands.map(\.name)
        if let prefixed = names.first(where: { !word.isEmpty && $0.hasPrefix(word) }) { return prefixed }
        return closestName(to: word, among: names)
    }

    /// Prints a line of text (never in JSON mode, where only results and
    /// errors are written).
    func say(_ text: String) {
        if !options.json { write(text + "\n") }
    }

    func quit() {
        wantsToQuit = true
    }

    func expectNoArguments(_ input: CommandInput, _ name: String) throws(Diagnostic) {
        if let extra = input.words.first {
            throw .error(":\(name) takes no arguments", at: extra.range)
        }
    }

    /// The value a command is about: the name given, or the last result.
    func subject(of input: CommandInput, command: String) throws(Diagnostic) -> (name: String?, value: Value) {
        if input.words.count > 1 {
            throw .error(":\(command) takes at most one name", at: input.words[1].range)
        }
        if let word = input.words.first {
            guard let value = workspace.value(named: word.text) else {
                let hint = workspace.names.isEmpty ? "no names are defined yet" : "the names are \(workspace.names.joined(separator: ", "))"
                throw .error("unknown name '\(word.text)'", at: word.range, hint: hint)
            }
            return (word.text, value)
        }
        guard let value = workspace.lastResult else {
            throw .error(
                ":\(command) needs a result: type an expression first, or give a name", at: input.end)
        }
        return (nil, value)
    }

    private func listVariables() {
        let names = workspace.names
        guard !names.isEmpty else {
            say("No names yet. Define one with, for example, a = 2")
            return
        }
        let width = names.map(TextLayout.width).max() ?? 0
        for name in names {
            let value = workspace.value(named: name)!
            let kind: String
            switch value {
            case .scalar(let node):
                let operation = workspace.tape.operation(node)
                kind = operation == .leaf ? "parameter" : "result of \(operation.name)"
            case .array(let array):
                kind = "\(describe(shape: array.shape)) " + (workspace.isParameter(value) ? "parameter" : "array")
            }
            let text = ValueFormatting.text(of: value, in: workspace.tape, indent: width + 3)
            say("\(style.name(TextLayout.padRight(name, to: width))) = \(text)  \(style.dim("(\(kind))"))")
        }
    }

    private func showAllNodes(_ input: CommandInput) throws(Diagnostic) {
        let (name, value) = try subject(of: input, command: "nodes")
        guard case .scalar(let output) = value else {
            throw .error(
                "\(name ?? "the last result") is an array of shape \(describe(shape: value.shape)); the node table is for a scalar",
                at: input.words.first?.range ?? input.end, hint: "reduce it first, for example loss = sum(\(name ?? "x"))")
        }
        // The table is text: the `--json` contract writes results and errors only.
        if options.json { return }
        workspace.tape.backward(from: output)
        write(NodeTable(style: style).render(workspace.tape.subgraph(of: output), workspace: workspace, showAll: true))
    }

    private func setSeed(_ input: CommandInput) throws(Diagnostic) {
        guard let word = input.words.first else {
            throw .error(":seed needs a number", at: input.end, hint: "for example :seed 42")
        }
        guard input.words.count == 1, let seed = UInt64(word.text) else {
            throw .error("'\(word.text)' is not a seed: use a whole number from 0 to \(UInt64.max)", at: word.range)
        }
        workspace.random = SeededGenerator(seed: seed)
        say("Random numbers now start from seed \(seed).")
    }
}

