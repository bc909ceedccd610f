#!/usr/bin/env python3
"""The benchmark suite (run by ``make bench``); writes ``bench/RESULTS.md``.

For each corpus size (default 10,000 and 100,000 articles, ``--sizes``) it

1. generates a synthetic corpus with ``bench/generate.py`` into ``bench/out/corpus-<N>/``
   (reused when already there with the same size and seed);
2. ingest: ``thidua-kg ingest DIR --store S --workers W --no-progress`` with 1 and with 2
   workers, each into a fresh store: wall time (articles/s end to end, start-up included),
   peak RSS (``/usr/bin/time -v``) and the store's size on disk;
3. competency questions (queries/*.rq) on the embedded store, in-process the way the server
   runs them (bench/query_bench.py), p50/p95;
4. the same CQs over HTTP against our ``thidua-kg serve`` and the peers, each loaded with the
   same data: the Oxigraph server (``oxigraph load`` of ``thidua-kg export --format nquads``),
   Virtuoso's own SPARQL endpoint, rdflib-endpoint (at sizes up to ``--rdflib-max`` only: it
   holds everything in memory); ratios peer / ours;
5. endpoint throughput: 16 clients for 20 s (bench/endpoint_bench.py) against ours and the peers;
6. the same ingest into Virtuoso over the Graph Store Protocol
   (``--store sparql+http://127.0.0.1:PORT/sparql``), articles/s, ratio to the embedded store.
   Where it is left out (``--virtuoso-ingest-max``, or projected from a smaller size to take
   over ``--virtuoso-ingest-limit`` s), Virtuoso is bulk-loaded from the dump (ld_dir +
   rdf_loader_run) instead.

Servers run on loopback, started and stopped by the benchmark; temporary directories are
removed. The synthetic text loads the pipeline like real articles; it says nothing about
extraction accuracy.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import endpoint_bench  # noqa: E402
import generate  # noqa: E402  (bench/generate.py)
import peers  # noqa: E402
import query_bench  # noqa: E402
from common import OUT, ROOT, cli_path, cq_files, dir_size, fmt_bytes, machine  # noqa: E402
from report import write_report  # noqa: E402

RESULTS = HERE / "RESULTS.md"
RAW = OUT / "results.json"


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def corpus(size: int, seed: int) -> Path:
    """Generate (or reuse) bench/out/corpus-<size>/."""
    d = OUT / f"corpus-{size}"
    stamp = OUT / f"corpus-{size}.stamp"  # outside the corpus dir: ingest only sees articles
    want = f"count={size} seed={seed}\n"
    if d.is_dir() and stamp.exists() and stamp.read_text() == want:
        return d
    if d.exists():
        shutil.rmtree(d)
    t0 = time.perf_counter()
    generate.write(size, d, seed=seed)
    stamp.write_text(want)
    log(f"  generated {size} articles in {time.perf_counter() - t0:.1f}s -> {d}")
    return d


def _parse_time_v(stderr: str) -> tuple[int | None, str]:
    """Peak RSS (KiB) from GNU time -v output, and stderr without that block."""
    m = re.search(r"Maximum resident set size \(kbytes\):\s*(\d+)", stderr)
    rss = int(m.group(1)) if m else None
    cut = stderr.find("\tCommand being timed:")
    if cut >= 0:
        stderr = stderr[:cut]
    stderr = re.sub(r"(?m)^Command (exited with non-zero status|terminated by signal) .*\n?", "", stderr)
    return rss, stderr


def run_ingest(src: Path, store: str, workers: int, extra: list[str] | None = None,
               env: dict | None = None) -> dict:
    cmd = cli_path() + ["ingest", str(src), "--store", store, "--workers", str(workers), "--no-progress",
                        *(extra or [])]
    gnu_time = Path("/usr/bin/time")
    use_time = gnu_time.exists() and os.access(gnu_time, os.X_OK)
    full = ([str(gnu_time), "-v"] + cmd) if use_time else cmd
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run(full, capture_output=True, text=True, cwd=ROOT, env={**os.environ, **(env or {})})
    wall = time.perf_counter() - t0
    stderr = proc.stderr
    rss_kib = None
    if use_time:
        rss_kib, stderr = _parse_time_v(stderr)
    if rss_kib is None:
        after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        rss_kib = after if after > before else None
    if proc.returncode != 0:
        raise RuntimeError(f"thidua-kg ingest failed (exit {proc.returncode}): {' '.join(cmd)}\n"
                           f"{stderr[-3000:]}{proc.stdout[-2000:]}")
    return {"cmd": " ".join(cmd), "wall": wall, "rss_kib": rss_kib, "summary": proc.stdout.strip()[-500:],
            "rate": None}


def measure_cqs(label: str, fn, args) -> list[dict]:
    out = []
    for q in cq_files():
        r = fn(q, args)
        r_d = r.as_dict()
        log(f"    {label:18} {q.stem:14} p50 {r.cell('p50'):>8} ms  p95 {r.cell('p95'):>8} ms  "
            f"runs {len(r.runs_ms)}  rows {r.rows}{'  ERROR ' + r.error if r.error else ''}")
        out.append(r_d)
    return out


def http_cqs(ep, args, timeout: float | None = None) -> list[dict]:
    return measure_cqs(ep.name, lambda q, a: query_bench.over_http(ep, q, a.runs, a.budget, timeout or a.timeout),
                       args)


def throughput(ep, n: int, args) -> dict:
    res = endpoint_bench.throughput(ep.url, n, args.clients, args.seconds)
    log(f"    {ep.name:18} throughput {res['per_second']} q/s, p50 {res['p50_ms']} ms, p95 {res['p95_ms']} ms, "
        f"errors {res['errors']}")
    return res


def step(row: dict, name: str, fn):
    """Run one part of the benchmark; a failure is recorded, not fatal to the others."""
    try:
        return fn()
    except Exception as e:  # noqa: BLE001 - every failure goes into the report
        log(f"  {name} FAILED: {e}")
        traceback.print_exc()
        row.setdefault("failures", {})[name] = f"{type(e).__name__}: {str(e)[:1500]}"
        return None


def bench_size(n: int, args, previous: list[dict]) -> dict:
    row: dict = {"n": n, "notes": []}
    src = corpus(n, args.seed)
    row["corpus_bytes"] = dir_size(src)
    tmp = Path(tempfile.mkdtemp(prefix=f"thidua-bench-{n}-", dir=args.tmp))
    try:
        # 1. ingest, 1 and 2 workers
        row["ingest"] = {}
        store = tmp / "store"
        for w in args.workers:
            s = tmp / f"store-w{w}"
            log(f"  ingest {n} with {w} worker(s)")
            res = step(row, f"ingest-w{w}", lambda: run_ingest(src, str(s), w))
            if res:
                res["rate"] = n / res["wall"]
                res["store_bytes"] = dir_size(s)
                row["ingest"][w] = res
                log(f"    {res['wall']:.1f} s  {res['rate']:.0f} articles/s  peak RSS "
                    f"{fmt_bytes(res['rss_kib'] * 1024 if res['rss_kib'] else None)}  store {fmt_bytes(res['store_bytes'])}")
            if w == max(args.workers) and res:
                s.rename(store)
            else:
                shutil.rmtree(s, ignore_errors=True)
        if not store.exists():
            return row

        # 2. CQs on the embedded store, in-process
        log("  competency questions, embedded")
        row["cq"] = {"embedded": measure_cqs("embedded", lambda q, a: query_bench.embedded(
            store, q, a.runs, a.budget, a.timeout), args)}

        # the dump every peer loads
        dumps = tmp / "dumps"
        dumps.mkdir()
        dump = dumps / "thidua-kg.nq"
        t0 = time.perf_counter()
        subprocess.run(cli_path() + ["export", "--store", str(store), "--format", "nquads", "--output", str(dump)],
                       check=True, capture_output=True)
        row["dump"] = {"seconds": time.perf_counter() - t0, "bytes": dump.stat().st_size,
                       "quads": sum(1 for _ in open(dump, "rb"))}
        log(f"  export: {row['dump']['quads']:,} quads, {fmt_bytes(row['dump']['bytes'])} "
            f"in {row['dump']['seconds']:.0f} s")
        row["throughput"] = {}
        row["loads"] = {}

        # 3. ours over HTTP
        def ours():
            with peers.ours(store, tmp / "serve", args.timeout) as ep:
                row["cq"]["ours"] = http_cqs(ep, args)
                row["throughput"]["ours"] = throughput(ep, n, args)
        log("  thidua-kg serve")
        step(row, "ours", ours)

        # 4. Oxigraph server
        def oxigraph():
            if not peers.oxigraph_available():
                row["notes"].append("Oxigraph server not measured: `oxigraph` is not installed (pip install oxigraph)")
                return
            with peers.oxigraph(dump, tmp / "oxigraph", args.timeout) as ep:
                row["loads"]["oxigraph"] = ep.load_seconds
                log(f"    oxigraph load {ep.load_seconds:.0f} s")
                row["cq"]["oxigraph"] = http_cqs(ep, args)
                row["throughput"]["oxigraph"] = throughput(ep, n, args)
            shutil.rmtree(tmp / "oxigraph", ignore_errors=True)
        log("  Oxigraph server")
        step(row, "oxigraph", oxigraph)

        # 5. Virtuoso: our ingest into it (or its bulk loader), then its own endpoint
        def virtuoso():
            if not peers.virtuoso_available():
                row["notes"].append("Virtuoso not measured: virtuoso-t is not installed (apt-get install virtuoso-opensource)")
                return
            v = peers.Virtuoso(tmp / "virtuoso", dumps)
            with v.running() as ep:
                reason = virtuoso_ingest_reason(n, args, previous)
                if reason is None:
                    w = max(args.workers)
                    log(f"    ingest {n} into Virtuoso with {w} workers")
                    res = run_ingest(src, v.store_url, w, ["--store-user", peers.VIRTUOSO_USER,
                                     "--store-gsp-url", f"http://127.0.0.1:{v.http_port}/sparql-graph-crud-auth"],
                                     env={"THIDUA_STORE_PASSWORD": peers.VIRTUOSO_PASSWORD})
                    res["rate"] = n / res["wall"]
                    res["workers"] = w
                    row["virtuoso_ingest"] = res
                    log(f"    {res['wall']:.1f} s  {res['rate']:.0f} articles/s")
                    v.isql("checkpoint;")
                else:
                    row["virtuoso_ingest"] = {"skipped": reason}
                    log(f"    Virtuoso ingest skipped: {reason}; bulk load of the dump instead")
                    row["loads"]["virtuoso"] = v.bulk_load([dump])
                    log(f"    Virtuoso bulk load {row['loads']['virtuoso']:.0f} s")
                row["virtuoso_bytes"] = dir_size(tmp / "virtuoso")
                row["cq"]["virtuoso"] = http_cqs(ep, args)
                row["throughput"]["virtuoso"] = throughput(ep, n, args)
            shutil.rmtree(tmp / "virtuoso", ignore_errors=True)
        log("  Virtuoso")
        step(row, "virtuoso", virtuoso)

        # 6. rdflib-endpoint, small sizes only
        def rdflib():
            if n > args.rdflib_max:
                row["notes"].append(f"rdflib-endpoint not measured at {n:,} articles ({row['dump']['quads']:,} quads): "
                                    f"rdflib holds the whole dataset in Python objects in memory (measured only up to "
                                    f"{args.rdflib_max:,} articles, --rdflib-max)")
                return
            if not peers.rdflib_endpoint_available():
                row["notes"].append("rdflib-endpoint not measured: it could not be installed")
                return
            log("    loading the dump into rdflib-endpoint")
            with peers.rdflib_endpoint(dump, tmp / "rdflib") as ep:
                row["loads"]["rdflib"] = ep.load_seconds
                log(f"    rdflib-endpoint load {ep.load_seconds:.0f} s")
                row["cq"]["rdflib"] = http_cqs(ep, args, args.rdflib_timeout)
                row["throughput"]["rdflib"] = throughput(ep, n, args)
                if ep.extra.get("restarts"):
                    row["notes"].append(f"rdflib-endpoint was restarted {ep.extra['restarts']} time(s) after a CQ over "
                                        f"{args.rdflib_timeout:g} s (it cannot cancel a query and answers nothing "
                                        f"else meanwhile); {ep.extra['restart_seconds']:.0f} s of reloading")
        log("  rdflib-endpoint")
        step(row, "rdflib", rdflib)
        return row
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def virtuoso_ingest_reason(n: int, args, previous: list[dict]) -> str | None:
    """Why the ingest into Virtuoso is left out at this size, or None."""
    if n > args.virtuoso_ingest_max:
        return f"--virtuoso-ingest-max {args.virtuoso_ingest_max}"
    rates = [(p["n"], p["virtuoso_ingest"]["rate"]) for p in previous
             if p.get("virtuoso_ingest", {}).get("rate")]
    if rates:
        m, rate = rates[-1]
        projected = n / rate
        if projected > args.virtuoso_ingest_limit:
            return (f"projected from {m:,} articles ({rate:.0f} articles/s) to take {projected / 60:.0f} min, over "
                    f"the limit of {args.virtuoso_ingest_limit / 60:.0f} min (--virtuoso-ingest-limit)")
    return None


def _terminated(signum, _frame):
    raise SystemExit(128 + signum)  # so that the finally blocks stop the servers and remove the stores


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGTERM, _terminated)
    ap = argparse.ArgumentParser(description="thidua-kg benchmark suite (bench/RESULTS.md)")
    ap.add_argument("--sizes", default="10000,100000", help="comma-separated corpus sizes (default 10000,100000)")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    ap.add_argument("--workers", default="1,2", help="ingest worker counts (default 1,2)")
    ap.add_argument("--runs", type=int, default=20, help="timed runs of each CQ (default 20)")
    ap.add_argument("--budget", type=float, default=10.0,
                    help="seconds of timed runs per CQ and system; fewer runs when they take longer (default 10)")
    ap.add_argument("--timeout", default="60,30",
                    help="limit of one CQ run, seconds, per size in --sizes order, the last for the rest (default 60,30)")
    ap.add_argument("--clients", type=int, default=16, help="concurrent clients of the throughput test (default 16)")
    ap.add_argument("--seconds", type=float, default=20.0, help="length of the throughput test (default 20)")
    ap.add_argument("--rdflib-max", type=int, default=10000, help="largest size measured with rdflib-endpoint")
    ap.add_argument("--rdflib-timeout", type=float, default=30.0, help="limit of one CQ run on rdflib-endpoint (default 30)")
    ap.add_argument("--virtuoso-ingest-max", type=int, default=100000,
                    help="largest size ingested into Virtuoso (bulk-loaded beyond)")
    ap.add_argument("--virtuoso-ingest-limit", type=float, default=900.0,
                    help="skip the Virtuoso ingest when projected to take longer, seconds (default 900)")
    ap.add_argument("--tmp", default=None, help="where temporary stores go (default: the system's)")
    ap.add_argument("--results", type=Path, default=RESULTS, help="where to write the report")
    args = ap.parse_args(argv)
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
        args.workers = [int(w) for w in args.workers.split(",") if w.strip()]
        timeouts = [float(t) for t in args.timeout.split(",") if t.strip()]
    except ValueError:
        ap.error("--sizes and --workers must be comma-separated integers")
    if not sizes or any(s <= 0 for s in sizes):
        ap.error("--sizes must be positive")

    OUT.mkdir(parents=True, exist_ok=True)
    m = machine()
    log(f"machine: {m['nproc']} x {m['cpu']}, {m['ram']}, Python {m['python']}")
    rows: list[dict] = []
    t0 = time.perf_counter()
    command = "python bench/ingest_bench.py " + " ".join(argv if argv is not None else sys.argv[1:])
    for n in sizes:
        log(f"[{n} articles]")
        args.timeout = timeouts[min(len(rows), len(timeouts) - 1)]
        rows.append(bench_size(n, args, rows) | {"timeout": args.timeout})
        args.timeout = ",".join(f"{t:g}" for t in timeouts)
        RAW.write_text(json.dumps({"machine": m, "args": vars(args) | {"results": str(args.results)},
                                   "command": command.strip(), "seconds": time.perf_counter() - t0,
                                   "rows": rows}, indent=1, default=str))
        write_report(args.results, m, rows, args, command.strip(), time.perf_counter() - t0)
    log(f"wrote {args.results} ({(time.perf_counter() - t0) / 60:.1f} min)")
    return 1 if any(r.get("failures") for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
