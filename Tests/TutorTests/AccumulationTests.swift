import Foundation
import TextKit
import Testing

@testable import Tutor

/// Accumulate mode (`:set accumulate on|off`, `:zero_grad`;
/// `Session+Accumulation.swift`), by its numbers. The whole session is in
/// Transcripts/accumulate.mg (and .zh.mg).
@Suite("Accumulate mode")
struct AccumulationTests {
    /// A session fed `lines`, and everything it printed.
    func run(_ lines: [String], options: SessionOptions = SessionOptions(), lessonCode: Bool = false)
        -> (Session, String, [Session.Outcome])
    {
        var output = ""
        let session = Session(options: options) { output += $0 }
        session.runsLessonCode = lessonCode
        var outcomes: [Session.Outcome] = []
        for (index, line) in lines.enumerated() {
            outcomes.append(session.handle(line, lineNumber: index + 1))
        }
        return (session, output, outcomes)
    }

    func number(_ session: Session, _ name: String) -> Double {
        guard let value = session.workspace.value(named: name) else { return .nan }
        return session.workspace.tape.data(value.nodes[0])
    }

    func stored(_ session: Session, _ name: String) -> Double {
        guard let value = session.workspace.value(named: name) else { return .nan }
        return session.workspace.storedGradients.grad(value.nodes[0])
    }

    /// L = w*x at w = 3, x = 2: dL/dw = x = 2 and dL/dx = w = 3 in one pass.
    let setup = ["w = 3", "x = 2", "L = w*x"]

    @Test("off by default: :backward twice leaves one pass's gradient, and :step moves by it")
    func offByDefault() {
        let (session, output, _) = run(setup + [":backward L all", ":backward L all", ":step 0.1 w"])
        #expect(!session.workspace.storedGradients.isAccumulating)
        #expect(session.workspace.storedGradients.isEmpty)
        // w - 0.1 * 2 = 2.8
        #expect(abs(number(session, "w") - 2.8) < 1e-12)
        #expect(!output.contains("Accumulated"))
    }

    @Test("on: two backward passes store twice the gradient, and say the sums")
    func twoPassesDouble() {
        let (session, output, _) = run(setup + [":set accumulate on", ":backward L all", ":backward L all"])
        #expect(session.workspace.storedGradients.passes == 2)
        #expect(stored(session, "w") == 4, "2 + 2")
        #expect(stored(session, "x") == 6, "3 + 3")
        #expect(output.contains("  w.grad: stored 0 + this pass 2 = 2"))
        #expect(output.contains("Stored: 1 backward pass"))
        #expect(output.contains("  w.grad: stored 2 + this pass 2 = 4"))
        #expect(!output.contains("  x.grad: stored"), "data is not listed")
        #expect(output.contains("Accumulated over 2 backward passes"))
        // The table after the second pass shows the stored gradients.
        #expect(output.contains("  w     leaf     3     4"), "\(output)")
    }

    @Test("on: :step moves by the stored gradients, so after two passes it goes twice as far")
    func stepTwiceAsFar() {
        let (session, output, _) = run(setup + [":set accumulate on", ":backward L all", ":backward L all", ":step 0.1 w"])
        // w - 0.1 * (2 + 2) = 2.6, against 2.8 with one pass; L = 2.6 * 2 = 5.2.
        #expect(abs(number(session, "w") - 2.6) < 1e-12)
        #expect(abs(number(session, "L") - 5.2) < 1e-12)
        #expect(output.contains("L 6 → 5.2 after one step"))
        #expect(output.contains("moved by the stored gradients of 2 backward passes"))
        // optimizer.step() does not zero: a second step moves by the same 4.
        let (again, _, _) = run(setup + [":set accumulate on", ":backward L all", ":backward L all", ":step 0.1 w", ":step 0.1 w"])
        #expect(abs(number(again, "w") - 2.2) < 1e-12)
    }

    @Test(":zero_grad clears the stored gradients; a :step then has nothing to move by, and one pass is one gradient again")
    func zeroGrad() {
        let (session, output, outcomes) = run(
            setup + [":set accumulate on", ":backward L all", ":backward L all", ":zero_grad", ":step 0.1", ":backward L all", ":step 0.1 w"])
        #expect(output.contains("zero_grad: every stored gradient is 0 again (they held 2 backward passes)."))
        #expect(outcomes[7] == .failed)
        #expect(output.contains("no stored gradients to step with"))
        #expect(output.contains("hint: run :backward L all first"))
        #expect(session.workspace.storedGradients.passes == 1)
        // w - 0.1 * 2 = 2.8: one pass, the gradient itself.
        #expect(abs(number(session, "w") - 2.8) < 1e-12)
        let (_, twice, _) = run(setup + [":set accumulate on", ":zero_grad", ":set accumulate off", ":zero_grad"])
        #expect(twice.contains("zero_grad: the stored gradients are already 0."))
        #expect(twice.contains("zero_grad: nothing is stored while accumulate is off"))
    }

    @Test(":set accumulate off drops the stored gradients; :step computes its own gradient again")
    func offAgain() {
        let (session, output, _) = run(
            setup + [":set accumulate on", ":backward L all", ":backward L all", ":set accumulate off", ":step 0.1 w", ":set accumulate on", "L"])
        #expect(output.contains("accumulate = off: the stored gradients (2 backward passes) are dropped"))
        #expect(abs(number(session, "w") - 2.8) < 1e-12)
        // On again: nothing stored, so the table shows 0 and says how to add a pass.
        #expect(session.workspace.storedGradients.isEmpty)
        #expect(output.contains("grad: the stored gradients, 0 until :backward L adds a backward pass"))
    }

    @Test("grad(L, w) is a fresh gradient whatever is stored")
    func gradIsPure() {
        let (session, _, _) = run(setup + [":set accumulate on", ":backward L all", ":backward L all", "g = grad(L, w)"])
        #expect(number(session, "g") == 2)
        #expect(stored(session, "w") == 4, "grad(...) neither reads nor adds to the store")
        #expect(session.workspace.storedGradients.passes == 2)
    }

    @Test(":backward NAME quiet adds a pass without showing its steps")
    func quietPass() {
        let (session, output, _) = run(setup + [":set accumulate on", ":backward L quiet", ":backward L quiet"])
        #expect(stored(session, "w") == 4)
        #expect(!output.contains("step 1 of 1"))
        #expect(output.contains("  w.grad: stored 2 + this pass 2 = 4"))
        let (_, off, _) = run(setup + [":backward L quiet"])
        #expect(!off.contains("step 1 of 1"))
        #expect(off.contains("  w     leaf     3     2"))
        let (named, _, _) = run(["quiet = 2", "q2 = quiet*quiet", ":backward quiet"])
        #expect(named.workspace.storedGradients.isEmpty, "a name quiet is the subject, not the keyword")
    }

    @Test("two half-batch losses, one pass each, store the full batch's gradient (a sum loss)")
    func halfBatches() {
        let data = ["x1 = 1", "x2 = 2", "x3 = 3", "x4 = 4", "w = 0"]
        let halves = ["L1 = (w*x1 - 2)^2 + (w*x2 - 4)^2", "L2 = (w*x3 - 6)^2 + (w*x4 - 8)^2", "L = L1 + L2"]
        let (session, _, _) = run(data + halves + [":set accumulate on", ":backward L1 all", ":backward L2 all"])
        // dL/dw = Σ 2 (w xi - 2 xi) xi = -4 Σ xi² = -4 * 30 = -120 at w = 0.
        #expect(stored(session, "w") == -120)
        let (full, _, _) = run(data + halves + [":set accumulate on", ":backward L all"])
        #expect(stored(full, "w") == -120)
    }

    @Test(":train without zeroing adds every step's gradient: the loss swings instead of falling")
    func trainAccumulates() {
        let data = ["x1 = 1", "x2 = 2", "x3 = 3", "x4 = 4", "w = 0"]
        let loss = ["loss = (w*x1 - 2)^2 + (w*x2 - 4)^2 + (w*x3 - 6)^2 + (w*x4 - 8)^2"]
        let (off, _, _) = run(data + loss + [":train loss 20 0.01 w"])
        let (on, output, _) = run(data + loss + [":set accumulate on", ":train loss 20 0.01 w"])
        // Off: each step multiplies w - 2 by 1 - 0.01 * 60 = 0.4, so the loss
        // 120 falls by 0.16 a step. On: the steps add up, w overshoots 2
        // and swings back (the loss goes 120 → 96.4671, never near 0).
        #expect(number(off, "loss") < 1e-10)
        #expect(number(on, "loss") > 50)
        #expect(output.contains("loss 120 → 96.4671 in 20 steps"), "\(output)")
        #expect(output.contains("as a loop without zero_grad()"))
        #expect(output.contains("stored gradients: 20 backward passes added up"))
        #expect(on.workspace.storedGradients.passes == 20)
    }

    @Test(":set accumulate takes on or off; :set lists it among the limits")
    func setting() {
        let (_, output, outcomes) = run([":set accumulate maybe", ":set accumulate 1", ":set accumulate", ":set"])
        #expect(outcomes[0] == .failed && outcomes[1] == .failed)
        #expect(output.contains("error: accumulate is on or off, not maybe"))
        #expect(output.contains("hint: for example :set accumulate on"))
        #expect(output.contains("accumulate = off  (when on, each backward pass adds"))
        #expect(output.contains("  accumulate          off  when on, each backward pass adds"), "\(output)")
    }

    @Test("lesson code may turn accumulate on and off, and list the settings, but not change a limit")
    func sandbox() {
        let limit = SessionOptions().limits.maxNodes
        let (session, output, outcomes) = run(
            setup + [":set accumulate on", ":backward L all", ":set", ":set max-nodes 5000", ":zero_grad", ":set accumulate off"],
            lessonCode: true)
        #expect(outcomes == [.done, .done, .done, .done, .done, .done, .failed, .done, .done], "\(output)")
        #expect(output.contains("error: a lesson's own code cannot run :set"))
        #expect(session.options.limits.maxNodes == limit)
        #expect(Session.commandOutOfLessonReach(":set accumulate on") == nil)
        #expect(Session.commandOutOfLessonReach(":set accumulate off") == nil)
        #expect(Session.commandOutOfLessonReach(":set") == nil)
        #expect(Session.commandOutOfLessonReach(":zero_grad") == nil)
        #expect(Session.commandOutOfLessonReach(":set max-nodes 5000")?.name == "set")
        #expect(Session.commandOutOfLessonReach(":set nope 3")?.name == "set", "what it would change is unknown")
    }

    @Test(":save keeps the backward passes accumulate mode added, so that a replay stores the same gradients")
    func saveReplays() {
        let environment = InMemoryEnvironment()
        let session = Session(options: SessionOptions(), environment: environment) { _ in }
        for line in setup + [":set accumulate on", ":backward L all", ":backward L", "", ":save acc.mg"] { session.handle(line) }
        let saved = environment.files["acc.mg"] ?? ""
        #expect(saved.components(separatedBy: ":backward L quiet").count == 3, "\(saved)")
        let replay = Session(options: SessionOptions(), environment: environment) { _ in }
        replay.handle(":load acc.mg")
        #expect(replay.workspace.storedGradients.passes == 2)
        #expect(stored(replay, "w") == 4)
    }

    @Test("--json: :set accumulate, :backward's sums and :zero_grad write their numbers")
    func json() throws {
        var output = ""
        let session = Session(options: SessionOptions(json: true)) { output += $0 }
        for line in setup + [":set accumulate on", ":backward L all", ":backward L all", ":zero_grad"] { session.handle(line) }
        session.finish()
        let objects = try output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let set = try #require(objects.first { $0["command"] as? String == "set" })
        #expect(set["setting"] as? String == "accumulate" && set["value"] as? String == "on")
        let backwards = objects.filter { $0["command"] as? String == "backward" }
        #expect(backwards.count == 2)
        #expect(backwards.last?["passes"] as? Int == 2)
        let sums = try #require(backwards.last?["accumulated"] as? [[String: Any]])
        let w = try #require(sums.first { $0["label"] as? String == "w" })
        #expect(w["before"] as? Double == 2 && w["pass"] as? Double == 2 && w["after"] as? Double == 4)
        #expect(sums.count == 1, "the parameters, not the data x")
        let zero = try #require(objects.first { $0["command"] as? String == "zero_grad" })
        #expect(zero["zeroed"] as? Int == 2 && zero["accumulate"] as? Bool == true)
    }
}
