import ArgumentParser
import LessonPlayer
import LineEditor
import TextKit
import Tutor

extension Run {
    /// `run --pause`: the script one input at a time, at the presenter's
    /// keys (read one by one, not echoed, so no blank line is left after
    /// each step):
    ///
    /// - Enter (or space, `n`) runs the next input;
    /// - `b` shows the input before again, with its output (again: the one
    ///   before that), without running it a second time;
    /// - `i` opens the tutor's prompt on the script's session, for a
    ///   student's "what if a = 3?"; Ctrl-D goes back to the script;
    /// - `q` (or Ctrl-D) stops, with status 0; Ctrl-C stops with 130.
    ///
    /// Comments are shown at once, as they come, as without --pause.
    func present(_ script: Script, options: SessionOptions) throws {
        InterruptSignal.install()
        final class Shown { var output = "" }
        let capture = Shown()
        let session = Session(options: options, environment: SystemEnvironment()) { text in
            writeOut(text)
            capture.output += text
        }
        let language = common.lang ?? .en
        session.language = language
        session.shouldStop = { InterruptSignal.isRequested }
        let style = options.style
        writeOut(style.dim(CommandLineMessage.presenterKeys.text(language)) + "\n")
        let keys = KeyReader()
        var shown: [(echo: String, output: String)] = []
        // Where `b` is, counting back from the last input run.
        var back: Int?
        var failed = false
        var index = 0
        func stopped() throws -> Never {
            writeOut("\n(stopped)\n")
            // 128 + SIGINT, as the shell reports a program Ctrl-C ended.
            throw ExitCode(130)
        }
        while index < script.entries.count {
            let entry = script.entries[index]
            let echo = Script.echo(entry.input.withVisibleControls, prompt: session.prompt)
            if entry.input.drop(while: { $0 == " " }).hasPrefix("#") {
                type(echo)
                _ = session.handle(entry.input, sourceName: file, lineNumber: entry.line)
                index += 1
                continue
            }
            switch keys.read() {
            case .enter, .character(" "), .character("n"):
                type(echo)
                capture.output = ""
                let outcome = session.handle(entry.input, sourceName: file, lineNumber: entry.line)
                if InterruptSignal.isRequested { try stopped() }
                shown.append((echo, capture.output))
                back = nil
                index += 1
                if outcome == .failed {
                    failed = true
                    if !keepGoing { index = script.entries.count }
                }
                if outcome == .quit { return }
            case .character("b"):
                let earlier = (back ?? shown.count) - 1
                guard earlier >= 0 else {
                    writeOut(style.dim(CommandLineMessage.presenterNothingBefore.text(language)) + "\n")
                    continue
                }
                writeOut(shown[earlier].echo + "\n" + shown[earlier].output)
                back = earlier
            case .character("i"):
                if tryAtPrompt(session, style: style, language: language) == .quit { return }
            case .character("q"), .endOfInput:
                return
            case .interrupt:
                try stopped()
            case .character:
                continue
            }
        }
        if !failed || keepGoing, session.finish(sourceName: file) == .failed { failed = true }
        if failed { throw ExitCode(1) }
    }

    /// The tutor's prompt on the script's session until Ctrl-D (back to the
    /// script) or `:quit` (which ends the run, returned as `.quit`).
    private func tryAtPrompt(_ session: Session, style: Style, language: Language) -> Session.Outcome {
        writeOut(style.dim(CommandLineMessage.presenterTryIt.text(language)) + "\n")
        let echoing = session.options.echoInput
        session.options.echoInput = false
        defer { session.options.echoInput = echoing }
        let reader = EditLineReader(programName: "micrograd", historyPath: nil) { session.complete($0) }
        defer { reader.close() }
        while true {
            InterruptSignal.clear()
            switch reader.readLine(prompt: session.prompt.text) {
            case .line(let line):
                if session.handle(line, sourceName: "<stdin>") == .quit { return .quit }
            case .interrupted:
                session.cancelPending()
            case .endOfInput:
                _ = session.finish(sourceName: "<stdin>")
                writeOut(style.dim(CommandLineMessage.presenterBack.text(language)) + "\n")
                return .done
            }
        }
    }
}
