"""Every competency query parses, runs and yields exactly the COMPETENCY.md columns."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg_samples import sample_facts
from thidua_kg import query as Q
from thidua_kg.graph import article_quads, content_hash, graph_iri
from thidua_kg.store import open_store

COMPETENCY = Path(__file__).resolve().parents[2] / "shared" / "COMPETENCY.md"
EXPECTED = {  # the contract, as the project documents it
    "persons": ["article", "person", "name", "rank", "title", "organisation"],
    "organisations": ["article", "organisation", "name"],
    "events": ["article", "event", "type", "date", "organiser"],
    "participants": ["article", "event", "name"],
    "movements": ["article", "movement", "name", "start", "end"],
    "awards": ["article", "conferral", "award", "grantor", "recipient", "collectives", "individuals"],
    "initiatives": ["article", "initiative", "name", "sites"],
    "evidence": ["article", "subject", "predicate", "object", "sentence"],
    "careers": ["person", "name", "title", "organisation", "first_seen", "last_seen", "articles"],
    "links": ["entity", "name", "dataset", "identifier", "relation"],
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("q") / "store")
    vocab = pytest.importorskip("thidua_kg.vocab").load_vocabulary()
    s.ensure_vocabulary(vocab.quads(s.base + "graph/vocabulary"))
    for aid, month in (("seed", "2020-07"), ("later", "2021-03")):
        qs = article_quads(sample_facts(aid, month))
        s.replace_graph(graph_iri(aid), qs, content_hash(qs))
    return s


def test_one_file_per_question():
    assert set(Q.cq_names()) == set(EXPECTED)


def test_columns_match_competency_md():
    if not COMPETENCY.is_file():
        pytest.skip(f"{COMPETENCY} not available (shared directory absent)")
    rows = re.findall(r"^\|\s*`(\w+)`\s*\|.*\|\s*(`[^|]+)\|\s*$", COMPETENCY.read_text(encoding="utf-8"), re.M)
    documented = {name: [c.strip() for c in cols.replace("`", "").split(",")] for name, cols in rows}
    assert documented == EXPECTED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_columns(store, name):
    result = Q.run_cq(store, name)
    assert result.kind == "select"
    assert result.columns == EXPECTED[name]


def rows(store, name):
    return Q.run_cq(store, name).records()


def test_persons(store):
    r = [x for x in rows(store, "persons") if x["article"] == "seed"]
    assert {(x["name"], x["rank"], x["title"], x["organisation"]) for x in r} == {
        ("Nguyễn Văn Thành", "Thượng tướng", "Thứ trưởng", "Bộ Công an"),
        ("Nguyễn Văn Thành", "Thượng tướng", "Ủy viên Trung ương Đảng", None),
    }


def test_events_and_participants(store):
    ev = [x for x in rows(store, "events") if x["article"] == "seed"]
    assert [(x["type"], x["date"], x["organiser"]) for x in ev] == [("Hội nghị", "2020-07-08", "Công an tỉnh Nam Định")]
    assert {x["name"] for x in rows(store, "participants")} == {"Nguyễn Văn Thành"}


def test_awards_one_row_per_grantor_and_recipient(store):
    r = [x for x in rows(store, "awards") if x["article"] == "seed"]
    assert {(x["award"], x["grantor"], x["recipient"], x["collectives"], x["individuals"]) for x in r} == {
        ("Bằng khen", "Bộ trưởng Bộ Công an", "Nguyễn Văn Thành", None, None),
        ("Bằng khen", "Bộ trưởng Bộ Công an", "Phòng Cảnh sát hình sự Công an tỉnh Nam Định", None, None),
        ("Bằng khen", "Bộ Công an", None, "59", "108"),
    }


def test_movements_initiatives(store):
    assert {(x["name"], x["start"], x["end"]) for x in rows(store, "movements")} == {("Vì an ninh Tổ quốc", "2015", "2020")}
    assert {(x["name"], x["sites"]) for x in rows(store, "initiatives")} == {("Ba an toàn", "12")}


def test_evidence_gives_sentences(store):
    r = rows(store, "evidence")
    assert r and all(x["sentence"] for x in r)
    assert any(x["predicate"].endswith("#grantor") and x["sentence"].startswith("Bộ trưởng Bộ Công an tặng") for x in r)


def test_careers_span_articles(store):
    from thidua_kg.link.run import run_link

    run_link(store, store.base)  # the same person across the two articles (offline)
    r = {(x["title"], x["organisation"]): x for x in rows(store, "careers")}
    deputy = r[("Thứ trưởng", "Bộ Công an")]
    assert (deputy["first_seen"], deputy["last_seen"]) == ("2020-07", "2021-03")
    assert sorted(deputy["articles"].split()) == ["later", "seed"]


def test_links_lists_administrative_units(store):
    r = {(x["entity"].rsplit("/", 1)[-1], x["identifier"].rsplit("/", 1)[-1]): x for x in rows(store, "links")}
    police = r[("cong-an-tinh-nam-dinh", "36-nam-dinh")]
    assert police["name"] == "Công an tỉnh Nam Định" and police["relation"].endswith("#adminUnit")


def test_formats(store):
    res = Q.run_cq(store, "initiatives")
    csv_text = Q.format_result(res, "csv")
    assert csv_text.splitlines()[0] == "article,initiative,name,sites"
    assert "https://w3id.org/thidua-kg/id/initiative/seed/ba-an-toan" in csv_text and "^^" not in csv_text
    assert Q.format_result(res, "tsv").splitlines()[0] == "article\tinitiative\tname\tsites"
    import json

    data = json.loads(Q.format_result(res, "json"))
    assert isinstance(data, list) and set(data[0]) == set(EXPECTED["initiatives"])
    assert "Ba an toàn" in Q.format_result(res, "table")


def test_unbound_is_empty_cell(store):
    res = Q.run_cq(store, "awards")
    lines = Q.format_result(res, "csv").splitlines()
    assert any(line.endswith(",,") for line in lines[1:])


def test_ask_construct_and_errors(store):
    assert Q.format_result(Q.run(store, "ASK { ?s ?p ?o }"), "csv") == "true\n"
    out = Q.format_result(Q.run(store, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1"), "table")
    assert out.endswith(" .\n")
    with pytest.raises(Q.QueryError, match="malformed"):
        Q.run(store, "SELEC ?x")
    with pytest.raises(Q.QueryError, match="unknown competency question"):
        Q.load_cq("nope")
    with pytest.raises(Q.QueryError):
        Q.resolve()


def test_a_former_post_is_a_career_s_not_a_position_the_article_gives(tmp_path):
    from thidua_kg.extract.facts import Article
    from thidua_kg.extract.pipeline import extract

    s = open_store(tmp_path / "store")
    text = ("Sáng 5/1/2024, UBND tỉnh Hà Giang tổ chức lễ. Bà Vàng Thị Dính, nguyên Chủ tịch Hội LHPN tỉnh Hà Giang, "
            "phát biểu.")
    qs = article_quads(extract(Article(id="f1", text=text, published="2024-01")))
    s.replace_graph(graph_iri("f1"), qs, content_hash(qs))
    assert [(x["name"], x["title"]) for x in rows(s, "persons")] == [("Vàng Thị Dính", None)]
    assert [(x["title"], x["organisation"]) for x in rows(s, "careers")] == [
        ("nguyên Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh Hà Giang")]
