import TerminalTesting
import Glibc
import Testing
@testable import LineEditor

/// EditLineReader at a real terminal: the test forks under a pty, the child
/// runs a tiny REPL on the reader and prints each result, the parent types.
@Suite(.serialized) struct EditLineReaderTerminalTests {
    /// The child side: reads until end of input, printing `RESULT:<case>:<text>`.
    private static func runREPL(historyPath: String) {
        let names = ["tanh", "tan_x", "sigmoid"]
        let reader = EditLineReader(programName: "lineeditor-test", historyPath: historyPath) { before in
            let word = String(before.unicodeScalars.reversed().prefix { $0.properties.isAlphabetic || $0 == "_" }
                                  .reversed().map(Character.init))
            return Completion(replacing: word.unicodeScalars.count,
                              candidates: names.filter { $0.hasPrefix(word) })
        }
        while true {
            switch reader.readLine(prompt: "\u{1b}[32mλ\u{1b}[0m ") {
            case .line(let text): Terminal.write("RESULT:line:\(text)|\n")
            case .interrupted: Terminal.write("RESULT:interrupted:|\n")
            case .endOfInput:
                Terminal.write("RESULT:endOfInput:|\n")
                reader.close()
                return
            }
        }
    }

    @Test func editsCompletesInterruptsAndRemembers() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let historyPath = directory.path + "/state/micrograd/history"
        let terminal = try PseudoTerminal(
            environment: ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": directory.path],
            child: { Self.runREPL(historyPath: historyPath) })
        defer { terminal.close() }
        /// Waits for the next prompt and for libedit to be reading keys.
        func awaitPrompt() throws {
            try terminal.read(until: "λ\u{1b}[0m ")
            try terminal.waitForRawMode()
        }

        try awaitPrompt()
        // Two candidates share "tan": Tab inserts it; "h" + Tab completes uniquely (with a space).
        terminal.send("ta\t")
        try terminal.read(until: "tan")
        terminal.send("h\t\r")
        try terminal.read(until: "RESULT:line:tanh |")

        // Several candidates and nothing more to insert: Tab lists them.
        try awaitPrompt()
        terminal.send("tan\t")
        let listing = try terminal.read(until: "tan_x")
        #expect(listing.contains("tanh"))
        terminal.send("\u{3}")
        try terminal.read(until: "RESULT:interrupted:|")

        // No candidate: a bell, and the line is unchanged.
        try awaitPrompt()
        terminal.send("zz\t")
        try terminal.read(until: "\u{7}")
        terminal.send("\u{7f}\u{7f}")  // Backspace twice

        // Wide characters round-trip.
        terminal.send("梯度 = 3\r")
        try terminal.read(until: "RESULT:line:梯度 = 3|")

        // Ctrl-C drops the half-typed line.
        try awaitPrompt()
        terminal.send("abc")
        try terminal.read(until: "abc")
        terminal.send("\u{3}")
        try terminal.read(until: "RESULT:interrupted:|")

        // Ctrl-C typed ahead, arriving while libedit is busy rather than in
        // read(): still ends the line (libedit alone would miss it).
        try awaitPrompt()
        terminal.send("xyz\u{3}")
        try terminal.read(until: "RESULT:interrupted:|")

        // Up recalls the previous line from history.
        try awaitPrompt()
        terminal.send("\u{1b}[A\r")
        try terminal.read(until: "RESULT:line:梯度 = 3|")

        // Ctrl-D on an empty line ends input; the child exits normally.
        try awaitPrompt()
        terminal.send("\u{4}")
        try terminal.read(until: "RESULT:endOfInput:|")
        #expect(try terminal.waitForExit() == 0)

        // The history file holds both lines, in libedit's format, privately.
        let saved = String(decoding: readFile(historyPath) ?? [], as: UTF8.self)
        #expect(saved.hasPrefix("_HiStOrY_V2_\n"))
        #expect(permissions(historyPath) == 0o600)
        #expect(HistoryStore(path: historyPath).entries == ["tanh ", "梯度 = 3"])
    }

    @Test func historyFromAnEarlierSessionIsRecalled() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let historyPath = directory.path + "/history"
        do {
            let store = HistoryStore(path: historyPath)
            store.add("from before")
        }
        let terminal = try PseudoTerminal(
            environment: ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": directory.path],
            child: { Self.runREPL(historyPath: historyPath) })
        defer { terminal.close() }
        try terminal.read(until: "λ\u{1b}[0m ")
        try terminal.waitForRawMode()
        terminal.send("\u{1b}[A\r")
        try terminal.read(until: "RESULT:line:from before|")
        try terminal.read(until: "λ\u{1b}[0m ")
        try terminal.waitForRawMode()
        terminal.send("\u{4}")
        try terminal.read(until: "RESULT:endOfInput:|")
        #expect(try terminal.waitForExit() == 0)
    }
}
