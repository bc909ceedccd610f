"""English labels by rule (thidua_kg.link.english) and their graph in the store."""
from __future__ import annotations

from pathlib import Path

import pytest

from live_server import ingest
from thidua_kg.cli import main
from thidua_kg.link.english import award_en, office_en, organisation_en, place_name_en
from thidua_kg.store import open_store
from thidua_kg.vocab import load_vocabulary

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "link" / "articles"
ID = "https://w3id.org/thidua-kg/id/"
V = load_vocabulary()


@pytest.mark.parametrize("name, english", [
    ("Bộ Công an", "Ministry of Public Security"),
    ("Ủy ban nhân dân tỉnh Nghệ An", "People's Committee of Nghệ An Province"),
    ("Ủy ban nhân dân Thành phố Hồ Chí Minh", "People's Committee of Hồ Chí Minh City"),
    ("Công an huyện Văn Lãng", "Police of Văn Lãng District"),
    ("Hội đồng Thi đua - Khen thưởng tỉnh Bắc Giang", "Emulation and Commendation Council of Bắc Giang Province"),
    ("Bộ Chỉ huy Quân sự tỉnh Hòa Bình", "Provincial Military Command of Hòa Bình Province"),
    ("Ủy ban nhân dân xã Quế Lộc", "People's Committee of Quế Lộc Commune"),
    ("Sở Y tế tỉnh Thanh Hóa", None),  # no English for "Y tế": no half-translated label
])
def test_organisations(name, english):
    assert organisation_en(name, V) == english


def test_places_offices_awards():
    assert place_name_en("Quận 1") == "District 1"
    assert place_name_en("thị xã An Khê") == "An Khê Town"
    assert office_en("Minister", "Ministry of Public Security", True) == "Minister, Ministry of Public Security"
    assert office_en("Minister", None, True) is None
    assert award_en("Labour Order", "Third Class") == "Labour Order, Third Class"


def test_labels_graph(tmp_path):
    d = tmp_path / "store"
    ingest([ARTICLES], d)
    assert main(["link", "--store", str(d), "--offline"]) == 0
    s = open_store(d, read_only=True)
    q = f"""SELECT ?s ?l WHERE {{ GRAPH <{ID}graph/derived/labels-en> {{ ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }} }}"""
    got = {r["s"].value.removeprefix(ID): r["l"].value for r in s.query(q)}
    assert got["organisation/bo-cong-an"] == "Ministry of Public Security"
    assert got["organisation/cong-an-tinh-nam-dinh"] == "Police of Nam Định Province"
    assert got["admin-unit/36-nam-dinh"] == "Nam Định Province"
    assert got["conferral/l02/1"] == "Labour Order, Third Class"
    assert got["office/chu-tich-nuoc"] == "President of the State"
