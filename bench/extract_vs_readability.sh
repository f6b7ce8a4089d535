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

now() { date +%s.%N; }
run_timed() {  # prints wall seconds of the command
  local t0 t1
  t0=$(now)
  "$@" > /dev/null
  t1=$(now)
  echo "$t1 - $t0" | bc -l
}

t_read=$(run_timed node "$here/readability/readability_bench.js" "${pages[@]}")
t_one=$(run_timed "$chorus" extract --threads 1 --format jsonl "${pages[@]}")
t_all=$(run_timed "$chorus" extract --format jsonl "${pages[@]}")
cores=$(nproc)

rate() { awk -v n="$n" -v t="$1" 'BEGIN { printf "%.1f", n / t }'; }
mbs() { awk -v b="$bytes" -v t="$1" 'BEGIN { printf "%.2f", b / 1e6 / t }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", a / b }'; }

echo "Pages: $n from $pages_dir ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB of HTML), $cores cores"
echo
echo "| tool | seconds | pages/s | MB/s | speed-up over Readability.js |"
echo "|---|---:|---:|---:|---:|"
printf '| Readability.js (jsdom 24, 1 process) | %.2f | %s | %s | 1 |\n' "$t_read" "$(rate "$t_read")" "$(mbs "$t_read")"
printf '| chorus extract --threads 1 | %.2f | %s | %s | %s |\n' "$t_one" "$(rate "$t_one")" "$(mbs "$t_one")" "$(ratio "$t_read" "$t_one")"
printf '| chorus extract (%s threads) | %.2f | %s | %s | %s |\n' "$cores" "$t_all" "$(rate "$t_all")" "$(mbs "$t_all")" "$(ratio "$t_read" "$t_all")"
