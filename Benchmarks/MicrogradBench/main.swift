// The benchmark workloads of ../shared/bench (W1, W2, W3) on the project's
// engine, through its public API. Each prints the one `RESULT ...` line the
// side-by-side driver parses, then the same figures in words.
//
//   micrograd-bench W1 [data/w1_moons.txt] [steps=100]
//   micrograd-bench W2 [depth=900] [reps=1000]
//   micrograd-bench W3 [n=100000]

import Autograd

#if canImport(Glibc)
import Glibc
#endif

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    fail("usage: micrograd-bench W1 [data] [steps] | W2 [depth] [reps] | W3 [n]", status: 2)
}

func argument(_ index: Int, default value: Int) -> Int {
    guard arguments.count > index else { return value }
    guard let number = Int(arguments[index]), number > 0 else {
        fail("'\(arguments[index])' is not a positive whole number", status: 2)
    }
    return number
}

switch arguments[1] {
case "W1":
    let path = arguments.count > 2 ? arguments[2] : "data/w1_moons.txt"
    runDemo(dataPath: path, steps: argument(3, default: 100))
case "W2":
    runDeepChain(depth: argument(2, default: 900), repetitions: argument(3, default: 1000))
case "W3":
    runWide(count: argument(2, default: 100_000))
default:
    fail("unknown workload '\(arguments[1])' (W1, W2 or W3)", status: 2)
}
