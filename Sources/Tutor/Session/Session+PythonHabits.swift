import TextKit
import Calc

/// What a learner coming from Python or IPython types, read as they mean it.
///
/// - A line pasted with its prompt (`>>> a = 2`, `... 3]`) runs without
///   the prompt; the printed output that follows such a line in the same
///   paste is skipped, as IPython does, until a blank line or a line typed
///   on its own.
/// - `help`, `help()`, `help(tanh)`, `?tanh`, `tanh?` are `:help`;
///   `quit`, `exit`, `quit()`, `exit()` are `:quit`, unless the learner
///   gave that word a value.
extension Session {
    /// The line as the session reads it, or nil when it is output that was
    /// pasted with an example (and is skipped). `continuesPaste` says that
    /// the line came in the same paste as the line before it: always for
    /// a pipe or a file, and at a terminal when the line was already
    /// waiting as the one before it was read.
    public func prepare(_ line: String, continuesPaste: Bool = true) -> String? {
        if !continuesPaste { followsPastedPrompt = false }
        if case .stepping = lineMode { return line }
        if let input = Session.droppingPrompt(line) {
            followsPastedPrompt = true
            if case .continuing = lineMode { return input }
            return Session.pythonCommand(input, workspace: workspace) ?? input
        }
        if followsPastedPrompt {
            if line.trimmingSpaces.isEmpty {
                followsPastedPrompt = false
                return line
            }
            // An open bracket still takes its lines, with or without `... `.
            if case .continuing = lineMode { return line }
            if explainsAtPrompt, !hasExplainedSkippedOutput {
                hasExplainedSkippedOutput = true
                say(style.dim(SessionMessage.skippedPastedOutput.text(language)))
            }
            return nil
        }
        if case .continuing = lineMode { return line }
        return Session.pythonCommand(line, workspace: workspace) ?? line
    }

    /// The line without a leading `>>> ` or `... ` (a bare `>>>` or `...`
    /// is an empty line), or nil when it has no prompt. Spaces before the
    /// prompt are allowed: examples are often indented.
    static func droppingPrompt(_ line: String) -> String? {
        let text = line.drop { $0 == " " || $0 == "\t" }
        for prompt in [Prompt.statement, Prompt.continuation] {
            if text.hasPrefix(prompt.text) { return String(text.dropFirst(prompt.text.count)) }
            if text == prompt.bare { return "" }
        }
        return nil
    }

    /// The command a Python word stands for: `help(tanh)` is `:help tanh`,
    /// `exit()` is `:quit`. Nil for any other line, and for a word the
    /// learner has given a value (`help = 2; help` shows 2).
    static func pythonCommand(_ line: String, workspace: Workspace) -> String? {
        let text = line.trimmingSpaces
        func unbound(_ word: String) -> Bool { workspace.value(named: word) == nil }
        if ["quit", "exit", "quit()", "exit()"].contains(text) {
            return unbound(String(text.prefix(4))) ? ":quit" : nil
        }
        if text == "help" || text == "help()" { return unbound("help") ? ":help" : nil }
        if text.hasPrefix("help("), text.hasSuffix(")") {
            let topic = String(text.dropFirst(5).dropLast()).trimmingSpaces.trimmingCharacters(in: "'\"")
            return unbound("help") && isTopic(topic) ? ":help " + topic : nil
        }
        // IPython: `?tanh`, `??tanh`, `tanh?`, `tanh??`; for a name of the
        // learner's, `w?` shows it, as IPython shows the object.
        let topic = text.trimmingCharacters(in: "?")
        if topic != text, isTopic(topic) { return unbound(topic) ? ":help " + topic : topic }
        return nil
    }

    /// A word `:help` could be asked about: a name or an operator.
    private static func isTopic(_ text: String) -> Bool {
        !text.isEmpty && !text.contains(" ") && text.allSatisfy { $0.isLetter || $0.isNumber || "_+-*/@^:".contains($0) }
    }
}

extension StringProtocol {
    /// The text without the given characters at either end.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
