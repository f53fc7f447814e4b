/// Checks that the languages of one lesson have the same steps, so that
/// `:lang` can switch in the middle and keep the place, and that they run
/// the same code, so that switching keeps the learner's names meaningful.
///
/// Only prose may differ: step ids, kinds and order, the code of `run:`,
/// `setup:` and a task's `answer:` (comments aside), the checks, the number
/// and place of options and key points, and expected numbers must agree.
public enum LanguageMatch {
    public static func problems(_ reference: Lesson, _ other: Lesson) -> [LessonDiagnostic] {
        var problems: [LessonDiagnostic] = []
        func report(_ line: Int, _ message: String) {
            problems.append(LessonDiagnostic(path: other.path, line: line, message: message))
        }
        let count = Swift.min(reference.steps.count, other.steps.count)
        for index in 0..<count {
            let mine = other.steps[index]
            let theirs = reference.steps[index]
            let there = "\(reference.path):\(theirs.line)"
            guard mine.id == theirs.id else {
                report(mine.line, "step \(index + 1) is '\(mine.id)' here but '\(theirs.id)' in \(there); the languages must have the same steps in the same order")
                return problems
            }
            guard mine.kindName == theirs.kindName else {
                report(mine.line, "step '\(mine.id)' is a \(mine.kindName) here but a \(theirs.kindName) in \(there)")
                continue
            }
            if code(mine.setup) != code(theirs.setup) {
                report(mine.line, "step '\(mine.id)' sets up other code than in \(there)")
            }
            switch (mine.kind, theirs.kind) {
            case (.run(let a), .run(let b)) where code(a) != code(b):
                report(mine.line, "step '\(mine.id)' runs other code than in \(there)")
            case (.task(let checksA, let answerA), .task(let checksB, let answerB)):
                if checksA != checksB { report(mine.line, "step '\(mine.id)' has other checks than in \(there)") }
                if code(answerA) != code(answerB) { report(mine.line, "step '\(mine.id)' has another model answer than in \(there)") }
            case (.choice(let optionsA, let correctA), .choice(let optionsB, let correctB))
            where optionsA.count != optionsB.count || correctA != correctB:
                report(mine.line, "step '\(mine.id)' has \(optionsA.count) options, right one number \(correctA + 1), but \(optionsB.count), right one number \(correctB + 1), in \(there)")
            case (.number(let expectedA, let toleranceA, _), .number(let expectedB, let toleranceB, _))
            where expectedA != expectedB || toleranceA != toleranceB:
                report(mine.line, "step '\(mine.id)' expects another number or tolerance than in \(there)")
            case (.question(_, let pointsA), .question(_, let pointsB)) where pointsA.count != pointsB.count:
                report(mine.line, "step '\(mine.id)' has \(pointsA.count) key points but \(pointsB.count) in \(there)")
            default:
                break
            }
            if mine.hints.count != theirs.hints.count {
                report(mine.line, "step '\(mine.id)' has \(mine.hints.count) hints but \(theirs.hints.count) in \(there)")
            }
        }
        if other.steps.count != reference.steps.count {
            let line = other.steps.last?.line ?? 1
            report(line, "\(other.steps.count) steps here but \(reference.steps.count) in \(reference.path)")
        }
        return problems
    }

    /// Code without comments and blank lines: what actually runs.
    public static func code(_ lines: [CodeLine]) -> [String] {
        lines.compactMap { line in
            let text = line.text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let trimmed = text.trimmingBlanks
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}
