"""The numbers VoID gives about the store: counts, classes, vocabularies, examples.

Computed once per server by the queries in templates/dataset_*.rq (the store
is opened read-only while it is served, so they cannot change) and kept on
app.state; on a large store the first request for them waits for the queries.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

QUERIES = Path(__file__).parent / "templates"
_LOCK = threading.Lock()


@dataclass(frozen=True)
class DatasetStats:
    quads: int
    named_graphs: int
    distinct_subjects: int
    entities: int
    classes: dict[str, int]  # class IRI → entities of that class
    properties: int
    vocabularies: list[str]  # namespace IRIs
    examples: list[str]


def _query(store: ox.Store, name: str, base: str):
    """Run templates/dataset_<name>.rq with $base bound to the base IRI (as a string)."""
    text = (QUERIES / f"dataset_{name}.rq").read_text(encoding="utf-8")
    return store.query(text.replace("$base", str(ox.Literal(base))), use_default_graph_as_union=True)


def namespace(iri: str) -> str:
    """The namespace of a term: up to its last '#', else its last '/'."""
    m = re.match(r"(.*[#/])[^#/]*$", iri)
    return m.group(1) if m else iri


def compute(kg, base: str) -> DatasetStats:
    store = kg.store
    subjects = next(iter(_query(store, "subjects", base)))
    classes = {row["class"].value: int(row["entities"].value) for row in _query(store, "classes", base)}
    terms = [(row["term"].value, row["kind"].value) for row in _query(store, "terms", base)]
    properties = {t for t, kind in terms if kind == "property"}
    vocabularies = sorted({namespace(t) for t, _ in terms})
    examples = [row["example"].value for row in _query(store, "examples", base)]
    return DatasetStats(
        quads=len(store), named_graphs=sum(1 for _ in store.named_graphs()),
        distinct_subjects=int(subjects["subjects"].value), entities=int(subjects["entities"].value),
        classes=classes, properties=len(properties), vocabularies=vocabularies, examples=examples)


def stats_of(state) -> DatasetStats:
    """The app's dataset statistics, computed on first use (call from a worker thread)."""
    with _LOCK:
        cached = getattr(state, "dataset_stats", None)
        if cached is None:
            cached = state.dataset_stats = compute(state.store, state.base_iri)
        return cached
