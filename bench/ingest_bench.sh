#!/usr/bin/env bash
# Whole-process ingest benchmark (issue 5): streams N articles (default 100,000) through
# `chorus ingest` into a fresh store and reports articles/s overall, for the first and the
# last 1,000 articles, and peak memory (max RSS from /usr/bin/time -v).
#
#   bench/ingest_bench.sh [CHORUS_BINARY] [N]
#
# The stream is built from the ../shared/data sets (ECB+, NeuS, Multi-News, DUC 2004),
# repeated with new ids, URLs and dates: repetition r is dated r * 45 days later, so a repeat
# is a new article of a new story rather than a copy (near-duplicates more than a week apart
# are not linked as copies), and every article goes through the clustering path.
# The stream is written to a temporary folder and never into the repository.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
chorus="${1:-$here/../build/release/chorus}"
n="${2:-100000}"
shared="${CHORUS_SHARED:-$here/../../shared}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$shared/data" "$n" > "$work/stream.jsonl" <<'PY'
import datetime, json, sys
data, n = sys.argv[1], int(sys.argv[2])
base = []
for line in open(f"{data}/ecbplus/dev.jsonl"):
    r = json.loads(line)
    base.append((r["id"], r.get("title"), r["text"]))
for name in ("neus", "multinews", "duc2004"):
    for line in open(f"{data}/{name}/dev.jsonl"):
        for d in json.loads(line)["docs"]:
            if d.get("text"):
                base.append((d["id"], d.get("title"), d["text"]))
start = datetime.date(2020, 1, 1)
out = sys.stdout
for i in range(n):
    r, k = divmod(i, len(base))
    bid, title, text = base[k]
    day = start + datetime.timedelta(days=r * 45 + (k * 7) // len(base))
    row = {"id": f"{bid}-r{r}", "url": f"https://example.org/{r}/{bid}", "text": text,
           "published": day.isoformat()}
    if title:
        row["title"] = title
    out.write(json.dumps(row) + "\n")
PY
echo "stream: $n articles, $(du -h "$work/stream.jsonl" | cut -f1) (from $(python3 -c "
import sys; print(sum(1 for _ in open('$work/stream.jsonl')))") lines)"

/usr/bin/time -v "$chorus" ingest --db "$work/bench.db" --log-every 1000 "$work/stream.jsonl" \
  2> "$work/log.txt" || { cat "$work/log.txt"; exit 1; }
grep -E "^chorus ingest: [0-9]+ articles read" "$work/log.txt"
first=$(grep -m1 "at 1000 articles" "$work/log.txt" | sed -E 's/.* ([0-9]+) articles\/s.*/\1/')
last=$(grep "over the last" "$work/log.txt" | tail -1 | sed -E 's/.* ([0-9]+) articles\/s.*/\1/')
rss=$(grep "Maximum resident set size" "$work/log.txt" | awk '{print $NF}')
wall=$(grep "Elapsed (wall clock)" "$work/log.txt" | awk '{print $NF}')
cpu_user=$(grep "User time" "$work/log.txt" | awk '{print $NF}')
cpu_sys=$(grep "System time" "$work/log.txt" | awk '{print $NF}')
echo "first 1,000 articles: $first articles/s; last 1,000: $last articles/s"
echo "wall $wall, user ${cpu_user}s, system ${cpu_sys}s, peak RSS $((rss / 1024)) MiB"
echo "store: $(du -h "$work/bench.db" | cut -f1)"
