#if canImport(Glibc)
import Glibc
#endif

/// Seconds on a monotonic clock.
func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// Peak resident memory of this process so far, in KiB.
func peakResidentKilobytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

/// Resident memory now, in KiB (from /proc/self/statm).
func residentKilobytes() -> Int {
    guard let file = fopen("/proc/self/statm", "r") else { return 0 }
    defer { fclose(file) }
    var buffer = [CChar](repeating: 0, count: 128)
    guard fgets(&buffer, Int32(buffer.count), file) != nil else { return 0 }
    let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let fields = line.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// Prints the driver's `RESULT key=value ...` line; doubles with all their
/// digits (Swift's shortest round-trip form).
func result(_ fields: KeyValuePairs<String, String>) {
    print("RESULT " + fields.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
}

/// `1.23 ms`, `4.5 s`, `5.6 ns`.
func readable(seconds: Double) -> String {
    if seconds >= 1 { return "\(rounded(seconds, 3)) s" }
    if seconds >= 1e-3 { return "\(rounded(seconds * 1e3, 3)) ms" }
    if seconds >= 1e-6 { return "\(rounded(seconds * 1e6, 3)) µs" }
    return "\(rounded(seconds * 1e9, 3)) ns"
}

func rounded(_ value: Double, _ digits: Int) -> Double {
    let scale = Double.pow10(digits)
    return (value * scale).rounded() / scale
}

extension Double {
    static func pow10(_ digits: Int) -> Double {
        (0..<digits).reduce(1) { product, _ in product * 10 }
    }
}

/// Writes a message to stderr and exits.
func fail(_ message: String, status: Int32 = 1) -> Never {
    let text = "micrograd-bench: \(message)\n"
    _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    exit(status)
}
