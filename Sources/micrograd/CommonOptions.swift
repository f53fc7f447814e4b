import Platform
import TextKit
import ArgumentParser
import Lessons
import LineEditor
import Tutor

#if canImport(Glibc)
import Glibc
#endif

/// Options every mode takes.
struct CommonOptions: ParsableArguments {
    @Flag(help: "Write one JSON object per result (JSON Lines) instead of text.")
    var json = false

    @Option(help: "Seed of the random numbers of rand and randn.")
    var seed: UInt64 = CommonOptions.defaultSeed

    static let defaultSeed: UInt64 = 0

    @Flag(name: .customLong("no-color"), help: "Never colour the output (so does the NO_COLOR variable).")
    var noColor = false

    @Option(help: "Language of the tutor and the lessons: en or zh, remembered for next time (default: the one chosen last with --lang or :lang, else from LC_ALL, LC_MESSAGES or LANG).")
    var lang: Language?

    @Option(
        name: .customLong("lessons"),
        help: ArgumentHelp("A folder of your own lessons (DIR/en/*.md, DIR/zh/*.md), beside the built-in ones; so does MICROGRAD_LESSONS.", valueName: "dir"),
        completion: .directory)
    var lessonsFolder: String?

    @Option(
        help: ArgumentHelp(
            "Columns to lay text out in (default: the terminal's width; for run and piped output COLUMNS, else 80).",
            valueName: "n"))
    var width: Int?

    /// The narrowest and widest layouts: below 20 columns no table fits,
    /// and past 1000 nobody reads a line.
    static let widths = 20...1000

    func validate() throws {
        if let width, !CommonOptions.widths.contains(width) {
            throw ValidationError("--width takes \(CommonOptions.widths.lowerBound) to \(CommonOptions.widths.upperBound) columns, not \(width)")
        }
    }

    /// The session options these flags and the terminal call for.
    func sessionOptions(echoInput: Bool = false) -> SessionOptions {
        var options = CommonOptions.sessionOptions(json: json, seed: seed, noColor: noColor, echoInput: echoInput)
        if let width { options.width = width }
        return options
    }

    /// The width of output that is not a terminal session (`run`):
    /// `--width`, else `COLUMNS`, else 80, never the terminal's own, so
    /// that a script prints the same lines wherever it runs unless asked.
    var scriptWidth: Int {
        if let width { return width }
        if let text = ProcessEnvironment.variable("COLUMNS"), let columns = Int(text), CommonOptions.widths.contains(columns) {
            return columns
        }
        return Transcript.width
    }

    /// The session options for these values of the flags; with the
    /// defaults, for a command line that gives none.
    static func sessionOptions(
        json: Bool = false, seed: UInt64 = defaultSeed, noColor: Bool = false, echoInput: Bool = false
    ) -> SessionOptions {
        let utf8 = Terminal.prepareLocale()
        let colorWanted = !noColor && (ProcessEnvironment.variable("NO_COLOR")?.isEmpty ?? true)
        var options = SessionOptions(
            style: Style(color: colorWanted && Terminal.stdoutIsTerminal, unicode: utf8),
            json: json, echoInput: echoInput, seed: seed, width: Terminal.width,
            progressLines: Terminal.stdoutIsTerminal && !json)
        // Every text fits the width: the terminal's, COLUMNS, or 80.
        options.wrapsText = true
        return options
    }
}

/// Writes output at once (no buffer), so that it interleaves rightly with
/// the prompt and with anything written to stderr.
func writeOut(_ text: String) {
    writeAll(text, to: 1)
}

func writeError(_ text: String) {
    writeAll(text, to: 2)
}

private func writeAll(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return  // a closed pipe: nothing more can be said
            }
            offset += written
        }
    }
}

/// The command line's `@Option`, not the `Option` of a lesson's question.
typealias Option<Value> = ArgumentParser.Option<Value>
