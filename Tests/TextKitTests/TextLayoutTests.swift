import Testing

@testable import TextKit

/// The padding helpers of TextLayout.swift that every table and picture
/// line goes through.
@Suite("Text layout")
struct TextLayoutTests {
    @Test(
        "trailing spaces go, and nothing else: not tabs, not inner spaces, not a space with an accent on it",
        arguments: [
            ("w  1.5   ", "w  1.5"), ("   ", ""), ("", ""), ("梯度 0.5 ", "梯度 0.5"), ("a\t", "a\t"),
            ("x \u{301}", "x \u{301}"), ("x \u{301}  ", "x \u{301}"), ("\u{1B}[1mL\u{1B}[0m  ", "\u{1B}[1mL\u{1B}[0m"),
        ])
    func trailingSpaces(_ line: String, _ expected: String) {
        #expect(line.trimmingTrailingSpaces == expected)
    }
}
