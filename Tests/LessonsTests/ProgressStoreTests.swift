import TextKit
import Platform
import Foundation
import Testing
@testable import Lessons

@Suite("Progress on disk")
struct ProgressStoreTests {
    func folder() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)").path
        return path
    }

    @Test("progress round-trips through the text format")
    func roundTrip() throws {
        let progress = Progress(
            language: .zh, lastLesson: "basics",
            lessons: ["basics": LessonProgress(step: "chain", done: ["learns", "gradient"]), "neuron": LessonProgress(step: nil, done: [])])
        let text = ProgressFormat.encode(progress)
        #expect(text == "micrograd-progress 1\nlanguage zh\nlast basics\nlesson basics step=chain done=learns,gradient\nlesson neuron finished done=\n")
        #expect(try ProgressFormat.decode(text) == progress)
    }

    @Test("saving writes the whole file atomically into a new folder and leaves no temporary file")
    func save() throws {
        let directory = folder() + "/deep/micrograd"
        let store = ProgressStore(path: directory + "/lesson-progress")
        try store.update { $0.lessons["basics"] = LessonProgress(step: "b", done: ["a"]) }
        try store.update { $0.lessons["basics"] = LessonProgress(step: "c", done: ["a", "b"]) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["lesson-progress"])
        let again = ProgressStore(path: store.path)
        #expect(again.load() == nil)
        #expect(again.progress.lessons["basics"] == LessonProgress(step: "c", done: ["a", "b"]))
    }

    /// Issue 19, item 11: two lessons played in two terminals on one home;
    /// each save used to write its own whole progress over the other's.
    @Test("two stores on one file merge: each keeps the other's lessons")
    func twoStores() throws {
        let path = folder() + "/lesson-progress"
        let first = ProgressStore(path: path)
        try first.update { $0.lessons["basics"] = LessonProgress(step: "chain", done: ["learns"]) }
        let second = ProgressStore(path: path)
        #expect(second.load() == nil)
        try first.update {
            $0.lessons["basics"] = LessonProgress(step: "reuse", done: ["learns", "chain"])
            $0.lastLesson = "basics"
        }
        // `second` still holds basics at "chain": its save must not undo the step.
        try second.update {
            $0.lessons["neuron"] = LessonProgress(step: "weights", done: ["intro"])
            $0.language = .zh
        }
        try first.update { $0.lessons["basics"]?.done.append("reuse") }
        let disk = ProgressStore(path: path)
        #expect(disk.load() == nil)
        #expect(disk.progress.lessons["basics"] == LessonProgress(step: "reuse", done: ["learns", "chain", "reuse"]))
        #expect(disk.progress.lessons["neuron"] == LessonProgress(step: "weights", done: ["intro"]))
        #expect(disk.progress.language == .zh)
        #expect(disk.progress.lastLesson == "basics")
        // Each store now sees the merged progress too.
        #expect(first.progress == disk.progress)
    }

    @Test("a corrupt file is reported and kept aside, never deleted", arguments: [
        "garbage", "micrograd-progress 1\nlesson basics step=", "micrograd-progress 1\nlesson Basics step=a done=\n",
        "micrograd-progress 2\n", "micrograd-progress 1\nlesson a step=b done=c\nlesson a step=b done=c\n",
    ])
    func corrupt(_ text: String) throws {
        let directory = folder()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/lesson-progress"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let store = ProgressStore(path: path)
        guard case .keptAside(_, let kept) = store.load() else { Issue.record("not reported"); return }
        #expect(kept.hasPrefix(path + ".corrupt-"))
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == text)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(store.progress == Progress())
        // A second corrupt file in the same second keeps the first one.
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        guard case .keptAside(_, let second) = ProgressStore(path: path).load() else { Issue.record("not reported"); return }
        #expect(second != kept)
        #expect(FileManager.default.fileExists(atPath: kept))
    }

    @Test("no file is no progress, and no problem")
    func missing() {
        let store = ProgressStore(path: folder() + "/lesson-progress")
        #expect(store.load() == nil)
        #expect(store.progress == Progress())
    }

    @Test("the default place follows XDG_DATA_HOME, else HOME")
    func place() {
        #expect(ProgressStore.defaultPath { ["XDG_DATA_HOME": "/x", "HOME": "/h"][$0] } == "/x/micrograd/lesson-progress")
        #expect(ProgressStore.defaultPath { ["XDG_DATA_HOME": "relative", "HOME": "/h"][$0] } == "/h/.local/share/micrograd/lesson-progress")
        #expect(ProgressStore.defaultPath { _ in nil } == nil)
    }

    @Test("the language comes from LC_ALL, LC_MESSAGES, then LANG")
    func locale() {
        #expect(Language.fromLocale { ["LANG": "zh_CN.UTF-8"][$0] } == .zh)
        #expect(Language.fromLocale { ["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"][$0] } == .en)
        #expect(Language.fromLocale { ["LC_MESSAGES": "zh_TW", "LANG": "C"][$0] } == .zh)
        #expect(Language.fromLocale { _ in nil } == .en)
    }
}

@Suite("Progress file: the quiz line")
struct QuizProgressTests {
    @Test("the quiz's counts round-trip; a file without the line (from before the quiz) has none")
    func quizLine() throws {
        let progress = Progress(lastLesson: "basics", quiz: QuizRecord(streak: 2, best: 5, right: 7, asked: 9))
        let text = ProgressFormat.encode(progress)
        #expect(text == "micrograd-progress 1\nlast basics\nquiz streak=2 best=5 right=7 asked=9\n")
        #expect(try ProgressFormat.decode(text) == progress)
        #expect(try ProgressFormat.decode("micrograd-progress 1\nlast basics\n").quiz == nil)
    }

    @Test("a damaged quiz line makes the file corrupt, at its line", arguments: [
        "quiz streak=2 best=5 right=7", "quiz streak=2 best=5 right=7 asked=x", "quiz best=5 streak=2 right=7 asked=9",
        "quiz streak=-1 best=5 right=7 asked=9",
    ])
    func damaged(_ line: String) {
        #expect(throws: ProgressFormat.Corruption.self) { try ProgressFormat.decode("micrograd-progress 1\n\(line)\n") }
        #expect(throws: ProgressFormat.Corruption.self) {
            try ProgressFormat.decode("micrograd-progress 1\nquiz streak=0 best=0 right=0 asked=0\nquiz streak=0 best=0 right=0 asked=0\n")
        }
    }
}
