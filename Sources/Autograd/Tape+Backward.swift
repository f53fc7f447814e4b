/// Backpropagation: the chain rule, applied one node at a time.
extension Tape {
    /// Computes d(output)/d(node) for every node the output depends on, and
    /// stores it in that node's `grad`.
    ///
    /// 1. Every gradient is set to 0, and the output's to 1 (d out/d out).
    /// 2. The tape is walked from the output down to the first node. Because
    ///    a node is always made after its inputs, by the time the walk
    ///    reaches a node, every node that uses it has already been visited
    ///    and has added its share to the node's gradient: the gradient is
    ///    complete. (This is the topological order that micrograd builds
    ///    with a recursive search; a tape has it for free, and no recursion
    ///    means no depth limit.)
    /// 3. At each node the chain rule passes the gradient on to the inputs:
    ///    `input.grad += node.grad * d node / d input` (`ChainRuleStep`,
    ///    below). It is `+=` because an input used twice (`a * a`, or `a` in
    ///    two places) receives a share from every use, and the shares add up.
    ///
    /// Calling it again for the same output gives the same gradients: they
    /// are reset first, unlike micrograd, where a second `backward()` adds
    /// the gradients again (its issue #53). The gradients on the tape are
    /// always those of the last output passed here. (The tutor's
    /// accumulate mode keeps sums of passes elsewhere, in the workspace's
    /// `StoredGradients`, so that this stays true.)
    ///
    /// A node whose gradient is exactly 0 has nothing to pass on and is
    /// skipped; that also leaves alone the nodes the output does not depend
    /// on, and a dead ReLU costs nothing.
    public func backward(from output: Node) {
        let last = Int(output.index)
        precondition(last >= 0 && last < count, "backward(from:) needs a node of this tape")
        // New nodes start with gradient 0; only what an earlier backward
        // wrote needs clearing.
        let stale = Swift.min(gradientsWritten, last + 1)
        if stale > 0 { grads.base!.update(repeating: 0, count: stale) }
        gradientsWritten = Swift.max(gradientsWritten, last + 1)
        grads[last] = 1

        // The loop reads the columns through local copies. Through `self`,
        // every gradient written could (for all the compiler knows) have
        // changed the tape's fields, so each column's address would be read
        // again after every store.
        let operations = self.operations
        let firstInputs = self.firstInputs
        let secondInputs = self.secondInputs
        let data = self.data
        let grads = self.grads

        var index = last
        while index >= 0 {
            let gradient = grads[index]
            if gradient != 0 {
                operations[index].visit(
                    ChainRuleStep(
                        index: index, gradient: gradient, firstInputs: firstInputs, secondInputs: secondInputs,
                        data: data, grads: grads))
            }
            index -= 1
        }
    }

    /// The number the backward pass multiplies by at `node` for its input
    /// `position` (0 or 1): d node / d input, computed by the operation's
    /// own rule from the values on the tape. 0 for a leaf or a constant.
    ///
    /// ```swift
    /// let c = tape.multiply(a, b)
    /// tape.localDerivative(of: c, input: 0)   // d(a*b)/da = b
    /// ```
    public func localDerivative(of node: Node, input position: Int) -> Double {
        let operation = operations[Int(node.index)]
        precondition(operation.arity == 0 || (0..<operation.arity).contains(position), "no input \(position)")
        return operation.visit(LocalDerivative(tape: self, index: Int(node.index), position: position))
    }
}

/// The chain rule at one node: every input's gradient grows by the node's
/// gradient times the node's local derivative with respect to that input.
private struct ChainRuleStep: OperationVisitor {
    let index: Int
    /// d output / d node, complete by now (see ``Tape/backward(from:)``).
    let gradient: Double
    let firstInputs: Column<Int32>
    let secondInputs: Column<Int32>
    let data: Column<Double>
    let grads: Column<Double>

    /// Leaves and constants have no inputs to pass a gradient to.
    func leaf() {}

    /// `x.grad += grad * d out/dx`.
    func unary<Rule: UnaryRule>(_: Rule.Type) {
        let x = Int(firstInputs[index])
        grads[x] += gradient * Rule.derivative(data[x], output: data[index])
    }

    /// `x.grad += grad * d out/dx` and `y.grad += grad * d out/dy`.
    func binary<Rule: BinaryRule>(_: Rule.Type) {
        let x = Int(firstInputs[index])
        let y = Int(secondInputs[index])
        let local = Rule.derivatives(data[x], data[y], output: data[index])
        grads[x] += gradient * local.dx
        grads[y] += gradient * local.dy
    }
}

/// ``Tape/localDerivative(of:input:)``.
private struct LocalDerivative: OperationVisitor {
    let tape: Tape
    let index: Int
    let position: Int

    func leaf() -> Double { 0 }

    func unary<Rule: UnaryRule>(_: Rule.Type) -> Double {
        Rule.derivative(tape.data[Int(tape.firstInputs[index])], output: tape.data[index])
    }

    func binary<Rule: BinaryRule>(_: Rule.Type) -> Double {
        let x = tape.data[Int(tape.firstInputs[index])]
        let y = tape.data[Int(tape.secondInputs[index])]
        let local = Rule.derivatives(x, y, output: tape.data[index])
        return position == 0 ? local.dx : local.dy
    }
}
