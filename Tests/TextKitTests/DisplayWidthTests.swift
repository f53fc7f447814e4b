import Testing
@testable import TextKit

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnEach() {
        #expect(DisplayWidth.of("tanh(x)") == 7)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func cjkIsTwoColumnsEach() {
        #expect(DisplayWidth.of("梯度") == 4)
        #expect(DisplayWidth.of("한글") == 4)
        #expect(DisplayWidth.of("カナ") == 4)
        #expect(DisplayWidth.of("ＡＢ") == 4)  // fullwidth forms
        #expect(DisplayWidth.of("a梯b") == 4)
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("x\u{20D7}") == 1)  // combining right arrow above (vector)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)  // zero-width space
    }

    @Test func controlCharactersTakeNoColumn() {
        #expect(DisplayWidth.of("\u{7}a") == 1)
    }

    @Test func greekAndMathAreOneColumn() {
        #expect(DisplayWidth.of("∂L/∂w") == 5)
        #expect(DisplayWidth.of("σ") == 1)
    }

    @Test func emojiIsTwoColumns() {
        #expect(DisplayWidth.of("🚀") == 2)
    }
}
