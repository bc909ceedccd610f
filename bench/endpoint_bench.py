"""Endpoint throughput: N concurrent clients sending queries back to back for T seconds
(the pattern of tests/load_clients.py and `make soak`), against any SPARQL query URL.

The mix: the competency questions narrowed to one article each (`GRAPH <graph>` for their
`GRAPH ?g`), cycling over articles spread across the corpus. The whole-table CQs
return rows in proportion to the corpus (millions at 100,000 articles) and take seconds to
minutes each, so a throughput figure made of them says nothing at these sizes; the per-article
form is what a page or a client asking about one article sends. `links` has no per-article
form (it reads the union graph) and is left out.
"""
from __future__ import annotations

import asyncio
import re
import statistics
import time

import httpx

from common import cq_files, percentile

ACCEPT = {"Accept": "application/sparql-results+json"}
GRAPH_BASE = "https://w3id.org/thidua-kg/id/graph/"


def per_article(text: str, graph: str) -> str | None:
    """The query with its article graph ?g replaced by one article's graph IRI, or None when
    it has no GRAPH ?g (?g is used only there and never projected, so the answer is the CQ's
    rows for that article; a VALUES binding instead is joined after the whole pattern)."""
    if not re.search(r"GRAPH \?g\b", text):
        return None
    return re.sub(r"GRAPH \?g\b", f"GRAPH <{graph}>", text)


def query_mix(n_articles: int, articles: int = 50) -> list[str]:
    """Per-article CQs over `articles` articles spread evenly over the corpus (g000001...)."""
    step = max(1, n_articles // articles)
    graphs = [f"{GRAPH_BASE}g{i:06d}" for i in range(1, n_articles + 1, step)][:articles]
    texts = [p.read_text(encoding="utf-8") for p in cq_files()]
    mix = []
    for i, g in enumerate(graphs):
        for t in texts[i % len(texts):] + texts[:i % len(texts)]:
            q = per_article(t, g)
            if q:
                mix.append(q)
    return mix


async def _client(url: str, queries: list[str], deadline: float, offset: int, latencies: list[float],
                  errors: list[str], rows: list[int]) -> None:
    async with httpx.AsyncClient(timeout=60) as client:
        i = offset
        while time.monotonic() < deadline:
            q = queries[i % len(queries)]
            i += 1
            t = time.perf_counter()
            try:
                r = await client.post(url, data={"query": q}, headers=ACCEPT)
                if r.status_code != 200:
                    errors.append(f"{r.status_code}: {r.text[:200]}")
                else:
                    latencies.append(time.perf_counter() - t)
                    if len(rows) < 200:
                        rows.append(len(r.json()["results"]["bindings"]))
            except httpx.HTTPError as e:
                errors.append(f"{type(e).__name__}: {e}")


async def _load(url: str, queries: list[str], clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    rows: list[int] = []
    deadline = time.monotonic() + seconds
    t0 = time.monotonic()
    await asyncio.gather(*(_client(url, queries, deadline, n * 7, latencies, errors, rows)
                           for n in range(clients)))
    elapsed = time.monotonic() - t0
    ms = [x * 1000 for x in latencies]
    return {
        "clients": clients, "seconds": seconds, "elapsed": round(elapsed, 1), "requests": len(ms),
        "errors": len(errors), "first_errors": errors[:3], "per_second": round(len(ms) / elapsed, 1),
        "p50_ms": round(statistics.median(ms), 1) if ms else None,
        "p95_ms": round(percentile(ms, 95), 1) if ms else None,
        "mean_rows": round(statistics.mean(rows), 1) if rows else None,
    }


def throughput(url: str, n_articles: int, clients: int, seconds: float) -> dict:
    queries = query_mix(n_articles)
    asyncio.run(_load(url, queries[:clients], clients, 2.0))  # warm-up
    out = asyncio.run(_load(url, queries, clients, seconds))
    out["mix"] = len(queries)
    return out
