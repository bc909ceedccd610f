"""The SPARQL 1.1 Protocol endpoint, against a live `thidua-kg serve` over data/.

SPARQLWrapper is the client for every method and format; httpx for the
status codes, the service description and the headers.
"""
from __future__ import annotations

import csv
import io
import json

import httpx
import pytest
import rdflib
from SPARQLWrapper import (CSV, JSON, JSONLD, POST, POSTDIRECTLY, RDFXML, TSV, TURTLE, URLENCODED, XML,
                           SPARQLWrapper)
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from live_server import live_server
from thidua_kg.namespaces import TK
from thidua_kg.serve import query_text
from thidua_kg.store import open_store

# SPARQLWrapper and rdflib's JSON-LD parser still build ConjunctiveGraphs
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

PERSONS = f"PREFIX tk: <{TK}> SELECT DISTINCT ?p WHERE {{ ?p a tk:Person }} ORDER BY ?p"
ASK_TRUE = f"PREFIX tk: <{TK}> ASK {{ ?p a tk:Person }}"
ASK_FALSE = "ASK { <urn:x:nothing> ?p ?o }"
CONSTRUCT = f"PREFIX tk: <{TK}> CONSTRUCT {{ ?p a tk:Person ; ?k ?v }} WHERE {{ ?p a tk:Person ; ?k ?v }}"

METHODS = {
    "get": lambda w: None,
    "post-form": lambda w: (w.setMethod(POST), w.setRequestMethod(URLENCODED)),
    "post-direct": lambda w: (w.setMethod(POST), w.setRequestMethod(POSTDIRECTLY)),
}


# -- fixtures --------------------------------------------------------------------


@pytest.fixture(scope="module")
def kg(sample_store):
    """The store the server serves, opened beside it (read-only) for expected answers."""
    return open_store(sample_store, read_only=True)


@pytest.fixture(scope="module")
def persons(kg):
    return [s["p"].value for s in kg.query(PERSONS)]


@pytest.fixture(scope="module")
def person_triples(kg):
    return len(set(kg.query(CONSTRUCT)))


def wrapper(server, method, query, fmt=None):
    w = SPARQLWrapper(server + "/sparql")
    METHODS[method](w)
    w.setQuery(query)
    if fmt:
        w.setReturnFormat(fmt)
    return w


def select_column(raw, fmt) -> list[str]:
    """The ?p column of a result in `fmt` as SPARQLWrapper's convert() gives it."""
    if fmt == JSON:
        return [b["p"]["value"] for b in raw["results"]["bindings"]]
    if fmt == XML:
        return [u.firstChild.data for u in raw.getElementsByTagName("uri")]  # a minidom Document
    text = raw.decode("utf-8")
    if fmt == CSV:
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == ["p"]
        return [r[0] for r in rows[1:]]
    lines = text.splitlines()
    assert lines[0] == "?p"
    return [line.strip("<>") for line in lines[1:]]


def graph_of(raw, media_type: str) -> rdflib.Graph:
    if isinstance(raw, rdflib.Graph):
        return raw
    fmt = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
           "application/rdf+xml": "xml"}[media_type]
    return rdflib.Graph().parse(data=raw, format=fmt)


# -- SPARQLWrapper: every method and format ------------------------------------------


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_select_in_every_format_and_method(server, persons, method, fmt):
    result = wrapper(server, method, PERSONS, fmt).query()
    assert select_column(result.convert(), fmt) == persons
    assert result.response.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
@pytest.mark.parametrize("query,expected", [(ASK_TRUE, True), (ASK_FALSE, False)])
def test_ask_in_every_format_and_method(server, method, fmt, query, expected):
    raw = wrapper(server, method, query, fmt).query().convert()
    if fmt == JSON:
        assert raw["boolean"] is expected
    elif fmt == XML:
        assert raw.getElementsByTagName("boolean")[0].firstChild.data == str(expected).lower()
    else:
        assert raw.decode().strip() == str(expected).lower()


GRAPH_FORMATS = [(TURTLE, "text/turtle"), (JSONLD, "application/ld+json"), (RDFXML, "application/rdf+xml")]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("fmt,media_type", GRAPH_FORMATS)
def test_construct_in_every_format_and_method(server, person_triples, method, fmt, media_type):
    result = wrapper(server, method, CONSTRUCT, fmt).query()
    assert result.response.headers["Content-Type"].split(";")[0] == media_type
    assert len(graph_of(result.convert(), media_type)) == person_triples


@pytest.mark.parametrize("method", METHODS)
def test_construct_as_ntriples_by_accept(server, person_triples, method):
    w = wrapper(server, method, CONSTRUCT)
    w.setOnlyConneg(True)  # no format parameter: the Accept header alone decides
    w.addCustomHttpHeader("Accept", "application/n-triples")
    result = w.query()
    assert result.response.headers["Content-Type"] == "application/n-triples"
    assert len(graph_of(result.response.read(), "application/n-triples")) == person_triples


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("fmt,media_type", GRAPH_FORMATS)
def test_describe_in_every_format_and_method(server, kg, persons, method, fmt, media_type):
    query = f"DESCRIBE <{persons[0]}>"
    expected = len(set(kg.store.query(query, use_default_graph_as_union=True)))
    assert expected > 0
    g = graph_of(wrapper(server, method, query, fmt).query().convert(), media_type)
    assert len(g) == expected
    assert (rdflib.URIRef(persons[0]), None, None) in g


def article_graph_sizes(kg) -> dict[str, int]:
    return {g: len(kg.graph_quads(g)) for g in kg.article_graphs()}


@pytest.mark.parametrize("method", METHODS)
def test_default_graph_uri_chooses_the_default_graph(server, kg, method):
    sizes = article_graph_sizes(kg)
    first, second = sorted(sizes)[:2]
    w = wrapper(server, method, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", JSON)
    w.addDefaultGraph(first)
    assert int(w.query().convert()["results"]["bindings"][0]["n"]["value"]) == sizes[first]
    w.addDefaultGraph(second)  # two graphs: their merge
    assert int(w.query().convert()["results"]["bindings"][0]["n"]["value"]) == sizes[first] + sizes[second]


@pytest.mark.parametrize("method", METHODS)
def test_named_graph_uri_chooses_the_named_graphs(server, kg, method):
    first, second = kg.article_graphs()[:2]
    w = wrapper(server, method, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", JSON)
    w.addNamedGraph(first)
    w.addNamedGraph(second)
    found = {b["g"]["value"] for b in w.query().convert()["results"]["bindings"]}
    assert found == {first, second}


def test_named_graphs_alone_leave_the_default_graph_empty(server, kg):
    # SPARQL 1.1 Protocol §2.1.4: the protocol's dataset is all there is
    w = wrapper(server, "get", "ASK { ?s ?p ?o }", JSON)
    w.addNamedGraph(kg.article_graphs()[0])
    assert w.query().convert()["boolean"] is False


def test_default_graph_is_the_union_and_graphs_stay_addressable(server, kg):
    union = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <%sPerson> }" % TK
    per_graph = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    n = lambda q: int(wrapper(server, "get", q, JSON).query().convert()["results"]["bindings"][0]["n"]["value"])
    assert n(union) == kg.stats()["persons"]
    assert n(per_graph) == len(kg.named_graphs())


def test_from_in_the_query_is_kept(server, kg):
    g = kg.article_graphs()[0]
    q = f"SELECT (COUNT(*) AS ?n) FROM <{g}> WHERE {{ ?s ?p ?o }}"
    n = wrapper(server, "get", q, JSON).query().convert()["results"]["bindings"][0]["n"]["value"]
    assert int(n) == len(kg.graph_quads(g))


def test_malformed_query_raises_bad_formed(server):
    with pytest.raises(QueryBadFormed, match="expected"):
        wrapper(server, "get", "SELECT ?x WHERE { ?x ", JSON).query()


# -- httpx: status codes and headers -----------------------------------------------


@pytest.fixture(scope="module")
def http(server):
    with httpx.Client(base_url=server, timeout=30) as client:
        yield client


def test_bad_query_is_400_with_the_parsers_message(http):
    r = http.get("/sparql", params={"query": "SELEC * WHERE { ?s ?p ?o }"})
    assert r.status_code == 400
    assert "malformed query" in r.text and "1:" in r.text
    assert r.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("params", [{"default-graph-uri": "http://example.org/g"}, {"named-graph-uri": "urn:g"},
                                    {"query": ""}, {"query": "   "}])
def test_missing_or_empty_query_is_400(http, params):
    r = http.get("/sparql", params=params)
    assert r.status_code == 400
    assert "query" in r.text


def test_post_without_a_query_is_400(http):
    assert http.post("/sparql", data={"default-graph-uri": "urn:g"}).status_code == 400


def test_two_queries_are_400(http):
    r = http.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D")
    assert r.status_code == 400


def test_bad_graph_iri_is_400(http):
    r = http.get("/sparql", params={"query": "ASK {}", "default-graph-uri": "not an iri"})
    assert r.status_code == 400 and "IRI" in r.text


@pytest.mark.parametrize("accept", ["image/png", "text/turtle", "application/sparql-results+json;q=0"])
def test_nothing_acceptable_for_select_is_406(http, accept):
    r = http.get("/sparql", params={"query": PERSONS}, headers={"Accept": accept})
    assert r.status_code == 406
    assert "application/sparql-results+json" in r.text


def test_nothing_acceptable_for_construct_is_406(http):
    r = http.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert r.status_code == 406
    assert http.get("/sparql", params={"query": CONSTRUCT, "format": "csv"}).status_code == 406


def test_unknown_format_parameter_is_400(http):
    r = http.get("/sparql", params={"query": PERSONS, "format": "yaml"})
    assert r.status_code == 400 and "yaml" in r.text


@pytest.mark.parametrize("content_type", ["text/plain", "application/json", None])
def test_unsupported_post_content_type_is_415(http, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    r = http.post("/sparql", content=PERSONS.encode(), headers=headers)
    assert r.status_code == 415
    assert "application/sparql-query" in r.text


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_are_405_with_allow(http, method):
    r = http.request(method, "/sparql", params={"query": ASK_TRUE})
    assert r.status_code == 405
    assert set(r.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "POST"}


@pytest.mark.parametrize("request_kwargs", [
    {"data": {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}},
    {"content": b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "headers": {"Content-Type": "application/sparql-update"}},
    {"content": b"PREFIX ex: <http://example.org/> DELETE WHERE { ?s ?p ?o }",
     "headers": {"Content-Type": "application/sparql-query"}},
    {"data": {"query": "DROP ALL"}},
])
def test_updates_are_refused_as_read_only(http, kg, request_kwargs):
    before = len(kg)
    r = http.post("/sparql", **request_kwargs)
    assert r.status_code == 400
    assert "read-only" in r.text
    assert len(kg) == before


def test_federated_queries_are_refused(http):
    r = http.get("/sparql", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"})
    assert r.status_code == 400 and "SERVICE" in r.text


def test_accept_q_values_choose_the_format(http):
    r = http.get("/sparql", params={"query": PERSONS},
                 headers={"Accept": "application/sparql-results+json;q=0.5, text/csv;q=0.9, */*;q=0.1"})
    assert r.headers["Content-Type"].startswith("text/csv")
    r = http.get("/sparql", params={"query": PERSONS}, headers={"Accept": "*/*"})
    assert r.headers["Content-Type"] == "application/sparql-results+json"


@pytest.mark.parametrize("value,media_type", [
    ("tsv", "text/tab-separated-values"), ("xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"), ("application/sparql-results+json", "application/sparql-results+json")])
def test_format_parameter_wins_over_accept(http, value, media_type):
    r = http.get("/sparql", params={"query": PERSONS, "format": value}, headers={"Accept": "application/json"})
    assert r.status_code == 200
    assert r.headers["Content-Type"].split(";")[0] == media_type


@pytest.mark.parametrize("value,media_type", [
    ("turtle", "text/turtle"), ("ntriples", "application/n-triples"), ("jsonld", "application/ld+json"),
    ("rdfxml", "application/rdf+xml"), ("application/n-triples", "application/n-triples")])
def test_format_parameter_for_graphs(http, person_triples, value, media_type):
    r = http.get("/sparql", params={"query": CONSTRUCT, "format": value})
    assert r.headers["Content-Type"].split(";")[0] == media_type
    assert len(graph_of(r.content, media_type)) == person_triples


def test_results_are_valid_sparql_json(http, persons):
    r = http.post("/sparql", data={"query": PERSONS}, headers={"Accept": "application/sparql-results+json"})
    body = json.loads(r.content)
    assert body["head"]["vars"] == ["p"]
    assert len(body["results"]["bindings"]) == len(persons)
    assert int(r.headers["Content-Length"]) == len(r.content)


def test_post_direct_with_dataset_in_the_url(http, kg):
    g = kg.article_graphs()[0]
    r = http.post("/sparql", params={"default-graph-uri": g}, content="SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                  headers={"Content-Type": "application/sparql-query; charset=utf-8"})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == len(kg.graph_quads(g))


def test_non_utf8_direct_body_is_400(http):
    r = http.post("/sparql", content=b"ASK { ?s ?p \xff }", headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 400
    r = http.post("/sparql", content="ASK {}".encode("utf-16"),
                  headers={"Content-Type": "application/sparql-query; charset=UTF-16"})
    assert r.status_code == 400 and "UTF-8" in r.text


def test_form_post_with_charset(http):
    r = http.post("/sparql", content=b"query=ASK%20%7B%7D",
                  headers={"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
                           "Accept": "application/sparql-results+json"})
    assert r.json()["boolean"] is True


def test_protocol_dataset_overrides_from(http, kg):
    first, second = kg.article_graphs()[:2]
    r = http.get("/sparql", params={"query": f"SELECT (COUNT(*) AS ?n) FROM <{first}> {{ ?s ?p ?o }}",
                                    "default-graph-uri": second})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == len(kg.graph_quads(second))


def test_full_protocol_dataset(http, kg):
    first, second = kg.article_graphs()[:2]
    q = "SELECT ?g (COUNT(*) AS ?n) { { ?s ?p ?o BIND('default' AS ?g) } UNION { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?g"
    r = http.post("/sparql", data={"query": q, "default-graph-uri": first, "named-graph-uri": second})
    counts = {b["g"]["value"]: int(b["n"]["value"]) for b in r.json()["results"]["bindings"]}
    assert counts == {"default": len(kg.graph_quads(first)), second: len(kg.graph_quads(second))}


def test_head_gives_headers_only(http):
    r = http.head("/sparql", params={"query": PERSONS})
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "application/sparql-results+json"
    assert r.content == b""


def test_cors_preflight(http):
    r = http.options("/sparql", headers={"Origin": "http://example.org", "Access-Control-Request-Method": "POST"})
    assert r.status_code == 204
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in r.headers["Access-Control-Allow-Methods"]


# -- the service description ---------------------------------------------------------

SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                        ("application/rdf+xml", "xml"), (None, "turtle")])
def test_service_description(http, server, kg, accept, fmt):
    r = http.get("/sparql", headers={"Accept": accept} if accept else {})
    assert r.status_code == 200
    g = rdflib.Graph().parse(data=r.content, format=fmt)
    service = g.value(predicate=rdflib.RDF.type, object=SD.Service)
    assert g.value(service, SD.endpoint) == rdflib.URIRef(server + "/sparql")
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in g
    assert (service, SD.feature, SD.UnionDefaultGraph) in g
    formats = {str(o).rsplit("/", 1)[1] for o in g.objects(service, SD.resultFormat)}
    assert formats >= {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                       "Turtle", "N-Triples", "JSON-LD", "RDF_XML"}
    dataset = g.value(service, SD.defaultDataset)
    assert g.value(dataset, SD.defaultGraph) is not None
    names = {str(g.value(n, SD.name)) for n in g.objects(dataset, SD.namedGraph)}
    assert names == set(kg.named_graphs())
    assert r.headers["Access-Control-Allow-Origin"] == "*"


def test_service_description_not_acceptable(http):
    assert http.get("/sparql", headers={"Accept": "image/png"}).status_code == 406


BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def test_a_browser_is_sent_to_the_query_page(http):
    r = http.get("/sparql", headers={"Accept": BROWSER})
    assert r.status_code == 303
    assert r.headers["Location"] == "/query"
    r = http.get("/sparql?lang=en", headers={"Accept": BROWSER})
    assert r.status_code == 303 and r.headers["Location"] == "/query?lang=en"
    # a query or a format parameter is not for the page
    assert http.get("/sparql", params={"query": ASK_TRUE}, headers={"Accept": BROWSER}).status_code == 200
    assert http.get("/sparql", params={"format": "turtle"}, headers={"Accept": BROWSER}).status_code == 200


# -- the time limit --------------------------------------------------------------------


def test_a_query_over_the_time_limit_is_503_and_the_server_goes_on(sample_store):
    huge = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 6,000³ rows, streamed
    with live_server(sample_store, "--query-timeout", "0.5") as url, httpx.Client(base_url=url, timeout=30) as c:
        r = c.get("/sparql", params={"query": huge})
        assert r.status_code == 503
        assert "time limit of 0.5 s" in r.text
        assert c.get("/sparql", params={"query": ASK_TRUE}).json()["boolean"] is True


# -- what the endpoint reads in a query's text ---------------------------------------------


# (check, query, what it should say)
QUERY_TEXT_CASES = [
    ("declares_dataset", "SELECT * FROM <urn:g> { ?s ?p ?o }", True),
    ("declares_dataset", "select * from named <urn:g> { graph ?g { ?s ?p ?o } }", True),
    ("declares_dataset", "SELECT * { ?s ?p 'FROM' }", False),
    ("declares_dataset", 'SELECT * { ?s ?p """a\nFROM <x>""" }', False),
    ("declares_dataset", "SELECT * { ?s <urn:from> ?o }  # FROM <urn:g>", False),
    ("declares_dataset", "PREFIX from: <urn:f#> SELECT * { ?s from:x ?from . ?s <urn:x#FROM> ex:a.from }", False),
    ("declares_dataset", "SELECT * \\u0046ROM <urn:g> { ?s ?p ?o }", True),
    ("calls_service", "SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }", True),
    ("calls_service", "SELECT * { ?s ?p ?o .SERVICE <http://x/sparql> { ?s ?p ?o } }", True),
    ("calls_service", "SELECT * { service silent ?endpoint { ?s ?p ?o } }", True),
    ("calls_service", "SELECT * { \\u0053ERVICE <http://x/> { } }", True),
    ("calls_service", "SELECT * { ?s <urn:SERVICE> 'SERVICE' } # SERVICE", False),
    ("calls_service", "PREFIX ex: <urn:x#> SELECT ?service { ?service a ex:service }", False),
    ("looks_like_update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", True),
    ("looks_like_update", "PREFIX ex: <urn:x#>\nBASE <urn:y>\n# a comment\nDELETE WHERE { ?s ex:p ?o }", True),
    ("looks_like_update", "  drop all", True),
    ("looks_like_update", "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
    ("looks_like_update", "SELECT * { ?s ?p ?o }", False),
    ("looks_like_update", "SELECT ?insert { ?insert ?p 'DELETE' }", False),
]


@pytest.mark.parametrize("check,query,expected", QUERY_TEXT_CASES)
def test_query_text(check, query, expected):
    assert getattr(query_text, check)(query) is expected
