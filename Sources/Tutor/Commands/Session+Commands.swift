import TextKit
import Views
import Platform
import Autograd
import Calc

extension Session {
    /// Every command of the session, in the order `:help` lists them. Each
    /// feature keeps its commands in its own file, beside the code they run.
    static let commands: CommandTable<Session> = basicCommands + trainingCommands + explanationCommands + scriptCommands
        + lessonStubs + settingsCommands

    /// `:quit`, which the lesson player registers too, with what it does there.
    public static let quitCommand = CommandSpec<NoArguments>(
        name: "quit", usage: "", summary: "leave the tutor (Ctrl-D does the same)", effect: .leaves)

    /// Looking at names and results, and the session itself.
    static let basicCommands: CommandTable<Session> = [
        Command(
            name: "help", usage: "[topic]", summary: "list commands and functions, or explain one", effect: .looks,
            arguments: OptionalTopic.self
        ) { session, arguments throws(Diagnostic) in try session.help(arguments.topic) },
        Command(
            name: "vars", usage: "", summary: "the names you have defined, with shapes and values", effect: .looks,
            arguments: NoArguments.self
        ) { session, _ in session.listVariables() },
        Command(
            name: "nodes", usage: "[name]", summary: "every node of a result's graph (the table, unabridged)",
            effect: .looks, arguments: OptionalName.self
        ) { session, arguments throws(Diagnostic) in try session.showAllNodes(arguments) },
        Command(
            name: "seed", usage: "N", summary: "restart the random numbers of rand and randn from seed N",
            effect: .changes, example: ":seed 42", arguments: NumberArgument.self
        ) { session, arguments throws(Diagnostic) in try session.setSeed(arguments.number) },
        Command(
            name: "reset", usage: "", summary: "forget every name and node and start afresh", effect: .changes,
            arguments: NoArguments.self
        ) { session, _ in
            session.workspace.reset()
            session.say("All names and nodes are gone.")
        },
        Command(quitCommand) { session, _ in session.quit() },
    ]

    func runCommand(_ line: String, sourceName: String, lineNumber: Int) -> Outcome {
        let input = CommandInput(line: line, lineNumber: lineNumber)
        let command: Command<Session>?
        do {
            command = try Session.commands.run(input, in: self)
        } catch {
            return report(error, sourceName: sourceName, lines: [line], firstLine: lineNumber)
        }
        guard let command else {
            let word = input.name
            let names = Session.commands.names.map { ":\($0)" }
            let nameRange = SourceRange(
                start: SourceLocation(line: lineNumber, column: 1),
                end: SourceLocation(line: lineNumber, column: word.count + 2), offsets: 0..<(word.count + 1))
            var hint = "the commands are \(names.joined(separator: " "))"
            if let close = closestCommand(to: word) { hint = "did you mean :\(close)? " + hint }
            let message = word.isEmpty ? "a command name is missing after ':'" : "unknown command ':\(word)'"
            return report(.error(message, at: nameRange, hint: hint), sourceName: sourceName, lines: [line], firstLine: lineNumber)
        }
        if command.effect.isSaved { remember([line]) }
        return wantsToQuit ? .quit : .done
    }

    private func closestCommand(to word: String) -> String? {
        let names = Session.commands.names
        if let prefixed = names.first(where: { !word.isEmpty && $0.hasPrefix(word) }) { return prefixed }
        return closestName(to: word, among: names)
    }

    func quit() {
        wantsToQuit = true
    }

    /// The value a command is about: the name given, or the last result.
    func subject(of arguments: OptionalName) throws(Diagnostic) -> (name: String?, value: Value) {
        if let word = arguments.name {
            guard let value = workspace.value(named: word.text) else {
                let hint = workspace.names.isEmpty ? "no names are defined yet" : "the names are \(workspace.names.joined(separator: ", "))"
                throw .error("unknown name '\(word.text)'", at: word.range, hint: hint)
            }
            return (word.text, value)
        }
        guard let value = workspace.lastResult else {
            throw .error(
                ":\(arguments.command) needs a result: type an expression first, or give a name", at: arguments.end)
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

    private func showAllNodes(_ arguments: OptionalName) throws(Diagnostic) {
        let (name, value) = try subject(of: arguments)
        guard case .scalar(let output) = value else {
            throw .error(
                "\(name ?? "the last result") is an array of shape \(describe(shape: value.shape)); the node table is for a scalar",
                at: arguments.name?.range ?? arguments.end, hint: "reduce it first, for example loss = sum(\(name ?? "x"))")
        }
        // The table is text: the `--json` contract writes results and errors only.
        if options.json { return }
        workspace.tape.backward(from: output)
        writeText(NodeTable(style: style).render(workspace.tape.subgraph(of: output), workspace: workspace, showAll: true))
    }

    private func setSeed(_ word: CommandWord) throws(Diagnostic) {
        guard let seed = UInt64(word.text) else {
            throw .error("'\(word.text)' is not a seed: use a whole number from 0 to \(UInt64.max)", at: word.range)
        }
        workspace.random = SeededGenerator(seed: seed)
        say("Random numbers now start from seed \(seed).")
    }
}

