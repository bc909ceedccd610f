"""Linked data over a live server: IRIs dereference by content negotiation and 303
redirects to their documents (.html .ttl .jsonld .nt .rdf), with Vary: Accept.

The 303 scheme under test (serve/iris.py, serve/resources.py):
    /id/<path>          -> 303 to /id/<path>.<ext> chosen from Accept
    /id/<path>.<ext>    -> the document
"""
from __future__ import annotations

import json

import httpx
import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from live_server import DATA, ingest, live_server
from serve_helpers import find_iri
from thidua_kg.serve.iris import base_path, iri_for_path, page_url, path_for_iri, split_document

BASE = "https://w3id.org/thidua-kg/id/"
TK = "https://w3id.org/thidua-kg/ontology#"
ORG_MEMBER = URIRef("http://www.w3.org/ns/org#member")
PERSON_NAME = "Hà Minh Khôi"  # data/s01.json: Trung tướng Hà Minh Khôi, Thứ trưởng Bộ Công an
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

FORMATS = {  # media type -> (extension, rdflib parser)
    "text/turtle": ("ttl", "turtle"),
    "application/ld+json": ("jsonld", "json-ld"),
    "application/n-triples": ("nt", "nt"),
    "application/rdf+xml": ("rdf", "xml"),
}


def get(url: str, accept: str | None = None, follow: bool = False) -> httpx.Response:
    headers = {"Accept": accept} if accept else {}
    return httpx.get(url, headers=headers, follow_redirects=follow, timeout=30)


def parse(response: httpx.Response, fmt: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=response.content, format=fmt, publicID="http://unused.invalid/")


@pytest.fixture(scope="module")
def person(server) -> str:
    """The path of the person Hà Minh Khôi under /id/ (person IRIs may be scoped to an article)."""
    return find_iri(server, PERSON_NAME).removeprefix(BASE)


# -- the path scheme, as pure functions -------------------------------------------------


def test_paths_and_iris_map_both_ways():
    assert base_path(BASE) == "/id/"
    assert base_path("http://example.org/kg/") == "/kg/"
    assert iri_for_path("/id/person/x", BASE) == BASE + "person/x"
    assert path_for_iri(BASE + "person/x", BASE) == "/id/person/x"
    assert iri_for_path("/ontology", BASE) == "https://w3id.org/thidua-kg/ontology"
    assert iri_for_path("/vocab/rank/dai-ta", BASE) == "https://w3id.org/thidua-kg/vocab/rank/dai-ta"
    assert path_for_iri(TK + "Person", BASE) == "/ontology#Person"
    assert page_url(TK + "Person", BASE) == "/ontology.html#Person"
    assert iri_for_path("/sparql", BASE) is None and iri_for_path("/id/", BASE) is None
    assert path_for_iri("https://example.com/x", BASE) is None


def test_documents_are_the_path_plus_a_known_extension():
    assert split_document("/id/person/x.ttl") == ("/id/person/x", "ttl")
    assert split_document("/id/person/x") == ("/id/person/x", None)
    assert split_document("/id/person/x.png") == ("/id/person/x.png", None)
    assert split_document("/id/a.b/c") == ("/id/a.b/c", None)


# -- content negotiation ------------------------------------------------------------------


@pytest.mark.parametrize("media", list(FORMATS))
def test_rdf_clients_are_redirected_303_to_the_document(server, person, media):
    ext, _ = FORMATS[media]
    r = get(f"{server}/id/{person}", media)
    assert r.status_code == 303
    assert r.headers["location"] == f"/id/{person}.{ext}"
    assert "accept" in r.headers["vary"].lower()


@pytest.mark.parametrize("media", list(FORMATS))
def test_each_format_parses_and_holds_outgoing_and_incoming_links(server, person, media):
    ext, fmt = FORMATS[media]
    r = get(f"{server}/id/{person}", media, follow=True)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(media)
    g = parse(r, fmt)
    assert (URIRef(BASE + person), RDFS.label, Literal("Hà Minh Khôi", lang="vi")) in g  # outgoing
    memberships = set(g.subjects(ORG_MEMBER, URIRef(BASE + person)))  # incoming
    assert memberships
    # the labels of what it links to come along
    assert all(g.value(m, RDFS.label) is not None for m in memberships)


def test_description_holds_the_evidence_with_its_sentence(server, person):
    g = parse(get(f"{server}/id/{person}.ttl"), "turtle")
    assert g.value(URIRef(BASE + person), URIRef(TK + "rank"))
    sentence = g.value(URIRef(BASE + person), URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
    assert "Hà Minh Khôi" in str(g.value(sentence, URIRef(TK + "text")))


def test_browsers_get_the_page(server, person):
    r = get(f"{server}/id/{person}", BROWSER_ACCEPT)
    assert r.status_code == 303 and r.headers["location"] == f"/id/{person}.html"
    page = get(f"{server}/id/{person}", BROWSER_ACCEPT, follow=True)
    assert page.headers["content-type"].startswith("text/html")
    assert "Hà Minh Khôi" in page.text and "Thứ trưởng" in page.text


def test_the_redirect_keeps_the_query_string(server, person):
    r = get(f"{server}/id/{person}?lang=en", "text/html")
    assert r.headers["location"] == f"/id/{person}.html?lang=en"


def test_nothing_acceptable_is_406(server, person):
    r = get(f"{server}/id/{person}", "image/png")
    assert r.status_code == 406
    assert "text/turtle" in r.text
    assert "accept" in r.headers["vary"].lower()


def test_unknown_iris_are_404_for_every_client(server):
    for accept in ("text/turtle", None):
        r = get(f"{server}/id/person/khong-co-ai", accept)
        assert r.status_code == 404
        assert r.headers["content-type"].startswith("text/plain")
    page = get(f"{server}/id/person/khong-co-ai.html", BROWSER_ACCEPT)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert get(f"{server}/id/person/khong-co-ai.ttl").status_code == 404
    assert get(f"{server}/no/such/page", BROWSER_ACCEPT).status_code == 404


def test_documents_of_each_kind_of_entity_answer(server):
    for path in ("organisation/cong-an-tinh-phu-tho", "event/s01/1", "conferral/s01/1",
                 "movement/vi-an-ninh-to-quoc", "article/s01", "article/s01/sentence/2", "graph/s01"):
        for ext in ("html", "ttl"):
            assert get(f"{server}/id/{path}.{ext}").status_code == 200, (path, ext)


def test_article_graph_iris_dereference_to_the_graph_and_the_article_page(server):
    g = parse(get(f"{server}/id/graph/r03", "text/turtle", follow=True), "turtle")
    article = URIRef(BASE + "article/r03")
    assert g.value(article, URIRef("http://purl.org/dc/terms/title")) is not None
    assert len(g) > 50  # the whole graph: every fact of the article
    page = get(f"{server}/id/graph/r03.html")
    assert "Khen thưởng 2 học sinh dũng cảm cứu người đuối nước" in page.text
    assert "https://example.org/tin-tuc/r03" in page.text and "2024-07" in page.text
    assert "Phan Văn Quân" in page.text  # a fact it yields


# -- ontology and vocabularies --------------------------------------------------------------


def test_ontology_dereferences_as_turtle_and_as_a_documentation_page(server):
    r = get(f"{server}/ontology", "text/turtle")
    assert r.status_code == 303 and r.headers["location"] == "/ontology.ttl"
    g = parse(get(f"{server}/ontology.ttl"), "turtle")
    assert (URIRef(TK + "Person"), RDF.type, OWL.Class) in g
    assert (URIRef(TK + "grantor"), RDFS.label, Literal("grantor", lang="en")) in g
    assert json.loads(get(f"{server}/ontology.jsonld").text)
    page = get(f"{server}/ontology", BROWSER_ACCEPT, follow=True)
    assert page.headers["content-type"].startswith("text/html")
    for text in ('id="Person"', "Cá nhân", "cấp khen thưởng", "grantor", 'id="grantor"', "Huân chương Lao động"):
        assert text in page.text


def test_vocabulary_concepts_and_schemes_dereference(server, person):
    concept = URIRef("https://w3id.org/thidua-kg/vocab/rank/trung-tuong")
    g = parse(get(f"{server}/vocab/rank/trung-tuong", "text/turtle", follow=True), "turtle")
    assert (concept, SKOS.prefLabel, Literal("Trung tướng", lang="vi")) in g
    assert (URIRef(BASE + person), URIRef(TK + "rank"), concept) in g  # incoming: a person of that rank
    page = get(f"{server}/vocab/rank/trung-tuong.html", "text/html")
    assert "Hà Minh Khôi" in page.text
    scheme = get(f"{server}/vocab/award-kind.html")
    assert scheme.status_code == 200 and "Bằng khen" in scheme.text
    assert get(f"{server}/vocab/rank/khong-co", "text/turtle").status_code == 404


# -- other bases, other routes ----------------------------------------------------------------


def test_another_base_iri_is_served_at_its_own_path(tmp_path):
    store = tmp_path / "store"
    ingest([DATA / "s01.txt"], store, "--base-iri", "http://example.org/kg/")
    with live_server(store, "--base-iri", "http://example.org/kg/") as url:
        person = find_iri(url, PERSON_NAME).removeprefix("http://example.org/kg/")
        r = get(f"{url}/kg/{person}", "text/turtle", follow=True)
        assert r.status_code == 200
        g = parse(r, "turtle")
        assert (URIRef("http://example.org/kg/" + person), RDFS.label, Literal("Hà Minh Khôi", lang="vi")) in g
        assert get(f"{url}/id/{person}", "text/turtle").status_code == 404
        page = get(f"{url}/kg/{person}.html")
        assert 'href="/kg/organisation/bo-cong-an.html"' in page.text


def test_catch_all_leaves_the_other_routes_alone(server):
    assert get(f"{server}/static/site.css").headers["content-type"].startswith("text/css")
    assert get(f"{server}/query").status_code == 200
    assert get(f"{server}/search?q=x").status_code == 200
    assert get(f"{server}/static/../pyproject.toml").status_code == 404


def test_a_canonical_person_gathers_the_facts_of_its_mentions(tmp_path):
    """`thidua-kg link` makes article mentions owl:sameAs one canonical person: the
    person's page shows what every article says, lists and search show it once."""
    import pyoxigraph as ox

    from serve_helpers import write_store

    kg = "http://example.org/kg/"
    n = lambda s: ox.NamedNode(kg + s)  # noqa: E731
    t = lambda s: ox.NamedNode(TK + s)  # noqa: E731
    a, label = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(RDFS.label))
    same = ox.NamedNode(str(OWL.sameAs))
    member, org_ = ox.NamedNode("http://www.w3.org/ns/org#member"), ox.NamedNode("http://www.w3.org/ns/org#organization")
    quads = []
    for art, title, org in (("a1", "Giám đốc", "organisation/so-y-te"), ("a2", "Bí thư", "organisation/tinh-uy")):
        g, person, m = n(f"graph/{art}"), n(f"person/le-van-an/{art}"), n(f"membership/{art}/m")
        quads += [ox.Quad(person, a, t("Person"), g), ox.Quad(person, label, ox.Literal("Lê Văn An", language="vi"), g),
                  ox.Quad(person, t("mentionedIn"), n(f"article/{art}"), g),
                  ox.Quad(m, member, person, g), ox.Quad(m, t("title"), ox.Literal(title, language="vi"), g),
                  ox.Quad(m, org_, n(org), g), ox.Quad(n(f"article/{art}"), a, t("Article"), g),
                  ox.Quad(person, same, n("person/le-van-an"), n("graph/derived/links"))]
    canonical, links = n("person/le-van-an"), n("graph/derived/links")
    quads += [ox.Quad(canonical, a, t("Person"), links), ox.Quad(canonical, label, ox.Literal("Lê Văn An", language="vi"), links)]
    write_store(tmp_path / "store", quads)
    with live_server(tmp_path / "store", "--base-iri", kg) as url:
        page = get(f"{url}/kg/person/le-van-an.html").text
        assert "Giám đốc" in page and "Bí thư" in page
        mention = get(f"{url}/kg/person/le-van-an/a1.html").text
        assert "Bí thư" in mention  # a mention's page shows its person's other posts too
        assert 'href="/kg/person/le-van-an.html"' in mention  # owl:sameAs its person
        listing = get(f"{url}/browse/person").text
        assert listing.count(">Lê Văn An<") == 1 and 'href="/kg/person/le-van-an.html"' in listing
        found = get(f"{url}/search?q=le van an").text
        assert found.count(">Lê Văn An<") == 1
