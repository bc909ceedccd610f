"""The /query page: an editor, the competency questions as examples, results as a table."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from urllib.parse import urlencode

from .. import query as cq
from .iris import page_url, path_for_iri

MAX_SHOWN = 1000  # rows shown on the page; the CSV and JSON downloads have them all
DEFAULT_TIMEOUT = 30.0  # seconds, when the app sets no query_timeout


@dataclass
class Value:
    text: str | None
    href: str | None = None


def _value(v: str | None, base_iri: str) -> Value:
    if v is None:
        return Value(None)
    if path_for_iri(v, base_iri) is not None:
        return Value(v, page_url(v, base_iri))
    if v.startswith(("http://", "https://")):
        return Value(v, v)
    return Value(v)


def run_limited(store, text: str, seconds: float) -> cq.Result:
    """cq.run under a time limit: a daemon thread, left to finish on its own when too slow
    (Oxigraph cannot stop a query), so that the page answers in time."""
    box: dict = {}

    def work():
        try:
            box["result"] = cq.run(store, text)
        except cq.QueryError as e:
            box["error"] = e

    worker = threading.Thread(target=work, name="query-page", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise cq.QueryError(f"the query ran longer than {seconds:g} s and was abandoned")
    if "error" in box:
        raise box["error"]
    return box["result"]


def context(store, base_iri: str, text: str | None, name: str | None, timeout: float | None = None) -> dict:
    out = {"examples": cq.cq_names(), "cq": name, "text": text or "", "error": None, "result": None}
    if name and not text:
        try:
            out["text"] = cq.load_cq(name)
        except cq.QueryError as e:
            out["error"] = str(e)
        return out
    if not text or not text.strip():
        return out
    try:
        result = run_limited(store, text, timeout or DEFAULT_TIMEOUT)
    except cq.QueryError as e:
        out["error"] = str(e)
        return out
    if result.kind == "graph":
        columns = ["subject", "predicate", "object"]
        rows = [[cq.plain(t.subject), cq.plain(t.predicate), cq.plain(t.object)] for t in result.triples]
    else:
        columns, rows = result.columns, result.rows
    params = lambda fmt: urlencode({"query": text, "format": fmt})  # noqa: E731
    out.update(result=result, columns=columns, total=len(rows),
               rows=[[_value(v, base_iri) for v in row] for row in rows[:MAX_SHOWN]],
               csv_url=f"/sparql?{params('csv')}", json_url=f"/sparql?{params('json')}")
    return out
