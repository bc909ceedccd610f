"""The ontology's documentation: classes, properties and the SKOS vocabularies, read
from the ontology files (thidua_kg.vocab.ontology_files), the same files ingest
publishes into the store's vocabulary graph."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import pyoxigraph as ox

from ..namespaces import OWL, RDF, RDFS, SKOS, TK
from ..vocab import ontology_files, parse_files
from .labels import curie, fallback

_TYPE = RDF + "type"


@dataclass
class Term:
    iri: str
    anchor: str
    labels: dict[str, str]  # language -> label
    comments: dict[str, str]
    kinds: list[str] = field(default_factory=list)  # CURIEs of its owl types
    domain: list[str] = field(default_factory=list)  # IRIs
    range: list[str] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)  # super-classes or super-properties
    notation: str | None = None
    alt_labels: list[str] = field(default_factory=list)


@dataclass
class Scheme:
    term: Term
    concepts: list[Term]


@dataclass
class Document:
    ontology: Term
    classes: list[Term]
    properties: list[Term]
    schemes: list[Scheme]


@functools.cache
def triples() -> list[ox.Triple]:
    """The ontology file's triples (thidua.ttl, without the vocabularies)."""
    return parse_files(ontology_files()[:1])


class _Graph:
    def __init__(self, ts: list[ox.Triple]):
        self.by_subject: dict = {}
        for t in ts:
            self.by_subject.setdefault(t.subject, {}).setdefault(t.predicate.value, []).append(t.object)

    def values(self, node, predicate: str) -> list:
        return self.by_subject.get(node, {}).get(predicate, [])

    def iris(self, node, predicate: str) -> list[str]:
        """IRIs of the objects; a blank owl:unionOf class becomes its members."""
        out = []
        for o in self.values(node, predicate):
            if isinstance(o, ox.NamedNode):
                out.append(o.value)
            else:
                for union in self.values(o, OWL + "unionOf"):
                    out.extend(self._list(union))
        return out

    def _list(self, node) -> list[str]:
        out = []
        while isinstance(node, ox.BlankNode):
            out += [f.value for f in self.values(node, RDF + "first") if isinstance(f, ox.NamedNode)]
            node = next(iter(self.values(node, RDF + "rest")), None)
        return out

    def by_language(self, node, predicate: str) -> dict[str, str]:
        return {o.language or "": o.value for o in self.values(node, predicate) if isinstance(o, ox.Literal)}

    def subjects(self, cls: str) -> list:
        return [s for s, props in self.by_subject.items()
                if isinstance(s, ox.NamedNode) and ox.NamedNode(cls) in props.get(_TYPE, [])]


def _term(g: _Graph, node, label=RDFS + "label", comment=RDFS + "comment") -> Term:
    iri = node.value
    return Term(
        iri=iri, anchor=iri[len(TK):] if iri.startswith(TK) else curie(iri).replace(":", "-").replace("/", "-"),
        labels=g.by_language(node, label), comments=g.by_language(node, comment),
        kinds=[fallback(k) for k in g.iris(node, _TYPE)],
        domain=g.iris(node, RDFS + "domain"), range=g.iris(node, RDFS + "range"),
        parents=g.iris(node, RDFS + "subClassOf") + g.iris(node, RDFS + "subPropertyOf"),
        notation=next((o.value for o in g.values(node, SKOS + "notation")), None),
        alt_labels=sorted(o.value for o in g.values(node, SKOS + "altLabel")),
    )


@functools.cache
def document() -> Document:
    g = _Graph(parse_files(ontology_files()))
    own = lambda nodes: sorted((n for n in nodes if n.value.startswith(TK)), key=lambda n: n.value)  # noqa: E731
    classes = [_term(g, n) for n in own(g.subjects(OWL + "Class"))]
    props = own(g.subjects(OWL + "ObjectProperty") + g.subjects(OWL + "DatatypeProperty"))
    schemes = []
    for s in sorted(g.subjects(SKOS + "ConceptScheme"), key=lambda n: n.value):
        concepts = [_term(g, c, SKOS + "prefLabel", SKOS + "definition")
                    for c, props_ in g.by_subject.items()
                    if s in props_.get(SKOS + "inScheme", []) and isinstance(c, ox.NamedNode)]
        concepts.sort(key=lambda c: (c.notation is None, c.notation or "", c.labels.get("vi", "")))
        schemes.append(Scheme(_term(g, s, SKOS + "prefLabel", SKOS + "definition"), concepts))
    onto = _term(g, ox.NamedNode(TK.rstrip("#")), "http://purl.org/dc/terms/title",
                 "http://purl.org/dc/terms/description")
    return Document(onto, classes, [_term(g, n) for n in dict.fromkeys(props)], schemes)
