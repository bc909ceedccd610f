"""Ingest: read -> extract -> graph -> validate -> store, one article at a time.

Streams its inputs (never holds the corpus), writes each article's named graph
in one atomic update, and accounts for every input: stored, unchanged (same
content and same pipeline: nothing to do) or rejected with its reason. A bad
article never stops the others.
"""
from __future__ import annotations

import hashlib
import json
import sys
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from . import __version__, paths
from .extract.facts import Article
from .namespaces import DEFAULT_BASE
from .read import ReadError, read_paths

EXIT_OK, EXIT_REJECTED, EXIT_FAILED = 0, 1, 2


@dataclass
class Outcome:
    source: str
    line: int | None
    id: str | None
    status: str  # "stored" | "unchanged" | "rejected"
    reason: str | None = None
    triples: int = 0

    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line else self.source


@dataclass
class IngestReport:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None  # set when nothing could run (e.g. the store cannot be opened)

    def _count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def read(self) -> int:
        return len(self.outcomes)

    @property
    def stored(self) -> int:
        return self._count("stored")

    @property
    def unchanged(self) -> int:
        return self._count("unchanged")

    @property
    def rejected(self) -> list[tuple[str, str]]:
        return [(o.where(), o.reason or "") for o in self.outcomes if o.status == "rejected"]

    @property
    def triples(self) -> int:
        return sum(o.triples for o in self.outcomes)

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
        ]
        lines += [f"  rejected {where}: {reason}" for where, reason in self.rejected]
        return "\n".join(lines)

    def to_json(self) -> dict:
        return {
            "read": self.read, "stored": self.stored, "unchanged": self.unchanged,
            "rejected": len(self.rejected), "triples": self.triples, "seconds": round(self.seconds, 3),
            "error": self.error,
            "inputs": [o.__dict__ for o in self.outcomes],
        }


@cache
def pipeline_fingerprint() -> str:
    """Changes whenever the extractor, the mapping or their data change, so that a
    re-ingest redoes articles whose facts could differ, and only those."""
    h = hashlib.sha256(__version__.encode())
    src = Path(__file__).resolve().parent
    files = sorted(src.glob("extract/*.py")) + sorted(src.glob("text/*.py")) + [src / "graph.py"]
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


class Ingester:
    """The pipeline's stages, loaded once and applied per article."""

    def __init__(self, store, base: str = DEFAULT_BASE):
        from .extract.pipeline import extract
        from .graph import article_quads, graph_iri, vocabulary_graph_iri
        from .validate import Validator
        from .vocab import load_vocabulary

        self.store = store
        self.base = base
        self._extract = extract
        self._quads = article_quads
        self._graph_iri = graph_iri
        self.validator = Validator.load()
        vocab = load_vocabulary()
        self.vocab = vocab
        store.ensure_vocabulary(vocab.quads(vocabulary_graph_iri(base)))

    def one(self, a: Article) -> Outcome:
        out = Outcome(a.source or "", a.line, a.id, "stored")
        g = self._graph_iri(a.id, self.base)
        digest = article_hash(a, self.base)
        if self.store.content_hash(g) == digest:
            out.status = "unchanged"
            return out
        try:
            quads = self._quads(self._extract(a), self.base, self.vocab)
        except Exception as exc:  # an extractor bug must not lose the other articles
            out.status, out.reason = "rejected", f"extraction failed: {type(exc).__name__}: {exc}"
            return out
        report = self.validator.validate(quads)
        if not report.conforms:
            out.status, out.reason = "rejected", "SHACL: " + "; ".join(v.message for v in report.violations[:5])
            return out
        self.store.replace_graph(g, quads, digest)
        out.triples = len(quads) + 1
        return out


def ingest(paths_in: list[str], store_dir: str, base_iri: str = DEFAULT_BASE, progress: bool = True,
           report_path: str | None = None) -> IngestReport:
    from .store import StoreError, open_store

    report = IngestReport()
    t0 = time.perf_counter()
    try:
        store = open_store(store_dir, base=base_iri)
        ing = Ingester(store, base_iri)
    except (StoreError, OSError) as exc:
        report.error = str(exc)
        return report
    seen: dict[str, str] = {}
    bar = _progress(progress)
    for item in read_paths(paths_in):
        if isinstance(item, ReadError):
            report.outcomes.append(Outcome(item.source, item.line, None, "rejected", item.reason))
        else:
            first = seen.get(ing._graph_iri(item.id, base_iri))
            if first is not None:
                report.outcomes.append(Outcome(item.source or "", item.line, item.id, "rejected",
                                               f"duplicate article id '{item.id}' (first read from {first})"))
            else:
                seen[ing._graph_iri(item.id, base_iri)] = f"{item.source}:{item.line}" if item.line else item.source or ""
                report.outcomes.append(ing.one(item))
        if bar:
            bar.update(1)
    if bar:
        bar.close()
    store.flush()
    report.seconds = time.perf_counter() - t0
    if report_path:
        Path(report_path).write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    return report


def _progress(enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=" articles", file=sys.stderr)
