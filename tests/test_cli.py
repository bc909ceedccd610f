"""The thidua-kg command line: help, read commands on a small store, error paths."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg_samples import sample_facts
from thidua_kg.cli import main
from thidua_kg.graph import article_quads, content_hash, graph_iri
from thidua_kg.store import open_store

SUBCOMMANDS = ("ingest", "validate", "query", "export", "stats", "evaluate")


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli") / "store"
    s = open_store(d)
    vocab = pytest.importorskip("thidua_kg.vocab").load_vocabulary()
    s.ensure_vocabulary(vocab.quads(s.base + "graph/vocabulary"))
    qs = article_quads(sample_facts())
    s.replace_graph(graph_iri("seed"), qs, content_hash(qs))
    s.flush()
    del s
    return str(d)


def test_main_help(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in SUBCOMMANDS:
        assert name in out


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_subcommand_help(capsys, name):
    assert main([name, "--help"]) == 0
    assert "--store" in capsys.readouterr().out


def test_query_csv(store_dir, capsys):
    assert main(["query", "--store", store_dir, "--cq", "organisations", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "article,organisation,name"
    assert "seed,https://w3id.org/thidua-kg/id/organisation/bo-cong-an,Bộ Công an" in lines


def test_query_inline_and_file(store_dir, tmp_path, capsys):
    q = "PREFIX tk: <https://w3id.org/thidua-kg/ontology#> SELECT ?a WHERE { ?a a tk:Article }"
    assert main(["query", "--store", store_dir, q, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"a": "https://w3id.org/thidua-kg/id/article/seed"}]
    f = tmp_path / "q.rq"
    f.write_text(q, encoding="utf-8")
    assert main(["query", "--store", store_dir, "--file", str(f), "--format", "tsv"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "a"


def test_stats(store_dir, capsys):
    assert main(["stats", "--store", store_dir]) == 0
    out = capsys.readouterr().out
    assert "articles" in out and "conferrals" in out


@pytest.mark.parametrize("fmt", ["nquads", "trig", "turtle", "jsonld"])
def test_export_to_file(store_dir, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    assert main(["export", "--store", store_dir, "--format", fmt, "--output", str(out)]) == 0
    assert out.stat().st_size > 1000


def test_export_stdout(store_dir, capfdbinary):
    assert main(["export", "--store", store_dir, "--format", "nquads"]) == 0
    assert b"person/nguyen-van-thanh" in capfdbinary.readouterr().out


def test_validate(store_dir, capsys):
    pytest.importorskip("thidua_kg.validate")
    assert main(["validate", "--store", store_dir]) == 0
    assert "1 conform" in capsys.readouterr().out


def test_evaluate(store_dir, tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "seed.json").write_text(json.dumps({"id": "seed", "organisations": ["Bộ Công an"]}), encoding="utf-8")
    assert main(["evaluate", "--gold", str(gold), "--store", store_dir, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kinds"]["organisation"]["tp"] == 1


@pytest.mark.parametrize("argv, needle", [
    (["query", "--store", "{missing}", "--cq", "persons"], "not found"),
    (["stats", "--store", "{missing}"], "not found"),
    (["export", "--store", "{missing}"], "not found"),
    (["validate", "--store", "{missing}"], "not found"),
    (["query", "--store", "{store}", "--cq", "nope"], "unknown competency question"),
    (["query", "--store", "{store}", "SELEC ?x WHERE"], "malformed query"),
    (["query", "--store", "{store}", "--file", "{missing}.rq"], "cannot read"),
    (["evaluate", "--gold", "{missing}", "--store", "{store}"], "gold directory not found"),
])
def test_errors_exit_2_one_line(store_dir, tmp_path, capsys, argv, needle):
    missing = str(tmp_path / "missing")
    argv = [a.format(missing=missing, store=store_dir) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_usage_error_exit_2(capsys):
    assert main(["query"]) == 2
    assert main(["frobnicate"]) == 2


def test_console_entry_point(store_dir):
    proc = subprocess.run([sys.executable, "-m", "thidua_kg.cli", "query", "--store", store_dir + "-nope",
                           "--cq", "persons"], capture_output=True, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
