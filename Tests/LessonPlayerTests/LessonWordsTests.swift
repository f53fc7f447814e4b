import Testing
@testable import LessonPlayer

@Suite("Lesson words")
struct LessonWordsTests {
    @Test("Chinese messages join without a space after their own punctuation")
    func chineseJoins() {
        #expect(LessonWords(language: .zh).joined("5 不对。", "再试一次。") == "5 不对。再试一次。")
        #expect(LessonWords(language: .en).joined("5 is not it.", "Try again.") == "5 is not it. Try again.")
    }

    @Test("one lesson step: singular")
    func singularSteps() {
        #expect(LessonWords(language: .en).stepCount(1) == "1 step")
        #expect(LessonWords(language: .en).stepCount(13) == "13 steps")
    }
}
