"""The sample corpus in data/ is well-formed, and the bench generator behaves."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
GENERATE = ROOT / "bench" / "generate.py"

GOLD_KEYS = {"id", "published", "persons", "organisations", "events", "movements", "awards", "initiatives"}
RECORD_KEYS = {"id", "url", "title", "published", "text"}
EVENT_TYPES = {"Hội nghị", "Lễ", "Đại hội", "Hội thảo", "Gặp mặt", "Hội thi", "Tọa đàm", "Khác"}
HEADER = re.compile(r"^ date (\d{4}-\d{2}) ")
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
DAY = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def _txt_files() -> list[Path]:
    return sorted(DATA.glob("*.txt"))


def _records() -> list[dict]:
    path = DATA / "records.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold(id_: str) -> dict:
    return json.loads((DATA / f"{id_}.json").read_text(encoding="utf-8"))


def _check_gold(gold: dict, id_: str, published: str | None) -> None:
    assert set(gold) == GOLD_KEYS, f"{id_}: keys {sorted(gold)}"
    assert gold["id"] == id_
    assert gold["published"] == published, f"{id_}: published {gold['published']!r} != {published!r}"
    names = set()
    for p in gold["persons"]:
        assert set(p) == {"name", "rank", "positions"}
        assert p["name"] and p["name"] == p["name"].strip()
        names.add(p["name"])
        for pos in p["positions"]:
            assert set(pos) == {"title", "organisation"} and pos["title"]
            if pos["organisation"] is not None:
                assert pos["organisation"] in gold["organisations"], f"{id_}: {pos['organisation']}"
    assert len(set(gold["organisations"])) == len(gold["organisations"]), f"{id_}: duplicate organisation"
    for e in gold["events"]:
        assert set(e) == {"type", "date", "organiser", "participants"}
        assert e["type"] in EVENT_TYPES
        assert e["date"] is None or DAY.match(e["date"])
        assert e["organiser"] is None or e["organiser"] in gold["organisations"]
        assert set(e["participants"]) <= names, f"{id_}: participant not among persons"
    for m in gold["movements"]:
        assert set(m) == {"name", "start", "end"}
        assert not any(q in m["name"] for q in "“”\"")
    for a in gold["awards"]:
        assert set(a) == {"award", "grantors", "recipients", "collectives", "individuals"}
        assert a["grantors"], f"{id_}: award without grantor"
        for k in ("collectives", "individuals"):
            assert a[k] is None or (isinstance(a[k], int) and a[k] >= 0)
    for i in gold["initiatives"]:
        assert set(i) == {"name", "sites"}
        assert not any(q in i["name"] for q in "“”\"")
    # abbreviations are expanded in gold
    blob = json.dumps(gold, ensure_ascii=False)
    for abbr in ("UBND", "HĐND", "ANTQ", "ANTT", "BTV", "LĐLĐ", "GD&ĐT", "CAND"):
        assert abbr not in blob, f"{id_}: unexpanded {abbr} in gold"


def test_at_least_ten_articles():
    assert len(_txt_files()) >= 10


@pytest.mark.parametrize("path", _txt_files(), ids=lambda p: p.stem)
def test_article_has_gold(path: Path):
    raw = path.read_bytes().decode("utf-8")  # strict UTF-8
    text = unicodedata.normalize("NFC", raw)
    assert "\n\n" in text, "paragraphs are separated by blank lines"
    m = HEADER.match(text)
    published = m.group(1) if m else None
    if published:
        assert MONTH.match(published)
    _check_gold(_gold(path.stem), path.stem, published)


def test_file_forms_present():
    files = _txt_files()
    with_header = [p for p in files if p.read_text(encoding="utf-8").startswith(" date ")]
    without = [p for p in files if p not in with_header]
    assert len(with_header) > len(files) / 2
    titled = [p for p in without if "\n\n" in p.read_text(encoding="utf-8")
              and len(p.read_text(encoding="utf-8").split("\n", 1)[0]) < 120]
    assert len(titled) >= 2, "two articles open with a title line"
    assert len(without) - len(titled) >= 1, "one article has neither header nor title"


def test_one_file_is_nfd():
    nfd = [p for p in _txt_files()
           if not unicodedata.is_normalized("NFC", p.read_text(encoding="utf-8"))]
    assert len(nfd) == 1, [p.name for p in nfd]
    assert unicodedata.is_normalized("NFD", nfd[0].read_text(encoding="utf-8"))


def test_one_off_topic_article():
    golds = [_gold(p.stem) for p in _txt_files()]
    empty = [g["id"] for g in golds if not (g["movements"] or g["awards"] or g["initiatives"])]
    assert len(empty) == 1, empty


def test_jsonl_records():
    recs = _records()
    assert len(recs) >= 3
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == len(ids)
    txt_ids = {p.stem for p in _txt_files()}
    assert not set(ids) & txt_ids
    for r in recs:
        assert set(r) >= RECORD_KEYS, r.keys()
        assert r["url"].startswith("https://example.org/")
        assert MONTH.match(r["published"])
        assert r["title"] and r["text"]
        _check_gold(_gold(r["id"]), r["id"], r["published"])


def test_every_gold_has_an_article():
    article_ids = {p.stem for p in _txt_files()} | {r["id"] for r in _records()}
    gold_ids = {p.stem for p in DATA.glob("*.json")}
    assert gold_ids == article_ids


def test_readme_present():
    text = (DATA / "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in text


# --------------------------------------------------------------------------- bench generator

def _generate(out: Path, *extra: str) -> None:
    subprocess.run([sys.executable, str(GENERATE), "--count", "20", "--out", str(out), "--seed", "42", *extra],
                   check=True, capture_output=True)


def test_generator_deterministic_files(tmp_path: Path):
    a, b = tmp_path / "a", tmp_path / "b"
    _generate(a)
    _generate(b)
    fa, fb = sorted(a.glob("*.txt")), sorted(b.glob("*.txt"))
    assert len(fa) == 20
    assert [p.name for p in fa] == [p.name for p in fb]
    for x, y in zip(fa, fb):
        assert x.read_bytes() == y.read_bytes()
    for p in fa:
        text = p.read_text(encoding="utf-8")  # parseable UTF-8
        size = len(text.encode("utf-8"))
        assert 1200 <= size <= 4500, (p.name, size)
        m = HEADER.match(text)
        body = text[m.end():] if m else text
        paras = [x for x in body.split("\n\n") if x.strip()]
        assert len(paras) >= 4
        assert "{" not in text and "}" not in text, "unfilled template field"
    c = tmp_path / "c"
    subprocess.run([sys.executable, str(GENERATE), "--count", "20", "--out", str(c), "--seed", "43"],
                   check=True, capture_output=True)
    assert [p.read_bytes() for p in sorted(c.glob("*.txt"))] != [p.read_bytes() for p in fa]


def test_generator_jsonl(tmp_path: Path):
    _generate(tmp_path, "--jsonl")
    lines = (tmp_path / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 20
    for line in lines:
        rec = json.loads(line)
        assert set(rec) == RECORD_KEYS
        assert MONTH.match(rec["published"])
