#!/usr/bin/env bash
# W1 as a script in the tutor's language (Benchmarks/w1.mg), run by the
# binary: prints the driver's RESULT line with the whole process's wall time
# (parsing the data, building the graph, 99 :step lines), then the loss and
# accuracy the script printed (four significant digits, as the tutor shows them).
#   w1-script.sh REPO_DIR
set -euo pipefail
repo=$(cd "${1:?usage: w1-script.sh REPO_DIR}" && pwd)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
start=$(date +%s.%N)
"$repo/.build/release/micrograd" run "$repo/Benchmarks/w1.mg" > "$out"
end=$(date +%s.%N)
loss=$(grep -E '^loss = ' "$out" | tail -1 | cut -d' ' -f3)
accuracy=$(grep -E '^accuracy = ' "$out" | tail -1 | cut -d' ' -f3)
seconds=$(python3 -c "print($end - $start)")
echo "RESULT impl=micrograd-swift-script workload=W1 time_s=$seconds op_nodes=6507700 loss=$loss acc=$accuracy"
echo "W1 as a .mg script: $seconds s for the whole run (parse, build, 99 steps); loss $loss, accuracy $accuracy"
