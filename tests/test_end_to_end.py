"""The whole pipeline through the CLI: ingest, validate, query, evaluate.

On the project's own sample corpus (data/) always, and on ../shared/corpus/dev
where it is present (CI has it).
"""
import csv
import io
import json
from pathlib import Path

import pytest

from thidua_kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
FIXTURES = ROOT / "tests" / "fixtures"
# every corpus of the project's own articles in tests/fixtures (corpus2 on), by number
OTHER_CORPORA = sorted((p.name for p in FIXTURES.glob("corpus*") if (p / "README.md").exists()), key=lambda n: int(n[6:]))
# a corpus whose positions may score below the usual floor, with the reason (none at present: corpus26's
# enterprises, once 0.75, are read by their groups' own conventions since tk:localUnitName)
POSITION_FLOOR: dict[str, float] = {}


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def dev_dir():
    if not DEV.is_dir():
        pytest.skip(f"{DEV} not available (the shared dev corpus is absent)")
    return DEV


def _ingest(capsys, src, store, *extra):
    code, out, err = run(capsys, "ingest", src, "--store", store, "--no-progress", *extra)
    return code, out + err


def _scores(capsys, gold, store) -> dict:
    code, out, _ = run(capsys, "evaluate", "--gold", gold, "--store", store, "--json")
    assert code == 0
    return json.loads(out)


def _f1(scores: dict, kind: str) -> float:
    return scores["kinds"][kind]["f1"]


def test_dev_corpus_quality(capsys, tmp_path, dev_dir):
    store = tmp_path / "store"
    code, out = _ingest(capsys, dev_dir, store)
    assert code == 0, out
    scores = _scores(capsys, dev_dir, store)
    assert scores["macro_f1"] >= 0.90
    assert _f1(scores, "person") >= 0.95
    assert _f1(scores, "person_position") >= 0.95


def test_sample_corpus_quality(capsys, tmp_path):
    # the project's own articles, written apart from the extractor's rules
    store = tmp_path / "store"
    code, out = _ingest(capsys, DATA, store)
    assert code == 0, out
    scores = _scores(capsys, DATA, store)
    assert scores["macro_f1"] >= 0.90, scores


@pytest.mark.parametrize("name", OTHER_CORPORA)
def test_other_corpora_quality(capsys, tmp_path, name):
    # written in other phrasings than data/: how the rules generalise
    corpus = FIXTURES / name
    store = tmp_path / "store"
    code, out = _ingest(capsys, corpus, store)
    assert code == 0, out
    scores = _scores(capsys, corpus, store)
    assert scores["macro_f1"] >= 0.90, scores
    assert _f1(scores, "person") >= 0.95
    # (corpus4's annotator reads "Trưởng ban X" differently)
    assert _f1(scores, "person_position") >= POSITION_FLOOR.get(name, 0.80)


def test_reingest_changes_nothing(capsys, tmp_path):
    store = tmp_path / "store"
    _ingest(capsys, DATA, store)
    code, out, _ = run(capsys, "export", "--store", store, "--format", "nquads")
    first = sorted(out.splitlines())
    code, log = _ingest(capsys, DATA, store)
    assert code == 0 and "15 unchanged" in log
    code, out, _ = run(capsys, "export", "--store", store, "--format", "nquads")
    assert sorted(out.splitlines()) == first


def test_validate_store(capsys, tmp_path):
    store = tmp_path / "store"
    _ingest(capsys, DATA, store)
    code, out, err = run(capsys, "validate", "--store", store)
    assert code == 0, out + err


def _rows(capsys, store, cq) -> list[dict]:
    code, out, err = run(capsys, "query", "--store", store, "--cq", cq, "--format", "csv")
    assert code == 0, err
    return list(csv.DictReader(io.StringIO(out)))


def test_every_answer_has_evidence(capsys, tmp_path):
    """Each fact a competency question returns is traceable to a sentence."""
    store = tmp_path / "store"
    _ingest(capsys, DATA, store)
    evidence = _rows(capsys, store, "evidence")
    assert evidence and all(r["sentence"] for r in evidence)
    subjects = {(r["article"], r["subject"]) for r in evidence}
    objects = {(r["article"], r["object"]) for r in evidence}
    for cq, col in (("persons", "person"), ("organisations", "organisation"), ("events", "event"),
                    ("movements", "movement"), ("awards", "conferral"), ("initiatives", "initiative")):
        for row in _rows(capsys, store, cq):
            key = (row["article"], row[col])
            assert key in subjects or key in objects, (cq, row)


def test_bad_input_is_reported_and_the_rest_stored(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text((DATA / "s01.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (src / "bad.txt").write_bytes(b"\xff\xfe not utf-8 \x80")
    (src / "empty.txt").write_text("   \n", encoding="utf-8")
    report = tmp_path / "report.json"
    code, log = _ingest(capsys, src, tmp_path / "store", "--report", report)
    assert code == 1
    assert "bad.txt" in log and "empty.txt" in log
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["stored"] == 1 and data["rejected"] == 2
    assert "Traceback" not in log
    rows = _rows(capsys, tmp_path / "store", "persons")
    assert {r["article"] for r in rows} == {"good"}
