import Foundation
import LessonPlayer
import Lessons
import Testing
import TextKit
import Tutor

@Suite("Quiz score in the progress file")
struct QuizScoreStoreTests {
    private func play(_ lines: [String], progressPath: String, language: Language = .en) -> String {
        final class Output: @unchecked Sendable { var text = "" }
        let output = Output()
        let runner = LessonRunner(
            catalog: LessonCatalog(roots: []), store: ProgressStore(path: progressPath), language: language,
            options: SessionOptions(), write: { output.text += $0 })
        for line in lines { runner.handle(line) }
        runner.finish()
        return output.text
    }

    @Test("the streak and score are written after each answer, beside the lessons, and read back next time")
    func persisted() throws {
        let path = LessonPlay.temporaryFolder() + "/micrograd/lesson-progress"
        let store = ProgressStore(path: path)
        try store.update { $0.lessons["basics"] = LessonProgress(step: "chain", done: ["intro"]) }
        _ = play([":quiz seed 3", "two", "-1", "0.7", "q"], progressPath: path)
        #expect(
            try String(contentsOfFile: path, encoding: .utf8)
                == "micrograd-progress 1\nlesson basics step=chain done=intro\nquiz streak=2 best=2 right=2 asked=2\n")
        let again = ProgressStore(path: path)
        #expect(again.load() == nil)
        #expect(again.quizScore == QuizScore(streak: 2, best: 2, right: 2, asked: 2))
        // The next run goes on from the saved streak; a wrong answer ends it, the best stays.
        let said = play([":quiz seed 3", "1"], progressPath: path, language: .zh)
        #expect(said.contains("不对：你输入的是 1，而 dL/dd = -1。"))
        #expect(said.contains("连续答对 0 题（最长纪录 2 题）；共答对 2/3 题。"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasSuffix("quiz streak=0 best=2 right=2 asked=3\n"))
    }
}
