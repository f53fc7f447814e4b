@testable import Views
import TextKit
import Foundation
import Testing

@testable import Tutor

/// `:save` replaces only a file it wrote itself (a tester's `:save
/// /etc/passwd` as root once replaced it), and says what to do with a
/// folder or a `~` path.
@Suite(":save and existing files")
struct SaveTests {
    func run(_ lines: [String]) -> String {
        var output = ""
        let session = Session { output += $0 }
        for (index, line) in lines.enumerated() {
            session.handle(line, lineNumber: index + 1)
        }
        return output
    }

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("micrograd-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(":save refuses to replace a file it did not write, and leaves it as it was")
    func refusesForeignFile() throws {
        let path = try folder().appendingPathComponent("notes.txt").path
        let original = "root:x:0:0:root:/root:/bin/bash\n"
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        let output = run(["a = 2", ":save \(path)"])
        #expect(output.contains("'\(path)' exists and was not written by :save"), "\(output)")
        #expect(output.contains("choose another name, or delete the file first"), "\(output)")
        #expect(!output.contains("Saved "))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
    }

    @Test(":save refuses an empty file and a device too")
    func refusesEmptyAndDevice() throws {
        let path = try folder().appendingPathComponent("empty.mg").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(run(["a = 2", ":save \(path)"]).contains("exists and was not written by :save"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
        #expect(run(["a = 2", ":save /dev/null"]).contains("'/dev/null' exists and was not written by :save"))
    }

    @Test(":save replaces its own earlier save")
    func replacesOwnSave() throws {
        let path = try folder().appendingPathComponent("session.mg").path
        let first = run(["a = 2", ":save \(path)"])
        #expect(first.contains("Saved 1 line to \(path)."), "\(first)")
        let second = run(["a = 3", "b = a*2", ":save \(path)"])
        #expect(second.contains("Saved 2 lines to \(path)."), "\(second)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "# Saved by :save. Replay it with: micrograd run \(path)\na = 3\nb = a*2\n")
    }

    @Test(":save to a folder says that it needs a file name")
    func folderPath() throws {
        let path = try folder().path
        for given in [path + "/", path] {
            let output = run(["a = 2", ":save \(given)"])
            #expect(output.contains("'\(given)' is a folder; :save needs a file name"), "\(output)")
            #expect(output.contains("for example :save \(path)/session.mg"), "\(output)")
            #expect(!output.contains("Not a directory"))
        }
        let missing = run([":save \(path)/new/"])
        #expect(missing.contains("ends with '/', so it names a folder; :save needs a file name"), "\(missing)")
    }

    @Test(":save and :load of ~/x.mg say that ~ is not expanded")
    func tilde() {
        let name = "~/micrograd-no-such-folder-\(UUID().uuidString)/x.mg"
        for command in [":save", ":load"] {
            let output = run(["a = 2", "\(command) \(name)"])
            #expect(output.contains("No such file or directory"), "\(output)")
            #expect(output.contains("~ is not expanded here: write the full path"), "\(output)")
        }
        #expect(!run([":save /no/such/folder/x.mg"]).contains("~ is not expanded"))
    }
}
