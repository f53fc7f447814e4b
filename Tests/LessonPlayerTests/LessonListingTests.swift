import Lessons
import TextKit
import Testing

@testable import LessonPlayer

/// `micrograd lessons` and `:menu` within the width (LessonListing.swift).
@Suite("The lesson listing")
struct LessonListingTests {
    func listing(_ language: Language, width: Int) -> String {
        LessonListing(
            catalog: LessonCatalog(roots: [LessonPlay.lessons]), progress: nil, language: language, style: .plain
        ).render(width: width)
    }

    @Test("wide enough, one row a lesson; narrower, the title under its row, wrapped, and nothing cut",
          arguments: [Language.en, .zh])
    func fitsTheWidth(_ language: Language) {
        let wide = listing(language, width: 200).split(separator: "\n")
        let lessons = LessonCatalog(roots: [LessonPlay.lessons]).entries.count
        #expect(lessons >= 8)
        #expect(wide.count == lessons)
        for width in [60, 40] {
            let narrow = listing(language, width: width)
            let rows = narrow.split(separator: "\n")
            #expect(rows.allSatisfy { DisplayWidth.of(String($0)) <= width }, "\(narrow)")
            #expect(rows.count >= 2 * lessons)
            // Every title is there whole, if on more than one line.
            // (Spaces aside: a wrapped line ends where a space was.)
            let joined = String(narrow.filter { $0 != " " && $0 != "\n" })
            for row in wide {
                let title = String(row.split(separator: "  ", omittingEmptySubsequences: true)[2]).filter { $0 != " " }
                #expect(joined.contains(title), "\(title)")
            }
        }
    }
}
