import TextKit

/// What `lessons check` says about a lesson file, for the instructor who
/// wrote it, in both languages. (The English text is also the diagnostic's
/// `message`, which `--json` writes and tests compare.)
public enum LessonDiagnosticMessage: Message {
    // The parser: the file's layout.
    case tabCharacter
    case controlCharacter(String)
    case commentNotClosed
    case fenceNotClosed
    case noTitle
    case textBeforeFirstStep
    case emptyFile
    case noSteps
    case secondStep(String, firstLine: Int)
    case badHeading(kinds: String)
    case unknownKind(String, kinds: String)
    case unknownKindNear(String, near: String, kinds: String)
    case badStepID(String)
    case secondCorrect
    case tooFewOptions(String)
    case negativeTolerance
    case toleranceAcceptsZero(String)
    case alternativeFails(String, String)
    case wrongAnswerPasses(String, String)
    case otherAnswerForms(String, at: String)
    case emptyHint
    case bracketNeverClosed
    case fieldInProse(String, kind: String, takenBy: String)
    case fieldNotInKind(String, kind: String, takes: String, takenBy: String)
    /// A line that looks like a field (`stup: x = 0`) but names none; `near`
    /// is the closest field, when one is close.
    case unknownField(String, near: String?, kind: String, takes: String)
    /// `Hint:`: a field's name with a capital.
    case capitalisedField(String, write: String)
    case secondField(String, firstLine: Int)
    case needsField(kind: String, id: String, field: LessonFormat.Field)
    case noText(kind: String, id: String)
    case oneLineField(String)
    case emptyField(String)
    case noCode(String)
    // A `check:` line.
    case checkMissing
    case gradientCheckForm
    case equivalentNeedsModel
    case unknownCheck(String, checks: String)
    case unknownCheckNear(String, near: String, checks: String)
    case needsEquals(example: String)
    case badWithin(String)
    case expectedMissing(example: String)
    case needsName(check: String, not: String)
    // A lesson played with its own model answers (`lessons check`).
    case codeFails(String)
    /// Lesson code naming a command that reads or writes files or changes
    /// the limits (`:save`, `:load`, `:dot`, `:set`).
    case commandNotInLessons(String)
    case stepStuck(String)
    case answerLineFails(String)
    case answerFailsChecks(String, because: Texts)
    case badConstant(Constant, String, because: Texts)
    case codeErrorAt(String, column: Int, code: String)
    case codeError(String, code: String)
    // The languages against each other.
    case otherStepID(Int, here: String, there: String, at: String)
    case otherKind(String, here: String, there: String, at: String)
    case otherSetup(String, at: String)
    case otherRun(String, at: String)
    case otherChecks(String, at: String)
    case otherAnswer(String, at: String)
    case otherNumber(String, at: String)
    case otherHints(String, here: Int, there: Int, at: String)
    case otherPoints(String, here: Int, there: Int, at: String)
    case otherStepCount(here: Int, there: Int, at: String)
    case otherOptions(String, here: Int, right: Int, there: Int, thereRight: Int, at: String)
    // The catalog's folders.
    case noSuchFolder
    case noLanguageFolders
    case cannotBeRead
    case badFileName
    case secondLesson(String, also: String)
    case numberedDifferently(String)
    case missingLanguage(String, write: String)

    public var texts: Texts {
        switch self {
        case .tabCharacter:
            Texts(en: "a tab character; indent with spaces, so that every editor shows the same text",
                  zh: "有制表符（Tab）；请用空格缩进，这样每个编辑器显示的都一样")
        case .controlCharacter(let shown):
            Texts(en: "a control character (\(shown)), which could drive the learner's terminal; remove it",
                  zh: "有控制字符（\(shown)），它可能操纵学习者的终端；请删掉它")
        case .commentNotClosed:
            Texts(en: "this comment is never closed: end it with -->", zh: "这个注释没有结束：请用 --> 结束它")
        case .fenceNotClosed:
            Texts(en: "this ``` fence is never closed: end the code with a line of ```", zh: "这个 ``` 代码块没有结束：请在代码后加一行 ```")
        case .noTitle:
            Texts(en: "a lesson starts with its title, a line such as: # Basic concepts", zh: "课程以标题开头，例如这样一行：# 基本概念")
        case .textBeforeFirstStep:
            Texts(en: "text before the first step; start a step with a heading such as: ## prose intro",
                  zh: "第一步之前有文字；请用这样的标题开始一步：## prose intro")
        case .emptyFile:
            Texts(en: "the file is empty: a lesson starts with its title, a line such as: # Basic concepts",
                  zh: "文件是空的：课程以标题开头，例如这样一行：# 基本概念")
        case .noSteps:
            Texts(en: "the lesson has no steps; start one with a heading such as: ## prose intro",
                  zh: "这一课没有任何步骤；请用这样的标题开始一步：## prose intro")
        case .secondStep(let id, let first):
            Texts(en: "a second step with the id '\(id)' (the first is at line \(first)); ids must differ",
                  zh: "第二个 id 为“\(id)”的步骤（第一个在第 \(first) 行）；id 不能重复")
        case .badHeading(let kinds):
            Texts(en: "a step heading is '## KIND ID', for example '## task make-c'; the kinds are \(kinds)",
                  zh: "步骤标题的格式是“## KIND ID”，例如“## task make-c”；KIND 可以是 \(kinds)")
        case .unknownKind(let kind, let kinds):
            Texts(en: "unknown step kind '\(kind)'; the kinds are \(kinds)", zh: "没有“\(kind)”这种步骤类型；可用的类型有 \(kinds)")
        case .unknownKindNear(let kind, let near, let kinds):
            Texts(en: "unknown step kind '\(kind)' (did you mean '\(near)'?); the kinds are \(kinds)",
                  zh: "没有“\(kind)”这种步骤类型（是不是想写“\(near)”？）；可用的类型有 \(kinds)")
        case .badStepID(let id):
            Texts(en: "the step id '\(id)' may hold only lowercase letters a-z, digits, '-' and '_', and starts with a letter or digit",
                  zh: "步骤 id“\(id)”只能包含小写字母 a-z、数字、“-”和“_”，并以字母或数字开头")
        case .secondCorrect:
            Texts(en: "a second 'correct:' option; a choice has exactly one right option (make the others 'option:')",
                  zh: "出现了第二个“correct:”选项；选择题只有一个正确选项（其余的请写成“option:”）")
        case .tooFewOptions(let id):
            Texts(en: "the choice '\(id)' needs at least two options ('option:' lines and one 'correct:' line)",
                  zh: "选择题“\(id)”至少需要两个选项（若干“option:”行和一行“correct:”）")
        case .negativeTolerance:
            Texts(en: "the tolerance is negative; write a number of 0 or more", zh: "容差是负数；请写一个大于或等于 0 的数")
        case .toleranceAcceptsZero(let expected):
            Texts(en: "this tolerance accepts 0 for \(expected), the answer of someone who thinks there is none; make it smaller than the number (or relative, such as 10%)",
                  zh: "这个容差会让 0 也算对（期望值是 \(expected)），而 0 正是以为“没有”的人会给的答案；请把容差设得比这个数小（或写成 10% 这样的相对容差）")
        case .alternativeFails(let id, let line):
            Texts(en: "step '\(id)': the 'also:' answer '\(line)' does not pass the step's checks from its start state",
                  zh: "步骤“\(id)”：“also:”答案“\(line)”从这一步的起始状态出发通不过检查")
        case .wrongAnswerPasses(let id, let line):
            Texts(en: "step '\(id)': the 'not:' answer '\(line)' passes the step's checks; make the checks tell it apart",
                  zh: "步骤“\(id)”：“not:”答案“\(line)”竟然通过了检查；请让检查能把它区分出来")
        case .otherAnswerForms(let id, let at):
            Texts(en: "step '\(id)' lists other 'also:' or 'not:' answers than in \(at)",
                  zh: "步骤“\(id)”的“also:”或“not:”答案与 \(at) 不同")
        case .emptyHint:
            Texts(en: "an empty 'hint:'; write the hint after the colon", zh: "“hint:”是空的；请在冒号后写上提示")
        case .bracketNeverClosed:
            Texts(en: "a bracket opened here is never closed", zh: "这里打开的括号没有闭合")
        case .fieldInProse(let field, let kind, let takenBy):
            Texts(en: "'\(field)' does not belong in a \(kind) step (\(takenBy) steps take it); a prose step takes no fields, only text",
                  zh: "“\(field)”不能用在 \(kind) 步骤里（它属于 \(takenBy) 步骤）；prose 步骤只有文字，没有字段")
        case .fieldNotInKind(let field, let kind, let takes, let takenBy):
            Texts(en: "'\(field)' does not belong in a \(kind) step (\(takenBy) steps take it); a \(kind) step takes \(takes)",
                  zh: "“\(field)”不能用在 \(kind) 步骤里（它属于 \(takenBy) 步骤）；\(kind) 步骤可用的字段是 \(takes)")
        case .unknownField(let field, let near, let kind, let takes):
            Texts(en: "unknown field '\(field)'\(near.map { " (did you mean '\($0)'?)" } ?? ""); a \(kind) step takes "
                    + (takes.isEmpty ? "no fields, only text" : takes)
                    + "; a line that is text must not start with a word and a colon (rewrap it)",
                  zh: "没有“\(field)”这个字段\(near.map { "（是不是想写“\($0)”？）" } ?? "")；"
                    + (takes.isEmpty ? "\(kind) 步骤只有文字，没有字段" : "\(kind) 步骤可用的字段是 \(takes)")
                    + "；文字行不能以一个词加冒号开头（请换行）")
        case .capitalisedField(let field, let write):
            Texts(en: "'\(field)' reads as a field, but field names are lowercase: write '\(write)'",
                  zh: "“\(field)”看起来是字段，但字段名要用小写：请写“\(write)”")
        case .secondField(let field, let first):
            Texts(en: "a second '\(field)' in this step (the first is at line \(first)); a step takes one '\(field)'",
                  zh: "这一步里出现了第二个“\(field)”（第一个在第 \(first) 行）；一步只能有一个“\(field)”")
        case .needsField(let kind, let id, let field):
            Texts(en: "the \(kind) step '\(id)' needs '\(field.rawValue):'\(LessonDiagnosticMessage.example(of: field).en)",
                  zh: "\(kind) 步骤“\(id)”需要“\(field.rawValue):”\(LessonDiagnosticMessage.example(of: field).zh)")
        case .noText(let kind, let id):
            Texts(en: "the \(kind) step '\(id)' has no text: write what the learner should read or do under its heading",
                  zh: "\(kind) 步骤“\(id)”没有文字：请在标题下写出学习者要读的内容或要做的事")
        case .oneLineField(let field):
            Texts(en: "'\(field)' takes one line; this line follows it (start a new field, or move text above the fields)",
                  zh: "“\(field)”只能占一行，这一行却跟在它后面（请另起一个字段，或把文字移到字段之前）")
        case .emptyField(let field):
            Texts(en: "'\(field)' is empty; write its value after the colon", zh: "“\(field)”是空的；请在冒号后写上它的值")
        case .noCode(let field):
            Texts(en: "'\(field)' holds no code; write it after the colon or on the lines below",
                  zh: "“\(field)”里没有代码；请写在冒号后面或下面几行")
        case .checkMissing:
            Texts(en: "a check is missing after 'check:'; write for example: check: value c == 5",
                  zh: "“check:”后面缺少检查，例如：check: value c == 5")
        case .gradientCheckForm:
            Texts(en: "a gradient check reads 'grad NAME wrt NAME == EXPECTED', for example: grad c wrt a == -3",
                  zh: "梯度检查的格式是“grad NAME wrt NAME == EXPECTED”，例如：grad c wrt a == -3")
        case .equivalentNeedsModel:
            Texts(en: "'equivalent' needs the model expression, for example: equivalent a*b + c",
                  zh: "“equivalent”后面要写参考表达式，例如：equivalent a*b + c")
        case .unknownCheck(let check, let checks):
            Texts(en: "unknown check '\(check)'; the checks are \(checks)", zh: "没有“\(check)”这种检查；可用的检查有 \(checks)")
        case .unknownCheckNear(let check, let near, let checks):
            Texts(en: "unknown check '\(check)'; the checks are \(checks) (did you mean '\(near)'?)",
                  zh: "没有“\(check)”这种检查；可用的检查有 \(checks)（是不是想写“\(near)”？）")
        case .needsEquals(let example):
            Texts(en: "this check needs '==' and the expected value, for example: \(example)",
                  zh: "这个检查需要“==”和期望的值，例如：\(example)")
        case .badWithin(let number):
            Texts(en: "'within' needs a tolerance that is a number of 0 or more, not '\(number)'",
                  zh: "“within”后面要写一个大于或等于 0 的容差，而不是“\(number)”")
        case .expectedMissing(let example):
            Texts(en: "the expected value is missing after '==', for example: \(example)",
                  zh: "“==”后面缺少期望的值，例如：\(example)")
        case .needsName(let check, let text):
            Texts(en: "'\(check)' needs a name here, not '\(text)'", zh: "“\(check)”后面要写一个名字，而不是“\(text)”")
        case .badConstant(let what, let text, let because):
            Texts(en: "\(what == .tolerance ? "the tolerance" : "the expected number") '\(text)' \(because.en)",
                  zh: "\(what == .tolerance ? "容差" : "期望的数值")“\(text)”\(because.zh)")
        case .codeErrorAt(let message, let column, let code):
            Texts(en: "\(message) (column \(column)) in '\(code)'", zh: "代码“\(code)”第 \(column) 列：\(message)")
        case .codeError(let message, let code):
            Texts(en: "\(message) in '\(code)'", zh: "代码“\(code)”：\(message)")
        case .codeFails(let first):
            Texts(en: "this code fails when the lesson is played: \(first.isEmpty ? "it failed" : first)",
                  zh: "课程运行时这段代码出错：\(first.isEmpty ? "运行失败" : first)")
        case .commandNotInLessons(let command):
            Texts(en: "lesson code cannot run \(command): it reads or writes files, or changes the limits; only the learner may type it",
                  zh: "课程代码不能运行 \(command)：它会读写文件或修改上限；只有学习者自己可以输入它")
        case .stepStuck(let id):
            Texts(en: "step '\(id)': the step did not go on", zh: "步骤“\(id)”：这一步没有继续下去")
        case .answerLineFails(let id):
            Texts(en: "step '\(id)': the model answer does not pass its own checks: a line of it failed",
                  zh: "步骤“\(id)”：参考答案通不过自己的检查：其中一行出错")
        case .answerFailsChecks(let id, let because):
            Texts(en: "step '\(id)': the model answer does not pass its own checks: \(because.en)",
                  zh: "步骤“\(id)”：参考答案通不过自己的检查：\(because.zh)")
        case .otherStepID(let number, let here, let there, let at):
            Texts(en: "step \(number) is '\(here)' here but '\(there)' in \(at); the languages must have the same steps in the same order",
                  zh: "第 \(number) 步在这里是“\(here)”，在 \(at) 却是“\(there)”；两种语言的步骤必须相同、顺序一致")
        case .otherKind(let id, let here, let there, let at):
            Texts(en: "step '\(id)' is a \(here) here but a \(there) in \(at)",
                  zh: "步骤“\(id)”在这里是 \(here)，在 \(at) 却是 \(there)")
        case .otherSetup(let id, let at):
            Texts(en: "step '\(id)' sets up other code than in \(at)", zh: "步骤“\(id)”准备的代码与 \(at) 不同")
        case .otherRun(let id, let at):
            Texts(en: "step '\(id)' runs other code than in \(at)", zh: "步骤“\(id)”运行的代码与 \(at) 不同")
        case .otherChecks(let id, let at):
            Texts(en: "step '\(id)' has other checks than in \(at)", zh: "步骤“\(id)”的检查与 \(at) 不同")
        case .otherAnswer(let id, let at):
            Texts(en: "step '\(id)' has another model answer than in \(at)", zh: "步骤“\(id)”的参考答案与 \(at) 不同")
        case .otherNumber(let id, let at):
            Texts(en: "step '\(id)' expects another number or tolerance than in \(at)", zh: "步骤“\(id)”期望的数值或容差与 \(at) 不同")
        case .otherHints(let id, let here, let there, let at):
            Texts(en: "step '\(id)' has \(here) hints but \(there) in \(at)", zh: "步骤“\(id)”有 \(here) 条提示，而 \(at) 有 \(there) 条")
        case .otherPoints(let id, let here, let there, let at):
            Texts(en: "step '\(id)' has \(here) key points but \(there) in \(at)", zh: "步骤“\(id)”有 \(here) 个要点，而 \(at) 有 \(there) 个")
        case .otherStepCount(let here, let there, let at):
            Texts(en: "\(here) steps here but \(there) in \(at)", zh: "这里有 \(here) 步，而 \(at) 有 \(there) 步")
        case .otherOptions(let id, let here, let right, let there, let thereRight, let at):
            Texts(en: "step '\(id)' has \(here) options, right one number \(right), but \(there), right one number \(thereRight), in \(at)",
                  zh: "步骤“\(id)”有 \(here) 个选项，正确的是第 \(right) 个；而 \(at) 有 \(there) 个，正确的是第 \(thereRight) 个")
        case .noSuchFolder:
            Texts(en: "no such folder of lessons", zh: "没有这个课程文件夹")
        case .noLanguageFolders:
            Texts(en: "holds no en/ or zh/ folder; lessons go in ROOT/en/NAME.md and ROOT/zh/NAME.md",
                  zh: "里面没有 en/ 或 zh/ 文件夹；课程应放在 ROOT/en/NAME.md 和 ROOT/zh/NAME.md")
        case .cannotBeRead:
            Texts(en: "cannot be read", zh: "无法读取")
        case .badFileName:
            Texts(en: "a lesson file is named ID.md or NN-ID.md, with an id of lowercase letters a-z, digits, '-' and '_'",
                  zh: "课程文件名应为 ID.md 或 NN-ID.md，id 由小写字母 a-z、数字、“-”和“_”组成")
        case .secondLesson(let id, let also):
            Texts(en: "a second lesson with the id '\(id)' (also \(also))", zh: "第二个 id 为“\(id)”的课程（另一个是 \(also)）")
        case .numberedDifferently(let other):
            Texts(en: "numbered differently from \(other); give both languages the same file name",
                  zh: "编号与 \(other) 不同；两种语言的文件名必须相同")
        case .missingLanguage(let language, let write):
            Texts(en: "has no \(language)/ version; write \(write)", zh: "没有 \(language)/ 版本；请写 \(write)")
        }
    }

    /// The numbers of a step written as constants.
    public enum Constant: Sendable {
        case expectedNumber, tolerance
    }

    /// What a missing field should hold, after its name.
    static func example(of field: LessonFormat.Field) -> Texts {
        switch field {
        case .check: Texts(en: ", for example: check: value c == -5", zh: "，例如：check: value c == -5")
        case .answer: Texts(en: ", the model answer", zh: "，即参考答案")
        case .hint: Texts(en: ", at least one hint", zh: "，至少一条提示")
        case .run: Texts(en: " and the code to run on the lines below it", zh: "，并在下面几行写上要运行的代码")
        case .correct: Texts(en: ", the right option", zh: "，即正确的选项")
        case .expect: Texts(en: ", the right number, for example: expect: 0.5", zh: "，即正确的数值，例如：expect: 0.5")
        case .point: Texts(en: ", at least one key point of the answer", zh: "，至少写一个答案要点")
        default: Texts(en: "", zh: "")
        }
    }

    public static let samples: [LessonDiagnosticMessage] = [
        .tabCharacter, .controlCharacter("^["), .commentNotClosed, .fenceNotClosed, .noTitle, .textBeforeFirstStep, .emptyFile, .noSteps,
        .secondStep("make-c", firstLine: 12), .badHeading(kinds: "prose, run, task"),
        .unknownKind("zzz", kinds: "prose, run"), .unknownKindNear("tsak", near: "task", kinds: "prose, task"),
        .badStepID("Bad_ID"), .secondCorrect, .tooFewOptions("pick"), .negativeTolerance, .toleranceAcceptsZero("0.004577"),
        .otherAnswerForms("nudge", at: "en/01-basics.md:40"),
        .alternativeFails("nudge", "c2 = b*a2 + 1"), .wrongAnswerPasses("penalty", "reg = 0.01*sum(w4*w4)"), .emptyHint, .bracketNeverClosed,
        .fieldInProse("hint:", kind: "prose", takenBy: "task, choice"),
        .fieldNotInKind("expect:", kind: "task", takes: "setup: check: hint:", takenBy: "number"),
        .unknownField("stup:", near: "setup:", kind: "task", takes: "setup: check: hint:"),
        .unknownField("first:", near: nil, kind: "prose", takes: ""), .capitalisedField("Hint:", write: "hint:"),
        .secondField("answer:", firstLine: 7),
        .needsField(kind: "task", id: "make-c", field: .check), .needsField(kind: "run", id: "show", field: .run),
        .needsField(kind: "question", id: "why", field: .point),
        .noText(kind: "number", id: "slope"), .oneLineField("expect:"), .emptyField("tolerance:"), .noCode("setup:"),
        .checkMissing, .gradientCheckForm, .equivalentNeedsModel, .unknownCheck("size", checks: "value, grad"),
        .unknownCheckNear("vaule", near: "value", checks: "value, grad, equivalent"), .needsEquals(example: "value c == 5"),
        .badWithin("-1"), .expectedMissing(example: "grad c wrt a == -3"), .needsName(check: "assigns", not: "2x"),
        .badConstant(.tolerance, "1/0", because: Texts(en: "is not a finite number", zh: "不是有限的数")),
        .badConstant(.expectedNumber, "x + 1", because: Texts(en: "uses a name; write a number or an expression of numbers", zh: "用到了名字；请写一个数，或由数字组成的算式")),
        .codeErrorAt("unexpected ')'", column: 7, code: "a = (1))"), .codeError("the line is too long", code: "b = 2"),
        .codeFails("<lesson>:3:1: error: unknown name 'q'"), .codeFails(""), .commandNotInLessons(":save"), .stepStuck("chain"), .answerLineFails("make-w"),
        .answerFailsChecks("make-c", because: Texts(en: "c is 6, but -6 is wanted.", zh: "c 等于 6，应为 -6。")),
        .otherStepID(3, here: "a", there: "b", at: "en/01.md:20"),
        .otherKind("c", here: "task", there: "number", at: "en/01.md:30"),
        .otherSetup("d", at: "en/01.md:40"), .otherRun("e", at: "en/01.md:50"), .otherChecks("f", at: "en/01.md:60"),
        .otherAnswer("g", at: "en/01.md:70"), .otherNumber("h", at: "en/01.md:80"),
        .otherHints("i", here: 2, there: 3, at: "en/01.md:90"), .otherPoints("j", here: 4, there: 5, at: "en/01.md:99"),
        .otherStepCount(here: 13, there: 14, at: "en/01.md"),
        .otherOptions("k", here: 3, right: 1, there: 4, thereRight: 2, at: "en/01.md:77"),
        .noSuchFolder, .noLanguageFolders, .cannotBeRead, .badFileName, .secondLesson("basics", also: "my/en/01-basics.md"),
        .numberedDifferently("lessons/en/02-x.md"), .missingLanguage("zh", write: "lessons/zh/01-x.md"),
    ]
}
