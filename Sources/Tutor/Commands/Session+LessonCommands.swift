import TextKit
import Views
import Platform
import Calc

extension Session {
    /// Guided lessons. The lesson runner (``LessonRunner``) answers these
    /// itself; they are listed here so that `:help` and Tab know them, and
    /// so that the plain REPL says how to reach them.
    static let lessonCommands: [Command] = [
        lessonCommand("lesson", "[N]", "open lesson N (a number or an id), or resume the last one", .topic),
        lessonCommand("menu", "", "list the lessons with your progress", .none),
        lessonCommand("next", "", "go on to the next step", .none),
        lessonCommand("back", "", "go back one step", .none),
        lessonCommand("hint", "", "a hint for this step (again for the next hint)", .none),
        lessonCommand("skip", "", "show the model answer (and run it), then go on", .none),
        lessonCommand("progress", "", "where you are in this lesson, step by step", .none),
        lessonCommand("restart", "", "start this lesson over", .none),
        lessonCommand("lang", "en|zh", "switch the lesson's language, keeping your place", .none),
    ]

    /// The plain session answers a lesson command only where no lesson
    /// runner wraps it: piped input, `-e` and scripts (at a terminal the
    /// runner answers first). The error says what to run at the shell.
    private static func lessonCommand(_ name: String, _ usage: String, _ summary: String, _ argument: Command.Argument) -> Command {
        Command(name: name, usage: usage, summary: summary, argument: argument) { _, input throws(Diagnostic) in
            // `:lesson` alone resumes, as `micrograd lesson` alone does.
            let lesson = input.words.first.map { " \($0.text)" } ?? ""
            let hint: String
            switch name {
            case "lesson": hint = "to play it with answers piped in, one per line, run `micrograd lesson\(lesson)` at the shell"
            case "menu": hint = "`micrograd lessons` at the shell lists them"
            default: hint = "start a lesson with `micrograd lesson N` at the shell; `micrograd lessons` lists them"
            }
            throw .error(
                ":\(name) works at the interactive prompt and in `micrograd lesson`, not in piped input, -e or a script",
                at: input.range, hint: hint)
        }
    }
}
