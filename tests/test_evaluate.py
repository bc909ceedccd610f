"""Scoring as corpus/GOLD.md describes it."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from kg_samples import sample_facts
from thidua_kg.evaluate import KINDS, evaluate, load_gold, normalise, score, system_records, tuples
from thidua_kg.graph import article_quads, content_hash, graph_iri
from thidua_kg.store import open_store

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

GOLD = {
    "a1": {
        "id": "a1",
        "persons": [{"name": "Nguyễn Văn Thành", "rank": "Thượng tướng",
                     "positions": [{"title": "Thứ trưởng", "organisation": "Bộ Công an"},
                                   {"title": "Ủy viên Trung ương Đảng", "organisation": None}]},
                    {"name": "Lê Thị Hoà", "rank": None, "positions": []}],
        "organisations": ["Bộ Công an", "Ủy ban nhân dân tỉnh Nam Định"],
        "events": [{"type": "Hội nghị", "date": "2020-07-08", "organiser": "Công an tỉnh Nam Định",
                    "participants": ["Nguyễn Văn Thành"]}],
        "movements": [{"name": "Vì an ninh Tổ quốc", "start": 2015, "end": 2020}],
        "awards": [{"award": "Bằng khen", "grantors": ["Bộ Công an"], "recipients": [],
                    "collectives": 59, "individuals": 108}],
        "initiatives": [{"name": "Ba an toàn", "sites": None}],
    }
}


@pytest.mark.parametrize("a, b", [
    ("Hoà", "Hòa"),
    ("Uỷ ban", "Ủy ban"),
    ("Đoàn Thị Hậu", "doan thi hau"),
    ("UBND tỉnh Nam Định", "Ủy ban nhân dân tỉnh Nam Định"),
    ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
    ("TP. Hà Nội", "thành phố Hà Nội"),
    ("TP.Hà Nội", "thành phố Hà Nội"),
    ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
    ("Ban Chấp hành TW Đảng", "Ban Chấp hành Trung ương Đảng"),
    ('mô hình "Ba an toàn"', "mô hình “Ba an toàn”"),
    ("  Bộ   Công an, ", "bộ công an"),
])
def test_normalise_equal(a, b):
    assert normalise(a) == normalise(b)


def test_normalise_shapes():
    assert normalise("Đội CSGT") == "doi canh sat giao thong"
    assert normalise(None) == "" and normalise("") == ""
    assert normalise("HUBND") == "hubnd"  # no expansion inside words


def test_position_joining():
    a = tuples({"x": {"persons": [{"name": "A", "positions": [{"title": "Thứ trưởng", "organisation": "Bộ Công an"}]}]}})
    b = tuples({"x": {"persons": [{"name": "A", "positions": [{"title": "Thứ trưởng Bộ Công an", "organisation": None}]}]}})
    assert a["person_position"] == b["person_position"] == {("x", "a", "thu truong bo cong an")}


def test_null_conventions():
    t = tuples(GOLD)
    assert ("a1", "le thi hoa") in t["person"]
    assert not any(x[1] == "le thi hoa" for x in t["person_rank"])
    assert t["award_counts"] == {("a1", "bang khen", "59", "108")}
    assert t["award_recipient"] == set()
    assert t["movement_period"] == {("a1", "vi an ninh to quoc", "2015", "2020")}


def test_perfect_output_scores_one():
    s = score(GOLD, copy.deepcopy(GOLD))
    assert [k.kind for k in s.kinds] == list(KINDS) and len(KINDS) == 14
    assert all(k.precision == k.recall == k.f1 == 1.0 for k in s.kinds)
    assert s.macro_f1 == 1.0


def test_missing_and_spurious_tuple():
    system = copy.deepcopy(GOLD)
    system["a1"]["organisations"] = ["Bộ Công an", "Sở Nội vụ"]  # one missing, one spurious
    org = {k.kind: k for k in score(GOLD, system).kinds}["organisation"]
    assert (org.gold, org.system, org.tp) == (2, 2, 1)
    assert org.precision == 0.5 and org.recall == 0.5 and org.f1 == 0.5
    system["a1"]["organisations"] = ["Bộ Công an"]  # only a missing one
    org = {k.kind: k for k in score(GOLD, system).kinds}["organisation"]
    assert org.precision == 1.0 and org.recall == 0.5 and round(org.f1, 4) == round(2 / 3, 4)


def test_only_gold_articles_count_and_missing_is_empty():
    s = score(GOLD, {"other": GOLD["a1"]})
    person = {k.kind: k for k in s.kinds}["person"]
    assert person.system == 0 and person.recall == 0.0 and s.macro_f1 < 1.0


def test_empty_gold_and_output_is_perfect():
    s = score({"off": {"id": "off"}}, {})
    assert s.macro_f1 == 1.0


def test_table_and_json_output():
    s = score(GOLD, GOLD)
    assert "macro F1" in s.table() and "award_counts" in s.table()
    assert json.loads(json.dumps(s.to_dict()))["macro_f1"] == 1.0


def test_store_round_trip(tmp_path):
    """Gold made from the sample facts scores 1.0 against a store of those facts."""
    store = open_store(tmp_path / "s")
    vocab = pytest.importorskip("thidua_kg.vocab").load_vocabulary()
    store.ensure_vocabulary(vocab.quads(store.base + "graph/vocabulary"))  # rank and type labels
    qs = article_quads(sample_facts("a1"))
    store.replace_graph(graph_iri("a1"), qs, content_hash(qs))
    gold = {"a1": {
        "id": "a1",
        "persons": [{"name": "Nguyễn Văn Thành", "rank": "Thượng tướng",
                     "positions": [{"title": "Thứ trưởng", "organisation": "Bộ Công an"},
                                   {"title": "Ủy viên Trung ương Đảng", "organisation": None}]}],
        "organisations": ["Công an tỉnh Nam Định", "Bộ Công an", "Phòng Cảnh sát hình sự Công an tỉnh Nam Định"],
        "events": [{"type": "Hội nghị", "date": "2020-07-08", "organiser": "Công an tỉnh Nam Định",
                    "participants": ["Nguyễn Văn Thành"]}],
        "movements": [{"name": "Vì an ninh Tổ quốc", "start": 2015, "end": 2020}],
        "awards": [
            {"award": "Bằng khen", "grantors": ["Bộ trưởng Bộ Công an"],
             "recipients": ["Nguyễn Văn Thành", "Phòng Cảnh sát hình sự Công an tỉnh Nam Định"],
             "collectives": None, "individuals": None},
            {"award": "Bằng khen", "grantors": ["Bộ Công an"], "recipients": [], "collectives": 59, "individuals": 108}],
        "initiatives": [{"name": "Ba an toàn", "sites": 12}],
    }}
    gdir = tmp_path / "gold"
    gdir.mkdir()
    (gdir / "a1.json").write_text(json.dumps(gold["a1"], ensure_ascii=False), encoding="utf-8")
    assert set(system_records(store)) == {"a1"}
    s = evaluate(gdir, store)
    assert s.macro_f1 == 1.0, s.table()


def test_dev_gold_against_itself():
    if not DEV.is_dir():
        pytest.skip(f"{DEV} not available (shared corpus absent)")
    gold = load_gold(DEV)
    assert "seed" in gold
    assert score(gold, gold).macro_f1 == 1.0
