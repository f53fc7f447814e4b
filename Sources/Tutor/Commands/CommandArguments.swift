import Calc
import TextKit

/// One word of a command line, with where it was written.
public typealias CommandWord = (text: String, range: SourceRange)

/// The arguments of a command, read from the words after its name.
///
/// Each form (``NoArguments``, ``FileName``, …, in `ArgumentForms.swift`)
/// reads the words once, when the command runs, and says in one place what
/// is wrong with them: a word too many, an argument missing. What a word
/// means in the session (whether a name is bound, whether a number is a
/// valid seed) is the handler's to check: the form reads words, the
/// handler knows the workspace.
public protocol CommandArguments: Sendable {
    /// The fewest and the most words the form accepts (nil: no limit).
    static var wordCount: (least: Int, most: Int?) { get }
    /// What the word at `position` (0 for the first after the name) is, for
    /// Tab; `typed` is what has been typed of it so far.
    static func kind(at position: Int, typed: String) -> ArgumentKind
    /// Reads the words of `input`; `command` is the declaration, for the
    /// example in a hint.
    init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic)
}

/// What an argument is, so that Tab knows what to offer for it.
public enum ArgumentKind: Sendable, Equatable {
    /// Nothing to offer: a number, or a word past the last argument.
    case nothing
    /// A name bound in the workspace.
    case name
    /// A command, function or operator to explain (`:help`).
    case topic
    /// A path.
    case file
    /// A setting of `:set`.
    case setting
    /// A language of the lessons.
    case language
    /// A lesson, by number or id.
    case lesson
    /// A keyword, such as `all`.
    case keyword(String)
}

/// An argument type's form without the type, as a declaration keeps it.
public struct ArgumentForm: Sendable {
    /// The fewest and the most words (nil: no limit).
    public let wordCount: (least: Int, most: Int?)
    private let kinds: @Sendable (Int, String) -> ArgumentKind

    init<Arguments: CommandArguments>(_ type: Arguments.Type) {
        wordCount = Arguments.wordCount
        kinds = { Arguments.kind(at: $0, typed: $1) }
    }

    /// What the word at `position` is, for Tab.
    public func kind(at position: Int, typed: String) -> ArgumentKind {
        kinds(position, typed)
    }
}

/// A command line split into words: the command's name, then its words.
public struct CommandInput {
    /// The name as typed, without the colon (an alias stays an alias, so
    /// that a message names what the learner typed).
    public var name: String
    /// The words after the name.
    public var words: [CommandWord]
    /// The whole line, for errors about missing arguments.
    public var range: SourceRange
    /// The language of the errors about the words: the session's.
    public var language: Language = .en

    /// Splits `line` (which starts with `:name`) at spaces.
    public init(line: String, lineNumber: Int) {
        var words: [CommandWord] = []
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
        name = String(line.dropFirst().prefix { !$0.isWhitespace })
        self.words = Array(words.dropFirst())
        range = SourceRange(
            start: SourceLocation(line: lineNumber, column: 1),
            end: SourceLocation(line: lineNumber, column: characters.count + 1), offsets: 0..<characters.count)
    }

    /// The end of the line, where a missing argument should have been.
    public var end: SourceRange {
        SourceRange(start: range.end, end: range.end, offsets: range.offsets.upperBound..<range.offsets.upperBound)
    }

    // MARK: The messages about words

    /// Rejects the words after the first `count`: `:name takes PHRASE`, at
    /// the first word too many.
    public func allowing(_ count: Int, takes phrase: ArgumentPhrase, hint: String? = nil) throws(Diagnostic) {
        guard words.count > count else { return }
        throw .error(CommandMessage.takes(command: name, phrase).text(language), at: words[count].range, hint: hint)
    }

    /// Rejects a line with fewer than `nouns.count` words: `:name needs
    /// NOUN`, for the first missing one, at the end of the line. A command
    /// that needs more than one argument shows its usage too.
    public func requiring(_ nouns: [ArgumentPhrase], for command: CommandInfo) throws(Diagnostic) {
        guard words.count < nouns.count else { return }
        let usage = nouns.count > 1 ? command.invocation : nil
        throw .error(
            CommandMessage.needs(command: name, nouns[words.count], usage: usage).text(language), at: end,
            hint: command.exampleHint(in: language))
    }
}

extension CommandInfo {
    /// `for example :seed 42`, for a hint.
    public var exampleHint: String? { exampleHint(in: .en) }

    /// `for example :seed 42` in `language`.
    public func exampleHint(in language: Language) -> String? {
        example.map { CommandMessage.forExample($0).text(language) }
    }
}
