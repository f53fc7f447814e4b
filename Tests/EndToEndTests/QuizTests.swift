import Foundation
import Testing

@Suite("micrograd quiz")
struct QuizTests {
    @Test("micrograd quiz --seed 3 with answers piped in: the questions, the grades, the chain rule, the score kept", arguments: ["en", "zh"])
    func pipedAnswers(_ language: String) throws {
        let home = Binary.temporaryFolder()
        let answers = "two\n1\n0.7\n10.83\n-1.983\nq\n"
        let result = try Binary.run(["quiz", "--seed", "3", "--lang", language], input: answers, home: home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let expected: [String] = language == "en"
            ? [
                "A quiz from seed 3: `micrograd quiz --seed 3` asks the same questions. Type q to leave.",
                "Question 1: a graph of 2 operations.", "Inputs: a = 0.2, b = -1", "d = a - b", "L = b * d",
                "What is dL/dd? Type a number.",
                "'two' is not a number: type a number, such as 0.5 or -2 (q leaves the quiz).",
                "Not quite: you typed 1, but dL/dd = -1. The chain rule, as :explain L d gives it:",
                "dL/dd = b = -1  (L = b*d)",
                "One step of gradient descent with learning rate 0.5: a - 0.5 * dL/da. What is a after it?",
                "Right: a = 0.2 - 0.5 * (-1) = 0.7.", "The next graph has 2 operations.", "d = b + a", "L = d ^ 3",
                "Right: dL/db = 10.83.", "Right: b = -0.9 - 0.1 * 10.83 = -1.983.",
                "Both right: the next graph is harder, with 3 operations.", "Question 3: a graph of 3 operations.",
                "Quiz over.", "Streak 3 (best 3); 3 of 4 right in all.",
            ]
            : [
                "随机种子为 3 的练习：“micrograd quiz --seed 3” 会出同样的题。输入 q 退出。", "计算图 1：有 2 个运算。",
                "输入：a = 0.2，b = -1", "d = a - b", "L = b * d", "dL/dd 是多少？请输入一个数。",
                "“two” 不是数：请输入一个数，例如 0.5 或 -2（输入 q 退出练习）。",
                "不对：你输入的是 1，而 dL/dd = -1。链式法则（与 :explain L d 给出的相同）：",
                "dL/dd = b = -1  (L = b*d)", "以学习率 0.5 做一步梯度下降：a - 0.5 * dL/da。这一步之后 a 是多少？",
                "对：a = 0.2 - 0.5 * (-1) = 0.7。", "两题都对：下一个计算图更难，有 3 个运算。", "练习结束。",
                "连续答对 3 题（最长纪录 3 题）；共答对 3/4 题。",
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
        #expect(again.stdout.components(separatedBy: "\n").prefix(13) == lines.prefix(13))
        #expect(try String(contentsOfFile: progress, encoding: .utf8).contains("quiz streak=0 best=3 right=3 asked=5\n"))
        // Without --seed: new graphs each run, after the five questions asked.
        let fresh = try Binary.run(["quiz", "--lang", language], input: "", home: home)
        #expect(fresh.stdout.hasPrefix(language == "en" ? "A quiz from seed 5: `micrograd quiz --seed 5`" : "随机种子为 5 的练习"))
    }

    /// The objects `micrograd quiz --json` wrote, one a line.
    private func objects(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], "\($0)")
        }
    }

    @Test("micrograd quiz --seed 3 --json with answers piped in: a word, a wrong and a right answer, then the summary; status 1, no progress", arguments: ["en", "zh"])
    func json(_ language: String) throws {
        let home = Binary.temporaryFolder()
        let result = try Binary.run(["quiz", "--seed", "3", "--json", "--lang", language], input: "two\n1\n0.7\n10.83\n", home: home)
        #expect(result.status == 1, "a wrong answer: status 1, as lesson --json")
        #expect(result.stderr == "")
        let lines = try objects(result.stdout)
        #expect(lines.count == 4)
        #expect(lines[0]["round"] as? Int == 1)
        #expect(lines[0]["question"] as? String == "gradient")
        #expect(lines[0]["graph"] as? [String] == ["a = 0.2", "b = -1", "d = a - b", "L = b * d"])
        #expect(lines[0]["asked"] as? String == "d")
        #expect(lines[0]["derivative"] as? String == "dL/dd")
        #expect(lines[0]["expected"] as? Double == -1)
        #expect(lines[0]["given"] as? Double == 1)
        #expect(lines[0]["right"] as? Bool == false)
        #expect(lines[0]["rejected"] as? [String] == ["two"])
        #expect(lines[0]["explanation"] as? [String] == ["dL/dd = b = -1  (L = b*d)"])
        #expect(lines[1]["question"] as? String == "step")
        #expect(lines[1]["asked"] as? String == "a")
        #expect(lines[1]["rate"] as? Double == 0.5)
        #expect(lines[1]["right"] as? Bool == true)
        #expect(lines[1]["explanation"] as? [String] == ["a = 0.2 - 0.5 * (-1) = 0.7"])
        #expect(lines[2]["round"] as? Int == 2)
        #expect(lines[2]["asked"] as? String == "b")
        #expect(lines[2]["right"] as? Bool == true)
        let summary = try #require(lines[3]["summary"] as? [String: Any])
        #expect(summary["seed"] as? Int == 3)
        #expect(summary["rounds"] as? Int == 2)
        #expect(summary["questions"] as? Int == 3)
        #expect(summary["right"] as? Int == 2)
        #expect(summary["streak"] as? Int == 2)
        // A grading run, as lesson --json: the learner's progress is neither read nor written.
        let progress = home.appendingPathComponent(".local/share/micrograd/lesson-progress").path
        #expect(!FileManager.default.fileExists(atPath: progress))
        // Every answer right: status 0; the same seed, the same objects.
        let right = try Binary.run(["quiz", "--seed", "3", "--json", "--lang", language], input: "-1\n0.7\nq\n", home: home)
        #expect(right.status == 0)
        let again = try objects(right.stdout)
        #expect(again.count == 3)
        #expect(again[0]["graph"] as? [String] == lines[0]["graph"] as? [String])
        #expect(again[0]["right"] as? Bool == true)
        #expect(again[2]["summary"] as? [String: Any] != nil)
    }
}
