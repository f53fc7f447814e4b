/// The sizes past which the tutor refuses work rather than exhaust the
/// stack, the memory or the learner's patience. Each error that a limit
/// raises names the limit and how to raise it.
public struct Limits: Hashable, Sendable {
    /// How deeply expressions may nest (parentheses, function calls, and
    /// chains such as `a + b + c`, which nest to the left).
    public var maxNesting = 500
    /// The longest line the tutor reads, in characters.
    public var maxLineLength = 100_000
    /// The most nodes the tape may hold at once.
    public var maxNodes = 20_000_000
    /// The most elements one array may have.
    public var maxArrayElements = 1_000_000
    /// The most nodes `:draw` draws one by one; past it the elements of a
    /// named array become one box each, as `:graph` draws them.
    public var maxDrawNodes = 60

    public init() {}
}
