"""The HTML page of one resource: prose and tables from views.toml, then all its statements."""
from __future__ import annotations

import functools
import tomllib
from pathlib import Path

import pyoxigraph as ox

from ..namespaces import PROV, RDF
from ..store import PREFIXES
from . import sections
from .iris import DOCUMENT_EXTENSIONS, path_for_iri

_VIEWS = Path(__file__).with_name("views.toml")


@functools.cache
def views() -> dict:
    data = tomllib.loads(_VIEWS.read_text(encoding="utf-8"))
    classes = {}
    for curie, view in data["classes"].items():
        prefix, _, local = curie.partition(":")
        classes[PREFIXES[prefix] + local] = view
    return {"classes": classes, "views": data["views"]}


def _objects(store, iri: str, predicate: str) -> list[str]:
    quads = store.store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(predicate), None, None)
    return list(dict.fromkeys(q.object.value for q in quads if isinstance(q.object, ox.NamedNode)))


def subject_of_page(store, iri: str) -> str:
    """An article's named graph is shown as its article."""
    if store.store.contains_named_graph(ox.NamedNode(iri)):
        derived = _objects(store, iri, PROV + "wasDerivedFrom")
        if derived:
            return derived[0]
    return iri


def view_of(types: list[str]) -> str:
    classes = views()["classes"]
    for cls, view in classes.items():  # views.toml order decides between several classes
        if cls in types:
            return view
    return "other"


def page_context(ctx: sections.Context, iri: str) -> dict:
    """Everything entity.html shows about `iri` (an IRI the store knows)."""
    subject = subject_of_page(ctx.store, iri)
    types = _objects(ctx.store, subject, RDF + "type")
    view_name = view_of(types)
    view = views()["views"][view_name]
    facts = sections.facts(ctx, view["facts"], subject)
    common = sections.common_source(facts)
    tables = [sections.table(ctx, name, subject) for name in view["sections"]]
    raw = [sections.table(ctx, name, subject) for name in ("raw_outgoing", "raw_incoming")]
    label = ctx.label(subject)
    type_label = ctx.term_label(types[0]) if types else ""
    counts = {f"n_{tab.name}": len(tab.rows) for tab in tables}
    prose_key = f"prose.{view_name}"
    prose = ctx.t(prose_key, label=label, type=type_label, **counts) if ctx.t.has(prose_key) else ""
    resource_path = path_for_iri(subject, ctx.base_iri) or ""
    return {
        "iri": subject, "label": label, "type_label": type_label, "view": view_name, "prose": prose,
        "facts": facts, "common_source": common, "tables": [tab for tab in tables if tab.rows], "raw": raw,
        "documents": [(ext, f"{resource_path.partition('#')[0]}.{ext}") for ext in DOCUMENT_EXTENSIONS
                      if ext != "html"] if resource_path else [],
    }
