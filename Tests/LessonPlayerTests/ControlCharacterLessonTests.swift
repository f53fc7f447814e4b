import Foundation
import LessonPlayer
import Lessons
import Testing
import TextKit
import Tutor

/// Issue 19, item 4, with colour on: the only ESC bytes a hostile lesson's
/// play prints are `Style`'s own SGR codes; the file's sequences show as `^[`.
@Suite("A lesson with control characters, played in colour")
struct ControlCharacterLessonTests {
    @Test("title, text and hint: the file's ESC shown, our colour codes kept")
    func colour() throws {
        let root = LessonPlay.temporaryFolder()
        try FileManager.default.createDirectory(atPath: root + "/en", withIntermediateDirectories: true)
        let text = "# Evil \u{1B}]0;pwned\u{07}\n\n## prose intro\n\nText \u{1B}[2J here.\n\n"
            + "## task t\n\nMake d.\n\ncheck: value d == 4\nanswer: d = 4\nhint: copy \u{1B}]52;c;aGk=\u{07}\n"
        try text.write(toFile: root + "/en/90-evil.md", atomically: true, encoding: .utf8)
        final class Output: @unchecked Sendable { var text = "" }
        let output = Output()
        let runner = LessonRunner(
            catalog: LessonCatalog(roots: [root]), store: nil, language: .en,
            options: SessionOptions(style: Style(color: true, unicode: true), width: 80), write: { output.text += $0 })
        #expect(runner.start("evil"))
        runner.play(["", ":hint", "d = 4"])
        #expect(output.text.contains("\u{1B}[1m"), "the title is bold: colour is on")
        let unstyled = output.text.replacing(#/\x{1B}\[[0-9;]*m/#, with: "")
        #expect(!unstyled.contains("\u{1B}") && !unstyled.contains("\u{07}"), "\(output.text.debugDescription)")
        #expect(unstyled.contains("Evil ^[]0;pwned^G"))
        #expect(unstyled.contains("Text ^[[2J here."))
        #expect(unstyled.contains("copy ^[]52;c;aGk=^G"))
        let results = LessonCheck.run(root: root, options: SessionOptions())
        #expect(results.flatMap(\.problems).map(\.line).sorted() == [1, 5, 13], "\(results.flatMap(\.problems))")
    }
}
