"""Latency of the competency questions (queries/*.rq).

Embedded: in a child process (so that a run over the time limit can be stopped; pyoxigraph
cannot cancel a query) which opens the store read-only as `thidua-kg serve` does and runs each
query the way the server's query runner does (serve/query_runner.py `_evaluate`: union default
graph, results serialised as SPARQL JSON into a spooled file).

HTTP: the same query text POSTed (form, Accept: application/sparql-results+json) to an
endpoint; the time is until the whole answer is read.

Each measurement: warm-up runs (3, or 1 when a run takes over a second), then timed runs until
`runs` runs or `budget` seconds of timed runs, at least one; a run over `timeout` seconds ends
the measurement with "> timeout".

    python bench/query_bench.py --child STORE QUERY.rq RUNS BUDGET   (internal)
"""
from __future__ import annotations

import json
import re
import selectors
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from common import median, percentile

ACCEPT = "application/sparql-results+json"
SLOW_MS = 5000  # a first run over this counts as timed, without warm-up
PARSE_LIMIT = 300 * 1024 * 1024  # count rows of answers up to this size


@dataclass
class Latency:
    system: str
    cq: str
    runs_ms: list[float] = field(default_factory=list)
    warmups: int = 0
    timed_out: float | None = None  # the limit a run went over
    error: str | None = None
    rows: int | None = None
    answer_bytes: int | None = None

    @property
    def p50(self) -> float | None:
        return median(self.runs_ms)

    @property
    def p95(self) -> float | None:
        return percentile(self.runs_ms, 95)

    def cell(self, which: str) -> str:
        if self.error:
            return "error"
        if self.timed_out is not None and not self.runs_ms:
            return f"> {self.timed_out:g} s"
        v = self.p50 if which == "p50" else self.p95
        if v is None:
            return "n/a"
        return f"{v:,.0f}" if v >= 100 else f"{v:.1f}"

    def as_dict(self) -> dict:
        return {"system": self.system, "cq": self.cq, "runs_ms": self.runs_ms, "warmups": self.warmups,
                "timed_out": self.timed_out, "error": self.error, "rows": self.rows,
                "answer_bytes": self.answer_bytes, "p50": self.p50, "p95": self.p95}


def _count_rows(body: bytes) -> int | None:
    if len(body) > PARSE_LIMIT:
        return None
    try:
        return len(json.loads(body)["results"]["bindings"])
    except (ValueError, KeyError, TypeError):
        return None


# -- embedded, in a child process ---------------------------------------------------------


def _child(store_dir: str, query_file: str, runs: int, budget: float) -> None:
    """Print one JSON line per run: {"phase": "warm"|"timed", "ms": ..., "bytes": ...}."""
    import threading

    import pyoxigraph as ox
    from thidua_kg.serve.query_runner import QueryRequest, _evaluate
    from thidua_kg.serve.results import FORMATS, RESULTS

    json_format = FORMATS[RESULTS][0]
    store = ox.Store.read_only(store_dir)  # as `thidua-kg serve` opens it
    req = QueryRequest(Path(query_file).read_text(encoding="utf-8"))

    def once(count: bool) -> float:
        t = time.perf_counter()
        answer = _evaluate(store, req, lambda kind: json_format, threading.Event())
        ms = (time.perf_counter() - t) * 1000
        line = {"ms": ms, "bytes": answer.size}
        if count:
            answer.body.seek(0)
            line["rows"] = _count_rows(answer.body.read()) if answer.size <= PARSE_LIMIT else None
        answer.body.close()
        return ms, line

    ms, line = once(True)
    slow = ms > SLOW_MS  # no warm-up: the first run counts
    print(json.dumps({"phase": "timed" if slow else "warm", **line}), flush=True)
    warm = 3 if ms < 1000 else 1
    for _ in range(warm - 1):
        _, line = once(False)
        print(json.dumps({"phase": "warm", **line}), flush=True)
    spent = ms / 1000 if slow else 0.0
    for _ in range(runs - slow):
        if spent >= budget:
            break
        ms, line = once(False)
        print(json.dumps({"phase": "timed", **line}), flush=True)
        spent += ms / 1000


def embedded(store: Path, query: Path, runs: int, budget: float, timeout: float) -> Latency:
    res = Latency("embedded", query.stem)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(store), str(query), str(runs), str(budget)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    try:
        while True:
            if not sel.select(timeout):
                res.timed_out = timeout
                break
            line = proc.stdout.readline()
            if not line:
                break
            rec = json.loads(line)
            if "rows" in rec:
                res.rows, res.answer_bytes = rec["rows"], rec["bytes"]
            if rec["phase"] == "warm":
                res.warmups += 1
            else:
                res.runs_ms.append(rec["ms"])
    finally:
        if proc.poll() is None and res.timed_out is not None:
            proc.kill()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        sel.close()
    if proc.returncode not in (0, None) and res.timed_out is None:
        res.error = (proc.stderr.read() or "")[-500:]
    proc.stderr.close()
    proc.stdout.close()
    return res


# -- over HTTP ----------------------------------------------------------------------------


def http_once(url: str, query: str, timeout: float) -> tuple[float, bytes]:
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(url, data=data, headers={
        "Accept": ACCEPT, "Content-Type": "application/x-www-form-urlencoded"})
    t = time.perf_counter()
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        body = resp.read()
    ms = (time.perf_counter() - t) * 1000
    if ms > timeout * 1000:
        raise TimeoutError(f"took {ms / 1000:.0f} s")
    return ms, body


def over_http(endpoint, query: Path, runs: int, budget: float, timeout: float) -> Latency:
    """`endpoint`: a peers.Endpoint (url, settle())."""
    res = Latency(endpoint.name, query.stem)
    text = query.read_text(encoding="utf-8")
    try:
        ms, body = http_once(endpoint.url, text, timeout)
        res.warmups = 0 if ms > SLOW_MS else 1
        res.rows, res.answer_bytes = _count_rows(body), len(body)
        del body
        spent = 0.0
        if ms > SLOW_MS:  # no warm-up: the first run counts
            res.runs_ms.append(ms)
            spent = ms / 1000
        for _ in range((3 if ms < 1000 else 1) - 1):
            http_once(endpoint.url, text, timeout)
            res.warmups += 1
        while len(res.runs_ms) < runs and spent < budget:
            ms, _ = http_once(endpoint.url, text, timeout)
            res.runs_ms.append(ms)
            spent += ms / 1000
    except (TimeoutError, OSError) as e:
        if isinstance(e, urllib.error.HTTPError):
            detail = e.read()[:300].decode("utf-8", "replace")
            if e.code in (500, 503, 504) and re.search(r"time ?limit|timeout|timed out", detail, re.I):
                # our server's --query-timeout (503), the Oxigraph server's --timeout-s
                res.timed_out = timeout
            else:
                res.error = f"HTTP {e.code}: {detail}"
        elif isinstance(e, TimeoutError) or "timed out" in str(e):
            res.timed_out = timeout
        else:
            res.error = f"{type(e).__name__}: {e}"
        if not endpoint.settle():
            res.error = (res.error or "") + " (server still busy after 120 s)"
    return res


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]))
    else:
        sys.exit(__doc__)
