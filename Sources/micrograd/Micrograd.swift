import ArgumentParser

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
            gradient of every node of its graph.
            """,
        version: version,
        subcommands: [Start.self, Run.self, LessonCommand.self, LessonsCommand.self],
        defaultSubcommand: Start.self)

    /// Accepted before a subcommand too (`micrograd --json run demo.mg`);
    /// each subcommand reads its own copy.
    @OptionGroup(visibility: .hidden) var common: CommonOptions
}
