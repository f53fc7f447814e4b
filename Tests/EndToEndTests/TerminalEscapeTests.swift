import Foundation
import Testing

/// Issue 19, item 4: a lesson file, a script or a typed line cannot drive
/// the terminal. Their ESC/OSC sequences (window title, clear screen, OSC 52
/// clipboard) are printed visibly (`^[`), and `lessons check` reports them
/// at `FILE:LINE`. (Through a pipe there is no colour, so no ESC at all may
/// reach the output; with colour, see LessonPlayerTests and ViewsTests.)
@Suite("Terminal escapes from files and input")
struct TerminalEscapeTests {
    static let title = "\u{1B}]0;pwned\u{07}"
    static let clear = "\u{1B}[2J"
    static let clipboard = "\u{1B}]52;c;aGk=\u{07}"

    /// A lessons folder with one English lesson holding the sequences in its
    /// title (line 1), text (line 5) and hint (line 13).
    static func hostileLessons() throws -> (folder: URL, file: URL) {
        let folder = Binary.temporaryFolder()
        let en = folder.appendingPathComponent("en")
        try FileManager.default.createDirectory(at: en, withIntermediateDirectories: true)
        let file = en.appendingPathComponent("90-evil.md")
        let text = [
            "# Evil \(title) lesson", "", "## prose intro", "", "Text \(clear) here.", "",
            "## task t", "", "Make d.", "", "check: value d == 4", "answer: d = 4", "hint: copy \(clipboard)", "",
        ].joined(separator: "\n")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

    static func expectNoControls(_ text: String) {
        #expect(!text.contains("\u{1B}"), "\(text.debugDescription)")
        #expect(!text.contains("\u{07}"), "\(text.debugDescription)")
    }

    @Test("a lesson's title, text and hint show the sequences visibly; no ESC reaches the terminal")
    func lessonPlay() throws {
        let (folder, _) = try Self.hostileLessons()
        let result = try Binary.run(["lesson", "evil", "--lessons", folder.path, "--lang", "en"], input: "\n:hint\nd = 4\n")
        Self.expectNoControls(result.stdout + result.stderr)
        #expect(result.stdout.contains("Evil ^[]0;pwned^G lesson"), "\(result.stdout)")
        #expect(result.stdout.contains("Text ^[[2J here."), "\(result.stdout)")
        #expect(result.stdout.contains("copy ^[]52;c;aGk=^G"), "\(result.stdout)")
        let listing = try Binary.run(["lessons", "--lessons", folder.path, "--lang", "en"])
        Self.expectNoControls(listing.stdout + listing.stderr)
        #expect(listing.stdout.contains("Evil ^[]0;pwned^G lesson"), "\(listing.stdout)")
    }

    @Test("lessons check fails at each line holding a control character")
    func lessonsCheck() throws {
        let (folder, file) = try Self.hostileLessons()
        let result = try Binary.run(["lessons", "check", folder.path, "--lang", "en"])
        #expect(result.status == 1)
        Self.expectNoControls(result.stdout + result.stderr)
        for line in [1, 5, 13] {
            #expect(result.stdout.contains("\(file.path):\(line): a control character (^[)"), "\(result.stdout)")
        }
    }

    @Test("run echoes a script's comments and input with the sequences shown, and the diagnostic too")
    func runScript() throws {
        let folder = Binary.temporaryFolder()
        let script = folder.appendingPathComponent("evil.mg")
        try "# set \(Self.title)\n# copy \(Self.clipboard)\na = 1\nb = a + \(Self.clear)\n"
            .write(to: script, atomically: true, encoding: .utf8)
        let result = try Binary.run(["run", script.path, "--lang", "en"])
        #expect(result.status == 1)
        Self.expectNoControls(result.stdout + result.stderr)
        #expect(result.stdout.contains("# set ^[]0;pwned^G\n# copy ^[]52;c;aGk=^G\n"), "\(result.stdout)")
        #expect(result.stdout.contains(">>> b = a + ^[[2J\n"), "\(result.stdout)")
        #expect(result.stdout.contains("\(script.path):4:9: error: unexpected character '^['"), "\(result.stdout)")
        #expect(result.stdout.contains("    b = a + ^[[2J\n            ^~\n"), "\(result.stdout)")
    }
}
