"""Competency questions (queries/*.rq) and SPARQL results as plain tables."""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import paths

FORMATS = ("csv", "tsv", "json", "table")


class QueryError(Exception):
    """Unknown competency question, unreadable file or malformed query."""


@dataclass
class Result:
    """A query result with plain values: str for bound terms, None for unbound."""

    kind: str  # "select" | "ask" | "graph"
    columns: list[str] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def records(self) -> list[dict[str, str | None]]:
        return [dict(zip(self.columns, r)) for r in self.rows]


# -- loading ---------------------------------------------------------------------


def cq_names() -> list[str]:
    return sorted(p.stem for p in paths.queries_dir().glob("*.rq"))


def load_cq(name: str) -> str:
    path = paths.queries_dir() / f"{name}.rq"
    if not path.is_file():
        known = ", ".join(cq_names()) or "none"
        raise QueryError(f"unknown competency question {name!r} (known: {known})")
    return path.read_text(encoding="utf-8")


def resolve(cq: str | None = None, file: str | None = None, text: str | None = None) -> str:
    """The SPARQL text of a CQ name, a .rq file or inline text (exactly one)."""
    if cq:
        return load_cq(cq)
    if file:
        try:
            return Path(file).read_text(encoding="utf-8")
        except OSError as e:
            raise QueryError(f"cannot read query file {file}: {e.strerror or e}") from None
    if text and text.strip():
        return text
    raise QueryError("no query given: use --cq NAME, --file Q.rq or inline SPARQL")


# -- running ---------------------------------------------------------------------


def plain(term) -> str | None:
    """A term as plain text: literal value, full IRI, _:id for blank nodes."""
    if term is None:
        return None
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def run(store, sparql: str) -> Result:
    """Run SPARQL on a KGStore (default graph = union of all graphs)."""
    try:
        res = store.query(sparql)
    except SyntaxError as e:
        raise QueryError(f"malformed query: {_one_line(e)}") from None
    except (OSError, ValueError, RuntimeError) as e:
        raise QueryError(f"query failed: {_one_line(e)}") from None
    if isinstance(res, ox.QueryBoolean):
        return Result("ask", boolean=bool(res))
    if isinstance(res, ox.QuerySolutions):
        columns = [v.value for v in res.variables]
        rows = [[plain(sol[i]) for i in range(len(columns))] for sol in res]
        return Result("select", columns=columns, rows=rows)
    return Result("graph", triples=list(res))


def run_cq(store, name: str) -> Result:
    return run(store, load_cq(name))


def _one_line(e: Exception) -> str:
    return " ".join(str(e).split())


# -- formatting ------------------------------------------------------------------


def format_result(result: Result, fmt: str) -> str:
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if result.kind == "ask":
        return json.dumps(result.boolean) + "\n" if fmt == "json" else ("true\n" if result.boolean else "false\n")
    if result.kind == "graph":
        if fmt == "json":
            rows = [{"subject": plain(t.subject), "predicate": plain(t.predicate), "object": plain(t.object)}
                    for t in result.triples]
            return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
        return "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in result.triples)
    return _FORMATTERS[fmt](result)


def _csv(result: Result) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(result.columns)
    w.writerows([["" if v is None else v for v in r] for r in result.rows])
    return buf.getvalue()


def _tsv_cell(v: str | None) -> str:
    if v is None:
        return ""
    return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _tsv(result: Result) -> str:
    lines = ["\t".join(result.columns)]
    lines += ["\t".join(_tsv_cell(v) for v in r) for r in result.rows]
    return "\n".join(lines) + "\n"


def _json(result: Result) -> str:
    return json.dumps(result.records(), ensure_ascii=False, indent=2) + "\n"


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)


def _table(result: Result) -> str:
    cells = [[" ".join(("" if v is None else v).split()) for v in r] for r in result.rows]
    widths = [_width(c) for c in result.columns]
    for r in cells:
        widths = [max(w, _width(v)) for w, v in zip(widths, r)]

    def line(vals):
        return " | ".join(v + " " * (w - _width(v)) for v, w in zip(vals, widths)).rstrip()

    out = [line(result.columns), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"


_FORMATTERS = {"csv": _csv, "tsv": _tsv, "json": _json, "table": _table}
