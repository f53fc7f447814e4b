import TextKit
/// Where a learner is in every lesson they have started.
public struct Progress: Sendable, Equatable {
    /// The language chosen last with `:lang`, used when `--lang` is not given.
    public var language: Language?
    /// The lesson played last: `micrograd lesson` with no id resumes it.
    public var lastLesson: String?
    public var lessons: [String: LessonProgress]
    /// The quiz's streak and score (`:quiz`, `micrograd quiz`); nil before
    /// the first answer, and in files written before the quiz.
    public var quiz: QuizRecord?

    public init(
        language: Language? = nil, lastLesson: String? = nil, lessons: [String: LessonProgress] = [:], quiz: QuizRecord? = nil
    ) {
        self.language = language
        self.lastLesson = lastLesson
        self.lessons = lessons
        self.quiz = quiz
    }
}

/// The quiz's counts as the progress file keeps them: the stored form of
/// the session's `QuizScore` (Tutor), which counts them; the lesson player
/// converts between the two.
public struct QuizRecord: Sendable, Equatable {
    public var streak: Int
    public var best: Int
    public var right: Int
    public var asked: Int

    public init(streak: Int, best: Int, right: Int, asked: Int) {
        self.streak = streak
        self.best = best
        self.right = right
        self.asked = asked
    }
}

/// Where a learner is in one lesson.
public struct LessonProgress: Sendable, Equatable {
    /// The id of the step to show next; nil at the end of the lesson.
    public var step: String?
    /// The ids of the steps answered, passed or skipped, in order.
    public var done: [String]
    /// Whether the learner has reached the end once. Opening the lesson
    /// again for review, or `:restart`, keeps this: it was earned.
    public var finished: Bool
    /// The furthest step reached, when it is past `step` (the learner went
    /// back, or is reviewing); nil when `step` is the furthest.
    public var furthest: String?

    public init(step: String?, done: [String] = [], finished: Bool? = nil, furthest: String? = nil) {
        self.step = step
        self.done = done
        self.finished = finished ?? (step == nil)
        self.furthest = furthest
    }

    public var isFinished: Bool { finished }
}

/// The progress file's text format, one fact per line, so that it is easy
/// to read and to diff, and needs no JSON parser:
///
/// ```
/// micrograd-progress 1
/// language zh
/// last basics
/// lesson basics step=forward done=intro,first-graph
/// lesson neuron finished done=intro,weights,layer
/// lesson fitting step=intro done=intro,fit furthest=penalty finished=yes
/// quiz streak=2 best=5 right=7 asked=9
/// ```
///
/// `furthest=` and `finished=yes` are optional words after `done=`: the
/// furthest step reached, and a lesson finished once and opened again.
/// The `quiz` line is optional (files from before the quiz have none):
/// its four counts are whole numbers, in that order.
///
/// Ids are lesson and step ids (letters a-z, digits, `-`, `_`), so no
/// escaping is ever needed. Anything else makes the file corrupt.
public enum ProgressFormat {
    public static let header = "micrograd-progress 1"

    public static func encode(_ progress: Progress) -> String {
        var lines = [header]
        if let language = progress.language { lines.append("language \(language.rawValue)") }
        if let last = progress.lastLesson { lines.append("last \(last)") }
        for id in progress.lessons.keys.sorted() {
            let lesson = progress.lessons[id]!
            let place = lesson.step.map { "step=\($0)" } ?? "finished"
            var line = "lesson \(id) \(place) done=\(lesson.done.joined(separator: ","))"
            if let furthest = lesson.furthest { line += " furthest=\(furthest)" }
            if lesson.finished && lesson.step != nil { line += " finished=yes" }
            lines.append(line)
        }
        if let quiz = progress.quiz {
            lines.append("quiz streak=\(quiz.streak) best=\(quiz.best) right=\(quiz.right) asked=\(quiz.asked)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What is wrong with a progress file, at a line.
    public struct Corruption: Error, Sendable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    public static func decode(_ text: String) throws(Corruption) -> Progress {
        guard text.hasSuffix("\n") else {
            throw Corruption(line: max(1, text.split(separator: "\n").count), reason: "the file ends in the middle of a line")
        }
        let lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(header) else {
            throw Corruption(line: 1, reason: "the first line is not '\(header)'")
        }
        var progress = Progress()
        for (offset, line) in lines.enumerated().dropFirst() {
            let number = offset + 1
            let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            switch (words.first, words.count) {
            case ("language", 2):
                guard let language = Language(rawValue: words[1]) else {
                    throw Corruption(line: number, reason: "unknown language '\(words[1])'")
                }
                progress.language = language
            case ("last", 2):
                try requireID(words[1], line: number)
                progress.lastLesson = words[1]
            case ("lesson", 4...6):
                try requireID(words[1], line: number)
                guard progress.lessons[words[1]] == nil else {
                    throw Corruption(line: number, reason: "a second line for the lesson '\(words[1])'")
                }
                let step: String?
                if words[2] == "finished" {
                    step = nil
                } else if words[2].hasPrefix("step=") {
                    let id = String(words[2].dropFirst(5))
                    try requireID(id, line: number)
                    step = id
                } else {
                    throw Corruption(line: number, reason: "expected 'step=ID' or 'finished', found '\(words[2])'")
                }
                guard words[3].hasPrefix("done=") else {
                    throw Corruption(line: number, reason: "expected 'done=IDS', found '\(words[3])'")
                }
                let done = words[3].dropFirst(5).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                let ids = done == [""] ? [] : done
                for id in ids { try requireID(id, line: number) }
                var furthest: String?
                var finished = step == nil
                for word in words.dropFirst(4) {
                    if word.hasPrefix("furthest=") {
                        let id = String(word.dropFirst(9))
                        try requireID(id, line: number)
                        furthest = id
                    } else if word == "finished=yes" {
                        finished = true
                    } else {
                        throw Corruption(line: number, reason: "expected 'furthest=ID' or 'finished=yes', found '\(word)'")
                    }
                }
                progress.lessons[words[1]] = LessonProgress(step: step, done: ids, finished: finished, furthest: furthest)
            case ("quiz", 5):
                guard progress.quiz == nil else { throw Corruption(line: number, reason: "a second quiz line") }
                var counts: [Int] = []
                for (word, key) in zip(words.dropFirst(), ["streak", "best", "right", "asked"]) {
                    guard word.hasPrefix(key + "="), let count = Int(word.dropFirst(key.count + 1)), count >= 0 else {
                        throw Corruption(line: number, reason: "expected '\(key)=N', found '\(word)'")
                    }
                    counts.append(count)
                }
                progress.quiz = QuizRecord(streak: counts[0], best: counts[1], right: counts[2], asked: counts[3])
            default:
                throw Corruption(line: number, reason: "unreadable line '\(line)'")
            }
        }
        return progress
    }

    private static func requireID(_ id: String, line: Int) throws(Corruption) {
        guard LessonFormat.isValidID(id) else { throw Corruption(line: line, reason: "'\(id)' is not a lesson or step id") }
    }
}
