"""The RDF of links: what `thidua-kg link` writes, in graphs it alone owns.

- <base>graph/derived/links: canonical persons and the owl:sameAs of their article
  mentions (people.py), owl:sameAs / skos:closeMatch to other datasets (remote.py), and for
  each merge or remote link a tk:LinkAnnotation (a reified statement: tk:score,
  tk:method, tk:reason, prov:generatedAtTime, dcterms:source).
- <base>graph/derived/labels-en: English labels (english.py).

Both are rebuilt whole on every run and dropped by `link --drop`; a "/" after graph/
keeps them apart from article graphs. Annotation IRIs are hashes of what they annotate, so
a rerun over the same store writes the same triples but for prov:generatedAtTime, and
the graph's content hash ignores that: an unchanged graph is not rewritten.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Triple

from ..graph import content_hash
from ..namespaces import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, TK, XSD
from .people import Cluster

SAME_AS, CLOSE_MATCH = OWL + "sameAs", SKOS + "closeMatch"
_TYPE, _LABEL = NamedNode(RDF + "type"), NamedNode(RDFS + "label")
_SUBJECT, _PREDICATE, _OBJECT = (NamedNode(RDF + p) for p in ("subject", "predicate", "object"))
_GENERATED = NamedNode(PROV + "generatedAtTime")


def links_graph_iri(base: str) -> str:
    return f"{base}graph/derived/links"


def labels_graph_iri(base: str) -> str:
    return f"{base}graph/derived/labels-en"


@dataclass(frozen=True)
class Link:
    """One link with its annotation."""

    subject: str
    relation: str  # SAME_AS or CLOSE_MATCH
    target: str
    score: float
    method: str
    reason: str
    source: str | None = None  # the dataset or endpoint it came from
    linked_with: str | None = None  # the other mention a person merge rests on


def annotate(link: Link, base: str, when: str) -> list[Triple]:
    """The link triple and its tk:LinkAnnotation."""
    s, p, o = NamedNode(link.subject), NamedNode(link.relation), NamedNode(link.target)
    key = f"{link.subject} {link.relation} {link.target} {link.linked_with or ''}".encode()
    a = NamedNode(f"{base}link/{hashlib.blake2b(key, digest_size=10).hexdigest()}")
    out = [
        Triple(s, p, o),
        Triple(a, _TYPE, NamedNode(TK + "LinkAnnotation")),
        Triple(a, _SUBJECT, s), Triple(a, _PREDICATE, p), Triple(a, _OBJECT, o),
        Triple(a, NamedNode(TK + "score"), Literal(str(Decimal(str(round(link.score, 3)))), datatype=NamedNode(XSD + "decimal"))),
        Triple(a, NamedNode(TK + "method"), Literal(link.method)),
        Triple(a, NamedNode(TK + "reason"), Literal(link.reason, language="en")),
        Triple(a, _GENERATED, Literal(when, datatype=NamedNode(XSD + "dateTime"))),
    ]
    if link.source:
        out.append(Triple(a, NamedNode(DCTERMS + "source"), NamedNode(link.source)))
    if link.linked_with:
        out.append(Triple(a, NamedNode(TK + "linkedWith"), NamedNode(link.linked_with)))
    return out


def person_triples(clusters: list[Cluster], base: str, when: str) -> list[Triple]:
    """Canonical persons, every mention owl:sameAs its person, and each merge's annotation."""
    out: list[Triple] = []
    same = NamedNode(SAME_AS)
    for c in clusters:
        p = NamedNode(c.iri)
        out += [Triple(p, _TYPE, NamedNode(TK + "Person")), Triple(p, _LABEL, Literal(c.name, language="vi")),
                Triple(p, NamedNode(FOAF + "name"), Literal(c.name, language="vi"))]
        out += [Triple(NamedNode(m.iri), same, p) for m in c.members]
        for e in c.edges:
            out += annotate(Link(e.later.iri, SAME_AS, c.iri, e.score, e.method, e.reason,
                                 linked_with=e.earlier.iri), base, when)
    return out


def graph_hash(triples: list[Triple]) -> str:
    """Content hash that ignores generation times: a rerun that finds the same links
    leaves the stored graph alone."""
    return content_hash([t for t in triples if t.predicate != _GENERATED])


def write_graph(store, graph_iri: str, triples: list[Triple]) -> bool:
    """Replace the graph in one transaction unless its content is unchanged."""
    triples = list(dict.fromkeys(triples))
    return store.replace_graph(graph_iri, triples, graph_hash(triples))


def drop_graphs(store, base: str) -> list[str]:
    """Drop what `link` wrote; the names of the graphs that were there."""
    dropped = []
    for g in (links_graph_iri(base), labels_graph_iri(base)):
        node = NamedNode(g)
        if store.store.contains_named_graph(node):
            store.store.update(f"DROP GRAPH {node}")
            dropped.append(g)
    return dropped
