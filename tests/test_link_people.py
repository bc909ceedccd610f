"""The same persons across articles (thidua_kg.link.people): merge and not-merge cases,
on hand-made mentions and on the fixture articles (tests/fixtures/link/articles)."""
from __future__ import annotations

from pathlib import Path

import pytest

from live_server import ingest
from thidua_kg.cli import main
from thidua_kg.gazetteer import load_gazetteer
from thidua_kg.link.people import Mention, cluster, merge_edge
from thidua_kg.query import run_cq
from thidua_kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "fixtures" / "link" / "articles"
ID = "https://w3id.org/thidua-kg/id/"
U = ID + "admin-unit/"
GAZ = load_gazetteer()


def mention(article, month, name="Nguyễn Văn Thành", orgs=(), units=(), offices=()):
    return Mention(f"{ID}person/x/{article}", name, article, month, frozenset(orgs), frozenset(offices),
                   frozenset(U + u for u in units), tuple((o, o.rsplit("/", 1)[-1]) for o in orgs))


POLICE_ND = ID + "organisation/cong-an-tinh-nam-dinh"


def test_same_organisation_merges():
    e = merge_edge(mention("a", "2020-07", orgs=[POLICE_ND], units=["36-nam-dinh"]),
                   mention("b", "2021-05", orgs=[POLICE_ND], units=["36-nam-dinh"]), GAZ)
    assert e.method == "same-name+same-organisation" and "cong-an-tinh-nam-dinh" in e.reason
    assert (e.earlier.article, e.later.article) == ("a", "b")


def test_same_province_merges_and_says_so():
    e = merge_edge(mention("a", "2020-07", orgs=[POLICE_ND], units=["36-nam-dinh"]),
                   mention("b", "2022-01", orgs=[ID + "organisation/tinh-uy-nam-dinh"], units=["36-nam-dinh"]), GAZ)
    assert e.method == "same-name+same-province" and e.reason == "both hold positions in tỉnh Nam Định"


def test_a_district_counts_as_its_province():
    e = merge_edge(mention("a", "2020-07", orgs=["o1"], units=["36-nam-dinh"]),
                   mention("b", "2021-07", orgs=["o2"], units=["365-giao-thuy"]), GAZ)
    assert e is not None and e.method == "same-name+same-province"


def test_merged_province_after_2025_is_the_same_place():
    e = merge_edge(mention("a", "2020-07", orgs=["o1"], units=["36-nam-dinh"]),
                   mention("b", "2026-01", orgs=["o2"], units=["37-ninh-binh"]), GAZ)
    assert e is not None and "tỉnh Nam Định" in e.reason and "tỉnh Ninh Bình" in e.reason
    # but not before the merger: in 2024 Nam Định and Ninh Bình were two provinces
    assert merge_edge(mention("a", "2020-07", orgs=["o1"], units=["36-nam-dinh"]),
                      mention("b", "2024-01", orgs=["o2"], units=["37-ninh-binh"]), GAZ) is None


def test_unrelated_provinces_stay_apart():
    assert merge_edge(mention("a", "2020-07", orgs=["o1"], units=["36-nam-dinh"]),
                      mention("b", "2022-03", orgs=["o2"], units=["96-ca-mau"]), GAZ) is None
    # even with the same stand-alone office
    assert merge_edge(mention("a", "2020-07", orgs=["o1"], units=["36-nam-dinh"], offices=["đại biểu quốc hội"]),
                      mention("b", "2022-03", orgs=["o2"], units=["96-ca-mau"], offices=["đại biểu quốc hội"]), GAZ) is None


def test_a_name_alone_is_not_enough():
    assert merge_edge(mention("a", "2020-07"), mention("b", "2021-01"), GAZ) is None
    assert merge_edge(mention("a", "2020-07", orgs=["o1"]), mention("b", "2021-01", orgs=["o2"]), GAZ) is None


def test_same_office_without_organisation_merges():
    e = merge_edge(mention("a", "2020-07", offices=["ủy viên trung ương đảng"]),
                   mention("b", "2021-01", offices=["ủy viên trung ương đảng"]), GAZ)
    assert e.method == "same-name+same-office"


def test_a_merge_that_would_join_two_provinces_is_refused():
    # c shares an organisation-less office with both a and b, which are in different provinces
    a = mention("a", "2020-01", orgs=["o1"], units=["36-nam-dinh"], offices=["ủy viên trung ương đảng"])
    b = mention("b", "2020-02", orgs=["o2"], units=["96-ca-mau"], offices=["ủy viên trung ương đảng"])
    c = mention("c", "2020-03", offices=["ủy viên trung ương đảng"])
    groups = sorted(sorted(m.article for m in k.members) for k in cluster([a, b, c], GAZ, ID))
    assert groups in ([["a", "c"], ["b"]], [["a"], ["b", "c"]])


def test_canonical_iris():
    one = cluster([mention("a", "2020-07", name="Trần Văn Bình")], GAZ, ID)
    assert [k.iri for k in one] == [ID + "person/tran-van-binh"]
    two = cluster([mention("a", "2020-07", orgs=["o1"], units=["36-nam-dinh"]),
                   mention("b", "2022-03", orgs=["o2"], units=["96-ca-mau"])], GAZ, ID)
    assert sorted(k.iri for k in two) == [ID + "person/nguyen-van-thanh--ca-mau", ID + "person/nguyen-van-thanh--nam-dinh"]


def test_names_differing_in_diacritics_are_different_names():
    assert merge_edge(mention("a", "2020-07", orgs=[POLICE_ND]),
                      mention("b", "2021-05", name="Nguyễn Văn Thanh", orgs=[POLICE_ND]), GAZ) is None
    assert len(cluster([mention("a", "2020-07", orgs=[POLICE_ND]),
                        mention("b", "2021-05", name="Nguyễn Văn Thanh", orgs=[POLICE_ND])], GAZ, ID)) == 2


# -- on the fixture articles, through the store and the careers question --------------------


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("people") / "store"
    ingest([ARTICLES], d)
    assert main(["link", "--store", str(d), "--offline"]) == 0
    return d


def test_careers_across_articles(store_dir):
    rows = run_cq(open_store(store_dir, read_only=True), "careers").records()
    thanh = {(r["person"], r["title"], r["organisation"]): r for r in rows if r["name"] == "Nguyễn Văn Thành"}
    nd = ID + "person/nguyen-van-thanh--l01"
    director = thanh[(nd, "Giám đốc", "Công an tỉnh Nam Định")]
    assert (director["first_seen"], director["last_seen"]) == ("2020-07", "2021-05")
    assert sorted(director["articles"].split()) == ["l01", "l02"]
    # 2026: Ninh Bình absorbed Nam Định, so the same director is one person with l01 and l02
    assert (nd, "Giám đốc", "Công an tỉnh Ninh Bình") in thanh
    # the Cà Mau official of the same name is another person
    assert (ID + "person/nguyen-van-thanh--ca-mau", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Cà Mau") in thanh
    assert len({p for p, _, _ in thanh}) == 2


def test_each_merge_records_its_reason(store_dir):
    s = open_store(store_dir, read_only=True)
    q = f"""PREFIX tk: <https://w3id.org/thidua-kg/ontology#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT ?s ?with ?method ?reason WHERE {{ GRAPH <{ID}graph/derived/links> {{
      ?a a tk:LinkAnnotation ; rdf:subject ?s ; rdf:object <{ID}person/nguyen-van-thanh--l01> ;
         tk:linkedWith ?with ; tk:method ?method ; tk:reason ?reason }} }}"""
    got = {(r["s"].value.rsplit("/", 1)[-1], r["method"].value) for r in s.query(q)}
    assert got == {("l02", "same-name+same-organisation"), ("l04", "same-name+same-province")}


def test_article_graphs_stay_independent(store_dir):
    s = open_store(store_dir, read_only=True)
    q = f"ASK {{ GRAPH <{ID}graph/l01> {{ ?s ?p <{ID}person/nguyen-van-thanh/l03> }} }}"
    assert not s.query(q)
    assert not [g for g in s.article_graphs() if "/derived/" in g or "/gazetteer/" in g]


def test_stats_count_persons_after_linking(store_dir):
    assert open_store(store_dir, read_only=True).stats()["persons"] == 4  # 6 mentions, 4 persons
