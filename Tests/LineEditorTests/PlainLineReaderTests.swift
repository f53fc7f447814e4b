import TextKit
import Glibc
import Testing
@testable import LineEditor

/// Feeds `bytes` through a pipe (write end closed afterwards) and collects
/// every result up to and including `.endOfInput`. `bytes` must fit in the
/// pipe's buffer (64 KiB), since nothing reads while it is written.
private func readAll(_ bytes: [UInt8]) -> [LineReadResult] {
    precondition(bytes.count < 60_000, "would block on a full pipe; use readAllFromFile")
    var ends: [Int32] = [0, 0]
    precondition(pipe(&ends) == 0)
    _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
    close(ends[1])
    defer { close(ends[0]) }
    return readAll(from: ends[0])
}

/// The same through a regular file, for inputs larger than a pipe holds.
private func readAllFromFile(_ bytes: [UInt8]) -> [LineReadResult] {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    writeFile(directory.path + "/input", bytes)
    let fd = open(directory.path + "/input", O_RDONLY)
    defer { close(fd) }
    return readAll(from: fd)
}

private func readAll(from fd: Int32) -> [LineReadResult] {
    let reader = PlainLineReader(fileDescriptor: fd)
    var results: [LineReadResult] = []
    for _ in 0..<1000 {
        let result = reader.readLine(prompt: "ignored> ")
        results.append(result)
        if result == .endOfInput { break }
    }
    return results
}

@Suite struct PlainLineReaderTests {
    @Test func readsLinesThenEndOfInput() {
        #expect(readAll(Array("a = 1\nb = 2\n".utf8)) == [.line("a = 1"), .line("b = 2"), .endOfInput])
    }

    @Test func returnsLastLineWithoutNewline() {
        #expect(readAll(Array("first\nlast".utf8)) == [.line("first"), .line("last"), .endOfInput])
    }

    @Test func stripsCarriageReturnOfCRLF() {
        #expect(readAll(Array("x\r\ny\r\n".utf8)) == [.line("x"), .line("y"), .endOfInput])
    }

    /// Issue 19, item 12: with CR-only endings the whole input was one line,
    /// and a comment swallowed every statement after it.
    @Test func endsLinesAtALoneCarriageReturn() {
        #expect(
            readAll(Array("a = 1 # note\rb = 2\rb\r".utf8)) == [.line("a = 1 # note"), .line("b = 2"), .line("b"), .endOfInput])
        #expect(readAll(Array("x\r\ry\r\nz".utf8)) == [.line("x"), .line(""), .line("y"), .line("z"), .endOfInput])
    }

    /// A CR that is the last byte of one read and an LF that is the first
    /// of the next are one CRLF, not a line and an empty line.
    @Test func readsACRLFSplitBetweenTwoReads() {
        let first = [UInt8](repeating: UInt8(ascii: "a"), count: 64 * 1024 - 1)
        #expect(
            readAllFromFile(first + Array("\r\nb\r".utf8)) == [.line(String(repeating: "a", count: first.count)), .line("b"), .endOfInput])
    }

    @Test func keepsEmptyLines() {
        #expect(readAll(Array("\n\nz\n".utf8)) == [.line(""), .line(""), .line("z"), .endOfInput])
    }

    @Test func emptyInputIsEndOfInput() {
        #expect(readAll([]) == [.endOfInput])
    }

    @Test func decodesInvalidUTF8Lossily() {
        let bytes: [UInt8] = Array("ok ".utf8) + [0xFF, 0xFE] + Array(" 梯度\n".utf8)
        #expect(readAll(bytes) == [.line("ok \u{FFFD}\u{FFFD} 梯度"), .endOfInput])
    }

    @Test func readsLinesLongerThanOneChunk() {
        let long = String(repeating: "x", count: 200_000)
        #expect(readAllFromFile(Array((long + "\nshort\n").utf8)) == [.line(long), .line("short"), .endOfInput])
    }

    @Test func isNotInteractive() {
        #expect(PlainLineReader(fileDescriptor: -1).isInteractive == false)
    }

    @Test func badDescriptorIsEndOfInput() {
        #expect(PlainLineReader(fileDescriptor: -1).readLine(prompt: "") == .endOfInput)
    }
}
