"""Small RDF documents the server describes itself with (service description, VoID, DCAT).

Their fixed part is Turtle in templates/, with IRIs relative to the server's
address; the counts are added by code. Each is answered in the RDF format the
request asks for (the same choice as a CONSTRUCT result).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import Response

from ..namespaces import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, TK, XSD
from .results import GRAPH, offered_media_types, pick

TEMPLATES = Path(__file__).parent / "templates"

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
VCARD = "http://www.w3.org/2006/vcard/ns#"

PREFIXES = {
    "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "dcterms": DCTERMS, "foaf": FOAF, "skos": SKOS,
    "sd": SD, "void": VOID, "dcat": DCAT, "vcard": VCARD, "tk": TK, "owl": OWL, "org": ORG, "prov": PROV,
    "schema": SCHEMA,
    "formats": "http://www.w3.org/ns/formats/",
}
TYPE = ox.NamedNode(RDF + "type")
# machine-readable answers may be read by scripts of any web page
CORS = {"Access-Control-Allow-Origin": "*"}


def base_url(request: Request) -> str:
    """The server's own address as the client reached it, ending in '/'."""
    return str(request.base_url)


def template(name: str, base: str) -> list[ox.Triple]:
    """The triples of templates/<name>, relative IRIs resolved against `base`."""
    with open(TEMPLATES / name, "rb") as f:
        return [q.triple for q in ox.parse(f, format=ox.RdfFormat.TURTLE, base_iri=base)]


def literal(value, datatype: str | None = None) -> ox.Literal:
    """An integer as xsd:integer, anything else as a string (or of `datatype`)."""
    if datatype:
        return ox.Literal(str(value), datatype=ox.NamedNode(datatype))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    return ox.Literal(str(value))


def rdf_response(request: Request, triples: Iterable[ox.Triple], headers: dict | None = None) -> Response:
    """`triples` in the format the request asks for (`format` or Accept), else 406."""
    fmt = pick(GRAPH, request.headers.get("accept"), request.query_params.getlist("format"))
    if fmt is None:
        return not_acceptable(GRAPH, headers)
    # grouped by subject (stable: each subject's properties keep their order) for readable Turtle
    triples = sorted(triples, key=lambda t: (isinstance(t.subject, ox.BlankNode), str(t.subject)))
    body = ox.serialize(triples, format=fmt.oxigraph, prefixes=_used_prefixes(triples))
    return Response(body, media_type=fmt.media_type, headers={"Vary": "Accept", **CORS, **(headers or {})})


def _used_prefixes(triples: list[ox.Triple]) -> dict[str, str]:
    iris = {t.value for triple in triples for t in triple if isinstance(t, ox.NamedNode)}
    return {p: ns for p, ns in PREFIXES.items() if any(i.startswith(ns) for i in iris)}


def not_acceptable(kind: str, headers: dict | None = None) -> Response:
    offered = ", ".join(offered_media_types(kind))
    return Response(f"Not Acceptable: this resource is available as {offered}\n", status_code=406,
                    media_type="text/plain; charset=utf-8", headers=headers)
