import Testing
import TextKit
import Tutor

/// `micrograd run --record` and `--check`, in-process: the replay, the
/// sequence diff and the reports.
@Suite("Transcript record and check")
struct TranscriptCheckTests {
    static let script = "# a demo\na = 2\nb = -3\nc = a*b + tanh(a)\n"

    /// The transcript `--record` writes for `script`.
    static func recorded(_ script: String = script, options: SessionOptions = SessionOptions()) -> String {
        Transcript(script: Script(parsing: script), sourceName: "demo.mg", options: options).recording().text
    }

    static func check(_ transcript: String, options: SessionOptions = SessionOptions()) throws -> TranscriptCheck {
        try Transcript(script: Script(parsing: transcript), sourceName: "demo.mg", options: options).check()
    }

    /// The recorded transcript's lines, changed by `edit`, as a file again.
    static func edited(_ edit: (inout [String]) -> Void) -> String {
        var lines = recorded().split(separator: "\n").map(String.init)
        edit(&lines)
        return lines.map { $0 + "\n" }.joined()
    }

    @Test("a recording holds each input after its prompt, its output below, and passes its own check")
    func recordThenCheck() throws {
        let transcript = Self.recorded()
        #expect(transcript.hasPrefix("# a demo\n>>> a = 2\na = 2\n>>> b = -3\nb = -3\n>>> c = a*b + tanh(a)\nc = -5.036\n"))
        let check = try Self.check(transcript)
        #expect(check.passed)
        #expect(check.inputs == 4)
        #expect(TranscriptReport.text(check) == "demo.mg: the output of all 4 inputs matches\n")
    }

    @Test("the replay is text whatever the options: --json changes the report, not the transcript")
    func replayIsText() throws {
        let json = SessionOptions(style: Style(color: true, unicode: true), json: true, width: 132, progressLines: true)
        #expect(Self.recorded(options: json) == Self.recorded())
        let check = try Self.check(Self.recorded(), options: json)
        #expect(check.passed, "\(check.differences)")
        #expect(TranscriptReport.json(check) == "{\"summary\": {\"file\": \"demo.mg\", \"inputs\": 4, \"differences\": 0}}\n")
    }

    @Test("training records no progress line and no timing, even where a terminal would show them")
    func noProgressLines() {
        let transcript = Self.recorded(
            "w = 3\nloss = w*w\n:train loss 20 0.1\n", options: SessionOptions(progressLines: true))
        #expect(!transcript.contains("\r"))
        #expect(!transcript.contains("steps/s"))
        #expect(transcript.contains("  step 20"))
    }

    @Test("a line the transcript holds and the replay does not print is one difference")
    func insertedLine() throws {
        let transcript = Self.edited { $0.insert("  x        leaf   1       0", at: 10) }
        let check = try Self.check(transcript)
        #expect(check.differences.count == 1)
        let difference = try #require(check.differences.first)
        #expect(difference.line == 11)
        #expect(difference.recorded == ["  x        leaf   1       0"])
        #expect(difference.actual == [])
        #expect(
            TranscriptReport.text(check) == """
                --- demo.mg (recorded)
                +++ demo.mg (replayed)
                @@ line 11 @@
                   tanh(a)  tanh   0.964   1
                -  x        leaf   1       0
                   a*b      *     -6       1
                demo.mg: 1 difference

                """)
        #expect(
            TranscriptReport.json(check) == """
                {"file": "demo.mg", "line": 11, "recorded": ["  x        leaf   1       0"], "actual": []}
                {"summary": {"file": "demo.mg", "inputs": 4, "differences": 1}}

                """)
    }

    @Test("a line the replay prints and the transcript lost is one difference")
    func deletedLine() throws {
        let transcript = Self.edited { $0.remove(at: 10) }
        let check = try Self.check(transcript)
        #expect(check.differences.count == 1)
        let difference = try #require(check.differences.first)
        #expect(difference.line == 10, "the line it follows")
        #expect(difference.recorded == [])
        #expect(difference.actual == ["  a*b      *     -6       1"])
        #expect(TranscriptReport.hunk(difference) == """
            @@ line 10 @@
               tanh(a)  tanh   0.964   1
            +  a*b      *     -6       1
               b        leaf  -3       2

            """)
    }

    @Test("a hunk shows the transcript's control characters visibly (issue 19, item 4)")
    func hunkControls() {
        let difference = TranscriptComparison.Difference(
            line: 3, recorded: ["x = \u{1B}]52;c;aGk=\u{07}"], actual: ["x = 1"], before: "# \u{1B}[2J", after: nil)
        let hunk = TranscriptReport.hunk(difference)
        #expect(!hunk.contains("\u{1B}"), "\(hunk.debugDescription)")
        #expect(hunk == "@@ line 3 @@\n # ^[[2J\n-x = ^[]52;c;aGk=^G\n+x = 1\n")
    }

    @Test("a changed line is one difference, with the input above it as context")
    func changedLine() throws {
        let transcript = Self.edited { $0[4] = "b = -4" }
        let check = try Self.check(transcript)
        #expect(check.differences.count == 1)
        let difference = try #require(check.differences.first)
        #expect(difference.line == 5)
        #expect(TranscriptReport.hunk(difference) == "@@ line 5 @@\n >>> b = -3\n-b = -4\n+b = -3\n >>> c = a*b + tanh(a)\n")
    }

    @Test("two changes far apart are two differences, in order")
    func twoApart() throws {
        let transcript = Self.edited {
            $0[2] = "a = 3"
            $0.remove(at: 11)
        }
        let check = try Self.check(transcript)
        #expect(check.differences.map(\.line) == [3, 11])
        #expect(check.differences.map(\.recorded) == [["a = 3"], []])
        #expect(check.differences.map(\.actual) == [["a = 2"], ["  b        leaf  -3       2"]])
        #expect(TranscriptReport.text(check).hasSuffix("demo.mg: 2 differences\n"))
    }

    @Test("a number within the tolerance still matches")
    func tolerance() throws {
        let transcript = Self.edited { $0[6] = "c = -5.0361" }
        #expect(try Self.check(transcript).passed)
    }

    @Test("output the replay no longer prints at the end of the script is one difference")
    func missingAtEnd() throws {
        let transcript = Self.edited { $0.append("  extra") }
        let check = try Self.check(transcript)
        #expect(check.differences.count == 1)
        let difference = try #require(check.differences.first)
        #expect(difference.line == 14)
        #expect(difference.after == nil)
        #expect(TranscriptReport.hunk(difference) == "@@ line 14 @@\n   a        leaf   2      -2.9293\n-  extra\n")
    }

    @Test("a recorded error names its line in the transcript, so the check passes")
    func recordedError() throws {
        let transcript = Self.recorded("a = 2\nb = a +\nc = (1 +\n  2)\nd = c +\n")
        let lines = transcript.split(separator: "\n").map(String.init)
        let second = try #require(lines.firstIndex(of: ">>> b = a +"))
        #expect(lines[second + 1].hasPrefix("demo.mg:\(second + 1):8: error:"))
        #expect(try Self.check(transcript).passed)
    }

    @Test("inputs after :quit stay in the recording, without output")
    func quit() throws {
        let transcript = Self.recorded("a = 2\n:quit\nb = 3\n")
        #expect(transcript == ">>> a = 2\na = 2\n>>> :quit\n>>> b = 3\n")
        #expect(try Self.check(transcript).passed)
    }

    @Test("a plain script cannot be checked: it says how to record it")
    func plainScript() {
        let error = #expect(throws: Transcript.NoExpectedOutput.self) { try Self.check(Self.script) }
        #expect(
            error?.description
                == "demo.mg holds no expected output (no '>>> ' lines); record it first: micrograd run --record demo.mg")
    }

    @Test("what --record says, as text and as JSON")
    func recordingReport() {
        let recording = Transcript(script: Script(parsing: Self.script), sourceName: "demo.mg").recording()
        #expect(recording.inputs == 4)
        #expect(recording.lines == 13)
        #expect(
            TranscriptReport.text(recording)
                == "Recorded the output of 4 inputs into demo.mg; check it with: micrograd run --check demo.mg\n")
        #expect(TranscriptReport.json(recording) == "{\"recorded\": {\"file\": \"demo.mg\", \"inputs\": 4, \"lines\": 13}}\n")
    }
}
