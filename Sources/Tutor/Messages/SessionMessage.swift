import TextKit

/// What the session itself says: its commands' answers (`:vars`, `:seed`,
/// `:reset`, `:set`, `:save`, `:load`, `:lang`) and its errors about
/// commands, names and lines.
enum SessionMessage: Message {
    case lineTooLong(length: Int, limit: Int)
    case lineTooLongHint
    /// Once a session at the prompt: a pasted example's output was skipped.
    case skippedPastedOutput
    /// Under a table whose rows were cut at the width.
    case cutToWidth(width: Int)
    /// The first `... ` prompt of a session: how to finish or drop the statement.
    case continuation(closing: String)
    case unknownCommand(String)
    case commandNameMissing
    case commandsAre(String)
    case didYouMeanCommand(String)
    case reset
    case noNamesDefined
    case namesAre(String)
    case needsResult(command: String)
    case arrayNotScalar(name: String, shape: String)
    case lastResultArrayNotScalar(shape: String)
    case reduceFirst(example: String)
    case noVariables
    case parameterKind
    case resultKind(operation: String)
    case arrayKind(shape: String)
    case parameterArrayKind(shape: String)
    case notASeed(String, max: String)
    case seedSet(String)
    case settingRange(name: String, low: String, high: String)
    case changeSetting
    case saveFolder(path: String)
    case saveSlash(path: String)
    case forExample(String)
    case notWrittenBySave(path: String)
    case chooseAnother
    case saved(Count, path: String)
    case tildeNotExpanded
    case tildeFullPath(String)
    case loadNested(Int)
    case stoppedLoadingAt(path: String, line: Int)
    case stoppedLoadingAtEnd(path: String)
    case lessonCommandOnlyInteractive(command: String)
    case playLessonHint(command: String)
    case lessonsListHint
    case startLessonHint
    case languageChosen
    case savedMark
    case savedHeader(path: String)
    case stoppedByInterrupt(command: String)

    var texts: Texts {
        switch self {
        case .lineTooLong(let length, let limit):
            Texts(
                en: "the line is \(length) characters long; the limit is \(limit)",
                zh: "这一行有 \(length) 个字符，上限是 \(limit)")
        case .continuation(let closing):
            Texts(
                en: "(... means the statement goes on: type \(closing) to close its bracket and run it, or Ctrl-C to drop it)",
                zh: "（... 表示这条语句还没写完：输入 \(closing) 补上括号就会运行，按 Ctrl-C 则放弃它）")
        case .skippedPastedOutput:
            Texts(
                en: "(the lines without >>> after a pasted >>> line are its output, as in IPython: skipped)",
                zh: "（粘贴的 >>> 行之后、不带 >>> 的行是它的输出，和 IPython 一样，已跳过）")
        case .cutToWidth(let width):
            Texts(
                en: "(rows cut at \(width) columns: a wider window, or --width N, shows them whole)",
                zh: "（表格在第 \(width) 列截断：把窗口拉宽，或用 --width N，就能看到整张表）")
        case .lineTooLongHint:
            Texts(
                en: "split it over several statements, or raise the limit with :set max-line N",
                zh: "把它拆成几条语句，或用 :set max-line N 调高上限")
        case .unknownCommand(let word): Texts(en: "unknown command ':\(word)'", zh: "没有 :\(word) 这个命令")
        case .commandNameMissing: Texts(en: "a command name is missing after ':'", zh: "冒号 : 后面缺少命令名")
        case .commandsAre(let names): Texts(en: "the commands are \(names)", zh: "可用的命令有 \(names)")
        case .didYouMeanCommand(let name): Texts(en: "did you mean :\(name)? ", zh: "你是不是想输入 :\(name)？")
        case .reset: Texts(en: "All names and nodes are gone.", zh: "所有名字和节点都已清除。")
        case .noNamesDefined: Texts(en: "no names are defined yet", zh: "还没有定义任何名字")
        case .namesAre(let names): Texts(en: "the names are \(names)", zh: "已定义的名字有 \(names)")
        case .needsResult(let command):
            Texts(
                en: ":\(command) needs a result: type an expression first, or give a name",
                zh: ":\(command) 需要一个结果：先输入一个表达式，或给出一个名字")
        case .arrayNotScalar(let name, let shape):
            Texts(
                en: "\(name) is an array of shape \(shape); the node table is for a scalar",
                zh: "\(name) 是形状为 \(shape) 的数组；节点表只适用于标量")
        case .lastResultArrayNotScalar(let shape):
            Texts(
                en: "the last result is an array of shape \(shape); the node table is for a scalar",
                zh: "上一个结果是形状为 \(shape) 的数组；节点表只适用于标量")
        case .reduceFirst(let example):
            Texts(en: "reduce it first, for example \(example)", zh: "先把它归约成标量，例如 \(example)")
        case .noVariables:
            Texts(en: "No names yet. Define one with, for example, a = 2", zh: "还没有名字。可以这样定义一个：a = 2")
        case .parameterKind: Texts(en: "parameter", zh: "参数")
        case .resultKind(let operation): Texts(en: "result of \(operation)", zh: "\(operation) 的结果")
        case .arrayKind(let shape): Texts(en: "\(shape) array", zh: "\(shape) 数组")
        case .parameterArrayKind(let shape): Texts(en: "\(shape) parameter", zh: "\(shape) 参数")
        case .notASeed(let word, let max):
            Texts(
                en: "'\(word)' is not a seed: use a whole number from 0 to \(max)",
                zh: "“\(word)”不能作随机种子：请用 0 到 \(max) 之间的整数")
        case .seedSet(let seed):
            Texts(en: "Random numbers now start from seed \(seed).", zh: "随机数现在从随机种子 \(seed) 开始。")
        case .settingRange(let name, let low, let high):
            Texts(
                en: "\(name) takes a whole number from \(low) to \(high)",
                zh: "\(name) 的值须为 \(low) 到 \(high) 之间的整数")
        case .changeSetting:
            Texts(
                en: "Change one with :set NAME VALUE, for example :set max-nodes 50000000 or :set accumulate on.",
                zh: "用 :set NAME VALUE 修改其中一项，例如 :set max-nodes 50000000 或 :set accumulate on。")
        case .saveFolder(let path):
            Texts(
                en: "'\(path)' is a folder; :save needs a file name",
                zh: "“\(path)”是一个文件夹；:save 需要一个文件名")
        case .saveSlash(let path):
            Texts(
                en: "'\(path)' ends with '/', so it names a folder; :save needs a file name",
                zh: "“\(path)”以 / 结尾，指的是文件夹；:save 需要一个文件名")
        case .forExample(let example): Texts(en: "for example \(example)", zh: "例如 \(example)")
        case .notWrittenBySave(let path):
            Texts(
                en: "'\(path)' exists and was not written by :save, so :save does not replace it",
                zh: "“\(path)”已经存在，且不是 :save 写的，所以 :save 不会覆盖它")
        case .chooseAnother:
            Texts(en: "choose another name, or delete the file first", zh: "换一个文件名，或先删除这个文件")
        case .saved(let lines, let path):
            Texts(en: "Saved \(lines.en) to \(path).", zh: "已将 \(lines.zh)保存到 \(path)。")
        case .tildeNotExpanded:
            Texts(en: "~ is not expanded here: write the full path", zh: "这里不会展开 ~：请写出完整路径")
        case .tildeFullPath(let path):
            Texts(
                en: "~ is not expanded here: write the full path, such as \(path)",
                zh: "这里不会展开 ~：请写出完整路径，例如 \(path)")
        case .loadNested(let depth):
            Texts(
                en: ":load is nested \(depth) deep; does the script load itself?",
                zh: ":load 已经嵌套了 \(depth) 层；这个脚本是不是加载了它自己？")
        case .stoppedLoadingAt(let path, let line):
            Texts(en: "stopped loading \(path) at line \(line)", zh: "加载 \(path) 时在第 \(line) 行停止")
        case .stoppedByInterrupt(let command):
            Texts(en: "stopped by Ctrl-C; :\(command) did not finish", zh: "被 Ctrl-C 停下；:\(command) 没有做完")
        case .stoppedLoadingAtEnd(let path):
            Texts(en: "stopped loading \(path) at its end", zh: "加载 \(path) 时在文件末尾停止")
        case .lessonCommandOnlyInteractive(let command):
            Texts(
                en: ":\(command) works at the interactive prompt and in `micrograd lesson`, not in piped input, -e or a script",
                zh: ":\(command) 只能在交互提示符下和 `micrograd lesson` 中使用，不能用于管道输入、-e 或脚本")
        case .playLessonHint(let command):
            Texts(
                en: "to play it with answers piped in, one per line, run `\(command)` at the shell",
                zh: "要用管道逐行输入答案来学这一课，请在 shell 中运行 `\(command)`")
        case .lessonsListHint:
            Texts(en: "`micrograd lessons` at the shell lists them", zh: "在 shell 中运行 `micrograd lessons` 可以列出所有课程")
        case .startLessonHint:
            Texts(
                en: "start a lesson with `micrograd lesson N` at the shell; `micrograd lessons` lists them",
                zh: "在 shell 中运行 `micrograd lesson N` 开始一课；`micrograd lessons` 列出所有课程")
        case .languageChosen: Texts(en: "The tutor speaks English now.", zh: "本工具现在使用中文。")
        case .savedMark: Texts(en: Session.savedHeaderMark, zh: "# 由 :save 保存。")
        case .savedHeader(let path):
            Texts(
                en: "\(SessionMessage.savedMark.texts.en) Replay it with: micrograd run \(path)",
                zh: "\(SessionMessage.savedMark.texts.zh)重放：micrograd run \(path)")
        }
    }

    static let samples: [SessionMessage] = [
        .lineTooLong(length: 1200, limit: 1000), .lineTooLongHint, .continuation(closing: "']'"), .cutToWidth(width: 60), .skippedPastedOutput, .unknownCommand("varz"), .commandNameMissing,
        .commandsAre(":help :vars"), .didYouMeanCommand("vars"), .reset, .noNamesDefined,
        .namesAre("a, b"), .needsResult(command: "graph"), .arrayNotScalar(name: "x", shape: "[2, 3]"),
        .lastResultArrayNotScalar(shape: "[4]"), .reduceFirst(example: "loss = sum(x)"), .noVariables, .parameterKind,
        .resultKind(operation: "tanh"), .arrayKind(shape: "[2]"), .parameterArrayKind(shape: "[3, 1]"),
        .notASeed("abc", max: "18446744073709551615"), .seedSet("42"),
        .settingRange(name: "max-nodes", low: "1,000", high: "100,000,000"), .changeSetting,
        .saveFolder(path: "out"), .saveSlash(path: "new/"),
        .forExample(":save demo.mg"), .notWrittenBySave(path: "notes.txt"), .chooseAnother, .saved(Count(3, .line), path: "demo.mg"),
        .tildeNotExpanded, .tildeFullPath("/home/ada/x.mg"), .loadNested(8), .stoppedLoadingAt(path: "a.mg", line: 4),
        .stoppedLoadingAtEnd(path: "b.mg"), .lessonCommandOnlyInteractive(command: "next"),
        .playLessonHint(command: "micrograd lesson 2"), .lessonsListHint, .startLessonHint, .languageChosen,
        .savedMark, .savedHeader(path: "demo.mg"), .stoppedByInterrupt(command: "nodes"),
    ]
}
