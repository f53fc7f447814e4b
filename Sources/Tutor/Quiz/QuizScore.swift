import Platform

/// The quiz's streak and score, kept across sessions in the learner's
/// progress file (the line `quiz streak=N best=N right=N asked=N`).
public struct QuizScore: Sendable, Equatable {
    /// Right answers in a row, now.
    public var streak: Int
    /// The longest streak ever.
    public var best: Int
    /// Right answers, of `asked` questions, ever.
    public var right: Int
    public var asked: Int

    public init(streak: Int = 0, best: Int = 0, right: Int = 0, asked: Int = 0) {
        self.streak = streak
        self.best = best
        self.right = right
        self.asked = asked
    }

    /// Counts one answered question.
    public mutating func record(right isRight: Bool) {
        asked += 1
        if isRight {
            right += 1
            streak += 1
            best = max(best, streak)
        } else {
            streak = 0
        }
    }
}

/// Where a session keeps the quiz's score between runs: the lesson
/// player's progress store (`LessonPlayer` makes `ProgressStore` one).
/// Without one, the score lasts as long as the session.
public protocol QuizScoreStore: AnyObject {
    /// The score saved last; zero when there is none.
    var quizScore: QuizScore { get }
    /// Saves the score at once (atomically).
    func saveQuizScore(_ score: QuizScore) throws(FileSystem.Problem)
}
