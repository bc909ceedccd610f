"""Organisations and places -> administrative units (thidua_kg.link.admin_units), the links
ingest writes, the gazetteer's graph in the store, and the README's query that joins them."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from live_server import ingest
from thidua_kg.link.admin_units import article_units, match_name
from thidua_kg.link.reference import ADMIN_UNITS_GRAPH
from thidua_kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "fixtures" / "link" / "articles"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
U = "https://w3id.org/thidua-kg/id/admin-unit/"
ID = "https://w3id.org/thidua-kg/id/"
TK = "https://w3id.org/thidua-kg/ontology#"


def unit(name: str, on: str | None = "2020-07-01") -> str | None:
    u = article_units([name], on).get(name)
    return u.iri.removeprefix(U) if u else None


@pytest.mark.parametrize("name, on, expected", [
    ("Công an tỉnh Nam Định", "2020-07-01", "36-nam-dinh"),  # old unit, merged into Ninh Bình in 2025
    ("Công an tỉnh Nam Định", "2026-01-01", "36-nam-dinh"),  # an old name keeps its old unit
    ("Ủy ban nhân dân tỉnh Ninh Bình", "2026-01-01", "37-ninh-binh"),  # continues, absorbed Nam Định
    ("Công an tỉnh Lào Cai", "2023-12-01", "10-lao-cai"),  # before 2025-07-01: the old Lào Cai
    ("Công an tỉnh Lào Cai", "2025-07-01", "15-lao-cai"),  # from 2025-07-01: the new one (old Yên Bái's code)
    ("Công an tỉnh Lào Cai", None, None),  # undated and ambiguous: no link
    ("Công an TP.HCM", None, "79-ho-chi-minh"),
    ("Công an TP. Hồ Chí Minh", None, "79-ho-chi-minh"),
    ("Ủy ban nhân dân Thành phố Hồ Chí Minh", None, "79-ho-chi-minh"),
    ("Sở Y tế tỉnh Thừa Thiên Huế", None, "46-hue"),  # now thành phố Huế
    ("Công an thành phố Huế", None, "46-hue"),
    ("Sở Giáo dục và Đào tạo tỉnh Thanh Hoá", None, "38-thanh-hoa"),  # old tone placement
    ("UBND tỉnh Nghệ An", None, "40-nghe-an"),
    ("Tỉnh ủy Bắc Giang", None, "24-bac-giang"),
    ("Ban Dân vận Tỉnh ủy Bắc Giang", None, "24-bac-giang"),
    ("Thành ủy Đà Nẵng", None, "48-da-nang"),
    ("Tỉnh Đoàn Lạng Sơn", None, "20-lang-son"),
    ("Bộ Chỉ huy Quân sự tỉnh BR-VT", None, "77-ba-ria-vung-tau"),
    ("Bộ Chỉ huy Quân sự tỉnh Bà Rịa - Vũng Tàu", None, "77-ba-ria-vung-tau"),
    ("Phòng Cảnh sát hình sự Công an tỉnh Nam Định", None, "36-nam-dinh"),
    ("Công an thành phố Thanh Hóa", None, "380-thanh-hoa"),  # a provincial city: the district level
    ("Công an huyện Văn Lãng", None, "182-van-lang"),
    ("Huyện ủy Văn Lãng", None, "182-van-lang"),
    ("Công an TX. An Khê", None, "623-an-khe"),
    ("Công an Quận 1", None, "760-quan-1"),
    ("Bộ Công an", None, None),
    ("Ủy ban nhân dân xã Quế Lộc", None, None),  # communes are not in the gazetteer
    ("Công an huyện Châu Thành", None, None),  # ten districts of that name, nothing to choose by
])
def test_unit_of_a_name(name, on, expected):
    assert unit(name, on) == expected


def test_a_district_name_is_resolved_by_the_articles_province():
    got = article_units(["Công an huyện Châu Thành", "Ủy ban nhân dân tỉnh Bến Tre"], "2023-01-01")
    assert got["Công an huyện Châu Thành"].iri == U + "831-chau-thanh"
    assert got["Công an huyện Châu Thành"].province == "Bến Tre"


def test_a_match_names_the_level_and_tail():
    m = match_name("Đội Cảnh sát hình sự Công an huyện Văn Lãng")
    assert m.level == 2 and m.tail == "huyện văn lãng"


# -- ingest ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    d = tmp_path_factory.mktemp("units") / "store"
    ingest([ARTICLES], d)
    return open_store(d, read_only=True)


def units_of(store, article: str) -> dict[str, str]:
    q = f"""SELECT ?o ?u WHERE {{ GRAPH <{ID}graph/{article}> {{ ?o <{TK}adminUnit> ?u }} }}"""
    return {r["o"].value.removeprefix(ID): r["u"].value.removeprefix(U) for r in store.query(q)}


def test_ingest_links_organisations_by_the_articles_date(store):
    assert units_of(store, "l01")["organisation/cong-an-tinh-nam-dinh"] == "36-nam-dinh"
    late = units_of(store, "l04")  # 2026
    assert late["organisation/cong-an-tinh-ninh-binh"] == "37-ninh-binh"
    assert late["organisation/cong-an-tinh-lao-cai"] == "15-lao-cai"


def test_gazetteer_graph_with_source_version_and_succession(store):
    g = ox.NamedNode(ADMIN_UNITS_GRAPH)
    assert store.store.contains_named_graph(g)
    assert ADMIN_UNITS_GRAPH not in store.article_graphs()
    q = f"""PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX tk: <{TK}>
    ASK {{ GRAPH <{ADMIN_UNITS_GRAPH}> {{
      <{ADMIN_UNITS_GRAPH}> prov:wasDerivedFrom ?src ; owl:versionInfo ?v .
      <{U}36-nam-dinh> tk:mergedInto <{U}37-ninh-binh> ; tk:validTo ?end .
      <{U}37-ninh-binh> dcterms:replaces <{U}36-nam-dinh> }} }}"""
    assert store.query(q)


def _all_quads(d) -> list[str]:
    return sorted(str(q) for q in open_store(d, read_only=True).store)


def test_reingest_changes_nothing(tmp_path):
    d = tmp_path / "store"
    ingest([ARTICLES], d)
    first = _all_quads(d)
    assert any(ADMIN_UNITS_GRAPH in q for q in first) and any("adminUnit" in q for q in first)
    ingest([ARTICLES], d)
    assert _all_quads(d) == first


def readme_query() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Linking with other datasets", 1)[1]
    return re.search(r"```sparql\n(.*?)```", section, re.S).group(1)


def test_readme_query_joins_the_graph_with_the_units(store):
    rows = {(r["article"].value, r["organisation"].value): r for r in store.query(readme_query())}
    r = rows[("l01", "Công an tỉnh Nam Định")]
    assert (r["unit"].value, r["code"].value, r["now"].value, r["now_code"].value) == ("Nam Định", "36", "Ninh Bình", "37")
    r = rows[("l04", "Công an tỉnh Lào Cai")]
    assert (r["unit"].value, r["code"].value, r["now"]) == ("Lào Cai", "15", None)


@pytest.mark.skipif(not DEV.is_dir(), reason=f"{DEV} not available (shared directory absent)")
def test_dev_corpus_provincial_organisations_are_linked(tmp_path):
    d = tmp_path / "dev"
    ingest([DEV], d)
    s = open_store(d, read_only=True)
    seed = units_of(s, "seed")
    assert seed["organisation/cong-an-tinh-nam-dinh"] == "36-nam-dinh"
    assert units_of(s, "d13")["organisation/tinh-uy-ninh-binh"] == "37-ninh-binh"  # 2025-09
    q = f"""SELECT ?name WHERE {{ GRAPH ?g {{ ?o a <{TK}Organisation> ; <http://www.w3.org/2000/01/rdf-schema#label> ?name
          FILTER NOT EXISTS {{ ?o <{TK}adminUnit> ?u }} }} }}"""
    unlinked = {r["name"].value for r in s.query(q)}
    provincial = [n for n in unlinked if re.search(r"\b(tỉnh|Tỉnh ủy) [A-ZĐ]", n)]
    assert not provincial, provincial
