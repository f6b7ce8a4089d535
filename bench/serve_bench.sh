#!/usr/bin/env bash
# Load benchmark of `chorus serve` (issue 6): GET /api/stories/{id} with wrk.
#
#   bench/serve_bench.sh [CHORUS_BINARY] [SECONDS] [CONNECTIONS]
#
# Builds nothing. Ingests examples/story into a temporary store, starts `chorus serve` pinned
# to core 0 (taskset -c 0) with the rate limit off, warms the brief cache with one request,
# then runs wrk pinned to core 1 (one thread, CONNECTIONS keep-alive connections, default 8,
# SECONDS default 20) against the example story. Prints wrk's report, the server's CPU time
# over the run (user + system from /proc, so a loaded machine shows up as wall time, not CPU
# time) and a final machine-readable line:
#   serve_bench: rps=... p99_ms=... requests=... server_cpu_s=... rps_per_cpu_s=... bytes=...
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
chorus="$(realpath "${1:-$here/../build/release/chorus}")"
seconds="${2:-20}"
connections="${3:-8}"
command -v wrk > /dev/null || { echo "serve_bench: wrk not found (scripts/install-deps.sh)" >&2; exit 2; }
work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill -TERM "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$chorus" ingest --db "$work/chorus.db" "$here"/../examples/story/*.txt > /dev/null 2>&1
taskset -c 0 "$chorus" serve --db "$work/chorus.db" --port 0 --rate-limit 0 --threads "$connections" \
  > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  grep -q "listening on" "$work/serve.log" && break
  sleep 0.1
done
base="$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/serve.log")"
[ -n "$base" ] || { echo "serve_bench: the server did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

# The biggest story (the example), fetched once to build and cache its brief.
read -r id bytes < <(python3 - "$base" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
stories = json.load(urllib.request.urlopen(base + "/api/stories?sort=biggest&limit=1"))
sid = stories["stories"][0]["id"]
body = urllib.request.urlopen(f"{base}/api/stories/{sid}").read()
print(sid, len(body))
PY
)
url="$base/api/stories/$id"

cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
ticks="$(getconf CLK_TCK)"
before="$(cpu)"
taskset -c 1 wrk -t1 -c"$connections" -d"${seconds}s" --latency "$url" | tee "$work/wrk.txt"
after="$(cpu)"

python3 - "$work/wrk.txt" "$before" "$after" "$ticks" "$bytes" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
before, after, ticks, size = float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
requests = int(re.search(r"(\d+) requests in", text).group(1))
value, unit = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s)\s*$", text, re.M).groups()
p99 = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
cpu = (after - before) / ticks
print(f"serve_bench: rps={rps:.0f} p99_ms={p99:.2f} requests={requests} "
      f"non2xx={errors.group(1) if errors else 0} server_cpu_s={cpu:.2f} "
      f"rps_per_cpu_s={requests / cpu if cpu > 0 else 0:.0f} bytes={size}")
PY
