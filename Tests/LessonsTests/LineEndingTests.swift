import TextKit
import Platform
import Foundation
import Testing

@testable import Lessons

/// Files saved on Windows (CRLF) or an old Mac (a lone CR) read exactly
/// like LF files: Swift takes "\r\n" for one Character, so a split on "\n"
/// once read a whole CRLF file as one line.
@Suite("Line endings")
struct LineEndingTests {
    static func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }
    static func cr(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r") }

    func write(_ text: String, name: String = "file.txt") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("micrograd-eol-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("readText reads CRLF, lone CR and mixed endings as LF")
    func readText() throws {
        let text = "a = 2\nb = a*3\n\n# done\n"
        for variant in [Self.crlf(text), Self.cr(text), "a = 2\r\nb = a*3\r\r\n# done\n"] {
            #expect(try FileSystem.readText(try write(variant)) == text, "\(variant.debugDescription)")
        }
        #expect(try FileSystem.readText(try write("\u{FEFF}a\r\nb")) == "a\nb", "with a byte-order mark")
        #expect(try FileSystem.readText(try write("é\r\n中\r\n")) == "é\n中\n", "multi-byte UTF-8 is kept")
    }

    @Test("the line of a NUL byte is counted the same in a CR file")
    func badByteLine() throws {
        let path = try write("a\rb\rc\0\r")
        let problem = #expect(throws: FileSystem.Problem.self) { try FileSystem.readText(path) }
        #expect(problem?.description.contains("line 3 holds a NUL byte") == true, "\(String(describing: problem))")
    }

    @Test("normalizingLineEndings leaves LF text alone and turns CRLF and CR into LF")
    func normalizing() {
        #expect(FileSystem.normalizingLineEndings("a\nb\n") == "a\nb\n")
        #expect(FileSystem.normalizingLineEndings("a\r\nb\r\n") == "a\nb\n")
        #expect(FileSystem.normalizingLineEndings("a\rb\r") == "a\nb\n")
        #expect(FileSystem.normalizingLineEndings("\r\n\r\n") == "\n\n")
        #expect(FileSystem.normalizingLineEndings("a\r\r\nb") == "a\n\nb", "a CR before a CRLF is a line of its own")
    }

    @Test("a CRLF or CR lesson parses to the same steps, lines and all, as the LF one")
    func lesson() throws {
        let lf = try parse(LessonParserTests.good).get()
        #expect(!lf.steps.isEmpty)
        #expect(try parse(Self.crlf(LessonParserTests.good)).get() == lf)
        #expect(try parse(Self.cr(LessonParserTests.good)).get() == lf)
        let skeleton = LessonSkeleton.text(title: "X", language: .en)
        #expect(try parse(Self.crlf(skeleton)).get() == (try parse(skeleton).get()))
    }

    @Test("a problem in a CRLF lesson is reported at its line")
    func lessonProblemLine() {
        let text = "# T\n## prose a\nx\n## tsak b\ny\n"
        #expect(problems(Self.crlf(text)) == problems(text))
        #expect(problems(Self.crlf(text)).first?.hasPrefix("t.md:4:") == true, "\(problems(Self.crlf(text)))")
    }

    @Test("firstLine reads the first line of a regular file only")
    func firstLine() throws {
        #expect(FileSystem.firstLine(of: try write("# Saved by :save.\r\na = 1\n")) == "# Saved by :save.")
        #expect(FileSystem.firstLine(of: try write("")) == "")
        #expect(FileSystem.firstLine(of: "/dev/null") == nil, "a device")
        #expect(FileSystem.firstLine(of: FileManager.default.temporaryDirectory.path) == nil, "a folder")
        #expect(FileSystem.firstLine(of: "/no/such/file") == nil)
    }
}
