#!/usr/bin/env bash
# The engine at an earlier revision and now, side by side with the C tape of
# ../shared/bench, in one run: W1 (the demo MLP) and W2 at depth 1,000,000,
# each binary run ROUNDS times in turn, so that the load of the machine falls
# on all three alike. Prints each RESULT line and the median ratio to the C tape.
#   Benchmarks/before-after.sh REVISION [ROUNDS]     (from the repository's top)
set -euo pipefail
revision=${1:?usage: before-after.sh REVISION [ROUNDS]}
rounds=${2:-5}
repo=$(pwd)
work=$(mktemp -d)
trap 'git -C "$repo" worktree remove --force "$work/before" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$repo" worktree add -q --detach "$work/before" "$revision"
flags=(-c release -Xswiftc -static-stdlib --product micrograd-bench)
(cd "$work/before" && swift build "${flags[@]}" --scratch-path "$work/before-build" >/dev/null)
swift build "${flags[@]}" >/dev/null
gcc -O2 -o "$work/tape_c" "${SHARED_BENCH:-../shared/bench}/limit/tape.c"
before="$work/before-build/release/micrograd-bench"
after="$repo/.build/release/micrograd-bench"
cd Benchmarks
for round in $(seq "$rounds"); do
  for which in before after c; do
    case $which in
      before) w1=$("$before" W1 data/w1_moons.txt | grep RESULT); w2=$("$before" W2 1000000 10 | grep RESULT) ;;
      after) w1=$("$after" W1 data/w1_moons.txt | grep RESULT); w2=$("$after" W2 1000000 10 | grep RESULT) ;;
      c) w1=$("$work/tape_c" W1 data/w1_moons.txt | grep RESULT); w2=$("$work/tape_c" W2 1000000 10 | grep RESULT) ;;
    esac
    echo "$which W1 $w1"
    echo "$which W2 $w2"
  done
done | tee "$work/results"
python3 - "$work/results" <<'PY'
import re, statistics, sys
times = {}
for line in open(sys.argv[1]):
    which, workload = line.split()[:2]
    match = re.search(r'time_s[=:]\s*([0-9.e-]+)', line)
    if match: times.setdefault((which, workload), []).append(float(match.group(1)))
for workload in ("W1", "W2"):
    c = statistics.median(times[("c", workload)])
    for which in ("before", "after"):
        t = statistics.median(times[(which, workload)])
        print(f"{workload} {which}: median {t:.5f} s, {t / c:.2f}x the C tape ({c:.5f} s)")
PY
