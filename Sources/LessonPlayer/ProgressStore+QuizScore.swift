import Lessons
import Platform
import Tutor

/// The quiz's score kept in the progress file, beside the lessons: the
/// `quiz` line of ``ProgressFormat``, written atomically as every change is.
extension ProgressStore: QuizScoreStore {
    public var quizScore: QuizScore {
        progress.quiz.map { QuizScore(streak: $0.streak, best: $0.best, right: $0.right, asked: $0.asked) } ?? QuizScore()
    }

    public func saveQuizScore(_ score: QuizScore) throws(FileSystem.Problem) {
        try update { progress in
            progress.quiz = QuizRecord(streak: score.streak, best: score.best, right: score.right, asked: score.asked)
        }
    }
}
