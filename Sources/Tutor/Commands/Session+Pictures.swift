import TextKit
import Views
import Autograd
import Calc
import Platform

extension Session {
    /// Pictures of a graph and of a function. They only look.
    static let pictureCommands: CommandTable<Session> = [
        Command(
            name: "draw", usage: "[name] [svg FILE]",
            summary: "draw the graph left to right, a box per value and a node per operation, like micrograd's draw_dot",
            effect: .looks, example: ":draw L", arguments: DrawArguments.self
        ) { session, arguments throws(Diagnostic) in try session.drawPicture(arguments) },
        Command(
            name: "plot", usage: "EXPR [FROM TO] [at X0]",
            summary: "plot f(x) and its derivative f'(x) from the backward pass (at X0: the tangent there, and its slope)",
            effect: .looks, example: ":plot tanh(x) -3 3 at 0.88", arguments: PlotArguments.self
        ) { session, arguments throws(Diagnostic) in try session.plot(arguments) },
    ]

    /// `message` in the session's language.
    private func words(_ message: PictureMessage) -> String { message.text(language) }

    // MARK: :draw

    /// The picture of a result's graph: every element of an array while the
    /// graph has at most `max-draw` nodes, each array as one box past that.
    func graphPicture(of value: Value, name: String?, subject: OptionalName) throws(Diagnostic) -> GraphPicture {
        if case .scalar(let output) = value { loadShownGradients(of: output) }
        let limit = options.limits.maxDrawNodes
        var graph = DisplayGraph(of: value.nodes, workspace: workspace, showElements: true, labelWidth: 4)
        if graph.items.count > limit {
            let grouped = DisplayGraph(of: value.nodes, workspace: workspace, showElements: false, labelWidth: 4)
            let command = ":graph" + (name.map { " \($0)" } ?? "")
            guard grouped.items.count <= limit else {
                throw .error(
                    words(.tooManyBoxes(boxes: grouped.items.count, limit: limit)),
                    at: subject.name?.range ?? subject.end,
                    hint: words(.tooManyBoxesHint(tree: command, raise: ":set max-draw \(grouped.items.count)")))
            }
            say(style.dim(words(.arraysAsBoxes(nodes: graph.items.count, limit: limit))))
            graph = grouped
        }
        return GraphPicture(graph, tape: workspace.tape, showGrads: value.shape.isEmpty, language: language)
    }

    private func drawPicture(_ arguments: DrawArguments) throws(Diagnostic) {
        // Lesson code may draw, but not write files (see `runsLessonCode`).
        if let file = arguments.file, runsLessonCode {
            throw .error(
                CommandMessage.notInLessonCode(command: ":draw \(arguments.subject.name?.text ?? "") svg").text(language),
                at: file.range, hint: CommandMessage.notInLessonCodeHint.text(language))
        }
        let (name, value) = try subject(of: arguments.subject)
        let picture = try graphPicture(of: value, name: name, subject: arguments.subject)
        if let file = arguments.file {
            try writeSVG(SVGDrawing(title: name ?? "result", language: language).file(picture), to: file, command: "draw")
            return
        }
        if let figures {
            figures(SVGDrawing(title: name ?? "result", language: language).render(picture))
        } else {
            let drawing = DagDrawing(style: style, language: language).render(picture, width: options.width)
            guard drawing.width <= options.width else {
                let shown = name ?? "NAME"
                say(words(.tooWide(columns: drawing.width, width: options.width, svg: ":draw \(shown) svg \(shown).svg", tree: ":graph" + (name.map { " \($0)" } ?? ""))))
                return
            }
            writeText(drawing.text)
        }
        if let largest = picture.largest {
            say(style.dim(words(.largest(label: picture.labels[largest], grad: picture.gradText(largest)))))
        }
        if !value.shape.isEmpty {
            say(style.dim(ExplanationCommandMessage.noGradColumn.text(language)))
        }
    }

    /// Writes an SVG micrograd drew, through the one atomic writer. A file
    /// already there is replaced only if micrograd wrote it (its first
    /// line is ``SVGDrawing/fileHeader``) or `:dot` drew it in this
    /// session with Graphviz.
    func writeSVG(_ svg: String, to file: CommandWord, command: String) throws(Diagnostic) {
        let path = file.text
        guard !FileSystem.baseName(path).isEmpty, !path.hasSuffix("/") else {
            throw .error(words(.svgFolder(path, command: ":" + command)), at: file.range)
        }
        if environment.exists(path), !drawnFiles.contains(path),
            !(environment.firstLine(of: path)?.hasPrefix(SVGDrawing.fileHeader) ?? false)
        {
            throw .error(
                words(.svgNotOurs(path, command: ":" + command)), at: file.range,
                hint: SessionMessage.chooseAnother.text(language))
        }
        do throws(FileSystem.Problem) {
            try environment.writeAtomically(svg, to: path)
        } catch {
            throw .error(error.description, at: file.range)
        }
        say(ExplanationCommandMessage.drewGraph(path).text(language))
    }

    // MARK: :plot

    private func plot(_ arguments: PlotArguments) throws(Diagnostic) {
        func number(_ word: CommandWord?) throws(Diagnostic) -> Double? {
            guard let word else { return nil }
            guard let value = Double(word.text), value.isFinite else {
                throw .error(words(.notANumber(word.text)), at: word.range, hint: words(.plotExample))
            }
            return value
        }
        let x0 = try number(arguments.at)
        let from = try number(arguments.from) ?? (x0.map { $0 - 3 } ?? -3)
        let to = try number(arguments.to) ?? (x0.map { $0 + 3 } ?? 3)
        if let word = arguments.from, from >= to {
            throw .error(words(.emptyRange(from: word.text, to: arguments.to?.text ?? "")), at: word.range, hint: words(.plotExample))
        }
        if let x0, let word = arguments.at, x0 < from || x0 > to {
            throw .error(
                words(.outsideRange(x0: word.text, from: NumberFormatting.human(from), to: NumberFormatting.human(to))),
                at: word.range, hint: words(.plotExample))
        }

        // A workspace of its own, where x is a leaf and the session's
        // numbers are copied in: plotting changes nothing the learner has.
        let scratch = Workspace(limits: options.limits)
        let x = scratch.tape.leaf(x0 ?? from, label: "x")
        scratch.bind("x", to: .scalar(x), createdFrom: 0)
        for name in workspace.names where name != "x" {
            if case .scalar(let node) = workspace.value(named: name) {
                scratch.bind(name, to: .scalar(scratch.tape.leaf(workspace.tape.data(node))), createdFrom: 0)
            }
        }
        let statements = try Parser.parse(arguments.expression, firstLine: arguments.line, limits: options.limits)
        // `:plot # a comment` parses to no statement at all.
        guard statements.count == 1, let statement = statements.first, statement.assignedName == nil else {
            throw .error(
                words(.oneExpression), at: statements.dropFirst().first?.range ?? statements.first?.range ?? arguments.expressionRange,
                hint: words(.plotExample))
        }
        var evaluator = Evaluator(workspace: scratch)
        guard case .scalar(let y) = try evaluator.run(statement).value else {
            throw .error(words(.plotNotScalar), at: statement.range, hint: words(.plotExample))
        }
        let tape = scratch.tape
        /// f and f' at one x: the forward pass replayed, then backward.
        func evaluate(at value: Double) -> (Double?, Double?) {
            tape.setData(x, value)
            tape.recompute()
            tape.backward(from: y)
            let (f, slope) = (tape.data(y), tape.grad(x))
            // No slope where the function has no value (log of a negative).
            guard f.isFinite else { return (nil, nil) }
            return (f, slope.isFinite ? slope : nil)
        }
        let view = FunctionPlot(style: style, width: options.width, language: language)
        let count = view.sampleCount
        var values: [Double?] = []
        var slopes: [Double?] = []
        for index in 0..<count {
            // Ctrl-C stops a plot of a large graph; nothing was changed.
            if shouldStop() { return }
            let (f, slope) = evaluate(at: from + (to - from) * Double(index) / Double(count - 1))
            values.append(f)
            slopes.append(slope)
        }
        var samples = FunctionPlot.Samples(
            expression: arguments.expression.trimmingSpaces, from: from, to: to, values: values, slopes: slopes)
        var tangentText: String?
        if let x0 {
            let (f, slope) = evaluate(at: x0)
            if let f, let slope {
                samples.tangent = (x0, f, slope)
                tangentText = words(
                    .tangent(
                        x: NumberFormatting.human(x0), value: NumberFormatting.human(f), slope: NumberFormatting.human(slope)))
            } else {
                tangentText = words(.noTangent(NumberFormatting.human(x0)))
            }
        }
        if let figures {
            figures(SVGChart.function(samples, language: language).render())
        } else {
            say(view.render(samples))
        }
        if let tangentText { say(tangentText) }
    }
}
