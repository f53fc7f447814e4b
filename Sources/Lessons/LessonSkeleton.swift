import TextKit
/// The lesson `micrograd lessons new NAME` writes: one step of every kind,
/// each saying what to change, so that an instructor starts from a lesson
/// that already passes `micrograd lessons check`.
public enum LessonSkeleton {
    public static func text(title: String, language: Language) -> String {
        switch language {
        case .en: english(title)
        case .zh: chinese(title)
        }
    }

    private static func english(_ title: String) -> String {
        """
        # \(title)

        <!-- A lesson: '# Title', then steps, each starting with '## KIND ID'.
             The kinds: prose, run, task, choice, number, question.
             docs/lessons.md describes every field. Check with:
                 micrograd lessons check DIR -->

        ## prose intro

        Text to read. Paragraphs are wrapped to the terminal; `code` stays as written.

        - a list item
        - another

        ## run first-graph

        The tutor types these lines itself and shows what they print:

        run:
            a = 2
            b = -3
            c = a*b + 1

        explain: Every node of `c` now has a value and a gradient.

        ## task make-d

        Make `d` twice `c`.

        setup: c = 5
        check: value d == 10
        check: equivalent 2*c
        answer: d = 2*c
        hint: Multiply `c` by 2.
        explain: `d` is 10, and dd/dc is 2.

        ## choice gradient-meaning

        What does the gradient dc/da say?

        option: the value of a
        correct: how much c changes per unit change of a
        option: the value of c
        hint: It is a rate of change.
        explain: A gradient is a slope: how fast the output moves as one input moves.

        ## number slope

        With c = a*b, a = 2 and b = -3, what is dc/da?

        expect: -3
        tolerance: 0.001
        hint: dc/da of a*b is b.
        explain: The gradient of a product with respect to one factor is the other factor.

        ## question own-words

        In one sentence: what does backpropagation compute?

        answer: The gradient of the output with respect to every node, by the chain rule, from the output back to the inputs.
        point: gradients of the output
        point: the chain rule, node by node
        point: from the output backwards
        hint: Think of what `grad` holds after it runs.
        """ + "\n"
    }

    private static func chinese(_ title: String) -> String {
        """
        # \(title)

        <!-- 课程文件：先写 '# 标题'，然后是各个步骤，每步以 '## 类型 ID' 开头。
             类型：prose、run、task、choice、number、question。
             各字段见 docs/lessons.md。检查命令：
                 micrograd lessons check DIR -->

        ## prose intro

        供学习者阅读的文字。段落会按终端宽度自动换行；`代码` 原样显示。

        - 列表项
        - 另一项

        ## run first-graph

        本工具会自己输入下面几行，并显示结果：

        run:
            a = 2
            b = -3
            c = a*b + 1

        explain: 现在 `c` 的每个节点都有了值和梯度。

        ## task make-d

        让 `d` 等于 `c` 的两倍。

        setup: c = 5
        check: value d == 10
        check: equivalent 2*c
        answer: d = 2*c
        hint: 把 `c` 乘以 2。
        explain: `d` 等于 10，dd/dc 等于 2。

        ## choice gradient-meaning

        梯度 dc/da 表示什么？

        option: a 的值
        correct: a 每变化一个单位，c 变化多少
        option: c 的值
        hint: 它是一个变化率。
        explain: 梯度就是斜率：某个输入变动时，输出变化得有多快。

        ## number slope

        设 c = a*b，a = 2，b = -3，dc/da 等于多少？

        expect: -3
        tolerance: 0.001
        hint: a*b 对 a 的导数是 b。
        explain: 乘积对其中一个因子的梯度，就是另一个因子。

        ## question own-words

        用一句话说明：反向传播计算的是什么？

        answer: 利用链式法则，从输出往输入方向逐个节点地计算输出对每个节点的梯度。
        point: 输出对各节点的梯度
        point: 逐个节点应用链式法则
        point: 从输出向后传
        hint: 想一想运行之后 `grad` 里存的是什么。
        """ + "\n"
    }
}
