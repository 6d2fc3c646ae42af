#!/usr/bin/env python3
"""Writes the Markdown report of one bench/run directory to standard output.

Reads what bench/run left in the directory (machine.txt, generate.txt, jmh-*.json, heap.txt, cli.txt,
app.txt, load.txt, gatling/index.html, wrk.txt) and states every target of issue 5 with the measured
value and PASS or MISS. A missing measurement is reported as such, never guessed.
"""
import html
import json
import os
import re
import statistics
import sys

run = sys.argv[1]


def read(name):
    path = os.path.join(run, name)
    return open(path, encoding="utf-8").read() if os.path.exists(path) else ""


def pairs(text):
    return dict(re.findall(r"(\w+)=(\S+)", text))


def keyvalues(text):
    out = {}
    for line in text.splitlines():
        if "=" in line:
            k, v = line.split("=", 1)
            out[k.strip()] = v.strip()
    return out


machine = keyvalues(read("machine.txt"))
app = keyvalues(read("app.txt"))
load = pairs(read("load.txt"))
heap = pairs(read("heap.txt"))
scale = machine.get("scale", "?")


def jmh(name):
    text = read(name)
    return json.loads(text) if text.strip() else []


audit = {r["benchmark"].rsplit(".", 1)[1]: r for r in jmh("jmh-audit.json")}
reads = {("json" if r["params"]["file"].endswith(".json") else "yaml"): r for r in jmh("jmh-read.json")}


def gatling(directory="gatling"):
    text = read(directory + "/index.html")
    rows = {}
    for match in re.finditer(r'class="ellipsed-name">([^<]+)</span>(.*?)</tr>', text, re.S):
        cells = re.findall(r'<td class="value [^"]*col-(\d+)">([^<]*)</td>', match.group(2))
        values = {int(c): v for c, v in cells}
        rows[html.unescape(match.group(1))] = values
    return rows


gat = gatling()
wrk = {line.split()[0]: pairs(line) for line in read("wrk.txt").splitlines() if line.strip()}
cli = {}
for line in read("cli.txt").splitlines():
    m = re.match(r"(\w+) wall=([\d.]+) maxRssKb=(\d+)", line)
    if m:
        cli.setdefault(m.group(1), []).append(float(m.group(2)))


def num(value):
    try:
        return float(str(value).replace(",", ""))
    except (TypeError, ValueError):
        return None


def fmt(value, unit="", digits=1):
    return "not measured" if value is None else f"{value:,.{digits}f}{unit}"


def verdict(value, limit, at_most=True):
    if value is None:
        return "not measured"
    ok = value <= limit if at_most else value >= limit
    return "PASS" if ok else "MISS"


def gstat(name, col):
    return num(gat.get(name, {}).get(col))


G = {"total": 2, "ok": 3, "ko": 4, "rps": 6, "min": 7, "p50": 8, "p75": 9, "p95": 10, "p99": 11, "max": 12, "mean": 13}
GLOBAL = "All Requests"
out = []
w = out.append
w(f"# Benchmark {machine.get('stamp', '')} — scale {scale}, {machine.get('db', '?')}"
  + (" (quick)" if machine.get("quick") == "1" else ""))
w("")
w("Produced by `bench/run`; how to read it: bench/README.md. Targets are those of issue 5 and are set "
  "for scale L: at another scale a PASS/MISS is indicative only.")
w("")
w("## Machine")
w("")
w(f"- {machine.get('cores', '?')} cores ({machine.get('cpu', '?')}), {machine.get('memory', '?')} RAM; {machine.get('java', '?')}")
w(f"- load at start: `{machine.get('uptimeStart', '?')}`")
w(f"- load at end: `{machine.get('uptimeEnd', '?')}`")
if machine.get("pgSettings"):
    w(f"- PostgreSQL: {machine['pgSettings']}")
w(f"- seed {machine.get('seed', '?')}; {machine.get('users', '?')} virtual users for {machine.get('loadSeconds', '?')} s; "
  f"wrk {machine.get('wrkSeconds', '?')} s per endpoint (2 threads, 16 connections)")
w("")

full = audit.get("fullAudit", {}).get("primaryMetric", {})
incremental = audit.get("incrementalAfterOneCheckIn", {}).get("primaryMetric", {})
rows_per_s = num(load.get("rowsPerSecond"))
import_s = num(load.get("millis"))
import_s = import_s / 1000 if import_s is not None else None
heap_gib = num(heap.get("modelAndGraphBytes"))
heap_gib = heap_gib / 2**30 if heap_gib is not None else None
ko = gstat(GLOBAL, G["ko"])
demo_wall = statistics.median(cli["demo"]) if "demo" in cli else None
gen_wall = statistics.median(cli["generated"]) if "generated" in cli else None
served = None if ko is None else ko == 0

# The POST's own run, from the app's log line: the model read from the database and audited, then stored.
# The POST itself first waits for any run under way, such as the import's (one organization's runs take turns).
post_s = num(app.get('auditRunSeconds'))
graph_s = stored_s = None
for m in re.finditer(r"\(run through the API[^)]*\): .*? in (\d+) ms \(model read from the database and audited (\d+) ms, "
                     r"run stored (\d+) ms\)", read("app.log")):
    graph_s, stored_s = int(m.group(2)) / 1000, int(m.group(3)) / 1000
if graph_s is not None:
    graph_cell = (f"{fmt(graph_s, ' s', 2)} (the model read from the database and audited, from the app's log of "
                  f"`POST …/audit/runs`; storing the run took {fmt(stored_s, ' s', 2)} more, and the POST answered after "
                  f"{fmt(post_s, ' s', 2)}: it first waits for a run already under way, such as the one the import started)")
else:
    graph_cell = (f"{fmt(post_s, ' s', 2)} (`POST …/audit/runs` end to end: graph from the database + audit + stored run; "
                  f"an upper bound, the app's log line was not found)")

w("## Targets")
w("")
w("| target (issue 5) | measured | verdict |")
w("|---|---|---|")
w(f"| full audit from the in-memory graph ≤ 1 s | {fmt(num(full.get('score')), ' ms')} (JMH mean) | {verdict(num(full.get('score')), 1000)} |")
w(f"| after one check-in ≤ 100 ms (incremental) | {fmt(num(incremental.get('score')), ' ms')} | {verdict(num(incremental.get('score')), 100)} |")
w(f"| building the graph from the database ≤ 10 s | {graph_cell} | {verdict(graph_s if graph_s is not None else post_s, 10)} |")
w(f"| HTTP mixed, 50 users: p95 ≤ 100 ms | {fmt(gstat(GLOBAL, G['p95']), ' ms', 0)} | {verdict(gstat(GLOBAL, G['p95']), 100)} |")
w(f"| HTTP mixed: no errors | {fmt(ko, ' failed', 0)} of {fmt(gstat(GLOBAL, G['total']), '', 0)} | {'not measured' if ko is None else ('PASS' if ko == 0 else 'MISS')} |")
w(f"| HTTP mixed: ≥ 500 requests/s | {fmt(gstat(GLOBAL, G['rps']), ' req/s')} | {verdict(gstat(GLOBAL, G['rps']), 500, False)} |")
w(f"| objectives list p95 ≤ 50 ms | {fmt(gstat('objectives of a team', G['p95']), ' ms', 0)} | {verdict(gstat('objectives of a team', G['p95']), 50)} |")
w(f"| check-in POST p95 ≤ 50 ms | {fmt(gstat('check-in', G['p95']), ' ms', 0)} | {verdict(gstat('check-in', G['p95']), 50)} |")
w(f"| import ≥ 50,000 rows/s ({machine.get('db', '?')}) | {fmt(rows_per_s, ' rows/s', 0)} ({load.get('rows', '?')} rows in {fmt(import_s, ' s')}) | {verdict(rows_per_s, 50000, False)} |")
w(f"| import of the file end to end ≤ 60 s | {fmt(import_s, ' s')} | {verdict(import_s, 60)} |")
w(f"| heap of the model + graph ≤ 1 GiB | {fmt(heap_gib, ' GiB', 3)} | {verdict(heap_gib, 1)} |")
w(f"| the app serves the scale with -Xmx2g | live heap after GC {app.get('heapLiveAfterGcMb', '?')} MB; errors: {fmt(ko, '', 0)} | {'not measured' if served is None else ('PASS' if served else 'MISS')} |")
w(f"| `audit` of the demo file ≤ 2 s wall | {fmt(demo_wall, ' s', 2)} | {verdict(demo_wall, 2)} |")
w(f"| `audit` of the generated file ≤ 15 s wall | {fmt(gen_wall, ' s', 2)} | {verdict(gen_wall, 15)} |")
w("")

w("## Audit engine and reader (JMH)")
w("")
w("| benchmark | mode | score | ± error | p50 | p95 | p99 | samples |")
w("|---|---|---|---|---|---|---|---|")
for name, result in list(audit.items()) + [("read " + k, v) for k, v in reads.items()]:
    m = result["primaryMetric"]
    p = m.get("scorePercentiles", {})
    samples = sum(len(r) for r in m.get("rawData", []))
    w(f"| {name} | {result['mode']} | {m['score']:,.1f} {m['scoreUnit']} | {num(m.get('scoreError')) or 0:,.1f} | "
      f"{p.get('50.0', 0):,.1f} | {p.get('95.0', 0):,.1f} | {p.get('99.0', 0):,.1f} | {samples} |")
w("")
w(f"Heap held (used heap after full GCs, minus before): model {fmt(num(heap.get('modelBytes')) and num(heap.get('modelBytes')) / 2**20, ' MiB')}, "
  f"model + alignment graph {fmt(num(heap.get('modelAndGraphBytes')) and num(heap.get('modelAndGraphBytes')) / 2**20, ' MiB')}.")
w("")

w("## HTTP, mixed scenario (Gatling)")
w("")
warm = gatling("gatling-warmup")
if warm:
    wall = warm.get("All Requests", {})
    w(f"Measured after {machine.get('warmupSeconds', '?')} s of the same scenario, not measured (the app's "
      f"throughput climbs for minutes after it starts); during that warm-up: {wall.get(G['rps'], '?')} requests/s, "
      f"p95 {wall.get(G['p95'], '?')} ms, {wall.get(G['ko'], '?')} failed of {wall.get(G['total'], '?')}.")
else:
    w("Measured right after the import, without a warm-up (`BENCH_WARMUP=0` or `--quick`): a cold app.")
w("")
w("| request | count | failed | req/s | p50 ms | p75 ms | p95 ms | p99 ms | max ms | mean ms |")
w("|---|---|---|---|---|---|---|---|---|---|")
for name, v in gat.items():
    w(f"| {name} | {v.get(G['total'], '')} | {v.get(G['ko'], '')} | {v.get(G['rps'], '')} | {v.get(G['p50'], '')} | "
      f"{v.get(G['p75'], '')} | {v.get(G['p95'], '')} | {v.get(G['p99'], '')} | {v.get(G['max'], '')} | {v.get(G['mean'], '')} |")
if not gat:
    w("| (no Gatling report: see gatling.log) | | | | | | | | | |")
w("")
log = read("gatling.log")
if "---- Errors" in log:
    block = log.rsplit("---- Errors", 1)[1].split("=====", 1)[0]
    errors = [line[2:].strip() for line in block.splitlines() if line.startswith("> ")]
    if errors:
        w("Gatling's errors (message, count, share of the errors):")
        w("")
        for line in errors:
            w(f"- `{line}`")
        w("")
w("## HTTP, single endpoints (wrk)")
w("")
w("| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | socket errors | non-2xx |")
w("|---|---|---|---|---|---|---|---|")
for name, v in wrk.items():
    w(f"| {name} | {v.get('requests')} | {v.get('rps')} | {v.get('p50ms')} | {v.get('p95ms')} | {v.get('p99ms')} | {v.get('errors')} | {v.get('non2xx')} |")
w("")
w("## Import, application, command line")
w("")
gen = pairs((read("generate.txt").splitlines() or [""])[0])
w(f"- generated file: {gen.get('file', '?')} ("
  + (f"{gen.get('rows')} rows, {gen.get('bytes', '?')} bytes, generated in {gen.get('millis', '?')} ms" if 'rows' in gen
     else f"{gen.get('bytes', '?')} bytes, from the cache") + ")")
w(f"- import through `POST /api/v1/orgs/import`: {load.get('rows', '?')} rows in {load.get('millis', '?')} ms = {load.get('rowsPerSecond', '?')} rows/s")
w(f"- app start: {app.get('startMillis', '?')} ms; heap used after the load test {app.get('heapUsedAfterLoadMb', '?')} MB, live after a full GC {app.get('heapLiveAfterGcMb', '?')} MB (-Xmx2g)")
if 'jitWarmupEnd' in app:
    w(f"- JIT (compiled methods, C2 queue): {app.get('jitWarmupEnd')} when the measured load started, {app.get('jitLoadEnd', '?')} when it ended"
      " — a queue above zero means the JIT was still compiling hot code: the app had not reached its steady state")
for name, walls in cli.items():
    w(f"- `audit` of the {name} file: median {statistics.median(walls):.2f} s wall over {len(walls)} run(s)")
print("\n".join(out))
