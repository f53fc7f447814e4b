import LessonPlayer
import Testing
import TextKit

/// The table of `micrograd grade` in text mode.
@Suite("The grade table")
struct GradeTableTests {
    @Test("a row per student, a mark per step, a note for a script that did not run through, a summary")
    func table() {
        let grades = [
            AssignmentGrader.StudentGrade(
                student: "alice.mg", status: .ran,
                steps: [.init(step: "l", passed: true, reason: nil), .init(step: "loss", passed: true, reason: nil)]),
            AssignmentGrader.StudentGrade(
                student: "carol.mg", status: .failed(message: "unknown name 'q'", line: 3),
                steps: [.init(step: "l", passed: true, reason: nil), .init(step: "loss", passed: false, reason: "x")]),
        ]
        let text = GradeTable(steps: ["l", "loss"], language: .en, style: .plain).render(grades)
        #expect(text == """
            student   score  l  loss  note
            alice.mg  2/2    ✓  ✓
            carol.mg  1/2    ✓  ✗     stopped at an error, line 3: unknown name 'q'
            2 scripts: 1 passed every step, mean score 75%; 1 did not run through

            """)
        let chinese = GradeTable(steps: ["l", "loss"], language: .zh, style: .plain).render(grades)
        #expect(chinese.contains("第 3 行出错后停止：unknown name 'q'"))
        #expect(chinese.hasSuffix("2 个脚本：1 个全部通过，平均得分 75%；1 个没有运行完\n"))
    }
}
