import Foundation
import Lessons
import Testing
import TextKit
import Tutor

@testable import LessonPlayer

/// Every step starts from a known state (issue 14): `:retry` puts it back,
/// `--step` opens a lesson there, and a failure says when the learner's
/// own lines left the state another than the step began with.
@Suite("Step start states, :retry and --step")
struct StepStateTests {
    /// A two-language lesson folder with a lesson that builds `a`, `b` and
    /// `c` over three steps, as lesson 1 does, and a training step.
    static func lessons() throws -> String {
        let root = LessonPlay.temporaryFolder() + "/lessons"
        let text = """
            # Nudges

            ## run build

            Build it.

            run:
                a = 2
                b = -3

            ## task make-c

            Make c from a and b.

            check: value c == -5
            answer:
                c = a*b + 1
            also: c = b*a + 1
            not: c = a*b
            hint: c = a*b + 1

            ## task square

            Square c into L.

            check: value L == 25
            check: grad L wrt a == 30
            answer:
                L = c*c
            also: L = c^2
            not: L = 2*c
            hint: L = c*c

            ## number slope

            What is dL/dc?

            expect: 2*(-5)
            tolerance: 1%
            also: 2*c
            not: 10
            hint: 2c

            ## task fit

            Fit w.

            setup:
                x_train = [[1], [2], [3]]
                y_train = 2*x_train
                w = 0.5
                loss = sum((x_train*w - y_train)^2)

            check: value w == 2 within 0.01
            answer:
                :train loss 200 0.02 w
            also: :train loss 200 0.02
            not: :train loss 1 0.02 w
            hint: :train loss 200 0.02 w

            """
        for language in ["en", "zh"] {
            try FileManager.default.createDirectory(atPath: root + "/" + language, withIntermediateDirectories: true)
            try text.write(toFile: root + "/\(language)/01-nudges.md", atomically: true, encoding: .utf8)
        }
        return root
    }

    final class Output: @unchecked Sendable { var text = "" }

    static func runner(_ root: String, store: ProgressStore? = nil) -> (LessonRunner, Output) {
        let output = Output()
        let runner = LessonRunner(
            catalog: LessonCatalog(roots: [root]), store: store, language: .en,
            options: SessionOptions(style: Style(color: false, unicode: true))
        ) { output.text += $0 }
        return (runner, output)
    }

    static func number(_ runner: LessonRunner, _ name: String) -> Double? {
        guard case .scalar(let node)? = runner.session.workspace.value(named: name) else { return nil }
        return runner.session.workspace.tape.data(node)
    }

    @Test("the lesson-1 trap: a nudged a makes the next step fail, the failure says why, and :retry puts it back")
    func nudgeTrap() throws {
        let (runner, output) = Self.runner(try Self.lessons())
        #expect(runner.start("nudges"))
        runner.handle("")
        // Right, but by changing b itself on the way.
        runner.handle("b = -3.01")
        runner.handle("c = a*b + 1.02")
        #expect(runner.stepIndex == 2)
        output.text = ""
        runner.handle("L = c*c")
        #expect(runner.stepIndex == 2)
        let said = output.text.replacing("\n", with: " ")
        #expect(said.contains("Not yet: the gradient of L with respect to a is 30.1, but 30 is wanted."), "\(said)")
        #expect(said.contains("b is -3.01 now, but this step starts from b = -3"), "\(said)")
        #expect(said.contains(":retry puts the step back as it began"))
        runner.handle("mine = 7")
        output.text = ""
        runner.handle(":retry")
        #expect(Self.number(runner, "b") == -3)
        #expect(Self.number(runner, "c") == -5)
        #expect(Self.number(runner, "mine") == 7)
        #expect(output.text.contains("Step 3 of 5 again, as it began."), "\(output.text)")
        #expect(output.text.contains("Set up for you by the earlier steps' model answers: a = 2, b = -3, c = -5"), "\(output.text)")
        #expect(output.text.contains("Your own names are kept, as numbers: mine."))
        runner.handle("L = c^2")
        #expect(runner.stepIndex == 3)
    }

    @Test("a name assigned in the step itself is work on the step, not a changed start")
    func ownWorkIsNotAChange() throws {
        let (runner, output) = Self.runner(try Self.lessons())
        #expect(runner.start("nudges", atStep: "make-c"))
        output.text = ""
        runner.handle("a = 5")
        runner.handle("c = a*b")
        #expect(output.text.contains("Not yet: c is -15, but -5 is wanted."), "\(output.text)")
        #expect(!output.text.contains("this step starts from"), "\(output.text)")
    }

    @Test("--step opens a lesson at a step by id or number, in its start state; an unknown step is refused with a suggestion")
    func openAtStep() throws {
        let root = try Self.lessons()
        let (runner, output) = Self.runner(root)
        #expect(runner.start("nudges", atStep: "square"))
        #expect(runner.stepIndex == 2)
        #expect(Self.number(runner, "c") == -5)
        #expect(output.text.contains("Opened at step 3 of 5 (square)"), "\(output.text)")
        let (byNumber, _) = Self.runner(root)
        #expect(byNumber.start("nudges", atStep: "4"))
        #expect(byNumber.currentStep?.id == "slope")
        let (wrong, said) = Self.runner(root)
        #expect(!wrong.start("nudges", atStep: "sqaure"))
        #expect(said.text.contains("No step 'sqaure' in this lesson; did you mean 'square'?"), "\(said.text)")
        let (none, listed) = Self.runner(root)
        #expect(!none.start("nudges", atStep: "zzzzzzzz"))
        #expect(listed.text.replacing("\n", with: " ").contains("its steps are: build, make-c, square, slope, fit"), "\(listed.text)")
    }

    @Test("a bare name and :vars only look; a line that computes is graded, and :train is an answer")
    func whatIsGraded() throws {
        let (runner, _) = Self.runner(try Self.lessons())
        #expect(runner.start("nudges", atStep: "square"))
        // A line that computes is graded.
        runner.handle("L = c*c")
        #expect(runner.stepIndex == 3)
        let (fresh, said) = Self.runner(try Self.lessons())
        #expect(fresh.start("nudges", atStep: "square"))
        fresh.session.handle("L = c*c")
        said.text = ""
        fresh.handle("L")
        fresh.handle(":vars")
        #expect(fresh.stepIndex == 2, "a bare name passed: \(said.text)")
        #expect(!said.text.contains("Right") && !said.text.contains("Not yet"), "\(said.text)")
        #expect(said.text.contains("Looking is free"))
        // :train changes the session: it is an answer.
        let (trainer, _) = Self.runner(try Self.lessons())
        #expect(trainer.start("nudges", atStep: "fit"))
        trainer.handle(":train loss 200 0.02 w")
        #expect(trainer.lesson == nil, "the lesson's last step passed")
    }

    @Test("a number step grades an expression of names, refuses words, and a relative tolerance")
    func numberStep() throws {
        let (runner, output) = Self.runner(try Self.lessons())
        #expect(runner.start("nudges", atStep: "slope"))
        runner.handle("two")
        #expect(output.text.contains("'two' is not a number: type digits"), "\(output.text)")
        runner.handle("about ten")
        #expect(output.text.contains("'about ten' is not a number"), "\(output.text)")
        runner.handle("-9.8")
        #expect(output.text.contains("-9.8 is not it."))
        #expect(runner.stepIndex == 3)
        output.text = ""
        runner.handle("2 * c")
        #expect(runner.stepIndex == 4, "\(output.text)")
        // One line for the expression's value, no table with its gradients.
        #expect(output.text.hasPrefix("2 * c = -10\n✓ Right."), "\(output.text)")
        #expect(!output.text.contains("node"))
    }

    @Test(":skip from a state the learner changed puts the step back first, so the model answer passes")
    func skipFromChangedState() throws {
        let (runner, output) = Self.runner(try Self.lessons())
        #expect(runner.start("nudges", atStep: "make-c"))
        runner.handle("b = -3.01")
        runner.handle("c = a*b + 1.02")
        #expect(runner.stepIndex == 2)
        output.text = ""
        runner.handle(":skip")
        #expect(runner.stepIndex == 3, "\(output.text)")
        #expect(!output.text.contains("Not yet"))
        #expect(Self.number(runner, "b") == -3)
    }

    @Test("training without names moves the weights and keeps the typed-out data, and says so once")
    func trainingKeepsData() throws {
        let (runner, output) = Self.runner(try Self.lessons())
        #expect(runner.start("nudges", atStep: "fit"))
        output.text = ""
        runner.handle(":train loss 200 0.02")
        #expect(output.text.contains("the data x_train stays as it is"), "\(output.text)")
        #expect(runner.lesson == nil)
    }

    @Test("lessons check plays also: and not: from the step's start state")
    func checkPlaysForms() throws {
        let root = try Self.lessons()
        let good = LessonCheck.run(root: root, options: SessionOptions())
        #expect(good.flatMap(\.problems).isEmpty, "\(good.flatMap(\.problems).map(\.message))")
        // A wrong alternative and a right "wrong" answer are both reported, at their lines.
        let path = root + "/en/01-nudges.md"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacing("also: L = c^2", with: "also: L = c^3")
        text = text.replacing("not: L = 2*c", with: "not: L = c*c*1")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try text.write(toFile: root + "/zh/01-nudges.md", atomically: true, encoding: .utf8)
        let messages = LessonCheck.run(root: root, options: SessionOptions()).flatMap(\.problems).map { "\($0.line): \($0.message)" }
        #expect(messages.contains("30: step 'square': the 'also:' answer 'L = c^3' does not pass the step's checks from its start state"), "\(messages)")
        #expect(messages.contains("31: step 'square': the 'not:' answer 'L = c*c*1' passes the step's checks; make the checks tell it apart"), "\(messages)")
    }

    @Test("a failure names whose number is whose: the engine's gradient against the learner's own expression")
    func fairWording() {
        let words = LessonWords(language: .en)
        let failure = CheckFailure.gradientDiffers(
            subject: "loss", withRespectTo: "w", actual: Numbers(shape: [], values: [-8.6006]),
            expected: Numbers(shape: [], values: [-43.0032]), expression: "dw")
        #expect(
            words.reason(failure, format: { NumberFormatting.human($0) })
                == "your dw is -43.0032, but the engine's gradient of loss with respect to w is -8.6006; they should be equal.")
        #expect(
            LessonWords(language: .zh).reason(failure, format: { NumberFormatting.human($0) })
                == "你的 dw 等于 -43.0032，而引擎算出的 loss 对 w 的梯度是 -8.6006；两者应该相等。")
    }

    @Test("a gradient check against the learner's name fails with the learner's number as theirs")
    func checkerKnowsTheExpression() {
        let session = Session(options: SessionOptions()) { _ in }
        for line in ["w = 3", "x = 2", "loss = (w*x)^2", "dw = 5"] { session.handle(line) }
        guard let check = try? Check.parse("grad loss wrt w == dw") else {
            Issue.record("the check does not parse")
            return
        }
        let failure = AnswerChecker(workspace: session.workspace).failure(of: check, input: "dw = 5")
        guard case .gradientDiffers(_, _, let actual, let expected, let expression)? = failure else {
            Issue.record("\(String(describing: failure))")
            return
        }
        #expect(actual.values == [24])
        #expect(expected.values == [5])
        #expect(expression == "dw")
    }
}

/// A finished lesson stays finished when it is opened again, the list
/// shows how far the learner got, and `:restart` asks first.
@Suite("Progress survives review")
struct ReviewProgressTests {
    @Test("reviewing a finished lesson keeps it finished, with its done steps; the list says so")
    func reviewKeepsFinished() throws {
        let root = try StepStateTests.lessons()
        let path = LessonPlay.temporaryFolder() + "/lesson-progress"
        let (runner, _) = StepStateTests.runner(root, store: ProgressStore(path: path))
        #expect(runner.start("nudges"))
        for _ in 0..<5 { runner.handle(":skip") }
        #expect(runner.lesson == nil)
        let store = ProgressStore(path: path)
        store.load()
        #expect(store.progress.lessons["nudges"]?.isFinished == true)
        let (again, output) = StepStateTests.runner(root, store: store)
        #expect(again.start("nudges"))
        #expect(output.text.contains("it stays finished"))
        again.handle("")
        let reread = ProgressStore(path: path)
        reread.load()
        let saved = try #require(reread.progress.lessons["nudges"])
        #expect(saved.isFinished)
        #expect(saved.done.count == 5)
        #expect(saved.step == "make-c")
        let list = LessonListing(catalog: LessonCatalog(roots: [root]), progress: reread.progress, language: .en, style: .plain).render()
        #expect(list.contains("finished, reviewing step 2/5"), "\(list)")
    }

    @Test("going back keeps the furthest step, and the list shows it")
    func furthestStep() throws {
        let root = try StepStateTests.lessons()
        let path = LessonPlay.temporaryFolder() + "/lesson-progress"
        let (runner, _) = StepStateTests.runner(root, store: ProgressStore(path: path))
        #expect(runner.start("nudges"))
        for _ in 0..<3 { runner.handle(":skip") }
        runner.handle(":back")
        runner.handle(":back")
        let store = ProgressStore(path: path)
        store.load()
        #expect(store.progress.lessons["nudges"]?.furthest == "slope")
        let list = LessonListing(catalog: LessonCatalog(roots: [root]), progress: store.progress, language: .en, style: .plain).render()
        #expect(list.contains("step 2/5, reached 4"), "\(list)")
    }

    @Test(":restart asks first; only :restart again at once forgets, and a finished lesson stays finished")
    func restartAsks() throws {
        let root = try StepStateTests.lessons()
        let path = LessonPlay.temporaryFolder() + "/lesson-progress"
        let (runner, output) = StepStateTests.runner(root, store: ProgressStore(path: path))
        #expect(runner.start("nudges"))
        runner.handle(":skip")
        runner.handle(":skip")
        output.text = ""
        runner.handle(":restart")
        #expect(runner.stepIndex == 2)
        #expect(output.text.contains("Type :restart again to start over"), "\(output.text)")
        runner.handle("1 + 1")
        runner.handle(":restart")
        #expect(runner.stepIndex == 2, "a :restart after another line asks again")
        runner.handle(":restart")
        #expect(runner.stepIndex == 0)
        #expect(runner.session.workspace.names.isEmpty || runner.session.workspace.value(named: "c") == nil)
    }

    @Test("the progress format keeps furthest= and finished=yes, and reads the older lines")
    func format() throws {
        var progress = Progress()
        progress.lessons["a"] = LessonProgress(step: "two", done: ["one"], finished: true, furthest: "four")
        progress.lessons["b"] = LessonProgress(step: nil, done: ["x"])
        progress.lessons["c"] = LessonProgress(step: "s", done: [])
        let text = ProgressFormat.encode(progress)
        #expect(text.contains("lesson a step=two done=one furthest=four finished=yes\n"))
        #expect(text.contains("lesson b finished done=x\n"))
        #expect(try ProgressFormat.decode(text) == progress)
        #expect(throws: ProgressFormat.Corruption.self) { try ProgressFormat.decode("micrograd-progress 1\nlesson a step=s done= nonsense\n") }
    }
}
