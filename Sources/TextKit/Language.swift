/// The languages lessons are written in: each is a folder of `lessons/`.
public enum Language: String, CaseIterable, Sendable, Comparable {
    case en
    case zh

    public static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The learner's language from the locale variables, as the C library
    /// reads them (`LC_ALL` wins over `LC_MESSAGES`, which wins over `LANG`):
    /// a value starting with `zh` means Chinese, anything else English.
    public static func fromLocale(_ environment: (String) -> String?) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment(name), !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }

    /// The language's own name for itself, for menus.
    public var nativeName: String {
        switch self {
        case .en: "English"
        case .zh: "中文"
        }
    }
}
