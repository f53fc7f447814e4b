import LessonPlayer
import Lessons
import Platform
import Testing
import TextKit

/// A student's script graded by an assignment's task checks, in-process.
@Suite("Grading scripts by an assignment")
struct AssignmentGraderTests {
    static let assignment = try! LessonParser.parse(
        """
        # Homework

        ## task first-graph

        Build L.

        check: value L == -8
        check: grad L wrt a == 6
        answer: a = 2; b = -3; c = 10; f = -2; L = (a*b + c)*f
        hint: h

        ## task loss

        The squared error.

        setup: w = 0.5; x = 2; y = 3
        check: equivalent (w*x - y)^2
        answer: loss = (w*x - y)^2
        hint: h
        """, path: "hw.md", id: "hw", number: nil, language: .en)

    static func grade(_ script: String, timeLimit: Duration = .seconds(10)) -> AssignmentGrader.StudentGrade {
        AssignmentGrader(assignment: assignment, timeLimit: timeLimit)
            .grade(student: "s.mg", text: Result<String, FileSystem.Problem>.success(script))
    }

    @Test("a right script passes every task; the setup's names are there for it")
    func right() {
        let grade = Self.grade("a = 2\nb = -3\nc = 10\nf = -2\nL = (a*b + c)*f\nloss = (y - x*w)^2\n")
        #expect(grade.status == .ran)
        #expect(grade.steps.map(\.passed) == [true, true])
        #expect(grade.score == 1)
    }

    @Test("a wrong value says why; equivalent reads the statement that assigns the model's name")
    func wrong() {
        let grade = Self.grade("a = 2\nb = -3\nc = 11\nf = -2\nL = (a*b + c)*f\nloss = w*x - y\nz = 1\n")
        #expect(grade.steps[0].reason == "L is -10, but -8 is wanted.")
        #expect(grade.steps[1].passed == false)
        #expect(grade.passed == 0)
    }

    @Test("an error stops the script at its line; what it defined before is graded")
    func error() {
        let grade = Self.grade("a = 2\nb = -3\nc = 10\nf = -2\nL = (a*b + c)*f\nloss = (w*x - y\n")
        guard case .failed(let message, 6) = grade.status else { Issue.record("\(grade.status)"); return }
        #expect(!message.isEmpty)
        #expect(grade.steps[0].passed)
        #expect(grade.steps[1].reason == "'loss' is not defined yet.")
    }

    @Test("a script that runs too long is stopped; files are out of its reach")
    func sandboxed() {
        let long = Self.grade("w = 1\nloss = (w - 3)^2\n:train loss 100000000 0.0001 w\n", timeLimit: .milliseconds(50))
        #expect(long.status == .stopped("0.05"))
        let saving = Self.grade("a = 1\n:save x.mg\n")
        guard case .failed(let message, 2) = saving.status else { Issue.record("\(saving.status)"); return }
        #expect(message.contains(":save"))
    }

    @Test("an unreadable file gets a row, and every step not passed")
    func unreadable() {
        let grade = AssignmentGrader(assignment: Self.assignment).grade(
            student: "s.mg", text: Result<String, FileSystem.Problem>.failure(FileSystem.Problem(description: "'s.mg' line 2 is not valid UTF-8 text")))
        #expect(grade.status == .unreadable("'s.mg' line 2 is not valid UTF-8 text"))
        #expect(grade.steps.allSatisfy { !$0.passed })
    }
}
