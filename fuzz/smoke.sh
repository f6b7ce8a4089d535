#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 and runs each for a short, bounded time
# (FUZZ_SECONDS, default 20) from the reader test files as seed corpus. Exit status is
# non-zero when a fuzzer finds a crash, a leak, or runs out of the memory limit.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-20}"
build=build/fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-14 -DCHORUS_FUZZ=ON -DCHORUS_BUILD_TESTS=OFF \
  -DCHORUS_BUILD_BENCH=OFF > "$build.log" 2>&1 || { cat "$build.log"; exit 1; }
cmake --build "$build" -j2 --target html_fuzzer feed_fuzzer warc_fuzzer
for f in html_fuzzer feed_fuzzer warc_fuzzer; do
  corpus="$build/corpus-$f"
  mkdir -p "$corpus"
  cp src/read/testdata/* "$corpus/"
  echo "== $f for ${seconds}s"
  "$build/fuzz/$f" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=1048576 \
    -timeout=10 -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
done
