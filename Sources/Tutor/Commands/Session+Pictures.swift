import TextKit
import Views
import Autograd
import Calc

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
        let (name, value) = try subject(of: arguments.subject)
        let picture = try graphPicture(of: value, name: name, subject: arguments.subject)
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
}
