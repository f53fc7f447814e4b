import TextKit
import Lessons

/// The list of lessons with the learner's progress, for `micrograd lessons`
/// and `:menu`.
public struct LessonListing {
    let catalog: LessonCatalog
    let progress: Progress?
    let words: LessonWords
    let style: Style

    public init(catalog: LessonCatalog, progress: Progress?, language: Language, style: Style) {
        self.init(catalog: catalog, progress: progress, words: LessonWords(language: language), style: style)
    }

    init(catalog: LessonCatalog, progress: Progress?, words: LessonWords, style: Style) {
        self.catalog = catalog
        self.progress = progress
        self.words = words
        self.style = style
    }

    /// `micrograd lessons --json` (docs/json.md): one object per lesson, in
    /// the listing's order, with the learner's progress:
    /// `{"number": 1, "lesson": "basics", "title": ..., "language": "en", "file": ..., "steps": 13,
    /// "state": "not started" | "started" | "finished", "step": 4, "done": ["intro", ...]}`
    /// (`step`, 1-based, only for a lesson started; `title` null for a file with errors).
    public func json() -> [String] {
        catalog.entries.enumerated().map { index, entry in
            let lesson = try? catalog.load(entry, language: words.language)
            let saved = progress?.lessons[entry.id]
            let state = saved == nil ? "not started" : saved!.isFinished ? "finished" : "started"
            var members: [(String, JSON)] = [
                ("number", .int(index + 1)), ("lesson", .string(entry.id)), ("title", .string(orNull: lesson?.title)),
                ("language", .string(words.language.rawValue)),
                ("file", .string(orNull: entry.files[words.language] ?? entry.files.values.sorted().first)),
                ("steps", .int(lesson?.steps.count ?? 0)), ("state", .string(state)),
            ]
            if let saved, !saved.isFinished {
                members.append(("step", .int((saved.step.flatMap { lesson?.index(ofStep: $0) } ?? 0) + 1)))
            }
            members.append(("done", .array((saved?.done ?? []).map(JSON.string))))
            return JSON.object(members).encoded
        }
    }

    /// One row per lesson, each within `width` columns: a title too long
    /// for its column is cut with `…` (the id, the steps and the state,
    /// what one acts on, are never cut).
    public func render(width: Int = 80) -> String {
        guard !catalog.entries.isEmpty else { return words.noLessons }
        var rows: [[String]] = []
        for (index, entry) in catalog.entries.enumerated() {
            let lesson = try? catalog.load(entry, language: words.language)
            // The id comes from a file name and the title from the file:
            // control characters shown visibly (the parser does the title).
            let id = entry.id.withVisibleControls
            let title = lesson?.title.withVisibleControls ?? words.titleWithErrors(id)
            let steps = lesson?.steps.count ?? 0
            let state: String
            switch progress?.lessons[entry.id] {
            case nil: state = words.notStarted
            case let saved?:
                let at = saved.step.flatMap { lesson?.index(ofStep: $0) }
                let furthest = saved.furthest.flatMap { lesson?.index(ofStep: $0) }
                if saved.isFinished {
                    // Finished, and perhaps open again for review at a step.
                    state = style.good(at.map { words(LessonMessage.finishedAt($0 + 1, of: steps)) } ?? words.finished)
                } else if let furthest, furthest > (at ?? 0) {
                    state = words(LessonMessage.reachedStep((at ?? 0) + 1, of: steps, furthest: furthest + 1))
                } else {
                    state = words.atStep((at ?? 0) + 1, steps)
                }
            }
            rows.append(["\(index + 1).", id, title, words.stepCount(steps), state])
        }
        let widths = (0..<4).map { column in rows.map { TextLayout.width($0[column]) }.max() ?? 0 }
        let states = rows.map { TextLayout.width($0[4]) }.max() ?? 0
        if widths.reduce(0, +) + states + 8 <= width {
            return rows.map { row in
                (0..<4).map { TextLayout.padRight(row[$0], to: widths[$0]) }.joined(separator: "  ") + "  " + row[4]
            }.joined(separator: "\n")
        }
        // Too narrow for the titles: each title on a line of its own under
        // its row, wrapped, so that nothing is cut.
        let indent = String(repeating: " ", count: widths[0] + 2)
        return rows.map { row in
            let head = [0, 1, 3].map { TextLayout.padRight(row[$0], to: widths[$0]) }.joined(separator: "  ") + "  " + row[4]
            return ProseLayout.fit(head, width: width) + "\n" + ProseLayout.render(row[2], width: width, indent: indent)
        }.joined(separator: "\n")
    }
}
