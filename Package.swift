// swift-tools-version: 6.1
import PackageDescription

// The modules, one way down (docs/architecture.md draws them):
//
//   micrograd (the executable) ─► LessonPlayer ─► Tutor ─► Views ─► Calc ─► Autograd (and TextKit, for messages)
//                              └► LineEditor              └► TextKit, Platform (leaves)
//
// Only LineEditor links libedit; the session core and everything under it
// build and test without it.
let package = Package(
    name: "micrograd",
    products: [
        .executable(name: "micrograd", targets: ["micrograd"]),
        .executable(name: "micrograd-bench", targets: ["micrograd-bench"]),
        .executable(name: "micrograd-fuzz", targets: ["micrograd-fuzz"]),
        .library(name: "Autograd", targets: ["Autograd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
    ],
    targets: [
        // The engine: a flat tape of scalar nodes, each op with its local derivative.
        // Optimised in debug builds too: every test that trains or checks a
        // lesson runs the engine, and unoptimised generic code there costs
        // several times the arithmetic (lessons check: see docs/decisions.md).
        .target(
            name: "Autograd",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // The expression language: lexer, parser, diagnostics, evaluator.
        .target(name: "Calc", dependencies: ["Autograd", "TextKit"]),
        // Text for people: display width, wrapping, style, numbers, counts, JSON, languages.
        .target(name: "TextKit"),
        // Files, folders, processes and the environment: the one seam to the operating system.
        .target(name: "Platform"),
        // Renderers: values that turn a graph, a diagnostic or a report into text. No I/O.
        .target(name: "Views", dependencies: ["Autograd", "Calc", "TextKit"]),
        // Guided lessons: the file format, its checks, and the learner's progress.
        .target(name: "Lessons", dependencies: ["Calc", "Autograd", "TextKit", "Platform"]),
        // The session: lines in, text out; commands, scripts, transcripts.
        .target(name: "Tutor", dependencies: ["Autograd", "Calc", "Views", "TextKit", "Platform"]),
        // The lesson player: a lesson's steps over a session.
        .target(name: "LessonPlayer", dependencies: ["Tutor", "Lessons", "Views", "TextKit", "Calc", "Platform"]),
        // libedit, seen from Swift through static inline wrappers.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]),
        // Line editing at a terminal, plain line reading elsewhere.
        .target(name: "LineEditor", dependencies: ["CEditLine", "TextKit", "Platform"]),
        .executableTarget(
            name: "micrograd",
            dependencies: [
                "Tutor", "LessonPlayer", "Lessons", "LineEditor", "Platform", "TextKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // The benchmark workloads W1, W2, W3 of ../shared/bench on the engine.
        .executableTarget(name: "micrograd-bench", dependencies: ["Autograd"], path: "Benchmarks/MicrogradBench"),
        // A libFuzzer target (`make fuzz`): bytes into a session, and into the file parsers.
        .executableTarget(
            name: "micrograd-fuzz", dependencies: ["Tutor", "LessonPlayer", "Lessons", "Platform", "Calc"],
            path: "Fuzz/MicrogradFuzz"),

        .testTarget(
            name: "AutogradTests",
            dependencies: ["Autograd", .product(name: "RealModule", package: "swift-numerics")]),
        .testTarget(name: "CalcTests", dependencies: ["Calc", "TextKit"]),
        .testTarget(name: "TextKitTests", dependencies: ["TextKit"]),
        .testTarget(name: "PlatformTests", dependencies: ["Platform", "DiskTesting"]),
        .testTarget(name: "ViewsTests", dependencies: ["Views", "Calc", "Autograd", "TextKit"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "Calc", "Platform"]),
        .testTarget(
            name: "TutorTests", dependencies: ["Tutor", "Views", "TextKit", "Platform", "Calc", "Autograd"],
            exclude: ["Transcripts"]),
        .testTarget(name: "LessonPlayerTests", dependencies: ["LessonPlayer", "Tutor", "Lessons", "Platform", "TextKit"]),
        // Every message of every module, in both languages.
        .testTarget(
            name: "CatalogTests", dependencies: ["TextKit", "Calc", "Views", "Tutor", "Lessons", "LessonPlayer"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor", "TextKit", "Platform", "TerminalTesting", "DiskTesting"]),
        .testTarget(name: "EndToEndTests", dependencies: ["micrograd", "Lessons", "Platform", "TerminalTesting"]),
        // A pseudo-terminal harness shared by the tests that type into a terminal.
        .target(name: "TerminalTesting", path: "Tests/TerminalTesting"),
        // A tiny tmpfs (as root) for the tests of a full disk, and scratch folders.
        .target(name: "DiskTesting", path: "Tests/DiskTesting"),
    ]
)
