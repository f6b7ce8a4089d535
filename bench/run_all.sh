#!/usr/bin/env bash
# Runs every benchmark of the project and regenerates docs/benchmarks.md and
# docs/benchmarks.svg from what it measured (bench/report.py). Nothing in those two files is
# written by hand.
#
#   bench/run_all.sh [--quick] [--build DIR] [--out DIR] [--no-docs]
#
#   --quick     smaller runs (ingest 20,000 articles instead of 100,000; fewer repetitions)
#   --build DIR build tree with the chorus binary and bench/*_bench (default build/release)
#   --out DIR   where raw results go (default build/bench-results)
#   --no-docs   measure only; leave docs/ untouched
#
# Whole-process benchmarks (each prints one or more `<name>_bench: key=value ...` lines, the
# only part report.py reads):
#   bench/brief_bench.sh              chorus brief at 5, 10, 50, 500 reports
#   bench/extract_vs_readability.sh   chorus extract against Mozilla Readability.js
#   bench/ingest_bench.sh             a stream of articles through chorus ingest
#   bench/serve_bench.sh              wrk against GET /api/stories/{id}
# Micro-benchmarks: every bench/*_bench executable, with Google Benchmark's JSON output.
# Everything runs pinned to one core (taskset -c 0) where the script allows it.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
build="$repo/build/release"
out=""
quick=0
docs=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --build) build="$2"; shift ;;
    --out) out="$2"; shift ;;
    --no-docs) docs=0 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run_all: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
build="$(cd "$build" && pwd)"
out="${out:-$build/bench-results}"
chorus="$build/chorus"
[ -x "$chorus" ] || { echo "run_all: no chorus binary at $chorus (build first)" >&2; exit 1; }
mkdir -p "$out"
rm -f "$out"/*.txt "$out"/*.json

step() { echo "== $* ($(date +%H:%M:%S))" >&2; }
pin() { if command -v taskset >/dev/null; then taskset -c 0 "$@"; else "$@"; fi; }

# The machine, so every figure can be read against it.
{
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  echo "commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  echo "cores=$(nproc)"
  echo "memory_gb=$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)"
  echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "compiler=$(c++ --version | head -1)"
  echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "quick=$quick"
} > "$out/machine.txt"

failed=()
run() {  # run NAME COMMAND...: keeps stdout in $out/NAME.txt, records failures
  local name="$1"; shift
  step "$name"
  if ! "$@" > "$out/$name.txt" 2> "$out/$name.err"; then
    echo "run_all: $name failed (see $out/$name.err)" >&2
    failed+=("$name")
  fi
}

reps=5; ingest_n=100000; micro_min=0.5
if [ "$quick" -eq 1 ]; then reps=2; ingest_n=20000; micro_min=0.1; fi

for exe in "$build"/bench/*_bench; do
  [ -x "$exe" ] || continue
  name="$(basename "$exe")"
  step "micro $name"
  if ! pin "$exe" --benchmark_format=json --benchmark_min_time="$micro_min" \
      > "$out/micro_$name.json" 2> "$out/micro_$name.err"; then
    echo "run_all: $name failed (see $out/micro_$name.err)" >&2
    failed+=("$name")
  fi
done

BRIEF_BENCH_REPS="$reps" run brief "$repo/bench/brief_bench.sh" "$chorus"
run extract "$repo/bench/extract_vs_readability.sh" "$chorus"
run ingest "$repo/bench/ingest_bench.sh" "$chorus" "$ingest_n"
if [ -x "$repo/bench/serve_bench.sh" ]; then
  run serve "$repo/bench/serve_bench.sh" "$chorus"
fi
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"

if [ "$docs" -eq 1 ]; then
  step "report"
  python3 "$repo/bench/report.py" "$out" --markdown "$repo/docs/benchmarks.md" \
    --svg "$repo/docs/benchmarks.svg"
  echo "run_all: wrote docs/benchmarks.md and docs/benchmarks.svg" >&2
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "run_all: failed: ${failed[*]}" >&2
  exit 1
fi
