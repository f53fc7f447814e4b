import Autograd

#if canImport(Glibc)
import Glibc
#endif

/// W1 'demo': Karpathy's demo notebook. MLP(2, [16, 16, 1]) on 100
/// two-moons points, loss `mean(relu(1 - y*score)) + 1e-4 * sum(p*p)`,
/// 100 steps of SGD with `lr = 1 - 0.9 k/100`. The graph is built node for
/// node as micrograd 0.1.0 builds it (constants are nodes; `sum` starts at a
/// constant 0), afresh each step, and dropped by truncating the tape back to
/// the parameters.
func runDemo(dataPath: String, steps: Int) {
    guard let data = MoonsData(path: dataPath) else {
        fail("cannot read W1 data from '\(dataPath)'")
    }
    let tape = Tape(capacity: 1 << 17)
    let model = MLP(tape: tape, inputCount: 2, layerSizes: [16, 16, 1], initialParameters: data.parameters)
    let parameters = model.parameters
    let firstStepNode = tape.count
    var finalLoss = 0.0
    var accuracy = 0.0
    var opNodesPerStep = 0
    var nodesPerStep = 0

    let start = now()
    for k in 0..<steps {
        tape.truncate(to: firstStepNode)
        let inputs = data.points.map { point in [tape.leaf(point.x), tape.leaf(point.y)] }
        let scores = inputs.map { model($0, on: tape)[0] }
        // (1 + -y*score).relu(), as the notebook writes it
        let losses = zip(data.labels, scores).map { label, score in
            tape.relu(tape.add(tape.multiply(score, tape.constant(-label)), tape.constant(1)))
        }
        var sum = tape.add(losses[0], tape.constant(0))
        for loss in losses.dropFirst() { sum = tape.add(sum, loss) }
        let dataLoss = tape.multiply(sum, tape.constant(1.0 / Double(losses.count)))
        var squares = tape.add(tape.multiply(parameters[0], parameters[0]), tape.constant(0))
        for parameter in parameters.dropFirst() {
            squares = tape.add(squares, tape.multiply(parameter, parameter))
        }
        let total = tape.add(dataLoss, tape.multiply(squares, tape.constant(1e-4)))

        var correct = 0
        for (label, score) in zip(data.labels, scores) where (label > 0) == (tape.data(score) > 0) {
            correct += 1
        }
        accuracy = Double(correct) / Double(scores.count)
        finalLoss = tape.data(total)
        if k == 0 {
            nodesPerStep = tape.count - firstStepNode
            opNodesPerStep = (firstStepNode..<tape.count).filter {
                tape.operation(Node(index: Int32($0))).arity > 0
            }.count
        }

        tape.backward(from: total)
        let learningRate = 1.0 - 0.9 * Double(k) / 100
        for parameter in parameters {
            tape.setData(parameter, tape.data(parameter) - learningRate * tape.grad(parameter))
        }
    }
    let seconds = now() - start
    let opNodes = opNodesPerStep * steps
    result([
        "impl": "micrograd-swift", "workload": "W1", "steps": "\(steps)", "time_s": "\(seconds)",
        "op_nodes": "\(opNodes)", "nodes": "\(nodesPerStep * steps)", "loss": "\(finalLoss)",
        "acc": "\(accuracy)", "peak_rss_kb": "\(peakResidentKilobytes())",
    ])
    print("W1: \(steps) steps of MLP(2, [16, 16, 1]) on 100 points in \(readable(seconds: seconds)), "
        + "\(readable(seconds: seconds / Double(opNodes))) per op node; loss \(finalLoss), accuracy \(accuracy)")
}

/// The W1 data file: 100 points with labels ±1, then the 337 initial
/// parameters of micrograd's MLP under `random.seed(1337)`.
struct MoonsData {
    var points: [(x: Double, y: Double)] = []
    var labels: [Double] = []
    var parameters: [Double] = []

    init?(path: String) {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var words: [Substring] = []
        var buffer = [CChar](repeating: 0, count: 4096)
        var text = ""
        while fgets(&buffer, Int32(buffer.count), file) != nil {
            text += String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard words.count > 2, words[0] == "moons", let count = Int(words[1]) else { return nil }
        var index = 2
        for _ in 0..<count {
            guard index + 2 < words.count, let x = Double(words[index]), let y = Double(words[index + 1]),
                let label = Double(words[index + 2])
            else { return nil }
            points.append((x, y))
            labels.append(label)
            index += 3
        }
        guard index + 1 < words.count, words[index] == "params", let parameterCount = Int(words[index + 1]) else {
            return nil
        }
        index += 2
        for _ in 0..<parameterCount {
            guard index < words.count, let value = Double(words[index]) else { return nil }
            parameters.append(value)
            index += 1
        }
    }
}
