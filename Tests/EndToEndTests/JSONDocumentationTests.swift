import Foundation
import Testing

/// docs/json.md is the `--json` contract: every ```json example in it
/// follows a ```sh block, the commands that produce it, and this runs each
/// block with the real binary and compares what it printed with the
/// example, object by object (key order and the wrapping of long objects
/// over lines aside).
@Suite("docs/json.md examples are the binary's output")
struct JSONDocumentationTests {
    /// A ```sh block and the ```json block after it.
    struct Example: CustomStringConvertible, Sendable {
        var line: Int
        var script: String
        var expected: String
        var description: String { "docs/json.md:\(line): \(script.split(separator: "\n").last ?? "")" }
    }

    /// Every example of docs/json.md, in order. A ```json block with no
    /// ```sh block before it (only blank lines and prose between) is
    /// returned with an empty script, so that the test fails on it.
    static let examples: [Example] = {
        let path = Binary.repository.appendingPathComponent("docs/json.md").path
        let lines = ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").components(separatedBy: "\n")
        var examples: [Example] = []
        var script: String?
        var index = 0
        func block(from start: Int) -> (text: String, end: Int) {
            var end = start + 1
            while end < lines.count, lines[end] != "```" { end += 1 }
            return (lines[(start + 1)..<Swift.min(end, lines.count)].joined(separator: "\n"), end)
        }
        while index < lines.count {
            if lines[index] == "```sh" {
                let (text, end) = block(from: index)
                script = text
                index = end + 1
                continue
            }
            if lines[index] == "```json" {
                let (text, end) = block(from: index)
                examples.append(Example(line: index + 1, script: script ?? "", expected: text))
                script = nil
                index = end + 1
                continue
            }
            // A heading between a command and an example parts them.
            if lines[index].hasPrefix("#") { script = nil }
            index += 1
        }
        return examples
    }()

    /// The JSON values of `text`, one after the other: an object may be
    /// wrapped over several lines, as the documentation does for long ones.
    static func values(_ text: String) throws -> [Any] {
        var values: [Any] = []
        var pending = ""
        for line in text.components(separatedBy: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            pending += line + "\n"
            if let value = try? JSONSerialization.jsonObject(with: Data(pending.utf8), options: [.fragmentsAllowed]) {
                values.append(value)
                pending = ""
            }
        }
        if !pending.isEmpty { throw JSONError(text: pending) }
        return values
    }

    /// A value written again with its keys sorted: two values are the
    /// same JSON when these texts are equal.
    static func canonical(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
    }

    struct JSONError: Error, CustomStringConvertible {
        var text: String
        var description: String { "not JSON: \(text)" }
    }

    /// Runs `script` with sh in a fresh folder, with `micrograd` on the PATH
    /// and a fresh HOME. The built-in lessons folder is written as an
    /// installed one is, `/usr/local/share/micrograd/lessons`.
    static func run(_ script: String) throws -> String {
        let folder = Binary.temporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = folder
        let home = folder.appendingPathComponent(".home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        process.environment = [
            "HOME": home.path, "LANG": "C.UTF-8",
            "PATH": Binary.url.deletingLastPathComponent().path + ":/usr/bin:/bin",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let builtIn = Binary.repository.appendingPathComponent("lessons").path
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: builtIn, with: "/usr/local/share/micrograd/lessons")
    }

    @Test("docs/json.md has examples, and each follows the commands that print it")
    func everyExampleHasItsCommand() {
        #expect(Self.examples.count >= 10)
        for example in Self.examples {
            #expect(example.script.contains("micrograd"), "\(example): a ```json block needs a ```sh block before it")
        }
    }

    @Test("each example is what the binary prints", arguments: examples)
    func example(_ example: Example) throws {
        let expected = try Self.values(example.expected)
        let printed = try Self.run(example.script)
        let actual = try printed.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
        }
        #expect(printed.split(separator: "\n").count == actual.count)
        #expect(actual.count == expected.count, "\(example)\nprinted:\n\(printed)")
        for (got, wanted) in zip(actual, expected) {
            #expect(try Self.canonical(got) == Self.canonical(wanted), "\(example)\nprinted:\n\(printed)")
        }
    }
}
