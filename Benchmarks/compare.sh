#!/usr/bin/env bash
# One run of the shared side-by-side driver with this engine added.
#   compare.sh SHARED_BENCH_DIR PYTHON REPO_DIR [driver options...]
# The shared folder is copied to a temporary one first, so the driver's
# build/ and results never land in it. PYTHON is a Python with
# micrograd==0.1.0 installed (micrograd-rust optional, see the shared README).
set -euo pipefail
shared=${1:?usage: compare.sh SHARED_BENCH PYTHON REPO [driver options]}
python=${2:?}
repo=$(cd "${3:?}" && pwd)
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$shared"/. "$work"/
chmod -R u+w "$work"
cp "$repo/Benchmarks/data/w1_moons.txt" "$work/data/w1_moons.txt"
cd "$work"
bench="$repo/.build/release/micrograd-bench"
adds=(
  --add "micrograd-swift|W1|$bench W1 data/w1_moons.txt"
  --add "micrograd-swift|W2|$bench W2 900 1000"
  --add "micrograd-swift-depth-1M|W2|$bench W2 1000000 10"
  --add "micrograd-swift|W3|$bench W3 100000"
  # The C tape at the same depth, built by the driver, as the yardstick
  # for the deep chain.
  --add "c-flat-tape-depth-1M|W2|build/tape_c W2 1000000 10"
)
if [ -f "$repo/Benchmarks/w1.mg" ]; then
  adds+=(--add "micrograd-swift-script|W1|$repo/Benchmarks/w1-script.sh $repo")
fi
python3 run_bench.py --python "$python" "${adds[@]}" "$@"
