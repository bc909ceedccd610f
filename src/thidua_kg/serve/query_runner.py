"""Run one SPARQL query against the store under a time limit, into a spooled file.

pyoxigraph cannot cancel a query. The query runs in a worker thread (the store
releases the GIL while it evaluates) and the request waits for it at most
`timeout` seconds; after that the client gets 503 and the thread is abandoned.
An abandoned query stops at its next write of results (the output raises), so
a query that streams many rows ends at once; one that computes long before its
first row (a big aggregate or ORDER BY, a huge OFFSET) runs to its end in its
thread. Such a runaway gives its worker slot back when its request gives up, so
that other clients are still served, and is counted among at most RUNAWAYS
runaways; beyond that it keeps its slot. So at most WORKERS + RUNAWAYS queries
are evaluated at once.

Results are serialised into a temporary file kept in memory up to SPOOL_BYTES
and on disk beyond, so a large result costs disk, not memory.
"""
from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from tempfile import SpooledTemporaryFile
from typing import Callable

import pyoxigraph as ox

from . import query_text
from .results import GRAPH, RESULTS, Format

SPOOL_BYTES = 8 * 1024 * 1024
WORKERS = 4
RUNAWAYS = 4  # abandoned queries that may go on without holding a worker slot
READ_ONLY = "SPARQL Update is not accepted: this endpoint is read-only"


class QueryRejected(Exception):
    """The request cannot be answered; `status` and the message say why."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class _Abandoned(Exception):
    """Raised inside the serialiser once the request stopped waiting."""


@dataclass
class QueryRequest:
    text: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)


@dataclass
class QueryAnswer:
    format: Format
    body: SpooledTemporaryFile
    size: int

    def chunks(self, size: int = 64 * 1024):
        """The serialised results, chunk by chunk, closing the file at the end."""
        try:
            self.body.seek(0)
            while chunk := self.body.read(size):
                yield chunk
        finally:
            self.body.close()


class _StopWhenAbandoned:
    """A binary sink that raises once `abandoned` is set."""

    def __init__(self, sink, abandoned: threading.Event):
        self.sink, self.abandoned = sink, abandoned

    def write(self, data) -> int:
        if self.abandoned.is_set():
            raise _Abandoned()
        return self.sink.write(data)

    def flush(self) -> None:
        pass


def _iri(value: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(value)
    except ValueError:
        raise QueryRejected(400, f"not an absolute IRI: {value!r}") from None


def dataset_arguments(req: QueryRequest) -> dict:
    """Store.query arguments for the request's RDF dataset.

    default-graph-uri / named-graph-uri, when given, are the whole dataset (SPARQL
    1.1 Protocol §2.1.4: a missing one is empty) and override FROM in the query.
    Else a query with FROM keeps its own dataset, and any other sees the union
    of all graphs as its default graph, every named graph addressable by GRAPH."""
    if req.default_graphs or req.named_graphs:
        return {"default_graph": [_iri(g) for g in req.default_graphs],
                "named_graphs": [_iri(g) for g in req.named_graphs]}
    if query_text.declares_dataset(req.text):
        return {}
    return {"use_default_graph_as_union": True}


def _evaluate(store: ox.Store, req: QueryRequest, choose: Callable[[str], Format],
              abandoned: threading.Event) -> QueryAnswer:
    kwargs = dataset_arguments(req)
    try:
        result = store.query(req.text, **kwargs)
    except SyntaxError as e:
        if query_text.looks_like_update(req.text):
            raise QueryRejected(400, READ_ONLY) from None
        raise QueryRejected(400, f"malformed query: {e}") from None
    fmt = choose(GRAPH if isinstance(result, ox.QueryTriples) else RESULTS)
    body = SpooledTemporaryFile(max_size=SPOOL_BYTES)
    try:
        result.serialize(_StopWhenAbandoned(body, abandoned), fmt.oxigraph)
        size = body.tell()
    except BaseException:
        body.close()
        raise
    return QueryAnswer(fmt, body, size)


def _run(store, req, choose, abandoned) -> QueryAnswer:
    """_evaluate with the store's evaluation errors as client errors."""
    try:
        return _evaluate(store, req, choose, abandoned)
    except (RuntimeError, ValueError) as e:  # e.g. an unsupported function, a bad IRI
        raise QueryRejected(400, f"query evaluation failed: {e}") from None


class QueryRunner:
    """Evaluates queries in daemon threads, at most `workers` at once, under a time limit.

    Daemon threads, not a thread pool: an abandoned query must not hold up the
    server's exit."""

    def __init__(self, store: ox.Store, timeout: float, workers: int = WORKERS):
        self.store = store
        self.timeout = timeout
        self._slots = threading.BoundedSemaphore(workers)
        self._runaways = threading.BoundedSemaphore(RUNAWAYS)

    async def run(self, req: QueryRequest, choose: Callable[[str], Format]) -> QueryAnswer:
        """The serialised answer; QueryRejected on a bad query or a missed time limit.

        `choose(kind)` picks the format for "results" or "graph", raising
        QueryRejected (406) when none fits. Waiting for a free worker counts
        towards the limit."""
        if query_text.calls_service(req.text):
            raise QueryRejected(400, "federated queries (SERVICE) are not supported by this endpoint")
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        abandoned = threading.Event()
        slot = _Slot(self._slots, self._runaways)

        def work():
            slot.acquire()
            try:
                if abandoned.is_set():
                    return
                try:
                    outcome = (_run(self.store, req, choose, abandoned), None)
                except BaseException as e:  # handed to the waiting request
                    outcome = (None, e)
            finally:
                slot.release()
            try:
                loop.call_soon_threadsafe(_settle, future, *outcome)
            except RuntimeError:  # the event loop is gone: nobody waits
                _settle(future, *outcome)

        threading.Thread(target=work, name="sparql-query", daemon=True).start()
        try:
            return await asyncio.wait_for(future, self.timeout)
        except asyncio.TimeoutError:
            abandoned.set()
            slot.run_away()
            raise QueryRejected(503, f"the query did not finish within the time limit of {self.timeout:g} s; "
                                     "narrow it (LIMIT, more specific patterns) or download a dump") from None


class _Slot:
    """One query's worker slot, which an abandoned query may trade for a runaway place."""

    def __init__(self, slots: threading.BoundedSemaphore, runaways: threading.BoundedSemaphore):
        self._slots, self._runaways = slots, runaways
        self._lock = threading.Lock()
        self._held = self._runaway = False

    def acquire(self) -> None:
        self._slots.acquire()
        with self._lock:
            self._held = True

    def run_away(self) -> None:
        """The request gave up: free the worker slot if there is room among the runaways."""
        with self._lock:
            if self._held and self._runaways.acquire(blocking=False):
                self._held, self._runaway = False, True
                self._slots.release()

    def release(self) -> None:
        with self._lock:
            if self._held:
                self._slots.release()
            if self._runaway:
                self._runaways.release()
            self._held = self._runaway = False


def _settle(future: asyncio.Future, answer: QueryAnswer | None, error: BaseException | None) -> None:
    """Hand the outcome to the waiting request, or free it when nobody waits any more."""
    if future.done():
        if answer is not None:
            answer.body.close()
    elif error is not None:
        future.set_exception(error)
    else:
        future.set_result(answer)
