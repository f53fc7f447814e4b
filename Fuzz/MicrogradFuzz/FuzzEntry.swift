import Platform
#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's entry point: called once per generated input.
///
/// `make fuzz` builds this target with `-sanitize=fuzzer,address` and
/// `-D FUZZING`, so libFuzzer supplies `main`. Built any other way (as
/// `swift build` does with every target) it is a replayer instead:
/// `micrograd-fuzz FILE...` runs each file through the same driver, which
/// reproduces a finding without the sanitizer build.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzDrivers.run(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}

#if FUZZING
/// libFuzzer's driver, called from the entry point SwiftPM gives every
/// executable (it renames `main` to `<target>_main`, so libFuzzer's own
/// `main` is never linked in).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@_cdecl("micrograd_fuzz_main")
public func fuzzerMain(
    _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
    var count = argc
    var arguments = argv
    var status: Int32 = 0
    // On the stack the tutor itself runs on, so that `:set max-nesting`
    // up to its ceiling is tested as the binary runs it.
    LargeStack.run { status = runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) } }
    return status
}
#else
@main
enum Replay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        guard !paths.isEmpty else {
            print("usage: micrograd-fuzz FILE...  (MICROGRAD_FUZZ=session|files; `make fuzz` builds the fuzzer itself)")
            exit(2)
        }
        for path in paths {
            guard let file = fopen(path, "rb") else {
                print("\(path): \(String(cString: strerror(errno)))")
                exit(1)
            }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while case let count = fread(&buffer, 1, buffer.count, file), count > 0 {
                bytes += buffer[0..<count]
            }
            fclose(file)
            bytes.withUnsafeBufferPointer { _ = fuzzOneInput($0.baseAddress, $0.count) }
            print("\(path): ok")
        }
    }
}
#endif
