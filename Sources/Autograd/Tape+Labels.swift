/// Names of nodes: what the learner called them (`a`, `w[0,1]`, `c′`).
///
/// The engine never reads a name; they are kept on the tape so that they
/// move with their nodes when the tape is compacted.
extension Tape {
    /// A label as the tape keeps it: the text it was given, and how often
    /// its name had moved on when it was given. The primes are worked out
    /// when the label is read, so that moving a name (`c = c + 1`) is one
    /// count, not a rewrite of every earlier label: a script that rebinds
    /// one name thousands of times stays linear.
    struct StoredLabel {
        let text: String
        let retirements: Int32
    }

    /// The name given to the node, if any, with a prime for each time its
    /// name has moved on since: `c′` is the `c` before the last `c = ...`.
    public func label(_ node: Node) -> String? {
        let index = Int(node.index)
        guard index >= 0, index < labels.count, let stored = labels[index] else { return nil }
        guard !retirements.isEmpty else { return stored.text }
        let (name, tail) = Tape.split(stored.text)
        let moved = Int(retirements[String(name)] ?? 0) - Int(stored.retirements)
        return moved > 0 ? String(name) + Tape.primes(moved) + String(tail) : stored.text
    }

    /// Whether the node has a label, primed or not. Cheaper than
    /// ``label(_:)``: no text is made.
    public func isLabelled(_ node: Node) -> Bool {
        let index = Int(node.index)
        return index >= 0 && index < labels.count && labels[index] != nil
    }

    /// The label, only while its name has not moved on since it was given
    /// (no primes): what an element of an array still bound to its name
    /// carries. Nil for a primed label, without making its text.
    public func currentLabel(_ node: Node) -> String? {
        let index = Int(node.index)
        guard index >= 0, index < labels.count, let stored = labels[index] else { return nil }
        guard !retirements.isEmpty else { return stored.text }
        return retirements[String(Tape.split(stored.text).name)] ?? 0 == stored.retirements ? stored.text : nil
    }

    /// The label as it was given, without the primes its name has gained
    /// since (`w[0,1]` where ``label(_:)`` says `w′[0,1]`): cheap, for a
    /// quick test before asking ``currentLabel(_:)``.
    public func givenLabel(_ node: Node) -> String? {
        let index = Int(node.index)
        return index >= 0 && index < labels.count ? labels[index]?.text : nil
    }

    /// Every node that has a label, in tape order.
    public var labelledNodes: [Node] {
        labels.indices.filter { labels[$0] != nil }.map { Node(index: Int32($0)) }
    }

    /// Names the node, or with nil takes its name away.
    public func setLabel(_ node: Node, _ label: String?) {
        let index = Int(node.index)
        if index >= labels.count {
            guard label != nil else { return }
            labels.append(contentsOf: repeatElement(nil, count: index + 1 - labels.count))
        }
        labels[index] = label.map { text in
            StoredLabel(text: text, retirements: retirements.isEmpty ? 0 : retirements[String(Tape.split(text).name)] ?? 0)
        }
    }

    /// Moves `name` on: every label given so far as `name` or as an element
    /// of it (`name[0,1]`) gains a prime, `name′` or `name′[0,1]`; one given
    /// before an earlier move gains one more, `name″`. Labels given from now
    /// on are unprimed. Constant time: the primes are counted when a label
    /// is read.
    public func retireName(_ name: String) {
        retirements[name, default: 0] += 1
    }

    /// `w[0,1]` as its name `w` and the element `[0,1]`; a plain name has
    /// no element part.
    static func split(_ text: String) -> (name: Substring, tail: Substring) {
        guard let bracket = text.utf8.firstIndex(of: UInt8(ascii: "[")) else { return (text[...], "") }
        return (text[..<bracket], text[bracket...])
    }

    /// `′`, `″`, `‴`, then `⁽⁴⁾` and so on.
    static func primes(_ count: Int) -> String {
        switch count {
        case 1: return "′"
        case 2: return "″"
        case 3: return "‴"
        default:
            var digits = ""
            var rest = count
            repeat {
                digits = superscriptDigits[rest % 10] + digits
                rest /= 10
            } while rest > 0
            return "⁽" + digits + "⁾"
        }
    }

    private static let superscriptDigits = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
}
