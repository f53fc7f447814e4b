import LessonPlayer
import Platform
import TextKit
import ArgumentParser
import Lessons

/// `micrograd lessons`: the list of lessons with your progress, and the
/// instructor's tools `lessons check` and `lessons new`.
struct LessonsSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "List the lessons with your progress; check or create lesson files.",
        subcommands: [List.self, Check.self, New.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the lessons with your progress (the default).")

        @OptionGroup var common: CommonOptions

        func run() throws {
            let catalog = LessonCatalog(roots: LessonFolders.roots(extra: common.lessonsFolder))
            for problem in catalog.problems { writeError("micrograd: warning: \(problem)\n") }
            let store = ProgressStore.defaultPath(environment: ProcessEnvironment.variable).map(ProgressStore.init(path:))
            if case .some(.keptAside(let reason, let path)) = store?.load() {
                writeError("micrograd: warning: the progress file was unreadable (\(reason)); it is kept as \(path)\n")
            }
            let language = LessonFolders.language(asked: common.lang, progress: store?.progress.language)
            let listing = LessonListing(
                catalog: catalog, progress: store?.progress, language: language, style: common.sessionOptions().style)
            writeOut(listing.render() + "\n")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check lesson files: syntax (FILE:LINE: message), the languages against each other, and every lesson played with its own model answers.")

        @Argument(help: "A folder holding en/ and zh/, or one lesson file (default: the built-in lessons).")
        var path: String?

        @OptionGroup var common: CommonOptions

        func run() throws {
            let target = path ?? LessonFolders.builtIn()
            guard let target else {
                writeError("micrograd: the built-in lessons were not found; give a folder: micrograd lessons check DIR\n")
                throw ExitCode(1)
            }
            var options = common.sessionOptions()
            options.style = .plain
            let results: [LessonCheck.FileResult]
            if FileSystem.isDirectory(target) || !FileSystem.exists(target) {
                results = LessonCheck.run(root: target, options: options)
            } else {
                // A file: ROOT/LANG/NAME.md.
                let root = FileSystem.parent(of: FileSystem.parent(of: target))
                results = LessonCheck.run(root: root, only: target, options: options)
            }
            let errors = results.reduce(0) { $0 + $1.problems.count }
            if common.json {
                for result in results { writeOut(result.json + "\n") }
                writeOut(LessonCheck.summaryJSON(results) + "\n")
            } else {
                for result in results {
                    if result.problems.isEmpty {
                        writeOut("ok  \(result.path) (\(counted(result.steps, "step")))\n")
                    }
                    for problem in result.problems { writeOut("\(problem)\n") }
                }
                let lessons = Set(results.compactMap(\.lesson)).count
                writeOut(
                    "\(counted(results.count, "file")), \(counted(lessons, "lesson")): "
                        + (errors == 0 ? "no errors" : counted(errors, "error")) + "\n")
            }
            if errors > 0 || results.isEmpty { throw ExitCode(1) }
        }
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a lesson skeleton with one step of every kind, in English and Chinese, ready to edit.")

        @Argument(help: "The lesson's file name without .md: an id such as chain-rule, or NN-id such as 08-chain-rule.")
        var name: String

        @Argument(help: "The lesson folder to write into (DIR/en/NAME.md, DIR/zh/NAME.md).")
        var folder: String = "."

        func run() throws {
            guard LessonFormat.split(fileName: name + ".md") != nil else {
                writeError("micrograd: '\(name)' is not a lesson name: use lowercase letters a-z, digits, '-' and '_', optionally after a number and '-' (08-chain-rule)\n")
                throw ExitCode(1)
            }
            var written: [String] = []
            for language in Language.allCases {
                let directory = FileSystem.join(folder, language.rawValue)
                let path = FileSystem.join(directory, name + ".md")
                if FileSystem.exists(path) {
                    writeError("micrograd: \(path) already exists; choose another name or remove it first\n")
                    throw ExitCode(1)
                }
                written.append(path)
            }
            do {
                for (language, path) in zip(Language.allCases, written) {
                    try FileSystem.makeDirectories(FileSystem.parent(of: path))
                    let title = language == .zh ? "新课程" : "A new lesson"
                    try FileSystem.writeAtomically(LessonSkeleton.text(title: title, language: language), to: path)
                }
            } catch {
                writeError("micrograd: \(error)\n")
                throw ExitCode(1)
            }
            writeOut("""
                Wrote \(written.joined(separator: " and ")).
                Edit them, then check and play:
                    micrograd lessons check \(folder)
                    micrograd --lessons \(folder) lesson \(LessonFormat.split(fileName: name + ".md")?.id ?? name)

                """)
        }
    }
}
