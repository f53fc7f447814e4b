import TextKit
import Calc
import Lessons

/// What the lesson runner says, in the learner's language. The lessons'
/// own text comes from the lesson files; these are the runner's words
/// around it (``LessonMessage``, ``CheckReasonMessage``), said in the
/// runner's language.
struct LessonWords {
    let language: Language

    func callAsFunction(_ message: some Message) -> String { message.text(language) }

    /// Two pieces of a message side by side: a space between them in
    /// English, none in Chinese, whose punctuation (。：) carries its own.
    func joined(_ first: String, _ second: String) -> String {
        first + (language == .zh ? "" : " ") + second
    }

    var enterToGoOn: String { self(LessonMessage.enterToGoOn) }
    var taskFooter: String { self(LessonMessage.taskFooter) }
    func choiceFooter(_ count: Int) -> String { self(LessonMessage.choiceFooter(count)) }
    var numberFooter: String { self(LessonMessage.numberFooter) }
    var questionFooter: String { self(LessonMessage.questionFooter) }
    var right: String { self(LessonMessage.right) }
    func notYet(_ reason: String) -> String { self(LessonMessage.notYet(reason)) }
    var tryAgain: String { self(LessonMessage.tryAgain) }
    var wrongChoice: String { self(LessonMessage.wrongChoice) }
    func wrongNumber(_ given: String) -> String { self(LessonMessage.wrongNumber(given)) }
    var typeAnswer: String { self(LessonMessage.typeAnswer) }
    func hint(_ number: Int, of count: Int) -> String { self(LessonMessage.hint(number, of: count)) }
    var noMoreHints: String { self(LessonMessage.noMoreHints) }
    var noHints: String { self(LessonMessage.noHints) }
    var modelAnswer: String { self(LessonMessage.modelAnswer) }
    var keyPoints: String { self(LessonMessage.keyPoints) }
    var tickPoints: String { self(LessonMessage.tickPoints) }
    func badTicks(_ count: Int) -> String { self(LessonMessage.badTicks(count)) }
    func covered(_ count: Int, of total: Int) -> String {
        count == total ? self(LessonMessage.coveredAll(total)) : self(LessonMessage.covered(count, of: total))
    }
    var theAnswerIs: String { self(LessonMessage.theAnswerIs) }
    var setUp: String { self(LessonMessage.setUp) }
    func lessonComplete(_ title: String) -> String { self(LessonMessage.lessonComplete(title)) }
    func nextLesson(_ position: Int, _ title: String) -> String { self(LessonMessage.nextLesson(position, title)) }
    var allDone: String { self(LessonMessage.allDone) }
    func resuming(_ title: String, _ step: Int, _ count: Int) -> String { self(LessonMessage.resuming(title, step, of: count)) }
    var startingAgain: String { self(LessonMessage.startingAgain) }
    func savedStepGone(_ step: String, _ at: Int) -> String { self(LessonMessage.savedStepGone(step, at: at)) }
    var restarted: String { self(LessonMessage.restarted) }
    var answerFirst: String { self(LessonMessage.answerFirst) }
    var atFirstStep: String { self(LessonMessage.atFirstStep) }
    var notInLesson: String { self(LessonMessage.notInLesson) }
    func switchedLanguage(_ chosen: Language) -> String { self(LessonMessage.switchedLanguage(chosen)) }
    func onlyIn(_ other: Language) -> String { self(LessonMessage.onlyIn(other)) }
    func saved(_ step: Int, _ count: Int) -> String { self(LessonMessage.saved(step, of: count)) }
    func placeNotSaved(_ step: Int, _ count: Int, _ reason: String) -> String {
        self(LessonMessage.placeNotSaved(step, of: count, reason: reason))
    }
    var noHomeFolder: String { self(LessonMessage.noHomeFolder) }
    func progressFileLeft(_ path: String) -> String { self(LessonMessage.progressFileLeft(path)) }
    func progressLine(_ title: String, _ step: Int, _ count: Int, _ done: Int) -> String {
        self(LessonMessage.progressLine(title, step, of: count, done: done))
    }
    func savedIn(_ path: String) -> String { self(LessonMessage.savedIn(path)) }
    var notSaved: String { self(LessonMessage.notSaved) }
    func saveFailed(_ reason: String) -> String { self(LessonMessage.saveFailed(reason)) }
    func keptAside(_ reason: String, _ path: String) -> String { self(LessonMessage.keptAside(reason, path: path)) }
    func unusable(_ reason: String) -> String { self(LessonMessage.unusable(reason)) }
    var noLessons: String { self(LessonMessage.noLessons) }
    func unknownLesson(_ name: String) -> String { self(LessonMessage.unknownLesson(name)) }
    var menuFooter: String { self(LessonMessage.menuFooter) }
    var notStarted: String { self(LessonMessage.notStarted) }
    var finished: String { self(LessonMessage.finished) }
    func atStep(_ step: Int, _ count: Int) -> String { self(LessonMessage.atStep(step, of: count)) }
    func stepCount(_ count: Int) -> String { Count(count, .step).text(language) }
    /// After a lesson's title: `  (13 steps)`, `（13 步）`.
    func stepsAfterTitle(_ count: Int) -> String { self(LessonMessage.stepsAfterTitle(Count(count, .step))) }
    var cannotLoad: String { self(LessonMessage.cannotLoad) }
    func titleWithErrors(_ id: String) -> String { self(LessonMessage.titleWithErrors(id)) }

    // MARK: Why a check failed

    func reason(_ failure: CheckFailure, format: (Double) -> String) -> String {
        // An array is shown by its first numbers: a failure about 1,000
        // weights is one line, not a page.
        func numbers(_ n: Numbers) -> String {
            let items = n.values.prefix(6).map(format)
            let more = n.values.count > 6 ? ", … (\(n.values.count) numbers)" : ""
            return n.shape.isEmpty ? (items.first ?? "?") : "[" + items.joined(separator: ", ") + more + "]"
        }
        func point(_ p: [(name: String, value: Numbers)]) -> String {
            // Three names at most: a point of a whole data set would drown the message.
            let shown = p.prefix(3).map { "\($0.name) = \(numbers($0.value))" }
            return (shown + (p.count > 3 ? ["…"] : [])).joined(separator: ", ")
        }
        let message: CheckReasonMessage
        switch failure {
        case .unknownName(let name):
            message = .unknownName(name)
        case .noResult:
            message = .noResult
        case .valueDiffers(let subject, let actual, let expected, let expression):
            if actual.shape != expected.shape {
                message = .shapeDiffers(subject: subject, actual: describe(shape: actual.shape), expected: describe(shape: expected.shape))
            } else if let expression {
                message = .valueDiffersFrom(subject: subject, actual: numbers(actual), expression: expression, expected: numbers(expected))
            } else {
                message = .valueDiffers(subject: subject, actual: numbers(actual), expected: numbers(expected))
            }
        case .notScalar(let subject, let shape):
            message = .notScalar(subject: subject, shape: describe(shape: shape))
        case .gradientDiffers(let subject, let wrt, let actual, let expected, let expression):
            message = expression.map {
                .gradientDiffersFrom(subject: subject, wrt: wrt, engine: numbers(actual), expression: $0, yours: numbers(expected))
            } ?? .gradientDiffers(subject: subject, wrt: wrt, actual: numbers(actual), expected: numbers(expected))
        case .valueNotEquivalent(let at, let actual, let expected):
            message = .valueNotEquivalent(at: point(at), actual: numbers(actual), expected: numbers(expected))
        case .gradientNotEquivalent(let name, let at, let actual, let expected):
            message = .gradientNotEquivalent(name: name, at: point(at), actual: numbers(actual), expected: numbers(expected))
        case .didNotAssign(let name):
            message = .didNotAssign(name)
        case .readsGradients:
            message = .readsGradients
        case .cannotEvaluate(let text):
            message = .cannotEvaluate(text)
        }
        return self(message)
    }
}

/// The lesson runner's sentences around the lessons' own text: the footers
/// under a step, the verdicts, hints, progress and the menu.
public enum LessonMessage: Message {
    case enterToGoOn, taskFooter
    case choiceFooter(Int)
    case numberFooter, questionFooter, right
    case notYet(String)
    case tryAgain, wrongChoice
    case wrongNumber(String)
    case typeAnswer
    case hint(Int, of: Int)
    case noMoreHints, noHints, modelAnswer, keyPoints, tickPoints
    case badTicks(Int)
    case coveredAll(Int)
    case covered(Int, of: Int)
    case theAnswerIs, setUp
    case lessonComplete(String)
    case nextLesson(Int, String)
    case allDone
    case resuming(String, Int, of: Int)
    case savedStepGone(String, at: Int)
    case startingAgain, restarted, answerFirst, atFirstStep, notInLesson
    case switchedLanguage(Language)
    case onlyIn(Language)
    case saved(Int, of: Int)
    case placeNotSaved(Int, of: Int, reason: String)
    case noHomeFolder
    case progressFileLeft(String)
    case progressLine(String, Int, of: Int, done: Int)
    case savedIn(String)
    case notSaved
    case saveFailed(String)
    case keptAside(String, path: String)
    case unusable(String)
    case noLessons
    case unknownLesson(String)
    case menuFooter, notStarted, finished
    case atStep(Int, of: Int)
    case cannotLoad
    case titleWithErrors(String)
    case stepsAfterTitle(Count)
    case retried(Int, of: Int)
    case keptNames(String)
    case nameGone(String)
    case nameChanged(String, now: String, was: String)
    case stateChanged(String)
    case openedAt(Int, of: Int, id: String)
    case lookingIsFree
    case typeANumber(String)
    case oneNumberNeeded(String)
    case stillToCome(String)
    case stateFromEarlierSteps(String)
    case restartAsks(String, doneSteps: Int)
    case finishedAt(Int, of: Int)
    case reachedStep(Int, of: Int, furthest: Int)
    case unknownStep(String, steps: String)
    case unknownStepNear(String, near: String)

    public var texts: Texts {
        switch self {
        case .enterToGoOn:
            Texts(en: "(Enter: next step; try anything at the prompt first if you like)", zh: "（按回车进入下一步；也可以先在提示符下随意尝试）")
        case .taskFooter:
            Texts(en: "(:hint for a hint, :skip to see the answer)", zh: "（:hint 看提示，:skip 看答案）")
        case .choiceFooter(let count):
            Texts(en: "Type the number of your answer (1-\(count)).", zh: "请输入你选择的编号（1-\(count)）。")
        case .numberFooter:
            Texts(en: "Type a number (an expression of numbers such as 1 - 0.5^2 works too).", zh: "请输入一个数（也可以写由数字组成的算式，如 1 - 0.5^2）。")
        case .questionFooter:
            Texts(en: "Answer in your own words on one line, then compare with the model answer (Enter alone shows it).", zh: "用自己的话在一行里作答，然后与参考答案对照（直接回车即可查看）。")
        case .right:
            Texts(en: "Right.", zh: "正确！")
        case .notYet(let reason):
            Texts(en: "Not yet: \(reason)", zh: "还不对：\(reason)")
        case .tryAgain:
            Texts(en: "Try again, or :hint, or :skip.", zh: "再试一次，或输入 :hint 看提示、:skip 看答案。")
        case .wrongChoice:
            Texts(en: "Not that one.", zh: "不是这个。")
        case .wrongNumber(let given):
            Texts(en: "\(given) is not it.", zh: "\(given) 不对。")
        case .typeAnswer:
            Texts(en: "Type your answer at the prompt (:hint for a hint, :skip to see the answer).", zh: "请在提示符下输入你的答案（:hint 看提示，:skip 看答案）。")
        case .hint(let number, let count):
            Texts(en: "Hint \(number)/\(count): ", zh: "提示 \(number)/\(count)：")
        case .noMoreHints:
            Texts(en: "No more hints; :skip shows the answer.", zh: "没有更多提示了；:skip 可以查看答案。")
        case .noHints:
            Texts(en: "This step has no hint.", zh: "这一步没有提示。")
        case .modelAnswer:
            Texts(en: "Model answer:", zh: "参考答案：")
        case .keyPoints:
            Texts(en: "Key points:", zh: "要点：")
        case .tickPoints:
            Texts(en: "Which key points did your answer cover? Type their numbers (1 3), 'all', or Enter for none.", zh: "你的回答覆盖了哪些要点？输入编号（如 1 3）、all，或直接回车表示都没有。")
        case .badTicks(let count):
            Texts(en: "Type numbers from 1 to \(count), 'all', or Enter for none.", zh: "请输入 1 到 \(count) 之间的编号、all，或直接回车。")
        case .coveredAll(let total):
            Texts(en: "You covered all \(total) key points.", zh: "你覆盖了全部 \(total) 个要点。")
        case .covered(let count, let total):
            Texts(en: "You covered \(count) of \(total) key points; read the others again above.", zh: "你覆盖了 \(total) 个要点中的 \(count) 个；请再读一读上面其余的要点。")
        case .theAnswerIs:
            Texts(en: "The answer:", zh: "答案：")
        case .setUp:
            Texts(en: "Set up for you:", zh: "已为你准备好：")
        case .lessonComplete(let title):
            // A title may end in its own punctuation ("What is a neural network?").
            Texts(en: "Lesson complete: \(title)\(LessonMessage.endsSentence(title) ? "" : ".")",
                  zh: "本课完成：\(title)\(LessonMessage.endsSentence(title) ? "" : "。")")
        case .nextLesson(let position, let title):
            Texts(en: "Next: :next starts lesson \(position), \(title); :menu lists them all; :quit leaves.",
                  zh: "接下来：输入 :next 开始第 \(position) 课“\(title)”；:menu 列出全部课程；:quit 退出。")
        case .allDone:
            Texts(en: "That was the last lesson. :menu lists them all; :quit leaves.", zh: "这是最后一课了。:menu 列出全部课程；:quit 退出。")
        case .resuming(let title, let step, let count):
            Texts(en: "Welcome back: \(title), at step \(step) of \(count). (:restart starts this lesson over.)",
                  zh: "欢迎回来：“\(title)”，第 \(step)/\(count) 步。（输入 :restart 可从头开始本课。）")
        case .savedStepGone(let step, let at):
            Texts(
                en: "Your saved place, step '\(step)', is no longer in this lesson (it has changed); going on at step \(at), the first you have not done.",
                zh: "你保存的位置（“\(step)”这一步）已不在本课中（课程改过了）；从你还没做的第一步、第 \(at) 步继续。")
        case .startingAgain:
            Texts(en: "You finished this lesson before; here it is again from the start, and it stays finished.", zh: "你之前已学完本课；现在从头再来一遍，它仍记为已完成。")
        case .restarted:
            Texts(en: "Starting this lesson over; every name is gone.", zh: "从头开始本课；之前定义的名字都已清除。")
        case .answerFirst:
            Texts(en: "Answer this step first, or :skip to see the answer.", zh: "请先回答这一步，或输入 :skip 查看答案。")
        case .atFirstStep:
            Texts(en: "This is the first step.", zh: "这已经是第一步了。")
        case .notInLesson:
            Texts(en: "No lesson is open: :menu lists them, :lesson N opens one.", zh: "当前没有打开的课程：:menu 列出课程，:lesson N 打开一课。")
        case .switchedLanguage(let chosen):
            Texts(en: "Language: \(chosen.nativeName).", zh: "语言：\(LessonMessage.chineseName(chosen))。")
        case .onlyIn(let other):
            Texts(en: "(This lesson is written only in \(other.nativeName).)", zh: "（本课只有\(LessonMessage.chineseName(other))版。）")
        case .saved(let step, let count):
            Texts(en: "Your place is saved (step \(step) of \(count)); micrograd lesson takes you back.",
                  zh: "进度已保存（第 \(step)/\(count) 步）；运行 micrograd lesson 即可继续。")
        case .placeNotSaved(let step, let count, let reason):
            Texts(en: "warning: your place (step \(step) of \(count)) could not be saved: \(reason)",
                  zh: "警告：未能保存进度（第 \(step)/\(count) 步）：\(reason)")
        case .noHomeFolder:
            Texts(en: "there is no home folder", zh: "没有主目录")
        case .progressFileLeft(let path):
            Texts(en: "the progress file \(path) is unreadable and was left as it is",
                  zh: "进度文件 \(path) 无法读取，已原样保留")
        case .progressLine(let title, let step, let count, let done):
            Texts(en: "\(title): step \(step) of \(count), \(done) done.", zh: "“\(title)”：第 \(step)/\(count) 步，已完成 \(done) 步。")
        case .savedIn(let path):
            Texts(en: "Progress is saved in \(path).", zh: "进度保存在 \(path)。")
        case .notSaved:
            Texts(en: "Progress is not saved (no home folder).", zh: "进度未保存（没有主目录）。")
        case .saveFailed(let reason):
            Texts(en: "warning: progress not saved: \(reason)", zh: "警告：进度未能保存：\(reason)")
        case .keptAside(let reason, let path):
            Texts(en: "warning: the progress file was unreadable (\(reason)); it is kept as \(path), and progress starts afresh.",
                  zh: "警告：进度文件无法读取（\(reason)）；已保留为 \(path)，进度从头记录。")
        case .unusable(let reason):
            Texts(en: "warning: the progress file is unreadable and was left as it is (\(reason)); progress will not be saved this time.",
                  zh: "警告：进度文件无法读取，已原样保留（\(reason)）；本次不会保存进度。")
        case .noLessons:
            Texts(en: "No lessons found.", zh: "没有找到课程。")
        case .unknownLesson(let name):
            Texts(en: "No lesson '\(name)'; :menu lists them.", zh: "没有课程“\(name)”；:menu 可列出全部课程。")
        case .menuFooter:
            Texts(en: ":lesson N opens lesson N.", zh: "输入 :lesson N 打开第 N 课。")
        case .notStarted:
            Texts(en: "not started", zh: "未开始")
        case .finished:
            Texts(en: "finished", zh: "已完成")
        case .atStep(let step, let count):
            Texts(en: "step \(step)/\(count)", zh: "第 \(step)/\(count) 步")
        case .cannotLoad:
            Texts(en: "This lesson has errors (run micrograd lessons check):", zh: "本课文件有错误（请运行 micrograd lessons check）：")
        case .titleWithErrors(let id):
            Texts(en: "(\(id): errors)", zh: "（\(id)：有错误）")
        case .stepsAfterTitle(let steps):
            Texts(en: "  (\(steps.en))", zh: "（\(steps.zh)）")
        case .retried(let step, let count):
            Texts(en: "Step \(step) of \(count) again, as it began.", zh: "第 \(step)/\(count) 步已恢复到开始时的样子。")
        case .keptNames(let names):
            Texts(en: "(Your own names are kept, as numbers: \(names).)", zh: "（你自己定义的名字保留了下来，只保留数值：\(names)。）")
        case .nameGone(let name):
            Texts(en: "\(name) is gone", zh: "\(name) 已不存在")
        case .nameChanged(let name, let now, let was):
            Texts(en: "\(name) is \(now) now, but this step starts from \(name) = \(was)", zh: "\(name) 现在是 \(now)，而这一步是从 \(name) = \(was) 开始的")
        case .stateChanged(let changes):
            Texts(en: "Note: \(changes). An answer right for the step as it began may not pass now: :retry puts the step back as it began.",
                  zh: "注意：\(changes)。对这一步原本正确的答案，现在可能通不过：输入 :retry 可把这一步恢复到开始时的样子。")
        case .openedAt(let step, let count, let id):
            Texts(en: "Opened at step \(step) of \(count) (\(id)), as it begins after the earlier steps' model answers.",
                  zh: "已打开第 \(step)/\(count) 步（\(id)），状态与按参考答案做完前面各步时相同。")
        case .lookingIsFree:
            Texts(en: "(Looking is free: a bare name, :vars or :graph only shows; a line that computes or assigns, or :train and :step, is your answer.)",
                  zh: "（随便看看不算作答：单独一个名字、:vars 或 :graph 只是显示；计算或赋值的一行，以及 :train、:step，才算你的答案。）")
        case .typeANumber(let given):
            Texts(en: "'\(given)' is not a number: type digits, such as 0.25, or an expression of numbers, such as 1-0.7071^2.",
                  zh: "“\(given)”不是数：请用数字输入，如 0.25，或由数字组成的算式，如 1-0.7071^2。")
        case .stillToCome(let name):
            Texts(en: "(Good so far; the step checks \(name), which is still to come.)", zh: "（到这里没问题；这一步要检查的 \(name) 还没有定义。）")
        case .oneNumberNeeded(let shape):
            Texts(en: "That is an array of shape \(shape); the answer is one number.", zh: "这是形状为 \(shape) 的数组；答案应是一个数。")
        case .stateFromEarlierSteps(let names):
            Texts(en: "Set up for you by the earlier steps' model answers: \(names)", zh: "前面各步的参考答案已为你准备好：\(names)")
        case .restartAsks(let title, let doneSteps):
            Texts(en: "This forgets every name and your place in \(title) (\(Count(doneSteps, .step).en) done; a finished lesson stays finished). Type :restart again to start over, or go on with anything else.",
                  zh: "这会清除所有名字以及你在“\(title)”中的位置（已完成 \(Count(doneSteps, .step).zh)；已学完的课仍记为已完成）。再输入一次 :restart 即从头开始，输入别的则继续。")
        case .finishedAt(let step, let count):
            Texts(en: "finished, reviewing step \(step)/\(count)", zh: "已完成，正在复习第 \(step)/\(count) 步")
        case .reachedStep(let step, let count, let furthest):
            Texts(en: "step \(step)/\(count), reached \(furthest)", zh: "第 \(step)/\(count) 步，最远到过第 \(furthest) 步")
        case .unknownStep(let id, let steps):
            Texts(en: "No step '\(id)' in this lesson; its steps are: \(steps)", zh: "本课没有步骤“\(id)”；本课的步骤有：\(steps)")
        case .unknownStepNear(let id, let near):
            Texts(en: "No step '\(id)' in this lesson; did you mean '\(near)'?", zh: "本课没有步骤“\(id)”；你是想输入“\(near)”吗？")
        }
    }

    /// Whether `text` ends in its own sentence punctuation.
    static func endsSentence(_ text: String) -> Bool {
        text.last.map { ".?!。？！".contains($0) } ?? false
    }

    /// English and Chinese by their Chinese names (英文, 中文).
    static func chineseName(_ language: Language) -> String {
        language == .zh ? "中文" : "英文"
    }

    public static let samples: [LessonMessage] = [
        .enterToGoOn, .taskFooter, .choiceFooter(4), .numberFooter, .questionFooter, .right,
        .notYet("x = 3"), .tryAgain, .wrongChoice, .wrongNumber("5"), .typeAnswer,
        .hint(1, of: 3), .noMoreHints, .noHints, .modelAnswer, .keyPoints, .tickPoints, .badTicks(5),
        .coveredAll(4), .covered(2, of: 6), .theAnswerIs, .setUp,
        .lessonComplete("Basics"), .lessonComplete("What is a neural network?"),
        .nextLesson(2, "Chains"), .allDone, .resuming("Basics", 3, of: 13), .savedStepGone("old-step", at: 4),
        .startingAgain, .restarted, .answerFirst, .atFirstStep, .notInLesson,
        .switchedLanguage(.en), .onlyIn(.en), .saved(4, of: 12), .progressLine("Basics", 5, of: 13, done: 4),
        .savedIn("/home/a/.local/share/micrograd/lesson-progress"), .notSaved, .saveFailed("disk full"),
        .placeNotSaved(4, of: 12, reason: "disk full"), .noHomeFolder,
        .progressFileLeft("/home/a/.local/share/micrograd/lesson-progress"),
        .keptAside("bad line 3", path: "/tmp/lesson-progress.corrupt-20260101-000000"), .unusable("permission denied"),
        .noLessons, .unknownLesson("basix"), .menuFooter, .notStarted, .finished, .atStep(2, of: 9),
        .cannotLoad, .titleWithErrors("03-broken"), .stepsAfterTitle(Count(13, .step)),
        .retried(4, of: 12), .keptNames("a2, c2"), .nameGone("c"), .nameChanged("a", now: "2.01", was: "2"),
        .stateChanged("a is 2.01 now, but this step starts from a = 2"), .openedAt(5, of: 12, id: "chain"),
        .lookingIsFree, .typeANumber("two"), .oneNumberNeeded("[2, 1]"), .stillToCome("slope"), .stateFromEarlierSteps("a = 2, b = -3"),
        .restartAsks("Basics", doneSteps: 4), .restartAsks("Basics", doneSteps: 1), .finishedAt(1, of: 13),
        .reachedStep(3, of: 13, furthest: 9), .unknownStep("chian", steps: "intro, chain"),
        .unknownStepNear("chian", near: "chain"),
    ]
}

/// Why an answer did not pass a lesson's check, after "Not yet: ".
/// The numbers, shapes and names come formatted; `subject` is the name
/// checked (nil: the result of the expression typed).
public enum CheckReasonMessage: Message {
    case unknownName(String)
    case noResult
    case shapeDiffers(subject: String?, actual: String, expected: String)
    case valueDiffers(subject: String?, actual: String, expected: String)
    case notScalar(subject: String?, shape: String)
    case gradientDiffers(subject: String?, wrt: String, actual: String, expected: String)
    /// The check compares two of the learner's numbers: a name and an
    /// expression of names (`value dw == 2*x`).
    case valueDiffersFrom(subject: String?, actual: String, expression: String, expected: String)
    /// The check compares the engine's gradient with the learner's own
    /// expression (`grad loss wrt w == dw`): which number is whose.
    case gradientDiffersFrom(subject: String?, wrt: String, engine: String, expression: String, yours: String)
    case valueNotEquivalent(at: String, actual: String, expected: String)
    case gradientNotEquivalent(name: String, at: String, actual: String, expected: String)
    case didNotAssign(String)
    case readsGradients
    case cannotEvaluate(String)

    public var texts: Texts {
        switch self {
        case .unknownName(let name):
            Texts(en: "'\(name)' is not defined yet.", zh: "“\(name)”还没有定义。")
        case .noResult:
            Texts(en: "type an expression (or an assignment).", zh: "请输入一个表达式（或赋值语句）。")
        case .shapeDiffers(let subject, let actual, let expected):
            Texts(en: "\(subject ?? "the result") has shape \(actual), but \(expected) is wanted.",
                  zh: "\(CheckReasonMessage.zh(subject))的形状是 \(actual)，应为 \(expected)。")
        case .valueDiffers(let subject, let actual, let expected):
            Texts(en: "\(subject ?? "the result") is \(actual), but \(expected) is wanted.",
                  zh: "\(CheckReasonMessage.zh(subject))等于 \(actual)，应为 \(expected)。")
        case .notScalar(let subject, let shape):
            Texts(en: "\(subject ?? "the result") is an array of shape \(shape); a gradient needs one number.",
                  zh: "\(CheckReasonMessage.zh(subject))是形状为 \(shape) 的数组；求梯度需要一个标量。")
        case .gradientDiffers(let subject, let wrt, let actual, let expected):
            Texts(en: "the gradient of \(subject ?? "the result") with respect to \(wrt) is \(actual), but \(expected) is wanted.",
                  zh: "\(CheckReasonMessage.zh(subject))对 \(wrt) 的梯度是 \(actual)，应为 \(expected)。")
        case .valueDiffersFrom(let subject, let actual, let expression, let expected):
            Texts(en: "\(subject ?? "your result") is \(actual), but \(expression) is \(expected); they should be equal.",
                  zh: "\(CheckReasonMessage.zh(subject))等于 \(actual)，而 \(expression) 等于 \(expected)；两者应该相等。")
        case .gradientDiffersFrom(let subject, let wrt, let engine, let expression, let yours):
            // A bare name (`dw`) is the learner's answer; a formula (`a2 - y`) the lesson's, computed from the learner's names.
            Texts(en: "\(CheckReasonMessage.isName(expression) ? "your " : "")\(expression) is \(yours), but the engine's gradient of \(subject ?? "the result") with respect to \(wrt) is \(engine); they should be equal.",
                  zh: "\(CheckReasonMessage.isName(expression) ? "你的 " : "")\(expression) 等于 \(yours)，而引擎算出的\(subject.map { " \($0) " } ?? "结果")对 \(wrt) 的梯度是 \(engine)；两者应该相等。")
        case .valueNotEquivalent(let at, let actual, let expected):
            Texts(en: "your expression gives \(actual)\(at.isEmpty ? "" : " at \(at)"), but the expected one gives \(expected).",
                  zh: "\(at.isEmpty ? "" : "在 \(at) 时")你的表达式得到 \(actual)，而应得到 \(expected)。")
        case .gradientNotEquivalent(let name, let at, let actual, let expected):
            Texts(en: "the values agree, but the gradient with respect to \(name)\(at.isEmpty ? "" : " at \(at)") is \(actual) instead of \(expected).",
                  zh: "值是对的，但\(at.isEmpty ? "" : "在 \(at) 时")对 \(name) 的梯度是 \(actual)，应为 \(expected)。")
        case .didNotAssign(let name):
            Texts(en: "assign the result to \(name) (write \(name) = ...).", zh: "请把结果赋给 \(name)（写成 \(name) = ...）。")
        case .readsGradients:
            Texts(en: "grad(...) reads the gradients already computed; write the expression that computes them.",
                  zh: "grad(...) 读取的是已经算好的梯度；请写出计算它们的表达式。")
        case .cannotEvaluate(let message):
            Texts(en: "the check could not be computed: \(message)\(CheckReasonMessage.ends(message) ? "" : ".")",
                  zh: "无法完成检查：\(message)\(CheckReasonMessage.ends(message) ? "" : "。")")
        }
    }

    /// The subject before a Chinese verb: a name with a space after it
    /// (`w4 等于`), else 结果, which needs none.
    static func zh(_ subject: String?) -> String {
        subject.map { "\($0) " } ?? "结果"
    }

    /// Whether `text` is one name (`dw`), not a formula (`a2 - y`).
    static func isName(_ text: String) -> Bool {
        guard let first = text.first, first == "_" || first.isLetter else { return false }
        return text.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
    }

    /// An empty message counts as ended: nothing to close.
    static func ends(_ text: String) -> Bool {
        text.last.map { ".?!。？！".contains($0) } ?? true
    }

    public static let samples: [CheckReasonMessage] = [
        .unknownName("w1"), .noResult,
        .shapeDiffers(subject: "W", actual: "[2]", expected: "[2, 3]"), .shapeDiffers(subject: nil, actual: "[4]", expected: "[1]"),
        .valueDiffers(subject: "y", actual: "6", expected: "-6"), .valueDiffers(subject: nil, actual: "0.5", expected: "0.25"),
        .notScalar(subject: "v", shape: "[3]"),
        .gradientDiffers(subject: "L", wrt: "a", actual: "2", expected: "-3"),
        .gradientDiffers(subject: nil, wrt: "b", actual: "1", expected: "4"),
        .valueDiffersFrom(subject: "dw", actual: "3", expression: "2*x", expected: "4"),
        .gradientDiffersFrom(subject: "loss", wrt: "w", engine: "-8.6006", expression: "dw", yours: "-43.0032"),
        .gradientDiffersFrom(subject: "bce", wrt: "z2", engine: "0.1", expression: "a2 - y", yours: "0.2"),
        .valueNotEquivalent(at: "x = 0.5", actual: "1.25", expected: "0.75"),
        .valueNotEquivalent(at: "", actual: "7", expected: "8"),
        .gradientNotEquivalent(name: "x", at: "x = 2", actual: "3", expected: "4"),
        .gradientNotEquivalent(name: "t", at: "", actual: "9", expected: "10"),
        .didNotAssign("loss"), .readsGradients, .cannotEvaluate("division by zero"),
    ]
}
