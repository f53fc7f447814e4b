import TextKit

/// What `micrograd grade` says: its table and its problems, in both
/// languages (docs/grading.md).
public enum GradeMessage: Message {
    case studentHeader
    case scoreHeader
    case noteHeader
    /// A step not graded because the script could not be read.
    case notRun
    case scriptError(line: Int, message: String)
    case stopped(seconds: String)
    case unreadable(String)
    /// The last line of the table.
    case summary(scripts: Count, allPassed: Int, mean: String, notThrough: Int)
    case noTasks(String)
    case cannotReadAssignment(String)
    case assignmentHasErrors(String)

    public var texts: Texts {
        switch self {
        case .studentHeader: Texts(en: "student", zh: "学生")
        case .scoreHeader: Texts(en: "score", zh: "得分")
        case .noteHeader: Texts(en: "note", zh: "说明")
        case .notRun: Texts(en: "the script did not run", zh: "脚本没有运行")
        case .scriptError(let line, let message):
            Texts(en: "stopped at an error, line \(line): \(message)", zh: "第 \(line) 行出错后停止：\(message)")
        case .stopped(let seconds):
            Texts(en: "stopped after \(seconds) s: the script runs too long", zh: "运行超过 \(seconds) 秒，已停止：脚本运行太久")
        case .unreadable(let problem):
            Texts(en: "cannot be read: \(problem)", zh: "无法读取：\(problem)")
        case .summary(let scripts, let allPassed, let mean, let notThrough):
            Texts(
                en: "\(scripts.en): \(allPassed) passed every step, mean score \(mean); \(notThrough) did not run through",
                zh: "\(scripts.zh)：\(allPassed) 个全部通过，平均得分 \(mean)；\(notThrough) 个没有运行完")
        case .noTasks(let path):
            Texts(
                en: "micrograd: \(path) has no task step, so nothing to grade: an assignment is a lesson file whose task steps check the names a script defines\n",
                zh: "micrograd: \(path) 没有 task 步骤，无从评分：作业是一个课程文件，它的 task 步骤检查脚本定义的名字\n")
        case .cannotReadAssignment(let problem):
            Texts(en: "micrograd: the assignment cannot be read: \(problem)\n", zh: "micrograd: 无法读取作业：\(problem)\n")
        case .assignmentHasErrors(let problem):
            Texts(en: "micrograd: the assignment has an error: \(problem)\n", zh: "micrograd: 作业有错误：\(problem)\n")
        }
    }

    public static let samples: [GradeMessage] = [
        .studentHeader, .scoreHeader, .noteHeader, .notRun,
        .scriptError(line: 5, message: "expected an operator or the end of the statement, found the name 'f'"),
        .stopped(seconds: "10"), .unreadable("'bad8.mg' line 2 is not valid UTF-8 text"),
        .summary(scripts: Count(30, .script), allPassed: 21, mean: "84%", notThrough: 3),
        .noTasks("hw1.md"), .cannotReadAssignment("'hw1.md': No such file or directory"),
        .assignmentHasErrors("hw1.md:12: unknown field 'chekc:' (did you mean 'check:'?)"),
    ]
}
