import TextKit

/// What the editor does with a `Completion` when Tab is pressed.
enum CompletionAction: Equatable {
    /// Nothing matches: ring the bell.
    case beep
    /// Delete `deleting` characters before the cursor, then insert `inserting`.
    case replace(deleting: Int, inserting: String)
    /// Several candidates and nothing more to insert: show them.
    case list([String])
}

extension Completion {
    /// Decides what Tab does, given the text before the cursor.
    ///
    /// One candidate replaces the typed word and gets a trailing space unless
    /// it ends in "/" or "(" (the user will keep typing a path or arguments).
    /// Several candidates insert their longest common prefix when it is longer
    /// than what is typed; otherwise they are listed.
    func action(textBeforeCursor: String) -> CompletionAction {
        var seen = Set<String>()
        let unique = candidates.filter { seen.insert($0).inserted }
        guard !unique.isEmpty else { return .beep }
        let available = textBeforeCursor.unicodeScalars.count
        let deleting = min(max(replacing, 0), available)
        if unique.count == 1 {
            let only = unique[0]
            let suffix = only.hasSuffix("/") || only.hasSuffix("(") ? "" : " "
            return .replace(deleting: deleting, inserting: only + suffix)
        }
        let prefix = longestCommonPrefix(unique)
        if prefix.unicodeScalars.count > deleting {
            return .replace(deleting: deleting, inserting: prefix)
        }
        return .list(unique)
    }
}

/// The longest string every element starts with, compared scalar by scalar
/// (not by grapheme: the editor's buffer is a sequence of scalars, and a
/// grapheme-level prefix need not be a literal prefix of each candidate).
func longestCommonPrefix(_ strings: [String]) -> String {
    guard var prefix = strings.first.map({ Array($0.unicodeScalars) }) else { return "" }
    for string in strings.dropFirst() {
        var length = 0
        for (a, b) in zip(prefix, string.unicodeScalars) {
            guard a == b else { break }
            length += 1
        }
        prefix.removeSubrange(length...)
        if prefix.isEmpty { break }
    }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: prefix)
    return String(result)
}
