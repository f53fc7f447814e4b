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
    ]

    /// `message` in the session's language.
    private func words(_ message: PictureMessage) -> String { message.text(language) }

    // MARK: :draw

    /// The picture of a result's graph: every element of an array while the
    /// graph has at most `max-draw` nodes, each array as one box past that.
    func graphPicture(of value: Value, name: String?, subject: OptionalName) throws(Diagnostic) -> GraphPicture {
        if case .scalar(let output) = value { workspace.tape.backward(from: output) }
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
        let drawing = DagDrawing(style: style, language: language).render(picture, width: options.width)
        guard drawing.width <= options.width else {
            let shown = name ?? "NAME"
            say(words(.tooWide(columns: drawing.width, width: options.width, svg: ":draw \(shown) svg \(shown).svg", tree: ":graph" + (name.map { " \($0)" } ?? ""))))
            return
        }
        writeText(drawing.text)
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
}
