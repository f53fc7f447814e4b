import Testing
import TextKit
import Tutor

/// ``Session/runsLessonCode``: the session refuses the commands that reach
/// past it while it runs a lesson's own code.
@Suite("Session: lesson code")
struct SandboxSessionTests {
    @Test("while running lesson code, :save, :load, :dot and :set are refused and touch nothing")
    func refused() {
        let environment = InMemoryEnvironment(files: ["in.mg": "z = 9\n"])
        var said = ""
        let session = Session(options: SessionOptions(style: .plain), environment: environment) { said += $0 }
        let limit = session.options.limits.maxNodes
        session.runsLessonCode = true
        #expect(session.handle("a = 2") == .done)
        for line in [":save out.mg", ":dot a out.dot", ":load in.mg", ":set max-nodes 100000000"] {
            #expect(session.handle(line) == .failed, "\(line)")
        }
        #expect(environment.files.keys.sorted() == ["in.mg"])
        #expect(session.workspace.value(named: "z") == nil)
        #expect(session.options.limits.maxNodes == limit)
        #expect(said.contains("error: a lesson's own code cannot run :set"), "\(said)")
        #expect(session.handle(":vars") == .done)
        session.runsLessonCode = false
        #expect(session.handle(":save out.mg") == .done)
        #expect(environment.files["out.mg"]?.contains("a = 2") == true)
    }
}
