#!/usr/bin/env bash
# Whole-process extraction speed: Mozilla Readability (npm @mozilla/readability on jsdom@24,
# one node process for all pages) against `chorus extract --threads 1` and `chorus extract`
# (all cores) on the same pages, in one run, so both see the same machine load.
#
#   bench/extract_vs_readability.sh [CHORUS_BIN] [PAGES_DIR] [MAX_PAGES]
#
# Defaults: build/release/chorus, ../shared/data/aeb/html (181 pages, gzipped), all pages.
# Each tool is timed from process start to exit, and reads the .html.gz files itself.
# Prints a Markdown table: pages/s, MB/s (uncompressed HTML), and chorus' speed-up.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
chorus="${1:-$repo/build/release/chorus}"
pages_dir="${2:-$repo/../shared/data/aeb/html}"
max="${3:-0}"

[ -x "$chorus" ] || { echo "no chorus binary at $chorus (build it first)" >&2; exit 1; }
if [ ! -d "$here/readability/node_modules/@mozilla/readability" ]; then
  (cd "$here/readability" && npm install --no-audit --no-fund --silent)
fi

mapfile -t pages < <(find "$pages_dir" -maxdepth 1 -name '*.html*' | sort)
if [ "$max" -gt 0 ] && [ "${#pages[@]}" -gt "$max" ]; then pages=("${pages[@]:0:$max}"); fi
n=${#pages[@]}
[ "$n" -gt 0 ] || { echo "no pages in $pages_dir" >&2; exit 1; }
bytes=0
for p in "${pages[@]}"; do
  case "$p" in
    *.gz) b=$(gzip -dc "$p" | wc -c) ;;
    *) b=$(wc -c < "$p") ;;
  esac
  bytes=$((bytes + b))
done

# Each run is timed by /usr/bin/time: wall seconds and CPU seconds (user + sys). On a shared,
# loaded machine wall time mostly measures the other jobs, so single-process speed (pages/s,
# MB/s, speed-up) is computed from CPU time; the all-cores row is wall time (its point is
# elapsed time), with its speed-up over chorus --threads 1 wall time from the same run.
run_timed() {  # prints "wall cpu" seconds of the command
  local out
  out=$(mktemp)
  /usr/bin/time -f "%e %U %S" -o "$out" "$@" > /dev/null
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$out"
  rm -f "$out"
}

read -r w_read t_read < <(run_timed node "$here/readability/readability_bench.js" "${pages[@]}")
read -r w_one t_one < <(run_timed "$chorus" extract --threads 1 --format jsonl "${pages[@]}")
read -r w_all c_all < <(run_timed "$chorus" extract --format jsonl "${pages[@]}")
t_all=$w_all
cores=$(nproc)

rate() { awk -v n="$n" -v t="$1" 'BEGIN { printf "%.1f", n / t }'; }
mbs() { awk -v b="$bytes" -v t="$1" 'BEGIN { printf "%.2f", b / 1e6 / t }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", a / b }'; }
ratio1() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "Pages: $n from $pages_dir ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB of HTML), $cores cores, load $(cut -d' ' -f1 /proc/loadavg)"
echo
echo "| tool | wall s | CPU s | pages/s (CPU) | MB/s (CPU) | speed-up over Readability.js (CPU) |"
echo "|---|---:|---:|---:|---:|---:|"
printf '| Readability.js (jsdom 24, 1 process) | %.2f | %.2f | %s | %s | 1 |\n' "$w_read" "$t_read" "$(rate "$t_read")" "$(mbs "$t_read")"
printf '| chorus extract --threads 1 | %.2f | %.2f | %s | %s | %s |\n' "$w_one" "$t_one" "$(rate "$t_one")" "$(mbs "$t_one")" "$(ratio "$t_read" "$t_one")"
echo
echo "All cores ($cores threads): $w_all s wall ($c_all s CPU), $(rate "$w_all") pages/s, $(mbs "$w_all") MB/s wall;" \
  "$(ratio1 "$w_one" "$w_all")x the wall speed of --threads 1 in this run, $(ratio "$w_read" "$w_all")x Readability.js wall."
# One machine-readable line for bench/run_all.sh (bench/report.py).
echo "extract_bench: pages=$n mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') cores=$cores" \
  "readability_pps=$(rate "$t_read") readability_mbps=$(mbs "$t_read")" \
  "chorus1_pps=$(rate "$t_one") chorus1_mbps=$(mbs "$t_one") speedup1=$(ratio "$t_read" "$t_one")" \
  "chorusall_pps=$(rate "$t_all") chorusall_mbps=$(mbs "$t_all") speedupall=$(ratio "$t_read" "$t_all")"
