import Glibc
import Testing
@testable import LineEditor

/// Keys as the presenter reads them, from a pipe (the terminal modes are
/// covered by the pty tests of `run --pause`).
@Suite("Keys one at a time")
struct KeyReaderTests {
    /// The keys `bytes` make, read until the end of the input.
    static func keys(_ bytes: [UInt8]) -> [KeyReader.Key] {
        var ends: [Int32] = [0, 0]
        _ = pipe(&ends)
        _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, bytes.count) }
        close(ends[1])
        defer { close(ends[0]) }
        let reader = KeyReader(fileDescriptor: ends[0])
        var keys: [KeyReader.Key] = []
        while true {
            let key = reader.read()
            keys.append(key)
            if key == .endOfInput { return keys }
        }
    }

    @Test("Enter, letters lowercased, Ctrl-C and Ctrl-D; an arrow is one key, never a letter")
    func keys() {
        #expect(Self.keys(Array("\rB q".utf8) + [0x0A, 0x03, 0x1B, 0x5B, 0x42, 0x04]) == [
            .enter, .character("b"), .character(" "), .character("q"), .enter, .interrupt, .character("\u{1B}"), .endOfInput,
        ])
    }
}
