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
        #expect(output().contains("Not quite: you typed 5, but dL/da = -1."))
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
        #expect(output().hasSuffix("练习结束。\n连续答对 0 题（最多 0 题）；共答对 0/1 题。\n"))
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

    @Test("the quiz leaves the learner's names alone")
    func namesKept() {
        let (session, _) = session()
        session.handle("a = 5")
        for line in [":quiz seed 3", "-1", "0.7", "q"] { session.handle(line) }
        #expect(session.workspace.names == ["a"])
    }
}
