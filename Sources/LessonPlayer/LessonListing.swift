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
            case let saved? where saved.isFinished: state = style.good(words.finished)
            case let saved?:
                let at = saved.step.flatMap { lesson?.index(ofStep: $0) } ?? 0
                state = words.atStep(at + 1, steps)
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
