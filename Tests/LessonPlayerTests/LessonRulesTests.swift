import Foundation
import Lessons
import Testing
import TextKit
import Tutor

@testable import LessonPlayer

/// The rules every built-in lesson keeps (issue 14, docs/authoring.md): the
/// learner predicts and proves rather than copy-types, and the traps the
/// review found stay gone.
@Suite("Lesson rules and traps")
struct LessonRulesTests {
    static let catalog = LessonCatalog(roots: [LessonPlay.lessons])

    /// A task "shows its answer" when a line of its model answer stands in
    /// the step's own text (hints may show it).
    static func showsAnswer(_ step: Step) -> Bool {
        guard case .task(_, let answer) = step.kind else { return false }
        return answer.contains { line in
            let code = line.text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
            return !code.isEmpty && step.text.contains(code)
        }
    }

    @Test("at most a third of a lesson's task steps show their exact answer in the text", arguments: Language.allCases)
    func notCopyTyping(language: Language) throws {
        for entry in Self.catalog.entries {
            let lesson = try Self.catalog.load(entry, language: language)
            let tasks = lesson.steps.filter { if case .task = $0.kind { true } else { false } }
            let shown = tasks.filter(Self.showsAnswer).map(\.id)
            #expect(shown.count * 3 <= tasks.count, "\(entry.id) (\(language)): \(shown) of \(tasks.count) tasks")
        }
    }

    @Test("every lesson has predictions: number steps, and at least one step with other right or wrong answers listed")
    func predictAndProve() throws {
        for entry in Self.catalog.entries {
            let lesson = try Self.catalog.load(entry, language: .en)
            let numbers = lesson.steps.filter { if case .number = $0.kind { true } else { false } }
            #expect(!numbers.isEmpty, "\(entry.id) asks for no prediction")
            #expect(lesson.steps.contains { !$0.alternatives.isEmpty || !$0.wrongAnswers.isEmpty }, "\(entry.id)")
        }
    }

    final class Output: @unchecked Sendable { var text = "" }

    static func runner(_ language: Language = .en) -> (LessonRunner, Output) {
        let output = Output()
        let runner = LessonRunner(
            catalog: catalog, store: nil, language: language,
            options: SessionOptions(style: Style(color: false, unicode: true))
        ) { output.text += $0 }
        return (runner, output)
    }

    @Test("lesson 1: nudging a itself is caught in its step, and L = c^2 still passes the next task", arguments: Language.allCases)
    func lessonOneNudge(language: Language) {
        let (runner, output) = Self.runner(language)
        #expect(runner.start("basics", atStep: "nudge"))
        runner.handle("a = 2.01")
        runner.handle("c = a*b + 1")
        #expect(runner.currentStep?.id == "nudge", "the trap passed: \(output.text)")
        #expect(output.text.contains(language == .en ? "Not yet" : "还不对"))
        // The way out the hint gives, then on.
        runner.handle(":retry")
        runner.handle("c2 = (a + 0.01)*b + 1")
        #expect(runner.currentStep?.id != "nudge")
        while let step = runner.currentStep, step.id != "chain" {
            runner.handle(":skip")
        }
        output.text = ""
        runner.handle("L = c^2")
        #expect(runner.currentStep?.id != "chain", "\(output.text)")
    }

    @Test("lesson 1: a look at a name is not graded; a number step takes an expression")
    func lookingAndExpressions() {
        let (runner, output) = Self.runner()
        #expect(runner.start("basics", atStep: "chain"))
        runner.handle("c")
        #expect(runner.currentStep?.id == "chain")
        #expect(!output.text.contains("Not yet") && !output.text.contains("Right"))
        runner.handle("L = c*c")
        #expect(runner.currentStep?.id == "chain-b")
        runner.handle("-10*a")
        #expect(runner.currentStep?.id != "chain-b", "\(output.text)")
    }

    @Test("lesson 3: gradient descent into the same name is refused in its step and the next step still works")
    func lessonThreeDescent() {
        let (runner, output) = Self.runner()
        #expect(runner.start("backpropagation", atStep: "descent"))
        runner.handle("a = a - 0.01*grad(L, a)")
        #expect(runner.currentStep?.id == "descent", "\(output.text)")
        runner.handle(":skip")
        #expect(runner.currentStep?.id != "descent")
        #expect(!output.text.contains("does not depend"), "\(output.text)")
    }

    static func numbers(_ runner: LessonRunner, _ name: String) -> [Double] {
        let workspace = runner.session.workspace
        return workspace.value(named: name)?.nodes.map(workspace.tape.data) ?? []
    }

    @Test("lesson 6: :train without names trains w and b, never the data, and passes", arguments: Language.allCases)
    func lessonSixTrainsNoData(language: Language) {
        let (runner, output) = Self.runner(language)
        #expect(runner.start("linear-regression", atStep: "train"))
        let data = Self.numbers(runner, "x_train") + Self.numbers(runner, "y_train")
        runner.handle(":train loss 1000 0.05")
        #expect(runner.currentStep?.id != "train", "\(output.text)")
        #expect(Self.numbers(runner, "x_train") + Self.numbers(runner, "y_train") == data)
    }

    @Test("lesson 7: a second :step overshoots the check; the failure offers :retry, and after it the step passes")
    func lessonSevenTwoSteps() {
        let (runner, output) = Self.runner()
        #expect(runner.start("mlp", atStep: "one-step"))
        runner.handle("loss")
        runner.handle(":step 2 w1 b1 w2 b2")
        // Passed at once: a second :step is the trap only when the first was
        // not graded; make it so by stepping twice through :train.
        #expect(runner.currentStep?.id != "one-step")
        let (twice, said) = Self.runner()
        #expect(twice.start("mlp", atStep: "one-step"))
        twice.handle(":train loss 2 2 w1 b1 w2 b2")
        #expect(twice.currentStep?.id == "one-step")
        #expect(said.text.replacing("\n", with: " ").contains(":retry"), "\(said.text)")
        twice.handle(":retry")
        twice.handle("loss")
        twice.handle(":step 2 w1 b1 w2 b2")
        #expect(twice.currentStep?.id != "one-step", "\(said.text)")
    }
}
