#!/usr/bin/env bash
# Start-up of the tutor: `micrograd -e '1+1'`, whole process, median wall
# time of 50 runs and peak memory. Target: at most 10 ms and 20 MB.
set -euo pipefail
binary=${1:?usage: startup.sh path/to/micrograd}
python3 - "$binary" <<'PY'
import resource, statistics, subprocess, sys, time
binary = sys.argv[1]
times = []
for _ in range(50):
    start = time.perf_counter()
    subprocess.run([binary, "-e", "1+1"], stdout=subprocess.DEVNULL, check=True)
    times.append(time.perf_counter() - start)
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"RESULT impl=micrograd-swift workload=startup time_s={statistics.median(times):.6f} peak_rss_kb={peak_kb}")
print(f"start-up: micrograd -e '1+1' takes {statistics.median(times)*1000:.2f} ms (median of 50, whole process), "
      f"peak memory {peak_kb/1024:.1f} MB")
PY
