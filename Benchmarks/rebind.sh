#!/usr/bin/env bash
# Rebinding one name: `x = 1`, then 4,000 lines of `x = x*0.999 + 0.001`
# (issue 19, item 7). Each line's table walks the whole chain built so far,
# so the work per line grows with the chain; a bind itself costs the same
# however often the name was rebound (the tape counts the moves and primes
# the labels when they are read). Whole process, wall time and peak memory.
set -euo pipefail
binary=${1:?usage: rebind.sh path/to/micrograd [LINES]}
lines=${2:-4000}
script=$(mktemp)
trap 'rm -f "$script"' EXIT
{ echo 'x = 1'; for _ in $(seq "$lines"); do echo 'x = x*0.999 + 0.001'; done; } > "$script"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "rebind.sh ($lines rebinds of one name): %e s, peak %M KB" "$binary" < "$script" > /dev/null
else
  bash -c "time '$binary' < '$script' > /dev/null"
fi
