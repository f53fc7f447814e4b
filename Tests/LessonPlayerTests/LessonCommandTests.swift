import Lessons
import Platform
import TextKit
import Testing

@testable import LessonPlayer
@testable import Tutor

/// The lesson player's commands: the same declarations as the plain
/// session's lesson commands, registered with what they do.
@Suite("Lesson commands")
struct LessonCommandTests {
    private final class Output: @unchecked Sendable { var text = "" }

    /// A runner over the lessons of the checkout, with no saved progress.
    private func runner(store: ProgressStore? = nil) -> (LessonRunner, Output) {
        let output = Output()
        // Tests/LessonPlayerTests/LessonCommandTests.swift -> lessons/.
        let root = FileSystem.parent(of: FileSystem.parent(of: FileSystem.parent(of: #filePath))) + "/lessons"
        let runner = LessonRunner(
            catalog: LessonCatalog(roots: [root]), store: store, language: .en,
            options: SessionOptions(style: Style(color: false, unicode: true))
        ) { output.text += $0 }
        return (runner, output)
    }

    private var infos: [CommandInfo] { LessonRunner.commands.commands.map(\.info) }

    @Test("the player registers every declared lesson command, and :quit")
    func everyLessonCommandIsRegistered() {
        let names = infos.map(\.name)
        #expect(names == LessonCommandSpecs.all.map(\.name) + [Session.quitCommand.name])
    }

    @Test("every command of the player is the session's, with the same usage and summary")
    func sameDeclarations() {
        for info in infos {
            let session = Session.commands.command(named: info.name)?.info
            #expect(session?.usage == info.usage, "\(info.name)")
            #expect(session?.summary == info.summary, "\(info.name)")
            #expect(session?.aliases == info.aliases, "\(info.name)")
            #expect(session?.effect == info.effect, "\(info.name)")
            #expect(!info.summary.isEmpty)
        }
    }

    @Test(":help in a lesson lists every command of the player and of the session")
    func helpListsBoth() {
        let (runner, output) = runner()
        #expect(runner.start("basics"))
        output.text = ""
        runner.handle(":help")
        let listed = output.text.split(separator: "\n").filter { $0.hasPrefix("  :") }.map(String.init)
        for info in infos + Session.commands.commands.map(\.info) {
            #expect(listed.contains { $0.hasPrefix("  \(info.invocation) ") && $0.hasSuffix("  \(info.summary)") }, "\(info.name)")
        }
    }

    @Test("Tab completes every command of the player, and lessons after :lesson")
    func tabCompletes() {
        let (runner, _) = runner()
        for info in infos {
            #expect(runner.complete(":\(info.name)").candidates.contains(":\(info.name)"), "\(info.name)")
        }
        #expect(runner.complete(":lesson ").candidates == runner.catalog.entries.map(\.id).sorted())
        #expect(runner.complete(":lesson bas").candidates == ["basics"])
        #expect(runner.complete(":lang z").candidates == ["zh"])
    }

    /// What the runner printed for `line`.
    private func run(_ line: String, in lesson: String? = "basics") -> (Session.Outcome, String) {
        let (runner, output) = runner()
        if let lesson { runner.start(lesson) }
        output.text = ""
        let outcome = runner.handle(line)
        return (outcome, output.text)
    }

    @Test("each argument form refuses a word too many and a missing argument, with the table's message")
    func argumentCounts() {
        for info in infos {
            let (least, most) = info.arguments.wordCount
            if let most {
                let line = ":\(info.name)" + String(repeating: " en", count: most + 1)
                let (outcome, text) = run(line)
                #expect(outcome == .failed, "\(line)")
                #expect(text.contains("error: :\(info.name) takes "), "\(line): \(text)")
            }
            for count in 0..<least {
                let line = ":\(info.name)" + String(repeating: " en", count: count)
                let (outcome, text) = run(line)
                #expect(outcome == .failed, "\(line)")
                #expect(text.contains("error: :\(info.name) needs "), "\(line): \(text)")
            }
        }
    }

    @Test("the messages about words are the ones the lesson player always gave")
    func exactMessages() {
        #expect(run(":next now").1.contains("error: :next takes no arguments"))
        #expect(run(":lessons all").1.contains("error: :lessons takes no arguments"))
        #expect(run(":lesson 1 2").1.contains("error: :lesson takes one argument"))
        #expect(run(":lang en zh").1.contains("error: :lang takes one argument"))
        for line in [":lang", ":lang fr"] {
            let text = run(line).1
            #expect(text.contains("error: :lang needs a language: en or zh"), "\(text)")
            #expect(text.contains("hint: for example :lang zh"), "\(text)")
        }
    }

    @Test(":lessons is :menu, and :quit says where the learner stopped")
    func aliasAndQuit() {
        let menu = run(":menu").1
        #expect(menu.contains(":lesson N opens lesson N."))
        #expect(run(":lessons").1 == menu)
        let (runner, output) = runner()
        runner.start("basics")
        output.text = ""
        #expect(runner.handle(":quit") == .quit)
        #expect(runner.wantsToQuit)
        #expect(!output.text.isEmpty)
    }

    /// What `:quit` says after opening the basics lesson with `store`.
    private func quitting(with store: ProgressStore?, language: Language = .en) -> String {
        let (runner, output) = runner(store: store)
        runner.language = language
        runner.start("basics")
        output.text = ""
        #expect(runner.handle(":quit") == .quit)
        return output.text
    }

    @Test(":quit says the place is saved when the progress file was written")
    func quitSaved() throws {
        let path = LessonPlay.temporaryFolder() + "/micrograd/lesson-progress"
        let said = quitting(with: ProgressStore(path: path))
        #expect(said.hasPrefix("Your place is saved (step 1 of "), "\(said)")
        let saved = try ProgressFormat.decode(FileSystem.readText(path))
        #expect(saved.lastLesson == "basics")
    }

    @Test(":quit does not say saved when the progress folder cannot be made (issue 19, item 3): it says why")
    func quitNotSaved() throws {
        // Tests run as root, so a folder's permissions stop nothing: a
        // regular file where the folder should be does.
        let folder = LessonPlay.temporaryFolder()
        try FileSystem.writeAtomically("not a folder\n", to: folder + "/micrograd")
        let store = ProgressStore(path: folder + "/micrograd/lesson-progress")
        let said = quitting(with: store)
        #expect(!said.contains("Your place is saved"), "\(said)")
        #expect(said.contains("warning: your place (step 1 of "), "\(said)")
        #expect(said.contains(") could not be saved: "), "\(said)")
        #expect(said.contains("micrograd"), "\(said)")
        #expect(try FileSystem.readText(folder + "/micrograd") == "not a folder\n")
        let chinese = quitting(with: ProgressStore(path: folder + "/micrograd/lesson-progress"), language: .zh)
        #expect(chinese.contains("警告：未能保存进度（第 1/"), "\(chinese)")
        #expect(!chinese.contains("进度已保存"), "\(chinese)")
    }

    /// Issue 19, item 12: a saved step that the lesson no longer has (it was
    /// edited) reset the lesson to step 1 without a word.
    @Test("a saved step that is gone from the lesson is said, and play goes on at the first step not done")
    func savedStepGone() throws {
        let path = LessonPlay.temporaryFolder() + "/lesson-progress"
        try FileSystem.writeAtomically(
            "micrograd-progress 1\nlesson basics step=no-such-step done=learns,gradient,first-graph\n", to: path)
        let store = ProgressStore(path: path)
        #expect(store.load() == nil)
        let (runner, output) = runner(store: store)
        runner.start("basics")
        #expect(
            output.text.contains(
                "Your saved place, step 'no-such-step', is no longer in this lesson (it has changed); going on at step 4, the first you have not done."),
            "\(output.text)")
        #expect(runner.currentStep?.id == "grad-of-a")
        #expect(try ProgressFormat.decode(FileSystem.readText(path)).lessons["basics"]?.done == ["learns", "gradient", "first-graph"])
    }

    @Test(":quit without a progress store says the place is not saved, and why")
    func quitWithoutStore() {
        let said = quitting(with: nil)
        #expect(!said.contains("Your place is saved"), "\(said)")
        #expect(said.contains("could not be saved: there is no home folder"), "\(said)")
    }

    @Test("Ctrl-C in the middle of an answer drops the player's copy too, so a lesson command works next")
    func cancelDropsTheAnswer() {
        let (runner, output) = runner()
        runner.start("basics")
        // Skip to the first task.
        while let step = runner.currentStep, !{ if case .task = step.kind { true } else { false } }() {
            runner.handle(":skip")
        }
        #expect(runner.currentStep != nil)
        #expect(runner.handle("x = (1 +") == .incomplete)
        runner.cancelPending()
        output.text = ""
        #expect(runner.handle(":hint") == .done)
        #expect(!output.text.contains("works at the interactive prompt"), "\(output.text)")
    }

    @Test("an empty line goes on from a prose step only when no statement is open")
    func enterGoesOn() {
        let (runner, _) = runner()
        runner.start("basics")
        let first = runner.stepIndex
        runner.handle("(1 +")
        #expect(runner.session.hasPendingInput)
        runner.handle("")
        #expect(runner.stepIndex == first)
        runner.handle("2)")
        runner.handle("")
        #expect(runner.stepIndex == first + 1)
    }
}
