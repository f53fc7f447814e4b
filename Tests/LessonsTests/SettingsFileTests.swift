import Foundation
import Lessons
import Testing

/// The settings file that remembers the learner's language.
@Suite("Settings file")
struct SettingsFileTests {
    @Test("the path is under XDG_CONFIG_HOME, else ~/.config, else none")
    func path() {
        #expect(SettingsFile.defaultPath { ["XDG_CONFIG_HOME": "/x", "HOME": "/h"][$0] } == "/x/micrograd/settings")
        #expect(SettingsFile.defaultPath { ["HOME": "/h"][$0] } == "/h/.config/micrograd/settings")
        // A relative XDG folder is ignored, as the specification says.
        #expect(SettingsFile.defaultPath { ["XDG_CONFIG_HOME": "rel", "HOME": "/h"][$0] } == "/h/.config/micrograd/settings")
        #expect(SettingsFile.defaultPath { _ in nil } == nil)
    }

    @Test("a language line is read; unknown lines and languages are ignored")
    func parse() {
        #expect(SettingsFile.language(in: "language zh\n") == .zh)
        #expect(SettingsFile.language(in: "colour never\nlanguage en\n") == .en)
        #expect(SettingsFile.language(in: "language fr\n") == nil)
        #expect(SettingsFile.language(in: "") == nil)
    }

    @Test("setting the language keeps the other lines and replaces the old one")
    func rewrite() {
        #expect(SettingsFile.setting(language: .zh, in: "") == "language zh\n")
        #expect(SettingsFile.setting(language: .en, in: "colour never\nlanguage zh\n") == "colour never\nlanguage en\n")
    }

    @Test("remember writes the file, creating its folder; a missing file is no choice")
    func remember() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("settings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SettingsFile(path: folder.path + "/micrograd/settings")
        #expect(file.language() == nil)
        try file.remember(.zh)
        #expect(file.language() == .zh)
        #expect(try String(contentsOfFile: file.path, encoding: .utf8) == "language zh\n")
        try file.remember(.en)
        #expect(file.language() == .en)
    }
}
