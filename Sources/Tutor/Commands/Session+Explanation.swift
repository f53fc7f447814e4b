import TextKit
import Views
import Platform
import Autograd
import Calc

extension Session {
    /// Seeing and understanding gradients. All of them only look: `:dot
    /// FILE` writes a file but leaves the session as it was (see
    /// ``CommandEffect/looks``).
    static let explanationCommands: CommandTable<Session> = [
        Command(
            name: "graph", usage: "[name] [all]",
            summary: "draw the graph as a tree, inputs under the node that uses them (all: array elements too)",
            effect: .looks, arguments: OptionalNameAndAll.self
        ) { session, arguments throws(Diagnostic) in try session.drawGraph(arguments) },
        Command(
            name: "explain", usage: "[name] [node]",
            summary: "the chain rule at every node with formulas and numbers; :explain L a (or a.grad) for one",
            effect: .looks, example: ":explain L a", arguments: OptionalNameAndNode.self
        ) { session, arguments throws(Diagnostic) in try session.explainGradients(arguments) },
        Command(
            name: "check", usage: "[name] [all]",
            summary: "check every gradient against a finite difference (✓ agrees, ✗ does not)",
            effect: .looks, arguments: OptionalNameAndAll.self
        ) { session, arguments throws(Diagnostic) in try session.checkGradients(arguments) },
        Command(
            name: "backward", usage: "[name] [all|quiet]",
            summary: "the backward pass one node at a time: Enter for the next, q to stop (all: every step; quiet: no step shown)",
            effect: .looks, arguments: BackwardArguments.self
        ) { session, arguments throws(Diagnostic) in try session.startBackward(arguments) },
        Command(
            name: "dot", usage: "[name] [file] [--graphviz]",
            summary: "Graphviz DOT of the graph: printed, or written to a .dot file, or drawn into .svg (no Graphviz needed), .png or .pdf",
            effect: .looks, example: ":dot L graph.svg", reachesOutside: true, arguments: OptionalNameAndFile.self
        ) { session, arguments throws(Diagnostic) in try session.exportDot(arguments) },
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

    /// `message` in the session's language.
    private func words(_ message: ExplanationCommandMessage) -> String { message.text(language) }

    /// How a subject is written: its name, or “the last result”.
    private func subjectText(_ name: String?, capitalized: Bool = false) -> String {
        name ?? words(capitalized ? .lastResultCapitalized : .lastResult)
    }

    // MARK: Arguments

    /// The subject of `[name] [all]` and whether `all` was given. `all`
    /// alone is the keyword, unless a name `all` exists.
    private func graphArguments(_ arguments: OptionalNameAndAll)
        throws(Diagnostic) -> (name: String?, value: Value, all: Bool, subject: OptionalName)
    {
        var subject = arguments.subject
        var all = arguments.all
        if let word = arguments.loneAll, workspace.value(named: word.text) != nil {
            subject.name = word
            all = false
        }
        let (name, value) = try self.subject(of: subject)
        return (name, value, all, subject)
    }

    /// The scalar a command differentiates; an array gets an error that
    /// says how to make one.
    private func scalarOutput(_ name: String?, _ value: Value, of subject: OptionalName)
        throws(Diagnostic) -> Node
    {
        guard case .scalar(let output) = value else {
            throw .error(
                words(.notScalar(subject: subjectText(name), shape: describe(shape: value.shape), command: subject.command)),
                at: subject.name?.range ?? subject.end, hint: words(.reduceFirst(name ?? "x")))
        }
        return output
    }

    // MARK: :graph

    private func drawGraph(_ arguments: OptionalNameAndAll) throws(Diagnostic) {
        let (name, value, all, _) = try graphArguments(arguments)
        if case .scalar(let output) = value { loadShownGradients(of: output) }
        let graph = DisplayGraph(of: value.nodes, workspace: workspace, showElements: all)
        describeInJSON([("name", .string(orNull: name))] + CommandJSON.graph(of: value.nodes, workspace: workspace))
        if let figures, graph.items.count <= Session.maxDotItems {
            // A handout shows the graph as a picture, laid out as :draw lays it out.
            let picture = GraphPicture(graph, tape: workspace.tape, showGrads: value.shape.isEmpty, language: language)
            figures(SVGDrawing(title: name ?? "result", language: language).render(picture))
        } else {
            var drawing = GraphDrawing(style: style, width: options.width, language: language)
            drawing.showGrads = value.shape.isEmpty
            writeTable(drawing.render(graph, tape: workspace.tape, command: ":nodes" + (name.map { " \($0)" } ?? "")))
        }
        if !all, graph.items.contains(where: { if case .array = $0 { true } else { false } }) {
            say(style.dim("  " + words(.arraysOneNodeEach(name ?? "NAME"))))
        }
        if !value.shape.isEmpty {
            say(style.dim("  " + words(.noGradColumn)))
        } else {
            sayStoredGradientsNote(for: name)
        }
    }

    // MARK: :explain

    private func explainGradients(_ arguments: OptionalNameAndNode) throws(Diagnostic) {
        // `:explain a.grad` (the gradient of a in the last result) and
        // `:explain L a.grad` arrive as a node without `.grad`.
        let single = arguments.node
        let (name, value) = try subject(of: arguments.subject)
        let output = try scalarOutput(name, value, of: arguments.subject)
        workspace.tape.backward(from: output)
        var explanation = ChainRuleExplanation(workspace: workspace, output: output, style: style, language: language)
        let outputName = subjectText(name)

        if let single {
            // The nodes the name stands for: one, or an array's elements.
            var target = arguments.subject
            target.name = single
            let targets = try subject(of: target).value.nodes
            let graph = Set(explanation.nodes)
            let inGraph = targets.filter(graph.contains)
            guard !inGraph.isEmpty else {
                throw .error(
                    words(.notInGraph(node: single.text, output: outputName)), at: single.range,
                    hint: words(.graphShows(command: ":graph" + (name.map { " \($0)" } ?? ""), output: outputName)))
            }
            var steps: [CommandJSON.ExplainedNode] = []
            for node in inGraph.prefix(Session.maxExplainedNodes) {
                let lines = explanation.explain(node)
                for line in lines { say(line) }
                if options.json { steps.append(explanation.step(node, lines: lines)) }
            }
            describeInJSON([("name", .string(orNull: name))] + CommandJSON.explain(output: explanation.outputLabel, steps: steps))
            if inGraph.count > Session.maxExplainedNodes {
                say(style.dim("\(style.ellipsis) " + words(.moreElements(Count(inGraph.count - Session.maxExplainedNodes, .moreElement)))))
            }
            return
        }
        if workspace.tape.operation(output).arity == 0 {
            throw .error(
                words(.singleNumberExplain(subjectText(name))),
                at: arguments.subject.name?.range ?? arguments.subject.end,
                hint: words(name.map { .explainOneHint(name: $0) } ?? .explainOneHintUnnamed))
        }
        let nodes = explanation.nodes.reversed()
        say(words(.explainIntro(explanation.outputLabel)))
        var shown = 0
        var steps: [CommandJSON.ExplainedNode] = []
        for node in nodes {
            if shown == Session.maxExplainedNodes { break }
            if shouldStop() {
                say(SessionMessage.stoppedByInterrupt(command: "explain").text(language))
                return
            }
            let lines = explanation.explain(node)
            for line in lines { say(line) }
            if options.json { steps.append(explanation.step(node, lines: lines)) }
            shown += 1
        }
        describeInJSON([("name", .string(orNull: name))] + CommandJSON.explain(output: explanation.outputLabel, steps: steps))
        if shown < nodes.count {
            say(style.dim("\(style.ellipsis) " + words(.moreNodesExplain(Count(nodes.count - shown, .moreNode), name: name ?? "NAME"))))
        }
    }

    // MARK: :check

    private func checkGradients(_ arguments: OptionalNameAndAll) throws(Diagnostic) {
        let (name, value, all, subject) = try graphArguments(arguments)
        let output = try scalarOutput(name, value, of: subject)
        let tape = workspace.tape
        tape.backward(from: output)
        // Constants (numbers written in an expression) are left out:
        // nothing learns them, and the exponent of x^2 has no derivative
        // where x < 0.
        let graph = tape.subgraph(of: output).filter { $0 != output && tape.operation($0) != .constant }
        guard !graph.isEmpty else {
            say(words(.singleNumberCheck(subjectText(name, capitalized: true))))
            return
        }
        // Small graphs: every node, inner ones too. Large ones: the
        // parameters, which are what training needs right.
        var nodes = graph
        var what = Noun.node
        if graph.count > Session.maxCheckedNodes {
            nodes = graph.filter { tape.operation($0) == .leaf }
            what = .parameter
        }
        guard !nodes.isEmpty else {
            say(words(.noParameters(subjectText(name, capitalized: true), nodes: graph.count + 1)))
            return
        }
        let total = nodes.count
        if !all, nodes.count > Session.maxCheckedNodes {
            nodes = Array(nodes.suffix(Session.maxCheckedNodes))
        }
        let checker = GradientCheck(tape: tape, output: output)
        let entries = checker.run(nodes, gradient: tape.grad, shouldStop: shouldStop)
        writeTable(GradientCheckReport(style: style, workspace: workspace, language: language).render(entries, output: output))
        describeInJSON([("name", .string(orNull: name))] + CommandJSON.check(entries, workspace: workspace))
        if entries.count < nodes.count {
            say(style.dim(words(.checkStopped(entries.count, of: Count(nodes.count, what)))))
        } else if nodes.count < total {
            say(style.dim(words(.checkedNearest(Count(nodes.count, what), total: total, name: name ?? "NAME"))))
        }
    }

    // MARK: :backward

    private func startBackward(_ arguments: BackwardArguments) throws(Diagnostic) {
        var steps = arguments.steps
        var quiet = arguments.quiet
        if let word = arguments.loneQuiet, workspace.value(named: word.text) != nil {
            steps.subject.name = word
            quiet = false
        }
        let (name, value, allAsked, subject) = try graphArguments(steps)
        let output = try scalarOutput(name, value, of: subject)
        if quiet {
            // The pass alone, as `loss.backward()`: in accumulate mode what
            // it added, else the gradients it left.
            workspace.tape.backward(from: output)
            if isAccumulating {
                addBackwardPass(from: output)
            } else {
                say(words(.backwardDone))
                writeTable(NodeTable(style: style, language: language).render(workspace.tape.subgraph(of: output), workspace: workspace))
            }
            return
        }
        // Under --json nothing answers the keys: every step at once.
        let all = allAsked || options.json
        var stepper = BackwardStepper(workspace: workspace, output: output)
        say(words(.backwardIntro(subjectText(name))))
        say(stepper.introduction(style: style, language: language))
        if !stepper.isFinished { sayPassWillBeAdded() }
        if stepper.isFinished { return }
        if all {
            runRest(of: stepper)
            return
        }
        say(stepper.step(style: style, language: language))
        if stepper.isFinished {
            finishBackward(stepper)
            return
        }
        say(style.dim(words(.steppingKeys)))
        lineMode = .stepping(stepper)
    }

    /// Whether `:backward` is stepping, so that every line, an empty one
    /// too, must reach ``handle(_:sourceName:lineNumber:)``.
    public var isStepping: Bool {
        if case .stepping = lineMode { true } else { false }
    }

    /// A line typed while stepping: Enter (or `n`) steps, `a` runs the rest, `q`
    /// stops, a comment is passed over. Anything else stops stepping and returns nil, so that the
    /// line is then handled as usual (a script can simply go on).
    func continueBackward(_ line: String) -> Outcome? {
        guard case .stepping(var stepper) = lineMode else { return nil }
        let typed = line.trimmingSpaces.lowercased()
        // A comment in a script neither steps nor stops.
        if typed.hasPrefix("#") { return .done }
        switch typed {
        case "", "n", "next":
            say(stepper.step(style: style, language: language))
            if stepper.isFinished {
                lineMode = .statement
                finishBackward(stepper)
            } else {
                lineMode = .stepping(stepper)
            }
            return .done
        case "a", "all":
            lineMode = .statement
            runRest(of: stepper)
            return .done
        case "q", "quit", ":q", ":" + Session.quitCommand.name:
            stopBackward()
            return .done
        default:
            stopBackward()
            return nil
        }
    }

    /// Every step left, then the table; Ctrl-C stops it between two steps
    /// as `q` would (a graph of a million nodes has a million steps).
    private func runRest(of stepper: BackwardStepper) {
        var stepper = stepper
        while !stepper.isFinished {
            if shouldStop() {
                lineMode = .stepping(stepper)
                stopBackward()
                return
            }
            say(stepper.step(style: style, language: language))
        }
        finishBackward(stepper)
    }

    /// Leaves stepping before the end; the gradients are made whole again.
    func stopBackward() {
        guard case .stepping(let stepper) = lineMode else { return }
        lineMode = .statement
        workspace.tape.backward(from: stepper.output)
        say(words(.backwardStopped(stepper.done, of: Count(stepper.count, .step))))
        sayStoppedPassNotAdded()
    }

    private func finishBackward(_ stepper: BackwardStepper) {
        say(words(.backwardDone))
        addBackwardPass(from: stepper.output)
        writeTable(NodeTable(style: style, language: language).render(workspace.tape.subgraph(of: stepper.output), workspace: workspace))
        sayStoredGradientsNote(for: nil)
    }

    // MARK: :dot

    private func exportDot(_ arguments: OptionalNameAndFile) throws(Diagnostic) {
        let file = arguments.file
        let (name, value) = try subject(of: arguments.subject)
        if case .scalar(let output) = value { loadShownGradients(of: output) }
        let graph = DisplayGraph(of: value.nodes, workspace: workspace, showElements: false)
        guard graph.items.count <= Session.maxDotItems else {
            throw .error(
                words(.dotTooLarge(nodes: graph.items.count, max: Session.maxDotItems)),
                at: arguments.subject.name?.range ?? arguments.subject.end, hint: words(.dotTooLargeHint))
        }
        let dot = DotExport.text(of: graph, tape: workspace.tape, title: name ?? "result")
        if let figures {
            let picture = GraphPicture(graph, tape: workspace.tape, showGrads: value.shape.isEmpty, language: language)
            figures(SVGDrawing(title: name ?? "result", language: language).render(picture))
        }
        guard let file else {
            // In a handout the picture stands for the DOT text.
            // A program's input, not prose: never wrapped.
            if figures == nil { if options.json { writeText(dot) } else { writeRaw(dot) } }
            return
        }
        // An SVG is micrograd's own drawing, the layout of :draw; Graphviz
        // only when asked for.
        if file.text.lowercased().hasSuffix(".svg"), !arguments.graphviz {
            let picture = GraphPicture(graph, tape: workspace.tape, showGrads: value.shape.isEmpty, language: language)
            try writeSVG(SVGDrawing(title: name ?? "result", language: language).file(picture), to: file, command: "dot")
            return
        }
        try writeDot(dot, to: file.text, at: file.range)
    }

    /// Whether `path` may be written as a DOT file: nothing is there, or a
    /// file whose first line is the mark :dot writes.
    private func isOurDot(_ path: String) -> Bool {
        guard environment.exists(path) else { return true }
        return environment.firstLine(of: path)?.hasPrefix(DotExport.fileHeader) ?? false
    }

    private func writeDot(_ dot: String, to path: String, at range: SourceRange) throws(Diagnostic) {
        let base = FileSystem.baseName(path)
        let dotIndex = base.lastIndex(of: ".")
        let format = dotIndex.map { base[base.index(after: $0)...].lowercased() } ?? ""
        let formats = words(.dotFormats(GraphvizProgram.formats.map { ".\($0)" }.joined(separator: ", ")))
        guard !base.isEmpty, !path.hasSuffix("/") else {
            throw .error(words(.dotFolder(path)), at: range, hint: formats)
        }
        // Only files the user named are written, and none of them is
        // replaced unless :dot wrote it: a DOT file by its first line, a
        // drawing by this session's record of what it drew.
        let written = DotExport.fileHeader + "\n" + dot
        let isDot = format == "dot" || format == "gv"
        let drawing = GraphvizProgram.formats.contains(format)
        if isDot && !isOurDot(path) { throw refusal(.dotNotOurs(path), at: range) }
        if drawing && environment.exists(path) && !drawnFiles.contains(path) {
            throw refusal(.dotNotDrawnHere(path), at: range)
        }
        let dotPath = String(path.dropLast(format.count)) + "dot"
        let drawn: Bool
        do throws(FileSystem.Problem) {
            if isDot {
                try environment.writeAtomically(written, to: path)
                say(words(.wroteDot(path, svg: String(path.dropLast(format.count)) + "svg")))
                return
            }
            guard drawing else { throw FileSystem.Problem(description: words(.dotCannotTell(base))) }
            drawn = try environment.renderGraph(dot, format: format, to: path)
        } catch {
            throw .error(error.description, at: range, hint: isDot || drawing ? nil : formats)
        }
        if drawn {
            drawnFiles.insert(path)
            say(words(.drewGraph(path)))
            return
        }
        // No Graphviz: the DOT text goes beside, never over a file not ours.
        guard isOurDot(dotPath) else { throw refusal(.noGraphvizDotNotOurs(dotPath), at: range) }
        do throws(FileSystem.Problem) {
            try environment.writeAtomically(written, to: dotPath)
        } catch {
            throw .error(error.description, at: range)
        }
        say(words(.noGraphviz(dotPath)))
        say(words(.drawWith(format: format, dot: dotPath, path: path)))
    }

    private func refusal(_ message: ExplanationCommandMessage, at range: SourceRange) -> Diagnostic {
        .error(words(message), at: range, hint: SessionMessage.chooseAnother.text(language))
    }
}
