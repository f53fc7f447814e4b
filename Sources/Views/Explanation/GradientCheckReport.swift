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

    public init(style: Style, workspace: Workspace) {
        self.style = style
        self.workspace = workspace
    }

    public func render(_ entries: [GradientCheck.Entry], output: Node) -> String {
        let labels = NodeLabeler(workspace: workspace)
        let pass = style.unicode ? "✓" : "ok"
        let fail = style.unicode ? "✗" : "FAIL"
        let unknown = "?"
        let names = entries.map { TextLayout.truncate(labels.label($0.node), to: 28, ellipsis: style.ellipsis) }
        let autograd = TextLayout.alignDecimals(entries.map { NumberFormatting.human($0.autograd) })
        let numerical = TextLayout.alignDecimals(entries.map { NumberFormatting.human($0.numerical) })
        let errors = entries.map { $0.comparable ? GradientCheckReport.scientific($0.error) : "-" }
        let nameWidth = Swift.max(4, names.map(TextLayout.width).max() ?? 0)
        let autogradWidth = Swift.max(8, autograd.map(TextLayout.width).max() ?? 0)
        let numericalWidth = Swift.max(9, numerical.map(TextLayout.width).max() ?? 0)
        let errorWidth = Swift.max(9, errors.map(TextLayout.width).max() ?? 0)
        var text = "  " + style.dim(
            TextLayout.padRight("node", to: nameWidth) + "  " + TextLayout.padLeft("autograd", to: autogradWidth) + "  "
                + TextLayout.padLeft("numerical", to: numericalWidth) + "  " + TextLayout.padLeft("rel. error", to: errorWidth))
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
        let tolerance = "tolerance \(GradientCheckReport.scientific(GradientCheck.tolerance, digits: 0))"
        if failed.isEmpty {
            let agreeing = entries.count - incomparable.count
            let count =
                incomparable.isEmpty
                ? (entries.count == 1 ? "the 1 gradient agrees" : "all \(entries.count) gradients agree")
                : "\(agreeing) of \(entries.count) gradients agree"
            // With nothing compared, nothing agreed: only the ? line below.
            if agreeing > 0 {
                text += style.good(pass) + " \(count) with the finite differences"
                    + " (largest relative error \(GradientCheckReport.scientific(largest)); \(tolerance))\n"
            }
            if !incomparable.isEmpty {
                text += style.warning(unknown) + " \(incomparable.count) could not be compared: a number is infinite or NaN\n"
            }
        } else {
            if !failed.isEmpty {
                let which = failed.prefix(5).map { labels.label($0.node) }.joined(separator: ", ")
                    + (failed.count > 5 ? ", \(style.ellipsis)" : "")
                let count = entries.count == 1 ? "the 1 gradient disagrees" : "\(failed.count) of \(entries.count) gradients disagree"
                text += style.error(fail) + " \(count) with the finite differences: \(which)"
                    + " (\(tolerance))\n"
                if hasKink(output) {
                    text += style.dim("  relu and abs have no derivative at 0, where the tutor takes 0; a difference across 0 sees the two sides") + "\n"
                }
            }
            if !incomparable.isEmpty {
                text += style.warning(unknown) + " \(incomparable.count) could not be compared: a number is infinite or NaN\n"
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
