"""Ingest: every input accounted for, atomic per article, idempotent, parallel = serial."""
import json
from pathlib import Path

import pyoxigraph as ox

from thidua_kg import graph
from thidua_kg.graph import graph_iri
from thidua_kg.ingest import EXIT_FAILED, EXIT_OK, EXIT_REJECTED, ingest
from thidua_kg.namespaces import DCTERMS
from thidua_kg.store import open_store

DATA = Path(__file__).resolve().parents[1] / "data"


def _article(dir_: Path, name: str, body: str) -> Path:
    p = dir_ / f"{name}.txt"
    p.write_text(f" date 2024-05 {body}", encoding="utf-8")
    return p


GOOD = ("Sáng 10/5, Công an tỉnh Hà Tĩnh tổ chức Hội nghị tổng kết phong trào thi đua “Vì an ninh Tổ quốc”. "
        "Dự hội nghị có Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh. Tại hội nghị, Giám đốc Công an tỉnh "
        "tặng Giấy khen cho 5 tập thể, 9 cá nhân.")


def _quads(store_dir) -> list[str]:
    """Every quad of the store; blank nodes (the ontology's) by their place, since
    two stores label them differently."""
    s = open_store(store_dir, read_only=True)
    return sorted(" ".join("_:" if isinstance(t, ox.BlankNode) else str(t) for t in (q.subject, q.predicate, q.object,
                                                                                     q.graph_name))
                  for q in s.store.quads_for_pattern(None, None, None, None))


def test_shacl_rejected_article_leaves_nothing(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    _article(src, "ok", GOOD)
    _article(src, "broken", GOOD.replace("Hà Tĩnh", "Nghệ An"))
    real = graph.article_triples

    def without_identifier(facts, *a, **k):
        g, ts = real(facts, *a, **k)
        if facts.article.id == "broken":  # the article shape requires exactly one dcterms:identifier
            ts = [t for t in ts if t[1].value != DCTERMS + "identifier"]
        return g, ts

    monkeypatch.setattr(graph, "article_triples", without_identifier)
    report = ingest([str(src)], str(tmp_path / "store"), progress=False, workers=0)
    assert report.exit_code == EXIT_REJECTED
    rejected = dict(report.rejected)
    assert any("broken.txt" in where and "SHACL" in why for where, why in rejected.items())
    store = open_store(tmp_path / "store", read_only=True)
    assert not store.store.contains_named_graph(ox.NamedNode(graph_iri("broken")))
    assert store.content_hash(graph_iri("ok"))


def test_changed_article_replaces_its_graph(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    p = _article(src, "a", GOOD)
    store = tmp_path / "store"
    assert ingest([str(src)], str(store), progress=False, workers=0).stored == 1
    p.write_text(" date 2024-05 " + GOOD.replace("Nguyễn Văn Hùng", "Trần Văn Nam"), encoding="utf-8")
    r = ingest([str(src)], str(store), progress=False, workers=0)
    assert (r.stored, r.unchanged) == (1, 0)
    quads = _quads(store)
    assert any("tran-van-nam" in q for q in quads)
    assert not any("nguyen-van-hung" in q for q in quads)


def test_an_article_named_like_the_vocabulary_graph_is_refused(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    _article(src, "vocabulary", GOOD)
    _article(src, "b", GOOD)
    store = tmp_path / "store"
    r = ingest([str(src)], str(store), progress=False, workers=0)
    assert (r.stored, len(r.rejected)) == (1, 1)
    assert "names the graph of the vocabulary" in r.rejected[0][1]
    vocab = open_store(store, read_only=True).graph_triples(graph.vocabulary_graph_iri())
    assert vocab and not any("/article/" in str(t.subject) for t in vocab)  # the vocabulary is untouched


def test_ingest_into_a_fresh_store_and_into_a_filled_one_agree(tmp_path):
    # into a store without articles no lookups are made; the store must come out the same
    src = tmp_path / "in"
    src.mkdir()
    _article(src, "a", GOOD)
    _article(src, "b", GOOD.replace("Nguyễn Văn Hùng", "Trần Văn Nam"))
    first = ingest([str(src / "a.txt")], str(tmp_path / "two_steps"), progress=False, workers=0)
    second = ingest([str(src)], str(tmp_path / "two_steps"), progress=False, workers=0)
    assert (first.stored, second.stored, second.unchanged) == (1, 1, 1)
    assert ingest([str(src)], str(tmp_path / "one_step"), progress=False, workers=0).stored == 2
    assert _quads(tmp_path / "two_steps") == _quads(tmp_path / "one_step")


def test_parallel_gives_the_serial_store(tmp_path):
    # 0: all in this process; 1: one extracting process beside this writing one; 2: two
    runs = [ingest([str(DATA)], str(tmp_path / str(n)), progress=False, workers=n) for n in (0, 1, 2)]
    assert [r.stored for r in runs] == [15, 15, 15]
    assert _quads(tmp_path / "0") == _quads(tmp_path / "1") == _quads(tmp_path / "2")


def test_an_ingest_into_a_filled_store_reopens_it_after_reading_its_hashes(tmp_path, monkeypatch):
    # reading the hashes fills RocksDB's cache of strings, which only closing the store frees
    from thidua_kg.store import KGStore

    reopened = []
    real = KGStore.reopen
    monkeypatch.setattr(KGStore, "reopen", lambda self: reopened.append(1) or real(self))
    files = sorted(str(p) for p in DATA.glob("*.txt"))
    first = ingest(files[:5], str(tmp_path / "two_steps"), progress=False, workers=1)
    assert len(reopened) == 0  # a store without articles has no hashes to read
    second = ingest(files, str(tmp_path / "two_steps"), progress=False, workers=1)
    assert (first.stored, second.stored, second.unchanged) == (5, len(files) - 5, 5)
    assert len(reopened) == 1
    assert ingest(files, str(tmp_path / "one_step"), progress=False, workers=1).stored == len(files)
    assert _quads(tmp_path / "two_steps") == _quads(tmp_path / "one_step")


def test_every_input_accounted_for(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    _article(src, "x1", GOOD)
    (src / "sub").mkdir()
    _article(src / "sub", "x1", GOOD)  # the same id again
    (src / "recs.jsonl").write_text(
        json.dumps({"id": "j1", "text": GOOD, "published": "2024-05"}, ensure_ascii=False) + "\n"
        + '{"id": "j2", "text": \n'
        + json.dumps({"id": "j3", "title": "x"}) + "\n",
        encoding="utf-8",
    )
    report_file = tmp_path / "report.json"
    r = ingest([str(src), str(tmp_path / "missing.txt")], str(tmp_path / "store"), progress=False, workers=0,
               report_path=str(report_file))
    data = json.loads(report_file.read_text(encoding="utf-8"))
    assert data["read"] == 6 and data["stored"] == 2 and data["rejected"] == 4
    reasons = " | ".join(f"{w}: {why}" for w, why in r.rejected)
    assert "duplicate article id 'x1'" in reasons
    assert "recs.jsonl:2" in reasons and "recs.jsonl:3" in reasons
    assert "missing.txt" in reasons


def test_the_report_lists_every_input_in_order_holding_only_those_in_flight(tmp_path, monkeypatch):
    import thidua_kg.ingest as ingest_module

    monkeypatch.setattr(ingest_module, "CHUNK", 4)
    src = tmp_path / "in"
    src.mkdir()
    names = [f"a{i:02d}" for i in range(30)]
    for name in names:
        _article(src, name, GOOD)
    (src / "a07.txt").write_bytes(b"\xff\xfe\x00broken")
    held = []
    settle = ingest_module.IngestReport.settle

    def watching(self):
        settle(self)
        held.append(len(self._open))

    monkeypatch.setattr(ingest_module.IngestReport, "settle", watching)
    report_file = tmp_path / "report.json"
    r = ingest([str(src)], str(tmp_path / "store"), progress=False, workers=2, report_path=str(report_file))
    data = json.loads(report_file.read_text(encoding="utf-8"))
    assert [Path(o["source"]).stem for o in data["inputs"]] == names  # input order, every one
    assert (r.read, r.stored, len(r.rejected)) == (30, 29, 1) == (data["read"], data["stored"], data["rejected"])
    assert data["inputs"][7]["status"] == "rejected" and data["inputs"][7]["reason"]
    assert max(held) <= 2 * 4 + 1 and held[-1] == 0  # two chunks in flight at most, then none


def test_a_large_ingest_compacts_the_store_a_small_one_into_a_large_store_does_not(tmp_path):
    first = ingest([str(DATA)], str(tmp_path / "store"), progress=False, workers=0)
    assert first.stored == 15 and first.compacted is not None and "compacted" in first.summary()
    src = tmp_path / "in"
    src.mkdir()
    _article(src, "one-more", GOOD)
    small = ingest([str(src)], str(tmp_path / "store"), progress=False, workers=0)
    assert small.stored == 1 and small.compacted is None  # 1 of 16 graphs: RocksDB merges it in time
    again = ingest([str(DATA)], str(tmp_path / "store"), progress=False, workers=0)
    assert again.stored == 0 and again.compacted is None


def test_store_that_cannot_be_opened(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    r = ingest([str(DATA)], str(blocker), progress=False, workers=0)
    assert r.exit_code == EXIT_FAILED and "not a directory" in r.summary()


def test_clean_ingest_exit_code(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    _article(src, "a", GOOD)
    assert ingest([str(src)], str(tmp_path / "store"), progress=False, workers=0).exit_code == EXIT_OK


def test_the_graphs_read_are_told_apart_even_when_their_numbers_clash():
    from thidua_kg.ingest import SeenGraphs

    class AllClash(SeenGraphs):
        key = staticmethod(lambda g: 7)

    for seen in (SeenGraphs(), AllClash()):
        assert seen.first("http://x/graph/a") is None
        seen.add("http://x/graph/a", "a", "in/a.txt")
        seen.add("http://x/graph/b", "b\nc", "in/recs.jsonl:2")  # a line break in an id stays in it
        assert seen.first("http://x/graph/a") == ("a", "in/a.txt")
        assert seen.first("http://x/graph/b") == ("b\nc", "in/recs.jsonl:2")
        assert seen.first("http://x/graph/c") is None
        seen.add("http://x/graph/c", "c", "in/c.txt")
        assert seen.first("http://x/graph/c") == ("c", "in/c.txt")
        seen.close()
