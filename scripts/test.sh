#!/usr/bin/env bash
# Builds chorus (release preset) and runs every test with CTest.
# Tests read evaluation data from ../shared when present (CHORUS_SHARED overrides the path).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --workflow --preset test
