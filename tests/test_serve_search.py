"""The search box: labels matched without diacritics or case, results grouped by type."""
from __future__ import annotations

import httpx
import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st

from thidua_kg.namespaces import RDFS, TK
from thidua_kg.serve.search import Entry, SearchIndex, normalise
from thidua_kg.store import KGStore

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"


def tiny_store() -> KGStore:
    store = ox.Store()
    g = ox.NamedNode("http://example.org/kg/graph/a1")
    for slug, cls, label in [("person/nguyen-van-thanh", "Person", "Nguyễn Văn Thành"),
                             ("person/do-thi-ha", "Person", "Đỗ Thị Hà"),
                             ("organisation/cong-an-tinh-ha-nam", "Organisation", "Công an tỉnh Hà Nam"),
                             ("movement/ha-nam-doan-ket", "Movement", "Hà Nam đoàn kết")]:
        node = ox.NamedNode("http://example.org/kg/" + slug)
        store.add(ox.Quad(node, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(TK + cls), g))
        store.add(ox.Quad(node, ox.NamedNode(RDFS + "label"), ox.Literal(label, language="vi"), g))
    return KGStore(store, base="http://example.org/kg/")


def test_unaccented_lower_case_input_finds_the_label():
    hits = SearchIndex.build(tiny_store()).search("nguyen van thanh")
    assert [h.label for h in hits["person"]] == ["Nguyễn Văn Thành"]


def test_d_with_stroke_folds_to_d_and_case_is_ignored():
    index = SearchIndex.build(tiny_store())
    assert [h.label for h in index.search("DO THI HA")["person"]] == ["Đỗ Thị Hà"]
    assert index.search("đỗ")["person"][0].label == "Đỗ Thị Hà"


def test_results_are_grouped_by_type_in_a_fixed_order():
    found = SearchIndex.build(tiny_store()).search("ha nam")
    assert list(found) == ["organisation", "movement"]


def test_every_word_must_occur_and_whole_words_rank_first():
    index = SearchIndex([Entry("person", "x:1", "Hàn Văn A", normalise("Hàn Văn A")),
                         Entry("person", "x:2", "Hà Văn A", normalise("Hà Văn A"))])
    assert [h.iri for h in index.search("ha van a")["person"]] == ["x:2", "x:1"]
    assert index.search("ha van b") == {}


def test_query_words_match_word_starts_only():
    index = SearchIndex([Entry("organisation", "x:1", "Công an tỉnh Lào Cai", normalise("Công an tỉnh Lào Cai")),
                         Entry("organisation", "x:2", "Công ty Chè Xanh", normalise("Công ty Chè Xanh"))])
    assert [h.iri for h in index.search("cong an")["organisation"]] == ["x:1"]
    assert [h.iri for h in index.search("lao ca")["organisation"]] == ["x:1"]  # a word begun is enough
    assert index.search("   ") == {}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=VIETNAMESE, min_size=1, max_size=8), min_size=1, max_size=4))
def test_any_label_is_found_by_its_folded_words(words):
    label = " ".join(w.capitalize() for w in words)
    index = SearchIndex([Entry("person", "x:1", label, normalise(label))])
    assert index.search(normalise(label))["person"][0].label == label
    assert index.search(label.upper())["person"][0].label == label


# -- the /search page of a live server over data/ --------------------------------------------


def search(server: str, q: str, lang: str = "vi") -> httpx.Response:
    return httpx.get(f"{server}/search", params={"q": q, "lang": lang}, timeout=30)


def test_search_page_finds_people_without_diacritics(server):
    r = search(server, "ha minh khoi")
    assert r.status_code == 200
    assert "Hà Minh Khôi" in r.text and 'href="/id/person/ha-minh-khoi' in r.text
    assert "Đinh Thị Nguyệt" in search(server, "DINH THI NGUYET").text


def test_search_page_groups_results_and_finds_award_kinds(server):
    r = search(server, "bang khen", lang="en")
    assert "Award kinds" in r.text and "Bằng khen" in r.text


def test_search_page_without_results_or_query(server):
    assert "Không tìm thấy" in search(server, "zzzqqq").text
    assert search(server, "").status_code == 200


def test_search_input_is_escaped(server):
    r = search(server, "<script>alert(1)</script>")
    assert "<script>alert(1)</script>" not in r.text
    assert "&lt;script&gt;" in r.text
