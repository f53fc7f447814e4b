import TextKit

/// What is wrong with the words after a command's name
/// (``CommandInput/allowing(_:takes:hint:)``,
/// ``CommandInput/requiring(_:for:)``), and the hints around them.
public enum CommandMessage: Message {
    /// `:vars takes no arguments`.
    case takes(command: String, ArgumentPhrase)
    /// `:seed needs a number`, with `: USAGE` when the command takes more
    /// than one argument.
    case needs(command: String, ArgumentPhrase, usage: String?)
    case forExample(String)
    case unknownSetting(String)
    case settingsAre(String)
    case didYouMean(String)
    case needsLanguage(command: String, choices: String)
    case choicesSeparator
    /// A lesson's own code (setup, run, a model answer) naming a command
    /// that reads or writes files or changes the limits.
    case notInLessonCode(command: String)
    case notInLessonCodeHint

    public var texts: Texts {
        switch self {
        case .takes(let command, let phrase):
            Texts(en: ":\(command) takes \(phrase.texts.en)", zh: ":\(command) \(phrase.texts.zh)")
        case .needs(let command, let phrase, let usage):
            Texts(
                en: ":\(command) needs \(phrase.texts.en)" + (usage.map { ": \($0)" } ?? ""),
                zh: ":\(command) 缺少\(phrase.texts.zh)" + (usage.map { "：\($0)" } ?? ""))
        case .forExample(let example): Texts(en: "for example \(example)", zh: "例如 \(example)")
        case .unknownSetting(let name): Texts(en: "unknown setting '\(name)'", zh: "没有名为“\(name)”的设置")
        case .settingsAre(let names): Texts(en: "the settings are \(names)", zh: "可用的设置有 \(names)")
        case .didYouMean(let name): Texts(en: "did you mean '\(name)'? ", zh: "你是不是想输入“\(name)”？")
        case .needsLanguage(let command, let choices):
            Texts(en: ":\(command) needs a language: \(choices)", zh: ":\(command) 需要指定语言：\(choices)")
        case .choicesSeparator: Texts(en: " or ", zh: " 或 ")
        case .notInLessonCode(let command):
            Texts(
                en: "a lesson's own code cannot run \(command): it reads or writes files, or changes the limits",
                zh: "课程自带的代码不能运行 \(command)：它会读写文件或修改上限")
        case .notInLessonCodeHint:
            Texts(
                en: "a lesson's setup, run and answer lines stay inside the session; typed at the prompt, the command still works",
                zh: "课程的 setup、run 和 answer 代码只在会话里运行；在提示符下自己输入这个命令仍然可以")
        }
    }

    public static let samples: [CommandMessage] = [
        .takes(command: "vars", .noArguments), .needs(command: "seed", .aNumber, usage: nil),
        .needs(command: "train", .aLoss, usage: ":train LOSS STEPS RATE"), .forExample(":seed 42"),
        .unknownSetting("max-node"), .settingsAre("max-nesting, max-line"), .didYouMean("max-nodes"),
        .needsLanguage(command: "lang", choices: "en or zh"), .choicesSeparator,
        .notInLessonCode(command: ":save"), .notInLessonCodeHint,
    ]
}

/// What a command takes (`no arguments`) or lacks (`a number`), in the
/// messages of ``CommandMessage``. The English reads after `takes` and
/// `needs`; the Chinese is a whole predicate after the command
/// (`不带参数`) or the noun after `缺少` (`一个数`).
public enum ArgumentPhrase: Message {
    case noArguments, oneTopic, atMostOneName, resultAndOneNode, nameAndFile, oneNumber
    case oneFileName, settingAndNumber, oneArgument, seedAndNumber
    case aNumber, aLearningRate, aLoss, aNumberOfSteps, aFileName, anExpression

    public var texts: Texts {
        switch self {
        case .noArguments: Texts(en: "no arguments", zh: "不带参数")
        case .oneTopic: Texts(en: "one topic", zh: "只带一个主题")
        case .atMostOneName: Texts(en: "at most one name", zh: "最多带一个名字")
        case .resultAndOneNode: Texts(en: "a result and one node at most", zh: "最多带一个结果和一个节点")
        case .nameAndFile: Texts(en: "a name and a file at most", zh: "最多带一个名字和一个文件")
        case .oneNumber: Texts(en: "one number", zh: "只带一个数")
        case .oneFileName: Texts(en: "one file name (without spaces)", zh: "只带一个文件名（不含空格）")
        case .settingAndNumber: Texts(en: "a setting and one value", zh: "只带一个设置名和一个值")
        case .oneArgument: Texts(en: "one argument", zh: "只带一个参数")
        case .seedAndNumber: Texts(en: "the word seed and one number", zh: "只带 seed 和一个数")
        case .aNumber: Texts(en: "a number", zh: "一个数")
        case .aLearningRate: Texts(en: "a learning rate", zh: "学习率")
        case .aLoss: Texts(en: "a loss", zh: "损失")
        case .aNumberOfSteps: Texts(en: "a number of steps", zh: "步数")
        case .aFileName: Texts(en: "a file name", zh: "文件名")
        case .anExpression: Texts(en: "an expression of x", zh: "一个含 x 的表达式")
        }
    }

    public static let samples: [ArgumentPhrase] = [
        .noArguments, .oneTopic, .atMostOneName, .resultAndOneNode, .nameAndFile, .oneNumber, .oneFileName,
        .settingAndNumber, .oneArgument, .aNumber, .aLearningRate, .aLoss, .aNumberOfSteps, .aFileName,
        .anExpression, .seedAndNumber,
    ]
}

/// Each command's line in `:help`. The English is the declaration's
/// (`summary:` in the command table), so the table stays the one place
/// for it; the Chinese is here, a case per command.
enum CommandSummary: String, Message {
    case help, vars, nodes, seed, reset, quit
    case explain, check, backward, graph, dot, draw, plot, quiz, step, train
    case save, load, set
    case zeroGrad = "zero_grad"
    case lesson, menu, next, back, hint, skip, progress, retry, restart, lang

    var texts: Texts {
        let en = Session.commands.command(named: rawValue)?.info.summary ?? rawValue
        let zh: String = switch self {
        case .help: "列出命令和函数，或说明其中一个"
        case .vars: "你定义过的名字，及其形状和值"
        case .nodes: "一个结果的计算图的全部节点（完整的表）"
        case .seed: "让 rand 和 randn 的随机数从随机种子 N 重新开始"
        case .reset: "忘掉所有名字和节点，从头开始"
        case .quit: "退出本工具（Ctrl-D 也可以）"
        case .explain: "每个节点的链式法则，带公式和数值；:explain L a（或 a.grad）只看一个"
        case .check: "用有限差分核对每个梯度（✓ 一致，✗ 不一致）"
        case .backward: "反向传播，一次一个节点：按 Enter 看下一个，按 q 停止（all：全部步骤；quiet：不显示步骤）"
        case .graph: "把计算图画成树，输入在使用它的节点之下（all：连数组元素也画）"
        case .dot: "计算图的 Graphviz DOT：打印出来，或写入 .dot 文件，或画成 .svg（无需 Graphviz）、.png 或 .pdf"
        case .draw: "从左到右画出计算图，每个值一个方框，每个运算一个小节点，就像 micrograd 的 draw_dot"
        case .plot: "画出 f(x) 和由反向传播求出的 f'(x)（at X0：再画出 X0 处的切线，并给出斜率）"
        case .quiz: "不限题数的练习：随机的计算图、它的梯度、一步梯度下降（输入 q 退出）"
        case .step: "对上一个标量结果做一步梯度下降：把指定的名字（没写时是它的参数，不含 x、y_train 这类数据）加上 -LR × grad"
        case .train: "对 loss 做 STEPS 次（前向传播、反向传播、一步更新），更新指定的名字（没写时是它的参数，不含 x、y_train 这类数据），然后画出损失曲线；Ctrl-C 可中止"
        case .save: "把你输入的内容（不含出错的行）存成可以重放的脚本"
        case .load: "在本次会话中逐行运行一个脚本"
        case .set: "列出各项设置，或修改其中一项（:set max-nodes 50000000，:set accumulate on）"
        case .zeroGrad: "把已存的梯度清零，如同 optimizer.zero_grad()（用 :set accumulate on 时梯度才会保留）"
        case .lesson: "打开第 N 课（编号或 id），或继续上次的课"
        case .menu: "列出所有课程和你的进度"
        case .next: "进入下一步"
        case .back: "退回上一步"
        case .hint: "这一步的提示（再输入一次看下一条提示）"
        case .skip: "显示参考答案（并运行它），然后继续"
        case .progress: "你在这一课中的进度，逐步列出"
        case .retry: "把这一步恢复到开始时的状态（前面各步的参考答案），保留你另外定义的名字"
        case .restart: "从头开始这一课（会先确认；已完成的课仍记为已完成）"
        case .lang: "切换语言（在课程中保留你的位置）"
        }
        return Texts(en: en, zh: zh)
    }

    /// The summary of `command` in `language`; a command without a case
    /// here (one a lesson player declares in place) keeps its English.
    static func text(of command: CommandInfo, in language: Language) -> String {
        CommandSummary(rawValue: command.name)?.text(language) ?? command.summary
    }

    static let samples: [CommandSummary] = [
        .help, .vars, .nodes, .seed, .reset, .quit, .explain, .check, .backward, .graph, .dot, .draw, .plot, .quiz, .step,
        .train,
        .save, .load, .set, .zeroGrad, .lesson, .menu, .next, .back, .hint, .skip, .progress, .retry, .restart, .lang,
    ]
}
