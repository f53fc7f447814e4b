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
            let store = ProgressStore.defaultPath(environment: ProcessEnvironment.variable).map(ProgressStore.init(path:))
            let note = store?.load()
            let language = LessonFolders.language(asked: common.lang, progress: store?.progress.language)
            for problem in catalog.problems { writeError(CommandLineMessage.warning(problem.text(language)).text(language)) }
            if case .some(.keptAside(let reason, let path)) = note {
                writeError(CommandLineMessage.progressKeptAside(reason, path: path).text(language))
            }
            let listing = LessonListing(
                catalog: catalog, progress: store?.progress, language: language, style: common.sessionOptions().style)
            if common.json {
                for line in listing.json() { writeOut(line + "\n") }
            } else {
                writeOut(listing.render(width: common.sessionOptions().width) + "\n")
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check lesson files: syntax (FILE:LINE: message), the languages against each other, and every lesson played with its own model answers.")

        @Argument(help: "A folder holding en/ and zh/, or one lesson file (default: the built-in lessons).", completion: .file())
        var path: String?

        @OptionGroup var common: CommonOptions

        func run() throws {
            let language = LessonFolders.language(asked: common.lang)
            let target = path ?? LessonFolders.builtIn()
            guard let target else {
                writeError(CommandLineMessage.builtInNotFound.text(language))
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
                        writeOut(CommandLineMessage.checkPassed(result.path, Count(result.steps, .step)).text(language))
                    }
                    for problem in result.problems { writeOut(problem.text(language) + "\n") }
                }
                let lessons = Set(results.compactMap(\.lesson)).count
                let (files, lessonCount) = (Count(results.count, .file), Count(lessons, .lesson))
                // Nothing to check is a failure, and says so, not "no errors".
                if results.isEmpty {
                    writeError(CommandLineMessage.noLessonFiles(target).text(language))
                    throw ExitCode(1)
                }
                writeOut((errors == 0
                    ? CommandLineMessage.checkClean(files: files, lessons: lessonCount)
                    : CommandLineMessage.checkSummary(files: files, lessons: lessonCount, errors: Count(errors, .error))).text(language))
            }
            if errors > 0 || results.isEmpty { throw ExitCode(1) }
        }
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a lesson skeleton with one step of every kind, in English and Chinese, ready to edit.")

        @Argument(help: "The lesson's file name without .md: an id such as chain-rule, or NN-id such as 08-chain-rule.")
        var name: String

        @Argument(help: "The lesson folder to write into (DIR/en/NAME.md, DIR/zh/NAME.md).", completion: .directory)
        var folder: String = "."

        func run() throws {
            let said = LessonFolders.language(asked: nil)
            guard LessonFormat.split(fileName: name + ".md") != nil else {
                writeError(CommandLineMessage.notALessonName(name).text(said))
                throw ExitCode(1)
            }
            var written: [String] = []
            for language in Language.allCases {
                let directory = FileSystem.join(folder, language.rawValue)
                let path = FileSystem.join(directory, name + ".md")
                if FileSystem.exists(path) {
                    writeError(CommandLineMessage.alreadyExists(path).text(said))
                    throw ExitCode(1)
                }
                written.append(path)
            }
            do {
                for (language, path) in zip(Language.allCases, written) {
                    try FileSystem.makeDirectories(FileSystem.parent(of: path))
                    let title = CommandLineMessage.skeletonTitle.text(language)
                    try FileSystem.writeAtomically(LessonSkeleton.text(title: title, language: language), to: path)
                }
            } catch {
                writeError("micrograd: \(error)\n")
                throw ExitCode(1)
            }
            let id = LessonFormat.split(fileName: name + ".md")?.id ?? name
            let paths = written.joined(separator: said == .zh ? " 和 " : " and ")
            writeOut(CommandLineMessage.wroteSkeleton(paths: paths, folder: folder, id: id).text(said))
        }
    }
}
