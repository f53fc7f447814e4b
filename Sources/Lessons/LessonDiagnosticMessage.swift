import TextKit

/// What `lessons check` says about a lesson file, for the instructor who
/// wrote it, in both languages. (The English text is also the diagnostic's
/// `message`, which `--json` writes and tests compare.)
public enum LessonDiagnosticMessage: Message {
    // The parser: the file's layout.
    case tabCharacter
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
    case emptyHint
    case bracketNeverClosed
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
                  zh: "步骤标题的格式是 '## KIND ID'，例如 '## task make-c'；KIND 可以是 \(kinds)")
        case .unknownKind(let kind, let kinds):
            Texts(en: "unknown step kind '\(kind)'; the kinds are \(kinds)", zh: "未知的步骤类型“\(kind)”；可用的类型有 \(kinds)")
        case .unknownKindNear(let kind, let near, let kinds):
            Texts(en: "unknown step kind '\(kind)' (did you mean '\(near)'?); the kinds are \(kinds)",
                  zh: "未知的步骤类型“\(kind)”（是不是想写“\(near)”？）；可用的类型有 \(kinds)")
        case .badStepID(let id):
            Texts(en: "the step id '\(id)' may hold only lowercase letters a-z, digits, '-' and '_', and starts with a letter or digit",
                  zh: "步骤 id“\(id)”只能包含小写字母 a-z、数字、'-' 和 '_'，并以字母或数字开头")
        case .secondCorrect:
            Texts(en: "a second 'correct:' option; a choice has exactly one right option (make the others 'option:')",
                  zh: "出现了第二个 'correct:' 选项；选择题只有一个正确选项（其余的请写成 'option:'）")
        case .tooFewOptions(let id):
            Texts(en: "the choice '\(id)' needs at least two options ('option:' lines and one 'correct:' line)",
                  zh: "选择题“\(id)”至少需要两个选项（若干 'option:' 行和一行 'correct:'）")
        case .negativeTolerance:
            Texts(en: "the tolerance is negative; write a number of 0 or more", zh: "容差是负数；请写一个大于或等于 0 的数")
        case .emptyHint:
            Texts(en: "an empty 'hint:'; write the hint after the colon", zh: "'hint:' 是空的；请在冒号后写上提示")
        case .bracketNeverClosed:
            Texts(en: "a bracket opened here is never closed", zh: "这里打开的括号没有闭合")
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
                  zh: "课程文件名应为 ID.md 或 NN-ID.md，id 由小写字母 a-z、数字、'-' 和 '_' 组成")
        case .secondLesson(let id, let also):
            Texts(en: "a second lesson with the id '\(id)' (also \(also))", zh: "第二个 id 为“\(id)”的课程（另一个是 \(also)）")
        case .numberedDifferently(let other):
            Texts(en: "numbered differently from \(other); give both languages the same file name",
                  zh: "编号与 \(other) 不同；两种语言的文件名必须相同")
        case .missingLanguage(let language, let write):
            Texts(en: "has no \(language)/ version; write \(write)", zh: "没有 \(language)/ 版本；请写 \(write)")
        }
    }

    public static let samples: [LessonDiagnosticMessage] = [
        .tabCharacter, .commentNotClosed, .fenceNotClosed, .noTitle, .textBeforeFirstStep, .emptyFile, .noSteps,
        .secondStep("make-c", firstLine: 12), .badHeading(kinds: "prose, run, task"),
        .unknownKind("zzz", kinds: "prose, run"), .unknownKindNear("tsak", near: "task", kinds: "prose, task"),
        .badStepID("Bad_ID"), .secondCorrect, .tooFewOptions("pick"), .negativeTolerance, .emptyHint, .bracketNeverClosed,
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
