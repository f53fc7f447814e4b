import TextKit
import Calc

extension Session {
    /// The lesson commands (``LessonCommandSpecs``) as the plain session
    /// has them. The lesson player (``LessonRunner``) runs them itself; the
    /// plain session lists them, so that `:help` and Tab know them, and
    /// answers them only where no lesson player wraps it: piped input, `-e`
    /// and scripts (at a terminal the player answers first). The error says
    /// what to run at the shell. `:lang` is the exception: the session
    /// speaks a language too, so it switches its own.
    static let lessonStubs = CommandTable<Session>(LessonCommandSpecs.all.map { info in
        if info.name == LessonCommandSpecs.lang.name {
            return Command(LessonCommandSpecs.lang) { session, arguments in session.switchLanguage(to: arguments.language) }
        }
        return Command(unavailable: info) { input in
            .error(
                SessionMessage.lessonCommandOnlyInteractive(command: input.name).text(input.language),
                at: input.range, hint: shellHint(for: info, input))
        }
    })

    /// `:lang en|zh` in a plain session: from the next line on, everything
    /// the session says is in `language`, and it says so in that language.
    func switchLanguage(to language: Language) {
        self.language = language
        say(SessionMessage.languageChosen.text(language))
    }

    private static func shellHint(for command: CommandInfo, _ input: CommandInput) -> String {
        switch command.name {
        case LessonCommandSpecs.lesson.name:
            // `:lesson` alone resumes, as `micrograd lesson` alone does.
            let lesson = input.words.first.map { " \($0.text)" } ?? ""
            return SessionMessage.playLessonHint(command: "micrograd lesson\(lesson)").text(input.language)
        case LessonCommandSpecs.menu.name:
            return SessionMessage.lessonsListHint.text(input.language)
        default:
            return SessionMessage.startLessonHint.text(input.language)
        }
    }
}
