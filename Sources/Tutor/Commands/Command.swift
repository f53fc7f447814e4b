import Calc

/// A command such as `:vars`, in a table of a given context: the session
/// (``Session``) or the lesson player, which registers its own.
///
/// A command is its declaration (``CommandInfo``: name, usage, summary,
/// effect, argument form) and what it does there. The arguments are parsed
/// once, by the argument type the declaration names (``CommandArguments``),
/// before the handler runs, so a handler gets typed arguments and never
/// counts words itself.
public struct Command<Context>: Sendable {
    /// What `:help`, Tab and `:save` read.
    public let info: CommandInfo
    /// Parses the words after the name, then runs the handler.
    private let perform: @Sendable (Context, CommandInput) throws(Diagnostic) -> Void

    /// A command that parses `spec`'s arguments and hands them to `run`.
    public init<Arguments: CommandArguments>(
        _ spec: CommandSpec<Arguments>, run: @escaping @Sendable (Context, Arguments) throws(Diagnostic) -> Void
    ) {
        info = spec.info
        let info = spec.info
        perform = { context, input throws(Diagnostic) in
            try run(context, Arguments(parsing: input, for: info))
        }
    }

    /// A command declared in place, for a command only one context has.
    public init<Arguments: CommandArguments>(
        name: String, aliases: [String] = [], usage: String, summary: String, effect: CommandEffect,
        example: String? = nil, reachesOutside: Bool = false, arguments: Arguments.Type,
        run: @escaping @Sendable (Context, Arguments) throws(Diagnostic) -> Void
    ) {
        self.init(
            CommandSpec<Arguments>(
                name: name, aliases: aliases, usage: usage, summary: summary, effect: effect, example: example,
                reachesOutside: reachesOutside),
            run: run)
    }

    /// A command this context knows but cannot run (a lesson command in a
    /// plain session): whatever its arguments, it answers with the error
    /// `refusal` makes, which says where the command does work. It is
    /// listed, completed and explained like any other.
    public init(unavailable info: CommandInfo, refusal: @escaping @Sendable (CommandInput) -> Diagnostic) {
        self.info = info
        perform = { _, input throws(Diagnostic) in throw refusal(input) }
    }

    /// The command's name, without the colon.
    public var name: String { info.name }
    /// What it does to the context, for `:save`.
    public var effect: CommandEffect { info.effect }

    /// Runs the command on a line that names it.
    public func run(_ input: CommandInput, in context: Context) throws(Diagnostic) {
        try perform(context, input)
    }
}

/// What a command is, whatever context runs it: what `:help` lists, Tab
/// completes and `:save` asks about.
public struct CommandInfo: Sendable {
    /// The name, without the colon: `vars`.
    public let name: String
    /// Other names the command answers to (`:lessons` for `:menu`). They
    /// are not listed or completed: one name per command in `:help` and Tab.
    public let aliases: [String]
    /// How the arguments are written in help: `[name]`, `N`.
    public let usage: String
    /// What it does, in one line of `:help`.
    public let summary: String
    /// What it does to the context, for `:save`.
    public let effect: CommandEffect
    /// A whole command line to copy, for the hint of an error about its
    /// arguments: `:seed 42`.
    public let example: String?
    /// The form of its arguments, for Tab and the tests.
    public let arguments: ArgumentForm
    /// Whether it reaches past the session: reads or writes files (`:save`,
    /// `:load`, `:dot`) or changes the limits that protect the tutor
    /// (`:set`; its arguments refine this, ``Session/reachesOutside(_:input:)``:
    /// `:set accumulate on` does not). Lesson code (a lesson's `setup`, `run` and model answers)
    /// may not run such a command: `lessons check` reports it and the
    /// session refuses it while it runs lesson code
    /// (``Session/runsLessonCode``). What the learner types keeps it.
    public let reachesOutside: Bool

    /// `:name usage`, as `:help` shows it.
    public var invocation: String { usage.isEmpty ? ":\(name)" : ":\(name) \(usage)" }

    /// Whether `word` (without the colon) names this command.
    public func isNamed(_ word: String) -> Bool {
        word == name || aliases.contains(word)
    }
}

/// A command's declaration together with the type of its arguments, so that
/// a handler registered for it gets exactly those arguments. The lesson
/// commands are declared once this way (``LessonCommandSpecs``) and
/// registered by both the session and the lesson player.
public struct CommandSpec<Arguments: CommandArguments>: Sendable {
    /// The declaration, without the argument type.
    public let info: CommandInfo

    /// Declares a command whose arguments are read by `Arguments`.
    public init(
        name: String, aliases: [String] = [], usage: String, summary: String, effect: CommandEffect,
        example: String? = nil, reachesOutside: Bool = false
    ) {
        info = CommandInfo(
            name: name, aliases: aliases, usage: usage, summary: summary, effect: effect, example: example,
            arguments: ArgumentForm(Arguments.self), reachesOutside: reachesOutside)
    }

    /// The command's name, without the colon.
    public var name: String { info.name }
}

/// What a command does to the state of the context it runs in, which is
/// what `:save` needs to know: a saved script must end in the same state
/// when it is replayed, without doing twice what was done once.
public enum CommandEffect: Sendable, Equatable {
    /// Shows something and changes nothing later lines see: `:vars`,
    /// `:graph`, `:help`, `:backward`. Writing a file counts as looking
    /// (`:dot FILE`, `:save FILE`): the session is the same afterwards, and
    /// a replay has no reason to write the file again. `:save` leaves these
    /// out.
    case looks
    /// Changes what later lines see: `:seed`, `:reset`, `:step`, `:train`,
    /// `:set`; in a lesson, moving between steps. `:save` keeps these: they
    /// are what a replay needs.
    case changes
    /// Runs other lines, each saved as it runs (`:load`): the saved script
    /// then stands alone, and saving the command as well would run its lines
    /// twice. `:save` leaves these out.
    case replays
    /// Ends the session (`:quit`). `:save` leaves these out: a replay ends
    /// where its script ends, and a script that is loaded must not end the
    /// session that loads it.
    case leaves

    /// Whether `:save` writes a command with this effect into the script.
    public var isSaved: Bool { self == .changes }
}
