import Foundation
import Testing

/// Every example in the READMEs (English and Chinese) is run, and must
/// print what the README shows.
///
/// An example is a `console` code block: lines starting with `$ micrograd`
/// are commands (words, or arguments in single quotes), the lines after each
/// are its expected output (stdout and stderr together).
@Suite("README")
struct ReadmeTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var readme: String
        var arguments: [String]
        var expected: String
        var testDescription: String { "\(readme): " + arguments.joined(separator: " ") }
    }

    static let top = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let readmes = ["README.md", "README.zh-CN.md"]

    static var examples: [Example] { readmes.flatMap(examples(of:)) }

    static func examples(of readme: String) -> [Example] {
        guard let text = try? String(contentsOf: top.appendingPathComponent(readme), encoding: .utf8) else { return [] }
        var examples: [Example] = []
        var inConsole = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                inConsole = line == "```console"
                continue
            }
            guard inConsole else { continue }
            if line.hasPrefix("$ micrograd") {
                examples.append(
                    Example(readme: readme, arguments: shellWords(String(line.dropFirst("$ micrograd".count))), expected: ""))
            } else if !examples.isEmpty {
                examples[examples.count - 1].expected += line + "\n"
            }
        }
        return examples
    }

    /// Splits `a 'b c' d` into words; single quotes only, as the README uses.
    static func shellWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var started = false
        for character in text {
            if character == "'" {
                quoted.toggle()
                started = true
            } else if character == " " && !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }

    @Test("each README has examples", arguments: readmes)
    func present(_ readme: String) {
        #expect(ReadmeTests.examples(of: readme).count >= 3)
    }

    @Test("each README example prints what it shows", arguments: examples)
    func example(_ example: Example) throws {
        let result = try Binary.run(example.arguments, environment: ["COLUMNS": "80"])
        #expect(result.stdout + result.stderr == example.expected)
    }
}
