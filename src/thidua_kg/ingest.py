"""Ingest: read -> extract -> graph -> validate -> store, one article at a time.

Streams its inputs (never holds the corpus), writes each article's named graph
in one atomic update, and accounts for every input: stored, unchanged (same
content and same pipeline: nothing to do) or rejected with its reason. A bad
article never stops the others.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
from collections import Counter, deque
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import IO

from . import __version__, paths
from .extract.facts import Article
from .namespaces import DEFAULT_BASE
from .read import ReadError, read_paths
from .workers import Extractors

EXIT_OK, EXIT_REJECTED, EXIT_FAILED = 0, 1, 2


@dataclass(slots=True)
class Outcome:
    source: str
    line: int | None
    id: str | None
    status: str  # "pending" (read, not yet written) | "stored" | "unchanged" | "rejected"
    reason: str | None = None
    triples: int = 0

    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line else self.source


class IngestReport:
    """What became of every input: counts, the rejected ones with their reasons, and for
    `--report` each input's outcome, spooled to a temporary file in input order. Only the
    outcomes still in flight are held, so memory stays flat however large the corpus."""

    def __init__(self, spool: bool = False):
        self.counts: Counter[str] = Counter()
        self.triples = 0
        self.rejected: list[tuple[str, str]] = []  # (where, reason): rare, kept for the summary
        self.seconds = 0.0
        self.compacted: float | None = None  # seconds spent compacting the store at the end, if it was
        self.error: str | None = None  # set when nothing could run (e.g. the store cannot be opened)
        self._open: deque[Outcome] = deque()  # read, in input order, from the first one still pending
        self._spool: IO[str] | None = tempfile.TemporaryFile("w+", encoding="utf-8") if spool else None

    def add(self, out: Outcome) -> Outcome:
        """Account for the next input (its outcome may still be pending: then settle() later)."""
        self._open.append(out)
        self.settle()
        return out

    def settle(self) -> None:
        """Count the outcomes decided so far, in input order."""
        while self._open and self._open[0].status != "pending":
            out = self._open.popleft()
            self.counts[out.status] += 1
            self.triples += out.triples
            if out.status == "rejected":
                self.rejected.append((out.where(), out.reason or ""))
            if self._spool is not None:
                self._spool.write(json.dumps(asdict(out), ensure_ascii=False) + "\n")

    def abandon(self, reason: str) -> None:
        """The inputs still pending were not written (the store failed)."""
        for out in self._open:
            if out.status == "pending":
                out.status, out.reason, out.triples = "rejected", reason, 0
        self.settle()

    @property
    def read(self) -> int:
        return sum(self.counts.values()) + len(self._open)

    @property
    def stored(self) -> int:
        return self.counts["stored"]

    @property
    def unchanged(self) -> int:
        return self.counts["unchanged"]

    @property
    def exit_code(self) -> int:
        if self.error:
            return EXIT_FAILED
        return EXIT_REJECTED if self.rejected else EXIT_OK

    def summary(self) -> str:
        if self.error:
            return f"ingest failed: {self.error}"
        rate = self.read / self.seconds if self.seconds else 0.0
        lines = [
            f"read {self.read} inputs: {self.stored} stored, {self.unchanged} unchanged, "
            f"{len(self.rejected)} rejected; {self.triples} triples written "
            f"in {self.seconds:.1f} s ({rate:.0f} articles/s)"
            + (f", the store compacted for queries in {self.compacted:.1f} s of it" if self.compacted is not None else "")
        ]
        lines += [f"  rejected {where}: {reason}" for where, reason in self.rejected]
        return "\n".join(lines)

    def write(self, path: str) -> None:
        """The report as one JSON object: the counts, then "inputs", every input's outcome
        in input order (streamed from the spool)."""
        head = {
            "read": self.read, "stored": self.stored, "unchanged": self.unchanged,
            "rejected": len(self.rejected), "triples": self.triples, "seconds": round(self.seconds, 3),
            "compaction_seconds": None if self.compacted is None else round(self.compacted, 3),
            "error": self.error,
        }
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(head, ensure_ascii=False)[:-1] + ',\n "inputs": [')
            first = True
            if self._spool is not None:
                self._spool.seek(0)
                for line in self._spool:
                    f.write(("\n  " if first else ",\n  ") + line.rstrip("\n"))
                    first = False
            f.write("\n ]\n}\n")

    def close(self) -> None:
        if self._spool is not None:
            self._spool.close()
            self._spool = None


@cache
def pipeline_fingerprint() -> str:
    """Changes whenever the extractor, the mapping or their data change, so that a
    re-ingest redoes articles whose facts could differ, and only those."""
    h = hashlib.sha256(__version__.encode())
    src = Path(__file__).resolve().parent
    files = sorted(src.glob("extract/*.py")) + sorted(src.glob("text/*.py")) + [src / "graph.py"]
    files.append(src / "link" / "admin_units.py")
    files += sorted(Path(paths.ONTOLOGY_DIR).rglob("*.ttl")) + sorted(Path(paths.ONTOLOGY_DIR).rglob("*.txt"))
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def article_hash(a: Article, base: str) -> str:
    h = hashlib.sha256()
    for part in (pipeline_fingerprint(), base, a.id, a.title or "", a.url or "", a.published or "", a.text):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


class Stages:
    """The pipeline's stages for one article, loaded once per process:
    extract -> graph -> validate -> N-Triples (what the store loads)."""

    def __init__(self, base: str = DEFAULT_BASE):
        from . import graph
        from .extract.lexicon import load_lexicon
        from .extract.pipeline import extract
        from .validate import Validator
        from .vocab import load_vocabulary

        self.base = base
        self._extract = extract
        self._graph = graph
        self.validator = Validator.load()
        self.vocab = load_vocabulary()
        load_lexicon()  # before the workers fork, so that they share it

    def process(self, a: Article) -> tuple[bytes | None, str | None, int]:
        """(N-Quads as UTF-8 or None, reason for rejecting or None, triples). Bytes: the
        writer joins them for the store as they come, without decoding and encoding again."""
        try:
            g, triples = self._graph.article_triples(self._extract(a), self.base, self.vocab)
        except Exception as exc:  # an extractor bug must not lose the other articles
            return None, f"extraction failed: {type(exc).__name__}: {exc}", 0
        report = self.validator.validate(triples)
        if not report.conforms:
            return None, "SHACL: " + "; ".join(v.message for v in report.violations[:5]), 0
        return self._graph.ntriples(triples, g).encode(), None, len(triples) + 1


_STAGES: Stages | None = None


def _work(a: Article):
    return _STAGES.process(a)


# Compact the store at the end when this run wrote at least 1/COMPACT_SHARE of its article graphs:
# it halves query times after a large ingest, while a small one into a large store (which
# would rewrite it all) leaves merging to RocksDB's background compaction.
COMPACT_SHARE = 10
CHUNK = 512  # articles in flight: bounds memory whatever the corpus size; larger bulk loads mean less compaction
TABLE_FILES = 64  # of the store's files kept open while writing: their indexes stay in memory (store._open_rocksdb)


class SeenGraphs:
    """The article graphs this run has read, each with the id and the place it was first
    read from (for the message about a duplicate). The places wait in a temporary file and
    memory holds a number per graph: a dict of the IRIs and places came to 36 MB at 100,000
    articles, a tenth of the writer."""

    def __init__(self):
        self._at: dict[int, int] = {}  # key(graph IRI) -> offset of its line in the file
        self._clash: dict[str, int] = {}  # graph IRI -> offset, for IRIs whose key another has
        self._file = tempfile.TemporaryFile("w+b")
        self._size = 0

    key = staticmethod(hash)  # a number for an IRI; two IRIs with one number are told apart by the file

    def first(self, g: str) -> tuple[str, str] | None:
        """(article id, where read) of graph `g` if this run read it already."""
        off = self._clash.get(g)
        if off is None:
            off = self._at.get(self.key(g))
        if off is None:
            return None
        self._file.seek(off)
        line_g, article_id, where = json.loads(self._file.readline())
        self._file.seek(0, os.SEEK_END)
        return (article_id, where) if line_g == g else None

    def add(self, g: str, article_id: str, where: str) -> None:
        line = json.dumps([g, article_id, where], ensure_ascii=False) + "\n"  # one line, whatever the id holds
        off, self._size = self._size, self._size + self._file.write(line.encode("utf-8"))
        if self._at.setdefault(self.key(g), off) != off:
            self._clash[g] = off

    def close(self) -> None:
        self._file.close()


def ingest(paths_in: list[str], store_dir: str, base_iri: str = DEFAULT_BASE, progress: bool = True,
           report_path: str | None = None, workers: int | None = None) -> IngestReport:
    """Ingest files and folders into the store; `workers` processes extract in
    parallel (default: one per core) while this process writes; with 0 this
    process does everything (slower: nothing overlaps)."""
    global _STAGES
    from .graph import vocabulary_graph_iri
    from .link.reference import publish_admin_units
    from .store import StoreError, open_store

    report = IngestReport(spool=bool(report_path))
    t0 = time.perf_counter()
    workers = max(0, workers if workers is not None else (os.cpu_count() or 1))
    _STAGES = Stages(base_iri)
    extractors = Extractors(_work, workers) if workers else None
    try:
        try:
            store = open_store(store_dir, base=base_iri, table_files=TABLE_FILES)
            store.ensure_vocabulary(_STAGES.vocab.quads(vocabulary_graph_iri(base_iri)))
            publish_admin_units(store)
            known = drop_uncommitted_graphs(store)  # article graph -> content hash
            if known:  # reading the hashes filled the strings' cache, 128 MB at 100,000 articles: free it
                store.reopen()
        except (StoreError, OSError) as exc:
            report.error = _store_failure(exc, store_dir)
            return report
        try:
            _run(paths_in, store, base_iri, report, extractors, _progress(progress), known)
            store.flush()
            if report.stored and report.stored * COMPACT_SHARE >= len(known) + report.stored:
                t = time.perf_counter()
                store.optimize()
                report.compacted = time.perf_counter() - t
        except OSError as exc:  # a full disk, a store made read-only under us: what was committed stays
            report.error = _store_failure(exc, store_dir)
            report.abandon("not written: the store failed")
    finally:
        if extractors:
            extractors.close()
        report.seconds = time.perf_counter() - t0
        if report_path:
            _write_report(report, report_path)
        report.close()
    return report


def _run(paths_in, store, base_iri: str, report: IngestReport, extractors, bar, known: dict[str, str]) -> None:
    """Read every input, extract in the workers one chunk ahead, write in this process.
    `known`: the store's article graphs and their content hashes, read in one scan."""
    from .graph import graph_iri, vocabulary_graph_iri

    reserved = vocabulary_graph_iri(base_iri)
    seen = SeenGraphs()
    pending: list[tuple[Outcome, Article, str, str]] = []
    in_flight = None  # (chunk, work): extraction of one chunk overlaps the writing of the last

    def submit():
        chunk = list(pending)
        pending.clear()
        arts = [p[1] for p in chunk]
        if extractors:
            return chunk, extractors.submit(arts)
        return chunk, [_STAGES.process(a) for a in arts]

    def write(job) -> None:
        chunk, work = job
        results = extractors.results(work) if extractors else work
        writes = []
        for (out, a, g, digest), (text, reason, n) in zip(chunk, results):
            if reason:
                out.status, out.reason = "rejected", reason
            else:
                out.status, out.triples = "stored", n
                writes.append((g, text, digest))
        try:
            store.write_graphs(writes, existing=known)
        except BaseException:
            for out, *_ in chunk:  # not committed: the next run writes them
                if out.status == "stored":
                    out.status, out.reason, out.triples = "rejected", "not written: the store failed", 0
            raise
        report.settle()
        if bar:
            bar.update(len(chunk))

    for item in read_paths(paths_in):
        if isinstance(item, ReadError):
            report.add(Outcome(item.source, item.line, None, "rejected", item.reason))
            continue
        where = f"{item.source}:{item.line}" if item.line else item.source or ""
        g = graph_iri(item.id, base_iri)
        out = report.add(Outcome(item.source or "", item.line, item.id, "pending"))
        if g == reserved:
            out.status = "rejected"
            out.reason = f"article id '{item.id}' names the graph of the vocabulary; give the article another id"
            continue
        first = seen.first(g)
        if first:
            first_id, first_where = first
            out.status = "rejected"
            out.reason = (f"duplicate article id '{item.id}' (first read from {first_where})" if first_id == item.id
                          else f"article id '{item.id}' has the same IRI as '{first_id}' (read from {first_where})")
            continue
        seen.add(g, item.id, where)
        digest = article_hash(item, base_iri)
        if known.get(g) == digest:
            out.status = "unchanged"
            continue
        pending.append((out, item, g, digest))
        if len(pending) >= CHUNK:
            job = submit()
            if in_flight:
                write(in_flight)
            in_flight = job
    if pending:
        job = submit()
        if in_flight:
            write(in_flight)
        in_flight = job
    if in_flight:
        write(in_flight)
    seen.close()
    report.settle()
    if bar:
        bar.close()


def drop_uncommitted_graphs(store) -> dict[str, str]:
    """Remove article graphs without a content hash: half of a bulk load that a killed
    ingest left behind. Committed graphs always have their hash (KGStore.write_graphs).
    Returns the article graphs the store keeps, with their content hashes."""
    import pyoxigraph as ox

    hashes = store.content_hashes()
    kept = {}
    for g in store.article_graphs():
        if g in hashes:
            kept[g] = hashes[g]
        else:
            store.store.remove_graph(ox.NamedNode(g))
    return kept


def _store_failure(exc: BaseException, store_dir: str) -> str:
    """One line saying why the store could not be written, naming it."""
    text = " ".join(str(exc).split())
    if isinstance(exc, OSError) and exc.strerror:
        text = exc.strerror
    if "No space left" in text or "ENOSPC" in text:
        hint = "the disk is full; free space and run again (committed articles are kept)"
    elif "Read-only" in text or "Permission denied" in text or "read-only" in text.lower():
        hint = "the store directory is not writable"
    else:
        hint = "the store could not be written"
    return f"{hint}: {store_dir}: {text[:300]}"


def _write_report(report: IngestReport, report_path: str) -> None:
    try:
        report.write(report_path)
    except OSError as exc:
        print(f"thidua-kg: cannot write the report {report_path}: {exc.strerror or exc}", file=sys.stderr)


def _progress(enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=" articles", file=sys.stderr)
