#!/usr/bin/env bash
# Browser tests of the web pages (tests/web): builds a store in a temporary folder from
# examples/story and the hostile article (tests/web/fixtures/hostile.jsonl), starts
# `chorus serve` on a free port of 127.0.0.1 (--port 0), runs the node:test suites in headless Chromium
# (Debian's chromium driven by playwright-core), and always stops the server.
#
#   scripts/web-test.sh CHORUS_BINARY
#
# CHORUS_SCREENSHOTS=1 also writes docs/screenshots/{home,story,story-phone}.png
# (CHORUS_SCREENSHOT_DIR overrides the folder). CHROMIUM overrides /usr/bin/chromium.
# Exit status 77 (CTest: skipped) when node or chromium is missing, except under CI=true,
# where that is a failure: scripts/install-deps.sh installs both.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
chorus=$(realpath "${1:?usage: scripts/web-test.sh CHORUS_BINARY}")
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

missing() {
  if [ -n "${CI:-}" ]; then
    echo "web-test: FAILED: $1 (CI must have it: scripts/install-deps.sh installs it)" >&2
    exit 1
  fi
  echo "web-test: SKIPPED: $1; scripts/install-deps.sh installs it" >&2
  exit 77
}
command -v node >/dev/null 2>&1 || missing "node is not installed"
[ -x "$CHROMIUM" ] || missing "chromium is not installed at $CHROMIUM"
if [ ! -f "$root/tests/web/node_modules/playwright-core/package.json" ]; then
  echo "web-test: installing the test packages (npm ci in tests/web)"
  (cd "$root/tests/web" && npm ci --no-audit --no-fund --loglevel=error) ||
    missing "npm ci in tests/web failed (playwright-core)"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/chorus-web-test.XXXXXX")
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

"$chorus" ingest --db "$tmp/chorus.db" "$root/examples/story" "$root/tests/web/fixtures/hostile.jsonl" \
  >"$tmp/ingest.log" 2>&1 || { cat "$tmp/ingest.log" >&2; exit 1; }

healthy() {
  node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"
}

# --port 0: the kernel picks a free port; the server prints the address it listens on.
"$chorus" serve --db "$tmp/chorus.db" --host 127.0.0.1 --port 0 >"$tmp/serve.log" 2>&1 &
server=$!
url=""
for _ in $(seq 300); do  # the server opens the store and listens within a few seconds
  url=$(sed -n 's|.*listening on \(http://127\.0\.0\.1:[0-9][0-9]*\).*|\1|p' "$tmp/serve.log" | head -n 1)
  if [ -n "$url" ] && healthy "$url/healthz"; then break; fi
  url=""
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$url" ]; then
  echo "web-test: chorus serve did not start; its log:" >&2
  cat "$tmp/serve.log" >&2
  exit 1
fi
echo "web-test: chorus serve on $url ($(sed -n 's/.*holds //p' "$tmp/ingest.log"))"

status=0
(cd "$root/tests/web" && CHORUS_URL="$url" node --test pages.test.js hostile.test.js) || status=$?
if [ "$status" -ne 0 ]; then
  echo "web-test: FAILED; the server's log:" >&2
  tail -n 40 "$tmp/serve.log" >&2
fi
exit "$status"
