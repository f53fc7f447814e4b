@testable import Views
import TextKit
import Testing

@testable import Tutor

/// Messages of the REPL commands: counts in the right number, `:explain`
/// as `:help` describes it, lesson commands outside a lesson.
@Suite("Command messages")
struct CommandMessagesTests {
    func run(_ lines: [String]) -> String {
        var output = ""
        let session = Session(options: SessionOptions(style: Style(color: false, unicode: true))) { output += $0 }
        for (index, line) in lines.enumerated() { session.handle(line, lineNumber: index + 1) }
        return output
    }

    @Test(":help explains every word of a table's op column")
    func helpOnTableOperations() {
        let text = run([":help neg", ":help const", ":help leaf"])
        #expect(text.contains("neg  the minus sign of -x (negation)\n  derivative   d(-x)/dx = -1"))
        #expect(text.contains("const  a number written in an expression"))
        #expect(text.contains("leaf  a parameter"))
        #expect(!text.contains("no help on"))
    }

    @Test("one training step: singular")
    func singularSteps() {
        let plot = LossPlot(style: .plain, width: 80).render([2, 1])
        #expect(plot.hasSuffix(" 1 step"), "\(plot)")
        #expect(LossPlot(style: .plain, width: 80).render([3, 2, 1]).hasSuffix(" 2 steps"))
    }

    @Test(":explain says '1 more node', not '1 more nodes'")
    func oneMoreNode() {
        // 1 leaf and 200 additions: one node past the 200 explained.
        let sum = "s = a" + String(repeating: " + a", count: 200)
        let text = run(["a = 1", sum, ":explain s"])
        #expect(text.contains("1 more node; :explain s NODE explains one"), "\(text.suffix(200))")
        #expect(!text.contains("1 more nodes"))
    }

    @Test(":explain L a.grad is :explain L a, as :help says")
    func explainNamedGrad() {
        let setup = ["a = 2", "b = -3", "c = a*b"]
        let withGrad = run(setup + [":explain c a.grad"])
        let plain = run(setup + [":explain c a"])
        #expect(!withGrad.contains("error"), "\(withGrad)")
        #expect(withGrad.contains("dc/da = b = -3  (c = a*b)"), "\(withGrad)")
        #expect(withGrad == plain)
        #expect(run(setup + [":explain c z.grad"]).contains("unknown name 'z'"))
    }

    @Test("a lesson command in a plain session says what to run at the shell")
    func lessonCommandOutsideLesson() {
        let lesson = run([":lesson 1"])
        #expect(lesson.contains(":lesson works at the interactive prompt and in `micrograd lesson`"), "\(lesson)")
        #expect(lesson.contains("run `micrograd lesson 1` at the shell"), "\(lesson)")
        #expect(!lesson.contains("lesson mode"))
        #expect(run([":lesson"]).contains("run `micrograd lesson` at the shell"))
        #expect(run([":menu"]).contains("`micrograd lessons` at the shell lists them"))
        #expect(run([":hint"]).contains("start a lesson with `micrograd lesson N`"))
    }
}
