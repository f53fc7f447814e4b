/// A computation graph of scalars, stored as a flat tape.
///
/// Every node is one slot in a few parallel columns: the operation that made
/// it, the indices of its (at most two) inputs, its value `data` and its
/// gradient `grad`. A node can only be made from nodes that already exist,
/// so the tape is in *topological order* by construction: every node comes
/// after all of its inputs. That is the whole trick of the backward pass
/// (see `Tape+Backward.swift`): walking the tape from the end to the start
/// visits every node after everything that uses it.
///
/// ```swift
/// let tape = Tape()
/// let a = tape.leaf(2, label: "a")
/// let b = tape.leaf(-3, label: "b")
/// let c = tape.add(tape.multiply(a, b), tape.tanh(a))
/// tape.backward(from: c)
/// tape.grad(a)   // b + (1 - tanh(a)^2) = -2.9293...
/// ```
public final class Tape {
    // The columns, one slot per node. How they are stored and grown, and
    // why their accesses are `@exclusivity(unchecked)`: `Tape+Storage.swift`.

    /// How many nodes the tape holds.
    public var count: Int { @inlinable get { nodeCount } }
    @exclusivity(unchecked) @usableFromInline var nodeCount = 0
    /// How many nodes fit before the columns grow.
    @exclusivity(unchecked) public internal(set) var capacity = 0

    /// The operation that made each node.
    @exclusivity(unchecked) @usableFromInline var operations = Column<Operation>()
    /// The index of each node's first input, or -1 for a leaf or constant.
    @exclusivity(unchecked) @usableFromInline var firstInputs = Column<Int32>()
    /// The index of each node's second input, or -1 for a node of fewer.
    @exclusivity(unchecked) @usableFromInline var secondInputs = Column<Int32>()
    /// Each node's value, computed when it is made (the forward pass).
    @exclusivity(unchecked) @usableFromInline var data = Column<Double>()
    /// Each node's gradient, from the last ``backward(from:)``.
    @exclusivity(unchecked) @usableFromInline var grads = Column<Double>()
    /// The name of each node, by index. Only what the learner names has
    /// one, so the array stops at the last named node: a tape that names
    /// nothing (a benchmark, a training step) spends nothing on names.
    @exclusivity(unchecked) var labels: [StoredLabel?] = []
    /// How many times each name has moved on to a new node (see
    /// ``retireName(_:)``): a label shows as many primes as its name has
    /// moved since the label was given, so moving a name costs one count
    /// however many labels it has.
    @exclusivity(unchecked) var retirements: [String: Int32] = [:]
    /// Gradients from index 0 up to this one may hold values from an earlier
    /// `backward`; every node made after starts at 0.
    @exclusivity(unchecked) var gradientsWritten = 0

    /// An empty tape with room for `capacity` nodes before it grows.
    public init(capacity: Int = 1024) {
        reserveCapacity(capacity)
    }

    deinit {
        deallocateColumns()
    }

    // MARK: Making nodes

    // The functions that make nodes are `@inlinable`, and what they touch
    // `@usableFromInline`: graphs are built by code in other modules (the
    // expression evaluator, the benchmarks), and inlined there a node costs
    // five stores and no call. Building a million-node chain went from 7.1
    // to 4.9 ns per op node (`micrograd-bench W2 1000000 10` prints the
    // building and the backward pass apart).

    /// Adds a node at the end of the tape: the one place a node is made.
    @inlinable @inline(__always)
    func append(_ operation: Operation, _ x: Int32, _ y: Int32, _ value: Double) -> Node {
        if count == capacity { grow() }
        let index = count
        operations[index] = operation
        firstInputs[index] = x
        secondInputs[index] = y
        data[index] = value
        grads[index] = 0
        nodeCount = index + 1
        return Node(index: Int32(truncatingIfNeeded: index))
    }

    /// A leaf: a value set from outside, such as a weight or an input.
    public func leaf(_ value: Double, label: String? = nil) -> Node {
        let node = append(.leaf, -1, -1, value)
        if let label { setLabel(node, label) }
        return node
    }

    /// A constant: a number written into an expression.
    @inlinable @inline(__always)
    public func constant(_ value: Double) -> Node {
        append(.constant, -1, -1, value)
    }

    /// The node `rule(x)`, its value computed now.
    @inlinable @inline(__always)
    func unary<Rule: UnaryRule>(_ operation: Operation, _ rule: Rule.Type, _ x: Node) -> Node {
        append(operation, x.index, -1, Rule.forward(data[Int(x.index)]))
    }

    /// The node `rule(x, y)`, its value computed now.
    @inlinable @inline(__always)
    func binary<Rule: BinaryRule>(_ operation: Operation, _ rule: Rule.Type, _ x: Node, _ y: Node) -> Node {
        append(operation, x.index, y.index, Rule.forward(data[Int(x.index)], data[Int(y.index)]))
    }

    /// Applies any operation by its case, for code that picks the operation
    /// at run time (the expression evaluator). `y` is the second input of
    /// an operation of two. Leaves and constants are made with
    /// ``leaf(_:label:)`` and ``constant(_:)`` instead.
    public func apply(_ operation: Operation, _ x: Node, _ y: Node? = nil) -> Node {
        make(operation, x, y)
    }

    /// ``apply(_:_:_:)``, inlined: given an operation known where it is
    /// called, as in the shorthands below, the switch of ``Operation/visit(_:)``
    /// folds away and what is left is the rule's forward and five stores.
    @inlinable @inline(__always)
    func make(_ operation: Operation, _ x: Node, _ y: Node?) -> Node {
        operation.visit(MakeNode(tape: self, operation: operation, x: x, y: y))
    }

    // Shorthands for the operations code writes by hand (`tape.multiply(w, x)`).
    @inlinable @inline(__always)
    public func add(_ x: Node, _ y: Node) -> Node { make(.add, x, y) }
    @inlinable @inline(__always)
    public func subtract(_ x: Node, _ y: Node) -> Node { make(.subtract, x, y) }
    @inlinable @inline(__always)
    public func multiply(_ x: Node, _ y: Node) -> Node { make(.multiply, x, y) }
    @inlinable @inline(__always)
    public func divide(_ x: Node, _ y: Node) -> Node { make(.divide, x, y) }
    @inlinable @inline(__always)
    public func power(_ x: Node, _ y: Node) -> Node { make(.power, x, y) }
    @inlinable @inline(__always)
    public func negate(_ x: Node) -> Node { make(.negate, x, nil) }
    @inlinable @inline(__always)
    public func exp(_ x: Node) -> Node { make(.exp, x, nil) }
    @inlinable @inline(__always)
    public func log(_ x: Node) -> Node { make(.log, x, nil) }
    @inlinable @inline(__always)
    public func tanh(_ x: Node) -> Node { make(.tanh, x, nil) }
    @inlinable @inline(__always)
    public func relu(_ x: Node) -> Node { make(.relu, x, nil) }
    @inlinable @inline(__always)
    public func sigmoid(_ x: Node) -> Node { make(.sigmoid, x, nil) }
    @inlinable @inline(__always)
    public func squareRoot(_ x: Node) -> Node { make(.squareRoot, x, nil) }
    @inlinable @inline(__always)
    public func absolute(_ x: Node) -> Node { make(.absolute, x, nil) }
    @inlinable @inline(__always)
    public func sine(_ x: Node) -> Node { make(.sine, x, nil) }
    @inlinable @inline(__always)
    public func cosine(_ x: Node) -> Node { make(.cosine, x, nil) }

    // MARK: Reading and writing nodes

    /// The node's value from the last forward computation.
    @inlinable public func data(_ node: Node) -> Double { data[Int(node.index)] }
    /// d(output)/d(node) for the output of the last ``backward(from:)``.
    @inlinable public func grad(_ node: Node) -> Double { grads[Int(node.index)] }

    /// Sets a leaf's value (a gradient-descent step, a new input). Nodes
    /// built from it keep their old values until ``recompute(from:)``.
    public func setData(_ node: Node, _ value: Double) {
        data[Int(node.index)] = value
    }

    /// Overwrites a gradient; for tests and demonstrations of wrong gradients.
    public func setGrad(_ node: Node, _ value: Double) {
        grads[Int(node.index)] = value
        gradientsWritten = Swift.max(gradientsWritten, Int(node.index) + 1)
    }

    /// The operation that made the node.
    public func operation(_ node: Node) -> Operation { operations[Int(node.index)] }

    /// The node's inputs, in order: none for a leaf, one or two otherwise.
    public func inputs(_ node: Node) -> [Node] {
        let i = Int(node.index)
        switch operations[i].arity {
        case 0: return []
        case 1: return [Node(index: firstInputs[i])]
        default: return [Node(index: firstInputs[i]), Node(index: secondInputs[i])]
        }
    }

    /// Turns a constant into a leaf, the way `a = 2` makes `a` a parameter.
    public func makeLeaf(_ node: Node, label: String?) {
        precondition(operations[Int(node.index)].arity == 0, "only a constant can become a leaf")
        operations[Int(node.index)] = .leaf
        setLabel(node, label)
    }

    /// Whether `node` is a node of this tape.
    public func contains(_ node: Node) -> Bool {
        node.index >= 0 && Int(node.index) < count
    }

    /// Removes every node from `count` on; nodes made before stay valid.
    /// A training loop that builds a fresh graph each step truncates back
    /// to its parameters between steps.
    public func truncate(to count: Int) {
        precondition(count >= 0 && count <= self.count)
        if labels.count > count { labels.removeSubrange(count...) }
        self.nodeCount = count
        gradientsWritten = Swift.min(gradientsWritten, count)
    }
}

/// Makes the node of one operation: ``Tape/apply(_:_:_:)`` as a visitor.
@usableFromInline struct MakeNode: OperationVisitor {
    @usableFromInline let tape: Tape
    @usableFromInline let operation: Operation
    @usableFromInline let x: Node
    @usableFromInline let y: Node?

    @inlinable init(tape: Tape, operation: Operation, x: Node, y: Node?) {
        self.tape = tape
        self.operation = operation
        self.x = x
        self.y = y
    }

    @inlinable func leaf() -> Node {
        preconditionFailure("apply(_:) makes operation nodes only")
    }

    @inlinable func unary<Rule: UnaryRule>(_ rule: Rule.Type) -> Node {
        tape.unary(operation, rule, x)
    }

    @inlinable func binary<Rule: BinaryRule>(_ rule: Rule.Type) -> Node {
        guard let y else { preconditionFailure("\(Rule.name) takes two inputs") }
        return tape.binary(operation, rule, x, y)
    }
}
