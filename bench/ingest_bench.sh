#!/usr/bin/env bash
# Whole-process ingest benchmark (issue 5): streams N articles (default 100,000) through
# `chorus ingest` into a fresh store and reports articles/s overall, for the first and the
# last 1,000 articles, and peak memory (max RSS from /usr/bin/time -v). Rates are given per
# CPU-second (user + system) as well as per wall-clock second, since wall time depends on
# what else the machine runs. The last line is machine-readable:
#   ingest_bench: articles=N stories=S cpu_s=... wall_s=... per_cpu_s=... per_wall_s=...
#                 first1k_us=... last1k_us=... rss_mb=... db_mb=...
# (first1k_us / last1k_us: CPU microseconds per article over the first and the last 1,000).
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
# Per-1,000 lines: "at N articles: WALL s, R articles/s over the last 1000; cpu CPU s".
python3 - "$work/log.txt" "$work/bench.db" "$n" <<'PY'
import os, re, sys
log, db, n = open(sys.argv[1]).read(), sys.argv[2], int(sys.argv[3])
marks = [(int(a), float(w), float(c)) for a, w, c in
         re.findall(r"at (\d+) articles: ([\d.]+) s, .*?; cpu ([\d.]+) s", log)]
def field(name):
    m = re.search(re.escape(name) + r".*: (\S+)$", log, re.M)
    return m.group(1) if m else "0"
def seconds(clock):  # h:mm:ss or m:ss.ss
    parts = [float(p) for p in clock.split(":")]
    return sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
user, system = float(field("User time (seconds)")), float(field("System time (seconds)"))
cpu, wall = user + system, seconds(field("Elapsed (wall clock) time (h:mm:ss or m:ss)"))
rss_mb = int(field("Maximum resident set size (kbytes)")) / 1024
stories = re.search(r"holds \d+ articles in (\d+) stories", log)
def per_article(i, j, k):  # microseconds per article between marks i and j, column k
    a0, t0 = (0, 0.0) if i < 0 else (marks[i][0], marks[i][k])
    return (marks[j][k] - t0) / (marks[j][0] - a0) * 1e6
first_us = per_article(-1, 0, 2) if marks else 0
last_us = per_article(len(marks) - 2, len(marks) - 1, 2) if len(marks) > 1 else 0
first_wall = per_article(-1, 0, 1) if marks else 0
last_wall = per_article(len(marks) - 2, len(marks) - 1, 1) if len(marks) > 1 else 0
db_mb = os.path.getsize(db) / 2**20
print(f"CPU time (user + system, /usr/bin/time -v): {cpu:.1f} s = "
      f"{n / cpu:,.0f} articles per CPU-second")
print(f"wall clock: {wall:.1f} s = {n / wall:,.0f} articles/s (depends on machine load)")
print(f"CPU per article: first 1,000 {first_us:.0f} us (includes start-up), "
      f"last 1,000 {last_us:.0f} us; wall: {first_wall:.0f} / {last_wall:.0f} us")
print(f"peak RSS {rss_mb:.0f} MiB; store {db_mb:.0f} MiB")
print(f"ingest_bench: articles={n} stories={stories.group(1) if stories else 0} cpu_s={cpu:.2f} "
      f"wall_s={wall:.2f} per_cpu_s={n / cpu:.0f} per_wall_s={n / wall:.0f} "
      f"first1k_us={first_us:.0f} last1k_us={last_us:.0f} rss_mb={rss_mb:.0f} db_mb={db_mb:.0f}")
PY
