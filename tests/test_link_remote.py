"""`thidua-kg link --endpoint`: the remote linker against a real Oxigraph server on loopback,
loaded with a small Wikidata-shaped fixture (tests/fixtures/link/wikidata-fixture.ttl).
SPARQLWrapper is the client; no test touches the network."""
from __future__ import annotations

import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from live_server import free_port, ingest
from thidua_kg.cli import main
from thidua_kg.link import remote
from thidua_kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "link"
OXIGRAPH = shutil.which("oxigraph", path=str(ROOT / ".venv" / "bin")) or shutil.which("oxigraph")
WD = "http://www.wikidata.org/entity/"
ID = "https://w3id.org/thidua-kg/id/"
SAME, CLOSE = "http://www.w3.org/2002/07/owl#sameAs", "http://www.w3.org/2004/02/skos/core#closeMatch"

needs_server = pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server binary is not installed (.venv/bin/oxigraph)")


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    """URL of a local Oxigraph server holding the fixture, for this module's tests."""
    if OXIGRAPH is None:
        pytest.skip("the oxigraph server binary is not installed (.venv/bin/oxigraph)")
    data = tmp_path_factory.mktemp("wd") / "db"
    subprocess.run([OXIGRAPH, "load", "--location", str(data), "--file", str(FIXTURES / "wikidata-fixture.ttl")],
                   check=True, capture_output=True)
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(data), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2).close()
                break
            except urllib.error.HTTPError:
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("oxigraph server did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture()
def store_dir(tmp_path):
    store = tmp_path / "store"
    ingest([FIXTURES / "articles"], store)
    return store


def links(store_dir) -> dict[tuple[str, str], str]:
    """(entity, target) -> relation, for links to the fixture's entities."""
    s = open_store(store_dir, read_only=True)
    rows = s.query(f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ <{SAME}> <{CLOSE}> }} ?s ?p ?o FILTER(STRSTARTS(STR(?o), '{WD}')) }}")
    return {(r["s"].value, r["o"].value): r["p"].value for r in rows}


@needs_server
def test_certain_probable_and_rejected(endpoint, store_dir, tmp_path, capsys):
    cache = tmp_path / "cache.json"
    assert main(["link", "--store", str(store_dir), "--endpoint", endpoint, "--cache", str(cache)]) == 0
    got = links(store_dir)
    # certain: owl:sameAs
    assert got[(ID + "admin-unit/36-nam-dinh", WD + "Q900001")] == SAME
    assert got[(ID + "admin-unit/38-thanh-hoa", WD + "Q900002")] == SAME  # "Thanh Hoá": old tone placement
    assert got[(ID + "organisation/bo-cong-an", WD + "Q900003")] == SAME
    assert got[(ID + "organisation/cong-an-tinh-nam-dinh", WD + "Q900004")] == SAME  # P131 = Nam Định's match
    assert got[(ID + "person/pham-quang-ngoc", WD + "Q900007")] == SAME  # description names his organisation
    # probable: skos:closeMatch
    assert got[(ID + "organisation/tinh-uy-nam-dinh", WD + "Q900005")] == CLOSE  # no country stated
    assert got[(ID + "person/tran-minh-quang", WD + "Q900006")] == CLOSE  # a name alone
    # rejected: wrong class, wrong country, wrong place, wrong citizenship
    targets = {t for _, t in got}
    assert not targets & {WD + q for q in ("Q900008", "Q900009", "Q900010", "Q900011")}
    assert "remote: 7 links" in capsys.readouterr().out


@needs_server
def test_annotations_and_links_question(endpoint, store_dir, tmp_path):
    assert main(["link", "--store", str(store_dir), "--endpoint", endpoint, "--cache", str(tmp_path / "c.json")]) == 0
    s = open_store(store_dir, read_only=True)
    q = f"""PREFIX tk: <https://w3id.org/thidua-kg/ontology#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX dcterms: <http://purl.org/dc/terms/>
    SELECT ?score ?method ?when ?src WHERE {{ GRAPH <{ID}graph/derived/links> {{
      ?a a tk:LinkAnnotation ; rdf:subject <{ID}organisation/bo-cong-an> ; rdf:object <{WD}Q900003> ;
         tk:score ?score ; tk:method ?method ; prov:generatedAtTime ?when ; dcterms:source ?src }} }}"""
    (row,) = list(s.query(q))
    assert float(row["score"].value) >= 0.85 and row["method"].value == "sparql-label+type+country"
    assert row["src"].value == endpoint
    from thidua_kg.query import run_cq

    recs = run_cq(s, "links").records()
    mine = [r for r in recs if r["identifier"] == WD + "Q900003"]
    assert mine == [{"entity": ID + "organisation/bo-cong-an", "name": "Bộ Công an", "dataset": endpoint,
                     "identifier": WD + "Q900003", "relation": SAME}]


@needs_server
def test_cache_answers_a_rerun(endpoint, store_dir, tmp_path, capsys):
    cache = tmp_path / "cache.json"
    args = ["link", "--store", str(store_dir), "--endpoint", endpoint, "--cache", str(cache)]
    assert main(args) == 0
    assert cache.is_file() and "0 queries sent" not in capsys.readouterr().out
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "0 queries sent" in out and "written: nothing changed" in out


def test_endpoint_down_is_one_line_and_writes_nothing(store_dir, tmp_path, capsys):
    down = f"http://127.0.0.1:{free_port()}/query"  # nothing listens there
    before = open_store(store_dir, read_only=True).named_graphs()
    code = main(["link", "--store", str(store_dir), "--endpoint", down, "--retries", "1", "--timeout", "5",
                 "--cache", str(tmp_path / "c.json")])
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and "nothing written" in err and down in err and "Traceback" not in err
    assert open_store(store_dir, read_only=True).named_graphs() == before


def test_drop_removes_the_derived_graphs(store_dir, capsys):
    assert main(["link", "--store", str(store_dir), "--offline"]) == 0
    graphs = open_store(store_dir, read_only=True).named_graphs()
    assert ID + "graph/derived/links" in graphs and ID + "graph/derived/labels-en" in graphs
    assert main(["link", "--store", str(store_dir), "--drop"]) == 0
    graphs = open_store(store_dir, read_only=True).named_graphs()
    assert not [g for g in graphs if "/derived/" in g]
    assert len([g for g in graphs if g.rsplit("/", 1)[-1].startswith("l0")]) == 4  # articles untouched


# -- the pure parts ----------------------------------------------------------------


def test_label_variants_cover_tone_placement_case_and_diacritics():
    v = remote.label_variants("tỉnh Thanh Hóa")
    assert "tỉnh Thanh Hoá" in v and "Tỉnh Thanh Hóa" in v and "tinh Thanh Hoa" in v


def test_query_is_batched_with_values():
    q = remote.build_query(["Bộ Công an", "Nam Định"], remote.Rules.load())
    assert 'VALUES ?label { "Bộ Công an"@vi "Nam Định"@vi }' in q


def test_several_sameas_claims_on_one_target_become_close_matches():
    rules = remote.Rules.load()
    a = remote.Candidate(ID + "admin-unit/10-lao-cai", "province", "Lào Cai")
    b = remote.Candidate(ID + "admin-unit/15-lao-cai", "province", "Lào Cai")
    out = remote.to_links([remote.Scored(c, WD + "Q1", 0.85, "m", "r") for c in (a, b)], rules, "x")
    assert {lk.relation for lk in out} == {CLOSE}
