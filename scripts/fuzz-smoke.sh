#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14) and runs each for a short, bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
exec fuzz/smoke.sh "$@"
