
/// Lays out a lesson's prose for a terminal of a given width.
///
/// Paragraphs (lines separated by a blank line) are joined and wrapped by
/// display width: a CJK character takes two columns, and a line may break
/// between two CJK characters but never inside a character, nor before
/// closing punctuation such as `，` or `。`. Lines that start with `- `, `* `
/// or `1. ` are list items, wrapped with a hanging indent; lines indented by
/// four spaces and ``` blocks are code, shown as written.
public enum ProseLayout {
    public static func render(_ text: String, width: Int, indent: String = "") -> String {
        let width = Swift.max(20, width)
        var out: [String] = []
        var paragraph: [String] = []
        var fenced = false
        func flush() {
            guard !paragraph.isEmpty else { return }
            let first = paragraph[0]
            let marker = listMarker(first)
            let hanging = indent + String(repeating: " ", count: marker.count)
            let body = join(paragraph.map { $0.trimmingSpaces }, droppingMarker: marker.count)
            out += wrap(body, width: width, firstPrefix: indent + marker, prefix: hanging)
            paragraph = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.trimmingSpaces.hasPrefix("```") {
                flush()
                fenced.toggle()
                continue
            }
            if fenced || line.hasPrefix("    ") {
                flush()
                out.append(indent + (fenced ? "    " : "") + line)
                continue
            }
            if line.trimmingSpaces.isEmpty {
                flush()
                if out.last != "" { out.append("") }
                continue
            }
            if !listMarker(line).isEmpty || line.hasPrefix("#") {
                flush()
            }
            paragraph.append(unbold(line))
            if line.hasPrefix("#") { flush() }
        }
        flush()
        while out.last == "" { out.removeLast() }
        return out.map { $0.trimmingTrailingSpaces }.joined(separator: "\n")
    }

    /// `**bold**` marks a term where it is defined; a terminal shows the
    /// word itself (the file stays readable as Markdown). Inside `code`,
    /// `**` is the power operator and stays.
    public static func unbold(_ line: String) -> String {
        var result = ""
        var inCode = false
        var characters = line[...]
        while let character = characters.first {
            if character == "`" { inCode.toggle() }
            if !inCode, characters.hasPrefix("**") {
                characters = characters.dropFirst(2)
                continue
            }
            result.append(character)
            characters = characters.dropFirst()
        }
        return result
    }

    /// `- `, `* `, `1. ` at the start of a line, or nothing.
    public static func listMarker(_ line: String) -> String {
        if line.hasPrefix("- ") || line.hasPrefix("* ") { return String(line.prefix(2)) }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3, line.dropFirst(digits.count).hasPrefix(". ") {
            return String(line.prefix(digits.count + 2))
        }
        return ""
    }

    /// Joins a paragraph's lines: with a space between words, without one
    /// where either side is a CJK character (Chinese has no spaces).
    public static func join(_ lines: [String], droppingMarker: Int) -> String {
        var text = ""
        for (index, line) in lines.enumerated() {
            let line = index == 0 ? String(line.dropFirst(droppingMarker)) : line
            if let last = text.last, let first = line.first, !isWide(last), !isWide(first) {
                text.append(" ")
            }
            text += line
        }
        return text
    }

    public static func isWide(_ character: Character) -> Bool {
        DisplayWidth.of(String(character)) == 2
    }

    /// Characters a line must not start with (Chinese and Japanese kinsoku).
    public static let noLineStart: Set<Character> = [
        "，", "。", "、", "；", "：", "！", "？", "）", "》", "」", "』", "】", "〕", "〉", "”", "’", "…", "·",
        ",", ".", ";", ":", "!", "?", ")", "]",
    ]

    /// Characters a line must not end with: opening brackets and quotes
    /// stay with what they open.
    public static let noLineEnd: Set<Character> = ["（", "《", "「", "『", "【", "〔", "〈", "“", "‘", "(", "["]

    /// Greedy wrapping into lines of at most `width` columns.
    public static func wrap(_ text: String, width: Int, firstPrefix: String, prefix: String) -> [String] {
        // Units that stay together: a run of non-space, non-wide characters
        // (a word), or one wide character with any closing punctuation after
        // it; an opening bracket joins the unit that follows it.
        var units: [(text: String, spaceBefore: Bool)] = []
        var current = ""
        var spaceBefore = false
        var opening = false
        func push() {
            if !current.isEmpty { units.append((current, spaceBefore)); spaceBefore = false }
            current = ""
        }
        for character in text {
            if character == " " {
                push()
                spaceBefore = true
            } else if noLineStart.contains(character), !current.isEmpty || !units.isEmpty {
                if current.isEmpty, !spaceBefore, let last = units.popLast() { current = last.text; spaceBefore = last.spaceBefore }
                current.append(character)
            } else if isWide(character) {
                if !opening { push() }
                current.append(character)
            } else {
                if let last = current.last, isWide(last), !opening { push() }
                current.append(character)
            }
            opening = character != " " && noLineEnd.contains(character)
        }
        push()
        var lines: [String] = []
        var line = firstPrefix
        var used = DisplayWidth.of(firstPrefix)
        var empty = true
        for unit in units {
            let gap = (unit.spaceBefore && !empty) ? 1 : 0
            let size = DisplayWidth.of(unit.text)
            if !empty, used + gap + size > width {
                lines.append(line)
                line = prefix
                used = DisplayWidth.of(prefix)
                empty = true
            }
            if !empty && gap == 1 { line += " "; used += 1 }
            if empty, used + size > width {
                // A word longer than the line: cut it by characters.
                for character in unit.text {
                    let w = DisplayWidth.of(String(character))
                    if used + w > width, !empty {
                        lines.append(line)
                        line = prefix
                        used = DisplayWidth.of(prefix)
                    }
                    line.append(character)
                    used += w
                    empty = false
                }
                continue
            }
            line += unit.text
            used += size
            empty = false
        }
        if !empty || lines.isEmpty { lines.append(line) }
        return lines
    }
}

extension ProseLayout {
    /// Fits text already laid out in lines (a message, `:help`, an
    /// explanation, a value) to `width` columns: each line that is wider is
    /// wrapped at word boundaries with ``wrap(_:width:firstPrefix:prefix:)``,
    /// so a number, a name or a formula is never cut, and Chinese keeps its
    /// punctuation rules. The lines it makes hang under where the line's
    /// text starts: after the indent, after a gap of two spaces that
    /// separates a label from its text (`  :vars   the names…`), or inside
    /// the brackets of an array (`x = [[1, 2, …`). Lines that rewrite
    /// themselves (`\r`) are left alone.
    public static func fit(_ text: String, width: Int) -> String {
        let width = Swift.max(20, width)
        guard text.contains(where: { $0 == "\n" }) || DisplayWidth.of(text) > width else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices {
            let line = lines[index]
            guard DisplayWidth.of(line) > width, !line.contains("\r") else { continue }
            let head = hangingHead(line, width: width)
            let body = String(line.dropFirst(head.count))
            let indent = line.prefix { $0 == " " }.count
            // A label too wide to hang under (a long command in `:help`
            // at 60 columns): the text goes on a little in from the indent.
            let hang = DisplayWidth.of(head) <= width / 2 ? DisplayWidth.of(head) : indent + 4
            let prefix = String(repeating: " ", count: hang)
            lines[index] = wrap(body, width: width, firstPrefix: head, prefix: prefix)
                .map { $0.trimmingTrailingSpaces }.joined(separator: "\n")
        }
        return lines.joined(separator: "\n")
    }

    /// The start of `line` that the wrapped lines hang under.
    static func hangingHead(_ line: String, width: Int) -> String {
        let characters = Array(line)
        let indent = characters.prefix { $0 == " " }.count
        var end = indent
        // Inside an array's brackets: `[[` at the start, or after ` = ` that
        // follows one name (not after the third statement of a line such as
        // "Set up for you: w = 0.5; x = [1, 2]", which wraps at its indent).
        var start = indent
        let equals: [Character] = [" ", "=", " ", "["]
        if let at = (indent..<Swift.max(indent, characters.count - 3)).first(where: { Array(characters[$0..<($0 + 4)]) == equals }),
            DisplayWidth.of(String(characters[..<at])) < width / 2, !characters[indent..<at].contains(" ")
        {
            start = at + 3
        }
        if start < characters.count, characters[start] == "[" {
            end = start
            while end < characters.count, characters[end] == "[" { end += 1 }
            return String(characters[..<end])
        }
        // A label and its text, two spaces or more apart, the label short.
        var column = indent
        var position = indent
        while position < characters.count, column < width / 2 {
            if characters[position] == " ", position + 1 < characters.count, characters[position + 1] == " ",
                position > indent
            {
                var after = position
                while after < characters.count, characters[after] == " " { after += 1 }
                if after < characters.count { return String(characters[..<after]) }
            }
            column += DisplayWidth.of(String(characters[position]))
            position += 1
        }
        return String(characters[..<indent])
    }
}
