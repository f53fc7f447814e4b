import TextKit

/// The kind of a step as `:progress` lists it. The English is the kind's
/// name in the lesson format (`task`, `choice`); the Chinese says what the
/// learner does there.
enum StepKindMessage: String, Message {
    case prose, run, task, choice, number, question

    var texts: Texts {
        switch self {
        case .prose: Texts(en: "prose", zh: "讲解")
        case .run: Texts(en: "run", zh: "演示")
        case .task: Texts(en: "task", zh: "动手")
        case .choice: Texts(en: "choice", zh: "选择")
        case .number: Texts(en: "number", zh: "填数")
        case .question: Texts(en: "question", zh: "问答")
        }
    }

    static let samples: [StepKindMessage] = [.prose, .run, .task, .choice, .number, .question]
}
