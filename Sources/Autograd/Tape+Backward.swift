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
    ///    `input.grad += node.grad * d node / d input`. It is `+=` because an
    ///    input used twice (`a * a`, or `a` in two places) receives a share
    ///    from every use, and the shares add up.
    ///
    /// Calling it again for the same output gives the same gradients: they
    /// are reset first, unlike micrograd, where a second `backward()` adds
    /// the gradients again (its issue #53). The gradients on the tape are
    /// always those of the last output passed here.
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

        /// The chain rule at a node of one input: `x.grad += grad * dout/dx`.
        func chain<Rule: UnaryRule>(_: Rule.Type, _ index: Int, _ gradient: Double) {
            let x = Int(firstInputs[index])
            grads[x] += gradient * Rule.derivative(data[x], output: data[index])
        }

        /// The chain rule at a node of two inputs.
        func chain<Rule: BinaryRule>(_: Rule.Type, _ index: Int, _ gradient: Double) {
            let x = Int(firstInputs[index])
            let y = Int(secondInputs[index])
            let local = Rule.derivatives(data[x], data[y], output: data[index])
            grads[x] += gradient * local.dx
            grads[y] += gradient * local.dy
        }

        var index = last
        while index >= 0 {
            let gradient = grads[index]
            if gradient != 0 {
                switch operations[index] {
                case .leaf, .constant: break
                case .add: chain(Add.self, index, gradient)
                case .subtract: chain(Subtract.self, index, gradient)
                case .multiply: chain(Multiply.self, index, gradient)
                case .divide: chain(Divide.self, index, gradient)
                case .power: chain(Power.self, index, gradient)
                case .negate: chain(Negate.self, index, gradient)
                case .exp: chain(Exp.self, index, gradient)
                case .log: chain(Log.self, index, gradient)
                case .tanh: chain(Tanh.self, index, gradient)
                case .relu: chain(ReLU.self, index, gradient)
                case .sigmoid: chain(Sigmoid.self, index, gradient)
                case .squareRoot: chain(SquareRoot.self, index, gradient)
                case .absolute: chain(Absolute.self, index, gradient)
                case .sine: chain(Sine.self, index, gradient)
                case .cosine: chain(Cosine.self, index, gradient)
                }
            }
            index -= 1
        }
    }
}
