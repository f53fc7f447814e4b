/// A multi-layer perceptron: layers in sequence, ReLU on every layer but
/// the last, which is linear (micrograd's `MLP`).
public struct MLP: Sendable {
    public let layers: [Layer]

    /// An MLP with `inputCount` inputs and the given layer sizes, whose
    /// parameters, in micrograd's order (layer by layer, neuron by neuron,
    /// weights then bias), take the values `initialParameters`.
    public init(tape: Tape, inputCount: Int, layerSizes: [Int], initialParameters: [Double]) {
        precondition(
            initialParameters.count == MLP.parameterCount(inputCount: inputCount, layerSizes: layerSizes),
            "an MLP of these sizes has \(MLP.parameterCount(inputCount: inputCount, layerSizes: layerSizes)) parameters")
        var values = initialParameters[...]
        var layers: [Layer] = []
        var fanIn = inputCount
        for (index, size) in layerSizes.enumerated() {
            let isLast = index == layerSizes.count - 1
            let neurons = (0..<size).map { _ in
                let weights = Array(values.prefix(fanIn))
                values = values.dropFirst(fanIn)
                let bias = values.first!
                values = values.dropFirst()
                return Neuron(tape: tape, weights: weights, bias: bias, usesReLU: !isLast)
            }
            layers.append(Layer(neurons: neurons))
            fanIn = size
        }
        self.layers = layers
    }

    /// How many parameters an MLP of these sizes has.
    public static func parameterCount(inputCount: Int, layerSizes: [Int]) -> Int {
        var fanIn = inputCount
        var count = 0
        for size in layerSizes {
            count += size * (fanIn + 1)
            fanIn = size
        }
        return count
    }

    public func callAsFunction(_ inputs: [Node], on tape: Tape) -> [Node] {
        var values = inputs
        for layer in layers { values = layer(values, on: tape) }
        return values
    }

    public var parameters: [Node] { layers.flatMap(\.parameters) }
}
