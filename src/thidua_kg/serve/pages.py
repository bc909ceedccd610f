"""HTML views: one function per page (home, lists, search, query, a resource, the ontology).

The data of each page comes from its own module (listing, search, querypage, entity,
ontology); this module only binds them to URLs and templates. resources.py calls
entity_html, ontology_html and not_found_html for the HTML documents of IRIs.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response

from . import entity, listing, ontology, querypage, sections
from .iris import page_url
from .labels import curie
from .render import messages, render
from .search import index_of

router = APIRouter()
_STATIC = Path(__file__).with_name("static")
_STATIC_TYPES = {".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png"}

MEDIA_TYPES = {"html": "text/html", "ttl": "text/turtle", "jsonld": "application/ld+json",
               "nt": "application/n-triples", "rdf": "application/rdf+xml"}
FORMAT_NAMES = {"html": "HTML", "ttl": "Turtle", "jsonld": "JSON-LD", "nt": "N-Triples", "rdf": "RDF/XML"}


def _context(request: Request) -> sections.Context:
    state = request.app.state
    return sections.Context(state.store, state.base_iri, messages(request))


@router.get("/")
def home(request: Request):
    return render(request, "home.html", **listing.home(_context(request)))


@router.get("/browse/{kind}")
def browse(request: Request, kind: str, page: str = "1"):
    if kind not in listing.KINDS:
        return not_found_html(request, status=404)
    number = int(page) if page.isascii() and page.isdigit() else 1  # "²".isdigit() is True too
    return render(request, "browse.html", **listing.browse(_context(request), kind, number))


@router.get("/search")
def search(request: Request, q: str = ""):
    ctx = _context(request)
    found = index_of(request.app).search(q[:200])
    ctx.learn(h.iri for hits in found.values() for h in hits)
    groups = [(kind, [{"text": ctx.label(h.iri), "href": page_url(h.iri, ctx.base_iri), "matched": h.label}
                      for h in hits]) for kind, hits in found.items()]
    return render(request, "search.html", q=q.strip(), groups=groups)


@router.get("/query")
def query_page(request: Request, query: str | None = None, cq: str | None = None):
    state = request.app.state
    ctx = querypage.context(state.store, state.base_iri, query, cq, getattr(state, "query_timeout", None))
    return render(request, "query.html", status=400 if ctx["error"] else 200, **ctx)


@router.get("/static/{name}", include_in_schema=False)
def static(name: str):
    path = _STATIC / name
    if "/" in name or name.startswith(".") or not path.is_file():
        return Response("not found\n", status_code=404, media_type="text/plain")
    return FileResponse(path, media_type=_STATIC_TYPES.get(path.suffix, "application/octet-stream"),
                        headers={"Cache-Control": "public, max-age=3600"})


# -- HTML documents of IRIs (called by resources.py) -----------------------------------


def entity_html(request: Request, iri: str) -> Response:
    ctx = entity.page_context(_context(request), iri)
    return render(request, "entity.html", media_types=MEDIA_TYPES, format_names=FORMAT_NAMES, **ctx)


def ontology_html(request: Request) -> Response:
    base_iri = request.app.state.base_iri
    documents = [(ext, f"/ontology.{ext}") for ext in MEDIA_TYPES if ext != "html"]
    return render(request, "ontology.html", doc=ontology.document(), documents=documents,
                  media_types=MEDIA_TYPES, format_names=FORMAT_NAMES,
                  link=lambda iri: page_url(iri, base_iri), curie=curie)


def not_found_html(request: Request, status: int = 404) -> Response:
    return render(request, "notfound.html", status=status, missing=request.url.path)
