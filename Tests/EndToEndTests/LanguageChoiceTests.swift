import Foundation
import Testing

/// The language is chosen once and remembered: `--lang` (or `:lang`) is
/// written to `~/.config/micrograd/settings`, and a later start without
/// `--lang` speaks it; without a choice, the locale decides.
@Suite("Language choice")
struct LanguageChoiceTests {
    static func settings(_ home: URL) -> URL {
        home.appendingPathComponent(".config/micrograd/settings")
    }

    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }
    }

    @Test("`--lang zh lesson` then a plain `lesson` stays Chinese")
    func lessonRemembers() throws {
        let home = Binary.temporaryFolder()
        let first = try Binary.run(["--lang", "zh", "lesson", "basics"], input: "", home: home)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try String(contentsOf: Self.settings(home), encoding: .utf8) == "language zh\n")
        let second = try Binary.run(["lesson", "basics"], input: "", home: home)
        #expect(second.stdout.contains("基本概念"), "\(second.stdout)")
        let listing = try Binary.run(["lessons"], home: home)
        #expect(listing.stdout.contains("步"), "\(listing.stdout)")
    }

    @Test("`--lang en` overrides and replaces the remembered choice")
    func explicitWins() throws {
        let home = Binary.temporaryFolder()
        _ = try Binary.run(["lessons", "--lang", "zh"], home: home)
        let english = try Binary.run(["lessons", "--lang", "en"], home: home)
        #expect(!Self.hasChinese(english.stdout), "\(english.stdout)")
        #expect(try String(contentsOf: Self.settings(home), encoding: .utf8) == "language en\n")
        let plain = try Binary.run(["lessons"], environment: ["LANG": "zh_CN.UTF-8"], home: home)
        #expect(!Self.hasChinese(plain.stdout), "the remembered choice wins over the locale: \(plain.stdout)")
    }

    @Test("without a choice, LC_ALL, LC_MESSAGES or LANG starting with zh selects Chinese")
    func locale() throws {
        let zh = try Binary.run(["lessons"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(Self.hasChinese(zh.stdout), "\(zh.stdout)")
        let overridden = try Binary.run(["lessons"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"])
        #expect(!Self.hasChinese(overridden.stdout), "\(overridden.stdout)")
        let messages = try Binary.run(["lessons"], environment: ["LC_MESSAGES": "zh_TW.UTF-8", "LANG": "C.UTF-8"])
        #expect(Self.hasChinese(messages.stdout), "\(messages.stdout)")
    }

    @Test("`:lang zh` in a lesson is remembered in the settings file too")
    func colonLang() throws {
        let home = Binary.temporaryFolder()
        _ = try Binary.run(["lesson", "basics", "--lang", "en"], input: ":lang zh\n", home: home)
        #expect(try String(contentsOf: Self.settings(home), encoding: .utf8) == "language zh\n")
    }

    @Test("the free session takes --lang and the remembered language; XDG_CONFIG_HOME moves the file")
    func freeSession() throws {
        let home = Binary.temporaryFolder()
        let config = Binary.temporaryFolder()
        let chosen = try Binary.run(["--lang", "zh", "-e", "1+1"], environment: ["XDG_CONFIG_HOME": config.path], home: home)
        #expect(chosen.status == 0, "\(chosen.stderr)")
        let file = config.appendingPathComponent("micrograd/settings")
        #expect(try String(contentsOf: file, encoding: .utf8) == "language zh\n")
        #expect(!FileManager.default.fileExists(atPath: Self.settings(home).path))
    }

    @Test("lessons check speaks Chinese: the diagnostics, ok lines and the summary")
    func checkInChinese() throws {
        let lessons = Binary.repository.appendingPathComponent("lessons")
        let folder = Binary.temporaryFolder()
        for language in ["en", "zh"] {
            let target = folder.appendingPathComponent(language)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: lessons.appendingPathComponent("\(language)/01-basics.md"), to: target.appendingPathComponent("01-basics.md"))
        }
        let zh = folder.appendingPathComponent("zh/01-basics.md")
        try String(contentsOf: zh, encoding: .utf8).replacingOccurrences(of: "## task chain", with: "## tsak chain")
            .write(to: zh, atomically: true, encoding: .utf8)
        let result = try Binary.run(["lessons", "check", folder.path, "--lang", "zh"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("ok  \(folder.path)/en/01-basics.md（19 步）\n"), "\(result.stdout)")
        #expect(result.stdout.contains(": 没有“tsak”这种步骤类型（是不是想写“task”？）；可用的类型有 "), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("2 个文件，1 课：1 个错误\n"), "\(result.stdout)")
        let english = try Binary.run(["lessons", "check", folder.path, "--lang", "en"])
        #expect(english.stdout.contains("unknown step kind 'tsak' (did you mean 'task'?)"), "\(english.stdout)")
    }

    @Test("the banner and a shell message in Chinese")
    func shellMessages() throws {
        let result = try Binary.run(["--lang", "zh", "lesson", "basix"])
        #expect(result.status == 1)
        #expect(result.stderr == "micrograd: 没有课程“basix”；`micrograd lessons` 可列出全部课程\n")
        let listing = try Binary.run(["--lang", "zh", "lessons"])
        #expect(listing.stdout.hasPrefix("1.   basics             基本概念：值、梯度与反向传播"), "\(listing.stdout)")
        #expect(listing.stdout.contains("19 步  未开始\n"), "\(listing.stdout)")
    }
}
