#!/usr/bin/env python3
"""Turns the raw results of bench/run_all.sh into docs/benchmarks.md and docs/benchmarks.svg.

    python3 bench/report.py RESULTS_DIR --markdown docs/benchmarks.md --svg docs/benchmarks.svg

Reads RESULTS_DIR/machine.txt (key=value lines), RESULTS_DIR/micro_*.json (Google Benchmark
JSON) and the `<name>_bench: key=value ...` lines of RESULTS_DIR/{brief,extract,ingest,serve}.txt.
Every number in the two outputs comes from those files; a benchmark that did not run is shown
as "not measured", never guessed. Standard library only.
"""
import argparse
import glob
import json
import math
import os
import re
import sys

LINE = re.compile(r"^(\w+_bench): (.*)$")

# Aims from the issues. kind "min": measured must be >= aim; "max": measured must be < aim.
AIMS = {
    "brief10_ms": (10.0, "max", "issue 2: 10 reports under 10 ms"),
    "brief500_ms": (1000.0, "max", "issue 2: 500 reports under 1 s"),
    "extract_speedup": (50.0, "min", "issue 4: at least 50x Readability.js (goal 200x)"),
    "ingest_rate": (2000.0, "min", "issue 5: at least 2,000 articles/s on one core"),
    "serve_rps": (2000.0, "min", "issue 6: 2,000 requests/s on one core"),
    "serve_p99": (20.0, "max", "issue 6: p99 under 20 ms"),
}


def read_kv_lines(path):
    """All `<name>_bench: k=v ...` lines of a file, as a list of (name, dict)."""
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = LINE.match(line.strip())
            if not m:
                continue
            kv = {}
            for part in m.group(2).split():
                if "=" in part:
                    k, v = part.split("=", 1)
                    kv[k] = v
            rows.append((m.group(1), kv))
    return rows


def num(v, default=None):
    try:
        return float(v)
    except (TypeError, ValueError):
        return default


def read_machine(path):
    out = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if "=" in line:
                    k, v = line.rstrip("\n").split("=", 1)
                    out[k] = v
    return out


def read_micro(results):
    """Google Benchmark results: [(executable, name, cpu_ms, extra)]."""
    scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}
    rows = []
    for path in sorted(glob.glob(os.path.join(results, "micro_*.json"))):
        exe = os.path.basename(path)[len("micro_"):-len(".json")]
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, json.JSONDecodeError):
            continue
        for b in data.get("benchmarks", []):
            if b.get("run_type") == "aggregate":
                continue
            ms = b["cpu_time"] * scale.get(b.get("time_unit", "ns"), 1e-6)
            extra = ""
            if "bytes_per_second" in b:
                extra = f"{b['bytes_per_second'] / 1e6:.1f} MB/s"
            elif "items_per_second" in b:
                extra = f"{b['items_per_second']:,.0f} items/s"
            rows.append((exe, b["name"], ms, extra))
    return rows


def fmt_ms(ms):
    if ms is None:
        return "not measured"
    if ms < 0.01:
        return f"{ms * 1000:.2f} µs"
    if ms < 1:
        return f"{ms * 1000:.0f} µs"
    if ms < 100:
        return f"{ms:.1f} ms"
    return f"{ms:,.0f} ms"


def verdict(key, value):
    if value is None:
        return "not measured"
    aim, kind, _ = AIMS[key]
    ok = value >= aim if kind == "min" else value < aim
    return "met" if ok else "**missed**"


def collect(results):
    """The headline figures as a dict; missing ones are None."""
    f = {"brief": [], "micro_brief": {}}
    for _, kv in read_kv_lines(os.path.join(results, "brief.txt")):
        f["brief"].append(kv)
    for exe, name, ms, _ in read_micro(results):
        if exe == "brief_bench":
            m = re.match(r"BM_Brief(Seeds|Data/(\d+))", name)
            if m:
                f["micro_brief"][5 if m.group(1) == "Seeds" else int(m.group(2))] = ms
    ex = read_kv_lines(os.path.join(results, "extract.txt"))
    f["extract"] = ex[-1][1] if ex else {}
    ing = read_kv_lines(os.path.join(results, "ingest.txt"))
    f["ingest"] = ing[-1][1] if ing else {}
    srv = read_kv_lines(os.path.join(results, "serve.txt"))
    f["serve"] = srv[-1][1] if srv else {}
    return f


def headline_rows(f):
    """(figure, measured, aim, verdict) rows of the summary table."""
    rows = []
    mb = f["micro_brief"]
    for n, key in ((10, "brief10_ms"), (500, "brief500_ms")):
        v = mb.get(n)
        rows.append((f"brief, {n} reports, in process (CPU)", fmt_ms(v), AIMS[key][2],
                     verdict(key, v)))
    ex = f["extract"]
    sp = num(ex.get("speedup1"))
    rows.append(("extract --threads 1 vs Readability.js (pages/s ratio)",
                 f"{sp:.0f}x" if sp else "not measured", AIMS["extract_speedup"][2],
                 verdict("extract_speedup", sp)))
    ing = f["ingest"]
    rate = num(ing.get("per_cpu_s"))
    rows.append(("ingest, articles per CPU-second", f"{rate:,.0f}" if rate else "not measured",
                 AIMS["ingest_rate"][2], verdict("ingest_rate", rate)))
    srv = f["serve"]
    rps, p99 = num(srv.get("rps")), num(srv.get("p99_ms"))
    rows.append(("serve GET /api/stories/{id}, requests/s", f"{rps:,.0f}" if rps else
                 "not measured", AIMS["serve_rps"][2], verdict("serve_rps", rps)))
    rows.append(("serve GET /api/stories/{id}, p99", fmt_ms(p99), AIMS["serve_p99"][2],
                 verdict("serve_p99", p99)))
    return rows


def md_table(header, rows, align=None):
    align = align or ["---"] * len(header)
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def markdown(results, f, machine, svg_name):
    p = []
    p.append("# Benchmarks\n")
    p.append("<!-- Generated by bench/run_all.sh (bench/report.py) from measured results. "
             "Do not edit by hand: run `bench/run_all.sh` to refresh. -->\n")
    p.append(f"Measured {machine.get('date', '?')} at commit `{machine.get('commit', '?')}` on "
             f"{machine.get('cpu', '?')}, {machine.get('cores', '?')} cores, "
             f"{machine.get('memory_gb', '?')} GiB, {machine.get('os', '?')}, "
             f"{machine.get('compiler', '?')}. Load average before / after: "
             f"{machine.get('load', '?')} / {machine.get('load_after', '?')}"
             f"{' (quick run)' if machine.get('quick') == '1' else ''}. Single-core figures "
             "are pinned with `taskset -c 0`.\n")
    p.append(f"![benchmark chart]({svg_name})\n")
    p.append("## Against the aims\n")
    p.append(md_table(["figure", "measured", "aim", ""], headline_rows(f)))
    p.append("\n## Brief latency and memory at several sizes\n")
    p.append("In process: `bench/brief_bench` (Google Benchmark, CPU time of `BuildBrief`). "
             "Whole process: `bench/brief_bench.sh` (`chorus brief --format json DIR`, best "
             "run, peak RSS from `/usr/bin/time`, which resolves 10 ms).\n")
    rows = []
    whole = {int(num(kv.get("reports"), 0)): kv for kv in f["brief"]}
    for n in sorted(set(f["micro_brief"]) | set(whole)):
        inproc = f["micro_brief"].get(n)
        kv = whole.get(n, {})
        ms, cpu, rss = num(kv.get("ms")), num(kv.get("cpu_ms")), num(kv.get("rss_mb"))
        rows.append((n, fmt_ms(inproc), fmt_ms(inproc / n) if inproc else "-",
                     fmt_ms(ms), fmt_ms(cpu), f"{rss:.1f}" if rss else "-"))
    p.append(md_table(["reports", "in process", "per report", "whole process (wall)",
                       "whole process (CPU)", "peak RSS MB"], rows, ["---:"] * 6))
    ex = f["extract"]
    p.append("\n## Article extraction against Mozilla Readability.js\n")
    p.append("`bench/extract_vs_readability.sh`: the same pages, one run, each tool timed from "
             "process start to exit (Readability.js: `@mozilla/readability` on `jsdom@24`, one "
             "node process).\n")
    if ex:
        p.append(md_table(
            ["tool", "pages/s", "MB/s", "ratio to Readability.js"],
            [("Readability.js", ex.get("readability_pps", "-"), ex.get("readability_mbps", "-"), "1"),
             ("chorus extract --threads 1", ex.get("chorus1_pps", "-"), ex.get("chorus1_mbps", "-"),
              ex.get("speedup1", "-")),
             (f"chorus extract ({machine.get('cores', '?')} threads)", ex.get("chorusall_pps", "-"),
              ex.get("chorusall_mbps", "-"), ex.get("speedupall", "-"))],
            ["---", "---:", "---:", "---:"]))
        p.append(f"\n{ex.get('pages', '?')} pages, {ex.get('mb', '?')} MB of HTML.")
    else:
        p.append("not measured")
    ing = f["ingest"]
    p.append("\n## Ingest: a stream through `chorus ingest`\n")
    p.append("`bench/ingest_bench.sh`: articles from the `../shared/data` sets repeated with new "
             "ids and dates, into a fresh SQLite store (clustering, near-duplicates, FTS5).\n")
    if ing:
        p.append(md_table(
            ["articles", "CPU s", "wall s", "articles per CPU-s", "first 1,000 (µs/article)",
             "last 1,000 (µs/article)", "peak RSS MB"],
            [(ing.get("articles", "-"), ing.get("cpu_s", "-"), ing.get("wall_s", "-"),
              ing.get("per_cpu_s", "-"), ing.get("first1k_us", "-"), ing.get("last1k_us", "-"),
              ing.get("rss_mb", "-"))], ["---:"] * 7))
    else:
        p.append("not measured")
    srv = f["serve"]
    p.append("\n## Serving: wrk against `GET /api/stories/{id}`\n")
    p.append("`bench/serve_bench.sh`: `chorus serve` pinned to core 0, wrk on the other core.\n")
    p.append(md_table(["requests/s", "p99 ms", "requests per server CPU-second", "response bytes"],
                      [(srv.get("rps", "-"), srv.get("p99_ms", "-"),
                        srv.get("rps_per_cpu_s", "-"), srv.get("bytes", "-"))],
                      ["---:"] * 4) if srv else "not measured")
    micro = read_micro(results)
    p.append("\n## Micro-benchmarks (Google Benchmark, one core, CPU time)\n")
    p.append("Debian 12's Google Benchmark library is itself a debug build and says so; the "
             "figures are of chorus's optimised code.\n")
    p.append(md_table(["executable", "benchmark", "CPU time", "throughput"],
                      [(e, f"`{n}`", fmt_ms(ms), x) for e, n, ms, x in micro],
                      ["---", "---", "---:", "---:"]) if micro else "not measured")
    p.append("\n## Reproduce\n")
    p.append("```\ncmake --workflow --preset release\nbench/run_all.sh            # about "
             "3 minutes on 2 cores; --quick for a smaller run\n```\n")
    p.append("Other figures: summary quality (ROUGE) in docs/evaluation.md, extraction quality "
             "in docs/extraction.md, clustering quality in docs/cluster.md.\n")
    return "\n".join(p)


# ---------------------------------------------------------------- SVG chart


def esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def svg_bars(x0, y0, w, h, title, bars, unit, log=False, ref=None, ref_label=""):
    """A vertical bar panel. bars: [(label, value)]. ref: a horizontal reference line."""
    out = [f'<text x="{x0 + w / 2}" y="{y0 - 10}" class="t">{esc(title)}</text>',
           f'<line x1="{x0}" y1="{y0 + h}" x2="{x0 + w}" y2="{y0 + h}" class="axis"/>']
    vals = [v for _, v in bars if v]
    if not vals:
        out.append(f'<text x="{x0 + w / 2}" y="{y0 + h / 2}" class="t">not measured</text>')
        return out
    top = max(vals + ([ref] if ref else [])) * 1.15
    lo = min(vals + ([ref] if ref else [])) / 2 if log else 0

    def y(v):
        if log:
            return y0 + h - h * (math.log10(v) - math.log10(lo)) / (math.log10(top) - math.log10(lo))
        return y0 + h - h * v / top

    bw = w / max(len(bars), 1)
    for i, (label, v) in enumerate(bars):
        cx = x0 + bw * i + bw / 2
        out.append(f'<text x="{cx}" y="{y0 + h + 16}" class="l">{esc(label)}</text>')
        if not v:
            out.append(f'<text x="{cx}" y="{y0 + h - 6}" class="l">n/a</text>')
            continue
        out.append(f'<rect x="{cx - bw * 0.3:.1f}" y="{y(v):.1f}" width="{bw * 0.6:.1f}" '
                   f'height="{y0 + h - y(v):.1f}" class="bar"/>')
        txt = f"{v:,.0f}" if v >= 100 else f"{v:.2g}" if v < 1 else f"{v:.1f}"
        out.append(f'<text x="{cx}" y="{y(v) - 4:.1f}" class="l">{esc(txt)}{esc(unit)}</text>')
    if ref:
        out.append(f'<line x1="{x0}" y1="{y(ref):.1f}" x2="{x0 + w}" y2="{y(ref):.1f}" class="ref"/>')
        out.append(f'<text x="{x0 + w}" y="{y(ref) - 4:.1f}" class="r">{esc(ref_label)}</text>')
    return out


def svg(f):
    mb = f["micro_brief"]
    sizes = sorted(mb)
    brief = [(f"{n}", mb[n] / n) for n in sizes]
    ing = f["ingest"]
    ingest = [("first 1k", num(ing.get("first1k_us"))), ("last 1k", num(ing.get("last1k_us")))]
    ex, srv = f["extract"], f["serve"]
    ratios = [("extract", num(ex.get("speedup1")) and num(ex.get("speedup1")) / 50),
              ("ingest", num(ing.get("per_cpu_s")) and num(ing.get("per_cpu_s")) / 2000),
              ("serve rps", num(srv.get("rps")) and num(srv.get("rps")) / 2000),
              ("serve p99", num(srv.get("p99_ms")) and 20 / max(num(srv.get("p99_ms")), 1e-3))]
    W, H = 960, 330
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
             f'viewBox="0 0 {W} {H}" font-family="sans-serif">',
             "<style>.t{font-size:13px;text-anchor:middle;font-weight:bold}"
             ".l{font-size:11px;text-anchor:middle}.r{font-size:11px;text-anchor:end;fill:#b00}"
             ".bar{fill:#3b6ea5}.axis{stroke:#333}.ref{stroke:#b00;stroke-dasharray:4 3}</style>",
             f'<rect width="{W}" height="{H}" fill="white"/>']
    parts += svg_bars(40, 50, 260, 220, "brief: ms per report (in process)", brief, "")
    parts += svg_bars(360, 50, 220, 220, "ingest: µs per article", ingest, "")
    parts += svg_bars(640, 50, 280, 220, "measured / aim (log; ≥1 meets)", ratios, "×",
                      log=True, ref=1.0, ref_label="aim")
    parts.append(f'<text x="{W / 2}" y="{H - 8}" class="l">reports per brief · stream '
                 "position · figure (extract: speed-up over Readability.js / 50)</text>")
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("results")
    ap.add_argument("--markdown", required=True)
    ap.add_argument("--svg", required=True)
    a = ap.parse_args()
    if not os.path.isdir(a.results):
        sys.exit(f"report.py: {a.results}: no such results folder (run bench/run_all.sh)")
    f = collect(a.results)
    machine = read_machine(os.path.join(a.results, "machine.txt"))
    with open(a.svg, "w", encoding="utf-8") as out:
        out.write(svg(f))
    with open(a.markdown, "w", encoding="utf-8") as out:
        out.write(markdown(a.results, f, machine, os.path.basename(a.svg)))


if __name__ == "__main__":
    main()
