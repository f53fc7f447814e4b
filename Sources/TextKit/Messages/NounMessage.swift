/// A count alone, as a message: `3 steps`, `3 步`. (Also the catalog's
/// check that every noun has both languages.)
public enum NounMessage: Message {
    case count(Count)

    public var texts: Texts {
        switch self {
        case .count(let count): Texts(en: count.en, zh: count.zh)
        }
    }

    public static let samples: [NounMessage] = Noun.allCases.map { .count(Count(3, $0)) }
}
