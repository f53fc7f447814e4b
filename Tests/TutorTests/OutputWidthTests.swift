import TextKit
import Testing

@testable import Tutor

/// A session that fits its text to the width (`SessionOptions.wrapsText`,
/// as the executable asks): Session+Output.swift.
@Suite("Output fits the width")
struct OutputWidthTests {
    func run(_ lines: [String], width: Int) -> String {
        var options = SessionOptions(width: width)
        options.wrapsText = true
        var output = ""
        let session = Session(options: options) { output += $0 }
        for line in lines { session.handle(line) }
        return output
    }

    @Test(":help, an error and an array at 60 columns: no line wider, no number cut")
    func sixtyColumns() {
        let output = run([
            ":help", "x = [1.25, -2.5, 3.75, -5, 6.25, -7.5, 8.75, -10, 11.25, -12.5, 13.75, -15.125]",
            "x @ [[1, 2], [3, 4]]",
        ], width: 60)
        let lines = output.split(separator: "\n")
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 60 }, "\(lines.filter { DisplayWidth.of(String($0)) > 60 })")
        #expect(output.contains("x = [1.25, -2.5, 3.75"))
        #expect(output.contains("-15.125]"))
        #expect(output.contains("error: cannot"), "\(output)")
    }

    @Test("a table wider than the width is cut, with a note on how to see it whole")
    func tableCut() {
        let output = run(["long_name_of_a_parameter = 2", "c = long_name_of_a_parameter * long_name_of_a_parameter"], width: 30)
        #expect(output.contains("(rows cut at 30 columns: a\nwider window, or --width N,\nshows them whole)"), "\(output)")
        let table = output.split(separator: "\n").filter { $0.hasPrefix("  ") }
        #expect(table.allSatisfy { DisplayWidth.of(String($0)) <= 30 }, "\(table)")
        // Without wrapsText, as a library caller gets it: nothing is cut.
        var output2 = ""
        let plain = Session(options: SessionOptions(width: 30)) { output2 += $0 }
        plain.handle("long_name_of_a_parameter = 2")
        plain.handle("c = long_name_of_a_parameter * long_name_of_a_parameter")
        #expect(!output2.contains("rows cut"))
    }
}
