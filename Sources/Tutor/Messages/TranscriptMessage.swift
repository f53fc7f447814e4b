import TextKit

/// What `micrograd run --check` and `--record` print about a transcript
/// (``TranscriptReport``).
public enum TranscriptMessage: Message {
    case matchesOne(file: String)
    case matchesAll(file: String, inputs: Int)
    case recordedLabel, replayedLabel
    case hunkLine(Int)
    case differences(file: String, Count)
    case recorded(file: String, Count)
    case noExpectedOutput(file: String)

    public var texts: Texts {
        switch self {
        case .matchesOne(let file):
            Texts(en: "\(file): the output of its 1 input matches", zh: "\(file)：唯一一条输入的输出与记录一致")
        case .matchesAll(let file, let inputs):
            Texts(en: "\(file): the output of all \(inputs) inputs matches", zh: "\(file)：全部 \(inputs) 条输入的输出与记录一致")
        case .recordedLabel: Texts(en: "recorded", zh: "记录")
        case .replayedLabel: Texts(en: "replayed", zh: "重放")
        case .hunkLine(let line): Texts(en: "line \(line)", zh: "第 \(line) 行")
        case .differences(let file, let count): Texts(en: "\(file): \(count.en)", zh: "\(file)：\(count.zh)")
        case .recorded(let file, let inputs):
            Texts(
                en: "Recorded the output of \(inputs.en) into \(file); check it with: micrograd run --check \(file)",
                zh: "已把 \(inputs.zh)的输出记录到 \(file)；用 micrograd run --check \(file) 核对")
        case .noExpectedOutput(let file):
            Texts(
                en: "\(file) holds no expected output (no '>>> ' lines); record it first: micrograd run --record \(file)",
                zh: "\(file) 里没有记录的输出（没有以 >>> 开头的行）；请先运行 micrograd run --record \(file) 记录")
        }
    }

    public static let samples: [TranscriptMessage] = [
        .matchesOne(file: "one.mg"), .matchesAll(file: "demo.mg", inputs: 4), .recordedLabel, .replayedLabel,
        .hunkLine(5), .differences(file: "demo.mg", Count(2, .difference)), .recorded(file: "new.mg", Count(7, .input)),
        .noExpectedOutput(file: "bare.mg"),
    ]
}
