import TextKit
import Calc

extension Session {
    /// The settings, shown and changed with `:set`: the limits that
    /// protect the tutor (``Limits``; every error a limit raises names its
    /// setting here) and `accumulate`.
    static let settingsCommands: CommandTable<Session> = [
        Command(
            name: "set", usage: "[NAME VALUE]",
            summary: "list the settings, or change one (:set max-nodes 50000000, :set accumulate on)",
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
            say("\(setting.name) = \(value(of: setting))  " + (language == .zh ? "（\(meaning)）" : "(\(meaning))"))
            return
        }
        switch setting.kind {
        case .limit(let keyPath, let range, let why, _):
            let digits = valueWord.text.filter { $0 != "_" && $0 != "," }
            guard let value = Int(digits), range.contains(value) else {
                let message = SessionMessage.settingRange(
                    name: setting.name, low: Setting.grouped(range.lowerBound), high: Setting.grouped(range.upperBound))
                throw .error(message.text(language), at: valueWord.range, hint: why.text(language))
            }
            options.limits[keyPath: keyPath] = value
            workspace.limits[keyPath: keyPath] = value
            say("\(setting.name) = \(Setting.grouped(value))")
        case .onOff(let toggle):
            guard let on = Setting.onOff(valueWord.text) else {
                throw .error(
                    AccumulationMessage.notOnOff(valueWord.text).text(language), at: valueWord.range,
                    hint: AccumulationMessage.onOffHint.text(language))
            }
            switch toggle {
            case .accumulate: setAccumulate(on)
            }
        }
    }

    /// A setting's value as `:set` shows it: `20,000,000`, `on`.
    private func value(of setting: Setting) -> String {
        switch setting.kind {
        case .limit(let keyPath, _, _, _): Setting.grouped(options.limits[keyPath: keyPath])
        case .onOff(.accumulate): workspace.storedGradients.isAccumulating ? "on" : "off"
        }
    }

    private func listSettings() {
        let width = Setting.all.map(\.name.count).max() ?? 0
        let values = Setting.all.map(value(of:))
        let valueWidth = values.map(\.count).max() ?? 0
        for (setting, value) in zip(Setting.all, values) {
            say("  \(TextLayout.padRight(setting.name, to: width))  \(TextLayout.padLeft(value, to: valueWidth))  \(style.dim(setting.meaning.text(language)))")
        }
        say(style.dim(SessionMessage.changeSetting.text(language)))
    }
}

/// One setting that `:set` changes: a limit that protects the tutor (a
/// whole number in a range, kept in ``Limits``) or a switch (`on`/`off`).
struct Setting: Sendable {
    var name: String
    var kind: Kind
    var meaning: SettingMessage

    /// What kind of value a setting takes, and where it lives.
    enum Kind: Sendable {
        /// A limit: where it lives in ``Limits``, the values it accepts,
        /// why they stop where they do (shown when a value is refused), and
        /// a value for examples.
        case limit(WritableKeyPath<Limits, Int> & Sendable, range: ClosedRange<Int>, why: SettingMessage, example: Int)
        /// A switch, `on` or `off`.
        case onOff(Switch)
    }

    /// The settings that are `on` or `off`.
    enum Switch: Sendable {
        /// Whether backward passes add into stored gradients
        /// (``StoredGradients``; `Session+Accumulation`).
        case accumulate
    }

    /// The names match the hints of the errors each limit raises (Parser,
    /// Session, Evaluator), so that an error's advice can be typed as is.
    static let all: [Setting] = [
        Setting(
            name: "max-nesting", kind: .limit(\.maxNesting, range: 10...maxSafeNesting, why: .nestingWhy, example: 100),
            meaning: .nestingMeaning),
        Setting(
            name: "max-line", kind: .limit(\.maxLineLength, range: 100...10_000_000, why: .lineWhy, example: 1_000_000),
            meaning: .lineMeaning),
        Setting(
            name: "max-nodes", kind: .limit(\.maxNodes, range: 1_000...maxNodesCeiling, why: .nodesWhy, example: 50_000_000),
            meaning: .nodesMeaning),
        Setting(
            name: "max-array",
            kind: .limit(\.maxArrayElements, range: 1...maxNodesCeiling, why: .arrayWhy, example: 10_000_000),
            meaning: .arrayMeaning),
        Setting(
            name: "max-draw", kind: .limit(\.maxDrawNodes, range: 1...maxDrawCeiling, why: .drawWhy, example: 200),
            meaning: .drawMeaning),
        Setting(name: "accumulate", kind: .onOff(.accumulate), meaning: .accumulateMeaning),
    ]

    /// A value to show in an example: `:set max-nodes 50000000`, `:set accumulate on`.
    var example: String {
        switch kind {
        case .limit(_, _, _, let example): String(example)
        case .onOff: "on"
        }
    }

    /// Whether changing it reaches past the session, which lesson code may
    /// not do (``CommandInfo/reachesOutside``): a limit protects the
    /// machine the tutor runs on; a switch such as `accumulate` changes
    /// only how this session computes, and touches no file.
    var reachesOutside: Bool {
        if case .limit = kind { true } else { false }
    }

    /// `on` or `off`, in either case; a number is no switch's value.
    static func onOff(_ word: String) -> Bool? {
        switch word.lowercased() {
        case "on": true
        case "off": false
        default: nil
        }
    }

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
