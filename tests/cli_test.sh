#!/usr/bin/env bash
# Process-level tests of the chorus command: exit codes, error lines, output formats.
# Usage: cli_test.sh CHORUS_BINARY REPO_DIR
set -u
chorus=$1
repo=$2
shared=${CHORUS_SHARED:-$repo/../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
pass=0
check() {  # check NAME CONDITION...
  local name=$1
  shift
  if "$@"; then pass=$((pass + 1)); else echo "FAIL: $name"; fail=$((fail + 1)); fi
}

# Usage errors exit 2.
"$chorus" brief >/dev/null 2>&1
check "no input is a usage error" test $? -eq 2
"$chorus" brief --format pdf "$repo/examples/story" >/dev/null 2>&1
check "unknown format is a usage error" test $? -eq 2
"$chorus" --help | grep -q brief
check "--help lists brief" test $? -eq 0
"$chorus" brief --help | grep -q -- --words
check "brief --help lists --words" test $? -eq 0

# Bad inputs: one line each naming the input; the others are still briefed; exit 1.
mkdir -p "$tmp/in"
cp "$shared"/seeds/*.txt "$tmp/in/"
: > "$tmp/in/empty.txt"
printf 'GIF89a\x00\x01\x02\x03\x00\x00binary\x00' > "$tmp/in/picture.txt"
"$chorus" brief --format json "$tmp/in" "$tmp/missing.txt" >"$tmp/out.json" 2>"$tmp/err"
rc=$?
check "bad inputs exit 1" test $rc -eq 1
check "empty input named" grep -q "empty.txt" "$tmp/err"
check "binary input named" grep -q "picture.txt" "$tmp/err"
check "missing input named" grep -q "missing.txt" "$tmp/err"
check "one line per bad input" test "$(wc -l < "$tmp/err")" -eq 3
check "good inputs still briefed" python3 -c "
import json,sys
b=json.load(open('$tmp/out.json'))
assert b['schema']=='chorus.brief/1'
assert len(b['sources'])==5, len(b['sources'])
"

# Formats.
"$chorus" brief --format text "$shared/seeds" >"$tmp/summary.txt" 2>/dev/null
check "text format exits 0" test $? -eq 0
check "text format is the summary only" test "$(grep -c . "$tmp/summary.txt")" -ge 1
"$chorus" brief --format html -o "$tmp/brief.html" "$shared/seeds" 2>/dev/null
check "-o writes the file" grep -q "<html" "$tmp/brief.html"
check "html has no script" bash -c "! grep -qi '<script' '$tmp/brief.html'"
"$chorus" brief --words 60 --format json "$shared/seeds" >"$tmp/short.json" 2>/dev/null
check "--words bounds the summary" python3 -c "
import json,re
b=json.load(open('$tmp/short.json'))
n=len(re.findall(r\"[^\W_]+(?:['’-][^\W_]+)*\", b['summary']['text']))
assert 0 < n <= 60, n
"

echo "$pass passed, $fail failed"
test $fail -eq 0
