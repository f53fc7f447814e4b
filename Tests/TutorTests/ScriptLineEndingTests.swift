@testable import Views
import TextKit
import Testing

@testable import Tutor

/// Scripts and transcripts read the same whatever their line endings.
@Suite("Script line endings")
struct ScriptLineEndingTests {
    @Test("a CRLF or CR script has the same entries, at the same lines, as the LF one")
    func plain() {
        let lf = Script(parsing: "# demo\na = 2\n\nb = a * 3\n")
        for text in ["# demo\r\na = 2\r\n\r\nb = a * 3\r\n", "# demo\ra = 2\r\rb = a * 3\r"] {
            let script = Script(parsing: text)
            #expect(script.entries == lf.entries, "\(text.debugDescription)")
            #expect(script.entries.map(\.line) == [1, 2, 3, 4])
        }
    }

    @Test("a CRLF transcript keeps its expected output and its line numbers")
    func transcript() {
        let lf = ">>> a = 2\na = 2\n>>> b = a*3\nb = 6\n"
        let script = Script(parsing: lf.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n"))
        #expect(script.isTranscript)
        #expect(script.entries == Script(parsing: lf).entries)
        #expect(script.entries[1].expected == [Script.NumberedLine(text: "b = 6", line: 4)])
    }
}
