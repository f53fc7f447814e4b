import Testing

@testable import Calc

/// The "did you mean" of every unknown name, function, command and lesson
/// field: the distance it ranks by, and which candidate wins.
@Suite("Suggestions")
struct SuggestionsTests {
    @Test(
        "the edit distance counts insertions, deletions, substitutions and neighbour swaps",
        arguments: [
            ("kitten", "sitting", 3), ("alpah", "alpha", 1), ("ab", "ba", 1), ("ca", "abc", 3),
            ("", "abc", 3), ("tanh", "tanh", 0), ("sigmiod", "sigmoid", 1), ("梯度", "梯度下降", 2),
        ])
    func distance(_ a: String, _ b: String, _ expected: Int) {
        #expect(editDistance(a, b) == expected)
        #expect(editDistance(b, a) == expected)
    }

    @Test("the closest name within a third of the letters wins; ties go to the first in alphabetical order")
    func closest() {
        let functions = ["tanh", "exp", "log", "sigmoid", "relu", "sum", "mean", "max", "min"]
        #expect(closestName(to: "tnah", among: functions) == "tanh")
        #expect(closestName(to: "sigmiod", among: functions) == "sigmoid")
        #expect(closestName(to: "mx", among: functions) == "max")
        #expect(closestName(to: "mxx", among: functions) == "max")
        #expect(closestName(to: "man", among: functions) == "max")
        #expect(closestName(to: "softmax", among: functions) == nil)
        #expect(closestName(to: "tanh", among: functions + ["tanh"]) == nil)
        #expect(closestName(to: "los", among: ["loss", "loss", "log"]) == "log")
    }
}
