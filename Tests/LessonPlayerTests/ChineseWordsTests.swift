import Foundation
import Testing
import TextKit
@testable import LessonPlayer

/// Runs of English words left in Chinese text: what remains once code
/// (backticks), commands (`:hint`), paths, numbers, the program's name and
/// the acronyms a Chinese text keeps (NaN, ReLU, DOT, SVG, JSON, Tab,
/// Ctrl-C...) are taken out, three ASCII words or more in a row.
enum EnglishLeft {
    static let kept: Set<String> = ["NaN", "ReLU", "DOT", "SVG", "JSON", "Tab", "Ctrl-C", "Ctrl-D", "micrograd", "ok", "all", "Enter", "N", "DIR"]

    static func runs(in text: String, ignoring arguments: [String] = []) -> [String] {
        var text = text
        for argument in arguments where !argument.isEmpty { text = text.replacingOccurrences(of: argument, with: " ") }
        // Backticked code.
        var plain = ""
        var inCode = false
        for character in text {
            if character == "`" { inCode.toggle(); plain.append(" "); continue }
            plain.append(inCode ? " " : character)
        }
        var runs: [String] = []
        var run: [String] = []
        func close() {
            if run.count >= 3 { runs.append(run.joined(separator: " ")) }
            run = []
        }
        for token in plain.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let word = String(token)
            let isWord = word.allSatisfy { $0.isASCII && ($0.isLetter || "'-,.;:()?!".contains($0)) }
                && word.contains(where: \.isLetter)
            let isCommandOrPath = word.hasPrefix(":") || word.hasPrefix("--") || word.contains("/")
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()?!'"))
            if isWord && !isCommandOrPath && !kept.contains(bare) {
                run.append(word)
            } else {
                close()
            }
        }
        close()
        return runs
    }

    /// The string arguments of a message: a name or an English reason
    /// typed into a Chinese sentence is the caller's, not the sentence's.
    static func arguments(of message: some Message) -> [String] {
        guard let payload = Mirror(reflecting: message).children.first?.value else { return [] }
        let mirror = Mirror(reflecting: payload)
        let values = mirror.displayStyle == .tuple ? mirror.children.map(\.value) : [payload]
        return values.compactMap { $0 as? String }
    }
}

@Suite("Chinese words of the lesson player")
struct ChineseWordsTests {
    @Test("the helper finds English sentences and passes code, commands and acronyms")
    func helper() {
        #expect(EnglishLeft.runs(in: "Type a number please") == ["Type a number please"])
        #expect(EnglishLeft.runs(in: "（:hint 看提示，:skip 看答案）").isEmpty)
        #expect(EnglishLeft.runs(in: "运行 `micrograd lessons check lessons` 检查").isEmpty)
        #expect(EnglishLeft.runs(in: "结果是 NaN，Tab 补全，Ctrl-C 取消").isEmpty)
    }

    @Test("every Chinese message of the lesson player has no English sentence")
    func noEnglish() {
        func check<M: Message>(_ type: M.Type) {
            for sample in M.samples {
                let left = EnglishLeft.runs(in: sample.text(.zh), ignoring: EnglishLeft.arguments(of: sample))
                #expect(left.isEmpty, "\(sample.caseName): \(left) in \(sample.text(.zh))")
            }
        }
        check(LessonMessage.self)
        check(CheckReasonMessage.self)
        check(CommandLineMessage.self)
    }

    @Test("representative Chinese sentences, exactly")
    func exact() {
        let zh = LessonWords(language: .zh)
        #expect(zh.resuming("基本概念", 3, 13) == "欢迎回来：“基本概念”，第 3/13 步。（输入 :restart 可从头开始本课。）")
        #expect(zh.unknownLesson("basix") == "没有课程“basix”；:menu 可列出全部课程。")
        #expect(zh.stepCount(13) == "13 步")
        #expect(zh.switchedLanguage(.en) == "语言：英文。")
        #expect(zh.onlyIn(.en) == "（本课只有英文版。）")
        #expect(zh.covered(2, of: 3) == "你覆盖了 3 个要点中的 2 个；请再读一读上面其余的要点。")
        #expect(CheckReasonMessage.valueDiffers(subject: "w4", actual: "8", expected: "6.9").text(.zh) == "w4 等于 8，应为 6.9。")
        #expect(CheckReasonMessage.gradientDiffers(subject: nil, wrt: "a", actual: "2", expected: "-3").text(.zh) == "结果对 a 的梯度是 2，应为 -3。")
        #expect(CommandLineMessage.checkClean(files: Count(14, .file), lessons: Count(7, .lesson)).text(.zh) == "14 个文件，7 课：没有错误\n")
        #expect(CommandLineMessage.banner(title: "micrograd 1.0").text(.zh).hasPrefix("micrograd 1.0：一个节点一个节点地看反向传播如何运作。\n"))
    }

    @Test("the English texts are unchanged")
    func english() {
        let en = LessonWords(language: .en)
        #expect(en.resuming("Basics", 3, 13) == "Welcome back: Basics, at step 3 of 13. (:restart starts this lesson over.)")
        #expect(en.switchedLanguage(.zh) == "Language: 中文.")
        #expect(en.stepCount(1) == "1 step")
        #expect(CommandLineMessage.checkSummary(files: Count(2, .file), lessons: Count(1, .lesson), errors: Count(1, .error)).text(.en) == "2 files, 1 lesson: 1 error\n")
    }
}
