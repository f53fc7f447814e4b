import Foundation
import Testing
import TextKit
@testable import Views

/// The loss plot of `:train`: linear while the losses stay within two
/// decades, logarithmic (and saying so) past that.
@Suite("Loss plot")
struct LossPlotTests {
    @Test func linearWithinTwoDecades() {
        let losses = [50.0, 20, 10, 5, 2, 1, 0.6]
        #expect(!LossPlot.isLogScale(losses))
        #expect(!LossPlot(style: .plain, width: 80).render(losses).contains("log scale"))
    }

    /// A drop at once, then a creep along 1e-21: on a linear axis the
    /// creep is a flat line on the floor; on a log axis it is a slope.
    @Test func logarithmicPastTwoDecades() {
        let losses = [10.0] + (1...40).map { 1e-10 * Foundation.pow(0.5, Double($0)) }
        #expect(LossPlot.isLogScale(losses))
        let plot = LossPlot(style: .plain, width: 80, height: 8).render(losses)
        let lines = plot.split(separator: "\n").map(String.init)
        #expect(lines.last?.trimmingCharacters(in: .whitespaces) == "log scale: the loss spans 23 decades")
        // The creep is spread over the lower rows, not flattened onto the last.
        let curveRows = lines.prefix(8).filter { $0.contains(where: { ("\u{2801}"..."\u{28FF}").contains($0) }) }
        #expect(curveRows.count >= 6, "\(plot)")
        #expect(LossPlot(style: .plain, width: 80, language: .zh).render(losses).hasSuffix("对数刻度：损失跨越了 23 个数量级"))
    }

    /// Zero or negative losses have no logarithm: linear.
    @Test func zeroStaysLinear() {
        #expect(!LossPlot.isLogScale([100, 1, 0]))
        #expect(!LossPlot.isLogScale([100, -1]))
    }
}
