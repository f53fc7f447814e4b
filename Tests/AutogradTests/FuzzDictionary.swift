import Foundation

/// The tokens of the fuzzer's dictionary, `Fuzz/session.dict`, found from
/// this file's place in the repository. (In a file of its own: Foundation
/// has an `Operation` type of its own too.)
func fuzzDictionaryTokens(filePath: String = #filePath) throws -> Set<String> {
    let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let dictionary = try String(contentsOf: root.appendingPathComponent("Fuzz/session.dict"), encoding: .utf8)
    // Each entry is one line, `"token"`; lines starting with # are comments.
    return Set(
        dictionary.split(separator: "\n").filter { $0.count >= 2 && $0.hasPrefix("\"") && $0.hasSuffix("\"") }
            .map { String($0.dropFirst().dropLast()) })
}
