"""The embedded persistent store: a pyoxigraph.Store on a directory.

One named graph per article, replaced atomically; the default graph of queries
is the union of all graphs.
"""
from __future__ import annotations

import ctypes
import gzip
import io
import os
import resource
import sys
from pathlib import Path
from functools import partial
from typing import IO, Callable, Container, Iterable

import pyoxigraph as ox

from .namespaces import DCTERMS, DEFAULT_BASE, FOAF, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, TK, TKV, XSD

CONTENT_HASH = ox.NamedNode(TK + "contentHash")
PREFIXES = {
    "tk": TK, "tkv": TKV, "org": ORG, "prov": PROV, "skos": SKOS, "dcterms": DCTERMS,
    "schema": SCHEMA, "foaf": FOAF, "rdf": RDF, "rdfs": RDFS, "xsd": XSD,
}
EXPORT_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
}
# export format of an output file name (a trailing .gz only adds compression)
EXPORT_SUFFIXES = {".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".jsonld": "jsonld"}


def export_format_for(path: str | os.PathLike, default: str = "nquads") -> str:
    """The export format a file name implies (thidua-kg.nq.gz → nquads), else `default`."""
    name = Path(path).name.lower().removesuffix(".gz")
    return EXPORT_SUFFIXES.get(Path(name).suffix, default)


# Oxigraph stores every integer-derived literal as xsd:integer (lossy encoding).
# These properties are xsd:nonNegativeInteger in the model: restored on read.
_XSD_INTEGER = ox.NamedNode(XSD + "integer")
_XSD_NNI = ox.NamedNode(XSD + "nonNegativeInteger")
NON_NEGATIVE = frozenset(
    ox.NamedNode(TK + p) for p in ("startOffset", "endOffset", "sites", "collectives", "individuals")
)


def restore_datatypes(quads: list) -> list:
    """Quads (or triples) with xsd:nonNegativeInteger back on the count properties."""
    out = []
    for q in quads:
        o = q.object
        if isinstance(o, ox.Literal) and o.datatype == _XSD_INTEGER and q.predicate in NON_NEGATIVE:
            lit = ox.Literal(o.value, datatype=_XSD_NNI)
            q = ox.Quad(q.subject, q.predicate, lit, q.graph_name) if isinstance(q, ox.Quad) \
                else ox.Triple(q.subject, q.predicate, lit)
        out.append(q)
    return out


def _out_of_graph(nquads: str, g: ox.NamedNode) -> str:
    """N-Quads lines in graph g ("s p o g .") as N-Triples lines ("s p o .")."""
    tail = f" {g} ."
    return "\n".join(line[: -len(tail)] + " ." if line.endswith(tail) else line for line in nquads.split("\n") if line)


class StoreError(Exception):
    """The store directory cannot be opened or used."""


class KGStore:
    def __init__(self, store: ox.Store, path: str | None = None, base: str = DEFAULT_BASE,
                 opener: Callable[[], ox.Store] | None = None):
        self.store = store
        self.path = path
        self.base = base
        self._opener = opener  # opens the store again, as it was opened (None: it cannot be)

    def reopen(self) -> None:
        """Close the store and open it again: the only way to free RocksDB's caches, which
        pyoxigraph does not let us size (a 128 MB block cache for the strings alone, filled
        by reading the content hashes of a large store, and the indexes of the files that
        bulk loads and compactions leave). A long ingest calls it now and then."""
        if self._opener is None or sys.getrefcount(self.store) > 2:  # held elsewhere: it would stay open
            return
        self.store.flush()
        self.store = None  # type: ignore[assignment]  # the last reference: RocksDB closes here
        release_free_memory()
        self.store = self._opener()

    # -- writing ---------------------------------------------------------------

    def replace_graph(self, graph_iri: str, quads: Iterable, content_hash: str) -> bool:
        """Replace the named graph in one SPARQL Update (one transaction).

        Returns False, writing nothing, when the graph's stored tk:contentHash
        equals `content_hash`. The hash triple is added to the graph.
        """
        if self.content_hash(graph_iri) == content_hash:
            return False
        g = ox.NamedNode(graph_iri)
        lines = [f"{t.subject} {t.predicate} {t.object} ." for t in quads if t.predicate != CONTENT_HASH]
        lines.append(f"{g} {CONTENT_HASH} {ox.Literal(content_hash)} .")
        insert = f"INSERT DATA {{ GRAPH {g} {{\n" + "\n".join(lines) + "\n} }"
        # DROP costs a few ms even on an empty graph: only when there is one
        drop = f"DROP SILENT GRAPH {g} ;\n" if self.store.contains_named_graph(g) else ""
        self.store.update(drop + insert)
        return True

    def write_graphs(self, graphs: Iterable[tuple[str, bytes, str]], existing: Container[str] | None = None) -> int:
        """Write article graphs given as (graph IRI, N-Quads in that graph as UTF-8, content hash).
        `existing`: the graphs the caller knows to be in the store (content_hashes()), which
        spares a lookup each; None: each is looked up.

        Graphs already in the store are replaced one by one, each in one
        transaction. New graphs are bulk-loaded together (several times faster,
        not transactional), then their content hashes in a second bulk load,
        which RocksDB takes in at once: a graph counts as stored only once its
        hash is there, so after a crash the next ingest finds the graph without
        a hash and writes it again atomically. Returns the number of graphs written."""
        batch: list[bytes] = []
        marks: list[ox.Quad] = []
        written = 0
        for graph_iri, nquads, h in graphs:
            g = ox.NamedNode(graph_iri)
            if (g.value in existing) if existing is not None else self.store.contains_named_graph(g):
                update = (f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{_out_of_graph(nquads.decode(), g)}\n"
                          f"{g} {CONTENT_HASH} {ox.Literal(h)} .\n}} }}")
                self.store.update(update)
            else:
                batch.append(nquads)
                marks.append(ox.Quad(g, CONTENT_HASH, ox.Literal(h), g))
            written += 1
        if batch:
            # lenient: the text is ours, made from terms already checked, so skip re-validating IRIs
            self.store.bulk_load(b"\n".join(batch), ox.RdfFormat.N_QUADS, lenient=True)
            # loaded too, not written in a transaction: that looks each quad up first, and the
            # lookups filled RocksDB's block caches, 1 MB per 1,000 articles, over a long ingest
            self.store.bulk_extend(marks)
            release_free_memory()
        return written

    def content_hashes(self) -> dict[str, str]:
        """Every graph's content hash in one scan: looked up one by one, they grow costly with the
        store (its quad indexes have no bloom filters, and bulk loads leave files to search)."""
        return {q.subject.value: q.object.value for q in self.store.quads_for_pattern(None, CONTENT_HASH, None, None)
                if q.subject == q.graph_name}

    def content_hash(self, graph_iri: str) -> str | None:
        g = ox.NamedNode(graph_iri)
        for q in self.store.quads_for_pattern(g, CONTENT_HASH, None, g):
            return q.object.value
        return None

    def ensure_vocabulary(self, quads: list[ox.Quad], graph_iri: str | None = None) -> bool:
        """Load the ontology and vocabularies into `<base>graph/vocabulary`, replacing it."""
        from .graph import content_hash

        if graph_iri is None:
            graph_iri = quads[0].graph_name.value if quads else f"{self.base}graph/vocabulary"
        return self.replace_graph(graph_iri, quads, content_hash(quads))

    def flush(self) -> None:
        self.store.flush()

    def optimize(self) -> None:
        """Compact the store fully. Bulk loads leave their files for RocksDB to merge in the
        background, and an ingest ends before it has: queries then read twice as slowly."""
        self.store.optimize()

    # -- reading ---------------------------------------------------------------

    def query(self, sparql: str):
        return self.store.query(sparql, use_default_graph_as_union=True)

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def article_graphs(self) -> list[str]:
        """Article graphs: <base>graph/<slug>. Not the vocabulary, nor reference and derived
        graphs (graph/gazetteer/..., graph/derived/...), whose names have a "/" no slug has."""
        vocab = f"{self.base}graph/vocabulary"
        return [g for g in self.named_graphs()
                if not g.endswith("/graph/vocabulary") and g != vocab and "/" not in g.rsplit("/graph/", 1)[-1]]

    def graph_triples(self, graph_iri: str) -> list[ox.Triple]:
        g = ox.NamedNode(graph_iri)
        return restore_datatypes([q.triple for q in self.store.quads_for_pattern(None, None, None, g)])

    def graph_quads(self, graph_iri: str) -> list[ox.Quad]:
        return restore_datatypes(list(self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri))))

    def _all_quads(self):
        """Every quad, graph by graph, datatypes restored."""
        yield from self.store.quads_for_pattern(None, None, None, ox.DefaultGraph())
        for g in self.store.named_graphs():
            yield from restore_datatypes(list(self.store.quads_for_pattern(None, None, None, g)))

    def __len__(self) -> int:
        return len(self.store)

    def stats(self) -> dict[str, int]:
        counts = {
            "articles": "tk:Article", "persons": "tk:Person", "organisations": "tk:Organisation",
            "offices": "tk:Office", "events": "tk:Event", "movements": "tk:Movement",
            "conferrals": "tk:AwardConferral", "initiatives": "tk:Initiative",
        }
        out: dict[str, int] = {}
        for key, cls in counts.items():
            q = f"PREFIX tk: <{TK}> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a {cls} }} }}"
            if key == "persons":  # person IRIs are per article: count the persons `link` found them to be
                q = (f"PREFIX tk: <{TK}> PREFIX owl: <http://www.w3.org/2002/07/owl#> SELECT (COUNT(DISTINCT ?p) AS ?n) "
                     f"WHERE {{ GRAPH ?g {{ ?x a tk:Person }} OPTIONAL {{ ?x owl:sameAs ?c . ?c a tk:Person }} "
                     f"BIND(COALESCE(?c, ?x) AS ?p) }}")
            out[key] = int(next(iter(self.query(q)))["n"].value)
        out["named_graphs"] = sum(1 for _ in self.store.named_graphs())
        out["quads"] = len(self.store)
        return out

    # -- export ----------------------------------------------------------------

    def export(self, fmt: str, out: IO[bytes] | str | os.PathLike) -> None:
        """Write the store as nquads | trig (all graphs) or turtle | jsonld (union of graphs)."""
        try:
            rdf_format = EXPORT_FORMATS[fmt]
        except KeyError:
            raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}") from None
        quads = self._all_quads()
        if fmt in ("nquads", "trig"):
            kwargs = {"prefixes": PREFIXES} if fmt == "trig" else {}
            ox.serialize(quads, out, format=rdf_format, **kwargs)
            return
        triples = dict.fromkeys(q.triple for q in quads)  # union of graphs, de-duplicated
        ox.serialize(list(triples), out, format=rdf_format, prefixes=PREFIXES)

    def export_file(self, fmt: str, path: str | os.PathLike) -> None:
        """Write the export to `path`, gzip-compressed when the name ends in .gz.

        Written beside the target and renamed, so a reader (the dump server)
        never sees half a file."""
        path = Path(path)
        part = path.with_name(path.name + ".part")
        try:
            with open(part, "wb") as raw:
                if path.suffix.lower() == ".gz":
                    # mtime=0: the same store gives the same bytes
                    with gzip.GzipFile(filename=path.name, mode="wb", fileobj=raw, mtime=0) as gz:
                        self.export(fmt, gz)
                else:
                    self.export(fmt, raw)
            os.replace(part, path)
        finally:
            part.unlink(missing_ok=True)

    def export_bytes(self, fmt: str) -> bytes:
        buf = io.BytesIO()
        self.export(fmt, buf)
        return buf.getvalue()


_LIBC = None


def release_free_memory() -> None:
    """Hand the memory that the bulk loader has freed back to the OS. glibc keeps it in its
    arenas, fragmented, and a long ingest's process grew by 1 MiB every 1,000 articles so.
    A no-op where the C library is not glibc."""
    global _LIBC
    if _LIBC is None:
        try:
            _LIBC = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _LIBC = False
    if _LIBC:
        _LIBC(0)


def _open_rocksdb(path: str, table_files: int | None) -> ox.Store:
    """ox.Store(path), keeping at most `table_files` of its files open when given. Each open
    file holds its index in memory, so a store growing by an ingest grows its writer with it.
    pyoxigraph has no option for it: it sizes RocksDB's max_open_files from the soft limit
    of open files (minus 48) when the store opens, so that limit is lowered for the opening only."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = table_files + 48 if table_files else None
    if want is None or (soft != resource.RLIM_INFINITY and soft <= want):
        return ox.Store(path)
    resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    try:
        return ox.Store(path)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def open_store(path: str | os.PathLike, read_only: bool = False, create: bool = True,
               base: str = DEFAULT_BASE, table_files: int | None = None) -> KGStore:
    """Open (or create, unless create=False or read_only) the store in directory `path`,
    or connect to the SPARQL service at a sparql+http(s):// URL (remote_store.py).
    `table_files`: at most this many of the store's files kept open (an ingest's flat memory;
    at least 48); None: as many as the process may open (fastest for queries)."""
    if isinstance(path, str) and path.lower().startswith(("sparql+http://", "sparql+https://")):
        from .remote_store import open_remote

        return open_remote(path, read_only=read_only, base=base)
    p = Path(path)
    if (read_only or not create) and not p.is_dir():
        raise StoreError(f"store directory not found: {p}")
    if p.exists() and not p.is_dir():
        raise StoreError(f"store path is not a directory: {p}")
    if not read_only and create:
        try:
            p.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot create store directory {p}: {e.strerror or e}") from e
    opener = None if read_only else partial(_open_rocksdb, str(p), table_files)
    try:
        store = opener() if opener else ox.Store.read_only(str(p))
    except (OSError, ValueError, RuntimeError) as e:
        raise StoreError(f"cannot open store directory {p}: {e}") from e
    return KGStore(store, str(p), base, opener)
