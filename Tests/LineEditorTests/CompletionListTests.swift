import Testing
import TextKit
@testable import LineEditor

@Suite struct CompletionListTests {
    @Test func fillsColumnsTopToBottom() {
        let lines = CompletionList.lines(["a", "b", "c", "d", "e"], width: 7)
        // cell = 1 + 2; (7 + 2) / 3 = 3 columns, 2 rows.
        #expect(lines == ["a  c  e", "b  d"])
    }

    @Test func oneColumnWhenTooNarrow() {
        #expect(CompletionList.lines(["sigmoid", "tanh"], width: 5) == ["sigmoid", "tanh"])
    }

    @Test func alignsByDisplayWidth() {
        let lines = CompletionList.lines(["梯度", "ab", "x"], width: 80)
        #expect(lines == ["梯度  ab    x"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func cjkColumnsLineUpAcrossRows() {
        let lines = CompletionList.lines(["梯度", "ab", "下降", "cdef"], width: 12)
        // cell = 4 + 2 = 6 → 2 columns, 2 rows: second column starts at column 6.
        #expect(lines == ["梯度  下降", "ab    cdef"])
    }

    @Test func emptyListHasNoLines() {
        #expect(CompletionList.lines([], width: 80).isEmpty)
    }
}

@Suite struct PromptEscapesTests {
    @Test func plainPromptIsUnchanged() {
        #expect(PromptEscapes.mark(">>> ") == ">>> ")
    }

    @Test func colourSequencesAreWrappedInMarkers() {
        #expect(PromptEscapes.mark("\u{1b}[1;32m>\u{1b}[0m ") == "\u{1}\u{1b}[1;32m\u{1}>\u{1}\u{1b}[0m\u{1} ")
    }

    @Test func oscAndShortEscapesAreWrapped() {
        #expect(PromptEscapes.mark("\u{1b}]0;title\u{7}$") == "\u{1}\u{1b}]0;title\u{7}\u{1}$")
        #expect(PromptEscapes.mark("\u{1b}(Bx") == "\u{1}\u{1b}(B\u{1}x")
    }

    @Test func truncatedEscapeAtEndIsStillWrapped() {
        #expect(PromptEscapes.mark("a\u{1b}[3") == "a\u{1}\u{1b}[3\u{1}")
    }
}
