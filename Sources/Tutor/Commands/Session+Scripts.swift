import TextKit
import Platform
import Calc

extension Session {
    /// Saving a session as a script and running a script into it. `:save`
    /// only looks: it writes a file, and the session is as it was.
    /// `:load` replays: the script's lines are saved one by one as they run.
    static let scriptCommands: CommandTable<Session> = [
        Command(
            name: "save", usage: "FILE", summary: "write what you typed (not the errors) as a script that replays it",
            effect: .looks, example: ":save demo.mg", reachesOutside: true, arguments: FileName.self
        ) { session, arguments throws(Diagnostic) in try session.save(arguments.path) },
        Command(
            name: "load", usage: "FILE", summary: "run a script into this session, line by line", effect: .replays,
            example: ":load demo.mg", reachesOutside: true, arguments: FileName.self
        ) { session, arguments throws(Diagnostic) in try session.load(arguments.path) },
    ]

    /// Records lines that worked, for `:save`: statements, and the commands
    /// whose effect ``CommandEffect/isSaved``. A `:load` records the
    /// script's own lines as they run, so the saved script stands alone.
    func remember(_ lines: [String]) {
        savedInput += lines
    }

    /// How every file `:save` writes begins; a file that begins otherwise
    /// is not one of its own, and `:save` will not replace it.
    static let savedHeaderMark = "# Saved by :save."
    /// The marks of every language: a file saved in one is replaced by a
    /// `:save` in another.
    static let savedHeaderMarks = Language.allCases.map { SessionMessage.savedMark.text($0) }

    private func save(_ file: CommandWord) throws(Diagnostic) {
        let (path, at) = file
        if environment.isDirectory(path) || path.hasSuffix("/") {
            let message = environment.isDirectory(path) ? SessionMessage.saveFolder(path: path) : .saveSlash(path: path)
            let example = FileSystem.join(path, "session.mg")
            throw .error(message.text(language), at: at, hint: SessionMessage.forExample(":save \(example)").text(language))
        }
        // A typo in the name, or a root session, must not replace a file the
        // user cares about (it once replaced /etc/passwd); saving the session
        // again under the same name must still work.
        if environment.exists(path),
            !(environment.firstLine(of: path).map { first in Session.savedHeaderMarks.contains { first.hasPrefix($0) } } ?? false)
        {
            throw .error(
                SessionMessage.notWrittenBySave(path: path).text(language), at: at,
                hint: SessionMessage.chooseAnother.text(language))
        }
        let header = SessionMessage.savedHeader(path: path).text(language)
        do {
            try environment.writeAtomically(([header] + savedInput).joined(separator: "\n") + "\n", to: path)
        } catch {
            throw .error(
                FileMessage.text(of: error, path: path, writing: true, in: language), at: at, hint: tildeHint(path))
        }
        let count = savedInput.count
        say(SessionMessage.saved(Count(count, .line), path: path).text(language))
    }

    /// The shell turns `~/x.mg` into a path in the home folder; a command
    /// does not, so `~` there names a folder that is not there.
    private func tildeHint(_ path: String) -> String? {
        guard path.hasPrefix("~") else { return nil }
        guard path.hasPrefix("~/"), let home = environment.home, home.hasPrefix("/") else {
            return SessionMessage.tildeNotExpanded.text(language)
        }
        return SessionMessage.tildeFullPath(FileSystem.join(home, String(path.dropFirst(2)))).text(language)
    }

    /// Scripts may load scripts, but not without end.
    private static let maxLoadDepth = 8

    private func load(_ file: CommandWord) throws(Diagnostic) {
        let (path, at) = file
        guard loadDepth < Session.maxLoadDepth else {
            throw .error(SessionMessage.loadNested(Session.maxLoadDepth).text(language), at: at)
        }
        let text: String
        do {
            text = try environment.readText(path)
        } catch {
            throw .error(
                FileMessage.text(of: error, path: path, writing: false, in: language), at: at, hint: tildeHint(path))
        }
        loadDepth += 1
        // Each loaded line shows after the prompt, as if typed.
        let echoing = options.echoInput
        options.echoInput = !options.json
        defer {
            loadDepth -= 1
            options.echoInput = echoing
        }
        for entry in Script(parsing: text).entries {
            if shouldStop() {
                say(SessionMessage.stoppedByInterrupt(command: "load").text(language))
                break
            }
            let outcome = handle(entry.input, sourceName: path, lineNumber: entry.line)
            if outcome == .failed {
                throw .error(SessionMessage.stoppedLoadingAt(path: path, line: entry.line).text(language), at: at)
            }
            if outcome == .quit { break }
        }
        if finish(sourceName: path) == .failed {
            throw .error(SessionMessage.stoppedLoadingAtEnd(path: path).text(language), at: at)
        }
    }
}
