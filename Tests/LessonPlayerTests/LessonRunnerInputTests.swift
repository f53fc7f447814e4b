import Testing
import TextKit
import Tutor

@testable import LessonPlayer

/// How LessonRunner reads a line at a choice, a number and a question step
/// (the learners' findings on lessons 12 and 13).
@Suite("Lesson runner: reading a line")
struct LessonRunnerInputTests {
    @Test("a number typed as the tutor prints the expected one is right; fewer digits are not")
    func digitsAsShown() {
        #expect(LessonRunner.isAsShown(0.01562, 0.015625))
        #expect(LessonRunner.isAsShown(0.4531, 0.453125))
        #expect(!LessonRunner.isAsShown(0.0156, 0.015625))
        #expect(!LessonRunner.isAsShown(0.016, 0.015625))
        #expect(!LessonRunner.isAsShown(0.42, 0.41703))
    }

    @Test("a choice may carry the mark a list puts after its number, or be full width")
    func choiceMarks() {
        #expect(LessonRunner.choice("3.", count: 4) == 2)
        #expect(LessonRunner.choice("3)", count: 4) == 2)
        #expect(LessonRunner.choice("3、", count: 4) == 2)
        #expect(LessonRunner.choice("３", count: 4) == 2)
        #expect(LessonRunner.choice("(b)", count: 4) == 1)
        #expect(LessonRunner.choice("5", count: 4) == nil)
        #expect(LessonRunner.choice("3.5", count: 4) == nil)
    }

    @Test("a number that is no option's gets the range, not an expression's value", arguments: Language.allCases)
    func choiceOutOfRange(language: Language) {
        let (runner, output) = LessonRulesTests.runner(language)
        #expect(runner.start("reverse-mode", atStep: "order-1"))
        output.text = ""
        runner.handle("5")
        #expect(runner.currentStep?.id == "order-1")
        #expect(output.text.contains(language == .en ? "(1-" : "（1-"), "\(output.text)")
        #expect(!output.text.contains("5 = 5"), "\(output.text)")
    }

    @Test("at a question, a command runs as a command and the model answer waits", arguments: Language.allCases)
    func commandAtQuestion(language: Language) {
        let (runner, output) = LessonRulesTests.runner(language)
        #expect(runner.start("reverse-mode", atStep: "interview"))
        output.text = ""
        runner.handle(":vars")
        runner.handle(":help vars")
        #expect(!output.text.contains(language == .en ? "Model answer" : "参考答案"), "\(output.text)")
        runner.handle("reverse mode: one backward pass gives every gradient of the loss")
        #expect(output.text.contains(language == .en ? "Model answer" : "参考答案"), "\(output.text)")
        output.text = ""
        runner.handle(":vars")
        #expect(runner.currentStep?.id == "interview", "\(output.text)")
        runner.handle("1 2")
        #expect(runner.currentStep?.id != "interview", "\(output.text)")
    }

    @Test("a setup line breaks between statements, not inside a short one")
    func setupBreaksBetweenStatements() {
        let output = LessonRulesTests.Output()
        let runner = LessonRunner(
            catalog: LessonRulesTests.catalog, store: nil, language: .en,
            options: SessionOptions(style: Style(color: false, unicode: true), width: 60)
        ) { output.text += $0 }
        #expect(runner.start("reverse-mode", atStep: "fwd-e"))
        let setup = output.text.split(separator: "\n").drop { !$0.hasPrefix("Set up for you:") }.prefix(2)
        #expect(setup.count == 2, "\(output.text)")
        for line in setup {
            #expect(line.count <= 60, "\(line)")
            #expect(!line.hasSuffix(" f") && !line.hasPrefix("= "), "\(line)")
        }
        #expect(setup.joined(separator: " ").contains("f = d*e"), "\(output.text)")
    }
}
