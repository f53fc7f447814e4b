/// A number of things, said right in each language: `1 step` and `3 steps`
/// in English, `3 步` and `3 个节点` in Chinese, where a count takes its
/// measure word and no plural.
public struct Count: Sendable, Equatable, CustomStringConvertible {
    public var value: Int
    public var noun: Noun

    public init(_ value: Int, _ noun: Noun) {
        self.value = value
        self.noun = noun
    }

    /// `1 step`, `3 steps`.
    public var en: String { "\(value) \(value == 1 ? noun.singular : noun.plural)" }
    /// `3 步`, `3 个节点`.
    public var zh: String { "\(value) \(noun.chinese)" }

    /// The count in `language`.
    public func text(_ language: Language) -> String {
        language == .zh ? zh : en
    }

    public var description: String { en }
}

/// The things the tutor counts, with their English singular and plural and
/// their Chinese measure word and noun (`个节点`, `步`, `行`).
public enum Noun: String, CaseIterable, Sendable {
    case step, line, node, moreNode, moreElement, element, error, file, lesson, input, difference
    case argument, keyPoint, parameter, hint, name, script, backwardPass

    public var singular: String {
        switch self {
        case .step: "step"
        case .line: "line"
        case .node: "node"
        case .moreNode: "more node"
        case .moreElement: "more element"
        case .element: "element"
        case .error: "error"
        case .file: "file"
        case .lesson: "lesson"
        case .input: "input"
        case .difference: "difference"
        case .argument: "argument"
        case .keyPoint: "key point"
        case .parameter: "parameter"
        case .hint: "hint"
        case .name: "name"
        case .script: "script"
        case .backwardPass: "backward pass"
        }
    }

    public var plural: String {
        switch self {
        case .moreNode: "more nodes"
        case .moreElement: "more elements"
        case .backwardPass: "backward passes"
        default: singular + "s"
        }
    }

    /// The measure word and noun after a number: `3 步`, `3 个节点`.
    public var chinese: String {
        switch self {
        case .step: "步"
        case .line: "行"
        case .node: "个节点"
        case .moreNode: "个节点"
        case .moreElement: "个元素"
        case .element: "个元素"
        case .error: "个错误"
        case .file: "个文件"
        case .lesson: "课"
        case .input: "条输入"
        case .difference: "处差异"
        case .argument: "个参数"
        case .keyPoint: "个要点"
        case .parameter: "个参数"
        case .hint: "条提示"
        case .name: "个名字"
        case .script: "个脚本"
        case .backwardPass: "次反向遍历"
        }
    }
}
