import Testing
import TextKit

@Suite("Control characters made visible")
struct VisibleControlsTests {
    @Test("ESC, BEL, CSI, OSC 52 and DEL are shown; newline, tab and other text stay")
    func visible() {
        #expect("a\u{1B}]0;pwned\u{07}b".withVisibleControls == "a^[]0;pwned^Gb")
        #expect("\u{1B}[2J".withVisibleControls == "^[[2J")
        #expect("\u{1B}]52;c;aGk=\u{07}".withVisibleControls == "^[]52;c;aGk=^G")
        #expect("x\u{9B}31m\u{7F}\u{00}\r".withVisibleControls == "x\\u{9B}31m^?^@^M")
        #expect("line one\n\tline two, 中文 é".withVisibleControls == "line one\n\tline two, 中文 é")
    }

    @Test("no ESC byte is left, whatever the controls")
    func noEscapeLeft() {
        let every = String((0..<0xA0).map { Character(Unicode.Scalar(UInt8($0))) })
        let shown = every.withVisibleControls
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        #expect(!shown.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
        #expect(every.containsHiddenControls && !shown.containsHiddenControls)
        #expect(every.firstHiddenControl == "^@")
    }

    @Test("a message quoting input shows its controls, so our own styling still works around it")
    func messageArgument() {
        struct Quote: Message {
            var name: String
            var texts: Texts { Texts(en: "no name '\(name)'", zh: "没有“\(name)”") }
            static let samples = [Quote(name: "x")]
        }
        let said = Quote(name: "\u{1B}]0;t\u{07}").text(.en)
        #expect(said == "no name '^[]0;t^G'")
        #expect(Style(color: true).error(said) == "\u{1B}[1;31mno name '^[]0;t^G'\u{1B}[0m")
    }
}

@Suite("Visible controls in messages")
struct VisibleControlsKeepingStyleTests {
    @Test("Style's own codes pass; every other control is shown")
    func keepsStyle() {
        let bold = Style(color: true).bold("micrograd")
        #expect(bold.withVisibleControlsKeepingStyle == bold)
        #expect("\u{1B}]0;title\u{7}x".withVisibleControlsKeepingStyle == "^[]0;title^Gx")
        #expect("\u{1B}[2J".withVisibleControlsKeepingStyle == "^[[2J")
        #expect("\u{1B}[".withVisibleControlsKeepingStyle == "^[[")
    }
}
