import Foundation
import Testing
import TextKit
@testable import Views

/// `:plot`'s picture: two panels on one x axis, labelled, with the tangent.
@Suite("Function plot")
struct FunctionPlotTests {
    static func tanhSamples(count: Int, from: Double = -3, to: Double = 3) -> FunctionPlot.Samples {
        let xs = (0..<count).map { from + (to - from) * Double($0) / Double(count - 1) }
        return FunctionPlot.Samples(
            expression: "tanh(x)", from: from, to: to, values: xs.map { Foundation.tanh($0) },
            slopes: xs.map { 1 - Foundation.tanh($0) * Foundation.tanh($0) })
    }

    @Test func wholePicture() {
        let view = FunctionPlot(style: .plain, width: 36, height: 5)
        var samples = Self.tanhSamples(count: view.sampleCount)
        samples.tangent = (0, 0, 1)
        #expect(
            view.render(samples) == """
                f(x) = tanh(x)
                  0.9951 ┤              ⢀⡮⠤⠒⠒⠉⠉⠉⠉⠉
                         │            ⢀⡔⠋
                       0 ┤           ⡠⠊
                         │         ⣠⠞
                 -0.9951 ┤⣀⣀⣀⣀⣀⠤⠤⠒⡞⠁
                f'(x), from the backward pass
                  0.9959 ┤         ⢀⠔⠉⠉⠢⡀
                         │       ⢀⠔⠁    ⠈⠢⡀
                0.009866 ┤⣀⣀⣀⡠⠤⠔⠊⠁        ⠈⠑⠢⠤⢄⣀⣀⣀
                         └────────────┬───────────
                          -3          0          3
              """)
    }

    /// Not finite somewhere (log of a negative): a gap, not a crash; none
    /// at all: the panel says so.
    @Test func gapsAndNothing() {
        let view = FunctionPlot(style: .plain, width: 40)
        let count = view.sampleCount
        let text = view.render(
            FunctionPlot.Samples(
                expression: "log(x)", from: -1, to: 1, values: (0..<count).map { $0 < count / 2 ? nil : Double($0) },
                slopes: [Double?](repeating: nil, count: count)))
        #expect(text.contains("(no finite value in this range)"))
        #expect(text.contains("f(x) = log(x)"))
    }

    @Test func asciiAndChinese() {
        let view = FunctionPlot(style: Style(color: false, unicode: false), width: 40, language: .zh)
        let text = view.render(Self.tanhSamples(count: view.sampleCount))
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII || !$0.properties.isMath && $0.value > 0x2E80 })
        #expect(text.contains("f'(x)，由反向传播求出"))
        #expect(text.contains("*"))
    }
}
