import TextKit
import Calc

extension Session {
    /// The limits that protect the tutor (``Limits``), shown and changed
    /// with `:set`. Every error a limit raises names its setting here.
    static let settingsCommands: CommandTable<Session> = [
        Command(
            name: "set", usage: "[NAME N]", summary: "list the limits, or change one (:set max-nodes 50000000)",
            effect: .changes, reachesOutside: true, arguments: SettingArguments.self
        ) { session, arguments throws(Diagnostic) in try session.set(arguments) },
    ]

    private func set(_ arguments: SettingArguments) throws(Diagnostic) {
        guard let setting = arguments.setting else {
            listSettings()
            return
        }
        guard let valueWord = arguments.value else {
            let meaning = setting.meaning.text(language)
            say("\(setting.name) = \(Setting.grouped(options.limits[keyPath: setting.keyPath]))  " + (language == .zh ? "（\(meaning)）" : "(\(meaning))"))
            return
        }
        let digits = valueWord.text.filter { $0 != "_" && $0 != "," }
        guard let value = Int(digits), setting.range.contains(value) else {
            let message = SessionMessage.settingRange(
                name: setting.name, low: Setting.grouped(setting.range.lowerBound),
                high: Setting.grouped(setting.range.upperBound))
            throw .error(message.text(language), at: valueWord.range, hint: setting.why.text(language))
        }
        options.limits[keyPath: setting.keyPath] = value
        workspace.limits[keyPath: setting.keyPath] = value
        say("\(setting.name) = \(Setting.grouped(value))")
    }

    private func listSettings() {
        let width = Setting.all.map(\.name.count).max() ?? 0
        let values = Setting.all.map { Setting.grouped(options.limits[keyPath: $0.keyPath]) }
        let valueWidth = values.map(\.count).max() ?? 0
        for (setting, value) in zip(Setting.all, values) {
            say("  \(TextLayout.padRight(setting.name, to: width))  \(TextLayout.padLeft(value, to: valueWidth))  \(style.dim(setting.meaning.text(language)))")
        }
        say(style.dim(SessionMessage.changeSetting.text(language)))
    }
}

/// One limit that `:set` changes: its name, where it lives in ``Limits``,
/// the values it accepts, and why they stop where they do.
struct Setting: Sendable {
    var name: String
    var keyPath: WritableKeyPath<Limits, Int> & Sendable
    var range: ClosedRange<Int>
    var meaning: SettingMessage
    /// Why the range ends where it does, shown when a value is refused.
    var why: SettingMessage
    var example: Int

    /// The names match the hints of the errors each limit raises (Parser,
    /// Session, Evaluator), so that an error's advice can be typed as is.
    static let all: [Setting] = [
        Setting(
            name: "max-nesting", keyPath: \.maxNesting, range: 10...maxSafeNesting,
            meaning: .nestingMeaning, why: .nestingWhy, example: 100),
        Setting(
            name: "max-line", keyPath: \.maxLineLength, range: 100...10_000_000,
            meaning: .lineMeaning, why: .lineWhy, example: 1_000_000),
        Setting(
            name: "max-nodes", keyPath: \.maxNodes, range: 1_000...maxNodesCeiling,
            meaning: .nodesMeaning, why: .nodesWhy, example: 50_000_000),
        Setting(
            name: "max-array", keyPath: \.maxArrayElements, range: 1...maxNodesCeiling,
            meaning: .arrayMeaning, why: .arrayWhy, example: 10_000_000),
        Setting(
            name: "max-draw", keyPath: \.maxDrawNodes, range: 1...maxDrawCeiling,
            meaning: .drawMeaning, why: .drawWhy, example: 200),
    ]

    /// Laying out is quadratic in the nodes of a layer, and no terminal
    /// shows more than a few hundred boxes.
    static let maxDrawCeiling = 2_000

    /// How deep the parser and the evaluator may recurse: the executable
    /// runs on a stack of its own (`LargeStack`, 512 MiB reserved), where a
    /// debug build's 14 KiB a level leaves room for many times this
    /// (docs/decisions.md, "A stack sized for the nesting limit").
    static let maxSafeNesting = 5_000

    /// Node indices are 32-bit; memory runs out long before that.
    static let maxNodesCeiling = 100_000_000

    static func named(_ name: String) -> Setting? {
        all.first { $0.name == name }
    }

    /// `20000000` as `20,000,000`.
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }
}
