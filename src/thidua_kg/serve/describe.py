"""What the graph says about one resource, as RDF (the linked-data description).

A description holds the resource's outgoing and incoming triples, the labels of
the resources it links to, the reified statements about it (link annotations),
and the sentences it was derived from. A named graph's IRI is described by the
graph's content. Triples are taken from every graph (the union), de-duplicated.
"""
from __future__ import annotations

import pyoxigraph as ox

from ..namespaces import DCTERMS, PROV, RDF, RDFS, SKOS, TK
from ..store import restore_datatypes

# A concept like "Giấy khen" may be linked from thousands of conferrals: the
# description lists at most this many incoming triples (the HTML page pages them).
MAX_INCOMING = 2000

_LABELS = (ox.NamedNode(RDFS + "label"), ox.NamedNode(SKOS + "prefLabel"))
_DERIVED = ox.NamedNode(PROV + "wasDerivedFrom")
_SUBJECT, _OBJECT = ox.NamedNode(RDF + "subject"), ox.NamedNode(RDF + "object")
_SENTENCE_PROPS = (ox.NamedNode(TK + "text"), ox.NamedNode(DCTERMS + "isPartOf"))


def _node(iri: str) -> ox.NamedNode | None:
    try:
        return ox.NamedNode(iri)
    except ValueError:
        return None


def _first(iterator) -> object | None:
    return next(iter(iterator), None)


def exists(store, iri: str) -> bool:
    """Whether the store says anything about `iri` (as subject, object or graph name)."""
    node = _node(iri)
    if node is None:
        return False
    raw = store.store
    return (_first(raw.quads_for_pattern(node, None, None, None)) is not None
            or _first(raw.quads_for_pattern(None, None, node, None)) is not None
            or raw.contains_named_graph(node))


def is_graph(store, iri: str) -> bool:
    node = _node(iri)
    return node is not None and store.store.contains_named_graph(node)


def _triples(store, s=None, p=None, o=None, limit: int | None = None) -> list[ox.Triple]:
    out = []
    for q in store.store.quads_for_pattern(s, p, o, None):
        out.append(q.triple)
        if limit is not None and len(out) >= limit:
            break
    return out


def _about(store, nodes, predicates) -> list[ox.Triple]:
    return [t for n in nodes for p in predicates for t in _triples(store, n, p)]


def describe(store, iri: str) -> list[ox.Triple]:
    """The description of `iri` (empty when the store knows nothing of it)."""
    node = _node(iri)
    if node is None:
        return []
    if store.store.contains_named_graph(node):
        return store.graph_triples(iri)
    outgoing = _triples(store, node)
    incoming = _triples(store, o=node, limit=MAX_INCOMING)
    statements = {t.subject for t in incoming if t.predicate in (_SUBJECT, _OBJECT)}
    reified = [t for st in statements for t in _triples(store, st)]
    sentences = {t.object for t in outgoing + reified if t.predicate == _DERIVED and isinstance(t.object, ox.NamedNode)}
    linked = {t.object for t in outgoing if isinstance(t.object, ox.NamedNode)}
    linked |= {t.subject for t in incoming + reified if isinstance(t.subject, ox.NamedNode)}
    linked |= {t.object for t in reified if isinstance(t.object, ox.NamedNode)}
    linked.discard(node)
    extra = _about(store, sentences, _SENTENCE_PROPS) + _about(store, linked - sentences, _LABELS)
    return restore_datatypes(list(dict.fromkeys(outgoing + incoming + reified + extra)))
