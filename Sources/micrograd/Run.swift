import ArgumentParser
import Tutor

#if canImport(Glibc)
import Glibc
#endif

/// `micrograd run FILE`: an instructor's script, replayed as a transcript.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a script of statements and commands, printing each line and its output.")

    @Argument(help: "The script (.mg): statements and commands as typed at the prompt, '#' comments.")
    var file: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        let text: String
        do {
            text = try SourceFile.read(file)
        } catch {
            writeError("micrograd: \(error)\n")
            throw ExitCode(1)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let session = Session(options: common.sessionOptions(echoInput: !common.json), write: writeOut)
        try feed(lines, to: session, sourceName: file)
    }
}
