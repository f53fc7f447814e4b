import TextKit
import Views
import Autograd
import Calc

/// Accumulate mode (`:set accumulate on`): backward passes add into stored
/// gradients, as `loss.backward()` adds into PyTorch's `.grad` (and
/// micrograd's) until `optimizer.zero_grad()`, so that a learner can see
/// what a training loop that forgets to zero does, and use the same
/// mechanism on purpose (the gradients of two half-batches).
///
/// - `:backward L` walks a fresh pass, as always, then adds it into the
///   stored gradients and says so (`w.grad: 6 + 6 = 12`).
/// - `:step LR` moves the parameters by the stored gradients, without a
///   backward pass of its own, as `optimizer.step()` does.
/// - `:train` adds every step's gradient and never zeroes: the forgotten
///   `zero_grad()`.
/// - Tables (a result's, `:nodes`, `:graph`, `:draw`, `:dot` and the one
///   after `:backward`) show the stored gradients; `:explain` and `:check`
///   explain and check one fresh pass; `grad(L, w)` is a fresh gradient in
///   either mode.
/// - `:zero_grad` sets the stored gradients back to 0; `:set accumulate
///   off` drops them (every pass starts from 0 again).
///
/// The store lives in the workspace (``StoredGradients``), so that `:reset`,
/// a compaction and a lesson's checkpoints carry it with the nodes.
extension Session {
    static let accumulationCommands: CommandTable<Session> = [
        Command(
            name: "zero_grad", usage: "",
            summary: "set the stored gradients back to 0, as optimizer.zero_grad() (they are kept with :set accumulate on)",
            effect: .changes, arguments: NoArguments.self
        ) { session, _ in session.zeroGrad() },
    ]

    /// The most nodes whose sum `:backward` lists line by line in accumulate mode.
    static let maxAccumulatedLines = 8

    /// Whether backward passes add into the stored gradients.
    var isAccumulating: Bool { workspace.storedGradients.isAccumulating }

    private func words(_ message: AccumulationMessage) -> String { message.text(language) }

    // MARK: :set accumulate

    /// Turns accumulate mode on (the gradients stored so far stay) or off
    /// (they are dropped, since nothing reads them then and a later `on`
    /// must not find old ones).
    func setAccumulate(_ on: Bool) {
        let passes = workspace.storedGradients.passes
        if on {
            workspace.storedGradients.isAccumulating = true
            say(words(.turnedOn))
        } else {
            workspace.storedGradients.zero()
            workspace.storedGradients.isAccumulating = false
            say(words(.turnedOff(dropped: passes == 0 ? nil : Count(passes, .backwardPass))))
        }
        describeInJSON([("setting", .string("accumulate")), ("value", .string(on ? "on" : "off"))])
    }

    // MARK: :zero_grad

    private func zeroGrad() {
        let passes = workspace.storedGradients.passes
        workspace.storedGradients.zero()
        let message: AccumulationMessage =
            !isAccumulating ? .zeroWhileOff : passes == 0 ? .nothingToZero : .zeroed(Count(passes, .backwardPass))
        say(words(message))
        describeInJSON([("accumulate", .bool(isAccumulating)), ("zeroed", .int(passes))])
    }

    // MARK: What views show

    /// Puts on the tape the gradients a view of `output` shows: a fresh
    /// backward pass, or with accumulate on, the stored gradients (which
    /// only `:backward` and `:train` add to).
    func loadShownGradients(of output: Node) {
        guard isAccumulating else {
            workspace.tape.backward(from: output)
            return
        }
        let tape = workspace.tape
        for node in tape.subgraph(of: output) { tape.setGrad(node, workspace.storedGradients.grad(node)) }
    }

    /// Under a table of `output` in accumulate mode: that its gradients are
    /// the stored ones, and how many passes they add up.
    func sayStoredGradientsNote(for name: String?) {
        guard isAccumulating else { return }
        let passes = workspace.storedGradients.passes
        let message: AccumulationMessage = passes == 0
            ? .tableNoteEmpty(command: ":backward" + (name.map { " \($0)" } ?? ""))
            : .tableNote(Count(passes, .backwardPass))
        say(style.dim(words(message)))
    }

    // MARK: :backward

    /// After `:backward` walked a whole pass (its gradients are on the
    /// tape): with accumulate on, adds the pass into the stored gradients,
    /// says each parameter's sum, and leaves the stored gradients on the
    /// tape for the table that follows (none after `:backward NAME quiet`).
    func addBackwardPass(from output: Node) {
        guard isAccumulating else { return }
        let tape = workspace.tape
        let before = workspace.storedGradients
        workspace.storedGradients.add(passFrom: output, on: tape)
        let after = workspace.storedGradients
        let labels = NodeLabeler(workspace: workspace)
        // The parameters' sums, which are what a step uses; the data's
        // (x, ys, x1[0]) too only when there is nothing else.
        let allLeaves = tape.subgraph(of: output).filter { tape.operation($0) == .leaf }
        let parameters = allLeaves.filter { !GradientDescent.isData(String(labels.label($0).prefix { $0 != "[" })) }
        let leaves = parameters.isEmpty ? allLeaves : parameters
        var described: [JSON] = []
        for (offset, node) in leaves.enumerated() {
            let (old, pass, sum) = (before.grad(node), tape.grad(node), after.grad(node))
            if options.json {
                described.append(
                    .object([
                        ("label", .string(labels.label(node))), ("before", .number(old)), ("pass", .number(pass)),
                        ("after", .number(sum)),
                    ]))
            }
            if offset < Session.maxAccumulatedLines {
                say(
                    words(
                        .added(
                            label: labels.label(node), before: NumberFormatting.human(old),
                            pass: NumberFormatting.human(pass), after: NumberFormatting.human(sum))))
            }
        }
        if leaves.count > Session.maxAccumulatedLines {
            say(words(.moreAdded(Count(leaves.count - Session.maxAccumulatedLines, .node))))
        }
        say(words(after.passes == 1 ? .firstPass : .accumulatedOver(Count(after.passes, .backwardPass))))
        describeInJSON([("passes", .int(after.passes)), ("accumulated", .array(described))])
        loadShownGradients(of: output)
        // `:backward` only looks, so `:save` leaves it out; a pass added
        // here changes what later lines see, and a replay must add it too.
        remember([":backward " + (workspace.name(of: output).map { "\($0) " } ?? "") + "quiet"])
    }

    /// Before `:backward` walks a pass in accumulate mode: the walk is of
    /// this pass alone.
    func sayPassWillBeAdded() {
        guard isAccumulating else { return }
        say(style.dim(words(.passThenAdded)))
    }

    /// `:backward` stopped before its end adds nothing.
    func sayStoppedPassNotAdded() {
        guard isAccumulating else { return }
        say(words(.stoppedNotAdded))
    }

    // MARK: :step and :train

    /// The gradients `:step` moves by in accumulate mode: the stored ones;
    /// an error when no pass was stored since the last zeroing (a step by 0
    /// would move nothing, silently).
    func storedGradientsForStep(loss: String, at range: SourceRange) throws(Diagnostic) -> StoredGradients {
        let stored = workspace.storedGradients
        guard !stored.isEmpty else {
            throw .error(words(.noStoredGradients), at: range, hint: words(.noStoredGradientsHint(loss: loss)))
        }
        return stored
    }

    /// Said after a `:step` that moved by the stored gradients.
    func sayStepUsedStoredGradients() {
        say(style.dim(words(.stepUsed(Count(workspace.storedGradients.passes, .backwardPass)))))
    }

    /// Said before and after a `:train` that accumulates.
    func sayTrainingAccumulates(done: Bool) {
        guard isAccumulating else { return }
        say(
            style.dim(
                words(done ? .trainStored(Count(workspace.storedGradients.passes, .backwardPass)) : .trainAccumulates)))
    }

    /// One training step in accumulate mode: a fresh backward pass added
    /// into the stored gradients, then a step by their sum, never zeroed.
    func accumulatingStep(_ descent: GradientDescent, learningRate: Double) {
        let tape = workspace.tape
        tape.backward(from: descent.loss)
        workspace.storedGradients.add(passFrom: descent.loss, on: tape)
        descent.step(learningRate, on: tape, by: workspace.storedGradients)
    }
}
