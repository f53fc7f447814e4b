import TextKit
import Calc

extension Session {
    /// What Tab offers, given the text before the cursor: command names
    /// after a leading `:`, a command's argument after it, and otherwise
    /// the names defined so far and the functions (with their `(`).
    /// `lessons` are the lessons a `:lesson` argument may name: the lesson
    /// player knows them, the session does not.
    public func complete(_ textBeforeCursor: String, lessons: [String] = []) -> Completion {
        let text = textBeforeCursor
        let trimmed = text.drop { $0 == " " }
        if trimmed.hasPrefix(":") {
            if !trimmed.contains(" ") {
                let typed = String(trimmed)
                let candidates = Session.commands.names.map { ":\($0)" }.filter { $0.hasPrefix(typed) }
                return Completion(replacing: typed.count, candidates: candidates)
            }
            let name = String(trimmed.dropFirst().prefix { $0 != " " })
            guard let command = Session.commands.command(named: name) else { return Completion(replacing: 0, candidates: []) }
            return completeArgument(of: command.info, in: text, lessons: lessons)
        }
        let word = Session.trailingWord(of: text)
        guard !word.isEmpty, !(word.first!.isNumber) else { return Completion(replacing: 0, candidates: []) }
        let candidates = (workspace.names + Builtins.functions.map { $0.name + "(" }).filter { $0.hasPrefix(word) }
        return Completion(replacing: word.count, candidates: Array(Set(candidates)).sorted())
    }

    private func completeArgument(of command: CommandInfo, in text: String, lessons: [String]) -> Completion {
        let word = String(text.reversed().prefix { $0 != " " }.reversed())
        // Which argument is being typed: 0 for the first after the name.
        let position = text.split(separator: " ").count - (word.isEmpty ? 1 : 2)
        let pool: [String]
        switch command.arguments.kind(at: position, typed: word) {
        case .nothing: pool = []
        case .file: return completeFileName(word)
        case .name: pool = workspace.names
        case .topic: pool = Session.commands.names + Builtins.functions.map(\.name)
        case .setting: pool = Setting.all.map(\.name)
        case .language: pool = Language.allCases.map(\.rawValue)
        case .lesson: pool = lessons
        case .keyword(let keyword): pool = [keyword]
        }
        return Completion(replacing: word.count, candidates: pool.filter { $0.hasPrefix(word) }.sorted())
    }

    /// The files and folders whose path starts with `typed`, folders with a
    /// final `/` so that Tab can go on into them. Hidden files only when a
    /// dot is typed.
    func completeFileName(_ typed: String) -> Completion {
        let slash = typed.lastIndex(of: "/")
        let folder = slash.map { String(typed[...$0]) } ?? ""
        let start = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        guard let entries = environment.listDirectory(folder.isEmpty ? "." : folder) else { return .none }
        let candidates = entries.filter { entry in
            entry.name.hasPrefix(start) && (!entry.name.hasPrefix(".") || start.hasPrefix("."))
        }.map { folder + $0.name + ($0.isFolder ? "/" : "") }
        return Completion(replacing: typed.unicodeScalars.count, candidates: candidates.sorted())
    }

    /// The identifier being typed at the end of the text.
    static func trailingWord(of text: String) -> String {
        String(text.reversed().prefix { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }.reversed())
    }
}
