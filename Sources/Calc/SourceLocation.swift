/// A place in the source: 1-based line and column. Columns count characters
/// (what a person sees as one letter), not bytes.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// The stretch of source a token or an expression was written in: from
/// `start` up to, not including, `end`, and the same as character offsets
/// into the text that was parsed.
public struct SourceRange: Hashable, Sendable {
    public var start: SourceLocation
    public var end: SourceLocation
    /// Character offsets into the parsed text.
    public var offsets: Range<Int>

    public init(start: SourceLocation, end: SourceLocation, offsets: Range<Int>) {
        self.start = start
        self.end = end
        self.offsets = offsets
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(
            start: Swift.min(start, other.start), end: Swift.max(end, other.end),
            offsets: Swift.min(offsets.lowerBound, other.offsets.lowerBound)..<Swift.max(
                offsets.upperBound, other.offsets.upperBound))
    }
}
