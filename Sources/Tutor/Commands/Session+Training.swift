import TextKit
import Views
import Autograd
import Calc

extension Session {
    /// Gradient descent on the learner's parameters.
    static let trainingCommands: CommandTable<Session> = [
        Command(
            name: "step", usage: "LR [name ...]",
            summary: "one gradient-descent step on the last scalar result: the names given, else its parameters "
                + "(not data such as x, y_train), move by -LR × grad",
            effect: .changes, example: ":step 0.05 w b", arguments: RateThenNames.self
        ) { session, arguments throws(Diagnostic) in try session.step(arguments) },
        Command(
            name: "train", usage: "loss STEPS LR [name ...]",
            summary: "STEPS × (forward, backward, step) on loss, moving the names given, else its parameters "
                + "(not data such as x, y_train), then a plot of the loss; Ctrl-C stops it",
            effect: .changes, example: ":train loss 1000 0.05 w b", arguments: TrainingArguments.self
        ) { session, arguments throws(Diagnostic) in try session.train(arguments) },
    ]

    /// The most steps one `:train` takes; Ctrl-C stops it sooner.
    static let maxTrainingSteps = 100_000_000

    /// Whether `:train` and `:step` without names leave `name` alone as
    /// data (`x`, `y_train`, `X`; see ``GradientDescent/isData(_:)``).
    public static func isData(_ name: String) -> Bool { GradientDescent.isData(name) }

    // MARK: :step

    private func step(_ arguments: RateThenNames) throws(Diagnostic) {
        let example = arguments.example
        let rateWord = arguments.rate
        let learningRate = try Session.learningRate(rateWord, example: example, language: language)
        guard let loss = workspace.lastScalarResult, workspace.tape.contains(loss) else {
            throw .error(
                words(.noScalarResult), at: rateWord.range, hint: words(.computeLossFirst))
        }
        let lossName = workspace.name(of: loss) ?? words(.lastResult)
        let requested = arguments.names
        let key = StepKey(
            loss: loss, names: requested.map(\.text), tapeCount: workspace.tape.count,
            generation: workspace.generation)
        // A run of :step lines on the same loss finds the same parameters:
        // find them once (it walks the whole graph).
        let descent: GradientDescent
        if let cached = lastDescent, cached.key == key {
            descent = cached.descent
        } else {
            descent = try GradientDescent(
                loss: loss, lossName: lossName, requested: requested, workspace: workspace, emptyAt: rateWord.range)
            lastDescent = (key, descent)
        }
        let tape = workspace.tape
        let before = tape.data(loss)
        // In accumulate mode, by the stored gradients, as optimizer.step().
        let stored = isAccumulating ? try storedGradientsForStep(loss: lossName, at: rateWord.range) : nil
        // One replay of the whole tape brings the loss and every other
        // stored graph up to date.
        if let stored { descent.descend(learningRate, on: tape, by: stored) } else { descent.descend(learningRate, on: tape) }
        tape.recompute()
        let after = tape.data(loss)
        say(
            words(
                .afterOneStep(
                    loss: lossName, before: NumberFormatting.human(before), arrow: arrow,
                    after: NumberFormatting.human(after), rate: NumberFormatting.human(learningRate),
                    names: descent.names.joined(separator: ", "))))
        if !descent.namesGiven, let note = defaultNamesNote(":step \(rateWord.text)", descent: descent, lossName: lossName) {
            say(style.dim(note))
        }
        if stored != nil { sayStepUsedStoredGradients() }
        if !after.isFinite { say(divergenceAdvice(learningRate)) }
    }

    // MARK: :train

    private func train(_ arguments: TrainingArguments) throws(Diagnostic) {
        let example = arguments.example
        let lossWord = arguments.loss
        guard let lossValue = workspace.value(named: lossWord.text) else {
            let hint = closestName(to: lossWord.text, among: workspace.names).map { CalcMessage.didYouMean($0).text(language) }
            throw .error(
                CalcMessage.unknownName(lossWord.text).text(language), at: lossWord.range, hint: hint ?? words(.computeLossFirst))
        }
        guard case .scalar(let loss) = lossValue else {
            throw .error(
                words(.arrayLoss(lossWord.text, shape: describe(shape: lossValue.shape))),
                at: lossWord.range, hint: words(.reduceLoss(lossWord.text)))
        }
        let stepsWord = arguments.steps
        guard let steps = Int(stepsWord.text), steps >= 1, steps <= Session.maxTrainingSteps else {
            throw .error(
                words(.notSteps(stepsWord.text, max: Session.maxTrainingSteps)),
                at: stepsWord.range, hint: words(.forExample(example)))
        }
        let learningRate = try Session.learningRate(arguments.rate, example: example, language: language)
        let descent = try GradientDescent(
            loss: loss, lossName: lossWord.text, requested: arguments.names, workspace: workspace,
            emptyAt: lossWord.range)
        workspace.lastScalarResult = loss

        say(
            words(
                .training(
                    loss: lossWord.text, Count(steps, .step), rate: NumberFormatting.human(learningRate),
                    names: descent.names.joined(separator: ", "))))
        if !descent.namesGiven,
            let note = defaultNamesNote(
                ":train \(lossWord.text) \(stepsWord.text) \(arguments.rate.text)", descent: descent, lossName: lossWord.text)
        {
            say(style.dim(note))
        }
        sayTrainingAccumulates(done: false)
        let run = runTraining(descent, steps: steps, learningRate: learningRate, lossName: lossWord.text)
        // Stopped by Ctrl-C: `:save` keeps the steps it took, so that the
        // replay reaches the same parameters (none taken: nothing to replay).
        if case .interrupted = run.ending {
            let words = [lossWord.text, String(run.stepsDone), arguments.rate.text] + arguments.names.map(\.text)
            savedForm = run.stepsDone == 0 ? [] : [":train " + words.joined(separator: " ")]
        }
        // Every stored graph, not only the loss, now sees the new parameters.
        workspace.tape.recompute()
        report(run, steps: steps, learningRate: learningRate, lossName: lossWord.text)
        sayTrainingAccumulates(done: true)
        let ended = switch run.ending {
        case .finished: "finished"
        case .interrupted: "interrupted"
        case .diverged: "diverged"
        }
        describeInJSON(CommandJSON.train(
            loss: lossWord.text, steps: steps, rate: learningRate, parameters: descent.names, losses: run.losses, ended: ended))
    }

    /// What a training run did.
    private struct TrainingRun {
        /// The loss before the first step and after each finished step.
        var losses: [Double]
        var seconds: Double
        enum Ending { case finished, interrupted, diverged(Double) }
        var ending = Ending.finished
        var stepsDone: Int { losses.count - 1 }
    }

    private func runTraining(_ descent: GradientDescent, steps: Int, learningRate: Double, lossName: String)
        -> TrainingRun
    {
        let tape = workspace.tape
        tape.recompute()
        var losses = [tape.data(descent.loss)]
        losses.reserveCapacity(steps + 1)
        let clock = ContinuousClock()
        let start = clock.now
        var lastProgress = start
        let printEvery = Swift.max(1, steps / 10)
        // A progress line is text: none in JSON mode, whatever the options say.
        let showsProgressLine = options.progressLines && !options.json
        var ending = TrainingRun.Ending.finished
        let accumulates = isAccumulating
        for step in 1...steps {
            // Checked between steps only, so the parameters are always those
            // of a finished step.
            if shouldStop() {
                ending = .interrupted
                break
            }
            let previous = descent.snapshot(of: tape)
            if accumulates {
                accumulatingStep(descent, learningRate: learningRate)
            } else {
                descent.step(learningRate, on: tape)
            }
            let loss = tape.data(descent.loss)
            if !loss.isFinite {
                descent.restore(previous, on: tape)
                ending = .diverged(loss)
                break
            }
            losses.append(loss)
            if showsProgressLine {
                let now = clock.now
                if now - lastProgress >= .milliseconds(100) || step == steps {
                    lastProgress = now
                    let rate = Double(step) / Session.seconds(now - start)
                    let line = TrainingMessage.progress(
                        step: step, of: steps, loss: lossName, value: NumberFormatting.human(loss),
                        rate: Session.rateText(rate, language))
                    writeText("\r  " + words(line) + "\u{1B}[K")
                }
            } else if step % printEvery == 0 {
                let width = String(steps).count
                say(
                    "  "
                        + words(
                            .printedStep(
                                TextLayout.padLeft(String(step), to: width), loss: lossName,
                                value: NumberFormatting.human(loss))))
            }
        }
        if showsProgressLine { writeText("\r\u{1B}[K") }
        return TrainingRun(losses: losses, seconds: Session.seconds(clock.now - start), ending: ending)
    }

    private func report(_ run: TrainingRun, steps: Int, learningRate: Double, lossName: String) {
        let first = NumberFormatting.human(run.losses[0])
        let last = NumberFormatting.human(run.losses[run.losses.count - 1])
        var summary = words(.summary(loss: lossName, first: first, arrow: arrow, last: last, Count(run.stepsDone, .step)))
        // Timings only at a terminal: scripts and transcripts stay the same
        // from run to run.
        if options.progressLines, run.stepsDone > 0 {
            let rate = Double(run.stepsDone) / run.seconds
            summary += words(.timing(seconds: NumberFormatting.human(run.seconds), rate: Session.rateText(rate, language)))
        }
        switch run.ending {
        case .finished:
            say(summary)
            warnIfGrew(run, learningRate: learningRate, lossName: lossName)
        case .interrupted:
            say(summary)
            say(words(run.stepsDone == 0 ? .interruptedUnchanged(of: steps) : .interrupted(run.stepsDone, of: steps)))
            warnIfGrew(run, learningRate: learningRate, lossName: lossName)
        case .diverged(let loss):
            say(summary)
            let value = NumberFormatting.human(loss)
            say(
                words(
                    run.stepsDone == 0
                        ? .divergedUnchanged(of: steps, loss: lossName, value: value)
                        : .diverged(run.stepsDone + 1, of: steps, loss: lossName, value: value, done: run.stepsDone)))
            say(divergenceAdvice(learningRate))
        }
        if run.losses.count > 1 {
            if let figures {
                figures(SVGChart.loss(run.losses, language: language).render())
            } else {
                say(LossPlot(style: style, width: options.width, language: language).render(run.losses))
            }
        }
    }

    /// Training is meant to make the loss smaller: a loss that ended larger
    /// than it began (4 → 236196) overshot at every step, which the plot
    /// alone does not say.
    private func warnIfGrew(_ run: TrainingRun, learningRate: Double, lossName: String) {
        // A relative margin, so that rounding at a minimum is no warning.
        guard let first = run.losses.first, let last = run.losses.last, run.stepsDone > 0,
            last > first + 1e-9 * Swift.abs(first)
        else { return }
        say(style.warning(
            "  "
                + words(
                    .grew(
                        loss: lossName, first: NumberFormatting.human(first), last: NumberFormatting.human(last),
                        rate: NumberFormatting.human(learningRate)))))
        say(divergenceAdvice(learningRate))
    }

    // MARK: Words and numbers

    /// A learning rate: a positive finite number.
    private static func learningRate(
        _ word: (text: String, range: SourceRange), example: String, language: Language
    ) throws(Diagnostic) -> Double {
        guard let rate = Double(word.text), rate.isFinite, rate > 0 else {
            throw .error(
                TrainingMessage.notRate(word.text).text(language), at: word.range,
                hint: TrainingMessage.forExample(example).text(language))
        }
        return rate
    }

    private var arrow: String { style.unicode ? "→" : "->" }

    /// `message` in the session's language.
    private func words(_ message: TrainingMessage) -> String { message.text(language) }

    /// Said the first time in a session that no names were given: which
    /// names move, which data stays, and how to choose (the rule is
    /// ``GradientDescent/isData(_:)``, and `:help train` says it too).
    private func defaultNamesNote(_ command: String, descent: GradientDescent, lossName: String) -> String? {
        guard !hasExplainedDefaultParameters else { return nil }
        hasExplainedDefaultParameters = true
        let moved = descent.names.joined(separator: ", ")
        let example = "\(command) \(descent.names.joined(separator: " "))"
        let note: TrainingMessage = descent.dataKept.isEmpty
            ? .parametersMoved(moved, example: example)
            : .parametersMovedDataKept(moved, data: descent.dataKept.joined(separator: ", "), example: example)
        return "  " + words(note)
    }

    private func divergenceAdvice(_ learningRate: Double) -> String {
        "  " + words(.overshoot(NumberFormatting.human(learningRate / 10)))
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }

    /// Steps per second, rounded: `8300`.
    private static func rateText(_ rate: Double, _ language: Language) -> String {
        guard rate.isFinite, rate < 1e15 else { return TrainingMessage.manySteps.text(language) }
        return NumberFormatting.human(rate >= 100 ? (rate / 10).rounded() * 10 : rate.rounded())
    }
}

/// What the parameters of a `:step` depend on: the same key, the same
/// parameters.
struct StepKey: Equatable {
    var loss: Node
    var names: [String]
    var tapeCount: Int
    var generation: Int
}
