import Platform
import TextKit
/// Every lesson the tutor knows: the built-in folder and any instructor's
/// folders, each holding `en/` and `zh/` with one file per lesson.
///
/// A lesson is listed once, with the files of each language it exists in.
/// A folder given later replaces a lesson of the same id from an earlier
/// one, so an instructor can override a built-in lesson.
public struct LessonCatalog: Sendable {
    public struct Entry: Sendable, Equatable {
        public var id: String
        /// From the file name (`01-`), for ordering.
        public var number: Int?
        /// The file of each language the lesson exists in.
        public var files: [Language: String]
        /// The folder it came from.
        public var root: String
    }

    public private(set) var entries: [Entry] = []
    /// Folders that could not be read and files with unusable names.
    public private(set) var problems: [LessonDiagnostic] = []

    public init(roots: [String]) {
        for root in roots { add(root) }
        entries.sort { ($0.number ?? Int.max, $0.id) < ($1.number ?? Int.max, $1.id) }
    }

    private mutating func add(_ root: String) {
        let languages = Language.allCases.filter { FileSystem.isDirectory(FileSystem.join(root, $0.rawValue)) }
        guard FileSystem.isDirectory(root) else {
            problems.append(LessonDiagnostic(path: root, line: 0, .noSuchFolder))
            return
        }
        guard !languages.isEmpty else {
            problems.append(
                LessonDiagnostic(path: root, line: 0, .noLanguageFolders))
            return
        }
        var found: [String: Entry] = [:]
        for language in languages {
            let folder = FileSystem.join(root, language.rawValue)
            guard let names = FileSystem.listDirectory(folder)?.map(\.name) else {
                problems.append(LessonDiagnostic(path: folder, line: 0, .cannotBeRead))
                continue
            }
            for name in names where name.hasSuffix(".md") {
                let path = FileSystem.join(folder, name)
                guard let (number, id) = LessonFormat.split(fileName: name) else {
                    problems.append(
                        LessonDiagnostic(
                            path: path, line: 0,
                            .badFileName))
                    continue
                }
                if let other = found[id], other.files[language] != nil {
                    problems.append(
                        LessonDiagnostic(path: path, line: 0, .secondLesson(id, also: other.files[language]!)))
                    continue
                }
                var entry = found[id] ?? Entry(id: id, number: number, files: [:], root: root)
                if entry.number != number {
                    problems.append(
                        LessonDiagnostic(
                            path: path, line: 0,
                            .numberedDifferently(entry.files.values.first ?? "its other language")))
                }
                entry.files[language] = path
                found[id] = entry
            }
        }
        if languages.count > 1 {
            for entry in found.values.sorted(by: { $0.id < $1.id }) {
                for language in languages where entry.files[language] == nil {
                    let existing = entry.files.values.sorted().first ?? entry.id
                    problems.append(
                        LessonDiagnostic(
                            path: existing, line: 0,
                            .missingLanguage(language.rawValue, write: FileSystem.join(FileSystem.join(root, language.rawValue), FileSystem.baseName(existing)))))
                }
            }
        }
        for entry in found.values {
            entries.removeAll { $0.id == entry.id }
            entries.append(entry)
        }
    }

    /// The lesson a learner means by `name`: its place in the list (`1`),
    /// its id (`basics`) or its file name without `.md` (`01-basics`).
    public func entry(named name: String) -> Entry? {
        if let position = Int(name), position >= 1, position <= entries.count { return entries[position - 1] }
        if let entry = entries.first(where: { $0.id == name }) { return entry }
        return entries.first { entry in entry.files.values.contains { FileSystem.baseName($0) == name + ".md" } }
    }

    /// 1 for the first lesson listed.
    public func position(of id: String) -> Int? {
        entries.firstIndex { $0.id == id }.map { $0 + 1 }
    }

    /// Reads the lesson in `language`, or in the other language when it has
    /// no file in this one.
    public func load(_ entry: Entry, language: Language) throws(LessonDiagnostics) -> Lesson {
        let chosen = entry.files[language] != nil ? language : entry.files.keys.sorted()[0]
        let path = entry.files[chosen]!
        let text: String
        do {
            text = try FileSystem.readText(path)
        } catch {
            throw LessonDiagnostics([LessonDiagnostic(path: path, line: 0, message: error.description)])
        }
        return try LessonParser.parse(text, path: path, id: entry.id, number: entry.number, language: chosen)
    }

    /// The lines of the lesson's file in `language` that hold a control
    /// character, as `lessons check` reports them (the parser shows them
    /// visibly and lets the lesson play).
    public func controlCharacters(_ entry: Entry, language: Language) -> [LessonDiagnostic] {
        guard let path = entry.files[language], let text = try? FileSystem.readText(path) else { return [] }
        return LessonParser.controlCharacters(in: text, path: path)
    }
}
