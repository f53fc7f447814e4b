import TextKit

/// The table `micrograd grade` prints in text mode: a row per student with
/// the score, a mark per task step and a note when the script did not run
/// through, then a summary line.
///
/// ```
/// student   score  make-l  grad-a  note
/// alice.mg  2/2    ✓       ✓
/// carol.mg  0/2    ✗       ✗       stopped at an error, line 5: ...
/// ```
public struct GradeTable {
    public var steps: [String]
    public var language: Language
    public var style: Style

    public init(steps: [String], language: Language, style: Style) {
        self.steps = steps
        self.language = language
        self.style = style
    }

    public func render(_ grades: [AssignmentGrader.StudentGrade]) -> String {
        let pass = style.unicode ? "✓" : "ok"
        let fail = style.unicode ? "✗" : "x"
        var rows: [[String]] = [
            [GradeMessage.studentHeader.text(language), GradeMessage.scoreHeader.text(language)] + steps
                + [GradeMessage.noteHeader.text(language)]
        ]
        for grade in grades {
            let marks = grade.steps.map { $0.passed ? pass : fail }
            rows.append([grade.student.withVisibleControls, "\(grade.passed)/\(grade.total)"] + marks + [note(grade.status)])
        }
        let columns = rows[0].count
        let widths = (0..<columns).map { column in rows.map { TextLayout.width($0[column]) }.max() ?? 0 }
        var lines = rows.map { row in
            (0..<columns).map { column in
                column == columns - 1 ? row[column] : TextLayout.padRight(row[column], to: widths[column])
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        lines[0] = style.dim(lines[0])
        let allPassed = grades.filter { $0.total > 0 && $0.passed == $0.total }.count
        let mean = grades.isEmpty ? 0 : grades.map(\.score).reduce(0, +) / Double(grades.count)
        let notThrough = grades.filter { $0.status != .ran }.count
        lines.append(GradeMessage.summary(
            scripts: Count(grades.count, .script), allPassed: allPassed, mean: "\(Int((mean * 100).rounded()))%",
            notThrough: notThrough).text(language))
        return lines.joined(separator: "\n") + "\n"
    }

    private func note(_ status: AssignmentGrader.Status) -> String {
        switch status {
        case .ran: ""
        case .failed(let message, let line): GradeMessage.scriptError(line: line, message: message).text(language)
        case .stopped(let seconds): GradeMessage.stopped(seconds: seconds).text(language)
        case .unreadable(let problem): GradeMessage.unreadable(problem).text(language)
        }
    }
}
