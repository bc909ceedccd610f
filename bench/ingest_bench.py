#!/usr/bin/env python3
"""End-to-end ingest throughput benchmark (run by ``make bench``).

For each corpus size (default 1,000 and 10,000 articles) it

1. generates a synthetic corpus with ``bench/generate.py`` into ``bench/out/corpus-<N>/``
   (reused when already present with the same size and seed),
2. runs ``thidua-kg ingest <dir> --store <tmp> --no-progress`` as a subprocess,
3. measures wall time (articles/s end to end, process start-up included), peak RSS
   of the child (``/usr/bin/time -v`` when available, else ``getrusage``) and the
   size of the store on disk,

and writes ``bench/RESULTS.md``.  The synthetic text only loads the pipeline; it
says nothing about accuracy.  Exit status is non-zero when the CLI fails (its
stderr is printed).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
RESULTS = HERE / "RESULTS.md"
TARGET_RATE = 300.0  # articles per second

sys.path.insert(0, str(HERE))
import generate  # noqa: E402  (bench/generate.py)


def cli_path() -> list[str]:
    """The thidua-kg entry point next to this interpreter, else on PATH, else ``-m``."""
    exe = Path(sys.executable).with_name("thidua-kg")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("thidua-kg")
    if found:
        return [found]
    return [sys.executable, "-m", "thidua_kg.cli"]


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram": ram,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
    }


def dir_size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(root, f))
            except OSError:
                pass
    return total


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
    print(f"  generated {size} articles in {time.perf_counter() - t0:.1f}s -> {d}", flush=True)
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


def run_ingest(src: Path, store: Path) -> dict:
    cmd = cli_path() + ["ingest", str(src), "--store", str(store), "--no-progress"]
    gnu_time = Path("/usr/bin/time")
    use_time = gnu_time.exists() and os.access(gnu_time, os.X_OK)
    full = ([str(gnu_time), "-v"] + cmd) if use_time else cmd
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run(full, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    stderr = proc.stderr
    rss_kib = None
    if use_time:
        rss_kib, stderr = _parse_time_v(stderr)
    if rss_kib is None:
        after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        # ru_maxrss is the max over all waited-for children: only meaningful when it grew
        rss_kib = after if after > before else None
    if proc.returncode != 0:
        sys.stderr.write(f"\nthidua-kg ingest failed (exit {proc.returncode}): {' '.join(cmd)}\n")
        sys.stderr.write(stderr)
        sys.stderr.write(proc.stdout[-4000:])
        raise SystemExit(proc.returncode or 1)
    return {"cmd": cmd, "wall": wall, "rss_kib": rss_kib, "stdout": proc.stdout.strip(),
            "stderr": stderr.strip(), "rss_source": "/usr/bin/time -v" if use_time else "getrusage"}


def fmt_bytes(n: int | None) -> str:
    if n is None:
        return "n/a"
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} B"
        n /= 1024
    return str(n)


def report(m: dict, rows: list[dict], seed: int) -> str:
    lines = [
        "# Ingest benchmark",
        "",
        "Generated by `make bench` (`bench/ingest_bench.py`). Synthetic articles from",
        "`bench/generate.py` (template recombination, 1.5-4 KB each): they load the",
        "pipeline like real articles but say nothing about extraction accuracy.",
        "",
        f"Target: **>= {TARGET_RATE:.0f} articles/s** end to end, and flat memory "
        "(peak RSS roughly independent of corpus size, i.e. streaming ingest).",
        "",
        "## Machine",
        "",
        f"- date: {m['date']}",
        f"- nproc: {m['nproc']}",
        f"- CPU: {m['cpu']}",
        f"- RAM: {m['ram']}",
        f"- Python: {m['python']}",
        f"- platform: {m['platform']}",
        "",
        "## Commands",
        "",
        "```sh",
    ]
    for r in rows:
        lines.append(f"python bench/generate.py --count {r['n']} --out bench/out/corpus-{r['n']} --seed {seed}")
        lines.append(f"/usr/bin/time -v thidua-kg ingest bench/out/corpus-{r['n']} --store $TMPDIR/store --no-progress"
                     if r["rss_source"].startswith("/usr/bin/time") else
                     f"thidua-kg ingest bench/out/corpus-{r['n']} --store $TMPDIR/store --no-progress")
    lines += ["```", "", f"Peak RSS measured with {rows[0]['rss_source'] if rows else 'n/a'}.", ""]
    for r in rows:
        rate = r["n"] / r["wall"] if r["wall"] > 0 else float("inf")
        ok = "yes" if rate >= TARGET_RATE else "**no**"
        lines += [
            f"## {r['n']:,} articles",
            "",
            "| metric | value |",
            "| --- | --- |",
            f"| corpus size on disk | {fmt_bytes(r['corpus_bytes'])} |",
            f"| wall time | {r['wall']:.2f} s |",
            f"| throughput | {rate:.0f} articles/s |",
            f"| meets target (>= {TARGET_RATE:.0f}/s) | {ok} |",
            f"| peak RSS | {fmt_bytes(r['rss_kib'] * 1024 if r['rss_kib'] else None)} |",
            f"| store size on disk | {fmt_bytes(r['store_bytes'])} |",
            "",
        ]
        if r["stdout"]:
            lines += ["CLI summary:", "", "```", r["stdout"][-1500:], "```", ""]
    if len(rows) >= 2 and all(r["rss_kib"] for r in rows):
        lo, hi = rows[0], rows[-1]
        ratio = hi["rss_kib"] / lo["rss_kib"]
        verdict = "flat" if ratio < 1.5 else "**grows with corpus size**"
        lines += ["## Memory", "",
                  f"Peak RSS {hi['n']:,} vs {lo['n']:,} articles: x{ratio:.2f} ({verdict}).", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="thidua-kg ingest throughput benchmark")
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes (default 1000,10000)")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    ap.add_argument("--keep-store", action="store_true", help="keep the stores under bench/out/")
    ap.add_argument("--results", type=Path, default=RESULTS, help="where to write the report")
    args = ap.parse_args(argv)
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        ap.error("--sizes must be comma-separated integers")
    if not sizes or any(s <= 0 for s in sizes):
        ap.error("--sizes must be positive")

    OUT.mkdir(parents=True, exist_ok=True)
    m = machine()
    print(f"machine: {m['nproc']} x {m['cpu']}, {m['ram']}, Python {m['python']}")
    rows = []
    for n in sizes:
        print(f"[{n} articles]", flush=True)
        src = corpus(n, args.seed)
        if args.keep_store:
            store = OUT / f"store-{n}"
            if store.exists():
                shutil.rmtree(store)
            tmp = None
        else:
            tmp = tempfile.mkdtemp(prefix=f"thidua-bench-{n}-")
            store = Path(tmp) / "store"
        try:
            res = run_ingest(src, store)
            res["store_bytes"] = dir_size(store) if store.exists() else None
        finally:
            if tmp:
                shutil.rmtree(tmp, ignore_errors=True)
        res["n"] = n
        res["corpus_bytes"] = dir_size(src)
        rate = n / res["wall"]
        rss = fmt_bytes(res["rss_kib"] * 1024) if res["rss_kib"] else "n/a"
        print(f"  {res['wall']:.2f}s  {rate:.0f} articles/s  peak RSS {rss}  store {fmt_bytes(res['store_bytes'])}",
              flush=True)
        rows.append(res)
    args.results.write_text(report(m, rows, args.seed) + "\n", encoding="utf-8")
    print(f"wrote {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
