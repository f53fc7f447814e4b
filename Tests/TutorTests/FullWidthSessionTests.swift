import Testing
import TextKit
@testable import Tutor

/// A Chinese input method's characters in a session: read as ASCII, said once.
@Suite("Full-width input in a session")
struct FullWidthSessionTests {
    func run(_ lines: [String], language: Language = .en, json: Bool = false) -> String {
        var output = ""
        let session = Session(options: SessionOptions(style: .plain, json: json)) { output += $0 }
        session.language = language
        for (index, line) in lines.enumerated() { _ = session.handle(line, lineNumber: index + 1) }
        return output
    }

    @Test("ａ ＝ ２；ｂ ＝ （ａ ＋ １） × ３ ÷ ３ computes b = 3, with the note once")
    func computes() {
        let output = run(["ａ ＝ ２；ｂ ＝ （ａ ＋ １） × ３ ÷ ３", "ｃ ＝ ｂ ＋ １"])
        #expect(output.contains("\nb = 3\n"))
        #expect(output.contains("\nc = 4\n"))
        #expect(output.hasPrefix("note: read full-width ａ ＝ ２ ； ｂ （ ＋ １ ） × ３ ÷ as a = 2 ; b ( + 1 ) * 3 /;"))
        #expect(output.components(separatedBy: "note: read full-width").count == 2, "said once")
    }

    @Test("in Chinese: the note, and an error after full-width text with its caret under the place")
    func chinese() {
        let output = run(["ｘ ＝ （１ ＋ ２）、３"], language: .zh)
        let caret = String(repeating: " ", count: 4 + 18) + "^~"
        #expect(output == """
            注意：已把全角的 ｘ ＝ （ １ ＋ ２ ） ３ 当作 x = ( 1 + 2 ) 3 读入；表达式用半角字符书写
            <input>:1:12: 错误：无法识别的字符“、”
                ｘ ＝ （１ ＋ ２）、３
            \(caret)
                提示：“、”是中文标点；语句之间用 ; 或换行分隔，参数之间用 , 分隔

            """)
    }

    @Test("a number in words in a Chinese session asks for digits")
    func numberInWords() {
        let output = run(["负三"], language: .zh)
        #expect(output.contains("错误：“负三”是用文字写的数"))
        #expect(output.contains("提示：请输入阿拉伯数字，例如 -3"))
    }

    @Test("JSON messages follow the session's language, and JSON gets no note")
    func json() {
        #expect(run(["bb"], json: true).contains(#""message": "unknown name 'bb'""#))
        let zh = run(["ｂｂ"], language: .zh, json: true)
        #expect(zh.contains(#""message": "“bb”还没有定义""#))
        #expect(!zh.contains("注意"))
    }
}
