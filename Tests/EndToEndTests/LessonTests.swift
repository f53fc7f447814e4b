import Foundation
import Lessons
import Testing

/// Guided lessons through the binary: killed and resumed, listed, and
/// checked by `lessons check`. (LessonPlayerTests plays every lesson
/// in-process; these cover what only the executable does.)
@Suite("Lessons")
struct LessonTests {
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons")

    @Test("Chinese text is wrapped by display width and never cut inside a character")
    func wrapping() throws {
        let result = try Binary.run(["lesson", "basics", "--lang", "zh"], input: "\n", environment: ["COLUMNS": "40"])
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let prose = lines.filter { $0.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } }
        #expect(prose.count > 5)
        for line in prose {
            let width = line.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x2E80 && $1.value <= 0xFFE6) ? 2 : 1) }
            #expect(width <= 40, "\(line)")
            #expect(!"，。、；：！？）".contains(line.first ?? " "), "a line starts with closing punctuation: \(line)")
        }
    }

    @Test("killed with SIGKILL in the middle of a lesson, the tutor resumes at the same step")
    func killAndResume() throws {
        let home = Binary.temporaryFolder()
        let progressPath = home.path + "/.local/share/micrograd/lesson-progress"
        let process = Process()
        process.executableURL = Binary.url
        process.arguments = ["lesson", "basics", "--lang", "en"]
        process.environment = ["HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Four steps done; the tutor waits at step 5 (the number step "predict-nudge") with stdin still open.
        stdin.fileHandleForWriting.write(Data("\n\n\n-3\n".utf8))
        let deadline = Date().addingTimeInterval(20)
        var saved = ""
        while Date() < deadline {
            saved = (try? String(contentsOfFile: progressPath, encoding: .utf8)) ?? ""
            if saved.contains("step=predict-nudge") { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let text = try String(contentsOfFile: progressPath, encoding: .utf8)
        let progress = try ProgressFormat.decode(text)
        #expect(progress.lessons["basics"] == LessonProgress(step: "predict-nudge", done: ["learns", "gradient", "first-graph", "grad-of-a"]))
        let folder = try FileManager.default.contentsOfDirectory(atPath: (progressPath as NSString).deletingLastPathComponent)
        #expect(folder == ["lesson-progress"], "no temporary file is left behind")

        // No id: the lesson played last, at its step, with its names restored.
        let resumed = try Binary.run(["lesson"], input: "-5.03\n", home: home)
        #expect(resumed.stdout.contains("Welcome back: Basic concepts: values, gradients and backpropagation, at step 5 of 19."))
        #expect(resumed.stdout.contains("[1·5/19] >>> -5.03"))
        #expect(resumed.stdout.contains("✓ Right."))
        #expect(try ProgressFormat.decode(String(contentsOfFile: progressPath, encoding: .utf8)).lessons["basics"]?.step == "nudge")
    }

    @Test("a corrupt progress file is reported and kept aside")
    func corruptProgress() throws {
        let home = Binary.temporaryFolder()
        let folder = home.path + "/.local/share/micrograd"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "not a progress file\n".write(toFile: folder + "/lesson-progress", atomically: true, encoding: .utf8)
        let result = try Binary.run(["lesson", "basics"], input: "\n", home: home)
        #expect(result.stdout.contains("warning: the progress file was unreadable"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.contains { $0.hasPrefix("lesson-progress.corrupt-") })
        #expect(names.contains("lesson-progress"))
    }

    @Test("lessons lists the lessons with progress")
    func list() throws {
        let home = Binary.temporaryFolder()
        _ = try Binary.run(["lesson", "basics"], input: "\n\n", home: home)
        let result = try Binary.run(["lessons", "--lang", "en"], home: home)
        let line = result.stdout.split(separator: "\n").first { $0.hasPrefix("1.") }
        #expect(line?.contains("basics") == true && line?.contains("Basic concepts") == true)
        #expect(result.stdout.contains("step 3/19"))
    }

    @Test("lesson ID --step STEP-ID opens the step in its start state; an unknown step fails with status 1")
    func openAtStep() throws {
        let home = Binary.temporaryFolder()
        let result = try Binary.run(["lesson", "basics", "--step", "chain", "--lang", "en"], input: "L = c*c\n", home: home)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Opened at step"), "\(result.stdout)")
        #expect(result.stdout.contains("Set up for you by the earlier steps' model answers: a = 2, b = -3"), "\(result.stdout)")
        #expect(result.stdout.contains("✓ Right."))
        let wrong = try Binary.run(["lesson", "basics", "--step", "chian", "--lang", "en"], input: "", home: home)
        #expect(wrong.status == 1)
        #expect((wrong.stdout + wrong.stderr).contains("No step 'chian' in this lesson; did you mean 'chain'?"))
        // A finished lesson opened again at a step stays finished.
        _ = try Binary.run(["lesson", "basics", "--lang", "en"], input: String(repeating: ":skip\n", count: 30), home: home)
        _ = try Binary.run(["lesson", "basics", "--step", "chain", "--lang", "en"], input: "\n", home: home)
        let listed = try Binary.run(["lessons", "--lang", "en"], home: home)
        #expect(listed.stdout.split(separator: "\n").first { $0.hasPrefix("1.") }?.contains("finished") == true, "\(listed.stdout)")
    }

    @Test("lessons check passes on lessons/")
    func checkBuiltIn() throws {
        let result = try Binary.run(["lessons", "check", Self.lessons.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("ok  \(Self.lessons.path)/zh/01-basics.md (19 steps)"))
        #expect(result.stdout.hasSuffix("no errors\n"))
    }

    /// A copy of lessons/ with one syntax error in Chinese and one model
    /// answer in English that fails its own check.
    func brokenCopy() throws -> URL {
        // Lesson 1 alone, so that the counts below do not change as lessons are added.
        let folder = Binary.temporaryFolder().appendingPathComponent("lessons")
        for language in ["en", "zh"] {
            let target = folder.appendingPathComponent(language)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Self.lessons.appendingPathComponent("\(language)/01-basics.md"),
                to: target.appendingPathComponent("01-basics.md"))
        }
        let zh = folder.appendingPathComponent("zh/01-basics.md")
        try String(contentsOf: zh, encoding: .utf8).replacingOccurrences(of: "## task chain", with: "## tsak chain")
            .write(to: zh, atomically: true, encoding: .utf8)
        let en = folder.appendingPathComponent("en/01-basics.md")
        try String(contentsOf: en, encoding: .utf8).replacingOccurrences(of: "answer: d = a*a + a", with: "answer: d = a*a")
            .write(to: en, atomically: true, encoding: .utf8)
        return folder
    }

    func line(of text: String, in file: URL, after: Int = 0) throws -> Int {
        let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        return try #require(lines.indices.first { $0 >= after && lines[$0].hasPrefix(text) }) + 1
    }

    @Test("lessons check fails with FILE:LINE on a broken copy")
    func checkBroken() throws {
        let folder = try brokenCopy()
        let result = try Binary.run(["lessons", "check", folder.path])
        #expect(result.status == 1)
        let zh = folder.appendingPathComponent("zh/01-basics.md")
        let en = folder.appendingPathComponent("en/01-basics.md")
        #expect(result.stdout.contains("\(zh.path):\(try line(of: "## tsak chain", in: zh)): unknown step kind 'tsak' (did you mean 'task'?)"), "\(result.stdout)")
        // A wrong model answer is reported at its answer: line, where it is fixed.
        let answer = try line(of: "answer:", in: en, after: try line(of: "## task accumulate", in: en))
        #expect(result.stdout.contains("\(en.path):\(answer): step 'accumulate': the model answer does not pass its own checks: d is 4, but 6 is wanted."), "\(result.stdout)")
    }

    /// Issue 19, item 12: a folder whose en/ and zh/ link back to itself
    /// said "0 files, 0 lessons: no errors" and exited 1.
    @Test("lessons check on a folder with no lesson files (en and zh linking to itself) says so and fails")
    func checkNoLessonFiles() throws {
        let folder = Binary.temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("en").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("zh").path, withDestinationPath: ".")
        let result = try Binary.run(["lessons", "check", folder.path])
        #expect(result.status == 1)
        #expect(!result.stdout.contains("no errors"), "\(result.stdout)")
        #expect(result.stderr.contains("micrograd: no lesson files in \(folder.path)"), "\(result.stderr)")
    }

    @Test("lessons check --json writes one object per file and a summary")
    func checkJSON() throws {
        let folder = try brokenCopy()
        let result = try Binary.run(["lessons", "check", "--json", folder.path])
        #expect(result.status == 1)
        let objects = try result.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(objects.count == 3)
        let zh = try #require(objects.first { ($0["file"] as? String)?.hasSuffix("zh/01-basics.md") == true })
        #expect(zh["ok"] as? Bool == false)
        let errors = try #require(zh["errors"] as? [[String: Any]])
        #expect(errors.first?["line"] as? Int == (try line(of: "## tsak chain", in: folder.appendingPathComponent("zh/01-basics.md"))))
        let summary = try #require(objects.last?["summary"] as? [String: Int])
        #expect(summary == ["files": 2, "lessons": 1, "errors": 2])
    }

    @Test("lessons new writes a skeleton that passes the check and plays from --lessons")
    func newLesson() throws {
        let folder = Binary.temporaryFolder().appendingPathComponent("mine")
        let created = try Binary.run(["lessons", "new", "08-chain", folder.path])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(try Binary.run(["lessons", "new", "08-chain", folder.path]).status == 1, "never overwrites")
        let check = try Binary.run(["lessons", "check", folder.path])
        #expect(check.status == 0, "\(check.stdout)")
        let played = try Binary.run(["--lessons", folder.path, "lesson", "chain"], input: "\n\nd = 2*c\n2\n-3\nmine\nall\n")
        #expect(played.stdout.contains("Lesson complete: A new lesson."), "\(played.stdout)")
        let listed = try Binary.run(["lessons"], environment: ["MICROGRAD_LESSONS": folder.path])
        #expect(listed.stdout.split(separator: "\n").contains { $0.contains(" chain ") && $0.contains("A new lesson") })
    }
}
