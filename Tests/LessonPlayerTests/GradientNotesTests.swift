import LessonPlayer
import Lessons
@testable import Views
import TextKit
import Autograd
import Testing
@testable import Tutor

@Suite("Notes under a table")
struct GradientNotesTests {
    private func run(_ lines: [String], language: Language = .en) -> String {
        final class Output: @unchecked Sendable { var text = "" }
        let output = Output()
        let session = Session(options: SessionOptions(style: Style(color: false, unicode: true))) { output.text += $0 }
        session.language = language
        for line in lines { session.handle(line) }
        return output.text
    }

    @Test("a NaN exponent gradient is explained where the base is negative, and only there")
    func onlyForANegativeBase() {
        #expect(run(["x = -3", "y = x^2"]).contains("(The exponent 2 shows grad NaN"))
        #expect(!run(["x = 3", "y = x^2"]).contains("The exponent"))
        // A named exponent is a parameter: its NaN is not the harmless kind.
        #expect(!run(["x = -3", "p = 2", "y = x^p"]).contains("The exponent"))
        // (-8)^0.5 is NaN itself, and so is the base's gradient: a warning says so instead.
        #expect(!run(["y = (-8)^0.5"]).contains("The exponent"))
    }

    @Test("the note speaks the lesson's language")
    func chinese() {
        #expect(run(["x = -3", "y = x^2"], language: .zh).contains("（指数 2 的梯度显示为 NaN"))
    }

    @Test("a lesson runner passes its language on to the session")
    func runnerLanguage() {
        let runner = LessonRunner(
            catalog: LessonCatalog(roots: []), store: nil, language: .zh, options: SessionOptions(), write: { _ in })
        #expect(runner.session.language == .zh)
    }
}
