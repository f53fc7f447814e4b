import TextKit
import Views
import Platform
import Calc

/// A learner's session: lines in, text out.
///
/// The session knows nothing of terminals. The executable reads lines (from
/// libedit, a pipe or a file) and hands them to ``handle(_:sourceName:lineNumber:)``;
/// everything the session has to say goes to the `write` closure given to
/// it (see `Session+Output.swift`). Tests drive whole sessions this way and
/// compare the transcript.
///
/// Files, Graphviz and environment variables are reached only through
/// ``environment`` (see ``SessionEnvironment``).
public final class Session {
    public let workspace: Workspace
    public var options: SessionOptions
    /// The files, programs and variables the session's commands reach:
    /// the real ones, or an ``InMemoryEnvironment`` in tests and the fuzzer.
    public let environment: any SessionEnvironment
    /// Where the text goes; written through `writeRaw`, `say` and `writeText`.
    let output: (String) -> Void
    /// Where errors and warnings go in text mode, when not with the rest:
    /// standard error for `-e` and piped input, so that results can be
    /// piped on while diagnostics stay on the screen (Unix's rule). Nil
    /// keeps them in place (the prompt, a `run` transcript).
    public var diagnostics: ((String) -> Void)?
    /// What the next line is for: a statement, more of an open one, or a
    /// step of `:backward`.
    var lineMode = LineMode.statement
    /// Set by `:quit`.
    public internal(set) var wantsToQuit = false
    /// Every line that worked, in order, for `:save`: statements and the
    /// commands whose effect is ``CommandEffect/changes``, but not errors
    /// (see `Session+Scripts.swift`).
    public internal(set) var savedInput: [String] = []
    /// What `:save` should record for the command now running, when not
    /// the line as typed: a `:train` stopped by Ctrl-C sets the steps it
    /// took (see `Session+Training.swift`).
    var savedForm: [String]?
    /// The drawings (`.svg`, `.png`, `.pdf`) `:dot` made in this session,
    /// by path as typed: the only ones it replaces, since a drawing has no
    /// line of its own to say who wrote it.
    var drawnFiles: Set<String> = []
    /// Set for a handout (`micrograd run --html`): each picture (`:draw`,
    /// `:graph`, `:dot`, `:plot`, the loss of `:train`) goes here as an SVG
    /// document, in place of its drawing in characters.
    public var figures: ((String) -> Void)?
    /// The parameters the last `:step` found, while they stay valid.
    var lastDescent: (key: StepKey, descent: GradientDescent)?
    /// How many `:load`s are running inside each other.
    var loadDepth = 0
    /// Whether a table has already said why a constant exponent's gradient
    /// is NaN (see `GradientNotes`): once a session is enough, since every
    /// squared error with a negative residual has one.
    var hasExplainedExponentNaN = false
    /// Whether a line has already been told that its full-width characters
    /// were read as half-width ones (see `FullWidth`): once is enough.
    var hasExplainedFullWidth = false
    /// Whether `:train` or `:step` without names has said which names it
    /// moves and which data it keeps: said once, the first time.
    var hasExplainedDefaultParameters = false
    /// Where the quiz's streak and score are kept between runs (the
    /// progress file); nil keeps them for this session only.
    public var quizScores: (any QuizScoreStore)?
    /// The score this session has counted, from ``quizScores`` at first.
    public internal(set) var quizScore: QuizScore?
    /// The quiz left with q, which the next `:quiz` goes on with.
    var pausedQuiz: Quiz?
    /// Every quiz question this session has had answered, for `micrograd quiz --json`.
    public internal(set) var quizReport = QuizReport()
    /// Set by `micrograd quiz`: leaving the quiz ends the session.
    public var quizEndsSession = false
    /// Under `--json`, what the command running now has said and described
    /// (``CommandJSONCapture``); nil outside a command.
    var jsonCapture: CommandJSONCapture?
    /// Whether the last line read came with a pasted `>>> ` prompt, so
    /// that the output pasted after it is skipped (see `prepare`).
    var followsPastedPrompt = false
    /// Set by a caller that ran ``prepare(_:continuesPaste:)`` on its lines
    /// itself (the lesson runner, which reads a line before the session
    /// does): `handle` then takes them as they are.
    public var inputIsPrepared = false
    /// Whether the session explains, once each, what a person at the
    /// prompt could not guess: how to finish or drop a statement at the
    /// first `... `, and that pasted output was skipped. Set at a terminal
    /// (the prompt loop), not in a transcript, where nobody waits at the prompt.
    public var explainsAtPrompt = false
    var hasExplainedContinuation = false
    var hasExplainedSkippedOutput = false
    /// The language the session speaks: its commands, `:help`, its notes
    /// and its own errors. It starts as ``SessionOptions/language``; a
    /// lesson sets it to its own, and `:lang` changes it.
    public var language: Language = .en
    /// Set while the lines handled are lesson code (a lesson's `setup`,
    /// `run` and model answers) rather than what the learner types: the
    /// commands that reach past the session (``Session/reachesOutside(_:input:)``:
    /// `:save`, `:load`, `:dot`, `:set` of a limit) are then refused, so that
    /// a lesson file cannot write, read or copy the learner's files or raise
    /// the limits. `:set accumulate on|off` stays allowed.
    public var runsLessonCode = false
    /// Asked between steps of long work (`:train`, `:check`, big graphs):
    /// true means the learner pressed Ctrl-C and the work should stop,
    /// leaving the session as it was after the last finished step.
    /// The workspace asks it too, while a statement builds its graph.
    public var shouldStop: () -> Bool = { false } {
        didSet { workspace.shouldStop = shouldStop }
    }

    /// What became of one line.
    public enum Outcome: Equatable, Sendable {
        /// Handled; the session waits for the next line.
        case done
        /// The line opened a bracket that is still open: more is needed.
        case incomplete
        /// An error was reported. Non-interactive runs stop here.
        case failed
        /// `:quit`.
        case quit
    }

    public init(
        options: SessionOptions = SessionOptions(), environment: any SessionEnvironment = SystemEnvironment(),
        write: @escaping (String) -> Void
    ) {
        self.options = options
        language = options.language
        self.environment = environment
        output = write
        workspace = Workspace(seed: options.seed, limits: options.limits)
    }

    /// Without colour under `--json`: a command's words go into its
    /// object's `text` (docs/json.md), which is read, not shown.
    var style: Style { options.json ? Style(color: false, unicode: options.style.unicode) : options.style }

    /// The prompt to show before the next line: `>>> `, `... ` in the
    /// middle of an unfinished statement, `backward> ` while stepping.
    public var prompt: Prompt { lineMode.prompt }

    /// Whether lines of an unfinished statement (an open bracket) wait for
    /// the rest.
    public var hasPendingInput: Bool {
        if case .continuing = lineMode { true } else { false }
    }

    /// Handles one line of input. `sourceName` (`<stdin>`, a file name) and
    /// `lineNumber` say where it came from, for error messages.
    @discardableResult
    public func handle(
        _ line: String, sourceName: String = "<input>", lineNumber: Int = 1, continuesPaste: Bool = true
    ) -> Outcome {
        if options.echoInput { echo(line) }
        var line = line
        if !inputIsPrepared {
            guard let prepared = prepare(line, continuesPaste: continuesPaste) else { return .done }
            line = prepared
        }
        if case .stepping = lineMode, let outcome = continueBackward(line) { return outcome }
        if case .quizzing = lineMode { return answerQuiz(line) }
        if line.count > options.limits.maxLineLength {
            lineMode = .statement
            let range = SourceRange(
                start: SourceLocation(line: lineNumber, column: options.limits.maxLineLength + 1),
                end: SourceLocation(line: lineNumber, column: options.limits.maxLineLength + 2),
                offsets: 0..<0)
            return report(
                .error(
                    SessionMessage.lineTooLong(length: line.count, limit: options.limits.maxLineLength).text(language),
                    at: range, hint: SessionMessage.lineTooLongHint.text(language)),
                sourceName: sourceName, lines: [], firstLine: lineNumber)
        }
        var statement: OpenStatement
        if case .continuing(let open) = lineMode {
            statement = open
        } else {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix(":") {
                return runCommand(String(trimmed), sourceName: sourceName, lineNumber: lineNumber)
            }
            statement = OpenStatement(firstLine: lineNumber)
        }
        statement.lines.append(line)
        // Only the new line is read for brackets: a long array literal over
        // many lines costs one pass, not one pass per line over all of it.
        statement.depth = Lexer.bracketDepth(after: line, from: statement.lines.count == 1 ? 0 : statement.depth)
        if statement.depth > 0 {
            lineMode = .continuing(statement)
            if explainsAtPrompt, !hasExplainedContinuation {
                hasExplainedContinuation = true
                let closing = Lexer.closingBrackets(after: statement.lines.joined(separator: "\n"))
                say(style.dim(SessionMessage.continuation(closing: "'\(closing)'").text(language)))
            }
            return .incomplete
        }
        lineMode = .statement
        let lines = statement.lines
        let outcome = runStatements(
            lines.joined(separator: "\n"), lines: lines, sourceName: sourceName, firstLine: statement.firstLine)
        if outcome == .done { remember(lines) }
        return outcome
    }

    /// Ends the input: a statement still waiting for its closing bracket is
    /// an error.
    @discardableResult
    public func finish(sourceName: String = "<input>") -> Outcome {
        stopBackward()
        leaveQuiz()
        guard case .continuing(let statement) = lineMode else { return .done }
        lineMode = .statement
        return runStatements(
            statement.lines.joined(separator: "\n"), lines: statement.lines, sourceName: sourceName,
            firstLine: statement.firstLine)
    }

    /// Drops a half-entered statement (Ctrl-C at a `...` prompt), or stops
    /// stepping.
    public func cancelPending() {
        if case .continuing = lineMode { lineMode = .statement }
        stopBackward()
        leaveQuiz()
    }

    /// Shows the line as a transcript does (`Script.echo`), the prompt dimmed.
    private func echo(_ line: String) {
        let prompt = self.prompt
        // The line came from a file or the keyboard: controls shown visibly.
        let shown = Script.echo(line.withVisibleControls, prompt: prompt)
        if prompt.isDimmedInEcho, !Script.isComment(line) {
            writeRaw(style.dim(prompt.bare) + shown.dropFirst(prompt.bare.count) + "\n")
        } else {
            writeRaw(shown + "\n")
        }
    }

    // MARK: Statements

    private func runStatements(_ text: String, lines: [String], sourceName: String, firstLine: Int) -> Outcome {
        if !hasExplainedFullWidth, !options.json, let note = FullWidth.note(for: text) {
            writeRaw(style.dim(note.text(language)) + "\n")
            hasExplainedFullWidth = true
        }
        let statements: [Statement]
        do {
            statements = try Parser.parse(text, firstLine: firstLine, limits: options.limits)
        } catch {
            return report(error, sourceName: sourceName, lines: lines, firstLine: firstLine)
        }
        var evaluator = Evaluator(workspace: workspace)
        for statement in statements {
            let evaluation: Evaluation
            do {
                evaluation = try evaluator.run(statement)
            } catch {
                return report(error, sourceName: sourceName, lines: lines, firstLine: firstLine)
            }
            show(evaluation)
            // A name given numbers computed from numbers alone (w = randn(2, 3) * 0.5)
            // is a parameter, like numbers typed out; its table is shown first.
            if let name = statement.assignedName, !statement.expression.readsNames {
                workspace.bindAsPlainNumbers(name)
            }
            for warning in evaluation.warnings where options.json {
                writeRaw(CommandJSON.diagnostic(warning, file: sourceName, language: language).encoded + "\n")
            }
            for warning in evaluation.warnings where !options.json {
                writeDiagnostic(
                    DiagnosticRenderer(style: style, language: language).render(
                        warning, sourceName: sourceName, lines: lines, firstLine: firstLine))
            }
        }
        workspace.compactIfNeeded()
        return .done
    }

    /// Prints an error (as text, or as a JSON object with `--json`).
    public func report(_ diagnostic: Diagnostic, sourceName: String, lines: [String], firstLine: Int) -> Outcome {
        if options.json {
            writeRaw(CommandJSON.diagnostic(diagnostic, file: sourceName, language: language).encoded + "\n")
        } else {
            writeDiagnostic(DiagnosticRenderer(style: style, language: language).render(diagnostic, sourceName: sourceName, lines: lines, firstLine: firstLine))
        }
        return .failed
    }

    /// Shows a result: its value and, when it is more than a plain number,
    /// the table of its graph with every gradient (by node, or by named
    /// array for a large graph built from arrays).
    private func show(_ evaluation: Evaluation) {
        let value = evaluation.value
        if case .scalar(let output) = value, workspace.tape.operation(output).arity > 0 || options.json {
            loadShownGradients(of: output)
        }
        if options.json {
            // Streamed, and stopped by Ctrl-C: a large graph has millions of nodes.
            let finished = ResultJSON(workspace: workspace).write(evaluation, to: writeRaw, shouldStop: shouldStop)
            writeRaw("\n")
            if !finished { _ = report(.error(CalcMessage.interrupted, at: nil), sourceName: "", lines: [], firstLine: 1) }
            return
        }
        let head = evaluation.statement.assignedName ?? evaluation.statement.source
        let shownHead = evaluation.statement.assignedName.map(style.name) ?? head
        let indent = TextLayout.width(head) + 3
        // A long array wraps between its numbers, inside its brackets.
        writeRaw(fitted("\(shownHead) = \(ValueFormatting.text(of: value, in: workspace.tape, indent: indent))") + "\n")
        if case .scalar(let output) = value, workspace.tape.operation(output).arity > 0 {
            var name = evaluation.statement.assignedName
            if name == nil, case .name(let typed, _) = evaluation.statement.expression { name = typed }
            let command = ":nodes" + (name.map { " \($0)" } ?? "")
            let nodes = workspace.tape.subgraph(of: output)
            let table = NodeTable(style: style, language: language)
            // A large graph made from named arrays reads best by array;
            // a small one keeps a row per node.
            if nodes.count > table.maxRows, ArrayTable.applies(to: nodes, workspace: workspace) {
                writeTable(ArrayTable(style: style, width: options.width, language: language).render(
                    output: output, nodes: nodes, workspace: workspace, command: command))
            } else {
                writeTable(table.render(nodes, workspace: workspace, command: command))
                sayStoredGradientsNote(for: name)
                // Only where the table has a row for every node, the exponent's too.
                if nodes.count <= table.maxRows, !hasExplainedExponentNaN,
                    let note = GradientNotes.constantExponents(in: nodes, tape: workspace.tape, language: language)
                {
                    writeRaw(style.dim(ProseLayout.render(note, width: options.width)) + "\n")
                    hasExplainedExponentNaN = true
                }
            }
        }
    }
}
