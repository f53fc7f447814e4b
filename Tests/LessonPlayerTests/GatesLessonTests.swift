import Testing

/// Lesson 8 (issue 15: gates and ReLU) played in-process with typed
/// answers in both languages: the gates' gradients predicted, then built,
/// `max` used as a gate, as ReLU and as a leaky ReLU, the dead ReLU trained
/// without moving, and 0.25^10 against 1 through ten layers, each number
/// the lesson's text states checked in the tutor's own output.
@Suite("Gates lesson")
struct GatesLessonTests {
    static let play = LessonPlay(id: "gates", steps: 15, answers: [
        "",
        "z",                        // df/dx at the add gate, as the name of the gradient above
        "x + y",                    // df/dz at the multiply gate: the other input
        "",                         // :explain f
        "n = u*w",
        "0",                        // dm/da, predicted before max is built
        "m = max(a, b)",
        "r = max(h, 0)",
        "0",                        // the dead unit's gradient, predicted
        "",                         // :train does not move w
        "leaky = sum(max(0.01*(w*xs - 10), w*xs - 10))",
        "0.25^10",                  // ten sigmoid layers, predicted
        "1",                        // ten relu layers, predicted
        "",
        "sigmoid's slope is at most 0.25, so 0.25^L vanishes; relu passes 1; a dead relu gets 0", "1 2 4",
    ], shows: [
        "df/dz = q = 3  (f = q*z)",
        "df/dx = df/dq * dq/dx = -4 * 1 = -4  (q = x + y)",
        "  w     leaf    0.5  100",
        "  a     leaf     2     0",
        "  0     const   0       1",
        "dead 0 → 0 in 20 steps",
        "w = 2",
        "grad(h, x0) = 9.5367e-07",
        "grad(r, x0) = 1",
    ])

    @Test("lesson 8 plays from start to end with typed answers", arguments: ["en", "zh"])
    func play(_ language: String) throws {
        try Self.play.expectPlaysThrough(in: language)
    }

    @Test("lessons check passes on lesson 8 in both languages")
    func check() throws {
        try LessonPlay.expectCheckPasses("08-gates")
    }
}
