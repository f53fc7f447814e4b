import ArgumentParser
import Platform

/// `micrograd`: the command line (contract in DESIGN.md).
///
/// With no subcommand it starts the tutor: interactive at a terminal,
/// reading statements from stdin otherwise, or running `-e PROGRAM`.
@main
struct Micrograd: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "micrograd",
        abstract: "A terminal tutor for automatic differentiation and backpropagation.",
        discussion: """
            Type arithmetic such as `c = a*b + tanh(a)` and see the value and the \
            gradient of every node of its graph. `micrograd -` reads the program from \
            standard input, `micrograd -i FILE` runs FILE and then stays at the prompt.

            Exit status: 0 when all went well; 1 when a statement, a script, a lesson \
            check or a transcript check failed; 64 for a mistake on the command line; \
            130 when Ctrl-C stopped it (143 for SIGTERM, 129 for SIGHUP).
            """,
        version: version,
        subcommands: [Start.self, Run.self, LessonSubcommand.self, LessonsSubcommand.self, GradeSubcommand.self, QuizSubcommand.self],
        defaultSubcommand: Start.self)

    /// Accepted before a subcommand too (`micrograd --json run demo.mg`);
    /// each subcommand reads its own copy.
    @OptionGroup(visibility: .hidden) var common: CommonOptions

    /// `micrograd -e PROGRAM` is parsed as the default mode directly.
    /// Parsing through the root builds, by reflection, the arguments of
    /// every subcommand first, which took most of the start-up time
    /// (measured: 77% of the instructions of `micrograd -e 1+1`). And the
    /// plainest form, `-e PROGRAM` alone, needs no parser at all: even
    /// `Start.parse` spent 8.8 of its 12.4 million instructions on
    /// reflection.
    static func main() {
        // A stack sized for the nesting limit, whatever `ulimit -s` says.
        LargeStack.run { Micrograd.start() }
    }

    private static func start() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.count == 2, arguments[0] == "-e" {
            do {
                try Start.evaluate([arguments[1]], options: CommonOptions.sessionOptions(), language: LessonFolders.language(asked: nil))
            } catch {
                Start.exit(withError: error)
            }
            return
        }
        // `micrograd demo.mg`: a script where a command was expected.
        if let first = arguments.first, first.hasSuffix(".mg"), !first.hasPrefix("-") {
            Micrograd.exit(withError: ValidationError(
                "'\(first)' is not a command. To run a script, write: micrograd run \(first)"))
        }
        // `micrograd help nosuch`: the parser's help would show the overview
        // and exit 0, as if all were well.
        let commandNames = configuration.subcommands.map { $0._commandName } + ["help"]
        if arguments.first == "help", let topic = arguments.dropFirst().first, !topic.hasPrefix("-"),
            !commandNames.contains(topic)
        {
            Micrograd.exit(withError: ValidationError(
                "no help on '\(topic)': the commands are \(commandNames.joined(separator: ", "))"))
        }
        guard arguments.first == "-e" || (arguments.first?.hasPrefix("--") == true && arguments.contains("-e")),
            !arguments.contains(where: { ["--help", "-h", "--version"].contains($0) })
        else {
            Micrograd.main(nil)
            return
        }
        // The program is taken out before parsing: the parser reads a value
        // such as `---1` as a misspelt option even after `-e`.
        var options = arguments
        var programs: [String] = []
        while let flag = options.firstIndex(of: "-e"), flag + 1 < options.count {
            programs.append(options[flag + 1])
            options.removeSubrange(flag...(flag + 1))
        }
        guard var start = try? Start.parse(options) else {
            // A mistake in the arguments: the full parse explains it in the
            // words of the whole command line.
            Micrograd.main(nil)
            return
        }
        if !programs.isEmpty { start.programs = programs }
        do {
            try start.run()
        } catch {
            Start.exit(withError: error)
        }
    }
}
