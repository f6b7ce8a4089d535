#!/usr/bin/env bash
# Whole-process brief benchmark: wall time and peak memory of `chorus brief` for 5 (the seeds),
# 10, 50 and 500 reports (from ../shared/data), one core. Prints a Markdown table.
# Usage: bench/brief_bench.sh [CHORUS_BINARY]
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
echo "| reports | input KB | wall ms (best of 5) | peak RSS MB |"
echo "|---:|---:|---:|---:|"
for n in 5 10 50 500; do
  kb=$(du -sk "$tmp/$n" | cut -f1)
  best=""; rss=0
  for _ in 1 2 3 4 5; do
    out=$( { taskset -c 0 /usr/bin/time -f "%e %M" "$chorus" brief --format json "$tmp/$n" >/dev/null; } 2>&1 | tail -1)
    ms=$(awk -v s="${out% *}" 'BEGIN{printf "%d", s*1000}')
    rss=${out#* }
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "| $n | $kb | $best | $(awk -v k="$rss" 'BEGIN{printf "%.1f", k/1024}') |"
done
