/// One neuron: a weighted sum of its inputs plus a bias, then (optionally)
/// a ReLU. Its weights and bias are leaves on the tape, so gradient descent
/// can change them between steps.
///
/// `relu(b + w0*x0 + w1*x1 + ...)`, built one multiply and one add at a
/// time, exactly as micrograd's `Neuron.__call__` builds it.
public struct Neuron: Sendable {
    public let weights: [Node]
    public let bias: Node
    public let usesReLU: Bool

    /// A neuron with the given weights and bias, made as leaves on `tape`.
    public init(tape: Tape, weights: [Double], bias: Double, usesReLU: Bool = true) {
        self.weights = weights.map { tape.leaf($0) }
        self.bias = tape.leaf(bias)
        self.usesReLU = usesReLU
    }

    /// The neuron's output for these inputs, as new nodes on `tape`.
    public func callAsFunction(_ inputs: [Node], on tape: Tape) -> Node {
        precondition(inputs.count == weights.count, "a neuron with \(weights.count) weights got \(inputs.count) inputs")
        var activation = bias
        for (weight, input) in zip(weights, inputs) {
            activation = tape.add(activation, tape.multiply(weight, input))
        }
        return usesReLU ? tape.relu(activation) : activation
    }

    /// Weights first, then the bias (micrograd's order).
    public var parameters: [Node] { weights + [bias] }
}
