import Platform
import TextKit

/// The learner's settings: `$XDG_CONFIG_HOME/micrograd/settings` (by
/// default `~/.config/micrograd/settings`), one `key value` a line. Today it
/// holds the language chosen last (`language zh`), by `--lang` or `:lang`,
/// so that a plain `micrograd` or `micrograd lesson` afterwards speaks it.
///
/// The settings are a convenience: a file that cannot be read is taken as
/// no settings, and one that cannot be written is not worth stopping for.
/// Lines it does not know are kept when it is rewritten, so that a later
/// version's settings survive an older one.
public struct SettingsFile: Sendable {
    public let path: String

    public static let fileName = "settings"

    public init(path: String) {
        self.path = path
    }

    /// `$XDG_CONFIG_HOME/micrograd/settings` (by default under `~/.config`);
    /// nil without a home folder.
    public static func defaultPath(environment: (String) -> String?) -> String? {
        XDGDirectories.config(environment: environment).map { FileSystem.join($0, fileName) }
    }

    /// The language remembered in `text`, if a `language` line names one.
    public static func language(in text: String) -> Language? {
        var found: Language?
        for line in text.split(whereSeparator: \.isNewline) {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            if words.count == 2, words[0] == "language", let language = Language(rawValue: String(words[1])) {
                found = language
            }
        }
        return found
    }

    /// `text` with its `language` line set to `language` (added if missing).
    public static func setting(language: Language, in text: String) -> String {
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
            .filter { $0.split(separator: " ").first != "language" }
        lines.append("language \(language.rawValue)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The language remembered, or nil (no file, no line, unreadable).
    public func language() -> Language? {
        guard FileSystem.exists(path), let text = try? FileSystem.readText(path) else { return nil }
        return SettingsFile.language(in: text)
    }

    /// Remembers `language`, replacing the file atomically.
    public func remember(_ language: Language) throws(FileSystem.Problem) {
        let old = FileSystem.exists(path) ? ((try? FileSystem.readText(path)) ?? "") : ""
        if SettingsFile.language(in: old) == language { return }
        try FileSystem.makeDirectories(FileSystem.parent(of: path))
        try FileSystem.writeAtomically(SettingsFile.setting(language: language, in: old), to: path)
    }
}
