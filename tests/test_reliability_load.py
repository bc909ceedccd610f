"""Load: concurrent clients on the competency-question mix, and pathological queries beside them.

A short run here (16 clients, 5 s); `make soak` runs 64 clients for 60 s (tests/soak.py) and
docs/RELIABILITY.md has its figures.
"""
from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from live_server import live_server
from load_clients import run_load

TIME_LIMIT = 2  # seconds: the server's --query-timeout in these tests
PATHOLOGICAL = {
    "cartesian product": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "unbounded property path": "SELECT (COUNT(*) AS ?n) WHERE { ?a (<http://x/p>|!<http://x/p>)* ?b . "
                               "?b (<http://x/q>|!<http://x/q>)* ?c }",
    "huge OFFSET": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } OFFSET 1000000000000",
    "1 MB query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1 # " + "x" * (1024 * 1024),
}


async def pathological_client(url: str, rounds: int) -> list[tuple[str, int, str]]:
    out = []
    async with httpx.AsyncClient(timeout=60) as client:
        for _ in range(rounds):
            for name, query in PATHOLOGICAL.items():
                r = await client.post(url + "/sparql", data={"query": query})
                out.append((name, r.status_code, r.text))
    return out


async def load_with_pathological(url: str, clients: int, seconds: float, bad_clients: int, rounds: int):
    load, *bad = await asyncio.gather(run_load(url, clients, seconds),
                                      *(pathological_client(url, rounds) for _ in range(bad_clients)))
    return load, [answer for answers in bad for answer in answers]


@pytest.fixture(scope="module")
def loaded_server(sample_store):
    with live_server(sample_store, "--query-timeout", str(TIME_LIMIT)) as url:
        yield url


def test_concurrent_clients_get_no_errors(loaded_server):
    figures = asyncio.run(run_load(loaded_server, clients=16, seconds=5))
    print(json.dumps(figures))
    assert figures["errors"] == 0, figures["first_errors"]
    assert figures["requests"] > 50


def test_pathological_queries_stop_at_the_limits_while_others_are_served(loaded_server):
    # three runaways at once: within the runaway places (query_runner.RUNAWAYS); more than that and other
    # clients wait for a slot, because pyoxigraph cannot cancel a query (docs/RELIABILITY.md)
    load, answers = asyncio.run(load_with_pathological(loaded_server, clients=8, seconds=10, bad_clients=1, rounds=1))
    print(json.dumps(load))
    assert load["errors"] == 0, load["first_errors"]
    for name, status, text in answers:
        if name == "1 MB query":
            assert status == 413 and "may be at most 256 KB" in text
        else:
            assert status == 503 and f"time limit of {TIME_LIMIT} s" in text, (name, status, text[:200])
