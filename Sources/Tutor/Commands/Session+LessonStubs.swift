
extension Session {
    /// The lesson commands (``LessonCommandSpecs``) as the plain session
    /// has them. The lesson player (``LessonRunner``) runs them itself; the
    /// plain session lists them, so that `:help` and Tab know them, and
    /// answers them only where no lesson player wraps it: piped input, `-e`
    /// and scripts (at a terminal the player answers first). The error says
    /// what to run at the shell.
    static let lessonStubs = CommandTable<Session>(LessonCommandSpecs.all.map { info in
        Command(unavailable: info) { input in
            .error(
                ":\(input.name) works at the interactive prompt and in `micrograd lesson`, not in piped input, -e or a script",
                at: input.range, hint: shellHint(for: info, input))
        }
    })

    private static func shellHint(for command: CommandInfo, _ input: CommandInput) -> String {
        switch command.name {
        case LessonCommandSpecs.lesson.name:
            // `:lesson` alone resumes, as `micrograd lesson` alone does.
            let lesson = input.words.first.map { " \($0.text)" } ?? ""
            return "to play it with answers piped in, one per line, run `micrograd lesson\(lesson)` at the shell"
        case LessonCommandSpecs.menu.name:
            return "`micrograd lessons` at the shell lists them"
        default:
            return "start a lesson with `micrograd lesson N` at the shell; `micrograd lessons` lists them"
        }
    }
}
