/// The forward pass, run again over nodes that already exist.
extension Tape {
    /// Recomputes the value of every operation node from index `start` on,
    /// in tape order, so that each node sees its inputs' new values.
    ///
    /// After leaves change (a gradient-descent step), this brings every
    /// graph built from them up to date without building it again: the tape
    /// remembers the whole computation, so it can simply be replayed.
    public func recompute(from start: Int = 0) {
        var index = Swift.max(start, 0)
        while index < count {
            operations[index].visit(ForwardStep(tape: self, index: index))
            index += 1
        }
    }
}

/// One node of the replay: `out = f(inputs)`, with the node's own rule.
private struct ForwardStep: OperationVisitor {
    let tape: Tape
    let index: Int

    /// A leaf keeps the value it was given; a constant, its number.
    func leaf() {}

    func unary<Rule: UnaryRule>(_: Rule.Type) {
        tape.data[index] = Rule.forward(tape.data[Int(tape.firstInputs[index])])
    }

    func binary<Rule: BinaryRule>(_: Rule.Type) {
        tape.data[index] = Rule.forward(tape.data[Int(tape.firstInputs[index])], tape.data[Int(tape.secondInputs[index])])
    }
}
