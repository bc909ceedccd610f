"""SHACL validation of article graphs.

pyshacl takes tens of milliseconds per article; ingest needs well under one.
So the shapes file is compiled into plain Python closures by a small SHACL
Core engine that implements exactly the constraint components the file uses
and refuses to load a shapes file that uses anything else: engine and shapes
can never silently diverge. `validate_with_pyshacl` is the reference the
tests compare against.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Callable, Iterable, Sequence

import pyoxigraph as ox

from . import paths
from .namespaces import RDF, RDFS, SH, XSD
from .vocab import ontology_files, parse_files

_TYPE = RDF + "type"
_SUBCLASS = RDFS + "subClassOf"

# constraint parameters the engine implements; anything else in sh: is refused
_SUPPORTED = {
    "targetClass", "property", "path", "minCount", "maxCount", "datatype", "class",
    "nodeKind", "languageIn", "minInclusive", "hasValue", "node", "or",
}
_NON_VALIDATING = {"message", "severity", "name", "description", "order", "group"}
_SHAPE_TYPES = {SH + "NodeShape", SH + "PropertyShape"}

# well-formedness of the literals the shapes ask for (SHACL: ill-typed = violation)
_TZ = r"(Z|[+-]\d\d:\d\d)?"
_DATE = re.compile(r"(-?\d{4,})-(\d\d)-(\d\d)" + _TZ)


def _is_date(text: str) -> bool:
    m = _DATE.fullmatch(text)
    if not m:
        return False
    try:
        date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:  # also years < 1 or > 9999, which rdflib cannot hold either
        return False
    return True


def _matcher(pattern: str) -> Callable[[str], bool]:
    rx = re.compile(pattern)
    return lambda text: rx.fullmatch(text) is not None


_LEXICAL: dict[str, Callable[[str], bool]] = {
    XSD + "date": _is_date,
    XSD + "gYear": _matcher(r"-?\d{4,}" + _TZ),
    XSD + "gYearMonth": _matcher(r"-?\d{4,}-(0[1-9]|1[0-2])" + _TZ),
    XSD + "nonNegativeInteger": _matcher(r"\+?\d+|-0+"),
    XSD + "integer": _matcher(r"[+-]?\d+"),
    XSD + "boolean": _matcher(r"true|false|1|0"),
}
_NUMERIC = {XSD + t for t in (
    "integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger",
    "decimal", "int", "long", "short", "byte", "unsignedInt", "unsignedLong", "float", "double",
)}


class ShapesError(ValueError):
    """The shapes file uses something this engine does not implement."""


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str
    severity: str = "Violation"
    value: str | None = None


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]

    def text(self) -> str:
        if self.conforms:
            return "Conforms: no violations."
        lines = [f"Does not conform: {len(self.violations)} result(s)."]
        for v in sorted(self.violations, key=lambda v: (v.focus, v.path or "", v.message)):
            where = f" {v.path}" if v.path else ""
            value = f" (value: {v.value})" if v.value is not None else ""
            lines.append(f"- [{v.severity}] <{v.focus}>{where}: {v.message}{value}")
        return "\n".join(lines)


def _show(term) -> str:
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


class _Index:
    """subject -> predicate IRI -> objects, over the data and the (static)
    ontology + vocabularies. `touched` counts reads of data nodes, so that
    results depending on the static part only can be cached."""

    __slots__ = ("data", "static", "touched")

    def __init__(self, data: dict, static: dict):
        self.data, self.static, self.touched = data, static, 0

    def objects(self, node, pred: str):
        d = self.data.get(node)
        s = self.static.get(node)
        if s is None:
            if d is None:
                return ()
            self.touched += 1
            return d.get(pred, ())
        if d is None:
            return s.get(pred, ())
        self.touched += 1
        a, b = d.get(pred, ()), s.get(pred, ())
        return list(dict.fromkeys([*a, *b])) if a and b else (a or b)


def _index(triples: Iterable) -> dict:
    """subject -> predicate IRI -> objects, from Triples, Quads or (s, p, o) tuples
    (tuples cost least: each attribute of a pyoxigraph Quad is a new object)."""
    idx: dict = {}
    for t in triples:
        s, p, o = t if isinstance(t, tuple) else (t.subject, t.predicate, t.object)
        preds = idx.get(s)
        if preds is None:
            preds = idx[s] = {}
        p = p.value
        objs = preds.get(p)
        if objs is None:
            preds[p] = [o]
        else:
            objs.append(o)  # duplicates are harmless: counts use distinct values
    return idx


# A check takes (index, value nodes) and returns the offending value nodes,
# or [None] for a failure of the set as a whole (counts, sh:hasValue).
Check = Callable[["_Index", Sequence], Sequence]
_SET_CHECKS = {"minCount", "hasValue"}  # the others pass when there are no values


class _Shape:
    __slots__ = ("iri", "path", "checks", "properties", "message", "severity", "empty_ok")

    def __init__(self, iri, path: str | None, message: str | None, severity: str):
        self.iri, self.path, self.message, self.severity = iri, path, message, severity
        self.checks: list[tuple[str, Check, bool]] = []  # (component, check, runs on no values)
        self.properties: list[_Shape] = []
        self.empty_ok = True  # no values can never fail: the common optional property

    def run(self, idx: _Index, focus, out: list | None) -> bool:
        """Conformance of focus; results go to `out`, or with out=None stop at the first."""
        values = (focus,) if self.path is None else idx.objects(focus, self.path)
        return self.run_values(idx, focus, values, out)

    def run_values(self, idx: _Index, focus, values, out: list | None) -> bool:
        if not values and self.empty_ok:
            return True
        ok = True
        for name, check, on_empty in self.checks:
            if not values and not on_empty:
                continue
            bad = check(idx, values)
            if bad:
                if out is None:
                    return False
                ok = False
                out.extend((self, focus, name, b) for b in bad)
        if not self.properties:
            return ok
        for v in values:
            props = idx.data.get(v)
            if props is None or v in idx.static:  # rare: needs the merged view
                for sub in self.properties:
                    if not sub.run(idx, v, out):
                        if out is None:
                            return False
                        ok = False
                continue
            idx.touched += 1
            for sub in self.properties:  # hot path: a data node's own predicates
                vals = props.get(sub.path, ())
                if not vals and sub.empty_ok:
                    continue
                if not sub.run_values(idx, v, vals, out):
                    if out is None:
                        return False
                    ok = False
        return ok


class _Compiler:
    def __init__(self, shapes: dict, static: dict):
        self.g = shapes
        self.static = static
        self.subclasses = _subclass_closure(static)
        self.shapes: dict = {}
        self.cache: dict = {}  # (shape, node) -> conforms, for nodes of the static part

    def one(self, node, pred: str):
        vals = self.g.get(node, {}).get(SH + pred, [])
        if len(vals) > 1:
            raise ShapesError(f"{_show(node)}: more than one sh:{pred}")
        return vals[0] if vals else None

    def rdf_list(self, head) -> list:
        out = []
        while head != ox.NamedNode(RDF + "nil"):
            props = self.g.get(head, {})
            out.append(props[RDF + "first"][0])
            head = props[RDF + "rest"][0]
        return out

    def shape(self, node) -> _Shape:
        if node in self.shapes:
            return self.shapes[node]
        props = self.g.get(node, {})
        for p in props:
            if p.startswith(SH) and p[len(SH):] not in _SUPPORTED | _NON_VALIDATING:
                raise ShapesError(f"{_show(node)}: sh:{p[len(SH):]} is not supported by thidua_kg.validate")
        path = self.one(node, "path")
        if path is not None and not isinstance(path, ox.NamedNode):
            raise ShapesError(f"{_show(node)}: only IRI paths are supported")
        msg = self.one(node, "message")
        sev = self.one(node, "severity")
        shape = _Shape(node, path.value if path else None, msg.value if msg else None,
                       sev.value.removeprefix(SH) if sev else "Violation")
        self.shapes[node] = shape  # before compiling children: recursion-safe
        for p, vals in props.items():
            name = p[len(SH):] if p.startswith(SH) else None
            if name in ("path", "targetClass", None) or name in _NON_VALIDATING:
                continue
            for v in vals:
                if name == "property":
                    sub = self.shape(v)
                    if sub.path is None:
                        raise ShapesError(f"{_show(v)}: a property shape needs sh:path")
                    shape.properties.append(sub)
                else:
                    check = getattr(self, "c_" + name)(v)
                    shape.checks.append((name, check, name in _SET_CHECKS))
                    shape.empty_ok &= name not in _SET_CHECKS
        return shape

    def conforms(self, shape: _Shape, idx: _Index, node) -> bool:
        key = (shape, node)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        before = idx.touched
        ok = shape.run(idx, node, None)
        if idx.touched == before and len(self.cache) < 100_000:
            self.cache[key] = ok  # read nothing from the data graph: valid for every graph
        return ok

    # -- constraint components ------------------------------------------------
    def c_minCount(self, lit) -> Check:
        n = int(lit.value)
        if n == 1:  # the common case, without building a set
            return lambda idx, values: () if values else [None]
        return lambda idx, values: [None] if len(values) < n or len(set(values)) < n else ()

    def c_maxCount(self, lit) -> Check:
        n = int(lit.value)
        return lambda idx, values: [None] if len(values) > n and len(set(values)) > n else ()

    def c_datatype(self, dt) -> Check:
        lexical = _LEXICAL.get(dt.value)
        Literal = ox.Literal

        def ok(v):
            if v.__class__ is not Literal or v.datatype != dt:
                return False
            return lexical is None or lexical(v.value)
        return lambda idx, values: [v for v in values if not ok(v)]

    def c_class(self, cls) -> Check:
        allowed = self.subclasses.get(cls, frozenset({cls}))
        Literal = ox.Literal
        return lambda idx, values: [
            v for v in values
            if v.__class__ is Literal or allowed.isdisjoint(idx.objects(v, _TYPE))
        ]

    def c_nodeKind(self, kind) -> Check:
        kinds = {
            "IRI": (ox.NamedNode,), "BlankNode": (ox.BlankNode,), "Literal": (ox.Literal,),
            "BlankNodeOrIRI": (ox.BlankNode, ox.NamedNode), "BlankNodeOrLiteral": (ox.BlankNode, ox.Literal),
            "IRIOrLiteral": (ox.NamedNode, ox.Literal),
        }
        allowed = kinds.get(kind.value.removeprefix(SH))
        if allowed is None:
            raise ShapesError(f"unknown sh:nodeKind {_show(kind)}")
        return lambda idx, values: [v for v in values if v.__class__ not in allowed]

    def c_languageIn(self, head) -> Check:
        langs = tuple(lit.value.lower() for lit in self.rdf_list(head))
        exact = frozenset(langs)
        prefixes = tuple(l + "-" for l in langs)

        def ok(v):
            lang = v.language if v.__class__ is ox.Literal else None
            if not lang:
                return False
            lang = lang.lower()
            return lang in exact or lang.startswith(prefixes)
        return lambda idx, values: [v for v in values if not ok(v)]

    def c_minInclusive(self, lit) -> Check:
        if lit.datatype.value not in _NUMERIC:
            raise ShapesError("sh:minInclusive is supported for numeric literals only")
        bound = Decimal(lit.value)

        def ok(v):
            if v.__class__ is not ox.Literal or v.datatype.value not in _NUMERIC:
                return False
            try:
                return Decimal(v.value) >= bound
            except InvalidOperation:
                return False
        return lambda idx, values: [v for v in values if not ok(v)]

    def c_hasValue(self, term) -> Check:
        return lambda idx, values: [] if term in values else [None]

    def c_node(self, node) -> Check:
        sub = self.shape(node)
        conforms = self.conforms
        return lambda idx, values: [v for v in values if not conforms(sub, idx, v)]

    def c_or(self, head) -> Check:
        subs = [self.shape(n) for n in self.rdf_list(head)]
        conforms = self.conforms
        return lambda idx, values: [
            v for v in values if not any(conforms(s, idx, v) for s in subs)
        ]


def _subclass_closure(static: dict) -> dict:
    """class -> itself and all its (transitive) subclasses."""
    children: dict = {}
    for s, props in static.items():
        for sup in props.get(_SUBCLASS, ()):
            children.setdefault(sup, set()).add(s)
    closure: dict = {}
    for cls in children:
        seen, stack = {cls}, [cls]
        while stack:
            for c in children.get(stack.pop(), ()):
                if c not in seen:
                    seen.add(c)
                    stack.append(c)
        closure[cls] = frozenset(seen)
    return closure


class Validator:
    def __init__(self, shapes_triples: list, ontology_triples: list):
        self._static = _index(ontology_triples)
        shapes_idx = _index(shapes_triples)
        for t in shapes_triples:  # catch sh: terms on nodes the compiler would never visit
            p = t.predicate.value
            if p.startswith(SH) and p[len(SH):] not in _SUPPORTED | _NON_VALIDATING:
                raise ShapesError(f"sh:{p[len(SH):]} is not supported by thidua_kg.validate")
        comp = _Compiler(shapes_idx, self._static)
        by_type: dict = {}  # rdf:type value -> shapes targeting it (subclass-aware)
        for node, props in shapes_idx.items():
            for cls in props.get(SH + "targetClass", ()):
                shape = comp.shape(node)
                for c in comp.subclasses.get(cls, frozenset({cls})):
                    if shape not in by_type.setdefault(c, []):
                        by_type[c].append(shape)
        for node, props in shapes_idx.items():  # untargeted shapes must compile too
            if _SHAPE_TYPES & {t.value for t in props.get(_TYPE, ()) if isinstance(t, ox.NamedNode)}:
                comp.shape(node)
        self._by_type = by_type
        self._static_focus = self._focus_nodes(self._static)

    @classmethod
    @functools.cache
    def load(cls) -> "Validator":
        return cls.from_files(shapes_files(), ontology_files())

    @classmethod
    def from_files(cls, shapes: list[Path], ontology: list[Path]) -> "Validator":
        return cls(parse_files(shapes), parse_files(ontology))

    def _focus_nodes(self, idx: dict) -> list[tuple[object, _Shape]]:
        by_type = self._by_type
        out: list[tuple[object, _Shape]] = []
        for node, props in idx.items():
            types = props.get(_TYPE)
            if not types:
                continue
            if len(types) == 1:
                out.extend((node, s) for s in by_type.get(types[0], ()))
            else:
                shapes = {s: None for t in types for s in by_type.get(t, ())}
                out.extend((node, s) for s in shapes)
        return out

    def validate(self, triples: Iterable) -> Report:
        """Validate a data graph given as Triples, Quads (graph names ignored) or (s, p, o) tuples."""
        data = _index(triples)
        idx = _Index(data, self._static)
        results: list = []
        for focus, shape in self._focus_nodes(data) + self._static_focus:
            shape.run(idx, focus, results)
        found = {
            Violation(
                focus=_show(f), path=sh_.path,
                message=sh_.message or f"{name}: {_DEFAULT[name]}",
                severity=sh_.severity, value=None if value is None else _show(value),
            ): None
            for sh_, f, name, value in results
        }
        return Report(conforms=not found, violations=tuple(found))


_DEFAULT = {
    "minCount": "has fewer values than sh:minCount",
    "maxCount": "has more values than sh:maxCount",
    "datatype": "value has the wrong datatype or is ill-formed",
    "class": "value is not an instance of the required class",
    "nodeKind": "value is not of the required node kind",
    "languageIn": "value has no allowed language tag",
    "minInclusive": "value is below sh:minInclusive",
    "hasValue": "lacks the required value",
    "node": "value does not conform to the required shape",
    "or": "value conforms to none of the alternatives of sh:or",
}


def shapes_files() -> list[Path]:
    return sorted(paths.shapes_dir().glob("*.ttl"))


# ---------------------------------------------------------------- reference


@functools.cache
def _rdflib_graphs():
    import rdflib

    shapes, ont = rdflib.Graph(), rdflib.Graph()
    for f in shapes_files():
        shapes.parse(f, format="turtle")
    for f in ontology_files():
        ont.parse(f, format="turtle")
    return shapes, ont


def validate_with_pyshacl(triples: Iterable) -> Report:
    """The same validation by pyshacl (slow; the reference for tests)."""
    import pyshacl
    import rdflib

    shapes, ont = _rdflib_graphs()
    # merged by hand: pyshacl's ont_graph only "inoculates" class axioms, not
    # the SKOS concepts that the scheme checks need
    data = rdflib.Graph()
    data += ont
    nt = ox.serialize([ox.Triple(*t) if isinstance(t, tuple) else t.triple if isinstance(t, ox.Quad) else t
                       for t in triples],
                      format=ox.RdfFormat.N_TRIPLES)
    if nt:
        data.parse(data=nt, format="nt")
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=False)
    found: dict[Violation, None] = {}
    report = results.value(None, rdflib.RDF.type, rdflib.SH.ValidationReport)
    for r in results.objects(report, rdflib.SH.result):  # top level only, not sh:detail
        path = results.value(r, rdflib.SH.resultPath)
        value = results.value(r, rdflib.SH.value)
        msg = results.value(r, rdflib.SH.resultMessage)
        sev = results.value(r, rdflib.SH.resultSeverity)
        found[Violation(
            focus=_rdflib_show(results.value(r, rdflib.SH.focusNode)),
            path=str(path) if path is not None else None,
            message=str(msg) if msg is not None else "",
            severity=str(sev).removeprefix(SH) if sev is not None else "Violation",
            value=_rdflib_show(value) if value is not None else None,
        )] = None
    return Report(conforms=not found, violations=tuple(found))


def _rdflib_show(term) -> str:
    import rdflib

    if isinstance(term, rdflib.URIRef):
        return str(term)
    if isinstance(term, rdflib.BNode):
        return f"_:{term}"
    return term.n3()
