import Testing
import TextKit

@Suite("Counts")
struct CountedTests {
    @Test("a count picks singular or plural")
    func singularOrPlural() {
        #expect(counted(1, "step") == "1 step")
        #expect(counted(0, "step") == "0 steps")
        #expect(counted(2, "lesson") == "2 lessons")
        #expect(counted(1, "more node", plural: "more nodes") == "1 more node")
        #expect(counted(3, "child", plural: "children") == "3 children")
    }
}
