"""The embedded store: atomic, idempotent graph replacement and exports."""
from __future__ import annotations

import io
from dataclasses import replace

import pyoxigraph as ox
import pytest

from kg_samples import sample_facts
from thidua_kg.graph import article_quads, content_hash, graph_iri
from thidua_kg.namespaces import TK
from thidua_kg.store import KGStore, StoreError, open_store

G = graph_iri("seed")


@pytest.fixture
def store(tmp_path) -> KGStore:
    return open_store(tmp_path / "store")


def test_replace_graph_and_content_hash(store):
    qs = article_quads(sample_facts())
    assert store.content_hash(G) is None
    assert store.replace_graph(G, qs, content_hash(qs)) is True
    assert store.content_hash(G) == content_hash(qs)
    assert store.named_graphs() == [G]
    # stored triples = mapped triples + the hash triple
    stored = {(t.subject, t.predicate, t.object) for t in store.graph_triples(G)}
    assert stored - {(q.subject, q.predicate, q.object) for q in qs} == {
        (ox.NamedNode(G), ox.NamedNode(TK + "contentHash"), ox.Literal(content_hash(qs)))}


def test_unchanged_hash_writes_nothing(store):
    qs = article_quads(sample_facts())
    h = content_hash(qs)
    store.replace_graph(G, qs, h)
    before = len(store)
    # same hash, even with different content: nothing is written
    assert store.replace_graph(G, qs[:10], h) is False
    assert len(store) == before


def test_replace_is_a_replacement_not_an_addition(store):
    qs = article_quads(sample_facts())
    store.replace_graph(G, qs, content_hash(qs))
    smaller = article_quads(replace(sample_facts(), awards=()))
    assert store.replace_graph(G, smaller, content_hash(smaller)) is True
    assert len(store.graph_triples(G)) == len(smaller) + 1
    # re-ingesting the same triples gives the same graph
    assert store.replace_graph(G, qs, content_hash(qs)) is True
    assert set(store.graph_triples(G)) == {q.triple for q in qs} | {
        ox.Triple(ox.NamedNode(G), ox.NamedNode(TK + "contentHash"), ox.Literal(content_hash(qs)))}


def test_failed_update_leaves_graph_untouched(store):
    qs = article_quads(sample_facts())
    store.replace_graph(G, qs, content_hash(qs))
    before = set(store.graph_triples(G))

    class Bad:  # an unserialisable term makes the single update fail as a whole
        subject = ox.NamedNode("http://ex.org/s")
        predicate = ox.NamedNode("http://ex.org/p")
        object = "not a term {"

    with pytest.raises(Exception):
        store.replace_graph(G, [*qs, Bad()], "other")
    assert set(store.graph_triples(G)) == before


def test_literal_escaping_round_trips(store):
    g = "http://ex.org/graph/x"
    tricky = ox.Literal('quote " backslash \\ newline\n tab\t } . ;', language="vi")
    q = ox.Quad(ox.NamedNode("http://ex.org/s"), ox.NamedNode("http://ex.org/p"), tricky, ox.NamedNode(g))
    store.replace_graph(g, [q], "h")
    assert q.triple in store.graph_triples(g)


def test_vocabulary_graph(store):
    vocab = pytest.importorskip("thidua_kg.vocab").load_vocabulary()
    vg = store.base + "graph/vocabulary"
    quads = vocab.quads(vg)
    assert store.ensure_vocabulary(quads) is True
    assert store.ensure_vocabulary(quads) is False
    assert store.article_graphs() == []
    assert vg in store.named_graphs()


def test_stats_query_and_union(store):
    for aid in ("a1", "a2"):
        qs = article_quads(sample_facts(aid))
        store.replace_graph(graph_iri(aid), qs, content_hash(qs))
    st = store.stats()
    # persons are per article until `thidua-kg link` says two mentions are one person
    assert st["articles"] == 2 and st["persons"] == 2 and st["conferrals"] == 4
    assert st["named_graphs"] == 2 and st["quads"] == len(store)
    n = next(iter(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?a a <{TK}Article> }}")))["n"]
    assert n.value == "2"  # default graph = union


@pytest.mark.parametrize("fmt", ["nquads", "trig", "turtle", "jsonld"])
def test_export_round_trip(store, fmt):
    qs = article_quads(sample_facts())
    store.replace_graph(G, qs, content_hash(qs))
    data = store.export_bytes(fmt)
    fmts = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE,
            "jsonld": ox.RdfFormat.JSON_LD}
    back = list(ox.parse(data, format=fmts[fmt]))
    assert {q.triple for q in back} == {q.triple for q in qs} | {
        ox.Triple(ox.NamedNode(G), ox.NamedNode(TK + "contentHash"), ox.Literal(content_hash(qs)))}
    if fmt in ("nquads", "trig"):
        assert {q.graph_name for q in back} == {ox.NamedNode(G)}


def test_unknown_export_format(store):
    with pytest.raises(ValueError):
        store.export("xml", io.BytesIO())


def test_missing_or_bad_directory(tmp_path):
    with pytest.raises(StoreError, match="nope"):
        open_store(tmp_path / "nope", read_only=True)
    with pytest.raises(StoreError, match="nope"):
        open_store(tmp_path / "nope", create=False)
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(StoreError, match=str(f)):
        open_store(f)


def test_read_only(tmp_path):
    s = open_store(tmp_path / "s")
    qs = article_quads(sample_facts())
    s.replace_graph(G, qs, content_hash(qs))
    s.flush()
    del s
    ro = open_store(tmp_path / "s", read_only=True)
    assert ro.content_hash(G) == content_hash(qs)


def _nt(quads) -> bytes:
    """N-Quads as UTF-8, as ingest hands them to write_graphs."""
    return "\n".join(f"{q.subject} {q.predicate} {q.object} {q.graph_name} ." for q in quads).encode()


def test_write_graphs_new_then_replaced(store):
    items = []
    for aid in ("b1", "b2"):
        qs = article_quads(sample_facts(aid))
        items.append((graph_iri(aid), qs, content_hash(qs)))
    # new graphs are bulk-loaded, then their hashes committed
    assert store.write_graphs([(g, _nt(qs), h) for g, qs, h in items]) == 2
    assert store.content_hash(graph_iri("b1")) == items[0][2]
    assert set(store.graph_triples(graph_iri("b2"))) >= {q.triple for q in items[1][1]}
    # a graph already present is replaced, not added to
    g, qs, _ = items[0]
    smaller = qs[: len(qs) // 2]
    store.write_graphs([(g, _nt(smaller), "other")])
    assert store.content_hash(g) == "other"
    assert len(store.graph_triples(g)) == len({q.triple for q in smaller}) + 1


def test_graph_without_hash_is_rewritten(store):
    """A crash between the bulk load and the hash commit leaves a graph without
    its hash: the next write replaces it whole."""
    qs = article_quads(sample_facts("c1"))
    g = graph_iri("c1")
    store.store.bulk_extend([q for q in qs[: len(qs) // 3]])  # a partial graph, no hash
    assert store.content_hash(g) is None
    store.write_graphs([(g, _nt(qs), content_hash(qs))])
    assert set(store.graph_triples(g)) == {q.triple for q in qs} | {
        t for t in store.graph_triples(g) if t.predicate.value.endswith("contentHash")}


def test_a_store_opened_with_few_table_files_works_and_leaves_the_process_limit_alone(tmp_path):
    import resource

    from thidua_kg.store import release_free_memory

    before = resource.getrlimit(resource.RLIMIT_NOFILE)
    s = open_store(tmp_path / "s", table_files=48)
    assert resource.getrlimit(resource.RLIMIT_NOFILE) == before
    g = "http://example.org/graph/a"
    s.write_graphs([(g, f"<http://example.org/x> <http://example.org/p> \"1\" <{g}> .".encode(), "h1")])
    release_free_memory()  # after a bulk load, as write_graphs does; harmless at any time
    assert s.content_hashes() == {g: "h1"}
    assert len(s.graph_triples(g)) == 2  # the triple and its content hash


def test_reopen_keeps_what_was_written_and_leaves_a_read_only_store_open(tmp_path):
    s = open_store(tmp_path / "s", table_files=48)
    g = "http://example.org/graph/a"
    s.write_graphs([(g, f"<http://example.org/x> <http://example.org/p> \"1\" <{g}> .".encode(), "h1")])
    held = s.store
    s.reopen()  # held elsewhere, it would not close: left as it is
    assert s.store is held
    del held
    s.reopen()  # closes RocksDB (freeing its caches) and opens the same directory again
    assert s.content_hashes() == {g: "h1"}
    s.write_graphs([(g + "2", f"<http://example.org/y> <http://example.org/p> \"2\" <{g}2> .".encode(), "h2")])
    del s
    ro = open_store(tmp_path / "s", read_only=True)
    before = ro.store
    ro.reopen()  # a read-only store is not reopened (it would open writable)
    assert ro.store is before
    assert ro.content_hashes() == {g: "h1", g + "2": "h2"}
