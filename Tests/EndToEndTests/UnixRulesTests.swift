import Foundation
import TerminalTesting
import Testing

/// The command line keeps Unix's rules (issue 16): results on standard
/// output and diagnostics on standard error, `-` for standard input,
/// several `-e` as one program, failing exit statuses for mistakes, 130
/// for Ctrl-C, `-i FILE`, and the documentation of all of it.
@Suite("Unix command-line rules", .serialized)
struct UnixRulesTests {
    @Test("-e and piped input: results to standard output, errors and warnings to standard error")
    func diagnosticsToStandardError() throws {
        let e = try Binary.run(["--lang", "en", "-e", "a = 2\nb = log(a - 2)\nzz"])
        #expect(e.status == 1)
        #expect(e.stdout.contains("a = 2"), "\(e.stdout)")
        #expect(!e.stdout.contains("error") && !e.stdout.contains("warning"), "\(e.stdout)")
        #expect(e.stderr.contains("<-e>:3:1: error: unknown name 'zz'"), "\(e.stderr)")
        #expect(e.stderr.contains("warning: 'log(a - 2)' is -infinity"), "\(e.stderr)")
        let piped = try Binary.run(["--lang", "en"], input: "x = 1\nx +\n")
        #expect(piped.status == 1)
        #expect(piped.stdout.contains("x = 1") && !piped.stdout.contains("error"), "\(piped.stdout)")
        #expect(piped.stderr.contains("<stdin>:2:"), "\(piped.stderr)")
    }

    @Test("a run transcript keeps its errors in place, between the lines that caused them")
    func runKeepsErrorsInPlace() throws {
        let result = try Binary.run(["run", "--lang", "en", "-"], input: "a = 2\nzz\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains(">>> zz\n<stdin>:2:1: error: unknown name 'zz'"), "\(result.stdout)")
    }

    @Test("'-' reads the program from standard input, for the tutor and for run")
    func dashIsStandardInput() throws {
        let start = try Binary.run(["-"], input: "a = 2; a * 3\n")
        #expect(start.status == 0, "\(start.stderr)")
        #expect(start.stdout.contains("a * 3 = 6"), "\(start.stdout)")
        let run = try Binary.run(["run", "-"], input: "a = 2\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == ">>> a = 2\na = 2\n", "\(run.stdout)")
        let record = try Binary.run(["run", "--record", "-"], input: "a = 2\n")
        #expect(record.status == 64, "--record needs a file: \(record.stderr)")
    }

    @Test("several -e run in order as one program, with one set of names")
    func severalPrograms() throws {
        let result = try Binary.run(["-e", "a = 2", "-e", "b = a * 3", "-e", "b + 1"])
        #expect(result.status == 0, "\(result.stderr)")
        let firstLines = result.stdout.split(separator: "\n").filter { $0.contains(" = ") && !$0.hasPrefix(" ") }
        #expect(firstLines == ["a = 2", "b = 6", "b + 1 = 7"], "\(result.stdout)")
        let failing = try Binary.run(["--lang", "en", "-e", "a = 2", "-e", "q"])
        #expect(failing.stderr.contains("<-e>:2:1"), "the lines count on over every -e: \(failing.stderr)")
    }

    @Test("unknown commands and help topics fail; known ones do not")
    func unknownCommandsFail() throws {
        let help = try Binary.run(["help", "nosuch"])
        #expect(help.status == 64, "\(help.stderr)")
        #expect(help.stderr.contains("no help on 'nosuch'"), "\(help.stderr)")
        #expect(try Binary.run(["help", "run"]).status == 0)
        let command = try Binary.run(["nosuch"])
        #expect(command.status == 64)
        #expect(command.stderr.contains("'nosuch' is not a command"), "\(command.stderr)")
    }

    @Test("--help, the man page and the README give the exit statuses")
    func exitStatusesDocumented() throws {
        let help = try Binary.run(["--help"], environment: ["COLUMNS": "80"])
        #expect(help.stdout.contains("130 when\nCtrl-C stopped it"), "\(help.stdout)")
        let page = try String(contentsOf: Binary.repository.appendingPathComponent("docs/micrograd.1"), encoding: .utf8)
        for section in ["THE LANGUAGE", "REPL COMMANDS", "ENVIRONMENT", "FILES", "EXIT STATUS", "EXAMPLES"] {
            #expect(page.contains(".Sh \(section)"), "the man page has \(section)")
        }
        #expect(page.contains(".It Fl i Ar file") && page.contains(".It Fl -width Ar n"))
        // The hand-written sections are the page's end, as `make man` puts them.
        let sections = try String(
            contentsOf: Binary.repository.appendingPathComponent("docs/micrograd-sections.mdoc"), encoding: .utf8)
        #expect(page.hasSuffix(sections))
        for readme in ["README.md", "README.zh-CN.md"] {
            let text = try String(contentsOf: Binary.repository.appendingPathComponent(readme), encoding: .utf8)
            #expect(text.contains("130"), "\(readme) gives the exit statuses")
        }
    }

    @Test("shell completion: files after run and -i, folders after --lessons, in bash, zsh and fish")
    func completions() throws {
        let bash = try Binary.run(["--generate-completion-script", "bash"]).stdout
        #expect(bash.contains("'--lessons')\n        __micrograd_add_completions -d"), "\(bash)")
        #expect(bash.contains("-o plusdirs -fX '!*.@(mg)'"))
        let zsh = try Binary.run(["--generate-completion-script", "zsh"]).stdout
        #expect(zsh.contains(":dir:_files -/") && zsh.contains(":file:_files -g '\\''*.mg'\\''"))
        let fish = try Binary.run(["--generate-completion-script", "fish"]).stdout
        #expect(fish.contains("-l 'lessons'") && fish.contains("__micrograd_complete_directories"))
        #expect(fish.contains("\"micrograd run\" -eq 1"))
    }

    @Test("-i FILE runs the script, then the prompt has its names")
    func interactiveAfterScript() throws {
        let home = Binary.temporaryFolder()
        let script = home.appendingPathComponent("setup.mg").path
        try "w = 3\nloss = (w - 1)^2\n".write(toFile: script, atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(
            executable: Binary.url.path, arguments: ["--lang", "en", "--no-color", "-i", script],
            environment: ["HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
        defer { terminal.close() }
        try terminal.read(until: "loss = 4")
        try terminal.read(until: ">>> ")
        try terminal.waitForRawMode()
        terminal.send("grad(loss, w)\r")
        try terminal.read(until: "grad(loss, w) = 4")
        try terminal.read(until: ">>> ")
        try terminal.waitForRawMode()
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        // Without a terminal: the script, then what is piped in.
        let piped = try Binary.run(["-i", script], input: "loss + 1\n")
        #expect(piped.stdout.contains("loss + 1 = 5"), "\(piped.stdout)")
    }

    @Test("Ctrl-C ends run with status 130, while it computes and while --pause waits")
    func interruptExits130() throws {
        let home = Binary.temporaryFolder()
        let script = home.appendingPathComponent("long.mg").path
        try "a = 3\nloss = a * a\n:train loss 100000000 1e-12\nb = 1\n".write(toFile: script, atomically: true, encoding: .utf8)
        let environment = ["HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        let running = try PseudoTerminal(executable: Binary.url.path, arguments: ["run", script], environment: environment)
        defer { running.close() }
        try running.read(until: "training loss")
        usleep(200_000)
        running.send("\u{3}")
        #expect(try running.waitForExit(timeout: 10) == 130)
        #expect(!running.transcript.contains(">>> b = 1"), "nothing after the stop: \(running.transcript)")

        let paused = try PseudoTerminal(
            executable: Binary.url.path, arguments: ["run", "--pause", script], environment: environment)
        defer { paused.close() }
        // It waits for Enter before the first statement (the keyboard is
        // read in cooked mode, where Ctrl-C is SIGINT).
        usleep(500_000)
        paused.send("\u{3}")
        #expect(try paused.waitForExit(timeout: 10) == 130)
    }
}
