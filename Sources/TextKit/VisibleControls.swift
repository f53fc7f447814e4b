/// Control characters made visible, for text that came from a file or from
/// input and is about to reach a terminal.
///
/// A lesson, a script or a typed line may hold ESC, CSI or OSC sequences
/// that would set the window title, clear the screen or write the
/// clipboard (OSC 52) if printed raw. Every C0 control but newline and tab
/// shows in caret notation (`^[` for ESC, `^G` for BEL, `^?` for DEL), and
/// every C1 control as its escape (`\u{9B}` for CSI), so nothing the file
/// holds can drive the terminal and the reader still sees what is there.
/// Apply it to the untrusted text *before* styling, so that `Style`'s own
/// colour codes still work. See docs/decisions.md.
extension String {
    public var withVisibleControls: String {
        guard unicodeScalars.contains(where: String.isHiddenControl) else { return self }
        var result = ""
        result.unicodeScalars.reserveCapacity(unicodeScalars.count + 8)
        for scalar in unicodeScalars {
            result += String.visible(scalar)
        }
        return result
    }

    /// The same, except for the colour and weight codes ``Style`` writes
    /// (SGR: `ESC [` digits and `;`, then `m`), which are kept. A message's
    /// arguments may be styled before they are put in (the banner's bold
    /// title); SGR cannot move the cursor, set the title, clear the screen
    /// or reach the clipboard, and what comes from files and input was made
    /// visible at its boundary already. Messages go through this one.
    public var withVisibleControlsKeepingStyle: String {
        guard unicodeScalars.contains(where: String.isHiddenControl) else { return self }
        let scalars = Array(unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
                var end = index + 2
                while end < scalars.count, ("0"..."9").contains(scalars[end]) || scalars[end] == ";" { end += 1 }
                if end < scalars.count, scalars[end] == "m" {
                    result.append(contentsOf: scalars[index...end])
                    index = end + 1
                    continue
                }
            }
            result.append(contentsOf: String.visible(scalars[index]).unicodeScalars)
            index += 1
        }
        return String(result)
    }

    /// Whether the text holds a control character that `withVisibleControls` would show.
    public var containsHiddenControls: Bool {
        unicodeScalars.contains(where: String.isHiddenControl)
    }

    /// The first control character in the text, shown visibly, if any.
    public var firstHiddenControl: String? {
        unicodeScalars.first(where: String.isHiddenControl).map(String.visible)
    }

    /// The display column of `offset` (in characters of `self`) once the
    /// text is shown with visible controls: each control widens by its
    /// visible form's length minus one.
    public func visibleCharacterOffset(_ offset: Int) -> Int {
        String(prefix(offset)).withVisibleControls.count
    }

    static func isHiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x0A || value == 0x09 { return false }
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
    }

    static func visible(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        guard isHiddenControl(scalar) else { return String(Character(scalar)) }
        if value == 0x7F { return "^?" }
        if value < 0x20 { return "^" + String(Character(Unicode.Scalar(UInt8(value + 0x40)))) }
        let hex = String(value, radix: 16, uppercase: true)
        return "\\u{\(hex)}"
    }
}
