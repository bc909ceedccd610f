"""Labels of resources in the reader's language, looked up in one query per page."""
from __future__ import annotations

import pyoxigraph as ox

from ..namespaces import DCTERMS, RDFS, SKOS
from ..store import PREFIXES

_QUERY = """SELECT ?x ?l WHERE {{ VALUES ?x {{ {values} }}
  {{ ?x <{rdfs}label> ?l }} UNION {{ ?x <{skos}prefLabel> ?l }} UNION {{ ?x <{dct}title> ?l }} }}"""


def _rank(literal: ox.Literal, lang: str) -> int:
    """Lower is better: the reader's language, then Vietnamese, then anything."""
    tag = literal.language or ""
    return 0 if tag == lang else 1 if tag == "vi" else 2


def lookup(store, iris, lang: str) -> dict[str, str]:
    """{iri: label} for those of `iris` that have a label (rdfs:label, skos:prefLabel, dcterms:title)."""
    nodes = []
    for iri in dict.fromkeys(iris):
        try:
            nodes.append(str(ox.NamedNode(iri)))
        except ValueError:
            continue
    best: dict[str, tuple[int, str]] = {}
    for start in range(0, len(nodes), 500):
        query = _QUERY.format(values=" ".join(nodes[start:start + 500]), rdfs=RDFS, skos=SKOS, dct=DCTERMS)
        for sol in store.store.query(query, use_default_graph_as_union=True):
            iri, lit = sol["x"].value, sol["l"]
            rank = _rank(lit, lang)
            if iri not in best or (rank, lit.value) < best[iri]:
                best[iri] = (rank, lit.value)
    return {iri: label for iri, (_, label) in best.items()}


def curie(iri: str) -> str:
    """tk:rank for https://w3id.org/thidua-kg/ontology#rank; the IRI when no prefix fits."""
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def fallback(iri: str) -> str:
    """A readable name for an IRI without a label: its last path segment or fragment."""
    tail = iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return tail or iri


