import TextKit
import Autograd
import Calc

/// The table `:check` prints: per node, autograd's gradient, the central
/// difference, their relative error and a mark, then one line of summary.
///
/// ```
///   node  autograd  numerical  error     
///   d           -2         -2  1.1e-10  ✓
/// ```
public struct GradientCheckReport {
    public var style: Style
    public var workspace: Workspace
    /// The language of the headers and the verdicts.
    public var language: Language

    public init(style: Style, workspace: Workspace, language: Language = .en) {
        self.style = style
        self.workspace = workspace
        self.language = language
    }

    public func render(_ entries: [GradientCheck.Entry], output: Node) -> String {
        let labels = NodeLabeler(workspace: workspace)
        let pass = style.unicode ? "✓" : CheckMessage.passMark.text(language)
        let fail = style.unicode ? "✗" : CheckMessage.failMark.text(language)
        let (nodeHeader, autogradHeader, numericalHeader, errorHeader) = (
            TableMessage.nodeHeader.text(language), CheckMessage.autogradHeader.text(language),
            CheckMessage.numericalHeader.text(language), CheckMessage.errorHeader.text(language)
        )
        let unknown = "?"
        let names = entries.map { TextLayout.truncate(labels.label($0.node), to: 28, ellipsis: style.ellipsis) }
        let autograd = TextLayout.alignDecimals(entries.map { NumberFormatting.human($0.autograd) })
        let numerical = TextLayout.alignDecimals(entries.map { NumberFormatting.human($0.numerical) })
        let errors = entries.map { $0.comparable ? GradientCheckReport.scientific($0.error) : "-" }
        // The English widths (8 and 9 for `autograd` and `numerical`, 9
        // kept for `rel. error`) or the header's, if wider.
        let nameWidth = Swift.max(TextLayout.width(nodeHeader), names.map(TextLayout.width).max() ?? 0)
        let autogradWidth = Swift.max(8, TextLayout.width(autogradHeader), autograd.map(TextLayout.width).max() ?? 0)
        let numericalWidth = Swift.max(9, TextLayout.width(numericalHeader), numerical.map(TextLayout.width).max() ?? 0)
        let errorWidth = Swift.max(9, errors.map(TextLayout.width).max() ?? 0)
        var text = "  " + style.dim(
            TextLayout.padRight(nodeHeader, to: nameWidth) + "  " + TextLayout.padLeft(autogradHeader, to: autogradWidth) + "  "
                + TextLayout.padLeft(numericalHeader, to: numericalWidth) + "  " + TextLayout.padLeft(errorHeader, to: errorWidth))
            + "\n"
        for (index, entry) in entries.enumerated() {
            let mark = entry.passed ? style.good(pass) : (entry.comparable ? style.error(fail) : style.warning(unknown))
            text += "  " + TextLayout.padRight(names[index], to: nameWidth) + "  "
                + TextLayout.padLeft(autograd[index], to: autogradWidth) + "  "
                + TextLayout.padLeft(numerical[index], to: numericalWidth) + "  "
                + TextLayout.padLeft(errors[index], to: errorWidth) + "  " + mark + "\n"
        }
        let failed = entries.filter { $0.comparable && !$0.passed }
        let incomparable = entries.filter { !$0.comparable }
        let largest = entries.filter(\.comparable).map(\.error).max() ?? 0
        let tolerance = GradientCheckReport.scientific(GradientCheck.tolerance, digits: 0)
        let largestError = GradientCheckReport.scientific(largest)
        let cannotCompare = CheckMessage.incomparable(incomparable.count).text(language)
        if failed.isEmpty {
            let agreeing = entries.count - incomparable.count
            let verdict: CheckMessage =
                incomparable.isEmpty
                ? (entries.count == 1
                    ? .agreeOne(largest: largestError, tolerance: tolerance)
                    : .agreeAll(entries.count, largest: largestError, tolerance: tolerance))
                : .agreeSome(agreeing, total: entries.count, largest: largestError, tolerance: tolerance)
            // With nothing compared, nothing agreed: only the ? line below.
            if agreeing > 0 {
                text += style.good(pass) + " " + verdict.text(language) + "\n"
            }
            if !incomparable.isEmpty {
                text += style.warning(unknown) + " \(cannotCompare)\n"
            }
        } else {
            if !failed.isEmpty {
                let which = failed.prefix(5).map { labels.label($0.node) }.joined(separator: ", ")
                    + (failed.count > 5 ? ", \(style.ellipsis)" : "")
                let verdict: CheckMessage =
                    entries.count == 1
                    ? .disagreeOne(which: which, tolerance: tolerance)
                    : .disagreeSome(failed.count, total: entries.count, which: which, tolerance: tolerance)
                text += style.error(fail) + " " + verdict.text(language) + "\n"
                if hasKink(output) {
                    text += style.dim("  " + CheckMessage.kink.text(language)) + "\n"
                }
            }
            if !incomparable.isEmpty {
                text += style.warning(unknown) + " \(cannotCompare)\n"
            }
        }
        return text
    }

    /// `2.7e-11`, `1e-5`: two significant digits, the exponent without
    /// padding zeros.
    public static func scientific(_ value: Double, digits: Int = 1) -> String {
        if value == 0 { return "0" }
        let text = NumberFormatting.printf("%.\(digits)e", value)
        guard let e = text.firstIndex(of: "e") else { return text }
        let sign = text[text.index(after: e)]
        let exponent = text[text.index(e, offsetBy: 2)...].drop { $0 == "0" }
        return text[..<e] + "e" + (sign == "-" ? "-" : "") + (exponent.isEmpty ? "0" : exponent)
    }

    /// Whether some relu or abs in the graph sits exactly at 0.
    private func hasKink(_ output: Node) -> Bool {
        let tape = workspace.tape
        return tape.subgraph(of: output).contains { node in
            let operation = tape.operation(node)
            return (operation == .relu || operation == .absolute) && tape.data(tape.inputs(node)[0]) == 0
        }
    }
}
