import Autograd

#if canImport(Glibc)
import Glibc
#endif

/// W3 'wide': n products a_i*b_i summed pairwise, level by level (a
/// balanced tree), then backward; also the memory each node costs.
func runWide(count: Int) {
    let residentBefore = residentKilobytes()
    let start = now()
    let tape = Tape()
    let a = (0..<count).map { tape.leaf(Double((37 * $0) % 101) / 101 - 0.5) }
    let b = (0..<count).map { tape.leaf(Double((53 * $0) % 97) / 97 - 0.5) }
    var level = (0..<count).map { tape.multiply(a[$0], b[$0]) }
    while level.count > 1 {
        var next: [Node] = []
        next.reserveCapacity((level.count + 1) / 2)
        var j = 0
        while j + 1 < level.count {
            next.append(tape.add(level[j], level[j + 1]))
            j += 2
        }
        if level.count % 2 == 1 { next.append(level[level.count - 1]) }
        level = next
    }
    let output = level[0]
    tape.backward(from: output)
    let seconds = now() - start
    let peak = peakResidentKilobytes()
    for i in 0..<count where tape.grad(a[i]) != tape.data(b[i]) || tape.grad(b[i]) != tape.data(a[i]) {
        fail("W3 gradient check failed at \(i)")
    }
    let nodes = tape.count
    let bytesPerNode = Double(peak - residentBefore) * 1024 / Double(nodes)
    result([
        "impl": "micrograd-swift", "workload": "W3", "n": "\(count)", "time_s": "\(seconds)",
        "op_nodes": "\(2 * count - 1)", "nodes": "\(nodes)", "value": "\(tape.data(output))",
        "peak_rss_kb": "\(peak)", "rss_before_kb": "\(residentBefore)", "bytes_per_node": "\(rounded(bytesPerNode, 1))",
    ])
    print("W3: \(nodes) nodes (a balanced sum of \(count) products) built and differentiated in "
        + "\(readable(seconds: seconds)); \(rounded(bytesPerNode, 1)) bytes per node; sum = \(tape.data(output))")
}
