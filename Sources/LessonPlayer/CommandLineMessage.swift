import TextKit

/// What the command line itself says around the lessons and the free
/// session: the banner, and the messages of `lesson` and `lessons`
/// (`--help` stays English: argument-parser writes it). Declared here, not
/// in the executable, so that the catalog test can list it.
public enum CommandLineMessage: Message {
    case banner(title: String)
    /// `lesson --answers FILE` where FILE cannot be read.
    case cannotReadAnswers(String)
    case unknownLesson(String)
    case warning(String)
    case progressKeptAside(String, path: String)
    case builtInNotFound
    case checkPassed(String, Count)
    case checkClean(files: Count, lessons: Count)
    case checkSummary(files: Count, lessons: Count, errors: Count)
    case noLessonFiles(String)
    case notALessonName(String)
    case alreadyExists(String)
    case wroteSkeleton(paths: String, folder: String, id: String)
    case skeletonTitle
    /// `run --pause`: the keys, said once at the start.
    case presenterKeys
    /// `b` with nothing shown yet.
    case presenterNothingBefore
    /// `i`: into the tutor, and back.
    case presenterTryIt
    case presenterBack

    public var texts: Texts {
        switch self {
        case .banner(let title):
            Texts(
                en: """
                    \(title): watch backpropagation work, one node at a time.
                    Try:  a = 2   then  b = -3   then  c = a*b + tanh(a)
                    :help lists the commands and functions, Tab completes, Ctrl-D leaves.

                    """,
                zh: """
                    \(title)：一个节点一个节点地看反向传播如何运作。
                    试试：a = 2，然后 b = -3，然后 c = a*b + tanh(a)
                    :help 列出命令和函数，Tab 补全，Ctrl-D 退出。

                    """)
        case .cannotReadAnswers(let problem):
            Texts(en: "micrograd: --answers: \(problem)\n", zh: "micrograd: 无法读取 --answers 的文件：\(problem)\n")
        case .unknownLesson(let name):
            Texts(en: "micrograd: no lesson '\(name)'; `micrograd lessons` lists them\n",
                  zh: "micrograd: 没有课程“\(name)”；`micrograd lessons` 可列出全部课程\n")
        case .warning(let problem):
            Texts(en: "micrograd: warning: \(problem)\n", zh: "micrograd: 警告：\(problem)\n")
        case .progressKeptAside(let reason, let path):
            Texts(en: "micrograd: warning: the progress file was unreadable (\(reason)); it is kept as \(path)\n",
                  zh: "micrograd: 警告：进度文件无法读取（\(reason)）；已保留为 \(path)\n")
        case .builtInNotFound:
            Texts(en: "micrograd: the built-in lessons were not found; give a folder: micrograd lessons check DIR\n",
                  zh: "micrograd: 找不到内置课程；请指定文件夹：micrograd lessons check DIR\n")
        case .checkPassed(let path, let steps):
            Texts(en: "ok  \(path) (\(steps.en))\n", zh: "ok  \(path)（\(steps.zh)）\n")
        case .checkClean(let files, let lessons):
            Texts(en: "\(files.en), \(lessons.en): no errors\n", zh: "\(files.zh)，\(lessons.zh)：没有错误\n")
        case .checkSummary(let files, let lessons, let errors):
            Texts(en: "\(files.en), \(lessons.en): \(errors.en)\n", zh: "\(files.zh)，\(lessons.zh)：\(errors.zh)\n")
        case .noLessonFiles(let path):
            Texts(
                en: "micrograd: no lesson files in \(path): a lesson folder holds en/ and zh/ with NAME.md files (and links that lead back into the folder are not followed)\n",
                zh: "micrograd：\(path) 里没有课程文件：课程文件夹里应有 en/ 和 zh/，其中是 NAME.md 文件（指回本文件夹的链接不会被跟随）\n")
        case .notALessonName(let name):
            Texts(en: "micrograd: '\(name)' is not a lesson name: use lowercase letters a-z, digits, '-' and '_', optionally after a number and '-' (08-chain-rule)\n",
                  zh: "micrograd: “\(name)”不是有效的课程名：请用小写字母 a-z、数字、“-”和“_”，前面可以加编号和“-”（如 08-chain-rule）\n")
        case .alreadyExists(let path):
            Texts(en: "micrograd: \(path) already exists; choose another name or remove it first\n",
                  zh: "micrograd: \(path) 已存在；请换一个名字，或先删除它\n")
        case .wroteSkeleton(let paths, let folder, let id):
            Texts(
                en: """
                    Wrote \(paths).
                    Edit them, then check and play:
                        micrograd lessons check \(folder)
                        micrograd --lessons \(folder) lesson \(id)

                    """,
                zh: """
                    已写入 \(paths)。
                    编辑之后，检查并试玩：
                        micrograd lessons check \(folder)
                        micrograd --lessons \(folder) lesson \(id)

                    """)
        case .skeletonTitle:
            Texts(en: "A new lesson", zh: "新课程")
        case .presenterKeys:
            Texts(en: "Enter: next · b: the last one again · i: try something at the prompt · q: quit",
                  zh: "Enter：下一行 · b：再看上一行 · i：在提示符下试一试 · q：退出")
        case .presenterNothingBefore:
            Texts(en: "(nothing shown yet)", zh: "（还没有显示任何一行）")
        case .presenterTryIt:
            Texts(en: "The tutor, with the script's names; Ctrl-D goes back to the script.",
                  zh: "进入本工具的提示符，脚本里的名字都在；Ctrl-D 回到脚本。")
        case .presenterBack:
            Texts(en: "Back to the script.", zh: "回到脚本。")
        }
    }

    public static let samples: [CommandLineMessage] = [
        .banner(title: "micrograd 1.2.3"), .cannotReadAnswers("'answers.txt': No such file or directory"), .unknownLesson("basix"),
        .warning("lessons/zh/09-x.md has no English version"),
        .progressKeptAside("bad line 2", path: "/tmp/lesson-progress.corrupt-20260101-000000"),
        .builtInNotFound, .checkPassed("lessons/en/01-basics.md", Count(13, .step)),
        .checkClean(files: Count(14, .file), lessons: Count(7, .lesson)),
        .checkSummary(files: Count(2, .file), lessons: Count(1, .lesson), errors: Count(3, .error)),
        .noLessonFiles("my-lessons"), .notALessonName("Bad Name"), .alreadyExists("my/en/x.md"),
        .wroteSkeleton(paths: "my/en/x.md and my/zh/x.md", folder: "my", id: "x"), .skeletonTitle,
        .presenterKeys, .presenterNothingBefore, .presenterTryIt, .presenterBack,
    ]
}
