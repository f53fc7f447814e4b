@testable import Views
import TextKit
import Testing
@testable import Tutor

@Suite("Scripts and transcripts")
struct ScriptTests {
    @Test("a plain script: every line is input")
    func plain() {
        let script = Script(parsing: "# demo\na = 2\n\nb = a * 3\n")
        #expect(!script.isTranscript)
        #expect(script.entries.map(\.input) == ["# demo", "a = 2", "", "b = a * 3"])
        #expect(script.entries.map(\.line) == [1, 2, 3, 4])
    }

    @Test("a transcript: input after the prompt, expected output after it")
    func transcript() {
        let text = """
            # demo
            >>> a = 2
            a = 2
            >>>
            >>> x = (1 +
            ... 2)
            x = 3
              node  op  data
            """
        let script = Script(parsing: text)
        #expect(script.isTranscript)
        #expect(script.entries.map(\.input) == ["# demo", "a = 2", "", "x = (1 +", "2)"])
        #expect(script.entries[1].expected == [Script.NumberedLine(text: "a = 2", line: 3)])
        #expect(script.entries[4].expected.map(\.line) == [7, 8])
    }

    @Test("echo writes input back the way the parser reads it")
    func echoRoundTrip() {
        for input in ["a = 2", "# comment", "", "  spaced"] {
            let line = Script.echo(input, prompt: .statement)
            #expect(Script(parsing: line + "\n").entries.first?.input == input, "\(input)")
        }
    }

    @Test("numbers match within the tolerance; columns may shift")
    func tolerance() {
        let comparison = TranscriptComparison()
        #expect(comparison.matches("c = -5.036", "c = -5.036"))
        #expect(comparison.matches("c = 24.7041", "c = 24.7042"))
        #expect(!comparison.matches("c = 24.7041", "c = 24.8041"))
        #expect(comparison.matches("  a    leaf   2   -2.9293", "  a    leaf   2  -2.9294"))
        #expect(!comparison.matches("  a    leaf   2", "  b    leaf   2"))
        #expect(comparison.matches("x = NaN", "x = NaN"))
        #expect(!comparison.matches("x = NaN", "x = 1"))
        #expect(!comparison.matches("w2 = 1", "w3 = 1"), "digits inside names are not numbers")
        #expect(comparison.matches("1e-05 and 3", "1.00001e-05 and 3"))
    }

    @Test("differences name the transcript line; missing and extra output too")
    func differences() {
        let expected = [Script.NumberedLine(text: "a = 2", line: 3), Script.NumberedLine(text: "b = 3", line: 4)]
        let input = Script.NumberedLine(text: ">>> b = 3", line: 2)
        let comparison = TranscriptComparison()
        #expect(comparison.differences(recorded: expected, actual: ["a = 2", "b = 3"], input: input).isEmpty)
        let changed = comparison.differences(recorded: expected, actual: ["a = 2", "b = 4"], input: input)
        #expect(changed.map(\.line) == [4])
        #expect(changed.first?.recorded == ["b = 3"])
        #expect(changed.first?.actual == ["b = 4"])
        let missing = comparison.differences(recorded: expected, actual: ["a = 2"], input: input)
        #expect(missing.first?.recorded == ["b = 3"])
        #expect(missing.first?.actual == [], "no more output is an empty list, not a sentence")
        let extra = comparison.differences(recorded: expected, actual: ["a = 2", "b = 3", "c"], input: input)
        #expect(extra.first?.line == 4)
        #expect(extra.first?.actual == ["c"])
    }
}

@Suite("Lesson prose")
struct ProseLayoutTests {
    @Test("** marks bold in prose but stays the power operator in code")
    func bold() {
        #expect(ProseLayout.unbold("a **gradient** is a slope") == "a gradient is a slope")
        #expect(ProseLayout.unbold("write `x ** 2` for a square") == "write `x ** 2` for a square")
        let rendered = ProseLayout.render("The **loss**:\n\n    loss = np.mean((y - p) ** 2)", width: 80)
        #expect(rendered.contains("The loss:"))
        #expect(rendered.contains("(y - p) ** 2"))
    }
}
