import Platform
import TextKit
import Calc

/// Reads a lesson file (see docs/lessons.md) into a ``Lesson``, or reports
/// every problem it finds, each at its line.
///
/// The file is Markdown with a few conventions: `# Title` on the first
/// line, `## KIND ID` to start each step, the step's text, then fields
/// (`check: value c == 5`) at the start of a line. A field's value runs to
/// the next field or step; `<!-- -->` lines are comments; inside a ```
/// fence nothing is a field or a step.
public final class LessonParser {
    let path: String
    private var diagnostics: [LessonDiagnostic] = []
    /// A ``` fence is never closed: the lines after it cannot be read.
    private var fenceLeftOpen = false

    /// Parses `text`, read from `path`. The id and number come from the
    /// file name (``LessonFormat/split(fileName:)``).
    public static func parse(_ text: String, path: String, id: String, number: Int?, language: Language)
        throws(LessonDiagnostics) -> Lesson
    {
        let parser = LessonParser(path: path)
        let lesson = parser.lesson(from: text, id: id, number: number, language: language)
        if !parser.diagnostics.isEmpty { throw LessonDiagnostics(parser.diagnostics) }
        return lesson
    }

    init(path: String) {
        self.path = path
    }

    private func error(_ line: Int, _ said: LessonDiagnosticMessage) {
        diagnostics.append(LessonDiagnostic(path: path, line: line, said))
    }

    private func error(_ line: Int, _ message: String) {
        diagnostics.append(LessonDiagnostic(path: path, line: line, message: message))
    }

    // MARK: Lines into steps

    private struct Line {
        var text: String
        var number: Int
        /// Inside a ``` fence (or the fence itself): never a field or a heading.
        var fenced: Bool
    }

    private struct RawField {
        /// Nil for a line that looks like a field but is none (reported
        /// where it is read): its lines go to no field.
        var field: LessonFormat.Field?
        var line: Int
        var lines: [Line]
    }

    private struct RawStep {
        var kind: String
        var id: String
        var line: Int
        var text: [Line] = []
        var fields: [RawField] = []
    }

    /// Every line of a lesson file that holds a control character other
    /// than tab (which has its own error) and newline, comments included:
    /// what `lessons check` reports at `FILE:LINE`. The lesson still plays,
    /// with the characters shown visibly.
    public static func controlCharacters(in text: String, path: String) -> [LessonDiagnostic] {
        let text = FileSystem.normalizingLineEndings(text)
        var found: [LessonDiagnostic] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let control = String(line).firstHiddenControl {
                found.append(LessonDiagnostic(path: path, line: offset + 1, .controlCharacter(control)))
            }
        }
        return found
    }

    /// The file's lines without comments, marked when fenced.
    private func lines(of text: String) -> [Line] {
        var result: [Line] = []
        var fenced = false
        var commentStart: Int?
        // CRLF is one Character to Swift, which a split on "\n" would miss.
        let text = FileSystem.normalizingLineEndings(text)
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            let number = offset + 1
            // A control character (ESC, BEL, CSI...) could drive the
            // learner's terminal: it is shown visibly (`^[`) in everything
            // the lesson prints, and `lessons check` reports it
            // (`controlCharacters(in:path:)`).
            line = line.withVisibleControls
            let trimmed = line.trimmingBlanks
            if commentStart != nil {
                if trimmed.contains("-->") { commentStart = nil }
                continue
            }
            if !fenced, trimmed.hasPrefix("<!--") {
                if !trimmed.contains("-->") { commentStart = number }
                continue
            }
            if trimmed.hasPrefix("```") {
                fenced.toggle()
                result.append(Line(text: line, number: number, fenced: true))
                continue
            }
            if line.contains("\t") {
                error(number, .tabCharacter)
            }
            result.append(Line(text: line, number: number, fenced: fenced))
        }
        if let commentStart { error(commentStart, .commentNotClosed) }
        if fenced, let last = result.last(where: { $0.text.trimmingBlanks.hasPrefix("```") }) {
            error(last.number, .fenceNotClosed)
            fenceLeftOpen = true
        }
        return result
    }

    private func field(of line: Line) -> (LessonFormat.Field, String)? {
        guard !line.fenced, let colon = line.text.firstIndex(of: ":") else { return nil }
        guard let field = LessonFormat.Field(rawValue: String(line.text[..<colon])) else { return nil }
        return (field, String(line.text[line.text.index(after: colon)...]).trimmingBlanks)
    }

    private func lesson(from text: String, id: String, number: Int?, language: Language) -> Lesson {
        let lines = lines(of: text)
        // Past a fence never closed, every line is code: the steps there
        // cannot be read, and reporting them would only bury the one error.
        if fenceLeftOpen {
            return Lesson(id: id, number: number, title: "", language: language, steps: [], path: path)
        }
        var title: String?
        var titleLine = 1
        var steps: [RawStep] = []
        // After a heading that could not be read, its lines belong to no
        // step: they are skipped rather than reported again.
        var skipping = false
        for line in lines {
            let trimmed = line.text.trimmingBlanks
            if !line.fenced, line.text.hasPrefix("## ") || line.text == "##" {
                let step = heading(line)
                if let step { steps.append(step) }
                skipping = step == nil
                continue
            }
            if skipping { continue }
            if title == nil {
                if trimmed.isEmpty { continue }
                if !line.fenced, line.text.hasPrefix("# "), !trimmed.dropFirst(2).trimmingBlanks.isEmpty {
                    title = String(trimmed.dropFirst(2)).trimmingBlanks
                    titleLine = line.number
                } else {
                    error(line.number, .noTitle)
                    title = ""
                }
                continue
            }
            guard !steps.isEmpty else {
                if !trimmed.isEmpty {
                    error(line.number, .textBeforeFirstStep)
                }
                continue
            }
            if let (field, first) = field(of: line) {
                steps[steps.count - 1].fields.append(
                    RawField(field: field, line: line.number, lines: [Line(text: first, number: line.number, fenced: false)]))
            } else if !line.fenced, let word = LessonFormat.fieldLikeWord(line.text) {
                notAField(word, at: line.number, in: steps[steps.count - 1].kind)
                steps[steps.count - 1].fields.append(RawField(field: nil, line: line.number, lines: []))
            } else if steps[steps.count - 1].fields.isEmpty {
                steps[steps.count - 1].text.append(line)
            } else {
                steps[steps.count - 1].fields[steps[steps.count - 1].fields.count - 1].lines.append(line)
            }
        }
        if title == nil { error(1, .emptyFile) }
        else if steps.isEmpty { error(titleLine, .noSteps) }

        var seen: [String: Int] = [:]
        var built: [Step] = []
        for raw in steps {
            if let earlier = seen[raw.id] {
                error(raw.line, .secondStep(raw.id, firstLine: earlier))
            }
            seen[raw.id] = seen[raw.id] ?? raw.line
            if let step = step(from: raw) { built.append(step) }
        }
        return Lesson(id: id, number: number, title: title ?? "", language: language, steps: built, path: path)
    }

    /// A line that looks like a field and is none: a misspelt field
    /// (`stup:`, `tolerence:`), one with a capital (`Hint:`), or text that
    /// happens to start with a word and a colon.
    private func notAField(_ word: String, at line: Int, in kind: String) {
        if let field = LessonFormat.Field(rawValue: word.lowercased()) {
            error(line, .capitalisedField(word + ":", write: field.rawValue + ":"))
            return
        }
        let takes = LessonFormat.kind(named: kind)?.fields.map(\.rawValue) ?? []
        // The step's own fields first: `tolerence` in a number step is `tolerance`.
        let near = closestName(to: word, among: takes) ?? closestName(to: word, among: LessonFormat.Field.allCases.map(\.rawValue))
        error(line, .unknownField(
            word + ":", near: near.map { $0 + ":" }, kind: kind, takes: takes.map { $0 + ":" }.joined(separator: " ")))
    }

    private func heading(_ line: Line) -> RawStep? {
        let words = line.text.dropFirst(2).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let kinds = LessonFormat.kinds.map(\.name)
        guard words.count == 2 else {
            error(line.number, .badHeading(kinds: kinds.joined(separator: ", ")))
            return nil
        }
        guard LessonFormat.kind(named: words[0]) != nil else {
            let list = kinds.joined(separator: ", ")
            if let near = closestName(to: words[0], among: kinds) {
                error(line.number, .unknownKindNear(words[0], near: near, kinds: list))
            } else {
                error(line.number, .unknownKind(words[0], kinds: list))
            }
            return nil
        }
        guard LessonFormat.isValidID(words[1]) else {
            error(line.number, .badStepID(words[1]))
            return nil
        }
        return RawStep(kind: words[0], id: words[1], line: line.number)
    }

    // MARK: One step

    private func step(from raw: RawStep) -> Step? {
        guard let rule = LessonFormat.kind(named: raw.kind) else { return nil }
        let errorsBefore = diagnostics.count
        var values: [LessonFormat.Field: [RawField]] = [:]
        for field in raw.fields {
            // Not a field: reported where it was read.
            guard let name = field.field else { continue }
            guard rule.fields.contains(name) else {
                let takenBy = LessonFormat.kinds(taking: name).joined(separator: ", ")
                if rule.fields.isEmpty {
                    error(field.line, .fieldInProse(name.rawValue + ":", kind: rule.name, takenBy: takenBy))
                } else {
                    error(field.line, .fieldNotInKind(
                        name.rawValue + ":", kind: rule.name, takes: rule.fields.map { $0.rawValue + ":" }.joined(separator: " "),
                        takenBy: takenBy))
                }
                continue
            }
            if name.isUnique, let first = values[name]?.first {
                error(field.line, .secondField(name.rawValue + ":", firstLine: first.line))
                continue
            }
            values[name, default: []].append(field)
        }
        for field in rule.required where values[field] == nil && !(field == .correct && raw.kind != "choice") {
            error(raw.line, .needsField(kind: rule.name, id: raw.id, field: field))
        }
        let text = block(raw.text)
        if rule.needsText && text.isEmpty {
            error(raw.line, .noText(kind: rule.name, id: raw.id))
        }

        let setup = values[.setup].map(code) ?? []
        let hints = (values[.hint] ?? []).map { block($0.lines) }
        let explanation = values[.explain].map { block($0[0].lines) }
        let kind: Step.Kind
        switch raw.kind {
        case "prose":
            kind = .prose
        case "run":
            kind = .run(code: values[.run].map(code) ?? [])
        case "task":
            let checks = (values[.check] ?? []).compactMap(check)
            kind = .task(checks: checks, answer: values[.answer].map(code) ?? [])
        case "choice":
            var options: [Option] = []
            var correct = -1
            for field in raw.fields where field.field == .option || field.field == .correct {
                guard let text = oneLine(field) else { continue }
                if field.field == .correct {
                    if correct >= 0 {
                        error(field.line, .secondCorrect)
                    }
                    correct = options.count
                }
                options.append(Option(text, line: field.line))
            }
            if options.count < 2 {
                error(raw.line, .tooFewOptions(raw.id))
            }
            kind = .choice(options: options, correct: correct)
        case "number":
            let expected = values[.expect].flatMap { constant($0[0], what: .expectedNumber) } ?? 0
            var tolerance = LessonFormat.defaultNumberTolerance
            if let field = values[.tolerance]?.first, let read = self.tolerance(field) {
                tolerance = read
                // A tolerance as wide as the number itself passes 0, the
                // answer of a learner who thinks there is no gradient at all.
                if expected != 0, read.accepts(0, for: expected) {
                    error(field.line, .toleranceAcceptsZero(NumberFormatting.human(expected)))
                }
            }
            kind = .number(expected: expected, tolerance: tolerance, answer: values[.answer].map { block($0[0].lines) })
        default:
            let points = (values[.point] ?? []).compactMap(oneLine)
            kind = .question(answer: values[.answer].map { block($0[0].lines) } ?? "", points: points)
        }
        for hint in zip(hints, values[.hint] ?? []) where hint.0.isEmpty {
            error(hint.1.line, .emptyHint)
        }
        let alternatives = answerForms(values[.also] ?? [])
        let wrongAnswers = answerForms(values[.not] ?? [])
        guard diagnostics.count == errorsBefore, !raw.fields.contains(where: { $0.field == nil }) else { return nil }
        var step = Step(id: raw.id, kind: kind, text: text, setup: setup, hints: hints, explanation: explanation, line: raw.line)
        step.alternatives = alternatives
        step.wrongAnswers = wrongAnswers
        return step
    }


    /// A field's lines as text: common indentation removed, blank lines at
    /// either end dropped.
    private func block(_ lines: [Line]) -> String {
        var texts = lines.map { $0.text.trimmingTrailingBlanks }
        while texts.first?.isEmpty == true { texts.removeFirst() }
        while texts.last?.isEmpty == true { texts.removeLast() }
        return Self.dedent(texts).joined(separator: "\n")
    }

    static func dedent(_ lines: [String]) -> [String] {
        let indent = lines.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { $0.isEmpty ? $0 : String($0.dropFirst(indent)) }
    }

    /// The value of a one-line field; more lines after it are an error.
    private func oneLine(_ field: RawField) -> String? {
        if let extra = field.lines.dropFirst().first(where: { !$0.text.trimmingBlanks.isEmpty }) {
            error(extra.number, .oneLineField((field.field?.rawValue ?? "") + ":"))
            return nil
        }
        let text = field.lines[0].text
        if text.isEmpty {
            error(field.line, .emptyField((field.field?.rawValue ?? "") + ":"))
            return nil
        }
        return text
    }

    /// Lines of code: each non-blank line is a statement or a command.
    /// Statements are parsed now so that a typo is reported at its line.
    private func code(_ fields: [RawField]) -> [CodeLine] {
        let lines = fields[0].lines
        let texts = Self.dedent(lines.map { $0.text.trimmingTrailingBlanks })
        var code: [CodeLine] = []
        for (line, text) in zip(lines, texts) where !text.isEmpty && !text.hasPrefix("```") {
            code.append(CodeLine(text, line: line.number))
        }
        if code.isEmpty {
            error(fields[0].line, .noCode((fields[0].field?.rawValue ?? "") + ":"))
        }
        var pending: [CodeLine] = []
        var depth = 0
        for line in code where !line.text.hasPrefix(":") || !pending.isEmpty {
            pending.append(line)
            depth = Lexer.bracketDepth(after: line.text, from: depth)
            if depth > 0 { continue }
            let text = pending.map(\.text).joined(separator: "\n")
            do {
                _ = try Parser.parse(text, firstLine: pending[0].line)
            } catch {
                let line = error.location?.line ?? pending[0].line
                let code = pending.map(\.text).joined(separator: " ")
                if let column = error.location?.column {
                    self.error(line, .codeErrorAt(error.message, column: column, code: code))
                } else {
                    self.error(line, .codeError(error.message, code: code))
                }
            }
            pending = []
        }
        if let first = pending.first { error(first.line, .bracketNeverClosed) }
        return code
    }

    private func check(_ field: RawField) -> Check? {
        guard let text = oneLine(field) else { return nil }
        do {
            return try Check.parse(text)
        } catch {
            diagnostics.append(LessonDiagnostic(path: path, line: field.line, message: error.message))
            diagnostics[diagnostics.count - 1].chinese = error.chinese
            return nil
        }
    }

    /// The lines of `also:` and `not:` fields: one line each, parsed now
    /// (a command such as `:train loss 10 0.1 w` is kept as written).
    private func answerForms(_ fields: [RawField]) -> [CodeLine] {
        fields.compactMap { (field: RawField) -> CodeLine? in
            guard let text = oneLine(field) else { return nil }
            if !text.hasPrefix(":") {
                do throws(Diagnostic) {
                    _ = try Parser.parse(text, firstLine: field.line)
                } catch {
                    self.error(field.line, .codeError(error.message, code: text))
                    return nil
                }
            }
            return CodeLine(text, line: field.line)
        }
    }

    /// `0.002` (absolute) or `1%` (relative to the expected number).
    private func tolerance(_ field: RawField) -> Tolerance? {
        guard let text = oneLine(field) else { return nil }
        if text.hasSuffix("%") {
            let number = String(text.dropLast()).trimmingBlanks
            guard case .success(let percent) = ConstantExpression.evaluate(number) else {
                error(field.line, .badConstant(.tolerance, text, because: Texts(en: "is not a percentage such as 1%", zh: "不是 1% 这样的百分数")))
                return nil
            }
            if percent < 0 { error(field.line, .negativeTolerance) }
            return .relative(percent / 100)
        }
        guard let value = constant(field, what: .tolerance) else { return nil }
        if value < 0 { error(field.line, .negativeTolerance) }
        return .absolute(value)
    }

    /// A number, or an expression of numbers such as `1 - tanh(2)^2`.
    private func constant(_ field: RawField, what: LessonDiagnosticMessage.Constant) -> Double? {
        guard let text = oneLine(field) else { return nil }
        switch ConstantExpression.evaluate(text) {
        case .success(let value):
            return value
        case .failure(let failure):
            error(field.line, .badConstant(what, text, because: Texts(en: failure.message, zh: failure.chinese)))
            return nil
        }
    }
}

/// Numbers written as expressions without names: `0.5`, `1 - tanh(2)^2`.
public enum ConstantExpression {
    public struct Failure: Error, Sendable {
        /// After the number as written, in English: `is not a finite number`.
        public var message: String
        /// The same in Chinese: `不是有限的数`.
        public var chinese: String
        /// What to tell the learner, when there is a message for it: a
        /// number in words (`三`, `two`) gets ``CalcMessage/typeDigits``.
        public var reason: CalcMessage?

        init(message: String, chinese: String, reason: CalcMessage? = nil) {
            self.message = message
            self.chinese = chinese
            self.reason = reason
        }
    }

    /// The value of `text`, which must be one finite scalar with no names.
    public static func evaluate(_ text: String) -> Result<Double, Failure> {
        let workspace = Workspace(limits: smallLimits)
        do {
            let statements = try Parser.parse(text, limits: smallLimits)
            guard statements.count == 1, statements[0].assignedName == nil else {
                return .failure(Failure(message: "is not one expression", chinese: "不是单个表达式"))
            }
            var evaluator = Evaluator(workspace: workspace)
            let value = try evaluator.run(statements[0]).value
            guard case .scalar(let node) = value else {
                return .failure(Failure(message: "is an array; a number is needed", chinese: "是数组；这里需要一个数"))
            }
            let number = workspace.tape.data(node)
            guard number.isFinite else { return .failure(Failure(message: "is not a finite number", chinese: "不是有限的数")) }
            return .success(number)
        } catch {
            switch error.calcMessage {
            case .unknownName:
                return .failure(Failure(
                    message: "uses a name; write a number or an expression of numbers",
                    chinese: "用到了名字；请写一个数，或由数字组成的算式"))
            case .numberInWords:
                return .failure(Failure(
                    message: "is a number in words; \(CalcMessage.typeDigits.text(.en))",
                    chinese: "是用文字写的数；\(CalcMessage.typeDigits.text(.zh))", reason: .typeDigits))
            default:
                return .failure(Failure(
                    message: "is not a number: \(error.message)", chinese: "不是数：\(error.message(in: .zh))"))
            }
        }
    }

    /// A learner's number is small: a line, a few nodes.
    static var smallLimits: Limits {
        var limits = Limits()
        limits.maxNodes = 10_000
        limits.maxArrayElements = 1_000
        return limits
    }
}

extension String {
    var trimmingTrailingBlanks: String {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return String(text)
    }
}
