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
            switch operations[index] {
            case .leaf, .constant: break
            case .add: forward(Add.self, index)
            case .subtract: forward(Subtract.self, index)
            case .multiply: forward(Multiply.self, index)
            case .divide: forward(Divide.self, index)
            case .power: forward(Power.self, index)
            case .negate: forward(Negate.self, index)
            case .exp: forward(Exp.self, index)
            case .log: forward(Log.self, index)
            case .tanh: forward(Tanh.self, index)
            case .relu: forward(ReLU.self, index)
            case .sigmoid: forward(Sigmoid.self, index)
            case .squareRoot: forward(SquareRoot.self, index)
            case .absolute: forward(Absolute.self, index)
            case .sine: forward(Sine.self, index)
            case .cosine: forward(Cosine.self, index)
            }
            index += 1
        }
    }

    @inline(__always)
    private func forward<Rule: UnaryRule>(_ rule: Rule.Type, _ index: Int) {
        data[index] = Rule.forward(data[Int(firstInputs[index])])
    }

    @inline(__always)
    private func forward<Rule: BinaryRule>(_ rule: Rule.Type, _ index: Int) {
        data[index] = Rule.forward(data[Int(firstInputs[index])], data[Int(secondInputs[index])])
    }
}
