#!/usr/bin/env bash
# Whole-process brief benchmark: wall time and peak memory of `chorus brief` for 5 (the seeds),
# 10, 50 and 500 reports (from ../shared/data), one core. Prints a Markdown table, then one
# machine-readable line per size:
#   brief_bench: reports=500 ms=... cpu_ms=... rss_mb=... input_kb=...
# Usage: bench/brief_bench.sh [CHORUS_BINARY]   (BRIEF_BENCH_REPS=N runs per size, default 5)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
chorus=${1:-$repo/build/release/chorus}
shared=${CHORUS_SHARED:-$repo/../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$shared" "$tmp" <<'PY'
import json, os, sys
shared, tmp = sys.argv[1], sys.argv[2]
docs = []
for name in ("duc2004", "multinews"):
    with open(os.path.join(shared, "data", name, "dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            docs += [d["text"] for d in json.loads(line)["docs"]]
for n in (10, 50, 500):
    os.makedirs(f"{tmp}/{n}")
    for i, text in enumerate(docs[:n]):
        with open(f"{tmp}/{n}/d{i:04d}.txt", "w", encoding="utf-8") as out:
            out.write(text)
PY
cp -r "$shared/seeds" "$tmp/5"
# CPU time (user + sys) is the figure to compare on a loaded machine; wall time is what a user
# waits. Each size runs 5 times; the best (lowest) of each is kept.
echo "| reports | input KB | wall ms (best run) | CPU ms (best run) | peak RSS MB |"
echo "|---:|---:|---:|---:|---:|"
lines=()
for n in 5 10 50 500; do
  kb=$(du -sk "$tmp/$n" | cut -f1)
  best=""; best_cpu=""; rss=0
  for _ in $(seq "${BRIEF_BENCH_REPS:-5}"); do
    out=$( { taskset -c 0 /usr/bin/time -f "%e %U %S %M" "$chorus" brief --format json "$tmp/$n" >/dev/null; } 2>&1 | tail -1)
    read -r wall user sys kbytes <<<"$out"
    ms=$(awk -v s="$wall" 'BEGIN{printf "%d", s*1000}')
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%d", (u+s)*1000}')
    if [ "$kbytes" -gt "$rss" ]; then rss=$kbytes; fi
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    if [ -z "$best_cpu" ] || [ "$cpu" -lt "$best_cpu" ]; then best_cpu=$cpu; fi
  done
  mb=$(awk -v k="$rss" 'BEGIN{printf "%.1f", k/1024}')
  echo "| $n | $kb | $best | $best_cpu | $mb |"
  lines+=("brief_bench: reports=$n ms=$best cpu_ms=$best_cpu rss_mb=$mb input_kb=$kb")
done
# Machine-readable summary, one line per size (collected into docs/benchmarks.md).
echo
printf '%s\n' "${lines[@]}"
