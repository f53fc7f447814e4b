#!/usr/bin/env bash
# Start-up of the tutor: `micrograd -e '1+1'`, whole process, median wall
# time and peak memory. Target: at most 10 ms and 20 MB.
# hyperfine (Debian's package) times it without a shell in between; without
# it, Python's subprocess does, which adds its own fork and exec (a few ms).
set -euo pipefail
binary=${1:?usage: startup.sh path/to/micrograd}
json=$(mktemp)
trap 'rm -f "$json"' EXIT
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 10 --runs 200 --export-json "$json" "$binary -e 1+1" >/dev/null
  timer=hyperfine
else
  timer=python3
fi
python3 - "$binary" "$json" "$timer" <<'PY'
import json, resource, statistics, subprocess, sys, time
binary, path, timer = sys.argv[1:]
if timer == "hyperfine":
    median = json.load(open(path))["results"][0]["median"]
else:
    times = []
    for _ in range(100):
        start = time.perf_counter()
        subprocess.run([binary, "-e", "1+1"], stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
subprocess.run([binary, "-e", "1+1"], stdout=subprocess.DEVNULL, check=True)
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"RESULT impl=micrograd-swift workload=startup time_s={median:.6f} peak_rss_kb={peak_kb}")
print(f"start-up: micrograd -e '1+1' takes {median*1000:.2f} ms (median, whole process, timed by {timer}), "
      f"peak memory {peak_kb/1024:.1f} MB")
PY
