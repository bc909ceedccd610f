"""Search over labels, ignoring diacritics and case ("nguyen van thanh" finds "Nguyễn Văn Thành").

The index is built in memory from the store once, when the server first needs it
(labels are few: tens of thousands at most), and holds every label of persons,
organisations, movements, events and award kinds, folded by thidua_kg.slug.fold.
A label matches when every word of the query starts one of its words ("cong an"
finds "Công an tỉnh", not "Công ty ... Xanh"); whole-label and phrase matches rank
first. Restart the server to see newly ingested articles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..slug import fold
from .sections import PREFIXES

# Search kinds in the order results are grouped; each a SPARQL pattern binding ?x and ?label.
KINDS = {
    # a mention stands for its canonical person when `thidua-kg link` has named one
    "person": "GRAPH ?g { ?m a tk:Person ; rdfs:label ?label } OPTIONAL { ?m owl:sameAs ?c . ?c a tk:Person } "
              "BIND(COALESCE(?c, ?m) AS ?x)",
    "organisation": "GRAPH ?g { ?x a tk:Organisation ; rdfs:label ?label }",
    "movement": "GRAPH ?g { ?x a tk:Movement ; rdfs:label ?label }",
    "event": "GRAPH ?g { ?x a tk:Event ; rdfs:label ?label }",
    "award-kind": "?x skos:inScheme tkv:award-kind ; skos:prefLabel|skos:altLabel ?label",
}
_SPACES = re.compile(r"[^\w]+")
MAX_PER_KIND = 50


def normalise(text: str) -> str:
    """Folded (no diacritics, đ→d, lower case), punctuation as single spaces."""
    return " ".join(_SPACES.sub(" ", fold(text)).split())


@dataclass(frozen=True)
class Entry:
    kind: str
    iri: str
    label: str
    folded: str


@dataclass
class Hit:
    kind: str
    iri: str
    label: str  # the label that matched
    score: int


class SearchIndex:
    def __init__(self, entries: list[Entry]):
        self.entries = entries

    @classmethod
    def build(cls, store) -> "SearchIndex":
        entries = []
        for kind, pattern in KINDS.items():
            query = f"SELECT DISTINCT ?x ?label WHERE {{ {pattern} }}"
            for sol in store.store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES):
                label = sol["label"].value
                entries.append(Entry(kind, sol["x"].value, label, normalise(label)))
        return cls(entries)

    def search(self, text: str) -> dict[str, list[Hit]]:
        """Hits grouped by kind (in KINDS order), best first, one per resource."""
        words = normalise(text).split()
        if not words:
            return {}
        phrase = " ".join(words)
        best: dict[tuple[str, str], Hit] = {}
        starts = [" " + w for w in words]
        for e in self.entries:
            padded = " " + e.folded
            if not all(w in padded for w in starts):
                continue  # every query word must start a word of the label ("an" is not in "Xanh")
            score = _score(e.folded, phrase, words)
            key = (e.kind, e.iri)
            if key not in best or score > best[key].score:
                best[key] = Hit(e.kind, e.iri, e.label, score)
        grouped: dict[str, list[Hit]] = {k: [] for k in KINDS}
        for hit in sorted(best.values(), key=lambda h: (-h.score, h.label)):
            if len(grouped[hit.kind]) < MAX_PER_KIND:
                grouped[hit.kind].append(hit)
        return {k: hits for k, hits in grouped.items() if hits}


def _score(folded: str, phrase: str, words: list[str]) -> int:
    padded = f" {folded} "
    score = 0
    if folded == phrase:
        score += 100
    if f" {phrase} " in padded:
        score += 40
    elif phrase in folded:
        score += 20
    score += sum(5 for w in words if f" {w}" in padded)  # word starts
    return score


def index_of(app) -> SearchIndex:
    """The application's index, built on first use."""
    index = getattr(app.state, "search_index", None)
    if index is None:
        index = app.state.search_index = SearchIndex.build(app.state.store)
    return index
