import Testing
import TextKit
@testable import Tutor

@Suite("Quiz in a session")
struct QuizSessionTests {
    /// A store in memory, as the progress file is on disk.
    final class MemoryStore: QuizScoreStore {
        var quizScore = QuizScore()
        var saves = 0
        func saveQuizScore(_ score: QuizScore) {
            quizScore = score
            saves += 1
        }
    }

    private func session(_ language: Language = .en) -> (Session, () -> String) {
        var text = ""
        let session = Session(environment: InMemoryEnvironment()) { text += $0 }
        session.language = language
        return (session, { defer { text = "" }; return text })
    }

    @Test("each answer is saved to the store, and a new session goes on from the saved streak")
    func scoreKept() {
        let store = MemoryStore()
        let (first, _) = session()
        first.quizScores = store
        for line in [":quiz seed 3", "-1", "0.7", "q"] { first.handle(line) }
        #expect(store.quizScore == QuizScore(streak: 2, best: 2, right: 2, asked: 2))
        #expect(store.saves == 2)
        let (second, output) = session()
        second.quizScores = store
        for line in [":quiz seed 3", "5"] { second.handle(line) }
        #expect(store.quizScore == QuizScore(streak: 0, best: 2, right: 2, asked: 3))
        #expect(output().contains("Not quite: you typed 5, but dL/dd = -1."))
    }

    @Test("q, :quit, Ctrl-C and the end of the input leave the quiz, not the tutor; micrograd quiz ends there")
    func leaving() {
        for leave in ["q", ":quit", "QUIT"] {
            let (session, output) = session()
            session.handle(":quiz")
            #expect(session.isQuizzing)
            #expect(session.prompt == .quiz)
            #expect(session.handle(leave) == .done)
            #expect(!session.isQuizzing && !session.wantsToQuit)
            #expect(output().hasSuffix("Quiz over.\nStreak 0 (best 0); 0 of 0 right in all.\n"))
            #expect(session.handle("1 + 1") == .done)
        }
        let (interrupted, _) = session()
        interrupted.handle(":quiz")
        interrupted.cancelPending()
        #expect(!interrupted.isQuizzing)
        let (ended, output) = session(.zh)
        ended.handle(":quiz")
        ended.handle("0")
        #expect(ended.finish() == .done)
        #expect(output().hasSuffix("练习结束。\n连续答对 0 题（最长纪录 0 题）；共答对 0/1 题。\n"))
        let (shell, _) = session()
        shell.quizEndsSession = true
        shell.startQuiz(seed: 1)
        #expect(shell.handle("q") == .quit)
    }

    @Test(":quiz again goes on with new graphs; :quiz seed N starts seed N over")
    func resume() {
        let (session, output) = session()
        session.handle(":quiz seed 3")
        let first = output()
        session.handle("q")
        session.handle(":quiz")
        #expect(output().contains("Question 2:"))
        session.handle("q")
        _ = output()
        session.handle(":quiz seed 3")
        #expect(output() == first)
    }

    @Test(":quiz without a seed starts after the questions already asked, so each run has new graphs")
    func newGraphsEachRun() {
        let store = MemoryStore()
        store.quizScore = QuizScore(streak: 1, best: 4, right: 6, asked: 9)
        let (session, output) = session()
        session.quizScores = store
        session.handle(":quiz")
        #expect(output().hasPrefix("A quiz from seed 9: `micrograd quiz --seed 9` asks the same questions."))
    }

    @Test("an inner node asked: its chain rule when wrong; a wrong step then shows where dL/da comes from; the report keeps both")
    func innerNode() throws {
        let (session, output) = session()
        session.handle(":quiz seed 3")
        let shown = output()
        #expect(shown.contains("Inputs: a = 0.2, b = -1\nd = a - b\nL = b * d\n"))
        #expect(shown.hasSuffix("What is dL/dd? Type a number.\n"))
        session.handle("1,5")
        #expect(output() == "'1,5' is not a number here: decimals take a point, as in 1.5.\n")
        session.handle("")
        #expect(output() == "Type a number, such as 0.5 or -2 (q leaves the quiz).\n")
        session.handle(":help")
        #expect(output() == "':help' is a command: the quiz takes numbers. q leaves it; then :help quiz says how it works.\n")
        session.handle("1")
        #expect(
            output() == """
                Not quite: you typed 1, but dL/dd = -1. The chain rule, as :explain L d gives it:
                dL/dd = b = -1  (L = b*d)

                One step of gradient descent with learning rate 0.5: a - 0.5 * dL/da. What is a after it?

                """)
        session.handle("0.2")
        #expect(
            output().hasPrefix(
                """
                Not quite: you typed 0.2, but a = 0.2 - 0.5 * (-1) = 0.7.
                Where dL/da comes from:
                dL/da = dL/dd * dd/da = -1 * 1 = -1
                """))
        let answers = session.quizReport.answers
        #expect(answers.map(\.question) == [.gradient, .step])
        #expect(answers.map(\.asked) == ["d", "a"])
        #expect(answers.map(\.given) == [1, 0.2])
        #expect(answers.map(\.right) == [false, false])
        // Enter alone is no answer; a word, a comma and a command are rejected answers.
        #expect(answers[0].rejected == ["1,5", ":help"])
        #expect(answers[0].explanation == ["dL/dd = b = -1  (L = b*d)"])
        #expect(session.quizReport.seed == 3)
        #expect(!session.quizReport.allRight)
        #expect(
            session.quizReport.summaryJSON(score: session.quizScore ?? QuizScore()).encoded
                == #"{"summary": {"seed": 3, "rounds": 1, "questions": 2, "right": 0, "score": 0, "streak": 0, "best": 0}}"#)
    }

    @Test("a typed line is quoted back with its controls visible and a pasted page cut short")
    func quotedSafely() {
        let (session, output) = session()
        session.handle(":quiz seed 3")
        _ = output()
        session.handle("\u{1B}]0;title\u{7}x")
        #expect(output() == "'^[]0;title^Gx' is not a number: type a number, such as 0.5 or -2 (q leaves the quiz).\n")
        session.handle(String(repeating: "9", count: 5_000))
        #expect(output() == "'" + String(repeating: "9", count: 39) + "…' is not a number: type a number, such as 0.5 or -2 (q leaves the quiz).\n")
    }

    @Test(":help quiz says the questions and the tolerance, in both languages")
    func help() {
        for (language, tolerance) in [(Language.en, "within 1% of the answer, or within 0.001"), (.zh, "相差不超过 1%（较小的数不超过 0.001）")] {
            let (session, output) = session(language)
            session.handle(":help quiz")
            #expect(output().contains(tolerance))
        }
    }

    @Test("the quiz leaves the learner's names alone")
    func namesKept() {
        let (session, _) = session()
        session.handle("a = 5")
        for line in [":quiz seed 3", "-1", "0.7", "q"] { session.handle(line) }
        // Not even the inner nodes' names: d and e are the learner's still.
        #expect(session.workspace.names == ["a"])
    }
}
