#!/usr/bin/env bash
# Installs everything chorus needs to build, test and benchmark on Debian 12.
# Debian packages only, plus the npm packages of the browser tests (tests/web, npm ci).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
packages=(
  build-essential cmake ninja-build pkg-config ccache git
  libicu-dev libgumbo-dev libxml2-dev zlib1g-dev libsqlite3-dev libstemmer-dev
  libcpp-httplib-dev nlohmann-json3-dev libcli11-dev libspdlog-dev libfmt-dev
  libexpected-dev libxxhash-dev libcld2-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang-14 libclang-rt-14-dev clang-format
  wamerican wordnet-base python3 time
  wrk
  chromium
)
# node for the browser tests (tests/web); a node already on PATH (e.g. a newer one) is kept.
if ! command -v node >/dev/null 2>&1; then packages+=(nodejs npm); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "install-deps: all ${#packages[@]} packages present"
fi
# npm packages of the browser tests (tests/web: playwright-core, pinned by package-lock.json).
web_tests="$(cd "$(dirname "$0")/.." && pwd)/tests/web"
if (cd "$web_tests" && npm ls --depth=0 >/dev/null 2>&1); then
  echo "install-deps: tests/web npm packages present"
else
  echo "install-deps: npm ci in tests/web"
  (cd "$web_tests" && npm ci --no-audit --no-fund --loglevel=error)
fi
