// swift-tools-version: 6.1
import PackageDescription

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
        .target(
            name: "Autograd",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")]),
        // The expression language: lexer, parser, diagnostics, evaluator.
        .target(name: "Calc", dependencies: ["Autograd"]),
        // Guided lessons: the file format, its checks, and the learner's progress.
        .target(name: "Lessons", dependencies: ["Calc", "Autograd"]),
        // The session: commands and rendering, lines in and text out.
        .target(name: "Tutor", dependencies: ["Calc", "Autograd", "Lessons", "LineEditor"]),
        // libedit, seen from Swift through static inline wrappers.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]),
        // Line editing at a terminal, plain line reading elsewhere.
        .target(name: "LineEditor", dependencies: ["CEditLine"]),
        .executableTarget(
            name: "micrograd",
            dependencies: [
                "Tutor", "Lessons", "LineEditor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // The benchmark workloads W1, W2, W3 of ../shared/bench on the engine.
        .executableTarget(name: "micrograd-bench", dependencies: ["Autograd"], path: "Benchmarks/MicrogradBench"),
        // A libFuzzer target (`make fuzz`): bytes into a session, and into the file parsers.
        .executableTarget(name: "micrograd-fuzz", dependencies: ["Tutor", "Lessons"], path: "Fuzz/MicrogradFuzz"),

        .testTarget(
            name: "AutogradTests",
            dependencies: ["Autograd", .product(name: "RealModule", package: "swift-numerics")]),
        .testTarget(name: "CalcTests", dependencies: ["Calc"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "Calc"]),
        .testTarget(name: "TutorTests", dependencies: ["Tutor"], exclude: ["Transcripts"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor", "TerminalTesting"]),
        .testTarget(name: "EndToEndTests", dependencies: ["micrograd", "Lessons", "TerminalTesting"]),
        // A pseudo-terminal harness shared by the tests that type into a terminal.
        .target(name: "TerminalTesting", path: "Tests/TerminalTesting"),
    ]
)
