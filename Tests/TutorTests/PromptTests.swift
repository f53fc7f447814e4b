import TextKit
import Testing

@testable import Tutor

/// The prompt and the pending input are typed: the session says what it
/// waits for, and transcripts read the same prompt texts.
@Suite("Prompt and pending input")
struct PromptTests {
    @Test("the prompt follows the session's line mode")
    func promptFollowsTheMode() {
        let session = Session { _ in }
        #expect(session.prompt == .statement && !session.hasPendingInput)
        #expect(session.handle("a = (1 +") == .incomplete)
        #expect(session.prompt == .continuation && session.hasPendingInput)
        #expect(session.handle("2)") == .done)
        #expect(session.prompt == .statement && !session.hasPendingInput)
        session.handle("b = a*a + a")
        session.handle(":backward b")
        #expect(session.prompt == .backward && session.isStepping && !session.hasPendingInput)
        session.handle("q")
        #expect(session.prompt == .statement)
        session.handle("c = [1,")
        session.cancelPending()
        #expect(session.prompt == .statement && !session.hasPendingInput)
    }

    @Test("a transcript reads input after every prompt, and echoes with the same texts")
    func transcriptsReadThePrompts() {
        for prompt in Prompt.allCases {
            #expect(Script.input(of: prompt.text + "x = 1") == "x = 1")
            #expect(Script.input(of: prompt.bare) == "")
            #expect(Script.echo("x = 1", prompt: prompt) == prompt.text + "x = 1")
            #expect(Script.echo("", prompt: prompt) == prompt.bare)
        }
        #expect(Script.echo("  # note", prompt: .continuation) == "  # note")
        #expect(Set(Prompt.allCases.map(\.text)).count == Prompt.allCases.count)
    }

    @Test("the echo dims the statement prompts, and leaves comments and the stepping prompt as they are")
    func echoDims() {
        var output = ""
        var options = SessionOptions(style: Style(color: true, unicode: true))
        options.echoInput = true
        let session = Session(options: options) { output += $0 }
        let dimmed = Style(color: true, unicode: true).dim(">>>")
        session.handle("a = 2")
        #expect(output.hasPrefix(dimmed + " a = 2\n"), "\(output)")
        output = ""
        session.handle("# a note")
        #expect(output == "# a note\n")
        session.handle("b = a*a + a")
        session.handle(":backward b")
        #expect(session.isStepping)
        output = ""
        session.handle("q")
        #expect(output.hasPrefix("backward> q\n"), "\(output)")
    }
}
