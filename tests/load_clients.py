"""Concurrent clients of the SPARQL endpoint: the competency-question mix, with latency and memory figures.

`python tests/load_clients.py URL --clients 64 --seconds 60 [--server-pid PID]` prints one JSON line;
the soak target (make soak) and tests/test_reliability_load.py use it.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from pathlib import Path

import httpx

QUERIES = Path(__file__).resolve().parents[1] / "queries"
ACCEPT = {"Accept": "application/sparql-results+json"}


def competency_queries() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(QUERIES.glob("*.rq"))]


def rss_mb(pid: int) -> dict[str, float]:
    """Resident and peak resident memory of a process, MB (Linux /proc)."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = round(int(value.split()[0]) / 1024, 1)
    return fields


async def _client(url: str, queries: list[str], deadline: float, offset: int, latencies: list[float],
                  errors: list[str]) -> None:
    async with httpx.AsyncClient(timeout=60) as client:
        i = offset
        while time.monotonic() < deadline:
            q = queries[i % len(queries)]
            i += 1
            t = time.perf_counter()
            try:
                r = await client.post(url + "/sparql", data={"query": q}, headers=ACCEPT)
                if r.status_code != 200:
                    errors.append(f"{r.status_code}: {r.text[:200]}")
                else:
                    latencies.append(time.perf_counter() - t)
            except httpx.HTTPError as e:
                errors.append(f"{type(e).__name__}: {e}")


async def run_load(url: str, clients: int, seconds: float, queries: list[str] | None = None) -> dict:
    """`clients` clients each sending queries back to back for `seconds`; latencies in ms."""
    queries = queries or competency_queries()
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + seconds
    await asyncio.gather(*(_client(url, queries, deadline, n, latencies, errors) for n in range(clients)))
    ms = sorted(x * 1000 for x in latencies)
    return {
        "clients": clients, "seconds": seconds, "requests": len(ms), "errors": len(errors),
        "first_errors": errors[:3], "per_second": round(len(ms) / seconds, 1),
        "p50_ms": round(statistics.median(ms), 1) if ms else None,
        "p99_ms": round(ms[min(len(ms) - 1, int(len(ms) * 0.99))], 1) if ms else None,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("url")
    ap.add_argument("--clients", type=int, default=64)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--server-pid", type=int)
    args = ap.parse_args()
    figures = asyncio.run(run_load(args.url, args.clients, args.seconds))
    if args.server_pid:
        figures["server_memory_mb"] = rss_mb(args.server_pid)
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
