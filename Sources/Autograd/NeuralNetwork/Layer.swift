/// A layer: several neurons that all read the same inputs.
public struct Layer: Sendable {
    public let neurons: [Neuron]

    public init(neurons: [Neuron]) {
        self.neurons = neurons
    }

    public func callAsFunction(_ inputs: [Node], on tape: Tape) -> [Node] {
        neurons.map { $0(inputs, on: tape) }
    }

    public var parameters: [Node] { neurons.flatMap(\.parameters) }
}
