import Views
import Platform

/// A script as an instructor writes it: the lines to type, and, when it is
/// a recorded transcript, the output expected after each.
///
/// A plain script is what one types at the prompt: statements, commands,
/// `#` comments and blank lines. A *transcript* is what `micrograd run`
/// prints for one, and reads back the same way:
///
/// ```
/// # A first graph
/// >>> a = 2
/// a = 2
/// >>> c = a*tanh(a)
/// c = 1.9281
///   node     ...
/// ```
///
/// Lines after a prompt (``Prompt``: `>>> `, or `... ` inside an open
/// bracket, `backward> ` while `:backward` steps, or a bare `>>>` for an
/// empty line) are input; lines starting with `#` (after any spaces or
/// tabs) are comments, input too; every other line is output expected from
/// the input before it, an output line that would look like input marked
/// `| ` (``recorded(output:)``). A file with no `>>>` line is a plain script.
public struct Script: Sendable {
    public struct Entry: Sendable, Equatable {
        /// What is typed, without the prompt.
        public var input: String
        /// Its line in the file (1-based).
        public var line: Int
        /// The output lines expected after it, with their line numbers;
        /// empty for a plain script.
        public var expected: [NumberedLine]
    }

    public struct NumberedLine: Sendable, Equatable {
        public var text: String
        public var line: Int

        public init(text: String, line: Int) {
            self.text = text
            self.line = line
        }
    }

    public var entries: [Entry]
    /// Whether the file is a transcript (holds expected output).
    public var isTranscript: Bool

    public init(parsing text: String) {
        // CRLF is one Character to Swift, which a split on "\n" would miss.
        var lines = FileSystem.normalizingLineEndings(text)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        isTranscript = lines.contains { Script.isPromptLine($0) }
        entries = []
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if !isTranscript {
                entries.append(Entry(input: line, line: number, expected: []))
            } else if let input = Script.input(of: line) {
                entries.append(Entry(input: input, line: number, expected: []))
            } else if entries.isEmpty {
                // Output before any input cannot be checked against anything;
                // keep it as a comment-like input so nothing is lost.
                entries.append(Entry(input: "# " + line, line: number, expected: []))
            } else {
                entries[entries.count - 1].expected.append(NumberedLine(text: line, line: number))
            }
        }
    }

    /// Whether a line is the statement prompt's: a file with one is a
    /// transcript.
    static func isPromptLine(_ line: String) -> Bool {
        line == Prompt.statement.bare || line.hasPrefix(Prompt.statement.text)
    }

    /// The input on a transcript line, after any of the session's prompts,
    /// or nil if the line is output.
    static func input(of line: String) -> String? {
        for prompt in Prompt.allCases {
            if line.hasPrefix(prompt.text) { return String(line.dropFirst(prompt.text.count)) }
            if line == prompt.bare { return "" }
        }
        // A comment indented by spaces or tabs is a comment too: `run`
        // echoes it as it is, so `--record` writes it so.
        if line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#") { return line }
        return nil
    }

    /// The mark before an output line that would otherwise read back as
    /// input (``input(of:)``): the lines `:load` echoes after their prompt
    /// (`| >>> a = 1`), or a comment in them. Without it a recorded
    /// transcript of a script that loads another would take those lines
    /// for inputs of its own (issue 19, item 9).
    public static let quotedOutput = "| "

    /// An output line as a transcript records it: marked with
    /// ``quotedOutput`` when it would read back as input, as it is
    /// otherwise.
    public static func recorded(output line: String) -> String {
        input(of: line) == nil ? line : quotedOutput + line
    }

    /// How a line of input shows in a transcript: after the prompt, or as
    /// it is for a comment; an empty line as a bare prompt.
    public static func echo(_ input: String, prompt: Prompt) -> String {
        if isComment(input) { return input }
        if input.isEmpty { return prompt.bare }
        return prompt.text + input
    }

    /// Whether an input line is a comment, which shows without a prompt.
    public static func isComment(_ input: String) -> Bool {
        input.trimmingSpaces.hasPrefix("#")
    }
}
