import Calc
import TextKit

// The forms a command's arguments take, each read in one place. The
// messages are the ones the transcripts and tests hold; the commands that
// share a form share its messages.

/// No arguments: `:vars`, `:next`.
public struct NoArguments: CommandArguments {
    public static let wordCount: (least: Int, most: Int?) = (0, 0)
    public static func kind(at position: Int, typed: String) -> ArgumentKind { .nothing }

    public init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        try input.allowing(0, takes: .noArguments)
    }
}

/// `:help [topic]`.
struct OptionalTopic: CommandArguments {
    var topic: CommandWord?

    static let wordCount: (least: Int, most: Int?) = (0, 1)
    static func kind(at position: Int, typed: String) -> ArgumentKind { position == 0 ? .topic : .nothing }

    init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        try input.allowing(1, takes: .oneTopic)
        topic = input.words.first
    }
}

/// `[name]`: a name, or else the last result (`:nodes`).
struct OptionalName: CommandArguments {
    var name: CommandWord?
    /// The command, as typed, and where the name would have been, for
    /// "needs a result".
    var command: String
    var end: SourceRange

    static let wordCount: (least: Int, most: Int?) = (0, 1)
    static func kind(at position: Int, typed: String) -> ArgumentKind { position == 0 ? .name : .nothing }

    init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        try input.allowing(1, takes: .atMostOneName)
        self.init(name: input.words.first, of: input)
    }

    init(name: CommandWord?, of input: CommandInput) {
        self.name = name
        command = input.name
        end = input.end
    }
}

/// `[name] [all]`: `:graph`, `:check`, `:backward`. `all` as the last word
/// is the keyword; `all` alone is the keyword too, unless the workspace has
/// a name `all`, which only the session can tell (``loneAll``).
struct OptionalNameAndAll: CommandArguments {
    var subject: OptionalName
    var all: Bool
    /// The word `all` when it was the only one: the session reads it as
    /// the name `all` if it has one.
    var loneAll: CommandWord?

    static let wordCount: (least: Int, most: Int?) = (0, 2)
    static func kind(at position: Int, typed: String) -> ArgumentKind {
        switch position {
        case 0: .name
        case 1: .keyword("all")
        default: .nothing
        }
    }

    init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        var words = input.words
        all = false
        loneAll = nil
        if let last = words.last, last.text == "all", words.count <= 2 {
            all = true
            if words.count == 1 { loneAll = last }
            words.removeLast()
        }
        var nameOnly = input
        nameOnly.words = words
        try nameOnly.allowing(1, takes: .atMostOneName)
        subject = OptionalName(name: words.first, of: input)
    }
}

/// `:backward [name] [all|quiet]`: a result (or the last one), stepped
/// one node at a time, every step at once (`all`), or no step shown
/// (`quiet`: the pass alone, as `loss.backward()`, for accumulate mode).
struct BackwardArguments: CommandArguments {
    var steps: OptionalNameAndAll
    var quiet: Bool
    /// The word `quiet` when it was the only one: the session reads it as
    /// the name `quiet` if it has one.
    var loneQuiet: CommandWord?

    static let wordCount: (least: Int, most: Int?) = (0, 2)
    static func kind(at position: Int, typed: String) -> ArgumentKind {
        OptionalNameAndAll.kind(at: position, typed: typed)
    }

    init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        var rest = input
        quiet = false
        loneQuiet = nil
        if let last = input.words.last, last.text == "quiet", input.words.count <= 2 {
            quiet = true
            if input.words.count == 1 { loneQuiet = last }
            rest.words.removeLast()
        }
        steps = try OptionalNameAndAll(parsing: rest, for: command)
    }
}

/// `:explain [name] [node]`: a result (or the last one), and one node of
/// it; `a.grad` reads as `a`, and `a.grad` alone is `a` in the last result.
struct OptionalNameAndNode: CommandArguments {
    var subject: OptionalName
    var node: CommandWord?

    static let wordCount: (least: Int, most: Int?) = (0, 2)
    static func kind(at position: Int, typed: String) -> ArgumentKind { position < 2 ? .name : .nothing }

    init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        try input.allowing(2, takes: .resultAndOneNode, hint: command.exampleHint(in: input.language))
        var words = input.words
        node = nil
        if words.count == 1, words[0].text.hasSuffix(".grad") {
            node = (String(words[0].text.dropLast(5)), words[0].range)
            words = []
        } else if words.count == 2 {
            let last = words.removeLast()
            node = last.text.hasSuffix(".grad") && last.text.count > 5 ? (String(last.text.dropLast(5)), last.range) : last
        }
        subject = OptionalName(name: words.first, of: input)
    }
}

/// `:dot [name] [file] [--graphviz]`: a last word with a dot or a slash
/// (or a second word) is the file; `--graphviz` at the end draws an SVG
/// with Graphviz rather than micrograd's own layout.
struct OptionalNameAndFile: CommandArguments {
    var subject: OptionalName
    var file: CommandWord?
    var graphviz = false

    static let wordCount: (least: Int, most: Int?) = (0, 3)
    static func kind(at position: Int, typed: String) -> ArgumentKind {
        // A first word with a dot or a slash is already a file name.
        position > 0 || typed.contains("/") || typed.contains(".") ? .file : .name
    }

    init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        var input = input
        if let last = input.words.last, last.text == "--graphviz" {
            graphviz = true
            input.words.removeLast()
        }
        try input.allowing(2, takes: .nameAndFile, hint: command.exampleHint(in: input.language))
        var words = input.words
        file = nil
        if let last = words.last, words.count == 2 || last.text.contains(".") || last.text.contains("/") {
            file = words.removeLast()
        }
        subject = OptionalName(name: words.first, of: input)
    }
}

/// `:draw [name] [svg FILE]`: a result (or the last one), drawn in the
/// terminal or, after the word `svg`, into a file.
struct DrawArguments: CommandArguments {
    var subject: OptionalName
    var file: CommandWord?

    static let wordCount: (least: Int, most: Int?) = (0, 3)
    static func kind(at position: Int, typed: String) -> ArgumentKind {
        switch position {
        case 0: .name
        case 1: .keyword("svg")
        case 2: .file
        default: .nothing
        }
    }

    init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        var words = input.words
        file = nil
        if words.count >= 2, words[words.count - 2].text == "svg" {
            file = words.removeLast()
            words.removeLast()
        } else if words.count == 2, words[1].text == "svg" {
            // `:draw L svg`: the file is missing (`:draw svg` alone draws a name `svg`).
            throw .error(
                CommandMessage.needs(command: input.name, .aFileName, usage: command.invocation).text(input.language),
                at: input.end, hint: command.exampleHint(in: input.language))
        }
        var nameOnly = input
        nameOnly.words = words
        try nameOnly.allowing(1, takes: .atMostOneName, hint: command.exampleHint(in: input.language))
        subject = OptionalName(name: words.first, of: input)
    }
}

/// `:plot EXPR [FROM TO] [at X0]`: an expression of `x` (spaces allowed),
/// then perhaps the ends of the range, then perhaps the point of a
/// tangent. The numbers are read by the session, which says what is wrong
/// with them.
struct PlotArguments: CommandArguments {
    /// The expression, with spaces before it up to where it stands in the
    /// line, so that an error in it points at the right column.
    var expression: String
    /// Where the expression's first word stands, for an error about it as a whole.
    var expressionRange: SourceRange
    var from: CommandWord?
    var to: CommandWord?
    var at: CommandWord?
    /// The first line of the command, for the expression's diagnostics.
    var line: Int

    static let wordCount: (least: Int, most: Int?) = (1, nil)
    static func kind(at position: Int, typed: String) -> ArgumentKind { .nothing }

    init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        try input.requiring([.anExpression], for: command)
        var words = input.words
        if words.count >= 2, words[words.count - 1].text == "at" {
            throw .error(
                CommandMessage.needs(command: input.name, .aNumber, usage: command.invocation).text(input.language),
                at: input.end, hint: command.exampleHint(in: input.language))
        }
        if words.count >= 3, words[words.count - 2].text == "at" {
            at = words.removeLast()
            words.removeLast()
        }
        if words.count >= 3, Double(words[words.count - 1].text) != nil, Double(words[words.count - 2].text) != nil {
            to = words.removeLast()
            from = words.removeLast()
        }
        // The words put back where they were typed.
        var text = ""
        for word in words {
            text += String(repeating: " ", count: Swift.max(0, word.range.offsets.lowerBound - text.count)) + word.text
        }
        expression = text
        expressionRange = words.first?.range ?? input.end
        line = input.range.start.line
    }
}

/// `N`: one number (`:seed 42`). What numbers the command accepts is its
/// own to say.
struct NumberArgument: CommandArguments {
    var number: CommandWord

    static let wordCount: (least: Int, most: Int?) = (1, 1)
    static func kind(at position: Int, typed: String) -> ArgumentKind { .nothing }

    init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        try input.requiring([.aNumber], for: command)
        try input.allowing(1, takes: .oneNumber)
        number = input.words[0]
    }
}

/// `:step LR [name ...]`: a learning rate, then the parameters to move.
struct RateThenNames: CommandArguments {
    var rate: CommandWord
    var names: [CommandWord]
    /// The command's example, for the hint of a learning rate it refuses.
    var example: String

    static let wordCount: (least: Int, most: Int?) = (1, nil)
    static func kind(at position: Int, typed: String) -> ArgumentKind { position == 0 ? .nothing : .name }

    init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        try input.requiring([.aLearningRate], for: command)
        rate = input.words[0]
        names = Array(input.words.dropFirst())
        example = command.example ?? command.invocation
    }
}

/// `:train loss STEPS LR [name ...]`.
struct TrainingArguments: CommandArguments {
    var loss: CommandWord
    var steps: CommandWord
    var rate: CommandWord
    var names: [CommandWord]
    /// The command's example, for the hint of a number it refuses.
    var example: String

    static let wordCount: (least: Int, most: Int?) = (3, nil)
    static func kind(at position: Int, typed: String) -> ArgumentKind { position == 0 || position > 2 ? .name : .nothing }

    init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        try input.requiring([.aLoss, .aNumberOfSteps, .aLearningRate], for: command)
        loss = input.words[0]
        steps = input.words[1]
        rate = input.words[2]
        names = Array(input.words.dropFirst(3))
        example = command.example ?? command.invocation
    }
}

/// `FILE`: one path, without spaces (`:save`, `:load`).
struct FileName: CommandArguments {
    var path: CommandWord

    static let wordCount: (least: Int, most: Int?) = (1, 1)
    static func kind(at position: Int, typed: String) -> ArgumentKind { position == 0 ? .file : .nothing }

    init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        try input.requiring([.aFileName], for: command)
        try input.allowing(1, takes: .oneFileName)
        path = input.words[0]
    }
}

/// `:set [NAME N]`: nothing (list them), a setting (show it), or a setting
/// and its new value. The setting is read first, so that a word too many
/// gets an example for that setting.
struct SettingArguments: CommandArguments {
    var setting: Setting?
    var value: CommandWord?

    static let wordCount: (least: Int, most: Int?) = (0, 2)
    static func kind(at position: Int, typed: String) -> ArgumentKind { position == 0 ? .setting : .nothing }

    init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        guard let nameWord = input.words.first else {
            setting = nil
            value = nil
            return
        }
        let names = Setting.all.map(\.name)
        guard let setting = Setting.named(nameWord.text) else {
            let language = input.language
            let hint = closestName(to: nameWord.text, among: names).map { CommandMessage.didYouMean($0).text(language) } ?? ""
            throw .error(
                CommandMessage.unknownSetting(nameWord.text).text(language), at: nameWord.range,
                hint: hint + CommandMessage.settingsAre(names.joined(separator: ", ")).text(language))
        }
        try input.allowing(
            2, takes: .settingAndNumber,
            hint: CommandMessage.forExample(":\(input.name) \(setting.name) \(setting.example)").text(input.language))
        self.setting = setting
        value = input.words.count > 1 ? input.words[1] : nil
    }
}

/// `:lesson [N]`: a lesson by number or id, or none for the last one.
public struct OptionalLesson: CommandArguments {
    /// The lesson's number or id as typed; nil for the last one played.
    public var lesson: CommandWord?

    public static let wordCount: (least: Int, most: Int?) = (0, 1)
    public static func kind(at position: Int, typed: String) -> ArgumentKind { position == 0 ? .lesson : .nothing }

    public init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        try input.allowing(1, takes: .oneArgument)
        lesson = input.words.first
    }
}

/// `:lang en|zh`: one of the languages.
public struct LanguageArgument: CommandArguments {
    /// The language asked for.
    public var language: Language

    public static let wordCount: (least: Int, most: Int?) = (1, 1)
    public static func kind(at position: Int, typed: String) -> ArgumentKind { position == 0 ? .language : .nothing }

    public init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        try input.allowing(1, takes: .oneArgument)
        // A missing language and an unknown one get the same answer: the list.
        guard let word = input.words.first, let language = Language(rawValue: word.text) else {
            let choices = Language.allCases.map(\.rawValue).joined(separator: CommandMessage.choicesSeparator.text(input.language))
            throw .error(
                CommandMessage.needsLanguage(command: input.name, choices: choices).text(input.language),
                at: input.words.first?.range ?? input.end,
                hint: command.exampleHint(in: input.language))
        }
        self.language = language
    }
}

/// `:quiz [seed N]`: the session's seed, or seed N.
struct QuizArguments: CommandArguments {
    /// The seed's word, when one was given.
    var seed: CommandWord?

    static let wordCount: (least: Int, most: Int?) = (0, 2)
    static func kind(at position: Int, typed: String) -> ArgumentKind { .nothing }

    init(parsing input: CommandInput, for command: CommandInfo) throws(Diagnostic) {
        try input.allowing(2, takes: .seedAndNumber)
        guard !input.words.isEmpty else { return }
        guard input.words.count == 2, input.words[0].text == "seed" else {
            throw .error(QuizMessage.usage.text(input.language), at: input.words[0].range, hint: command.exampleHint(in: input.language))
        }
        seed = input.words[1]
    }
}
