"""Dereferenceable IRIs: linked data by content negotiation, after "Cool URIs for the Semantic Web".

The scheme (303 solution; iris.py maps paths and IRIs):

    GET /id/person/x           303 See Other -> /id/person/x.<ext>, chosen from Accept (Vary: Accept)
    GET /id/person/x.html      the page for people
    GET /id/person/x.ttl       Turtle        .jsonld JSON-LD   .nt N-Triples   .rdf RDF/XML

The same holds for /ontology (the ontology document; its terms are hash IRIs) and
/vocab/... (SKOS schemes and concepts). A resource's description is what describe.py
gives; an article's named graph is described by its content. Unknown IRIs give 404
(a page when the client prefers HTML); an Accept nothing satisfies gives 406.
This router is included last: its catch-all route only sees paths no other router took.
"""
from __future__ import annotations

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, RedirectResponse, Response

from ..store import PREFIXES
from . import describe, ontology
from .iris import ONTOLOGY_IRI, iri_for_path, split_document
from .negotiation import choose
from .pages import MEDIA_TYPES, entity_html, not_found_html, ontology_html

router = APIRouter()

RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
    "nt": ox.RdfFormat.N_TRIPLES,
    "rdf": ox.RdfFormat.RDF_XML,
}
# Server preference when the client has none (Accept: */*): Turtle, then the page.
OFFERED = ["text/turtle", "text/html", "application/xhtml+xml", "application/ld+json",
           "application/n-triples", "application/rdf+xml"]
EXTENSION_OF = {media: ext for ext, media in MEDIA_TYPES.items()} | {"application/xhtml+xml": "html"}
_CHARSET = {"ttl", "nt"}  # text formats whose media type takes a charset parameter


def _known(store, iri: str) -> bool:
    return iri == ONTOLOGY_IRI or describe.exists(store, iri)


def _not_found(request: Request) -> Response:
    if choose(request.headers.get("accept"), ["text/plain", "text/html"]) == "text/html":
        return not_found_html(request)
    return PlainTextResponse(f"not found: {request.url.path}\n", status_code=404)


def _rdf(store, iri: str, ext: str) -> Response:
    triples = ontology.triples() if iri == ONTOLOGY_IRI else describe.describe(store, iri)
    body = ox.serialize(triples, format=RDF_FORMATS[ext], prefixes=PREFIXES)
    media = MEDIA_TYPES[ext] + ("; charset=utf-8" if ext in _CHARSET else "")
    return Response(body, media_type=media)


@router.api_route("/{path:path}", methods=["GET", "HEAD"])
def resource(request: Request, path: str):
    state = request.app.state
    resource_path, ext = split_document("/" + path)
    iri = iri_for_path(resource_path, state.base_iri)
    if iri is None or not _known(state.store, iri):
        return _not_found(request)
    if ext is None:
        media = choose(request.headers.get("accept"), OFFERED)
        if media is None:
            offered = ", ".join(dict.fromkeys(MEDIA_TYPES.values()))
            return PlainTextResponse(f"not acceptable; this resource is available as {offered}\n",
                                     status_code=406, headers={"Vary": "Accept"})
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"{resource_path}.{EXTENSION_OF[media]}{query}", status_code=303,
                                headers={"Vary": "Accept"})
    if ext == "html":
        return ontology_html(request) if iri == ONTOLOGY_IRI else entity_html(request, iri)
    return _rdf(state.store, iri, ext)
