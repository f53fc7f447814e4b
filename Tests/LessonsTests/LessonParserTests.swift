import TextKit
import Platform
import Testing
@testable import Lessons

/// A lesson file read from text, or the problems it has.
func parse(_ text: String, language: Language = .en) -> Result<Lesson, LessonDiagnostics> {
    Result { () throws(LessonDiagnostics) in
        try LessonParser.parse(text, path: "t.md", id: "t", number: 1, language: language)
    }
}

func problems(_ text: String) -> [String] {
    switch parse(text) {
    case .success: []
    case .failure(let diagnostics): diagnostics.all.map(\.description)
    }
}

@Suite("Reading lesson files")
struct LessonParserTests {
    static let good = """
        # Title

        <!-- a comment
             over lines -->
        ## prose intro

        Hello.

        ## run graph

        run:
            a = 2
            b = -3
            c = a*b + 1
        explain: the table

        ## task t1

        Make d.

        setup: a = 2
        check: value d == 4
        check: grad d wrt a == 2
        check: equivalent 2*a
        answer: d = 2*a
        hint: two times a
        hint:
          a second hint
          on two lines

        ## choice c1

        Which?

        option: no
        correct: yes
        option: never

        ## number n1

        How much?

        expect: 1 - tanh(2)^2
        tolerance: 0.001

        ## question q1

        Why?

        answer: Because.
        point: one
        point: two
        """

    @Test("a lesson with every step kind is read with its fields")
    func good() throws {
        let lesson = try parse(Self.good).get()
        #expect(lesson.title == "Title")
        #expect(lesson.steps.map(\.id) == ["intro", "graph", "t1", "c1", "n1", "q1"])
        #expect(lesson.steps.map(\.kindName) == ["prose", "run", "task", "choice", "number", "question"])
        #expect(lesson.steps[0].text == "Hello.")
        guard case .run(let code) = lesson.steps[1].kind else { Issue.record("not run"); return }
        #expect(code.map(\.text) == ["a = 2", "b = -3", "c = a*b + 1"])
        #expect(code.map(\.line) == [12, 13, 14])
        #expect(lesson.steps[1].explanation == "the table")
        let task = lesson.steps[2]
        #expect(task.setup.map(\.text) == ["a = 2"])
        #expect(task.hints == ["two times a", "a second hint\non two lines"])
        guard case .task(let checks, let answer) = task.kind else { Issue.record("not task"); return }
        #expect(checks == [
            .value(subject: "d", expected: "4", tolerance: nil),
            .gradient(subject: "d", withRespectTo: "a", expected: "2", tolerance: nil),
            .equivalent("2*a"),
        ])
        #expect(answer.map(\.text) == ["d = 2*a"])
        guard case .choice(let options, let correct) = lesson.steps[3].kind else { Issue.record("not choice"); return }
        #expect(options.map(\.text) == ["no", "yes", "never"])
        #expect(correct == 1)
        guard case .number(let expected, let tolerance, _) = lesson.steps[4].kind else { Issue.record("not number"); return }
        #expect(abs(expected - (1 - Double.tanh2squared)) < 1e-15)
        #expect(tolerance == .absolute(0.001))
        guard case .question(let model, let points) = lesson.steps[5].kind else { Issue.record("not question"); return }
        #expect(model == "Because.")
        #expect(points == ["one", "two"])
    }

    /// Each broken file, and the one problem it must report, at its line.
    static let brokenFiles: [(String, String)] = [
        ("", "t.md:1: the file is empty"),
        ("Hello\n## prose a\nx", "t.md:1: a lesson starts with its title"),
        ("# T\ntext\n## prose a\nx", "t.md:2: text before the first step"),
        ("# T\n## prose\nx", "t.md:2: a step heading is '## KIND ID'"),
        ("# T\n## tsak a\nx", "t.md:2: unknown step kind 'tsak' (did you mean 'task'?)"),
        ("# T\n## prose A!\nx", "t.md:2: the step id 'A!' may hold only"),
        ("# T\n## prose a\nx\n## prose a\ny", "t.md:4: a second step with the id 'a' (the first is at line 2)"),
        ("# T\n## prose a\nx\ncheck: value a == 1", "t.md:4: 'check:' does not belong in a prose step"),
        ("# T\n## task a\nDo.\ncheck: value a == 1\nhint: h", "t.md:2: the task step 'a' needs 'answer:'"),
        ("# T\n## task a\nDo.\nanswer: a = 1\nhint: h", "t.md:2: the task step 'a' needs 'check:'"),
        ("# T\n## task a\nDo.\ncheck: value a == 1\nanswer: a = 1", "t.md:2: the task step 'a' needs 'hint:'"),
        ("# T\n## task a\nDo.\ncheck: vlaue a == 1\nanswer: a = 1\nhint: h", "t.md:4: unknown check 'vlaue'"),
        ("# T\n## task a\nDo.\ncheck: value a 1\nanswer: a = 1\nhint: h", "t.md:4: this check needs '=='"),
        ("# T\n## task a\nDo.\ncheck: value a == 1 +\nanswer: a = 1\nhint: h", "t.md:4: the expected value '1 +' is not an expression"),
        ("# T\n## task a\nDo.\ncheck: grad a == 1\nanswer: a = 1\nhint: h", "t.md:4: a gradient check reads"),
        ("# T\n## task a\nDo.\ncheck: value a == 1\nanswer:\n  a = 1\n  b = (2 *\nhint: h", "t.md:7: a bracket opened here is never closed"),
        ("# T\n## task a\nDo.\ncheck: value a == 1\nanswer: a = 1 +* 2\nhint: h", "t.md:5: expected an expression after '+'"),
        ("# T\n## task a\nDo.\ncheck: value a == 1\ncheck: value a == 1\nmore text\nanswer: a = 1\nhint: h", "t.md:6: 'check:' takes one line"),
        ("# T\n## task a\nDo.\ncheck: value a == 1\nanswer: a = 1\nanswer: a = 1\nhint: h", "t.md:6: a second 'answer:' in this step"),
        ("# T\n## choice a\nQ?\noption: x\noption: y", "t.md:2: the choice step 'a' needs 'correct:'"),
        ("# T\n## choice a\nQ?\ncorrect: x", "t.md:2: the choice 'a' needs at least two options"),
        ("# T\n## choice a\nQ?\ncorrect: x\ncorrect: y", "t.md:5: a second 'correct:' option"),
        ("# T\n## number a\nQ?\nexpect: x + 1", "t.md:4: the expected number 'x + 1' uses a name"),
        ("# T\n## number a\nQ?\nexpect: 1\ntolerance: -1", "t.md:5: the tolerance is negative"),
        ("# T\n## question a\nQ?\nanswer: A", "t.md:2: the question step 'a' needs 'point:'"),
        ("# T\n## prose a\n", "t.md:2: the prose step 'a' has no text"),
        ("# T\n## prose a\n```\nx", "t.md:3: this ``` fence is never closed"),
        ("# T\n<!-- open\n## prose a\nx", "t.md:2: this comment is never closed"),
        ("# T\n## prose a\n\tx", "t.md:3: a tab character"),
        ("# T\n## run a\nrun:\n", "t.md:3: 'run:' holds no code"),
        ("# T\n", "t.md:1: the lesson has no steps"),
        // Lines that look like fields (issue 17).
        ("# T\n## task a\nDo.\nstup: a = 0\ncheck: value a == 1\nanswer: a = 1\nhint: h", "t.md:4: unknown field 'stup:' (did you mean 'setup:'?)"),
        ("# T\n## task a\nDo.\ncheck: value a == 1\nanswer:\n  a = 1\nhnit: h\nhint: h", "t.md:7: unknown field 'hnit:' (did you mean 'hint:'?)"),
        ("# T\n## number a\nQ?\nexpect: 1\ntolerence: 0.1", "t.md:5: unknown field 'tolerence:' (did you mean 'tolerance:'?)"),
        ("# T\n## task a\nDo.\ncheck: value a == 1\nanswer: a = 1\nHint: h\nhint: h", "t.md:6: 'Hint:' reads as a field, but field names are lowercase: write 'hint:'"),
        ("# T\n## prose a\nfirst: the text\n", "t.md:3: unknown field 'first:'; a prose step takes no fields, only text; a line that is text must not start with a word and a colon (rewrap it)"),
        ("# T\n## task a\nDo.\ncheck: value a == 1\nexpect: 1\nanswer: a = 1\nhint: h", "t.md:5: 'expect:' does not belong in a task step (number steps take it)"),
        ("# T\n## prose a\nx\nhint: h", "t.md:4: 'hint:' does not belong in a prose step (task, choice, number, question steps take it)"),
        ("# T\n## number a\nQ?\nexpect: 1\nexpect: 2", "t.md:5: a second 'expect:' in this step (the first is at line 4); a step takes one 'expect:'"),
        ("# T\n## task a\nDo.\ncheck: value a == 1\nanswer: a = 1\nalso:\nhint: h", "t.md:6: 'also:' is empty"),
    ]

    @Test("every syntax error is reported at its line", arguments: brokenFiles)
    func brokenFile(_ text: String, _ expected: String) {
        let found = problems(text)
        #expect(found.contains { $0.hasPrefix(expected) }, "\(found)")
    }

    @Test("a misspelt field is the one error of its step: its lines go to no field")
    func misspeltFieldAlone() {
        let found = problems("# T\n## number a\nQ?\nexpect: 1\ntolerence: 0.1\n  more\n## prose b\nx")
        #expect(found == ["t.md:5: unknown field 'tolerence:' (did you mean 'tolerance:'?); a number step takes setup: expect: tolerance: answer: also: not: hint: explain:; a line that is text must not start with a word and a colon (rewrap it)"])
    }

    @Test("text with a colon that is no field stays text: a capitalised word, a URL, a colon inside")
    func colonsInText() throws {
        let lesson = try parse("# T\n## prose a\nNote: the slope.\nhttps://example.com\nthe rule: d(a*b)/da = b\n").get()
        #expect(lesson.steps[0].text == "Note: the slope.\nhttps://example.com\nthe rule: d(a*b)/da = b")
    }

    @Test("a task keeps its also: and not: lines, in order")
    func alternatives() throws {
        let lesson = try parse("# T\n## task a\nDo.\ncheck: value a == 1\nanswer: a = 1\nalso: a = 2 - 1\nnot: a = 2\nalso: a = 1.0\nhint: h").get()
        #expect(lesson.steps[0].alternatives.map(\.text) == ["a = 2 - 1", "a = 1.0"])
        #expect(lesson.steps[0].wrongAnswers.map(\.text) == ["a = 2"])
    }

    @Test("all problems of a file are reported, not only the first")
    func several() {
        let found = problems("# T\n## tsak a\nx\n## prose b\n\n## prose b\ny")
        #expect(found.count == 3, "\(found)")
    }

    @Test("a fence hides fields and headings; # lines in code are comments")
    func fence() throws {
        let lesson = try parse("# T\n## prose a\n```\ncheck: not a field\n## not a step\n```\n## run b\nrun:\n  # a comment\n  a = 1").get()
        #expect(lesson.steps.count == 2)
        #expect(lesson.steps[0].text.contains("check: not a field"))
    }

    @Test("file names give number and id")
    func fileNames() {
        #expect(LessonFormat.split(fileName: "01-basics.md")! == (1, "basics"))
        #expect(LessonFormat.split(fileName: "chain-rule.md")! == (nil, "chain-rule"))
        #expect(LessonFormat.split(fileName: "Basics.md") == nil)
        #expect(LessonFormat.split(fileName: "01-basics.txt") == nil)
    }

    @Test("the skeleton of `lessons new` reads without problems in both languages")
    func skeleton() throws {
        for language in Language.allCases {
            let lesson = try parse(LessonSkeleton.text(title: "X", language: language), language: language).get()
            #expect(Set(lesson.steps.map(\.kindName)) == Set(LessonFormat.kinds.map(\.name)))
        }
        let en = try parse(LessonSkeleton.text(title: "X", language: .en)).get()
        let zh = try parse(LessonSkeleton.text(title: "X", language: .zh), language: .zh).get()
        #expect(LanguageMatch.problems(en, zh).isEmpty)
    }

    @Test("languages must match step by step")
    func languageMatch() throws {
        let en = try parse("# T\n## prose a\nx\n## run b\nrun: a = 1").get()
        var zh = try parse("# T\n## prose a\nx\n## run b\nrun: a = 2  # 注释").get()
        zh.path = "zh.md"
        #expect(LanguageMatch.problems(en, zh).map(\.description) == ["zh.md:4: step 'b' runs other code than in t.md:4"])
        let same = try parse("# T\n## prose a\ny\n## run b\nrun: a = 1  # 注释").get()
        #expect(LanguageMatch.problems(en, same).isEmpty)
        let renamed = try parse("# T\n## prose a\ny\n## run c\nrun: a = 1").get()
        #expect(LanguageMatch.problems(en, renamed).first?.message.hasPrefix("step 2 is 'c' here but 'b'") == true)
    }
}

extension Double {
    static let tanh2squared = 0.9640275800758169 * 0.9640275800758169
}

@Suite("Control characters in lesson files")
struct LessonControlCharacterTests {
    static let hostile = "# Title \u{1B}]0;pwned\u{07}\n\n## prose intro\n\nClear \u{1B}[2J now.\n\n"
        + "## task t\n\nMake d.\n\ncheck: value d == 4\nanswer: d = 4\nhint: copy \u{1B}]52;c;aGk=\u{07}\n"

    @Test("the lesson reads, its title, text and hints with the controls shown")
    func shownVisibly() throws {
        let lesson = try parse(Self.hostile).get()
        #expect(lesson.title == "Title ^[]0;pwned^G")
        #expect(lesson.steps[0].text == "Clear ^[[2J now.")
        #expect(lesson.steps[1].hints == ["copy ^[]52;c;aGk=^G"])
    }

    @Test("each line with a control character is reported at FILE:LINE, comments too")
    func reported() {
        let text = Self.hostile + "<!-- \u{1B}[8m hidden -->\n"
        let found = LessonParser.controlCharacters(in: text, path: "t.md").map(\.description)
        #expect(found.count == 4, "\(found)")
        #expect(found[0].hasPrefix("t.md:1: a control character (^[)"))
        #expect(found[1].hasPrefix("t.md:5: a control character (^[)"))
        #expect(found[2].hasPrefix("t.md:13: a control character (^[)"))
        #expect(found[3].hasPrefix("t.md:14: a control character (^[)"))
        #expect(LessonParser.controlCharacters(in: LessonParserTests.good, path: "t.md").isEmpty)
    }
}
