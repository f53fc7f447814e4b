@testable import Views
import TextKit
import Foundation
import Testing
import Tutor

/// Whole sessions: each `Transcripts/NAME.mg` is fed to a session line by
/// line, as `micrograd run` does, and what it prints must equal
/// `Transcripts/NAME.out` byte for byte.
///
/// A transcript named `NAME.zh.mg` runs in a Chinese session (as
/// `--lang zh` starts one), with its files in memory, so that `:save` and
/// `:load` write nowhere real.
///
/// To write the expected output of a new transcript, run the tests once
/// with `MICROGRAD_RECORD=1`, read the `.out` file it wrote, and commit it
/// only if every line is right.
@Suite("Transcripts")
struct TranscriptTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Transcripts")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".mg") }.map { String($0.dropLast(3)) }.sorted()
    }

    @Test("there are transcripts to check")
    func present() {
        #expect(TranscriptTests.names.count >= 4)
    }

    @Test("a session prints exactly the recorded transcript", arguments: names)
    func transcript(_ name: String) throws {
        let input = try String(contentsOf: TranscriptTests.directory.appendingPathComponent("\(name).mg"), encoding: .utf8)
        let expectedURL = TranscriptTests.directory.appendingPathComponent("\(name).out")
        // `NAME.zh.mg` runs in Chinese, with files in memory.
        let actual = name.hasSuffix(".zh")
            ? replay(
                input, sourceName: "\(name).mg", options: SessionOptions(echoInput: true, language: .zh),
                environment: InMemoryEnvironment())
            : replay(input, sourceName: "\(name).mg")
        let environment = ProcessInfo.processInfo.environment
        if environment["MICROGRAD_RECORD"] == "1" {
            // Recording compares the output with itself: never where the
            // result decides whether a change lands.
            try #require(environment["CI"] == nil, "MICROGRAD_RECORD=1 re-records the transcripts; CI must not set it")
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected, "\(firstDifference(actual, expected))")
    }
}

/// Feeds a script to a fresh session, as `micrograd run` does (but without
/// stopping at errors, so one transcript can show several), and returns
/// everything it printed.
func replay(
    _ script: String, sourceName: String = "<test>", options: SessionOptions = SessionOptions(echoInput: true),
    environment: (any SessionEnvironment)? = nil
) -> String {
    var output = ""
    let session = environment.map { Session(options: options, environment: $0) { output += $0 } }
        ?? Session(options: options) { output += $0 }
    var lines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    for (index, line) in lines.enumerated() {
        if session.handle(line, sourceName: sourceName, lineNumber: index + 1) == .quit { break }
    }
    session.finish(sourceName: sourceName)
    return output
}

func firstDifference(_ actual: String, _ expected: String) -> String {
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, e.count) {
        let got = index < a.count ? String(a[index]) : "<end>"
        let want = index < e.count ? String(e[index]) : "<end>"
        if got != want { return "line \(index + 1): expected «\(want)» got «\(got)»" }
    }
    return "no difference"
}
