/// Checks that the languages of one lesson have the same steps, so that
/// `:lang` can switch in the middle and keep the place, and that they run
/// the same code, so that switching keeps the learner's names meaningful.
///
/// Only prose may differ: step ids, kinds and order, the code of `run:`,
/// `setup:` and a task's `answer:`, `also:` and `not:` (comments aside), the checks, the number
/// and place of options and key points, and expected numbers must agree.
public enum LanguageMatch {
    public static func problems(_ reference: Lesson, _ other: Lesson) -> [LessonDiagnostic] {
        var problems: [LessonDiagnostic] = []
        func report(_ line: Int, _ said: LessonDiagnosticMessage) {
            problems.append(LessonDiagnostic(path: other.path, line: line, said))
        }
        let count = Swift.min(reference.steps.count, other.steps.count)
        for index in 0..<count {
            let mine = other.steps[index]
            let theirs = reference.steps[index]
            let there = "\(reference.path):\(theirs.line)"
            guard mine.id == theirs.id else {
                report(mine.line, .otherStepID(index + 1, here: mine.id, there: theirs.id, at: there))
                return problems
            }
            guard mine.kindName == theirs.kindName else {
                report(mine.line, .otherKind(mine.id, here: mine.kindName, there: theirs.kindName, at: there))
                continue
            }
            if code(mine.setup) != code(theirs.setup) {
                report(mine.line, .otherSetup(mine.id, at: there))
            }
            switch (mine.kind, theirs.kind) {
            case (.run(let a), .run(let b)) where code(a) != code(b):
                report(mine.line, .otherRun(mine.id, at: there))
            case (.task(let checksA, let answerA), .task(let checksB, let answerB)):
                if checksA != checksB { report(mine.line, .otherChecks(mine.id, at: there)) }
                if code(answerA) != code(answerB) { report(mine.line, .otherAnswer(mine.id, at: there)) }
            case (.choice(let optionsA, let correctA), .choice(let optionsB, let correctB))
            where optionsA.count != optionsB.count || correctA != correctB:
                report(mine.line, .otherOptions(mine.id, here: optionsA.count, right: correctA + 1, there: optionsB.count, thereRight: correctB + 1, at: there))
            case (.number(let expectedA, let toleranceA, _), .number(let expectedB, let toleranceB, _))
            where expectedA != expectedB || toleranceA != toleranceB:
                report(mine.line, .otherNumber(mine.id, at: there))
            case (.question(_, let pointsA), .question(_, let pointsB)) where pointsA.count != pointsB.count:
                report(mine.line, .otherPoints(mine.id, here: pointsA.count, there: pointsB.count, at: there))
            default:
                break
            }
            if code(mine.alternatives) != code(theirs.alternatives) || code(mine.wrongAnswers) != code(theirs.wrongAnswers) {
                report(mine.line, .otherAnswerForms(mine.id, at: there))
            }
            if mine.hints.count != theirs.hints.count {
                report(mine.line, .otherHints(mine.id, here: mine.hints.count, there: theirs.hints.count, at: there))
            }
        }
        if other.steps.count != reference.steps.count {
            let line = other.steps.last?.line ?? 1
            report(line, .otherStepCount(here: other.steps.count, there: reference.steps.count, at: reference.path))
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
