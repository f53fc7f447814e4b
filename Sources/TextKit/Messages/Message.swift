/// A sentence the tutor says to a person, with its English and its Chinese
/// text side by side.
///
/// Every module that speaks to people declares its sentences as an enum
/// conforming to `Message`: one case per sentence, its arguments typed
/// (numbers, names, paths, counts as ``Count``). Code, names, numbers and
/// formulas are arguments and stay as typed; everything around them is in
/// the learner's language. Writing both texts in one place, in one switch,
/// means neither can be forgotten, and a reviewer reads them together:
///
/// ```swift
/// enum ScriptMessage: Message {
///     case saved(Count, path: String)
///     var texts: Texts {
///         switch self {
///         case .saved(let lines, let path):
///             Texts(en: "Saved \(lines.en) to \(path).", zh: "已将 \(lines.zh)保存到 \(path)。")
///         }
///     }
///     static let samples: [ScriptMessage] = [.saved(Count(3, .line), path: "demo.mg")]
/// }
/// ```
///
/// `Tests/CatalogTests` lists every message type; it finds every case in the
/// sources, fails when one has no sample, renders every sample in both
/// languages, and checks that each argument appears in both texts.
public protocol Message: Sendable {
    /// The sentence in English and in Chinese.
    var texts: Texts { get }
    /// At least one message of every case, with arguments that differ from
    /// one another, for the catalog test. (A case without a sample fails it.)
    static var samples: [Self] { get }
}

/// The two texts of one message.
public struct Texts: Sendable, Equatable {
    public var en: String
    public var zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .en: en
        case .zh: zh
        }
    }
}

extension Message {
    /// The message in `language`. Its arguments may quote input or a
    /// file (a name, a path, a line), so control characters in them are
    /// shown visibly (`^[`): a message never drives the terminal. Newline,
    /// tab and ``Style``'s colour codes (a styled argument) stay.
    public func text(_ language: Language) -> String {
        texts(language).withVisibleControlsKeepingStyle
    }

    /// The name of the case this message is, for the catalog test.
    public var caseName: String {
        let mirror = Mirror(reflecting: self)
        if let label = mirror.children.first?.label { return label }
        return String(describing: self)
    }
}
