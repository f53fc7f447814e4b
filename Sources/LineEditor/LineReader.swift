/// What one attempt to read a line produced.
public enum LineReadResult: Equatable, Sendable {
    /// A line, without the trailing newline.
    case line(String)
    /// Ctrl-C while typing: the half-typed line is dropped.
    case interrupted
    /// Ctrl-D on an empty line, or EOF on a pipe.
    case endOfInput
}

/// A source of input lines: an editor at a terminal, or plain lines from a pipe.
public protocol LineReader: AnyObject {
    /// Reads one line, showing `prompt` when interactive.
    func readLine(prompt: String) -> LineReadResult
    /// Whether this reader edits at a terminal (prompts, colour, completion make sense).
    var isInteractive: Bool { get }
}
