"""An external SPARQL store (Virtuoso, Oxigraph server, any SPARQL 1.1 service)
behind the part of the pyoxigraph.Store API that KGStore, serve/ and link/ use.

Answers come back as pyoxigraph objects (QuerySolutions, QueryBoolean,
QueryTriples, Quad), parsed from the service's SPARQL results, so the rest of
the code cannot tell the stores apart. Writes go one PUT per article graph
(Graph Store Protocol; PUT replaces, so re-ingest stays idempotent), or SPARQL
Update where the service has no GSP. The content-hash marks are written last,
all in one update: a graph counts as stored only once its mark is there.
"""
from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from typing import Iterable, Iterator

import pyoxigraph as ox

from .namespaces import DEFAULT_BASE
from .remote_http import VIRTUOSO, RemoteStoreError, ServiceConfig, SparqlService
from .store import CONTENT_HASH, KGStore, _out_of_graph

# Rows per request when reading quads and graph names: under Virtuoso's default
# ResultSetMaxRows (10000), which silently cuts longer answers.
PAGE = 5000
# Graph writes in flight at once: the store's cores do the parsing, two or three keep them busy.
PUT_CONCURRENCY = 3
# Virtuoso's own graphs, which its default graph (all graphs) includes: kept out of
# what thidua-kg sees, since they are not ours (service descriptions, RDF views, LDP).
VIRTUOSO_SYSTEM_PREFIXES = ("http://www.openlinksw.com/schemas/", "http://www.w3.org/ns/ldp#",
                            "http://localuriqaserver/")
# Virtuoso's answers, put right before pyoxigraph parses them: blank nodes named
# "nodeID://b1" (not a valid label), booleans written "0"/"1" (valid, but not the
# canonical "false"/"true" the other stores give back).
_BNODE_JSON = re.compile(rb'("type"\s*:\s*"bnode"\s*,\s*"value"\s*:\s*")nodeID://')
_BOOL_JSON = re.compile(rb'("datatype"\s*:\s*"http://www.w3.org/2001/XMLSchema#boolean"\s*,\s*"value"\s*:\s*")([01])"')
_BOOL_NT = re.compile(rb'"([01])"(\^\^<http://www.w3.org/2001/XMLSchema#boolean>)')
_CANONICAL = {b"0": b"false", b"1": b"true"}
_PROBE = ox.Store()  # empty, in memory: parses queries and tells their form


def _is_system_graph(iri: str) -> bool:
    return iri.startswith(VIRTUOSO_SYSTEM_PREFIXES) or re.fullmatch(r"https?://[^/]+/sparql/?", iri) is not None


def _prologue(prefixes: dict | None) -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in (prefixes or {}).items())


def _as_list(graphs) -> list:
    if graphs is None:
        return []
    return [graphs] if isinstance(graphs, (ox.NamedNode, ox.DefaultGraph, ox.BlankNode)) else list(graphs)


class RemoteStore:
    """The pyoxigraph.Store subset over a SPARQL service."""

    def __init__(self, service: SparqlService):
        self.service = service
        self.dialect = service.dialect
        self._union_pragma = ""
        if self.dialect.default_is_union:
            host_sd = service.config.beside("/sparql")
            excluded = ["http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#",
                        "http://localuriqaserver/sparql", host_sd]
            self._union_pragma = "".join(f"define input:default-graph-exclude <{g}>\n" for g in excluded)

    # -- reading ------------------------------------------------------------------

    def query(self, query: str, *, base_iri: str | None = None, prefixes: dict | None = None,
              use_default_graph_as_union: bool = False, default_graph=None, named_graphs=None, **_ignored):
        # Parsed here first: malformed queries and updates fail as they do on the embedded store
        # (SyntaxError), and the form says which answer format to ask for.
        form = _PROBE.query(query, base_iri=base_iri, prefixes=prefixes)
        text = _prologue(prefixes) + query
        if base_iri:
            text = f"BASE <{base_iri}>\n{text}"
        params: list[tuple[str, str]] = []
        if default_graph is not None or named_graphs is not None:
            params += [("default-graph-uri", g.value) for g in _as_list(default_graph) if isinstance(g, ox.NamedNode)]
            params += [("named-graph-uri", g.value) for g in _as_list(named_graphs)]
        elif use_default_graph_as_union:
            params += list(self.dialect.union_params)
            text = self._union_pragma + text
        if isinstance(form, ox.QueryTriples):
            r = self.service.query(text, params, "application/n-triples")
            _check_complete(r, self.service)
            body = r.content
            if self.dialect is VIRTUOSO:
                body = _BOOL_NT.sub(lambda m: b'"' + _CANONICAL[m[1]] + b'"' + m[2], body)
            return _as_query_triples(body)
        r = self.service.query(text, params, "application/sparql-results+json")
        _check_complete(r, self.service)
        body = r.content
        if self.dialect is VIRTUOSO:
            body = _BOOL_JSON.sub(lambda m: m[1] + _CANONICAL[m[2]] + b'"', _BNODE_JSON.sub(rb"\1", body))
        result = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if isinstance(form, ox.QueryBoolean) and isinstance(result, ox.QuerySolutions):
            return _ask_answer(result)
        return result

    def _select_pages(self, where: str, variables: list[str], counted: bool = False) -> Iterator:
        """Solutions of SELECT DISTINCT variables WHERE {where} (counted: each with
        ?n, its number of solutions), ordered, PAGE rows a request, lazily: a caller
        taking one answer costs one request."""
        order = " ".join(f"?{v}" for v in variables)
        head = f"SELECT {order} (COUNT(*) AS ?n)" if counted else f"SELECT DISTINCT {order}"
        tail = f"GROUP BY {order} " if counted else ""
        offset = 0
        while True:
            q = f"{head} WHERE {{ {where} }} {tail}ORDER BY {order} LIMIT {PAGE} OFFSET {offset}"
            rows = list(self.query(q))
            yield from rows
            if len(rows) < PAGE:
                return
            offset += PAGE

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None) -> Iterator[ox.Quad]:
        terms = {"s": subject, "p": predicate, "o": object}
        if any(isinstance(t, ox.BlankNode) for t in terms.values()):
            return iter(())  # a service's blank node labels are not stable across requests
        pattern = " ".join(str(t) if t is not None else f"?{v}" for v, t in terms.items())
        free = [v for v, t in terms.items() if t is None]
        if isinstance(graph_name, ox.DefaultGraph):
            if self.dialect.default_is_union:
                return iter(())  # no default graph of its own; thidua-kg writes named graphs only
            where = pattern
        elif graph_name is None:
            where = f"GRAPH ?g {{ {pattern} }}"
            free.append("g")
        else:
            where = f"GRAPH {graph_name} {{ {pattern} }}"
        return self._quads(where, free, terms, graph_name)

    def _quads(self, where, free, terms, graph_name) -> Iterator[ox.Quad]:
        for row in self._select_pages(where, free):
            g = row["g"] if "g" in free else graph_name
            if isinstance(g, ox.NamedNode) and _is_system_graph(g.value):
                continue
            yield ox.Quad(*(row[v] if t is None else t for v, t in terms.items()),
                          g if g is not None else ox.DefaultGraph())

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for row in self._select_pages("GRAPH ?g { ?s ?p ?o }", ["g"]):
            g = row["g"]
            if isinstance(g, ox.NamedNode) and not _is_system_graph(g.value):
                yield g

    def contains_named_graph(self, graph_name) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {graph_name} {{ ?s ?p ?o }} }}"))

    def content_hashes(self) -> dict[str, str]:
        """Every graph's content-hash mark, in a few requests (not one per article)."""
        rows = self._select_pages(f"GRAPH ?g {{ ?g {CONTENT_HASH} ?h }}", ["g", "h"])
        return {r["g"].value: r["h"].value for r in rows}

    def __len__(self) -> int:
        """Quads in the named graphs (Virtuoso's own graphs left out)."""
        rows = self._select_pages("GRAPH ?g { ?s ?p ?o }", ["g"], counted=True)
        return sum(int(r["n"].value) for r in rows if not _is_system_graph(r["g"].value))

    # -- writing ------------------------------------------------------------------

    def update(self, update: str, **_ignored) -> None:
        self.service.update(update)

    def put_graphs(self, graphs: Iterable[tuple[str, str]]) -> None:
        """Replace each (graph IRI, N-Triples text) graph, a few requests at once."""
        graphs = list(graphs)
        if not self.service.has_gsp:
            for g, nt in graphs:
                node = ox.NamedNode(g)
                self.update(f"DROP SILENT GRAPH {node} ;\nINSERT DATA {{ GRAPH {node} {{\n{nt}\n}} }}")
            return
        if len(graphs) == 1:
            self.service.put_graph(graphs[0][0], graphs[0][1].encode("utf-8"))
            return
        with ThreadPoolExecutor(PUT_CONCURRENCY) as pool:
            # list(): the first failure is raised here, after the others have finished
            list(pool.map(lambda item: self.service.put_graph(item[0], item[1].encode("utf-8")), graphs))

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads in one SPARQL Update (used for the content-hash marks: one request per batch)."""
        by_graph: dict = {}
        for q in quads:
            by_graph.setdefault(q.graph_name, []).append(f"{q.subject} {q.predicate} {q.object} .")
        if by_graph:
            body = "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items())
            self.update(f"INSERT DATA {{\n{body}\n}}")

    def bulk_load(self, data, format=ox.RdfFormat.N_QUADS, **_ignored) -> None:
        """Load N-Quads: each graph in it replaced by one PUT."""
        by_graph: dict[str, list[str]] = {}
        for q in ox.parse(data, format=format):
            if isinstance(q.graph_name, ox.NamedNode):
                by_graph.setdefault(q.graph_name.value, []).append(f"{q.subject} {q.predicate} {q.object} .")
        self.put_graphs((g, "\n".join(lines)) for g, lines in by_graph.items())

    def flush(self) -> None:
        """Nothing to do: the service commits each request."""

    def optimize(self) -> None:
        """Nothing to do: the service manages its own storage."""

    def close(self) -> None:
        self.service.close()


def _check_complete(response, service: SparqlService) -> None:
    """Virtuoso cuts answers at ResultSetMaxRows and says so only in a header: a cut answer is an error."""
    limit = response.headers.get("x-sparql-maxrows")
    if limit:
        raise RemoteStoreError(f"store {service.config.location}: the answer was cut at {limit} rows "
                               "(Virtuoso's ResultSetMaxRows in virtuoso.ini [SPARQL]); raise it or add a LIMIT")


def _ask_answer(solutions: ox.QuerySolutions) -> ox.QueryBoolean:
    """Virtuoso answers ASK as a table: no row for false, a row with ?__ASK_RETVAL 1 for true."""
    true = any(all(t is None or t.value not in ("0", "false") for t in row) for row in solutions)
    return _PROBE.query("ASK {}" if true else "ASK { FILTER(false) }")


def _as_query_triples(ntriples: bytes) -> ox.QueryTriples:
    """A CONSTRUCT/DESCRIBE answer as pyoxigraph's QueryTriples (what the endpoint serialises)."""
    mem = ox.Store()
    mem.extend(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
    return mem.query("CONSTRUCT WHERE { ?s ?p ?o }")


class RemoteKGStore(KGStore):
    """KGStore over a RemoteStore: graphs written by PUT, their marks after them in one update,
    and the marks read once (ingest asks for every article's)."""

    def __init__(self, store: RemoteStore, location: str, base: str = DEFAULT_BASE):
        super().__init__(store, location, base)
        self._marks: dict[str, str] | None = None

    def _loaded_marks(self) -> dict[str, str]:
        if self._marks is None:
            self._marks = self.store.content_hashes()
        return self._marks

    def content_hashes(self) -> dict[str, str]:
        return dict(self._loaded_marks())

    def content_hash(self, graph_iri: str) -> str | None:
        return self._loaded_marks().get(graph_iri)

    def replace_graph(self, graph_iri: str, quads: Iterable, content_hash: str) -> bool:
        if self.content_hash(graph_iri) == content_hash:
            return False
        nt = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in quads if t.predicate != CONTENT_HASH)
        self._write([(graph_iri, nt, content_hash)])
        return True

    def write_graphs(self, graphs: Iterable[tuple[str, bytes, str]], existing=None) -> int:
        # a PUT replaces a graph whether or not it is there: `existing` changes nothing here
        items = [(g, _out_of_graph(nquads.decode(), ox.NamedNode(g)), h) for g, nquads, h in graphs]
        self._write(items)
        return len(items)

    def _write(self, items: list[tuple[str, str, str]]) -> None:
        if not items:
            return
        marks = self._loaded_marks()
        for g, _, _ in items:  # a PUT drops the old mark with the old graph
            marks.pop(g, None)
        self.store.put_graphs((g, nt) for g, nt, _ in items)
        self.store.extend(ox.Quad(ox.NamedNode(g), CONTENT_HASH, ox.Literal(h), ox.NamedNode(g)) for g, _, h in items)
        marks.update((g, h) for g, _, h in items)


def open_remote(location: str, read_only: bool = False, base: str = DEFAULT_BASE, timeout: float = 120.0) -> RemoteKGStore:
    """Connect to the SPARQL service at a sparql+http(s):// URL; raises RemoteStoreError
    (one line) when it does not answer."""
    service = SparqlService(ServiceConfig.from_location(location), timeout=timeout)
    try:
        service.probe()
    except RemoteStoreError:
        service.close()
        raise
    return RemoteKGStore(RemoteStore(service), service.config.location, base)
