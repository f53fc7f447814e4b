import TextKit
import Views
import Platform
import Autograd
import Calc

extension Session {
    /// Seeing and understanding gradients.
    static let explanationCommands: [Command] = [
        Command(
            name: "graph", usage: "[name] [all]",
            summary: "draw the graph as a tree, inputs under the node that uses them (all: array elements too)",
            argument: .name
        ) { session, input throws(Diagnostic) in try session.drawGraph(input) },
        Command(
            name: "explain", usage: "[name] [node]",
            summary: "the chain rule at every node with formulas and numbers; :explain L a (or a.grad) for one",
            argument: .name
        ) { session, input throws(Diagnostic) in try session.explainGradients(input) },
        Command(
            name: "check", usage: "[name] [all]",
            summary: "check every gradient against a finite difference (✓ agrees, ✗ does not)",
            argument: .name
        ) { session, input throws(Diagnostic) in try session.checkGradients(input) },
        Command(
            name: "backward", usage: "[name] [all]",
            summary: "the backward pass one node at a time: Enter for the next, q to stop (all: every step)",
            argument: .name
        ) { session, input throws(Diagnostic) in try session.startBackward(input) },
        Command(
            name: "dot", usage: "[name] [file]",
            summary: "Graphviz DOT of the graph: printed, or written to a .dot file, or drawn into .svg/.png/.pdf",
            argument: .nameThenFile
        ) { session, input throws(Diagnostic) in try session.exportDot(input) },
    ]

    /// The most nodes `:explain` and `:check` list before saying how many
    /// more there are.
    static let maxExplainedNodes = 200
    /// `:check` compares every node of a graph up to this size, and only
    /// its parameters (leaves) beyond.
    static let maxCheckedNodes = 1_000
    /// Graphviz takes minutes on a graph much larger than this, and the
    /// drawing is unreadable long before.
    static let maxDotItems = 5_000

    /// Output that is not a line of its own (tables end with their own
    /// newline); nothing in JSON mode, like ``say(_:)``.
    private func writeText(_ text: String) {
        if !options.json { write(text) }
    }

    // MARK: Arguments

    /// The words of a command: an optional name (or the last result), then
    /// whatever the command takes after it. `all` as the last word is a
    /// keyword, unless it is the only word and a name `all` exists.
    private func graphArguments(_ input: CommandInput, command: String, takesAll: Bool = true)
        throws(Diagnostic) -> (name: String?, value: Value, all: Bool)
    {
        var words = input.words
        var all = false
        if takesAll, let last = words.last, last.text == "all",
            words.count == 2 || workspace.value(named: "all") == nil
        {
            all = true
            words.removeLast()
        }
        var nameOnly = input
        nameOnly.words = words
        let (name, value) = try subject(of: nameOnly, command: command)
        return (name, value, all)
    }

    /// The scalar a command differentiates; an array gets an error that
    /// says how to make one.
    private func scalarOutput(_ name: String?, _ value: Value, at range: SourceRange, command: String)
        throws(Diagnostic) -> Node
    {
        guard case .scalar(let output) = value else {
            throw .error(
                "\(name ?? "the last result") is an array of shape \(describe(shape: value.shape)); :\(command) needs a scalar",
                at: range, hint: "reduce it first, for example loss = sum(\(name ?? "x")); :graph draws arrays")
        }
        return output
    }

    // MARK: :graph

    private func drawGraph(_ input: CommandInput) throws(Diagnostic) {
        let (name, value, all) = try graphArguments(input, command: "graph")
        if case .scalar(let output) = value { workspace.tape.backward(from: output) }
        let graph = DisplayGraph(of: value.nodes, workspace: workspace, showElements: all)
        var drawing = GraphDrawing(style: style, width: options.width)
        drawing.showGrads = value.shape.isEmpty
        writeText(drawing.render(graph, tape: workspace.tape, command: ":nodes" + (name.map { " \($0)" } ?? "")))
        if !all, graph.items.contains(where: { if case .array = $0 { true } else { false } }) {
            say(style.dim("  arrays are drawn as one node each; :graph \(name ?? "NAME") all draws every element"))
        }
        if !value.shape.isEmpty {
            say(style.dim("  (no grad column: an array has no single gradient; reduce it to a scalar, e.g. sum)"))
        }
    }

    // MARK: :explain

    private func explainGradients(_ input: CommandInput) throws(Diagnostic) {
        var words = input.words
        // `:explain a.grad`: the gradient of a in the last result.
        var single: (text: String, range: SourceRange)?
        if words.count == 1, words[0].text.hasSuffix(".grad") {
            single = (String(words[0].text.dropLast(5)), words[0].range)
            words = []
        } else if words.count == 2 {
            // `:explain L a.grad` reads as `:explain L a`, as :help says.
            let node = words.removeLast()
            single = node.text.hasSuffix(".grad") && node.text.count > 5 ? (String(node.text.dropLast(5)), node.range) : node
        } else if words.count > 2 {
            throw .error(":explain takes a result and one node at most", at: words[2].range,
                         hint: "for example :explain L a")
        }
        var resultOnly = input
        resultOnly.words = words
        let (name, value) = try subject(of: resultOnly, command: "explain")
        let output = try scalarOutput(name, value, at: words.first?.range ?? input.end, command: "explain")
        workspace.tape.backward(from: output)
        var explanation = ChainRuleExplanation(workspace: workspace, output: output, style: style)
        let outputName = name ?? "the last result"

        if let single {
            let targets = try nodes(named: single.text, at: single.range)
            let graph = Set(explanation.nodes)
            let inGraph = targets.filter(graph.contains)
            guard !inGraph.isEmpty else {
                throw .error(
                    "'\(single.text)' is not in the graph of \(outputName), so its gradient there is 0", at: single.range,
                    hint: ":graph\(name.map { " \($0)" } ?? "") shows which nodes \(outputName) is made of")
            }
            for node in inGraph.prefix(Session.maxExplainedNodes) {
                for line in explanation.explain(node) { say(line) }
            }
            if inGraph.count > Session.maxExplainedNodes {
                say(style.dim("\(style.ellipsis) and \(counted(inGraph.count - Session.maxExplainedNodes, "more element", plural: "more elements"))"))
            }
            return
        }
        if workspace.tape.operation(output).arity == 0 {
            throw .error(
                "\(name ?? "the last result") is a single number: its graph has nothing to explain",
                at: words.first?.range ?? input.end,
                hint: "for the gradient of \(name ?? "it") in a result L, type :explain L \(name ?? "NAME") (or :explain \(name ?? "NAME").grad)")
        }
        let nodes = explanation.nodes.reversed()
        say("From \(explanation.outputLabel) down, each gradient is its user's gradient times the local derivative:")
        var shown = 0
        for node in nodes {
            if shown == Session.maxExplainedNodes || shouldStop() { break }
            for line in explanation.explain(node) { say(line) }
            shown += 1
        }
        if shown < nodes.count {
            say(style.dim("\(style.ellipsis) \(counted(nodes.count - shown, "more node", plural: "more nodes")); :explain \(name ?? "NAME") NODE explains one"))
        }
    }

    /// The nodes a name stands for: one, or an array's elements.
    private func nodes(named text: String, at range: SourceRange) throws(Diagnostic) -> [Node] {
        var input = CommandInput(line: ":explain \(text)", lineNumber: range.start.line)
        input.words = [(text, range)]
        return try subject(of: input, command: "explain").value.nodes
    }

    // MARK: :check

    private func checkGradients(_ input: CommandInput) throws(Diagnostic) {
        let (name, value, all) = try graphArguments(input, command: "check")
        let output = try scalarOutput(name, value, at: input.words.first?.range ?? input.end, command: "check")
        let tape = workspace.tape
        tape.backward(from: output)
        // Constants (numbers written in an expression) are left out:
        // nothing learns them, and the exponent of x^2 has no derivative
        // where x < 0.
        let graph = tape.subgraph(of: output).filter { $0 != output && tape.operation($0) != .constant }
        guard !graph.isEmpty else {
            say("\(name ?? "The last result") is a single number: its gradient is 1 by definition, nothing to check.")
            return
        }
        // Small graphs: every node, inner ones too. Large ones: the
        // parameters, which are what training needs right.
        var nodes = graph
        var what = "node"
        if graph.count > Session.maxCheckedNodes {
            nodes = graph.filter { tape.operation($0) == .leaf }
            what = "parameter"
        }
        guard !nodes.isEmpty else {
            say("\(name ?? "The last result") has \(graph.count + 1) nodes and no parameters (leaves) among them to check.")
            return
        }
        let total = nodes.count
        if !all, nodes.count > Session.maxCheckedNodes {
            nodes = Array(nodes.suffix(Session.maxCheckedNodes))
        }
        let checker = GradientCheck(tape: tape, output: output)
        let entries = checker.run(nodes, gradient: tape.grad, shouldStop: shouldStop)
        writeText(GradientCheckReport(style: style, workspace: workspace).render(entries, output: output))
        if entries.count < nodes.count {
            say(style.dim("Stopped (Ctrl-C) after \(entries.count) of \(counted(nodes.count, what)); the values are as before."))
        } else if nodes.count < total {
            say(style.dim("Checked the \(nodes.count) \(what)s nearest the output of \(total); :check \(name ?? "NAME") all checks every one."))
        }
    }

    // MARK: :backward

    private func startBackward(_ input: CommandInput) throws(Diagnostic) {
        let (name, value, all) = try graphArguments(input, command: "backward")
        let output = try scalarOutput(name, value, at: input.words.first?.range ?? input.end, command: "backward")
        if options.json { return }
        var stepper = BackwardStepper(workspace: workspace, output: output)
        say("The backward pass of \(name ?? "the last result"), one node at a time, in the order the engine takes them.")
        say(stepper.introduction(style: style))
        if stepper.isFinished { return }
        if all {
            while !stepper.isFinished { say(stepper.step(style: style)) }
            finishBackward(stepper)
            return
        }
        say(stepper.step(style: style))
        if stepper.isFinished {
            finishBackward(stepper)
            return
        }
        say(style.dim("Enter: next node · a: all the rest · q: stop"))
        backwardStepper = stepper
    }

    /// Whether `:backward` is stepping, so that every line, an empty one
    /// too, must reach ``handle(_:sourceName:lineNumber:)``.
    public var isStepping: Bool { backwardStepper != nil }

    /// A line typed while stepping: Enter (or `n`) steps, `a` runs the rest, `q`
    /// stops, a comment is passed over. Anything else stops stepping and returns nil, so that the
    /// line is then handled as usual (a script can simply go on).
    func continueBackward(_ line: String) -> Outcome? {
        guard var stepper = backwardStepper else { return nil }
        let typed = line.trimmingSpaces.lowercased()
        // A comment in a script neither steps nor stops.
        if typed.hasPrefix("#") { return .done }
        switch typed {
        case "", "n", "next":
            say(stepper.step(style: style))
            if stepper.isFinished {
                backwardStepper = nil
                finishBackward(stepper)
            } else {
                backwardStepper = stepper
            }
            return .done
        case "a", "all":
            while !stepper.isFinished { say(stepper.step(style: style)) }
            backwardStepper = nil
            finishBackward(stepper)
            return .done
        case "q", "quit", ":q", ":quit":
            stopBackward()
            return .done
        default:
            stopBackward()
            return nil
        }
    }

    /// Leaves stepping before the end; the gradients are made whole again.
    func stopBackward() {
        guard let stepper = backwardStepper else { return }
        backwardStepper = nil
        workspace.tape.backward(from: stepper.output)
        say("Stopped after \(stepper.done) of \(counted(stepper.count, "step")) (the gradients are complete again).")
    }

    private func finishBackward(_ stepper: BackwardStepper) {
        say("Done: every gradient is in place, the same as backward gives.")
        writeText(NodeTable(style: style).render(workspace.tape.subgraph(of: stepper.output), workspace: workspace))
    }

    // MARK: :dot

    private func exportDot(_ input: CommandInput) throws(Diagnostic) {
        var words = input.words
        var file: (text: String, range: SourceRange)?
        if words.count > 2 {
            throw .error(":dot takes a name and a file at most", at: words[2].range, hint: "for example :dot L graph.svg")
        }
        if let last = words.last, words.count == 2 || last.text.contains(".") || last.text.contains("/") {
            file = words.removeLast()
        }
        var nameOnly = input
        nameOnly.words = words
        let (name, value) = try subject(of: nameOnly, command: "dot")
        if case .scalar(let output) = value { workspace.tape.backward(from: output) }
        let graph = DisplayGraph(of: value.nodes, workspace: workspace, showElements: false)
        guard graph.items.count <= Session.maxDotItems else {
            throw .error(
                "the graph has \(graph.items.count) nodes; Graphviz cannot lay out more than \(Session.maxDotItems) readably",
                at: words.first?.range ?? input.end, hint: ":graph draws the top of it; :dot on a named inner node exports a part")
        }
        let dot = DotExport.text(of: graph, tape: workspace.tape, title: name ?? "result")
        guard let file else {
            writeText(dot)
            return
        }
        try writeDot(dot, to: file.text, at: file.range)
    }

    private func writeDot(_ dot: String, to path: String, at range: SourceRange) throws(Diagnostic) {
        let base = FileSystem.baseName(path)
        let dotIndex = base.lastIndex(of: ".")
        let format = dotIndex.map { base[base.index(after: $0)...].lowercased() } ?? ""
        let formats = "give a file ending in .dot (or .gv), or \(GraphvizProgram.formats.map { ".\($0)" }.joined(separator: ", ")) to draw it"
        guard !base.isEmpty, !path.hasSuffix("/") else {
            throw .error("'\(path)' is a folder; :dot needs a file name", at: range, hint: formats)
        }
        do throws(FileSystem.Problem) {
            if format == "dot" || format == "gv" {
                try environment.writeAtomically(dot, to: path)
                say("Wrote \(path); draw it with: dot -Tsvg \(path) -o \(String(path.dropLast(format.count)))svg")
                return
            }
            guard GraphvizProgram.formats.contains(format) else {
                throw FileSystem.Problem(description: "cannot tell what to write from '\(base)'")
            }
            if try environment.renderGraph(dot, format: format, to: path) {
                say("Drew the graph into \(path).")
            } else {
                let dotPath = String(path.dropLast(format.count)) + "dot"
                try environment.writeAtomically(dot, to: dotPath)
                say("Graphviz's dot program is not installed, so the graph went to \(dotPath) instead.")
                say("Draw it with: dot -T\(format) \(dotPath) -o \(path)   (Debian and Ubuntu: apt-get install graphviz)")
            }
        } catch {
            throw .error(error.description, at: range, hint: format.isEmpty || !(["dot", "gv"] + GraphvizProgram.formats).contains(format) ? formats : nil)
        }
    }
}
