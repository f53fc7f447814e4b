import TextKit

/// A session as one self-contained HTML page, for `micrograd run --html`:
/// every input and what it printed, node tables as tables, graphs and
/// plots as inline SVG. No script, no link, no font or picture to fetch:
/// the page reads the same offline, printed, or mailed.
public struct HandoutPage {
    /// What one input printed, in order.
    public enum Part: Sendable, Equatable {
        case text(String)
        /// An SVG document (its `<svg>` element), shown where the terminal
        /// showed its drawing.
        case figure(String)
    }

    public struct Entry: Sendable, Equatable {
        /// The line as typed.
        public var input: String
        /// The prompt before it (`>>> `).
        public var prompt: String
        public var parts: [Part]

        public init(input: String, prompt: String, parts: [Part]) {
            self.input = input
            self.prompt = prompt
            self.parts = parts
        }
    }

    /// The script's name, for the title.
    public var source: String
    public var language: Language

    public init(source: String, language: Language = .en) {
        self.source = source
        self.language = language
    }

    public func render(_ entries: [Entry]) -> String {
        let title = HandoutMessage.title(source).text(language)
        var body: [String] = ["<h1>\(Markup.escaped(title))</h1>"]
        for entry in entries {
            let trimmed = entry.input.trimmingSpaces
            if trimmed.hasPrefix("#") {
                let comment = trimmed.drop { $0 == "#" || $0 == " " }
                if !comment.isEmpty { body.append("<p class=\"comment\">\(Markup.escaped(String(comment)))</p>") }
                continue
            }
            if trimmed.isEmpty { continue }
            var html = ["<section class=\"entry\">",
                        "<pre class=\"input\"><span class=\"prompt\">\(Markup.escaped(entry.prompt))</span>\(Markup.escaped(entry.input))</pre>"]
            for part in entry.parts {
                switch part {
                case .figure(let svg): html.append("<figure>\(svg)</figure>")
                case .text(let text): html += blocks(of: text)
                }
            }
            html.append("</section>")
            body.append(html.joined(separator: "\n"))
        }
        body.append("<footer>\(Markup.escaped(HandoutMessage.madeBy.text(language)))</footer>")
        let style = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC",sans-serif;color:#1f2328;\
            max-width:60rem;margin:2rem auto;padding:0 1rem}\
            h1{font-size:1.4rem}pre{font:13px/1.35 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;margin:.2rem 0;\
            white-space:pre-wrap}.input{background:#f6f8fa;border-left:3px solid #0969da;padding:.3rem .6rem}\
            .prompt{color:#8c959f}.comment{color:#57606a;margin:1.2rem 0 .3rem}\
            table{border-collapse:collapse;font:13px ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;margin:.3rem 0}\
            th,td{border-bottom:1px solid #d0d7de;padding:.1rem .7rem;text-align:right}th{color:#57606a;font-weight:normal}\
            td:first-child,th:first-child,td:nth-child(2),th:nth-child(2){text-align:left}\
            figure{margin:.5rem 0}figure svg{max-width:100%;height:auto}\
            footer{margin-top:2rem;color:#8c959f;font-size:.85rem}
            """
        return """
            <!DOCTYPE html>
            <html lang="\(language == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Markup.escaped(title))</title>
            <style>\(style)</style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// Output text as HTML: the node tables (a header line of `node`,
    /// `op`, `data`, `grad` in the page's language, then rows, columns
    /// two spaces apart or more) as tables, the rest as preformatted text.
    func blocks(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let headers = [TableMessage.nodeHeader, .nameHeader].map { $0.text(language) }
        var result: [String] = []
        var plain: [String] = []
        func flush() {
            if !plain.isEmpty { result.append("<pre>\(Markup.escaped(plain.joined(separator: "\n")))</pre>") }
            plain = []
        }
        var index = 0
        while index < lines.count {
            let header = HandoutPage.cells(lines[index])
            guard lines[index].hasPrefix("  "), header.count >= 3, headers.contains(header[0]),
                header.contains(TableMessage.dataHeader.text(language))
            else {
                plain.append(lines[index])
                index += 1
                continue
            }
            flush()
            var rows = ["<tr>" + header.map { "<th>\(Markup.escaped($0))</th>" }.joined() + "</tr>"]
            index += 1
            while index < lines.count, lines[index].hasPrefix("  "), !lines[index].hasPrefix("   "),
                !lines[index].trimmingSpaces.hasPrefix("…"), !lines[index].trimmingSpaces.hasPrefix("...")
            {
                var cells = HandoutPage.cells(lines[index])
                cells += [String](repeating: "", count: Swift.max(0, header.count - cells.count))
                rows.append("<tr>" + cells.map { "<td>\(Markup.escaped($0))</td>" }.joined() + "</tr>")
                index += 1
            }
            result.append("<table>\n" + rows.joined(separator: "\n") + "\n</table>")
        }
        flush()
        return result
    }

    /// A table line's cells: split where two spaces or more stand.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var spaces = 0
        for character in line.trimmingSpaces {
            if character == " " {
                spaces += 1
                continue
            }
            if spaces >= 2 {
                cells.append(current)
                current = ""
            } else if spaces == 1 {
                current += " "
            }
            spaces = 0
            current.append(character)
        }
        if !current.isEmpty { cells.append(current) }
        return cells
    }
}

/// The words of the handout page around the session.
public enum HandoutMessage: Message, Equatable {
    case title(String)
    case madeBy

    public var texts: Texts {
        switch self {
        case .title(let source): Texts(en: "micrograd handout: \(source)", zh: "micrograd 讲义：\(source)")
        case .madeBy:
            Texts(
                en: "Made with micrograd run --html: every input and its output, graphs and plots as pictures.",
                zh: "由 micrograd run --html 生成：每一行输入及其输出，计算图和曲线都画成了图。")
        }
    }

    public static let samples: [HandoutMessage] = [.title("lecture.mg"), .madeBy]
}
