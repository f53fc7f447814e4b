import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TextKit
@testable import Views

/// The SVG of `:dot FILE.svg` and `:draw NAME svg FILE`: well-formed XML
/// that holds every node, with the layout of the terminal drawing.
@Suite("SVG drawing")
struct SVGDrawingTests {
    /// The texts of every `<text>` element, read by Foundation's XML
    /// parser, which fails on anything that is not well-formed.
    final class Texts: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var current: String?
        var elements: [String] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append(name)
            if name == "text" { current = "" }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let current { texts.append(current) }
            current = nil
        }
    }

    static func parse(_ svg: String) throws -> Texts {
        let parser = XMLParser(data: Data(svg.utf8))
        let texts = Texts()
        parser.delegate = texts
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        return texts
    }

    @Test func lectureIsXMLWithEveryNode() throws {
        let picture = try DagDrawingTests.picture(DagDrawingTests.lecture, "L")
        let file = SVGDrawing(title: "L").file(picture)
        #expect(file.hasPrefix(SVGDrawing.fileHeader + "\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let parsed = try Self.parse(file)
        #expect(parsed.elements.first == "svg")
        for (label, data, grad) in [("a", "2", "6"), ("b", "-3", "-4"), ("c", "10", "-2"), ("e", "-6", "-2"),
                                    ("d", "4", "-2"), ("f", "-2", "4"), ("L", "-8", "1")] {
            #expect(parsed.texts.filter { $0 == label }.count == 1, "\(label)")
            #expect(parsed.texts.contains("data \(data)"), "\(label)")
            #expect(parsed.texts.contains("grad \(grad)"), "\(label)")
        }
        #expect(parsed.texts.filter { $0 == "*" }.count == 2)
        #expect(parsed.texts.filter { $0 == "+" }.count == 1)
        // One path per edge: 7 boxes, 3 operations, 9 edges.
        #expect(parsed.elements.filter { $0 == "path" }.count == 9 + 1)  // and the arrowhead's
        #expect(file.contains("class=\"value largest\""))
    }

    @Test func reusedNodeOnceAndLongEdgesThroughBends() throws {
        let picture = try DagDrawingTests.picture("a = 2; b = 3; c = 4; e = a*b; g = e*c; h = g + c + tanh(c)", "h")
        let parsed = try Self.parse(SVGDrawing(title: "h").render(picture))
        #expect(parsed.texts.filter { $0 == "c" }.count == 1)
    }

    @Test func labelsAreEscaped() {
        #expect(Markup.escaped("a<b & \"c\" 'd'>\u{1B}") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;?")
    }
}
