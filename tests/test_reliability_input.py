"""Bad input: every file ends in the ingest report with a one-line reason naming it; the good ones are stored.

The bad files are written at test time (tests/bad_inputs.py), the 20 MB one included.
"""
from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from bad_inputs import GOOD, write_bad_inputs
from thidua_kg.ingest import EXIT_FAILED, EXIT_OK, EXIT_REJECTED
from thidua_kg.read import ReadError, read_paths

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"

# file (and line) -> the words its reason must contain; None: stored
EXPECTED = {
    ("bad-utf8.txt", None): "not valid UTF-8 (byte 40",
    ("legacy-cp1258.txt", None): None,
    ("legacy-tcvn3.txt", None): "TCVN3",
    ("legacy-vni.txt", None): "VNI",
    ("nfd-text.txt", None): None,
    ("empty.txt", None): "empty article",
    ("blank.txt", None): "empty article",
    ("scan.txt", None): "binary file",
    ("empty.jsonl", None): "no records",
    ("records.jsonl", 1): None,
    ("records.jsonl", 2): "cut short",
    ("records.jsonl", 3): "missing 'text'",
    ("records.jsonl", 4): "'text' must be a string, not an array",
    ("records.jsonl", 5): "'id' must be a string, not a number",
    ("records.jsonl", 6): "duplicate article id 'bad-jsonl-ok'",
    ("zz-dup-id.jsonl", 1): "duplicate article id 'nfd-text'",
    ("many-persons.txt", None): None,
    ("pasted-html.txt", None): None,
    ("huge.txt", None): "too large for one article (20.",
}


def run_ingest(paths, store: Path, report: Path, *extra: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "thidua_kg.cli", "ingest", *map(str, paths), "--store", str(store),
           "--no-progress", "--report", str(report), *extra]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad")
    write_bad_inputs(folder, big=True)
    return folder


@pytest.fixture(scope="module")
def bad_run(bad_folder, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad-run")
    proc = run_ingest([bad_folder], tmp / "store", tmp / "report.json", "--workers", "2")
    return proc, json.loads((tmp / "report.json").read_text(encoding="utf-8")), tmp


def test_every_bad_input_ends_in_the_report_with_its_reason(bad_run):
    proc, report, _ = bad_run
    assert "Traceback" not in proc.stderr + proc.stdout
    got = {(Path(o["source"]).name, o["line"]): o for o in report["inputs"]}
    assert set(got) == set(EXPECTED)
    for key, words in EXPECTED.items():
        o = got[key]
        if words is None:
            assert o["status"] == "stored", (key, o)
        else:
            assert o["status"] == "rejected" and words in o["reason"], (key, o)
            where = f"{o['source']}:{key[1]}" if key[1] else o["source"]
            assert f"rejected {where}: {o['reason']}" in proc.stdout  # the summary names the file (and line)
    assert proc.returncode == EXIT_REJECTED


def test_a_second_run_changes_nothing(bad_run, bad_folder):
    _, first, tmp = bad_run
    proc = run_ingest([bad_folder], tmp / "store", tmp / "again.json", "--workers", "1")
    again = json.loads((tmp / "again.json").read_text(encoding="utf-8"))
    assert again["stored"] == 0 and again["unchanged"] == first["stored"]
    assert [o["reason"] for o in again["inputs"] if o["status"] == "rejected"] == \
        [o["reason"] for o in first["inputs"] if o["status"] == "rejected"]
    assert proc.returncode == EXIT_REJECTED


def test_legacy_nfd_and_html_texts_read_as_clean_nfc(bad_folder):
    arts = {a.id: a for a in read_paths([str(bad_folder)]) if not isinstance(a, ReadError) and a.line is None}
    assert arts["legacy-cp1258"].text == unicodedata.normalize("NFC", GOOD)
    assert "Thuận" in arts["nfd-text"].text and unicodedata.is_normalized("NFC", arts["nfd-text"].text)
    html = arts["pasted-html"].text
    assert "<" not in html and "script" not in html and "“Dân vận khéo”" in html


def test_exit_codes_say_all_stored_some_rejected_nothing_ran(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    assert run_ingest([good], tmp_path / "s", tmp_path / "r.json").returncode == EXIT_OK
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert run_ingest([good, tmp_path / "empty.txt"], tmp_path / "s", tmp_path / "r.json").returncode == EXIT_REJECTED
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x", encoding="utf-8")
    proc = run_ingest([good], not_a_dir, tmp_path / "r.json")
    assert proc.returncode == EXIT_FAILED and "not a directory" in proc.stdout
    assert "Traceback" not in proc.stderr


@pytest.mark.skipif(not DEV.is_dir(), reason=f"the dev corpus {DEV} is absent (it lives beside the repository)")
def test_bad_inputs_mixed_with_the_dev_corpus(bad_folder, tmp_path):
    dev = sorted(DEV.glob("*.txt"))
    proc = run_ingest([DEV, bad_folder], tmp_path / "store", tmp_path / "r.json", "--workers", "2")
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    status = {o["source"]: o["status"] for o in report["inputs"] if o["line"] is None}
    assert all(status[str(p)] == "stored" for p in dev), [(p.name, status[str(p)]) for p in dev]
    named = "\n".join(proc.stdout.splitlines()[1:])  # the summary's "rejected FILE[:LINE]: reason" lines
    for (name, line), words in EXPECTED.items():
        if words:
            assert f"{bad_folder / name}{f':{line}' if line else ''}: " in named, name
    again = run_ingest([DEV, bad_folder], tmp_path / "store", tmp_path / "r2.json", "--workers", "2")
    second = json.loads((tmp_path / "r2.json").read_text(encoding="utf-8"))
    assert second["stored"] == 0 and second["unchanged"] == report["stored"] and again.returncode == EXIT_REJECTED
