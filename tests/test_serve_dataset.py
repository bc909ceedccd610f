"""VoID, the DCAT catalog and the dumps, against live `thidua-kg serve` processes over data/."""
from __future__ import annotations

import gzip
from http.client import HTTPConnection
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, VOID

from live_server import live_server
from thidua_kg.namespaces import DEFAULT_BASE, TK
from thidua_kg.store import open_store

pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

VCARD = rdflib.Namespace("http://www.w3.org/2006/vcard/ns#")
EU = "http://publications.europa.eu/resource/authority/"
CC_BY = rdflib.URIRef("https://creativecommons.org/licenses/by/4.0/")
DUMPS = ("thidua-kg.nq.gz", "thidua-kg.ttl")


@pytest.fixture(scope="module")
def kg(sample_store):
    return open_store(sample_store, read_only=True)


@pytest.fixture(scope="module")
def http(server):
    with httpx.Client(base_url=server, timeout=60) as client:
        yield client


def export(store, output: Path, *extra: str) -> None:
    subprocess.run([sys.executable, "-m", "thidua_kg.cli", "export", "--store", str(store), "--output", str(output),
                    *extra], check=True, capture_output=True)


def count(kg, query: str) -> int:
    return int(next(iter(kg.query(query)))["n"].value)


# -- export: the dumps as `thidua-kg export` makes them ----------------------------------


def test_export_gz_writes_gzip_nquads(sample_store, kg, tmp_path):
    out = tmp_path / "thidua-kg.nq.gz"
    export(sample_store, out)  # the format from the name: N-Quads, compressed
    quads = list(ox.parse(gzip.decompress(out.read_bytes()), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == len(kg)
    assert not list(tmp_path.glob("*.part"))


def test_export_ttl_by_name(sample_store, tmp_path):
    out = tmp_path / "thidua-kg.ttl"
    export(sample_store, out)
    assert len(rdflib.Graph().parse(out, format="turtle")) > 0


# -- VoID ---------------------------------------------------------------------------------


def void_graph(http, accept="text/turtle", fmt="turtle") -> rdflib.Graph:
    r = http.get("/.well-known/void", headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["Content-Type"].split(";")[0] == accept
    return rdflib.Graph().parse(data=r.content, format=fmt)


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                        ("application/n-triples", "nt")])
def test_void_by_negotiation(http, server, kg, accept, fmt):
    g = void_graph(http, accept, fmt)
    ds = g.value(predicate=RDF.type, object=VOID.Dataset)
    assert ds is not None
    assert g.value(ds, VOID.sparqlEndpoint) == rdflib.URIRef(server + "/sparql")
    assert int(g.value(ds, VOID.triples)) == len(kg)


@pytest.mark.parametrize("path", ["/.well-known/void", "/catalog", "/dumps/", "/dumps/thidua-kg.ttl"])
def test_machine_readable_answers_allow_any_origin(http, path):
    assert http.head(path).headers["Access-Control-Allow-Origin"] == "*"


def test_void_counts_equal_the_stores(http, kg):
    g = void_graph(http)
    ds = g.value(predicate=RDF.type, object=VOID.Dataset)
    assert int(g.value(ds, VOID.triples)) == len(kg)
    assert int(g.value(ds, VOID.distinctSubjects)) == count(kg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }")
    entities = f"SELECT (COUNT(DISTINCT ?s) AS ?n) {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), '{DEFAULT_BASE}')) }}"
    assert int(g.value(ds, VOID.entities)) == count(kg, entities)
    partitions = {g.value(p, VOID["class"]): int(g.value(p, VOID.entities)) for p in g.objects(ds, VOID.classPartition)}
    stats = kg.stats()
    assert partitions[rdflib.URIRef(TK + "Person")] == stats["persons"]
    assert partitions[rdflib.URIRef(TK + "AwardConferral")] == stats["conferrals"]
    assert partitions[rdflib.URIRef(TK + "Article")] == stats["articles"]


def test_void_describes_the_dataset(http, server, kg):
    g = void_graph(http)
    ds = g.value(predicate=RDF.type, object=VOID.Dataset)
    assert {t.language for t in g.objects(ds, DCTERMS.title)} == {"vi", "en"}
    assert {d.language for d in g.objects(ds, DCTERMS.description)} == {"vi", "en"}
    assert g.value(ds, DCTERMS.license) == CC_BY
    assert g.value(ds, DCTERMS.publisher) is not None
    assert str(g.value(ds, VOID.uriSpace)) == DEFAULT_BASE
    vocabularies = {str(v) for v in g.objects(ds, VOID.vocabulary)}
    assert {TK, "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#"} <= vocabularies
    examples = list(g.objects(ds, VOID.exampleResource))
    assert examples
    for e in examples:
        assert str(e).startswith(DEFAULT_BASE)
        assert kg.store.query(f"ASK {{ <{e}> ?p ?o }}", use_default_graph_as_union=True)
    dumps = {str(d) for d in g.objects(ds, VOID.dataDump)}
    assert dumps == {f"{server}/dumps/{name}" for name in DUMPS}
    for d in dumps:
        assert http.head(d).status_code == 200


def test_void_not_acceptable(http):
    assert http.get("/.well-known/void", headers={"Accept": "image/png"}).status_code == 406


# -- DCAT ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dcat(http) -> rdflib.Graph:
    r = http.get("/catalog", headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    return rdflib.Graph().parse(data=r.content, format="turtle")


def test_dcat_catalog_dataset_and_service(dcat, server):
    g = dcat
    cat = g.value(predicate=RDF.type, object=DCAT.Catalog)
    ds = g.value(cat, DCAT.dataset)
    assert (ds, RDF.type, DCAT.Dataset) in g
    for node in (cat, ds):
        assert {t.language for t in g.objects(node, DCTERMS.title)} == {"vi", "en"}
        assert g.value(node, DCTERMS.issued) is not None and g.value(node, DCTERMS.modified) is not None
    publisher = g.value(ds, DCTERMS.publisher)
    assert (publisher, RDF.type, FOAF.Agent) in g and g.value(publisher, FOAF.name) is not None
    contact = g.value(ds, DCAT.contactPoint)
    assert (contact, RDF.type, VCARD.Organization) in g and g.value(contact, VCARD.fn) is not None
    assert set(g.objects(ds, DCTERMS.language)) == {rdflib.URIRef(EU + "language/VIE"),
                                                    rdflib.URIRef(EU + "language/ENG")}
    assert rdflib.URIRef(EU + "data-theme/GOVE") in set(g.objects(ds, DCAT.theme))
    assert g.value(ds, DCTERMS.license) == CC_BY
    service = g.value(cat, DCAT.service)
    assert (service, RDF.type, DCAT.DataService) in g
    assert g.value(service, DCAT.endpointURL) == rdflib.URIRef(server + "/sparql")
    assert g.value(service, DCAT.servesDataset) == ds


def test_dcat_distributions_match_the_served_files(dcat, http, server):
    g = dcat
    ds = g.value(predicate=RDF.type, object=DCAT.Dataset)
    distributions = list(g.objects(ds, DCAT.distribution))
    assert len(distributions) == len(DUMPS)
    for dist in distributions:
        url = str(g.value(dist, DCAT.downloadURL))
        assert url.startswith(server + "/dumps/")
        r = http.get(url)
        assert r.status_code == 200
        assert int(g.value(dist, DCAT.byteSize)) == int(r.headers["Content-Length"]) == len(r.content)
        assert str(g.value(dist, DCAT.mediaType)).startswith("http://www.iana.org/assignments/media-types/")
        assert str(g.value(dist, DCTERMS.format)).startswith(EU + "file-type/RDF_")
        assert g.value(dist, DCTERMS.license) == CC_BY


@pytest.mark.parametrize("accept,fmt", [("application/rdf+xml", "xml"), ("application/ld+json", "json-ld")])
def test_dcat_in_other_formats(http, accept, fmt):
    r = http.get("/catalog", headers={"Accept": accept})
    g = rdflib.Graph().parse(data=r.content, format=fmt)
    assert g.value(predicate=RDF.type, object=DCAT.Catalog) is not None


# -- dumps ----------------------------------------------------------------------------------


def test_dumps_index_plain(http, server):
    r = http.get("/dumps/")
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/plain")
    urls = [line.split("\t")[0] for line in r.text.splitlines()]
    assert urls == [f"{server}/dumps/{name}" for name in DUMPS]


def test_dumps_index_html_for_browsers(http):
    r = http.get("/dumps/", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.headers["Content-Type"].startswith("text/html")
    for name in DUMPS:
        assert f'href="{name}"' in r.text


def test_dumps_without_slash_redirect(http):
    r = http.get("/dumps")
    assert r.status_code == 301 and r.headers["Location"] == "/dumps/"


def test_nquads_dump_downloads_whole(http, kg):
    r = http.get("/dumps/thidua-kg.nq.gz")
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "application/gzip"
    assert "Content-Encoding" not in r.headers  # a file to save, not to unpack on the fly
    assert int(r.headers["Content-Length"]) == len(r.content)
    quads = list(ox.parse(gzip.decompress(r.content), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == len(kg)
    assert {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)} == set(kg.named_graphs())


def test_turtle_dump(http, kg):
    r = http.get("/dumps/thidua-kg.ttl")
    assert r.headers["Content-Type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.content, format="turtle")
    assert len(g) == count(kg, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }")


def test_dump_head_etag_and_not_modified(http):
    head = http.head("/dumps/thidua-kg.ttl")
    assert head.status_code == 200 and head.content == b""
    assert int(head.headers["Content-Length"]) > 0
    etag, last_modified = head.headers["ETag"], head.headers["Last-Modified"]
    assert http.get("/dumps/thidua-kg.ttl", headers={"If-None-Match": etag}).status_code == 304
    assert http.get("/dumps/thidua-kg.ttl", headers={"If-Modified-Since": last_modified}).status_code == 304
    assert http.get("/dumps/thidua-kg.ttl", headers={"If-None-Match": '"other"'}).status_code == 200


TRAVERSALS = [
    "/dumps/../../etc/passwd", "/dumps/..%2F..%2Fetc%2Fpasswd", "/dumps/%2e%2e/%2e%2e/etc/passwd",
    "/dumps/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/dumps/..%252F..%252Fetc%252Fpasswd", "/dumps//etc/passwd",
    "/dumps/thidua-kg.ttl/../../pyproject.toml", "/dumps/..%5c..%5cpyproject.toml", "/dumps/%2fetc%2fpasswd",
    "/dumps/.", "/dumps/..", "/dumps/nothing.nq.gz",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal_is_404(server, path):
    # http.client sends the path exactly as written (httpx would resolve the dot segments)
    url = urlsplit(server)
    conn = HTTPConnection(url.hostname, url.port, timeout=30)
    try:
        conn.request("GET", path)
        r = conn.getresponse()
        body = r.read()
    finally:
        conn.close()
    assert r.status == 404, path
    assert b"root:" not in body and b"[project]" not in body


# -- serve --dumps DIR: the files `make run` exports ---------------------------------------------


def test_serve_given_a_dumps_directory(sample_store, kg, tmp_path):
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    for name in DUMPS:
        export(sample_store, dumps / name)
    (dumps / ".hidden").write_text("secret")
    (dumps / "thidua-kg.nq.gz.part").write_text("half")
    (dumps / "sub").mkdir()
    (dumps / "sub" / "x.ttl").write_text("")
    with live_server(sample_store, "--dumps", str(dumps)) as url, httpx.Client(base_url=url, timeout=60) as c:
        assert [line.split("\t")[0].rsplit("/", 1)[1] for line in c.get("/dumps/").text.splitlines()] == list(DUMPS)
        r = c.get("/dumps/thidua-kg.nq.gz")
        assert r.content == (dumps / "thidua-kg.nq.gz").read_bytes()
        for hidden in (".hidden", "thidua-kg.nq.gz.part", "sub/x.ttl", "sub"):
            assert c.get(f"/dumps/{hidden}").status_code == 404


def test_serve_with_a_missing_dumps_directory_is_a_usage_error(sample_store, tmp_path):
    r = subprocess.run([sys.executable, "-m", "thidua_kg.cli", "serve", "--store", str(sample_store),
                        "--dumps", str(tmp_path / "none")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "dumps directory not found" in r.stderr


def test_dumps_made_at_start_are_removed_at_stop(kg):
    from fastapi.testclient import TestClient

    from thidua_kg.serve.app import create_app

    app = create_app(kg)
    with TestClient(app) as client:
        made = Path(app.state.dumps_dir)
        assert sorted(p.name for p in made.iterdir()) == sorted(DUMPS)
        assert client.get("/dumps/thidua-kg.ttl").status_code == 200
    assert not made.exists()
