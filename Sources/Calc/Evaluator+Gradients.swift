import Autograd

// `grad(output, x)`: the gradients the engine computed, read back into the
// language as plain numbers.
//
// A learner who writes a gradient by hand (the seed's `dloss_dw2 =
// a1.T @ dloss_dz2`) wants to hold it next to the engine's:
// `grad(loss, w2) - dloss_dw2` is then an array of differences. The result
// is made of constants, a snapshot: it is not part of any graph and does
// not change when a training step changes `w2`.
extension Evaluator {
    /// `grad(x)` or `grad(output, x)`: d output/d x, in the shape of x.
    /// Without `output`, the last scalar result (``Workspace/lastScalarResult``).
    mutating func gradient(_ arguments: [Expression], range: SourceRange) throws(Diagnostic) -> Value {
        let outputNode: Node
        let outputText: String?
        let xExpression = arguments[arguments.count - 1]
        if arguments.count == 2 {
            let output = try evaluate(arguments[0])
            guard case .scalar(let node) = output else {
                throw .error(
                    .gradOfArray(sourceText(arguments[0]), shape: describe(shape: output.shape)), at: arguments[0].range,
                    hint: .reduceFirst(sourceText(arguments[0]), x: sourceText(xExpression)))
            }
            outputNode = node
            outputText = sourceText(arguments[0])
        } else {
            guard let node = workspace.lastScalarResult, tape.contains(node) else {
                throw .error(.noLastResult, at: range, hint: .computeFirst(sourceText(xExpression)))
            }
            outputNode = node
            outputText = workspace.name(of: node)
        }
        let x = try evaluate(xExpression)

        // Which nodes the output depends on: an x outside its graph is
        // almost always a mistake (a name given a new value after the loss
        // was computed), so it is an error rather than a silent 0.
        let graph = Set(tape.subgraph(of: outputNode))
        guard x.nodes.contains(where: graph.contains) else {
            throw .error(.doesNotDepend(outputText, x: sourceText(xExpression)), at: xExpression.range, hint: .gradHint)
        }
        try reserveNodes(x.nodes.count, at: range)
        tape.backward(from: outputNode)
        // Elements of x outside the graph have gradient 0; the tape may hold
        // stale gradients there (from another output), so they are not read.
        let numbers = x.nodes.map { graph.contains($0) ? tape.grad($0) : 0 }
        let constants = numbers.map { tape.constant($0) }
        switch x {
        case .scalar: return .scalar(constants[0])
        case .array(let array): return .array(NodeArray(shape: array.shape, elements: constants))
        }
    }

    /// The text of an argument as written, for messages.
    private func sourceText(_ expression: Expression) -> String {
        if case .name(let name, _) = expression { return name }
        return source?.text(of: expression.range) ?? "x"
    }
}

extension Expression {
    /// Whether the expression calls `grad` anywhere: such a statement asks
    /// about gradients, so it does not become the loss that `grad(x)` and
    /// `:step` differentiate.
    var callsGrad: Bool {
        switch self {
        case .number, .name: false
        case .negate(let operand, _), .parenthesized(let operand, _): operand.callsGrad
        case .binary(_, let left, let right, _): left.callsGrad || right.callsGrad
        case .call(let name, let arguments, _, _):
            name == Builtins.gradient.name || arguments.contains { $0.callsGrad }
        case .array(let elements, _): elements.contains { $0.callsGrad }
        case .index(let base, let indices, _):
            base.callsGrad || indices.contains { $0.expressions.contains { $0.callsGrad } }
        }
    }
}
