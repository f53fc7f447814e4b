import Autograd

/// Everything a session has computed: the tape that holds every node, the
/// names bound to nodes, and the random generator.
///
/// Names bind like Python's (and micrograd's): `c = c + 1` builds a new node
/// from the old `c` and then moves the name; graphs built from the old node
/// keep it. A name bound to plain numbers is a *parameter*: a leaf that
/// gradient descent may change.
public final class Workspace {
    public let tape: Tape
    public private(set) var bindings: [String: Value] = [:]
    /// The value of the last statement, which commands use by default.
    public private(set) var lastResult: Value?
    /// The last scalar result that is a question about a graph rather than
    /// about gradients: the loss that `grad(x)`, `:step` and `:train`
    /// differentiate. A statement that calls `grad` does not replace it, so
    /// `sum(grad(w) - dw)` does not change what `grad(b)` means next.
    public var lastScalarResult: Node?
    public var random: SeededGenerator
    public var limits: Limits
    /// The gradients kept between backward passes with `:set accumulate
    /// on`, and whether it is on (``StoredGradients``).
    public var storedGradients = StoredGradients()
    /// Asked every few thousand new nodes while a statement runs: true
    /// (the learner pressed Ctrl-C) stops the statement with an error, and
    /// its nodes are dropped as for any other error.
    public var shouldStop: () -> Bool = { false }
    /// Nodes made since `shouldStop` was last asked.
    var nodesSinceStopCheck = 0
    /// How many nodes are made between two questions to `shouldStop`:
    /// often enough to stop within milliseconds, rarely enough to cost
    /// nothing.
    static let nodesBetweenStopChecks = 4_096
    /// How many nodes survived the last compaction; the tape is compacted
    /// again when it has grown well past that.
    private var liveAfterCompaction = 0

    public init(seed: UInt64 = 0, limits: Limits = Limits()) {
        tape = Tape()
        random = SeededGenerator(seed: seed)
        self.limits = limits
    }

    /// Forgets every name and node, keeping the settings.
    /// Counts changes to the names and to where nodes are: work derived from
    /// them (such as the parameters of a loss) stays valid while it does not
    /// change and the tape does not grow.
    public private(set) var generation = 0

    public func reset() {
        generation += 1
        bindings = [:]
        lastResult = nil
        lastScalarResult = nil
        tape.truncate(to: 0)
        // The nodes are gone, so are their gradients; accumulate stays as set.
        storedGradients.zero()
        liveAfterCompaction = 0
    }

    /// Puts back names and the last result saved with ``checkpoint()``.
    func restoreBindings(_ saved: [String: Value], lastResult saved2: Value?) {
        generation += 1
        bindings = saved
        lastResult = saved2
        liveAfterCompaction = tape.count
    }

    public func value(named name: String) -> Value? {
        bindings[name]
    }

    /// The names, sorted.
    public var names: [String] { bindings.keys.sorted() }

    /// Binds `name` to `value`. A fresh plain number becomes a leaf named
    /// `name` (a parameter); a fresh result of an operation takes the name
    /// as its label; a node that already existed (`b = a`) keeps its label.
    public func bind(_ name: String, to value: Value, createdFrom firstNewNode: Int) {
        generation += 1
        if let old = bindings[name], old != value { markEarlier(name) }
        switch value {
        case .scalar(let node):
            label(node, as: name, createdFrom: firstNewNode)
        case .array(let array):
            let columns = array.shape.count == 2 ? array.shape[1] : 0
            for (offset, node) in array.elements.enumerated() where Int(node.index) >= firstNewNode {
                let elementName = columns > 0
                    ? Workspace.elementName(name, offset / columns, offset % columns)
                    : Workspace.elementName(name, offset)
                label(node, as: elementName, createdFrom: firstNewNode)
            }
        }
        bindings[name] = value
    }

    private func label(_ node: Node, as label: String, createdFrom firstNewNode: Int) {
        guard Int(node.index) >= firstNewNode else { return }
        if tape.operation(node) == .constant {
            tape.makeLeaf(node, label: label)
        } else if tape.label(node) == nil {
            tape.setLabel(node, label)
        }
    }

    /// Rebinds `name`, whose value was computed from numbers alone (such as
    /// `w = randn(2, 3) * 0.5`), to fresh leaves holding the same numbers:
    /// a parameter, as if the numbers had been typed out. The nodes that
    /// computed them are left to be reclaimed.
    public func bindAsPlainNumbers(_ name: String) {
        guard let value = bindings[name], !isParameter(value) else { return }
        let first = tape.count
        let numbers = value.nodes.map { tape.constant(tape.data($0)) }
        for node in value.nodes { tape.setLabel(node, nil) }
        bindings[name] = nil
        switch value {
        case .scalar: bind(name, to: .scalar(numbers[0]), createdFrom: first)
        case .array(let array): bind(name, to: .array(NodeArray(shape: array.shape, elements: numbers)), createdFrom: first)
        }
    }

    /// When a name moves to a new node, the nodes it named before keep a
    /// primed name: the last `c` becomes `c′`, the one before it `c″`, so
    /// that tables of graphs built from the old `c` stay readable. The tape
    /// counts the move and primes the labels when they are read, so a bind
    /// costs the same however many earlier labels the name has.
    private func markEarlier(_ name: String) {
        tape.retireName(name)
    }

    /// `w[3]` or `w[3,4]`. Written byte by byte into the string's own
    /// storage, without string interpolation, which took most of the time
    /// of binding a large array (a million elements make a million names).
    static func elementName(_ name: String, _ first: Int, _ second: Int? = nil) -> String {
        func digits(_ number: Int) -> Int {
            var count = 1
            var rest = number / 10
            while rest > 0 { count += 1; rest /= 10 }
            return count
        }
        // The exact length: a name of up to 15 bytes is then stored inline,
        // with no allocation.
        let length = name.utf8.count + 2 + digits(first) + (second.map { 1 + digits($0) } ?? 0)
        return String(unsafeUninitializedCapacity: length) { buffer in
            var end = 0
            func append(_ byte: UInt8) {
                buffer[end] = byte
                end += 1
            }
            func append(number: Int) {
                let start = end
                var rest = number
                repeat {
                    append(UInt8(ascii: "0") + UInt8(rest % 10))
                    rest /= 10
                } while rest > 0
                buffer[start..<end].reverse()
            }
            for byte in name.utf8 { append(byte) }
            append(UInt8(ascii: "["))
            append(number: first)
            if let second {
                append(UInt8(ascii: ","))
                append(number: second)
            }
            append(UInt8(ascii: "]"))
            return end
        }
    }

    func setLastResult(_ value: Value, askedForGradients: Bool) {
        lastResult = value
        if case .scalar(let node) = value, !askedForGradients { lastScalarResult = node }
    }

    /// Whether every node of the value is a leaf: a parameter that a
    /// gradient step may change.
    public func isParameter(_ value: Value) -> Bool {
        value.nodes.allSatisfy { tape.operation($0) == .leaf }
    }

    /// The name currently bound to exactly this node, if any.
    public func name(of node: Node) -> String? {
        for (name, value) in bindings {
            if case .scalar(let bound) = value, bound == node { return name }
        }
        return nil
    }

    // MARK: Reclaiming memory

    /// Drops the nodes that no name and not the last result can reach, when
    /// the tape has grown to more than twice what was alive last time. A
    /// long session therefore stays within a constant factor of what it
    /// still uses.
    public func compactIfNeeded() {
        guard tape.count > Swift.max(2 * liveAfterCompaction, 100_000) else { return }
        compact()
    }

    /// Drops every node that no name and not the last result can reach.
    public func compact() {
        generation += 1
        var roots: [Node] = []
        for value in bindings.values { roots += value.nodes }
        if let lastResult { roots += lastResult.nodes }
        if let lastScalarResult { roots.append(lastScalarResult) }
        let relocation = tape.compact(keeping: roots)
        bindings = bindings.compactMapValues { $0.relocated(relocation) }
        lastResult = lastResult?.relocated(relocation)
        lastScalarResult = lastScalarResult.flatMap { relocation[$0] }
        storedGradients.relocate(relocation, count: tape.count)
        liveAfterCompaction = tape.count
    }
}
