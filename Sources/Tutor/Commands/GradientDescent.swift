import TextKit
import Autograd
import Calc

/// Gradient descent on the parameters a loss depends on: what `:step` does
/// once and `:train` many times.
///
/// A parameter is a name bound to plain numbers or an initialiser (every
/// node a leaf, ``Workspace/isParameter(_:)``). Without names, the data
/// among them stays fixed (``isData(_:)``): the names that read as data by
/// custom (`x`, `y1`, `X`, `xs`, `x_train`, `y_val`). Naming the parameters
/// (`:step 0.05 w b`) chooses exactly, data included.
struct GradientDescent {
    /// The scalar being minimised.
    let loss: Node
    /// The names whose numbers a step changes, sorted.
    let names: [String]
    /// The distinct leaves of those names that the loss depends on.
    let parameters: [Node]
    /// Whether `names` were chosen by the learner rather than by default.
    let namesGiven: Bool
    /// Without names: the data the loss reads, left as it is, sorted.
    let dataKept: [String]
    /// The first operation node of the loss's graph: a forward replay from
    /// here brings the loss up to date.
    private let firstOperation: Int

    /// Chooses the parameters: the names given in `requested` (each must be
    /// a parameter the loss depends on), or every such name when none is
    /// given. `lossName` is how messages call the loss.
    init(
        loss: Node, lossName: String, requested: [(text: String, range: SourceRange)], workspace: Workspace,
        emptyAt place: SourceRange
    ) throws(Diagnostic) {
        let tape = workspace.tape
        // From an infinite or NaN loss every step is a guess (a gradient of
        // inf sends a parameter to -inf): refuse before moving anything.
        guard tape.data(loss).isFinite else {
            throw .error(
                ParameterMessage.lossNotFinite(loss: lossName, value: NumberFormatting.human(tape.data(loss))), at: place,
                hint: ParameterMessage.lossNotFiniteHint)
        }
        let mask = tape.dependencies(of: [loss])
        let inGraph = { (node: Node) in Int(node.index) < mask.count && mask[Int(node.index)] }
        var chosen: [String] = []
        var data: [String] = []
        if requested.isEmpty {
            let leaves = workspace.names.filter { name in
                let value = workspace.value(named: name)!
                return workspace.isParameter(value) && value.nodes.contains(where: inGraph)
            }
            data = leaves.filter(Self.isData)
            // Another name for the data's own nodes (`dpred_dw = transpose(x_train)`)
            // is data too: moving it would move the data.
            var dataNodes = Set<Node>()
            for name in data { dataNodes.formUnion(workspace.value(named: name)!.nodes) }
            chosen = leaves.filter { name in
                !data.contains(name) && !workspace.value(named: name)!.nodes.allSatisfy(dataNodes.contains)
            }
            if chosen.isEmpty {
                if let first = data.first {
                    throw .error(
                        ParameterMessage.onlyData(loss: lossName, data: data.joined(separator: ", ")), at: place,
                        hint: ParameterMessage.nameDataToTrain(first))
                }
                throw .error(ParameterMessage.noParameter(loss: lossName), at: place, hint: ParameterMessage.noParameterHint)
            }
        } else {
            for word in requested {
                guard let value = workspace.value(named: word.text) else {
                    let hint: any Message = closestName(to: word.text, among: workspace.names).map(CalcMessage.didYouMean)
                        ?? ParameterMessage.nameTheParameters
                    throw .error(CalcMessage.unknownName(word.text), at: word.range, hint: hint)
                }
                guard workspace.isParameter(value) else {
                    let operation = value.nodes.lazy.map(tape.operation).first { $0 != .leaf }?.name ?? "?"
                    throw .error(
                        ParameterMessage.computed(name: word.text, operation: operation), at: word.range,
                        hint: ParameterMessage.computedHint)
                }
                guard value.nodes.contains(where: inGraph) else {
                    throw .error(
                        ParameterMessage.notInLoss(loss: lossName, name: word.text), at: word.range,
                        hint: ParameterMessage.notInLossHint(loss: lossName, name: word.text))
                }
                if !chosen.contains(word.text) { chosen.append(word.text) }
            }
        }
        var nodes = Set<Node>()
        for name in chosen {
            for node in workspace.value(named: name)!.nodes where inGraph(node) { nodes.insert(node) }
        }
        // Another name for the data's own nodes (`x2 = x_train`) moves none of them.
        for name in data {
            for node in workspace.value(named: name)!.nodes { nodes.remove(node) }
        }
        self.loss = loss
        names = chosen.sorted()
        parameters = nodes.sorted()
        namesGiven = !requested.isEmpty
        dataKept = data.sorted()
        firstOperation = mask.indices.first { mask[$0] && tape.operation(Node(index: Int32($0))).arity > 0 }
            ?? Int(loss.index)
    }

    /// Whether `name`, bound to plain numbers, is data that `:train` and
    /// `:step` without names leave alone: a name that reads as inputs or
    /// targets by custom, `x` or `y` (either case) alone or followed by
    /// digits, an `s`, or `_` and anything (`x1`, `xs`, `X`, `x_train`,
    /// `y_val`). The rule is by name, not by how the numbers were made,
    /// since weights are typed out as often as data (`w = [[0.5]]`).
    static func isData(_ name: String) -> Bool {
        guard let first = name.lowercased().first, first == "x" || first == "y" else { return false }
        let rest = name.dropFirst()
        return rest.isEmpty || rest == "s" || rest.first == "_" || rest.allSatisfy(\.isNumber)
    }

    /// Backward from the loss, then `parameter -= learningRate * gradient`
    /// for every parameter, then a forward replay of the loss's graph.
    /// Other graphs on the tape are brought up to date by `tape.recompute()`.
    func step(_ learningRate: Double, on tape: Tape) {
        descend(learningRate, on: tape)
        tape.recompute(from: firstOperation)
    }

    /// Backward from the loss, then `parameter -= learningRate * gradient`,
    /// leaving the forward values for the caller to replay.
    func descend(_ learningRate: Double, on tape: Tape) {
        tape.backward(from: loss)
        for parameter in parameters {
            tape.setData(parameter, tape.data(parameter) - learningRate * tape.grad(parameter))
        }
    }

    /// `parameter -= learningRate * stored gradient`, with no backward pass
    /// of its own (accumulate mode, as `optimizer.step()`), then a forward
    /// replay of the loss's graph.
    func step(_ learningRate: Double, on tape: Tape, by stored: StoredGradients) {
        descend(learningRate, on: tape, by: stored)
        tape.recompute(from: firstOperation)
    }

    /// `parameter -= learningRate * stored gradient`, leaving the forward
    /// values for the caller to replay.
    func descend(_ learningRate: Double, on tape: Tape, by stored: StoredGradients) {
        for parameter in parameters {
            tape.setData(parameter, tape.data(parameter) - learningRate * stored.grad(parameter))
        }
    }

    /// The parameters' current numbers, to go back to after a bad step.
    func snapshot(of tape: Tape) -> [Double] {
        parameters.map(tape.data)
    }

    func restore(_ numbers: [Double], on tape: Tape) {
        for (parameter, number) in zip(parameters, numbers) { tape.setData(parameter, number) }
        tape.recompute(from: firstOperation)
    }
}
