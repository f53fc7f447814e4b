import Foundation
import Testing

@Suite("micrograd quiz")
struct QuizTests {
    @Test("micrograd quiz --seed 3 with answers piped in: the questions, the grades, the chain rule, the score kept", arguments: ["en", "zh"])
    func pipedAnswers(_ language: String) throws {
        let home = Binary.temporaryFolder()
        let answers = "two\n1\n0.7\n10.83\n-2.083\nq\n"
        let result = try Binary.run(["quiz", "--seed", "3", "--lang", language], input: answers, home: home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let expected: [String] = language == "en"
            ? [
                "A quiz from seed 3: `micrograd quiz --seed 3` asks the same questions. Type q to leave.",
                "Question 1: a graph of 2 operations.", "Inputs: a = 0.2, b = -1", "L = b * (a - b)",
                "What is dL/da? Type a number.",
                "'two' is not a number: type a number, such as 0.5 or -2 (q leaves the quiz).",
                "Not quite: you typed 1, but dL/da = -1. The chain rule, as :explain L a gives it:",
                "dL/da = dL/d(a - b) * d(a - b)/da = -1 * 1 = -1",
                "One step of gradient descent with learning rate 0.5: a - 0.5 * dL/da. What is a after it?",
                "Right: a = 0.2 - 0.5 * (-1) = 0.7.", "The next graph has 2 operations.", "L = (b + a) ^ 3",
                "Right: dL/da = 10.83.", "Right: a = -1 - 0.1 * 10.83 = -2.083.",
                "Both right: the next graph is harder, with 3 operations.", "Question 3: a graph of 3 operations.",
                "Quiz over.", "Streak 3 (best 3); 3 of 4 right in all.",
            ]
            : [
                "随机种子为 3 的练习：`micrograd quiz --seed 3` 会出同样的题。输入 q 退出。", "第 1 题：有 2 个运算的计算图。",
                "输入：a = 0.2，b = -1", "dL/da 是多少？请输入一个数。", "“two” 不是数：请输入一个数，例如 0.5 或 -2（输入 q 退出练习）。",
                "不对：你输入的是 1，而 dL/da = -1。链式法则（与 :explain L a 给出的相同）：",
                "dL/da = dL/d(a - b) * d(a - b)/da = -1 * 1 = -1", "以学习率 0.5 做一步梯度下降：a - 0.5 * dL/da。这一步之后 a 是多少？",
                "对：a = 0.2 - 0.5 * (-1) = 0.7。", "两题都对：下一个计算图更难，有 3 个运算。", "练习结束。",
                "连续答对 3 题（最多 3 题）；共答对 3/4 题。",
            ]
        let lines = result.stdout.components(separatedBy: "\n")
        var from = 0
        for line in expected {
            // In order: each expected line after the one before it.
            let found = lines[from...].firstIndex(of: line)
            #expect(found != nil, "missing, in order: \(line)\n\(result.stdout)")
            from = (found ?? from) + 1
        }
        let progress = home.appendingPathComponent(".local/share/micrograd/lesson-progress").path
        #expect(try String(contentsOfFile: progress, encoding: .utf8).contains("quiz streak=3 best=3 right=3 asked=4\n"))
        // The same seed asks the same questions again; the end of the input leaves too.
        let again = try Binary.run(["quiz", "--seed", "3", "--lang", language], input: "1\n", home: home)
        #expect(again.status == 0)
        #expect(again.stdout.components(separatedBy: "\n").prefix(12) == lines.prefix(12))
        #expect(try String(contentsOfFile: progress, encoding: .utf8).contains("quiz streak=0 best=3 right=3 asked=5\n"))
        // Without --seed: new graphs each run, after the five questions asked.
        let fresh = try Binary.run(["quiz", "--lang", language], input: "", home: home)
        #expect(fresh.stdout.hasPrefix(language == "en" ? "A quiz from seed 5: `micrograd quiz --seed 5`" : "随机种子为 5 的练习"))
    }
}
