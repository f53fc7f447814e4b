import Foundation
import Testing
import TextKit
import Calc
import Views
@testable import Tutor
@testable import LessonPlayer
import Lessons

/// Every message type of the tutor. A type declared in the sources but
/// missing here fails `everyTypeIsListed`.
let catalog: [any Message.Type] = [
    NounMessage.self,
    CalcMessage.self,
    DiagnosticWord.self,
    HelpMessage.self,
    FunctionMessage.self,
    CommandMessage.self,
    ArgumentPhrase.self,
    CommandSummary.self,
    SessionMessage.self,
    SettingMessage.self,
    TranscriptMessage.self,
    FileMessage.self,
    FileReason.self,
    TableMessage.self,
    GraphMessage.self,
    PlotMessage.self,
    ExplanationMessage.self,
    CheckMessage.self,
    GradientNoteMessage.self,
    ExplanationCommandMessage.self,
    TrainingMessage.self,
    AccumulationMessage.self,
    LessonMessage.self,
    CheckReasonMessage.self,
    CommandLineMessage.self,
    LessonDiagnosticMessage.self,
    ParameterMessage.self,
    StepKindMessage.self,
    GradeMessage.self,
    PictureMessage.self,
    HandoutMessage.self,
    QuizMessage.self,
]

/// The catalog: every message has an English and a Chinese text, every
/// case of every message type has a sample, and both languages say every
/// argument.
@Suite("Message catalog")
struct CatalogTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    /// The message types declared in the sources, with their cases:
    /// `enum X: Message {` ... up to `var texts`.
    static func declared() throws -> [String: Set<String>] {
        var found: [String: Set<String>] = [:]
        let files = FileManager.default.enumerator(atPath: sources.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let pattern = try NSRegularExpression(pattern: #"(?m)^\s*(?:public |internal |fileprivate |private )?enum (\w+): (?:[\w, ]*\b)?Message\b[^{]*\{"#)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let name = String(text[Range(match.range(at: 1), in: text)!])
                let start = Range(match.range, in: text)!.upperBound
                let body = text[start...].prefix { _ in true }
                let end = body.range(of: "var texts")?.lowerBound ?? body.endIndex
                let cases = try NSRegularExpression(pattern: #"(?m)^\s*case ([\w, ]+?)(?:\(|$| //)"#)
                var names: Set<String> = []
                let declarations = String(body[..<end])
                for item in cases.matches(in: declarations, range: NSRange(declarations.startIndex..., in: declarations)) {
                    let list = String(declarations[Range(item.range(at: 1), in: declarations)!])
                    for each in list.split(separator: ",") { names.insert(each.trimmingCharacters(in: .whitespaces)) }
                }
                found[name] = names
            }
        }
        return found
    }

    @Test("every message type in the sources is in the catalog")
    func everyTypeIsListed() throws {
        let declared = Set(try CatalogTests.declared().keys)
        let listed = Set(catalog.map { String(describing: $0) })
        #expect(declared == listed, "declared but not listed: \(declared.subtracting(listed)); listed but not found: \(listed.subtracting(declared))")
    }

    @Test("every case has a sample", arguments: catalog.map { String(describing: $0) })
    func everyCaseHasASample(_ name: String) throws {
        let type = try #require(catalog.first { String(describing: $0) == name })
        let cases = try #require(try CatalogTests.declared()[name], "\(name) is not declared in Sources")
        let sampled = CatalogTests.caseNames(of: type)
        #expect(cases.subtracting(sampled).isEmpty, "\(name): no sample of \(cases.subtracting(sampled).sorted())")
    }

    static func caseNames<M: Message>(_ type: M.Type) -> Set<String> { Set(M.samples.map(\.caseName)) }
    // A label of its own: with the same one, the call would pick this
    // overload again and recurse without end instead of opening `type`.
    // A different label: `caseNames(of: type)` here chose this very
    // overload and recursed until the stack overflowed.
    static func caseNames(of type: any Message.Type) -> Set<String> { caseNames(type) }

    @Test("both languages have a text that says every argument", arguments: catalog.map { String(describing: $0) })
    func bothLanguages(_ name: String) throws {
        let type = try #require(catalog.first { String(describing: $0) == name })
        for problem in CatalogTests.problems(of: type) { Issue.record("\(name): \(problem)") }
    }

    static func problems(of type: any Message.Type) -> [String] { problems(type) }

    static func problems<M: Message>(_ type: M.Type) -> [String] {
        var problems: [String] = []
        for sample in M.samples {
            let (en, zh) = (sample.text(.en), sample.text(.zh))
            let hasChinese = { (text: String) in text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
            if en.isEmpty || zh.isEmpty { problems.append("\(sample.caseName): an empty text") }
            if hasChinese(en) { problems.append("\(sample.caseName): Chinese in the English text: \(en)") }
            if !hasChinese(zh) && !zh.isEmpty && zh != en { problems.append("\(sample.caseName): no Chinese in the Chinese text: \(zh)") }
            for argument in arguments(of: sample) {
                if !en.contains(argument) { problems.append("\(sample.caseName): '\(argument)' missing in English: \(en)") }
                if !zh.contains(argument) { problems.append("\(sample.caseName): '\(argument)' missing in Chinese: \(zh)") }
            }
        }
        return problems
    }

    /// The texts each argument of a message should appear as: strings as
    /// they are, numbers as digits, a count by its number.
    static func arguments(of message: some Message) -> [String] {
        guard let payload = Mirror(reflecting: message).children.first?.value else { return [] }
        let mirror = Mirror(reflecting: payload)
        let values = mirror.displayStyle == .tuple ? mirror.children.map(\.value) : [payload]
        return values.flatMap { value -> [String] in
            switch value {
            case let text as String: text.isEmpty ? [] : [text]
            case let number as Int: [String(number)]
            case let count as Count: [String(count.value)]
            case let number as Double: [NumberFormatting.human(number)]
            case let optional as String?: optional.map { [$0] } ?? []
            default: []
            }
        }
    }
}
