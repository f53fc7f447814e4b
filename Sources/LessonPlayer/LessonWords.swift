import TextKit
import Calc
import Lessons

/// What the lesson runner says, in the learner's language. The lessons'
/// own text comes from the lesson files; these are the runner's words
/// around it, kept together so that a translation is reviewed in one place.
struct LessonWords {
    let language: Language

    private func pick(_ english: String, _ chinese: String) -> String {
        language == .zh ? chinese : english
    }

    /// Two pieces of a message side by side: a space between them in
    /// English, none in Chinese, whose punctuation (。：) carries its own.
    func joined(_ first: String, _ second: String) -> String {
        first + pick(" ", "") + second
    }

    var enterToGoOn: String { pick("(Enter: next step; try anything at the prompt first if you like)", "（按回车进入下一步；也可以先在提示符下随意尝试）") }
    var taskFooter: String { pick("(:hint for a hint, :skip to see the answer)", "（:hint 看提示，:skip 看答案）") }
    func choiceFooter(_ count: Int) -> String {
        pick("Type the number of your answer (1-\(count)).", "请输入你选择的编号（1-\(count)）。")
    }
    var numberFooter: String { pick("Type a number (an expression of numbers such as 1 - 0.5^2 works too).", "请输入一个数（也可以写由数字组成的算式，如 1 - 0.5^2）。") }
    var questionFooter: String { pick("Answer in your own words on one line, then compare with the model answer (Enter alone shows it).", "用自己的话在一行里作答，然后与参考答案对照（直接回车即可查看）。") }
    var right: String { pick("Right.", "正确！") }
    func notYet(_ reason: String) -> String { pick("Not yet: \(reason)", "还不对：\(reason)") }
    var tryAgain: String { pick("Try again, or :hint, or :skip.", "再试一次，或输入 :hint 看提示、:skip 看答案。") }
    var wrongChoice: String { pick("Not that one.", "不是这个。") }
    func wrongNumber(_ given: String) -> String { pick("\(given) is not it.", "\(given) 不对。") }
    var typeAnswer: String { pick("Type your answer at the prompt (:hint for a hint, :skip to see the answer).", "请在提示符下输入你的答案（:hint 看提示，:skip 看答案）。") }
    func hint(_ number: Int, of count: Int) -> String { pick("Hint \(number)/\(count): ", "提示 \(number)/\(count)：") }
    var noMoreHints: String { pick("No more hints; :skip shows the answer.", "没有更多提示了；:skip 可以查看答案。") }
    var noHints: String { pick("This step has no hint.", "这一步没有提示。") }
    var modelAnswer: String { pick("Model answer:", "参考答案：") }
    var keyPoints: String { pick("Key points:", "要点：") }
    var tickPoints: String { pick("Which key points did your answer cover? Type their numbers (1 3), 'all', or Enter for none.", "你的回答覆盖了哪些要点？输入编号（如 1 3）、all，或直接回车表示都没有。") }
    func badTicks(_ count: Int) -> String { pick("Type numbers from 1 to \(count), 'all', or Enter for none.", "请输入 1 到 \(count) 之间的编号、all，或直接回车。") }
    func covered(_ count: Int, of total: Int) -> String {
        if count == total { return pick("You covered all \(total) key points.", "你覆盖了全部 \(total) 个要点。") }
        return pick("You covered \(count) of \(total) key points; read the others again above.", "你覆盖了 \(total) 个要点中的 \(count) 个；请再读一读其余要点。")
    }
    var theAnswerIs: String { pick("The answer:", "答案：") }
    var setUp: String { pick("Set up for you:", "已为你准备好：") }
    func lessonComplete(_ title: String) -> String {
        // A title may end in its own punctuation ("What is a neural network?").
        let ends = title.last.map { ".?!。？！".contains($0) } ?? false
        return pick("Lesson complete: \(title)\(ends ? "" : ".")", "本课完成：\(title)\(ends ? "" : "。")")
    }
    func nextLesson(_ position: Int, _ title: String) -> String {
        pick("Next: :next starts lesson \(position), \(title); :menu lists them all; :quit leaves.", "接下来：输入 :next 开始第 \(position) 课「\(title)」；:menu 列出全部课程；:quit 退出。")
    }
    var allDone: String { pick("That was the last lesson. :menu lists them all; :quit leaves.", "这是最后一课了。:menu 列出全部课程；:quit 退出。") }
    func resuming(_ title: String, _ step: Int, _ count: Int) -> String {
        pick("Welcome back: \(title), at step \(step) of \(count). (:restart starts this lesson over.)", "欢迎回来：「\(title)」，第 \(step)/\(count) 步。（输入 :restart 可从头开始本课。）")
    }
    var replayed: String { pick("(The code of the earlier steps was run again, so your names are defined.)", "（已重新运行前面各步的代码，你的变量都在。）") }
    var startingAgain: String { pick("You finished this lesson before; here it is again from the start.", "你之前已学完本课；现在从头再来一遍。") }
    var restarted: String { pick("Starting this lesson over; every name is gone.", "从头开始本课；之前的变量都已清除。") }
    var answerFirst: String { pick("Answer this step first, or :skip to see the answer.", "请先回答这一步，或输入 :skip 查看答案。") }
    var atFirstStep: String { pick("This is the first step.", "这已经是第一步了。") }
    var notInLesson: String { pick("No lesson is open: :menu lists them, :lesson N opens one.", "当前没有打开的课程：:menu 列出课程，:lesson N 打开一课。") }
    func switchedLanguage(_ name: String) -> String { pick("Language: \(name).", "语言：\(name)。") }
    func onlyIn(_ other: Language) -> String {
        pick("(This lesson is written only in \(other.nativeName).)", "（本课只有\(other.nativeName)版。）")
    }
    func saved(_ step: Int, _ count: Int) -> String {
        pick("Your place is saved (step \(step) of \(count)); micrograd lesson takes you back.", "进度已保存（第 \(step)/\(count) 步）；运行 micrograd lesson 即可继续。")
    }
    func progressLine(_ title: String, _ step: Int, _ count: Int, _ done: Int) -> String {
        pick("\(title): step \(step) of \(count), \(done) done.", "「\(title)」：第 \(step)/\(count) 步，已完成 \(done) 步。")
    }
    func savedIn(_ path: String) -> String { pick("Progress is saved in \(path).", "进度保存在 \(path)。") }
    var notSaved: String { pick("Progress is not saved (no home folder).", "进度未保存（没有主目录）。") }
    func saveFailed(_ reason: String) -> String { pick("warning: progress not saved: \(reason)", "警告：进度未能保存：\(reason)") }
    func keptAside(_ reason: String, _ path: String) -> String {
        pick("warning: the progress file was unreadable (\(reason)); it is kept as \(path), and progress starts afresh.",
             "警告：进度文件无法读取（\(reason)）；已保留为 \(path)，进度从头记录。")
    }
    func unusable(_ reason: String) -> String {
        pick("warning: the progress file is unreadable and was left as it is (\(reason)); progress will not be saved this time.",
             "警告：进度文件无法读取，已原样保留（\(reason)）；本次不会保存进度。")
    }
    var noLessons: String { pick("No lessons found.", "没有找到课程。") }
    func unknownLesson(_ name: String) -> String { pick("No lesson '\(name)'; :menu lists them.", "没有课程「\(name)」；:menu 可列出全部课程。") }
    var menuFooter: String { pick(":lesson N opens lesson N.", "输入 :lesson N 打开第 N 课。") }
    var notStarted: String { pick("not started", "未开始") }
    var finished: String { pick("finished", "已完成") }
    func atStep(_ step: Int, _ count: Int) -> String { pick("step \(step)/\(count)", "第 \(step)/\(count) 步") }
    func stepCount(_ count: Int) -> String { pick(counted(count, "step"), "\(count) 步") }
    var cannotLoad: String { pick("This lesson has errors (run micrograd lessons check):", "本课文件有错误（请运行 micrograd lessons check）：") }

    // MARK: Why a check failed

    func reason(_ failure: CheckFailure, format: (Double) -> String) -> String {
        func numbers(_ n: Numbers) -> String {
            let items = n.values.map(format)
            return n.shape.isEmpty ? (items.first ?? "?") : "[" + items.joined(separator: ", ") + "]"
        }
        func point(_ p: [(name: String, value: Double)]) -> String {
            p.map { "\($0.name) = \(format($0.value))" }.joined(separator: ", ")
        }
        switch failure {
        case .unknownName(let name):
            return pick("'\(name)' is not defined yet.", "「\(name)」还没有定义。")
        case .noResult:
            return pick("type an expression (or an assignment).", "请输入一个表达式（或赋值语句）。")
        case .valueDiffers(let subject, let actual, let expected):
            if actual.shape != expected.shape {
                return pick("\(subject ?? "the result") has shape \(describe(shape: actual.shape)), but \(describe(shape: expected.shape)) is wanted.",
                            "\(subject ?? "结果")的形状是 \(describe(shape: actual.shape))，应为 \(describe(shape: expected.shape))。")
            }
            return pick("\(subject ?? "the result") is \(numbers(actual)), but \(numbers(expected)) is wanted.",
                        "\(subject ?? "结果")等于 \(numbers(actual))，应为 \(numbers(expected))。")
        case .notScalar(let subject, let shape):
            return pick("\(subject ?? "the result") is an array of shape \(describe(shape: shape)); a gradient needs one number.",
                        "\(subject ?? "结果")是形状为 \(describe(shape: shape)) 的数组；求梯度需要一个标量。")
        case .gradientDiffers(let subject, let wrt, let actual, let expected):
            let of = subject ?? pick("the result", "结果")
            return pick("the gradient of \(of) with respect to \(wrt) is \(numbers(actual)), but \(numbers(expected)) is wanted.",
                        "\(of) 对 \(wrt) 的梯度是 \(numbers(actual))，应为 \(numbers(expected))。")
        case .valueNotEquivalent(let at, let actual, let expected):
            let place = at.isEmpty ? "" : pick(" at \(point(at))", "在 \(point(at)) 时")
            return pick("your expression gives \(numbers(actual))\(place), but the expected one gives \(numbers(expected)).",
                        "\(place)你的表达式得到 \(numbers(actual))，而应得到 \(numbers(expected))。")
        case .gradientNotEquivalent(let name, let at, let actual, let expected):
            let place = at.isEmpty ? "" : pick(" at \(point(at))", "在 \(point(at)) 时")
            return pick("the values agree, but the gradient with respect to \(name)\(place) is \(numbers(actual)) instead of \(numbers(expected)).",
                        "值是对的，但\(place)对 \(name) 的梯度是 \(numbers(actual))，应为 \(numbers(expected))。")
        case .didNotAssign(let name):
            return pick("assign the result to \(name) (write \(name) = ...).", "请把结果赋给 \(name)（写成 \(name) = ...）。")
        case .readsGradients:
            return pick("grad(...) reads the gradients already computed; write the expression that computes them.",
                        "grad(...) 读取的是已经算好的梯度；请写出计算它们的表达式。")
        case .cannotEvaluate(let message):
            let ends = message.last.map { ".?!。？！".contains($0) } ?? true
            return pick("the check could not be computed: \(message)\(ends ? "" : ".")", "无法完成检查：\(message)\(ends ? "" : "。")")
        }
    }
}
