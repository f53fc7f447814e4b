import TextKit
import Testing
@testable import LineEditor

@Suite struct CompletionTests {
    @Test func longestCommonPrefixOfSeveral() {
        #expect(longestCommonPrefix(["tanh", "tan_x", "tangent"]) == "tan")
        #expect(longestCommonPrefix(["relu", "sigmoid"]) == "")
        #expect(longestCommonPrefix(["same", "same"]) == "same")
        #expect(longestCommonPrefix(["only"]) == "only")
        #expect(longestCommonPrefix([]) == "")
        #expect(longestCommonPrefix(["梯度a", "梯度b"]) == "梯度")
    }

    @Test func prefixIsComparedByScalarNotGrapheme() {
        // "e" + U+0301 and "é" are one grapheme each, but only "e" is common text.
        #expect(longestCommonPrefix(["e\u{301}x", "ey"]) == "e")
    }

    @Test func noCandidatesBeeps() {
        #expect(Completion(replacing: 2, candidates: []).action(textBeforeCursor: "zz") == .beep)
    }

    @Test func singleCandidateReplacesAndAddsSpace() {
        let completion = Completion(replacing: 2, candidates: ["tanh"])
        #expect(completion.action(textBeforeCursor: "x = ta") == .replace(deleting: 2, inserting: "tanh "))
    }

    @Test func singleCandidateEndingInSlashOrParenGetsNoSpace() {
        #expect(Completion(replacing: 1, candidates: ["dir/"]).action(textBeforeCursor: "d")
                == .replace(deleting: 1, inserting: "dir/"))
        #expect(Completion(replacing: 1, candidates: ["exp("]).action(textBeforeCursor: "e")
                == .replace(deleting: 1, inserting: "exp("))
    }

    @Test func severalCandidatesInsertCommonPrefixWhenLonger() {
        let completion = Completion(replacing: 2, candidates: ["tanh", "tan_x"])
        #expect(completion.action(textBeforeCursor: "ta") == .replace(deleting: 2, inserting: "tan"))
    }

    @Test func severalCandidatesAreListedWhenNothingMoreToInsert() {
        let completion = Completion(replacing: 3, candidates: ["tanh", "tan_x"])
        #expect(completion.action(textBeforeCursor: "tan") == .list(["tanh", "tan_x"]))
    }

    @Test func duplicatesCollapse() {
        let completion = Completion(replacing: 1, candidates: ["tanh", "tanh"])
        #expect(completion.action(textBeforeCursor: "t") == .replace(deleting: 1, inserting: "tanh "))
    }

    @Test func replacingIsClampedToTheTextBeforeTheCursor() {
        let completion = Completion(replacing: 10, candidates: ["abc"])
        #expect(completion.action(textBeforeCursor: "ab") == .replace(deleting: 2, inserting: "abc "))
    }

    @Test func replacingCountsUnicodeScalars() {
        let completion = Completion(replacing: 2, candidates: ["梯度下降"])
        #expect(completion.action(textBeforeCursor: "= 梯度") == .replace(deleting: 2, inserting: "梯度下降 "))
    }
}

@Suite struct InterruptibleInputTests {
    @Test func decodesOneScalarOrReplacementCharacter() {
        #expect(InterruptibleInput.decodeOne(Array("a".utf8)) == "a")
        #expect(InterruptibleInput.decodeOne(Array("梯".utf8)) == "梯")
        #expect(InterruptibleInput.decodeOne(Array("🚀".utf8)) == "🚀")
        #expect(InterruptibleInput.decodeOne([0xE6, 0x41]) == "\u{FFFD}")  // broken sequence
        #expect(InterruptibleInput.decodeOne([0xFF]) == "\u{FFFD}")
    }
}
