import Foundation
import Testing
import TextKit
import Tutor

/// A Chinese session (`--lang zh`, `:lang zh`): the session's own words,
/// exactly, and no English sentence left in what its commands print.
@Suite("The session in Chinese")
struct SessionChineseTests {
    /// What a fresh Chinese session prints for `script`, without echoing
    /// the input, with its files in memory.
    static func chinese(_ script: String) -> String {
        replay(
            script, sourceName: "zh.mg", options: SessionOptions(language: .zh), environment: InMemoryEnvironment())
    }

    @Test("the language is set at init, and :lang switches a plain session both ways")
    func language() {
        var output = ""
        let session = Session(options: SessionOptions(language: .zh), environment: InMemoryEnvironment()) { output += $0 }
        #expect(session.language == .zh)
        _ = session.handle(":lang en", sourceName: "t", lineNumber: 1)
        #expect(session.language == .en)
        _ = session.handle(":seed 3", sourceName: "t", lineNumber: 2)
        _ = session.handle(":lang zh", sourceName: "t", lineNumber: 3)
        _ = session.handle(":seed 4", sourceName: "t", lineNumber: 4)
        #expect(
            output == """
                The tutor speaks English now.
                Random numbers now start from seed 3.
                本工具现在使用中文。
                随机数现在从随机种子 4 开始。

                """)
    }

    @Test("exact Chinese of :seed, :reset, :vars, :save and :help tanh")
    func exact() {
        #expect(Self.chinese(":seed 7\n:reset\n:vars") == "随机数现在从随机种子 7 开始。\n所有名字和节点都已清除。\n还没有名字。可以这样定义一个：a = 2\n")
        #expect(Self.chinese("a = 2\n:save a.mg").hasSuffix("已将 1 行保存到 a.mg。\n"))
        #expect(
            Self.chinese(":help tanh") == """
                tanh(x)  双曲正切，把值压缩到 (-1, 1)
                  导数   d tanh(x)/dx = 1 - tanh(x)^2
                  定义域 全体实数 x
                  例子   tanh(0.5) = 0.4621，该点的斜率是 0.7864

                """)
    }

    @Test("exact Chinese of the errors about commands and their arguments")
    func errors() {
        let unknown = Self.chinese(":varz")
        #expect(unknown.contains("错误：没有 :varz 这个命令"))
        #expect(unknown.contains("提示：你是不是想输入 :vars？可用的命令有 :help :vars"))
        #expect(Self.chinese(":seed").contains("错误：:seed 缺少一个数\n"))
        #expect(Self.chinese(":vars x").contains("错误：:vars 不带参数\n"))
        #expect(Self.chinese(":train").contains("错误：:train 缺少损失：:train loss STEPS LR [name ...]\n"))
        #expect(Self.chinese(":load nope.mg").contains("错误：无法读取“nope.mg”：文件或文件夹不存在\n"))
        #expect(Self.chinese(":set max-nodes 5").contains("提示：每个节点约占 40 字节；100,000,000 个约为 4 GB\n"))
    }

    @Test("a Chinese :save writes a Chinese header, and either language replaces the other's file")
    func savedHeader() {
        let files = InMemoryEnvironment(files: ["/w/en.mg": "# Saved by :save. Replay it with: micrograd run /w/en.mg\n"])
        var output = ""
        let session = Session(options: SessionOptions(language: .zh), environment: files) { output += $0 }
        _ = session.handle("a = 2", sourceName: "t", lineNumber: 1)
        _ = session.handle(":save /w/en.mg", sourceName: "t", lineNumber: 2)
        _ = session.handle(":lang en", sourceName: "t", lineNumber: 3)
        _ = session.handle(":save /w/en.mg", sourceName: "t", lineNumber: 4)
        _ = session.handle(":lang zh", sourceName: "t", lineNumber: 5)
        _ = session.handle(":save /w/zh.mg", sourceName: "t", lineNumber: 6)
        #expect(!output.contains("error"), "\(output)")
        #expect(files.file("/w/zh.mg") == "# 由 :save 保存。重放：micrograd run /w/zh.mg\na = 2\n:lang en\n:lang zh\n")
        _ = session.handle(":lang en", sourceName: "t", lineNumber: 7)
        _ = session.handle(":save /w/zh.mg", sourceName: "t", lineNumber: 8)
        #expect(files.file("/w/zh.mg")?.hasPrefix("# Saved by :save.") == true, "\(output)")
    }

    @Test("what run --check and --record say, in Chinese")
    func transcriptReport() throws {
        let check = try TranscriptCheckTests.check(TranscriptCheckTests.recorded())
        #expect(TranscriptReport.text(check, language: .zh) == "demo.mg：全部 4 条输入的输出与记录一致\n")
        let changed = try TranscriptCheckTests.check(TranscriptCheckTests.edited { $0.insert("  x        leaf   1       0", at: 10) })
        let report = TranscriptReport.text(changed, language: .zh)
        #expect(report.hasPrefix("--- demo.mg（记录）\n+++ demo.mg（重放）\n@@ 第 11 行 @@\n"))
        #expect(report.hasSuffix("demo.mg：1 处差异\n"))
        let recording = Transcript(script: Script(parsing: TranscriptCheckTests.script), sourceName: "demo.mg").recording()
        #expect(
            TranscriptReport.text(recording, language: .zh)
                == "已把 4 条输入的输出记录到 demo.mg；用 micrograd run --check demo.mg 核对\n")
    }

    /// Every command of the session's own, with its mistakes: the Calc
    /// errors are another module's, and the tables' headers the views'.
    static let everyday = """
        :help
        :help tanh
        :help *
        :help @
        :help neg
        :help leaf
        :help const
        :help :save
        :help nope
        :vars
        a = 2
        w = [1, 2]
        :vars
        :nodes w
        :nodes q
        :seed 7
        :seed x
        :seed
        :set
        :set max-line
        :set max-lines 5
        :set max-nodes 5
        :set max-nodes 5000 1
        :save
        :save /
        :save s.mg
        :load s.mg
        :load nope.mg
        :reset
        :vars a
        :varz
        :
        :next
        :menu
        :lesson 2
        :lang
        :lang fr
        """

    @Test("a Chinese session of everyday commands and mistakes has no English sentence")
    func noEnglish() {
        let output = Self.chinese(Self.everyday)
        for line in output.split(separator: "\n").map(String.init) {
            // The saved file's first line is the file's, in every language.
            if line.hasPrefix("#") { continue }
            let english = englishRuns(in: line)
            #expect(english.isEmpty, "English in «\(line)»: \(english)")
        }
    }
}

/// The helper finds what it is for, and leaves code alone.
@Test("englishRuns finds an English sentence and passes code, names and acronyms")
func englishRunsFinds() {
    #expect(!englishRuns(in: "hint: did you mean :vars? the commands are :help :vars").isEmpty)
    #expect(!englishRuns(in: "Random numbers now start from seed 7.").isEmpty)
    #expect(englishRuns(in: "  :train loss STEPS LR [name ...]  对 loss 做梯度下降；Ctrl-C 可中止").isEmpty)
    #expect(englishRuns(in: "tanh(x)  双曲正切；max-nodes, max-line 和 NaN").isEmpty)
}

/// The runs of three or more English words in `line`, once code (in
/// backticks, `:commands`, calls, formulas), names, numbers and the
/// acronyms that stay as typed are taken out: what is left should be the
/// learner's language.
func englishRuns(in line: String, names: Set<String> = []) -> [String] {
    var text = line
    let removals = [
        #"`[^`]*`"#,  // code
        #"\bmax-[a-z]+"#,  // the settings' names
        #":[a-z]+( [A-Za-z.\[\]|_ -]*[A-Z]+[A-Za-z\[\] .|-]*)?"#,  // a command and its usage
        #"[A-Za-z_]+\([^)]*\)"#,  // calls such as tanh(x)
        #"[A-Za-z_][\w.]*\s*=\s*[^，；。]*"#,  // assignments such as a = 2, keepdims=True
        #"\b(NaN|ReLU|DOT|SVG|JSON|Tab|Ctrl-[A-Z]|Enter|NumPy|Graphviz|GB|error|hint|shell|id|logistic|micrograd)\b"#,
    ]
    for pattern in removals {
        text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
    }
    for name in names { text = text.replacingOccurrences(of: name, with: " ") }
    let run = try! NSRegularExpression(pattern: #"[A-Za-z]{2,}(?:[ ,'-]+[A-Za-z]{2,}){2,}"#)
    return run.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
        String(text[Range($0.range, in: text)!])
    }
}
