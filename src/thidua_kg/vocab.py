"""The SKOS vocabularies (ontology/vocab/*.ttl) as Python lookup tables.

The extractor reads every gazetteer (ranks, titles, award kinds, event types,
organisation types, abbreviations) through this module only, so extending a
vocabulary file is all it takes to teach the extractor a new term.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

import pyoxigraph as ox

from . import paths
from .namespaces import RDF, SKOS, TK, TKV

_CONCEPT = RDF + "type"
_PREF, _ALT, _NOTATION = SKOS + "prefLabel", SKOS + "altLabel", SKOS + "notation"
_IN_SCHEME, _BROADER = SKOS + "inScheme", SKOS + "broader"
_BOOL_TRUE = {"true", "1"}


def _key(label: str) -> str:
    return unicodedata.normalize("NFC", label).strip().casefold()


@dataclass(frozen=True)
class Concept:
    iri: str
    scheme: str  # scheme slug, e.g. "rank"
    pref_vi: str
    pref_en: str | None
    alt_vi: tuple[str, ...]
    notation: str | None  # the first notation (abbreviations may have several)
    flags: Mapping[str, bool] = field(default_factory=dict, compare=False, hash=False)
    conferred_by: str | None = None  # tk:conferredBy: who confers awards of this kind by law
    broader: tuple[str, ...] = ()
    notations: tuple[str, ...] = ()

    @property
    def labels_vi(self) -> tuple[str, ...]:
        return (self.pref_vi, *self.alt_vi)


def ontology_files() -> list[Path]:
    return [paths.ontology_dir() / "thidua.ttl", *sorted(paths.vocab_dir().glob("*.ttl"))]


def parse_files(files: list[Path]) -> list[ox.Triple]:
    out: list[ox.Triple] = []
    for f in files:
        for q in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE):
            out.append(q.triple)
    return out


class Vocabulary:
    def __init__(self, triples: list[ox.Triple]):
        self._triples = triples
        by_subject: dict[str, dict[str, list]] = {}
        for t in triples:
            if isinstance(t.subject, ox.NamedNode):
                by_subject.setdefault(t.subject.value, {}).setdefault(t.predicate.value, []).append(t.object)
        self._by_scheme: dict[str, list[Concept]] = {}
        for iri, props in by_subject.items():
            if ox.NamedNode(SKOS + "Concept") not in props.get(_CONCEPT, ()):
                continue
            for scheme_node in props.get(_IN_SCHEME, ()):
                scheme = scheme_node.value.removeprefix(TKV)
                self._by_scheme.setdefault(scheme, []).append(_concept(iri, scheme, props))
        for concepts in self._by_scheme.values():
            concepts.sort(key=lambda c: (_sort_key(c.notation), c.pref_vi))
        self._labels = {s: _label_index(cs) for s, cs in self._by_scheme.items()}
        self._abbreviations = MappingProxyType(
            {n: c.pref_vi for c in self._by_scheme.get("abbreviation", ()) for n in c.notations}
        )

    def schemes(self) -> list[str]:
        return sorted(self._by_scheme)

    def concepts(self, scheme: str) -> list[Concept]:
        return list(self._by_scheme.get(scheme, ()))

    def lookup(self, scheme: str, label: str) -> Concept | None:
        """Case-insensitive exact match on prefLabel@vi or an altLabel@vi (NFC)."""
        return self._labels.get(scheme, {}).get(_key(label))

    def labels(self, scheme: str) -> dict[str, Concept]:
        """Every vi label (pref and alt, as written in the vocabulary) -> its concept."""
        return {label: c for c in self._by_scheme.get(scheme, ()) for label in c.labels_vi}

    def concept(self, iri: str) -> Concept | None:
        for concepts in self._by_scheme.values():
            for c in concepts:
                if c.iri == iri:
                    return c
        return None

    def narrower(self, concept: Concept) -> list[Concept]:
        return [c for c in self._by_scheme.get(concept.scheme, ()) if concept.iri in c.broader]

    @property
    def abbreviations(self) -> Mapping[str, str]:
        """Abbreviation ("UBND") -> expansion ("Ủy ban nhân dân")."""
        return self._abbreviations

    @property
    def triples(self) -> list[ox.Triple]:
        return list(self._triples)

    def quads(self, graph_iri: str) -> list[ox.Quad]:
        """The ontology and all vocabularies as quads of one named graph."""
        g = ox.NamedNode(graph_iri)
        return [ox.Quad(t.subject, t.predicate, t.object, g) for t in self._triples]


def _first(values, lang: str | None = None) -> str | None:
    for v in values:
        if isinstance(v, ox.Literal) and (lang is None or v.language == lang):
            return v.value
    return None


def _concept(iri: str, scheme: str, props: dict[str, list]) -> Concept:
    pref_vi = _first(props.get(_PREF, ()), "vi")
    if pref_vi is None:
        raise ValueError(f"{iri}: no skos:prefLabel@vi")
    notations = tuple(sorted(v.value for v in props.get(_NOTATION, ())))
    first = _first(props.get(_NOTATION, ()))
    flags = {
        p.removeprefix(TK): vals[0].value in _BOOL_TRUE
        for p, vals in props.items()
        if p.startswith(TK) and vals and isinstance(vals[0], ox.Literal) and vals[0].language is None
    }
    return Concept(
        iri=iri,
        scheme=scheme,
        pref_vi=unicodedata.normalize("NFC", pref_vi),
        pref_en=_first(props.get(_PREF, ()), "en"),
        alt_vi=tuple(unicodedata.normalize("NFC", v.value) for v in props.get(_ALT, ()) if v.language == "vi"),
        notation=first,
        flags=MappingProxyType(flags),
        broader=tuple(v.value for v in props.get(_BROADER, ())),
        notations=(first, *[n for n in notations if n != first]) if first else (),
        conferred_by=_first(props.get(TK + "conferredBy", ()), "vi"),
    )


def _sort_key(notation: str | None):
    # numeric notations order numerically ("2" < "10"); others after, alphabetically
    if notation is None:
        return (2, 0, "")
    try:
        return (0, float(notation), "")
    except ValueError:
        return (1, 0, notation)


def _label_index(concepts: list[Concept]) -> dict[str, Concept]:
    index: dict[str, Concept] = {}
    for c in concepts:  # preferred labels win over alternative ones
        index.setdefault(_key(c.pref_vi), c)
    for c in concepts:
        for a in c.alt_vi:
            index.setdefault(_key(a), c)
    return index


@functools.cache
def load_vocabulary() -> Vocabulary:
    return Vocabulary(parse_files(ontology_files()))
