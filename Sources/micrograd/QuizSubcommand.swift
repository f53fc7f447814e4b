import ArgumentParser
import LessonPlayer
import LineEditor
import Tutor
import TextKit

/// `micrograd quiz`: endless generated gradient questions (`:quiz` at the
/// shell). `--seed N` asks the same questions on every machine, for a
/// class; the streak and score go into the progress file.
struct QuizSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Endless practice: random graphs, their gradients, one step of gradient descent (--seed N reproduces them).",
        discussion: """
            An answer within 1% of the right one (or 0.001, for small numbers) is right. \
            Answers may be piped in, one per line; q, :quit or the end of the input leaves. \
            With --json: one object per question answered, then a summary, and no text; \
            the progress file is neither read nor written, and the exit status is 1 unless every answer was right.
            """)

    @OptionGroup var common: CommonOptions

    func run() throws {
        // The lesson runner brings the progress store, the language and the
        // prompt loop. Under --json it is a grading run, as `lesson --json`:
        // no text, no progress read or saved, the answers' outcomes instead.
        let runner = LessonSubcommand.makeRunner(common, grading: common.json)
        runner.session.quizEndsSession = true
        // --seed N given: exactly seed N's questions. Otherwise new ones each
        // run, after those of the questions already asked (see Session.startQuiz).
        let seedGiven = CommandLine.arguments.contains { $0 == "--seed" || $0.hasPrefix("--seed=") }
        runner.session.startQuiz(seed: seedGiven ? common.seed : nil)
        if Terminal.isInteractive && !common.json {
            InterruptSignal.install()
            LessonSubcommand.interact(with: runner)
            if runner.wasInterrupted { throw ExitCode(130) }
            return
        }
        let reader = PlainLineReader()
        while !runner.wantsToQuit, case .line(let line) = reader.readLine(prompt: "") {
            runner.handle(line)
        }
        if !runner.wantsToQuit { runner.finish() }
        guard common.json else { return }
        let report = runner.session.quizReport
        for answer in report.answers { writeOut(answer.json.encoded + "\n") }
        writeOut(report.summaryJSON(score: runner.session.quizScore ?? QuizScore()).encoded + "\n")
        if !report.allRight { throw ExitCode(1) }
    }
}
