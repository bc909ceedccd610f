"""Query results as page content: tables of cells, and lists of facts with their sources.

Conventions of the queries in queries/: ?this is the page's resource; a column
holding IRIs becomes links labelled in the reader's language; a column named
*_list holds space-separated IRIs; ?sentence (with ?article) is the source of the
row, shown quoted and linked to its article; ?role holds a message key suffix;
?property rows of a `facts` query become a definition list.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..namespaces import OWL
from ..store import PREFIXES as _STORE_PREFIXES
from . import labels as labelling
from .iris import page_url

_QUERIES = Path(__file__).with_name("queries")
PREFIXES = {**_STORE_PREFIXES, "owl": OWL}
_SELF = re.compile(r"\?self\b")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
MAX_ROWS = 500  # a section shows at most this many rows (the raw statements and SPARQL give the rest)


@functools.cache
def query_text(name: str) -> str:
    return (_QUERIES / f"{name}.rq").read_text(encoding="utf-8")


@dataclass
class Link:
    text: str
    href: str


@dataclass
class Source:
    sentence: str
    article: Link | None


@dataclass
class Cell:
    links: list[Link] = field(default_factory=list)
    text: str | None = None
    source: Source | None = None
    rows: int = 1  # rows the cell spans; 0: covered by the cell above (same source sentence)


@dataclass
class Table:
    name: str
    columns: list[str]
    rows: list[list[Cell]]
    truncated: bool = False


@dataclass
class Fact:
    property: str  # its label
    values: list[tuple[Cell, list[Source]]]  # each value with the sentences that state it


class Context:
    """What turning terms into cells needs: store, base IRI, language, messages, labels."""

    def __init__(self, store, base_iri: str, messages):
        self.store, self.base_iri, self.t = store, base_iri, messages
        self.labels: dict[str, str] = {}
        self.labelled: set[str] = set()  # IRIs whose label the graph gives (not a fallback)
        self._same: dict[str, list[str]] = {}

    def same(self, iri: str) -> list[str]:
        if iri not in self._same:
            self._same[iri] = identity(self.store, iri)
        return self._same[iri]

    def learn(self, iris) -> None:
        wanted = [i for i in iris if i not in self.labels]
        if wanted:
            found = labelling.lookup(self.store, wanted, self.t.lang)
            self.labelled.update(found)
            self.labels.update({i: found.get(i) or labelling.fallback(i) for i in wanted})

    def label(self, iri: str) -> str:
        if iri not in self.labels:
            self.learn([iri])
        return self.labels[iri]

    def link(self, iri: str) -> Link:
        href = page_url(iri, self.base_iri)
        label = self.label(iri)
        # another site's IRI without a label reads best as itself
        return Link(iri if href == iri and iri not in self.labelled else label, href)

    def term_label(self, iri: str) -> str:
        """A property or class: the catalogue's name for it, else the graph's label, else its CURIE."""
        key = f"term.{labelling.curie(iri)}"
        if self.t.has(key):
            return self.t(key)
        label = self.label(iri)
        return label if iri in self.labelled else labelling.curie(iri)

    def value_cell(self, column: str, term) -> Cell:
        if term is None:
            return Cell()
        if column.endswith("_list"):
            return Cell(links=[self.link(i) for i in term.value.split()])
        if isinstance(term, ox.NamedNode):
            if column in ("property", "predicate"):
                return Cell(links=[Link(self.term_label(term.value), page_url(term.value, self.base_iri))])
            return Cell(links=[self.link(term.value)])
        if column == "role":
            return Cell(text=self.t(f"role.{term.value}"))
        return Cell(text=term.value)

    def source(self, row) -> Source | None:
        sentence = row.get("sentence")
        if sentence is None:
            return None
        article = row.get("article")
        return Source(sentence.value, self.link(article.value) if isinstance(article, ox.NamedNode) else None)


def execute(store, name: str, this: str | None = None, page: tuple[int, int] | None = None,
            same: list[str] | None = None):
    """Columns and rows (variable -> term) of queries/<name>.rq; ?self is the IRI `this`
    and ?this each of `same` (this and what is owl:sameAs it; default: this alone).
    `page` = (limit, offset) pages a list; MAX_ROWS + 1 rows at most."""
    text = query_text(name)
    if this is not None:
        # Oxigraph substitutes only projected variables: the IRIs go in as terms,
        # validated and escaped by NamedNode (no way to inject SPARQL)
        text = _SELF.sub(lambda _: str(ox.NamedNode(this)), text)
        values = " ".join(str(ox.NamedNode(i)) for i in (same or [this]))
        text = _WHERE.sub(lambda m: f"{m.group(0)} VALUES ?this {{ {values} }}", text, count=1)
    if page is not None:
        text += f"\nLIMIT {int(page[0])} OFFSET {int(page[1])}"
    res = store.store.query(text, use_default_graph_as_union=True, prefixes=PREFIXES)
    columns = [v.value for v in res.variables]
    rows = []
    for sol in res:
        rows.append({c: sol[c] for c in columns})
        if len(rows) > MAX_ROWS:
            break
    return columns, rows


def identity(store, iri: str) -> list[str]:
    """`iri` and the resources owl:sameAs makes one with it (queries/identity.rq)."""
    _, rows = execute(store, "identity", iri)
    return list(dict.fromkeys([iri] + [r["x"].value for r in rows if isinstance(r["x"], ox.NamedNode)]))


def count(store, name: str) -> int:
    """How many rows queries/<name>.rq gives (for paging)."""
    text = f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ {query_text(name)}\n}} }}"
    return int(next(iter(store.store.query(text, use_default_graph_as_union=True, prefixes=PREFIXES)))["n"].value)


def _iris(rows) -> list[str]:
    out = []
    for row in rows:
        for column, term in row.items():
            if isinstance(term, ox.NamedNode):
                out.append(term.value)
            elif term is not None and column.endswith("_list"):
                out.extend(term.value.split())
    return out


def table(ctx: Context, name: str, iri: str | None = None, page: tuple[int, int] | None = None) -> Table:
    """queries/<name>.rq as a table of cells."""
    columns, rows = execute(ctx.store, name, iri, page, ctx.same(iri) if iri else None)
    return to_table(ctx, name, columns, rows)


def to_table(ctx: Context, name: str, columns: list[str], rows: list[dict]) -> Table:
    truncated = len(rows) > MAX_ROWS
    rows = rows[:MAX_ROWS]
    ctx.learn(_iris(rows))
    has_source = "sentence" in columns
    shown = [c for c in columns if c != "sentence" and not (has_source and c == "article")]
    out_rows = []
    for row in rows:
        cells = [ctx.value_cell(c, row.get(c)) for c in shown]
        if has_source:
            cells.append(Cell(source=ctx.source(row)))
        out_rows.append(cells)
    if has_source:
        _merge_sources(out_rows)
    headers = shown + (["source"] if has_source else [])
    return Table(name, headers, out_rows, truncated)


def _merge_sources(rows: list[list[Cell]]) -> None:
    """Consecutive rows read from one sentence show it once, spanning them."""
    top = None
    for row in rows:
        cell = row[-1]
        if top is not None and cell.source is not None and cell.source == top.source:
            top.rows += 1
            cell.rows = 0
        else:
            top = cell


def facts(ctx: Context, name: str, iri: str) -> list[Fact]:
    """Rows of ?property ?value [?sentence ?article], grouped by property, in query order."""
    _, rows = execute(ctx.store, name, iri, same=ctx.same(iri))
    ctx.learn(_iris(rows))
    grouped: dict[str, dict] = {}
    for row in rows[:MAX_ROWS]:
        values = grouped.setdefault(row["property"].value, {})
        sources = values.setdefault(row.get("value"), [])
        source = ctx.source(row)
        if source is not None and source not in sources:
            sources.append(source)
    return [Fact(ctx.term_label(prop), [(ctx.value_cell("value", v), srcs) for v, srcs in values.items()])
            for prop, values in grouped.items()]


def common_source(found: list[Fact]) -> list[Source]:
    """The sources every value shares when all share the same ones (an event's one
    sentence states all its facts): shown once, under the list, and taken off the values."""
    sets = [srcs for fact in found for _, srcs in fact.values]
    if len(sets) < 2 or not sets[0] or any(s != sets[0] for s in sets):
        return []
    for fact in found:
        fact.values = [(cell, []) for cell, _ in fact.values]
    return sets[0]
