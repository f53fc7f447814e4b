import TextKit

/// What each setting of `:set` means, and why a limit's range ends where it does.
enum SettingMessage: Message {
    case nestingMeaning, nestingWhy
    case lineMeaning, lineWhy
    case nodesMeaning, nodesWhy
    case arrayMeaning, arrayWhy
    case drawMeaning, drawWhy
    case accumulateMeaning

    var texts: Texts {
        switch self {
        case .nestingMeaning: Texts(en: "levels one expression may nest", zh: "一个表达式最多嵌套的层数")
        case .nestingWhy:
            Texts(
                en: "deeper expressions would overflow the stack; split them into steps with names",
                zh: "嵌套再深就会栈溢出；请用名字把它拆成几步")
        case .lineMeaning: Texts(en: "characters in one line", zh: "一行最多的字符数")
        case .lineWhy:
            Texts(
                en: "each line is held whole in memory; at least 100 leaves room to type :set again",
                zh: "每一行都要整行读入内存；至少设为 100，才能再输入一次 :set")
        case .nodesMeaning: Texts(en: "nodes on the tape, about 40 bytes each", zh: "计算图中最多的节点数，每个约 40 字节")
        case .nodesWhy:
            Texts(
                en: "each node takes about 40 bytes; 100,000,000 is about 4 GB",
                zh: "每个节点约占 40 字节；100,000,000 个约为 4 GB")
        case .arrayMeaning: Texts(en: "elements in one array", zh: "一个数组最多的元素数")
        case .arrayWhy:
            Texts(
                en: "every element is a node, so an array cannot be larger than the tape",
                zh: "每个元素都是一个节点，所以数组的元素数不能超过节点数的上限")
        case .drawMeaning:
            Texts(
                en: "nodes :draw draws one by one (past it, an array is one box)",
                zh: ":draw 逐个画出的最多节点数（超过时，一个数组画成一个方框）")
        case .accumulateMeaning:
            Texts(
                en: "when on, each backward pass adds into the stored gradients, as PyTorch's .grad does until zero_grad()",
                zh: "开启时，每次反向遍历都把梯度累加到已存的梯度上，如同 PyTorch 的 .grad，直到 zero_grad()")
        case .drawWhy:
            Texts(
                en: "laying out more than 2,000 boxes takes long, and no terminal shows them",
                zh: "超过 2,000 个方框，排布很慢，终端也显示不下")
        }
    }

    static let samples: [SettingMessage] = [
        .nestingMeaning, .nestingWhy, .lineMeaning, .lineWhy, .nodesMeaning, .nodesWhy, .arrayMeaning, .arrayWhy, .drawMeaning,
        .drawWhy, .accumulateMeaning,
    ]
}
