import TextKit
import Views
import Autograd
import Calc
import Platform

/// Where a quiz is: the quiz itself, the round shown, and which of its two
/// questions waits for an answer.
struct QuizState {
    enum Question { case gradient, step }
    var quiz: Quiz
    var round: QuizRound
    var question = Question.gradient
    /// Whether every answer of this round so far was right.
    var allRight = true
    /// The lines of this question that were no number (it was asked again).
    var rejected: [String] = []
}

extension Session {
    /// `:quiz`, the endless practice of gradients (see ``Quiz``).
    static let quizCommands: CommandTable<Session> = [
        Command(
            name: "quiz", usage: "[seed N]",
            summary: "endless practice: a random graph, its gradient, one step of gradient descent (q leaves)",
            // Out of lesson code's reach: it writes the progress file, and
            // would take the lesson's next lines as its answers.
            effect: .looks, example: ":quiz seed 3", reachesOutside: true, arguments: QuizArguments.self
        ) { session, arguments throws(Diagnostic) in try session.startQuiz(arguments) },
    ]

    /// Whether a quiz is waiting for an answer, so that every line, an
    /// empty one too, must reach ``handle(_:sourceName:lineNumber:)``.
    public var isQuizzing: Bool {
        if case .quizzing = lineMode { true } else { false }
    }

    private func startQuiz(_ arguments: QuizArguments) throws(Diagnostic) {
        if let word = arguments.seed {
            guard let seed = UInt64(word.text) else {
                throw .error(SessionMessage.notASeed(word.text, max: String(UInt64.max)).text(language), at: word.range)
            }
            startQuiz(seed: seed)
        } else if let quiz = pausedQuiz {
            // `:quiz` again goes on where the last one stopped, not over the same graphs.
            say(QuizMessage.started(seed: String(quiz.seed)).text(language))
            ask(quiz)
        } else {
            startQuiz(seed: nil)
        }
    }

    /// Starts a quiz from `seed`: `micrograd quiz --seed N` and `:quiz seed N`.
    /// Without one, from the session's seed plus the questions asked so far
    /// (the progress file's count), so that each run has new graphs and
    /// still says the seed that repeats them.
    public func startQuiz(seed: UInt64?) {
        if quizScore == nil { quizScore = quizScores?.quizScore ?? QuizScore() }
        let seed = seed ?? options.seed &+ UInt64(quizScore?.asked ?? 0)
        if quizReport.seed == nil { quizReport.seed = seed }
        say(QuizMessage.started(seed: String(seed)).text(language))
        ask(Quiz(seed: seed))
    }

    /// Shows the next graph of `quiz` and asks for its gradient.
    private func ask(_ quiz: Quiz) {
        var quiz = quiz
        let round = quiz.nextRound()
        let (workspace, output) = round.workspace()
        say("")
        say(style.bold(QuizMessage.round(number: round.number, operations: round.operations).text(language)))
        let separator = language == .zh ? "，" : ", "
        say(QuizMessage.inputs(round.lines.prefix(round.inputs.count).joined(separator: separator)).text(language))
        // Each operation a named node, so that an inner one can be asked about.
        for line in round.lines.dropFirst(round.inputs.count) { say(line) }
        // The graph as :graph draws it, without the gradients it asks for.
        let graph = DisplayGraph(of: [output], workspace: workspace, showElements: false)
        let drawing = GraphDrawing(style: style, width: options.width, showGrads: false, language: language)
        writeText(drawing.render(graph, tape: workspace.tape, command: ":nodes \(QuizRound.output)"))
        say(QuizMessage.askGradient(derivative: round.derivative).text(language))
        lineMode = .quizzing(QuizState(quiz: quiz, round: round))
    }

    /// The chain rule for `name`'s gradient with the numbers, the lines
    /// `:explain L name` prints, from the same renderer.
    private func chainRule(_ round: QuizRound, for name: String, style: Style) -> [String] {
        let (workspace, output) = round.workspace()
        var explanation = ChainRuleExplanation(workspace: workspace, output: output, style: style, language: language)
        return explanation.explain(round.node(name, in: workspace))
    }

    /// A line typed during a quiz; under `--json`, what it says is one
    /// object `{"command": "quiz", "input": LINE, ...}` (docs/json.md).
    func answerQuiz(_ line: String) -> Outcome {
        var outcome = Outcome.done
        try? writingCommandJSON(name: "quiz", input: line) { outcome = continueQuiz(line) }
        return outcome
    }

    /// Leaves the quiz from outside it (Ctrl-C, the end of the input).
    func leaveQuiz() {
        guard isQuizzing else { return }
        try? writingCommandJSON(name: "quiz", input: "") { stopQuiz() }
    }

    /// A line typed during a quiz: an answer, or q to leave.
    private func continueQuiz(_ line: String) -> Outcome {
        guard case .quizzing(var state) = lineMode else { return .done }
        let typed = line.trimmingSpaces
        // What is quoted back: controls visible (no escape of the line
        // reaches the terminal), and a pasted page cut to a line's worth.
        let quoted = TextLayout.truncate(typed.withVisibleControls, to: 40)
        if typed.hasPrefix("#") { return .done }
        if ["q", "quit", ":q", ":" + Session.quitCommand.name].contains(typed.lowercased()) {
            stopQuiz()
            return wantsToQuit ? .quit : .done
        }
        let round = state.round
        let expected = state.question == .gradient ? round.gradient : round.stepped
        let grade = QuizRound.grade(typed, expected: expected)
        if grade == .notANumber {
            // Enter alone is no answer, asked again without a word quoted back.
            if typed.isEmpty {
                say(QuizMessage.noAnswer.text(language))
                return .done
            }
            state.rejected.append(line)
            lineMode = .quizzing(state)
            let comma = typed.replacing(",", with: ".")
            if typed.hasPrefix(":") {
                say(QuizMessage.commandInQuiz(typed: quoted).text(language))
            } else if comma != typed, QuizRound.grade(comma, expected: expected) != .notANumber {
                say(QuizMessage.decimalPoint(typed: quoted, meant: comma).text(language))
            } else {
                say(QuizMessage.typeANumber(typed: quoted).text(language))
            }
            return .done
        }
        let isRight = grade == .right
        describeInJSON([
            ("question", .string(state.question == .gradient ? "gradient" : "step")), ("round", .int(round.number)),
            ("asked", .string(state.question == .gradient ? round.asked : round.parameter)), ("right", .bool(isRight)),
            ("expected", .number(expected)),
        ])
        record(right: isRight)
        state.allRight = state.allRight && isRight
        let given: Double = if case .wrong(let value) = grade { value } else { QuizRound.number(in: typed) ?? expected }
        switch state.question {
        case .gradient:
            let value = NumberFormatting.human(round.gradient)
            quizReport.answers.append(
                QuizReport.Answer(
                    round: round, question: .gradient, given: given, right: isRight, rejected: state.rejected,
                    explanation: chainRule(round, for: round.asked, style: .plain)))
            if isRight {
                say(QuizMessage.rightGradient(derivative: round.derivative, value: value).text(language))
            } else {
                let command = ":explain \(QuizRound.output) \(round.asked)"
                say(QuizMessage.wrongGradient(typed: quoted, derivative: round.derivative, value: value, command: command).text(language))
                for line in chainRule(round, for: round.asked, style: style) { say(line) }
            }
            say("")
            say(
                QuizMessage.askStep(
                    input: round.parameter, rate: NumberFormatting.human(round.rate), derivative: round.parameterDerivative
                ).text(language))
            state.question = .step
            state.rejected = []
            lineMode = .quizzing(state)
        case .step:
            let gradient = NumberFormatting.human(round.parameterGradient)
            let formula = "\(round.parameter) = \(QuizRound.text(round.parameterValue)) - \(NumberFormatting.human(round.rate)) * "
                + (round.parameterGradient < 0 ? "(\(gradient))" : gradient) + " = \(NumberFormatting.human(round.stepped))"
            quizReport.answers.append(
                QuizReport.Answer(
                    round: round, question: .step, given: given, right: isRight, rejected: state.rejected, explanation: [formula]))
            say((isRight ? QuizMessage.rightStep(formula: formula) : .wrongStep(typed: quoted, formula: formula)).text(language))
            if !isRight, round.asksInnerNode {
                // dL/da was not asked: how it comes about, as :explain L a gives it.
                say(QuizMessage.parameterChain(derivative: round.parameterDerivative).text(language))
                for line in chainRule(round, for: round.parameter, style: style) { say(line) }
            }
            var quiz = state.quiz
            let before = quiz.level
            quiz.finished(allRight: state.allRight)
            if let score = quizScore {
                say(style.dim(QuizMessage.score(streak: score.streak, best: score.best, right: score.right, asked: score.asked).text(language)))
            }
            say((quiz.level > before ? QuizMessage.harder(operations: quiz.level) : .sameLevel(operations: quiz.level)).text(language))
            ask(quiz)
        }
        return .done
    }

    /// Counts an answer and saves the score where the session keeps it.
    private func record(right: Bool) {
        var score = quizScore ?? quizScores?.quizScore ?? QuizScore()
        score.record(right: right)
        quizScore = score
        guard let quizScores else { return }
        do throws(FileSystem.Problem) {
            try quizScores.saveQuizScore(score)
        } catch {
            say(style.warning(QuizMessage.notSaved(reason: error.description).text(language)))
        }
    }

    /// Leaves the quiz (q, `:quit`, Ctrl-C, the end of the input), keeping
    /// it for the next `:quiz`; `micrograd quiz` ends there too.
    func stopQuiz() {
        guard case .quizzing(let state) = lineMode else { return }
        lineMode = .statement
        pausedQuiz = state.quiz
        say(QuizMessage.left.text(language))
        if let score = quizScore {
            say(QuizMessage.score(streak: score.streak, best: score.best, right: score.right, asked: score.asked).text(language))
        }
        if quizEndsSession { wantsToQuit = true }
    }
}
