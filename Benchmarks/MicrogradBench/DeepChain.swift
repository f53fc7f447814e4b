import Autograd

/// W2 'deep chain': `x = x*0.999 + 0.001` repeated depth/2 times from a
/// leaf 0.5, then backward; each repetition builds a fresh chain.
/// micrograd's recursive topological sort fails at about 1,000 nodes deep;
/// the tape has no depth limit (try depth 1000000).
func runDeepChain(depth: Int, repetitions: Int) {
    let steps = depth / 2
    let tape = Tape(capacity: 2 * depth + 2)
    var times: [Double] = []
    var buildTimes: [Double] = []
    var backwardTimes: [Double] = []
    times.reserveCapacity(repetitions)
    buildTimes.reserveCapacity(repetitions)
    backwardTimes.reserveCapacity(repetitions)
    var value = 0.0
    var gradient = 0.0
    for _ in 0..<repetitions {
        let start = now()
        tape.truncate(to: 0)
        let x0 = tape.leaf(0.5)
        var x = x0
        for _ in 0..<steps {
            x = tape.multiply(x, tape.constant(0.999))
            x = tape.add(x, tape.constant(0.001))
        }
        let built = now()
        tape.backward(from: x)
        let end = now()
        times.append(end - start)
        buildTimes.append(built - start)
        backwardTimes.append(end - built)
        value = tape.data(x)
        gradient = tape.grad(x0)
    }
    let perRepetition = median(times)
    let opNodes = Double(2 * steps)
    result([
        "impl": "micrograd-swift", "workload": "W2", "depth": "\(depth)", "reps": "\(repetitions)",
        "time_s": "\(perRepetition)", "op_nodes": "\(2 * steps)", "nodes": "\(1 + 4 * steps)",
        "value": "\(value)", "grad": "\(gradient)", "peak_rss_kb": "\(peakResidentKilobytes())",
    ])
    print("W2: a chain \(2 * steps) op nodes deep, built and differentiated in \(readable(seconds: perRepetition)) "
        + "(median of \(repetitions)), \(readable(seconds: perRepetition / opNodes)) per op node "
        + "(building \(readable(seconds: median(buildTimes) / opNodes)), "
        + "backward \(readable(seconds: median(backwardTimes) / opNodes))); x = \(value), dx/dx0 = \(gradient)")
}
