"""Where an IRI is served: request paths <-> IRIs, and the document URLs of a resource.

Entity IRIs live under the configured base; the server answers at the IRI's path,
so a deployment at its own domain works unchanged: base http://example.org/kg/
serves http://example.org/kg/person/x at /kg/person/x. IRIs under the project's
w3id.org namespace (https://w3id.org/thidua-kg/) are served at their path within
it, as w3id.org redirects there: https://w3id.org/thidua-kg/id/person/x at
/id/person/x, the ontology (https://w3id.org/thidua-kg/ontology, a hash namespace)
at /ontology and the SKOS vocabularies at /vocab/...

Documents ("Cool URIs for the Semantic Web", 303 solution): the resource path
itself only redirects (303) to one of its documents, the path plus an extension:
.html, .ttl, .jsonld, .nt, .rdf.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from ..namespaces import TK, TKV

W3ID = "https://w3id.org/thidua-kg/"
ONTOLOGY_IRI = TK.rstrip("#")
ONTOLOGY_PATH = "/ontology"
VOCAB_PATH = "/vocab/"
DOCUMENT_EXTENSIONS = ("html", "ttl", "jsonld", "nt", "rdf")


def base_path(base_iri: str) -> str:
    """Where the base is served: its path (within w3id.org/thidua-kg/), ending in '/'."""
    path = "/" + base_iri[len(W3ID):] if base_iri.startswith(W3ID) else urlsplit(base_iri).path or "/"
    return path if path.endswith("/") else path + "/"


def split_document(path: str) -> tuple[str, str | None]:
    """('/id/x', 'ttl') for '/id/x.ttl'; (path, None) when it names no document.

    Slugs never contain dots, so a known extension after the last '/' marks a document."""
    head, dot, ext = path.rpartition(".")
    if dot and "/" not in ext and ext in DOCUMENT_EXTENSIONS:
        return head, ext
    return path, None


def iri_for_path(path: str, base_iri: str) -> str | None:
    """The IRI a request path names, or None when the path is not the server's to describe."""
    if path == ONTOLOGY_PATH:
        return ONTOLOGY_IRI
    if path.startswith(VOCAB_PATH) and len(path) > len(VOCAB_PATH):
        return TKV + path[len(VOCAB_PATH):]
    prefix = base_path(base_iri)
    if path.startswith(prefix) and len(path) > len(prefix):
        return base_iri + path[len(prefix):]
    return None


def path_for_iri(iri: str, base_iri: str) -> str | None:
    """The local path of an IRI the server describes (ontology terms go to their
    anchor on /ontology), or None for IRIs of elsewhere."""
    if iri == ONTOLOGY_IRI:
        return ONTOLOGY_PATH
    if iri.startswith(TK):
        return f"{ONTOLOGY_PATH}#{iri[len(TK):]}"
    if iri.startswith(TKV) and len(iri) > len(TKV):
        return VOCAB_PATH + iri[len(TKV):]
    if iri.startswith(base_iri) and len(iri) > len(base_iri):
        return base_path(base_iri) + iri[len(base_iri):]
    return None


def page_url(iri: str, base_iri: str) -> str:
    """Where a browser should go for an IRI: its HTML document here, or the IRI itself."""
    path = path_for_iri(iri, base_iri)
    if path is None:
        return iri
    resource, _, anchor = path.partition("#")
    return f"{resource}.html" + (f"#{anchor}" if anchor else "")
