import Calc

/// The commands of one context, in the order `:help` lists them: the one
/// list that running, `:help`, Tab and `:save` all read.
public struct CommandTable<Context>: Sendable, ExpressibleByArrayLiteral {
    /// The commands, in `:help`'s order.
    public let commands: [Command<Context>]

    /// A table of `commands`, in that order.
    public init(_ commands: [Command<Context>]) {
        self.commands = commands
    }

    /// A table of the commands listed, in that order.
    public init(arrayLiteral commands: Command<Context>...) {
        self.init(commands)
    }

    /// Joins tables: the features of a context each keep their own.
    public static func + (left: CommandTable, right: CommandTable) -> CommandTable {
        CommandTable(left.commands + right.commands)
    }

    /// The command `word` names (its name or an alias), without the colon.
    public func command(named word: String) -> Command<Context>? {
        commands.first { $0.info.isNamed(word) }
    }

    /// The commands' names, in order, without aliases.
    public var names: [String] { commands.map(\.name) }

    /// Runs the command the line names, if it is one of these: its
    /// arguments are parsed, then its handler runs. Nil when the line names
    /// none of them, so that the caller can pass the line on.
    public func run(_ input: CommandInput, in context: Context) throws(Diagnostic) -> Command<Context>? {
        guard let command = command(named: input.name) else { return nil }
        try command.run(input, in: context)
        return command
    }
}
