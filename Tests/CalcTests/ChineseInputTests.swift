import Testing
import TextKit
@testable import Calc

/// Full-width input read as ASCII, numbers in words, and the language's
/// diagnostics in Chinese.
@Suite("Chinese input and diagnostics")
struct ChineseInputTests {
    @Test("full-width digits, letters, brackets and operators, × and ÷, compute as their ASCII forms")
    func fullWidth() throws {
        #expect(try number("ａ ＝ ２；ｂ ＝ （ａ ＋ １） × ３ ÷ ３") == 3)
        #expect(try number("２·３ − １") == 5)
        #expect(try number("ｔａｎｈ（０）\u{3000}＋\u{3000}１２") == 12)
    }

    @Test("columns after full-width text are those of the line as typed")
    func columns() {
        let diagnostic = failure("ｘ ＝ （１ ＋ $")
        #expect(diagnostic?.location == SourceLocation(line: 1, column: 10))
    }

    @Test("the one-time note says what was read as what, in both languages")
    func note() throws {
        let note = try #require(FullWidth.note(for: "（１ ＋ ２） × ３"))
        #expect(note.text(.en) == "note: read full-width （ １ ＋ ２ ） × ３ as ( 1 + 2 ) * 3; the language is written in half-width characters")
        #expect(note.text(.zh) == "注意：已把全角的 （ １ ＋ ２ ） × ３ 当作 ( 1 + 2 ) * 3 读入；表达式用半角字符书写")
        #expect(FullWidth.note(for: "a = (1 + 2) * 3") == nil)
    }

    @Test("a number in words asks for digits", arguments: ["三", "负三", "三点五", "two"])
    func numberInWords(_ word: String) throws {
        let diagnostic = try #require(failure(word))
        #expect(diagnostic.calcMessage == .numberInWords(word))
        #expect(diagnostic.hint(in: .zh) == "请输入阿拉伯数字，例如 -3")
        #expect(diagnostic.message(in: .zh) == "“\(word)”是用文字写的数")
    }

    @Test("Chinese of a few representative diagnostics")
    func chinese() throws {
        let workspace = Workspace()
        _ = try evaluate("b = 2", in: workspace)
        let unknown = try #require(failure("bb + 1", in: workspace))
        #expect(unknown.message(in: .zh) == "“bb”还没有定义")
        #expect(unknown.hint(in: .zh) == "你是不是想写“b”？")
        #expect(unknown.message == "unknown name 'bb'")
        let syntax = try #require(failure("1 + * 2"))
        #expect(syntax.message(in: .zh) == "“+”后面应是一个表达式，却是“*”")
        let shapes = try #require(failure("[[1], [2]] @ [[1, 2], [3, 4]]"))
        #expect(shapes.message(in: .zh) == "[2, 1] 和 [2, 2] 无法相乘：内侧的大小 1 和 2 不同")
        let method = try #require(failure("x = 1; x.T"))
        #expect(method.hint(in: .zh) == "x.T 请写成 transpose(x)，x.dot(y) 写成 x @ y，np.sum(x) 写成 sum(x)")
    }

    @Test("a Chinese diagnostic says no English sentence", arguments: [
        "bb + 1", "1 + * 2", "(1 + 2", "[1, 2] + [1, 2, 3]", "[[1], [2]] @ [[1, 2], [3, 4]]", "x = 1; x.T", "print(1)",
        "tanh(1, 2)", "2x", "a == b", "1、2", "zeros(2.5)", "sum(1, 0)", "grad(q)", "[]", "[[1, 2], [3]]", "b = 1; b(2)",
        "x = 1e309", "2 = a", "tanh 2",
    ])
    func noEnglish(_ source: String) throws {
        let diagnostic = try #require(failure(source))
        let text = diagnostic.message(in: .zh) + " " + (diagnostic.hint(in: .zh) ?? "")
        #expect(EnglishWords.in(text).isEmpty, "\(text)")
    }

    @Test("no Chinese text of the language's messages says an English sentence")
    func catalogHasNoEnglish() {
        for message in CalcMessage.samples {
            if case .text = message { continue }
            let text = message.text(.zh)
            #expect(EnglishWords.in(text).isEmpty, "\(message.caseName): \(text)")
        }
    }
}

/// Runs of English words in a Chinese text, once code is taken out: what
/// is in quotation marks or backticks, calls such as `tanh(x)`, commands,
/// formulas, numbers and the acronyms that stay as typed.
enum EnglishWords {
    /// Acronyms, words of the language's commands, and every function name.
    static let allowed: Set<String> = Set([
        "NaN", "ReLU", "DOT", "SVG", "JSON", "Tab", "Ctrl", "NumPy", "max", "array", "nodes", "nesting", "set", "reset",
        "loss", "output", "columns", "rows", "axis", "mean", "sum", "zeros", "tanh", "relu", "grad", "transpose", "dot",
        "np", "learning_rate", "print", "abs", "sin", "cos", "vars", "sqrt", "rand", "randn", "exp", "log", "sigmoid",
    ]).union(Builtins.functions.map(\.name))

    static func `in`(_ text: String) -> [String] {
        var stripped = ""
        var quoted = false
        for character in text {
            if character == "“" || character == "`" { quoted = true; continue }
            if character == "”" || (character == "`" && quoted) { quoted = false; continue }
            stripped.append(quoted ? " " : character)
        }
        // Words of 3+ ASCII letters that are not names of code.
        var words: [String] = []
        var word = ""
        for character in stripped + " " {
            if character.isASCII && (character.isLetter || character == "_") {
                word.append(character)
            } else {
                if word.count >= 3, !allowed.contains(word) { words.append(word) }
                word = ""
            }
        }
        return words
    }
}
