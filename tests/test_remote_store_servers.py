"""The remote-store path against real servers: a Virtuoso and an Oxigraph server on
loopback, each started once for the session. Ingest, idempotent re-ingest, a changed
article, query, validate and serve work as over the embedded store, with the same triples."""
from __future__ import annotations

import re

import httpx
import pyoxigraph as ox
import pytest
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

from live_server import DATA, live_server
from sparql_servers import oxigraph, oxigraph_binary, thidua, virtuoso, virtuoso_binary
from thidua_kg.namespaces import RDF, TK
from thidua_kg.query import cq_names, run_cq
from thidua_kg.store import open_store

# SPARQLWrapper's Turtle results build an rdflib ConjunctiveGraph
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

SERVERS = {"virtuoso": (virtuoso, virtuoso_binary, "Debian package virtuoso-opensource (virtuoso-t)"),
           "oxigraph": (oxigraph, oxigraph_binary, "PyPI package oxigraph (oxigraph serve)")}
ARTICLE = """ date 2024-05
Tỉnh Đoàn Cà Mau tổng kết phong trào thi đua

Ngày 10/5, Ban Thường vụ Tỉnh Đoàn Cà Mau tổ chức Hội nghị tổng kết phong trào thi đua "Tuổi trẻ xung kích" giai đoạn 2019 - 2024. {award}
"""
FIRST = "Dịp này, Ban Thường vụ Tỉnh Đoàn Cà Mau tặng Bằng khen cho 5 tập thể và 9 cá nhân."
SECOND = "Dịp này, Ban Thường vụ Tỉnh Đoàn tặng Giấy khen cho 3 tập thể và 4 cá nhân có thành tích xuất sắc."


@pytest.fixture(scope="session", params=list(SERVERS))
def remote(request, tmp_path_factory):
    start, binary, package = SERVERS[request.param]
    if binary() is None:
        pytest.skip(f"{request.param} is not installed ({package}); .ci/run installs it")
    with start(tmp_path_factory.mktemp(request.param)) as server:
        yield server


@pytest.fixture(scope="session")
def ingested(remote):
    """data/ ingested twice into the remote store: (first run, second run)."""
    first = thidua("ingest", str(DATA), "--store", remote.store, "--no-progress", "--workers", "1", env=remote.env)
    second = thidua("ingest", str(DATA), "--store", remote.store, "--no-progress", "--workers", "1", env=remote.env)
    return first, second


def same_triples(nquads: str) -> list[str]:
    """N-Quads lines, sorted, blank node labels (each store chooses its own) made alike."""
    return sorted(re.sub(r"_:[A-Za-z0-9]+", "_:b", line) for line in nquads.splitlines() if line)


def exported(store: str, env=None) -> list[str]:
    out = thidua("export", "--store", store, "--format", "nquads", env=env)
    assert out.returncode == 0, out.stderr
    return same_triples(out.stdout)


def test_ingest_stores_every_article_then_finds_them_unchanged(ingested):
    first, second = ingested
    assert first.returncode == 0, first.stderr
    assert "15 stored, 0 unchanged, 0 rejected" in first.stdout
    assert second.returncode == 0, second.stderr
    assert "0 stored, 15 unchanged, 0 rejected; 0 triples written" in second.stdout


def test_the_remote_store_holds_the_triples_of_the_embedded_one(remote, ingested, sample_store):
    assert exported(remote.store) == exported(str(sample_store))


def test_stats_count_only_what_thidua_kg_wrote(remote, ingested, sample_store):
    """Virtuoso's own graphs (virtrdf#, ldp#, the service description) stay out of the counts."""
    here = thidua("stats", "--store", remote.store)
    assert here.returncode == 0, here.stderr
    assert here.stdout == thidua("stats", "--store", str(sample_store)).stdout


def test_competency_questions_answer_as_on_the_embedded_store(remote, ingested, sample_store):
    here, there = open_store(remote.store, read_only=True), open_store(sample_store, read_only=True)
    for cq in cq_names():
        assert sorted(run_cq(here, cq).rows, key=str) == sorted(run_cq(there, cq).rows, key=str), cq
    out = thidua("query", "--store", remote.store, "--cq", "awards", "--format", "csv")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == "article,conferral,award,grantor,recipient,collectives,individuals"


def test_validate_checks_every_article_graph(remote, ingested):
    out = thidua("validate", "--store", remote.store)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip().endswith("15 article graph(s) checked, 15 conform, 0 fail")


def test_a_changed_article_replaces_its_graph(remote, ingested, tmp_path):
    article = tmp_path / "zz-changed.txt"
    store_url = remote.store
    kg = open_store(_with_credentials(store_url, remote.env), base="https://w3id.org/thidua-kg/id/")
    graph = "https://w3id.org/thidua-kg/id/graph/zz-changed"
    try:
        article.write_text(ARTICLE.format(award=FIRST), encoding="utf-8")
        out = thidua("ingest", str(article), "--store", store_url, "--no-progress", "--workers", "1", env=remote.env)
        assert "1 stored" in out.stdout, out.stdout + out.stderr
        before, hash_before = set(kg.graph_triples(graph)), kg.store.content_hashes()[graph]

        article.write_text(ARTICLE.format(award=SECOND), encoding="utf-8")
        out = thidua("ingest", str(article), "--store", store_url, "--no-progress", "--workers", "1", env=remote.env)
        assert "1 stored, 0 unchanged" in out.stdout, out.stdout + out.stderr
        after = set(kg.graph_triples(graph))
        embedded = tmp_path / "embedded"
        assert thidua("ingest", str(article), "--store", str(embedded), "--no-progress", "--workers", "1").returncode == 0
        assert after == set(open_store(embedded, read_only=True).graph_triples(graph))  # nothing of the first version
        assert before != after
        marks = list(kg.store.quads_for_pattern(ox.NamedNode(graph), ox.NamedNode(TK + "contentHash"), None,
                                                ox.NamedNode(graph)))
        assert len(marks) == 1 and marks[0].object.value != hash_before  # the old mark went with the old graph
    finally:
        kg.store.update(f"DROP SILENT GRAPH <{graph}>")


def test_serve_answers_sparql_and_entity_pages(remote, ingested):
    with live_server(remote.store) as url:
        w = SPARQLWrapper(url + "/sparql")
        w.setQuery(f"PREFIX tk: <{TK}> SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a tk:Article }}")
        w.setReturnFormat(JSON)
        assert w.queryAndConvert()["results"]["bindings"][0]["n"]["value"] == "15"

        w.setQuery(f"PREFIX tk: <{TK}> CONSTRUCT {{ ?a a tk:Article }} WHERE {{ ?a a tk:Article }}")
        w.setReturnFormat(TURTLE)
        assert len(list(ox.parse(w.queryAndConvert(), format=ox.RdfFormat.TURTLE))) == 15

        page = httpx.get(url + "/id/article/s01", headers={"Accept": "text/html"}, follow_redirects=True, timeout=30)
        assert page.status_code == 200
        assert "Phú Thọ" in page.text
        see_other = httpx.get(url + "/id/article/s01", headers={"Accept": "text/turtle"}, timeout=30)
        assert see_other.status_code == 303 and see_other.headers["location"] == "/id/article/s01.ttl"
        rdf = httpx.get(url + "/id/article/s01.ttl", timeout=30)
        assert rdf.status_code == 200, rdf.text
        article = ox.NamedNode("https://w3id.org/thidua-kg/id/article/s01")
        assert ox.Triple(article, ox.NamedNode(RDF + "type"), ox.NamedNode(TK + "Article")) in {
            q.triple for q in ox.parse(rdf.content, format=ox.RdfFormat.TURTLE)}


def _with_credentials(store_url: str, env: dict) -> str:
    user = env.get("THIDUA_STORE_USER")
    if not user:
        return store_url
    return store_url.replace("://", f"://{user}:{env['THIDUA_STORE_PASSWORD']}@", 1)

