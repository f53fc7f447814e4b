import TextKit
import Views
import Platform
import Autograd
import Calc

extension Session {
    /// Every command of the session, in the order `:help` lists them. Each
    /// feature keeps its commands in its own file, beside the code they run.
    static let commands: CommandTable<Session> = basicCommands + trainingCommands + accumulationCommands + explanationCommands + pictureCommands + quizCommands + scriptCommands
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
            session.say(SessionMessage.reset.text(session.language))
        },
        Command(quitCommand) { session, _ in session.quit() },
    ]

    func runCommand(_ line: String, sourceName: String, lineNumber: Int) -> Outcome {
        var input = CommandInput(line: line, lineNumber: lineNumber)
        input.language = language
        var command: Command<Session>?
        savedForm = nil
        do throws(Diagnostic) {
            if runsLessonCode, let refused = Session.commands.command(named: input.name),
                Session.reachesOutside(refused.info, input: input)
            {
                throw Session.lessonCodeRefusal(refused.info, input: input)
            }
            try writingCommandJSON(name: input.name, input: line) { () throws(Diagnostic) in
                command = try Session.commands.run(input, in: self)
            }
        } catch {
            return report(error, sourceName: sourceName, lines: [line], firstLine: lineNumber)
        }
        guard let command else {
            let word = input.name
            let names = Session.commands.names.map { ":\($0)" }
            let nameRange = SourceRange(
                start: SourceLocation(line: lineNumber, column: 1),
                end: SourceLocation(line: lineNumber, column: word.count + 2), offsets: 0..<(word.count + 1))
            var hint = SessionMessage.commandsAre(names.joined(separator: " ")).text(language)
            if let close = closestCommand(to: word) { hint = SessionMessage.didYouMeanCommand(close).text(language) + hint }
            let message = (word.isEmpty ? SessionMessage.commandNameMissing : .unknownCommand(word)).text(language)
            return report(.error(message, at: nameRange, hint: hint), sourceName: sourceName, lines: [line], firstLine: lineNumber)
        }
        if command.effect.isSaved { remember(savedForm ?? [line]) }
        savedForm = nil
        return wantsToQuit ? .quit : .done
    }

    /// The command a line such as `:train loss 10 0.1` names, if it names
    /// one of the session's: the lesson player asks its ``CommandInfo/effect``
    /// to tell an answer (`:train`, which changes) from a look (`:vars`).
    public static func command(inLine line: String) -> CommandInfo? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix(":") else { return nil }
        return commands.command(named: CommandInput(line: String(trimmed), lineNumber: 1).name)?.info
    }

    /// The command `line` names when lesson code may not run it (see
    /// ``CommandInfo/reachesOutside``), for `lessons check`; nil for any
    /// other line.
    public static func commandOutOfLessonReach(_ line: String) -> CommandInfo? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix(":") else { return nil }
        let input = CommandInput(line: String(trimmed), lineNumber: 1)
        guard let command = commands.command(named: input.name) else { return nil }
        return reachesOutside(command.info, input: input) ? command.info : nil
    }

    /// Whether this line of `command` reaches past the session, which
    /// lesson code may not do: the command's own mark
    /// (``CommandInfo/reachesOutside``), refined by its arguments where
    /// they decide it. `:draw` only looks, but `:draw NAME svg FILE` writes
    /// a file; `:set max-nodes N` changes a limit that protects the tutor,
    /// but `:set accumulate on` (or `:set` alone, which lists) only changes
    /// how this session computes (``Setting/reachesOutside``).
    static func reachesOutside(_ command: CommandInfo, input: CommandInput) -> Bool {
        switch command.name {
        case "draw":
            return (try? DrawArguments(parsing: input, for: command))?.file != nil
        case "set":
            // An argument that does not parse is refused as reaching out:
            // the lesson cannot tell what it would have changed.
            guard let arguments = try? SettingArguments(parsing: input, for: command) else { return true }
            guard let setting = arguments.setting, arguments.value != nil else { return false }
            return setting.reachesOutside
        default:
            return command.reachesOutside
        }
    }

    /// The error for a command lesson code may not run, on the command's name.
    static func lessonCodeRefusal(_ info: CommandInfo, input: CommandInput) -> Diagnostic {
        let word = input.name
        let line = input.range.start.line
        let nameRange = SourceRange(
            start: SourceLocation(line: line, column: 1),
            end: SourceLocation(line: line, column: word.count + 2), offsets: 0..<(word.count + 1))
        return .error(
            CommandMessage.notInLessonCode(command: ":\(info.name)").text(input.language), at: nameRange,
            hint: CommandMessage.notInLessonCodeHint.text(input.language))
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
            // A table's label (`w3[1,0]`) or `_` names a value as well as a name does.
            guard let value = workspace.value(referredToBy: word.text) else {
                let hint = (workspace.names.isEmpty
                    ? SessionMessage.noNamesDefined : .namesAre(workspace.names.joined(separator: ", "))).text(language)
                throw .error(CalcMessage.unknownName(word.text).text(language), at: word.range, hint: hint)
            }
            return (word.text, value)
        }
        guard let value = workspace.lastResult else {
            throw .error(SessionMessage.needsResult(command: arguments.command).text(language), at: arguments.end)
        }
        return (nil, value)
    }

    private func listVariables() {
        let names = workspace.names
        guard !names.isEmpty else {
            say(SessionMessage.noVariables.text(language))
            return
        }
        let width = names.map(TextLayout.width).max() ?? 0
        for name in names {
            let value = workspace.value(named: name)!
            let kind: String
            switch value {
            case .scalar(let node):
                let operation = workspace.tape.operation(node)
                kind = (operation == .leaf ? SessionMessage.parameterKind : .resultKind(operation: operation.name)).text(language)
            case .array(let array):
                let shape = describe(shape: array.shape)
                kind = (workspace.isParameter(value) ? SessionMessage.parameterArrayKind(shape: shape) : .arrayKind(shape: shape))
                    .text(language)
            }
            let text = ValueFormatting.text(of: value, in: workspace.tape, indent: width + 3)
            say("\(style.name(TextLayout.padRight(name, to: width))) = \(text)  \(style.dim(language == .zh ? "（\(kind)）" : "(\(kind))"))")
        }
    }

    private func showAllNodes(_ arguments: OptionalName) throws(Diagnostic) {
        let (name, value) = try subject(of: arguments)
        guard case .scalar(let output) = value else {
            let shape = describe(shape: value.shape)
            throw .error(
                (name.map { SessionMessage.arrayNotScalar(name: $0, shape: shape) } ?? .lastResultArrayNotScalar(shape: shape))
                    .text(language),
                at: arguments.name?.range ?? arguments.end,
                hint: SessionMessage.reduceFirst(example: "loss = sum(\(name ?? "x"))").text(language))
        }
        loadShownGradients(of: output)
        if options.json {
            describeInJSON([("name", .string(orNull: name))] + CommandJSON.graph(of: [output], workspace: workspace))
            return
        }
        // Written as it is made and stopped by Ctrl-C: a large array graph
        // has millions of rows.
        let finished = NodeTable(style: style, language: language).write(
            workspace.tape.subgraph(of: output), workspace: workspace, showAll: true, to: writeText, shouldStop: shouldStop)
        if !finished { say(SessionMessage.stoppedByInterrupt(command: "nodes").text(language)) }
        sayStoredGradientsNote(for: name)
    }

    private func setSeed(_ word: CommandWord) throws(Diagnostic) {
        guard let seed = UInt64(word.text) else {
            throw .error(SessionMessage.notASeed(word.text, max: String(UInt64.max)).text(language), at: word.range)
        }
        workspace.random = SeededGenerator(seed: seed)
        say(SessionMessage.seedSet(String(seed)).text(language))
    }
}

