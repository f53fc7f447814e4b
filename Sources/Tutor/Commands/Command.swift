import TextKit
import Views
import Platform
import Calc

/// A REPL command such as `:vars`: its name, what it takes, what it does.
/// `:help` and Tab completion read the same table that runs them.
struct Command: Sendable {
    enum Argument: Sendable {
        case none
        /// A name bound in the workspace.
        case name
        /// A command, function or operator to explain.
        case topic
        /// A number.
        case number
        /// A path.
        case file
        /// A name bound in the workspace, then a path (`:dot L graph.svg`).
        case nameThenFile
        /// A setting of `:set`, then its value.
        case setting
    }

    var name: String
    /// How the arguments are written in help: `[name]`, `N`.
    var usage: String
    var summary: String
    var argument: Argument
    var run: @Sendable (Session, CommandInput) throws(Diagnostic) -> Void

    var invocation: String { usage.isEmpty ? ":\(name)" : ":\(name) \(usage)" }
}

/// The words after a command's name, with where each was written.
public struct CommandInput {
    public var words: [(text: String, range: SourceRange)]
    /// The whole line, for errors about missing arguments.
    public var range: SourceRange

    /// Splits `line` (which starts with `:name`) at spaces.
    public init(line: String, lineNumber: Int) {
        var words: [(String, SourceRange)] = []
        var current = ""
        var start = 0
        let characters = Array(line)
        func flush(at end: Int) {
            if !current.isEmpty {
                words.append(
                    (current,
                    SourceRange(
                        start: SourceLocation(line: lineNumber, column: start + 1),
                        end: SourceLocation(line: lineNumber, column: end + 1), offsets: start..<end)))
            }
            current = ""
        }
        for (offset, character) in characters.enumerated() {
            if character.isWhitespace {
                flush(at: offset)
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        flush(at: characters.count)
        self.words = Array(words.dropFirst())
        range = SourceRange(
            start: SourceLocation(line: lineNumber, column: 1),
            end: SourceLocation(line: lineNumber, column: characters.count + 1), offsets: 0..<characters.count)
    }

    /// The end of the line, where a missing argument should have been.
    public var end: SourceRange {
        SourceRange(start: range.end, end: range.end, offsets: range.offsets.upperBound..<range.offsets.upperBound)
    }
}
