import TextKit
import Views
import Platform

/// A script replayed into a fresh session for a handout
/// (`micrograd run --html`): every input with what it printed, pictures
/// as SVG (see ``Session/figures``), made into one HTML page by
/// ``HandoutPage``.
///
/// Like a transcript, the replay is plain text 80 columns wide, and goes
/// on after an error (the error is part of what the handout shows).
public struct Handout {
    public var script: Script
    public var sourceName: String
    public private(set) var options: SessionOptions

    /// `options` gives the seed, the limits and the language.
    public init(script: Script, sourceName: String, options: SessionOptions = SessionOptions()) {
        self.script = script
        self.sourceName = sourceName
        self.options = Transcript.replayOptions(options)
    }

    /// The replay: each input, its prompt, and its text and pictures in order.
    public func entries() -> [HandoutPage.Entry] {
        var parts: [HandoutPage.Part] = []
        func add(_ text: String) {
            if case .text(let earlier) = parts.last {
                parts[parts.count - 1] = .text(earlier + text)
            } else {
                parts.append(.text(text))
            }
        }
        let session = Session(options: options) { add($0) }
        session.figures = { parts.append(.figure($0)) }
        var entries: [HandoutPage.Entry] = []
        for entry in script.entries {
            parts = []
            let prompt = session.prompt
            let outcome = session.handle(entry.input, sourceName: sourceName, lineNumber: entry.line)
            entries.append(HandoutPage.Entry(input: entry.input, prompt: prompt.text, parts: parts))
            if outcome == .quit { break }
        }
        parts = []
        session.finish(sourceName: sourceName)
        if !parts.isEmpty, !entries.isEmpty { entries[entries.count - 1].parts += parts }
        return entries
    }

    /// The page, in the session's language.
    public func html() -> String {
        HandoutPage(source: FileSystem.baseName(sourceName), language: options.language).render(entries())
    }
}
