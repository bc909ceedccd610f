"""Extraction in worker processes that survives a worker's death.

multiprocessing.Pool never returns from a map whose worker died (SIGKILL, a
segfault in a native library, the OOM killer). A ProcessPoolExecutor notices:
every pending future raises BrokenProcessPool. The batches that failed are then
run again in a fresh pool, and a batch that fails again is split into single
articles, each in its own task, so that only the article that kills a worker
(or whose result cannot be sent back) is rejected and nothing else is lost.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Sequence

BATCH = 8  # articles a task: fewer round trips, and as fine-grained as map_async(chunksize=8) was

Result = tuple  # (N-Quads text or None, reason or None, triples)


def _run_batch(work: Callable, items: Sequence) -> list:
    return [work(item) for item in items]


class Extractors:
    """`workers` forked processes running `work(item)`; a dead one is replaced."""

    def __init__(self, work: Callable, workers: int):
        self.work = work
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # fork: the workers inherit the loaded stages (lexicon, shapes) instead of loading them again
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"))
        return self._pool

    def _renew(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def submit(self, items: Sequence) -> list[tuple[Sequence, Future | None]]:
        """Start the work on `items`; results(...) of the return value gives their results in order."""
        parts = []
        for i in range(0, len(items), BATCH):
            batch = items[i:i + BATCH]
            try:
                parts.append((batch, self._executor().submit(_run_batch, self.work, batch)))
            except BrokenProcessPool:  # died before we got here: results() retries it
                parts.append((batch, None))
        return parts

    def results(self, parts: list[tuple[Sequence, Future | None]]) -> list[Result]:
        out: list[Result] = []
        for batch, future in parts:
            try:
                if future is None:
                    raise BrokenProcessPool("the worker pool was broken")
                out.extend(future.result())
            except Exception as exc:  # noqa: BLE001 - a dead worker or an unpicklable result
                out.extend(self._retry(batch, exc))
        return out

    def _once(self, batch: Sequence) -> list[Result]:
        try:
            return self._executor().submit(_run_batch, self.work, batch).result()
        except BrokenProcessPool:
            self._renew()
            raise

    def _retry(self, batch: Sequence, first: BaseException) -> list[Result]:
        """The batch again in a sound pool; if it fails again, one article a task."""
        if isinstance(first, BrokenProcessPool):
            self._renew()
        try:
            return self._once(batch)
        except Exception:  # noqa: BLE001 - isolate the culprit below
            pass
        out: list[Result] = []
        for item in batch:
            try:
                out.extend(self._once([item]))
            except Exception as exc:  # noqa: BLE001
                out.append((None, _death_reason(exc), 0))
        return out

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


def _death_reason(exc: BaseException) -> str:
    if isinstance(exc, BrokenProcessPool):
        return ("the extraction worker process died on this article (killed, or crashed in native code); "
                "the other articles were not affected")
    return f"the extraction result could not be returned from the worker: {type(exc).__name__}: {exc}"
