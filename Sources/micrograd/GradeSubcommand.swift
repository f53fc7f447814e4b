import LessonPlayer
import Lessons
import Platform
import TextKit
import ArgumentParser

/// `micrograd grade ASSIGNMENT.md STUDENT.mg...`: the task checks of an
/// assignment applied to each student's script (docs/grading.md).
struct GradeSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Run each student's script, then grade it by the task checks of an assignment (a lesson file).",
        discussion: "One JSON line per student with --json, else a table. A script that fails, runs too long or cannot be read gets its row; the others are graded all the same.")

    @Argument(help: "The assignment: a lesson file whose task steps check the names a script defines.")
    var assignment: String

    @Argument(help: "The students' scripts.")
    var students: [String]

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Seconds a script may run before it is stopped.", valueName: "SECONDS"))
    var timeLimit: Double = 10

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit needs a number of seconds above 0") }
    }

    func run() throws {
        // As `run`: only an explicit --lang, so that a grade reads the same on every machine.
        let language = common.lang ?? .en
        let text: String
        do {
            text = try FileSystem.readText(assignment)
        } catch {
            writeError(GradeMessage.cannotReadAssignment(error.description).text(language))
            throw ExitCode(1)
        }
        let id = LessonFormat.split(fileName: FileSystem.baseName(assignment))
        let lesson: Lesson
        do {
            lesson = try LessonParser.parse(text, path: assignment, id: id?.id ?? "assignment", number: id?.number, language: language)
        } catch {
            for problem in error.all { writeError(GradeMessage.assignmentHasErrors(problem.text(language)).text(language)) }
            throw ExitCode(1)
        }
        let grader = AssignmentGrader(assignment: lesson, language: language, timeLimit: .milliseconds(Int64(timeLimit * 1000)))
        guard !grader.tasks.isEmpty else {
            writeError(GradeMessage.noTasks(assignment).text(language))
            throw ExitCode(1)
        }
        var grades: [AssignmentGrader.StudentGrade] = []
        for student in students {
            let read = Result { () throws(FileSystem.Problem) in try FileSystem.readText(student) }
            let grade = grader.grade(student: student, text: read)
            if common.json { writeOut(grade.json.encoded + "\n") } else { grades.append(grade) }
        }
        if !common.json {
            let table = GradeTable(steps: grader.tasks.map(\.id), language: language, style: common.sessionOptions().style)
            writeOut(table.render(grades))
        }
    }
}
