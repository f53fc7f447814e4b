/// Prepares a prompt for libedit's `EL_PROMPT_ESC`: every terminal escape
/// sequence (colour, OSC title, ...) is wrapped in a marker character, which
/// tells libedit those characters take no columns. Without it libedit counts
/// them as printable and puts the cursor in the wrong column.
enum PromptEscapes {
    /// The marker handed to `EL_PROMPT_ESC` (SOH, which no prompt contains).
    static let marker: Unicode.Scalar = "\u{1}"

    /// `prompt` with each escape sequence wrapped in `marker`.
    static func mark(_ prompt: String) -> String {
        let scalars = Array(prompt.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "\u{1B}" else {
                result.append(scalars[index])
                index += 1
                continue
            }
            let end = sequenceEnd(scalars, from: index)
            result.append(marker)
            result.append(contentsOf: scalars[index..<end])
            result.append(marker)
            index = end
        }
        return String(result)
    }

    /// The index just past the escape sequence starting at `start` (an ESC).
    private static func sequenceEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start + 1
        guard i < s.count else { return i }
        switch s[i] {
        case "[":  // CSI: parameters and intermediates, then a final byte @..~
            i += 1
            while i < s.count, !(0x40...0x7E).contains(s[i].value) { i += 1 }
            return min(i + 1, s.count)
        case "]":  // OSC: up to BEL or ESC \
            i += 1
            while i < s.count {
                if s[i] == "\u{7}" { return i + 1 }
                if s[i] == "\u{1B}", i + 1 < s.count, s[i + 1] == "\\" { return i + 2 }
                i += 1
            }
            return i
        default:  // nF/Fp escapes: intermediates 0x20...0x2F then a final (ESC ( B, ESC 7)
            while i < s.count, (0x20...0x2F).contains(s[i].value) { i += 1 }
            return min(i + 1, s.count)
        }
    }
}
