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
            effect: .looks, example: ":save demo.mg", arguments: FileName.self
        ) { session, arguments throws(Diagnostic) in try session.save(arguments.path) },
        Command(
            name: "load", usage: "FILE", summary: "run a script into this session, line by line", effect: .replays,
            example: ":load demo.mg", arguments: FileName.self
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

    private func save(_ file: CommandWord) throws(Diagnostic) {
        let (path, at) = file
        if environment.isDirectory(path) || path.hasSuffix("/") {
            let what = environment.isDirectory(path) ? "is a folder" : "ends with '/', so it names a folder"
            let example = FileSystem.join(path, "session.mg")
            throw .error("'\(path)' \(what); :save needs a file name", at: at, hint: "for example :save \(example)")
        }
        // A typo in the name, or a root session, must not replace a file the
        // user cares about (it once replaced /etc/passwd); saving the session
        // again under the same name must still work.
        if environment.exists(path), environment.firstLine(of: path)?.hasPrefix(Session.savedHeaderMark) != true {
            throw .error(
                "'\(path)' exists and was not written by :save, so :save does not replace it", at: at,
                hint: "choose another name, or delete the file first")
        }
        let header = "\(Session.savedHeaderMark) Replay it with: micrograd run \(path)"
        do {
            try environment.writeAtomically(([header] + savedInput).joined(separator: "\n") + "\n", to: path)
        } catch {
            throw .error(error.description, at: at, hint: tildeHint(path))
        }
        let count = savedInput.count
        say("Saved \(counted(count, "line")) to \(path).")
    }

    /// The shell turns `~/x.mg` into a path in the home folder; a command
    /// does not, so `~` there names a folder that is not there.
    private func tildeHint(_ path: String) -> String? {
        guard path.hasPrefix("~") else { return nil }
        guard path.hasPrefix("~/"), let home = environment.home, home.hasPrefix("/") else {
            return "~ is not expanded here: write the full path"
        }
        return "~ is not expanded here: write the full path, such as \(FileSystem.join(home, String(path.dropFirst(2))))"
    }

    /// Scripts may load scripts, but not without end.
    private static let maxLoadDepth = 8

    private func load(_ file: CommandWord) throws(Diagnostic) {
        let (path, at) = file
        guard loadDepth < Session.maxLoadDepth else {
            throw .error(
                ":load is nested \(Session.maxLoadDepth) deep; does the script load itself?", at: at)
        }
        let text: String
        do {
            text = try environment.readText(path)
        } catch {
            throw .error(error.description, at: at, hint: tildeHint(path))
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
            if shouldStop() { break }
            let outcome = handle(entry.input, sourceName: path, lineNumber: entry.line)
            if outcome == .failed {
                throw .error("stopped loading \(path) at line \(entry.line)", at: at)
            }
            if outcome == .quit { break }
        }
        if finish(sourceName: path) == .failed {
            throw .error("stopped loading \(path) at its end", at: at)
        }
    }
}
