import Foundation
import TerminalTesting
import Testing

/// `:draw` at a real (pseudo-)terminal: gradients coloured, unless
/// NO_COLOR says not to.
@Suite("Drawing at a terminal", .serialized)
struct DrawTerminalTests {
    static let lecture = ["a = 2", "b = -3", "c = 10", "e = a*b", "d = e + c", "f = -2", "L = d*f"]

    /// What `:draw L` prints after the lecture, at a terminal with `extra`
    /// in the environment.
    func draw(_ extra: [String: String]) throws -> String {
        let home = Binary.temporaryFolder()
        var environment = [
            "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
        ]
        environment.merge(extra) { $1 }
        let terminal = try PseudoTerminal(executable: Binary.url.path, arguments: [], environment: environment)
        defer { terminal.close() }
        try terminal.read(until: ">>> ")
        for line in Self.lecture {
            try terminal.waitForRawMode()
            terminal.send(line + "\r")
            try terminal.read(until: ">>> ")
        }
        try terminal.waitForRawMode()
        terminal.send(":draw L\r")
        let drawn = try terminal.read(until: "largest |grad|")
        terminal.send("\u{4}")
        return drawn
    }

    @Test func coloursAndNoColor() throws {
        let coloured = try draw([:])
        #expect(coloured.contains("\u{1B}[31m-4"), "a negative gradient in red")
        #expect(coloured.contains("\u{1B}[32m 4"), "a positive gradient in green")
        #expect(coloured.contains("╔"), "the largest |grad| in a double box")
        let plain = try draw(["NO_COLOR": "1"])
        #expect(!plain.contains("\u{1B}[31m") && !plain.contains("\u{1B}[32m"))
        #expect(plain.contains("║a║ 2║ 6║") || plain.contains("║ a ║  2 ║  6 ║"))
    }
}
