import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TextKit
@testable import Tutor
import Views

/// The handout's replay: every picture command gives an SVG in place of
/// its characters, and each one is well-formed XML.
@Suite("Handout replay")
struct HandoutReplayTests {
    static let script = """
        # pictures
        a = 2
        b = -3
        L = tanh(a*b) + a
        :draw L
        :graph L
        :dot L
        :plot tanh(x) -3 3 at 0.88
        w = 3
        loss = w^2
        :train loss 20 0.3
        :explain nothing
        """

    @Test func everyPictureIsAnSVG() throws {
        let handout = Handout(script: Script(parsing: Self.script), sourceName: "pictures.mg")
        let entries = handout.entries()
        func figures(_ input: String) -> [String] {
            entries.first { $0.input == input }?.parts.compactMap { if case .figure(let svg) = $0 { svg } else { nil } } ?? []
        }
        for input in [":draw L", ":graph L", ":dot L", ":plot tanh(x) -3 3 at 0.88", ":train loss 20 0.3"] {
            let svgs = figures(input)
            #expect(svgs.count == 1, "\(input)")
            for svg in svgs { #expect(XMLParser(data: Data(svg.utf8)).parse(), "\(input)") }
        }
        // The characters are left out where the picture stands.
        let draw = entries.first { $0.input == ":draw L" }!.parts
        #expect(!draw.contains { if case .text(let text) = $0 { text.contains("┌") } else { false } })
        #expect(!entries.first { $0.input == ":dot L" }!.parts.contains { if case .text(let t) = $0 { t.contains("digraph") } else { false } })
        // The tangent's slope is said as in the terminal.
        #expect(entries.first { $0.input.hasPrefix(":plot") }!.parts.contains { if case .text(let t) = $0 { t.contains("f'(x) = 0.501") } else { false } })
        // An error is part of the page.
        let html = handout.html()
        #expect(html.contains("unknown name &apos;nothing&apos;") || html.contains("unknown name 'nothing'"))
        #expect(html.contains("<p class=\"comment\">pictures</p>"))
    }

    @Test func chinesePage() {
        var options = SessionOptions()
        options.language = .zh
        let html = Handout(script: Script(parsing: "a = 2\nL = a*a\n:draw L\n"), sourceName: "x.mg", options: options).html()
        #expect(html.contains("<html lang=\"zh-CN\">"))
        #expect(html.contains("<th>节点</th>"))
        #expect(html.contains("双线方框"))
    }
}
