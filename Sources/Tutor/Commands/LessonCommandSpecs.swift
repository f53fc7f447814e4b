/// The lesson commands, declared once: the lesson player registers them
/// with what they do, and the plain session with an error that says where
/// they work (`Session+LessonStubs.swift`), so that `:help` and Tab know
/// them everywhere with the same usage and summary.
public enum LessonCommandSpecs {
    public static let lesson = CommandSpec<OptionalLesson>(
        name: "lesson", usage: "[N]", summary: "open lesson N (a number or an id), or resume the last one", effect: .changes)
    public static let menu = CommandSpec<NoArguments>(
        name: "menu", aliases: ["lessons"], usage: "", summary: "list the lessons with your progress", effect: .looks)
    public static let next = CommandSpec<NoArguments>(
        name: "next", usage: "", summary: "go on to the next step", effect: .changes)
    public static let back = CommandSpec<NoArguments>(
        name: "back", usage: "", summary: "go back one step", effect: .changes)
    public static let hint = CommandSpec<NoArguments>(
        name: "hint", usage: "", summary: "a hint for this step (again for the next hint)", effect: .looks)
    /// Changes: it runs the model answer, whose names later steps use.
    public static let skip = CommandSpec<NoArguments>(
        name: "skip", usage: "", summary: "show the model answer (and run it), then go on", effect: .changes)
    public static let progress = CommandSpec<NoArguments>(
        name: "progress", usage: "", summary: "where you are in this lesson, step by step", effect: .looks)
    public static let restart = CommandSpec<NoArguments>(
        name: "restart", usage: "", summary: "start this lesson over (asks first; a finished lesson stays finished)",
        effect: .changes)
    /// Changes: the step's names go back to how the step began.
    public static let retry = CommandSpec<NoArguments>(
        name: "retry", usage: "",
        summary: "put this step back as it began (the earlier steps' model answers), keeping your other names",
        effect: .changes)
    public static let lang = CommandSpec<LanguageArgument>(
        name: "lang", usage: "en|zh", summary: "switch the lesson's language, keeping your place", effect: .changes,
        example: ":lang zh")

    /// Every lesson command, in the order `:help` lists them.
    public static let all: [CommandInfo] = [
        lesson.info, menu.info, next.info, back.info, hint.info, skip.info, progress.info, retry.info, restart.info, lang.info,
    ]
}
