import Foundation

/// The built `micrograd` executable, run as a user would.
enum Binary {
    /// Beside the test bundle: SwiftPM puts every product of a build in one folder.
    static let url: URL = {
        let tests = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = tests.deletingLastPathComponent()
        // The test runner may be inside a .xctest bundle directory.
        while folder.pathComponents.count > 1 {
            let candidate = folder.appendingPathComponent("micrograd")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        fatalError("micrograd binary not found near \(tests.path); build it with `swift build`")
    }()

    /// The repository's root folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs micrograd with `arguments`, feeding `input` on stdin, in an
    /// environment whose HOME and XDG folders point into a fresh temporary
    /// folder (so nothing of the developer's is read or written).
    static func run(_ arguments: [String], input: String = "", environment extra: [String: String] = [:],
                    home: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        // Relative paths (the README's `examples/...`) are from the repository.
        process.currentDirectoryURL = repository
        let home = home ?? temporaryFolder()
        // Wide enough that no message wraps: these tests read what is said;
        // how it is laid out at 60 or 80 columns is tested where a width
        // is given (the README's examples run at 80, as a reader sees them).
        var environment = ["HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "COLUMNS": "200"]
        environment.merge(extra) { $1 }
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a large output
        // cannot fill a pipe and stall the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let err = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            err.data = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err.data, as: UTF8.self))
    }

    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("micrograd-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
