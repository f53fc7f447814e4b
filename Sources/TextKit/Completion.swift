/// What Tab offers: candidates that each replace the last `replacing` characters before the cursor.
///
/// Characters are counted as Unicode scalars, which is what libedit's
/// wide-character buffer holds (for identifiers there is no difference).
public struct Completion: Equatable, Sendable {
    /// How many characters before the cursor each candidate replaces.
    public var replacing: Int
    /// The full replacement texts, in the order they should be listed.
    public var candidates: [String]

    public init(replacing: Int, candidates: [String]) {
        self.replacing = replacing
        self.candidates = candidates
    }

    /// Nothing to offer.
    public static let none = Completion(replacing: 0, candidates: [])
}
