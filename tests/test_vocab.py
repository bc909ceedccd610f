"""The SKOS vocabularies load, are complete and are looked up as the extractor needs."""
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from thidua_kg import paths
from thidua_kg.namespaces import RDF, SKOS, TKV
from thidua_kg.slug import slugify
from thidua_kg.vocab import Vocabulary, load_vocabulary, ontology_files, parse_files

SCHEMES = {
    "rank": "ranks.ttl",
    "title": "titles.ttl",
    "national-movement": "national-movements.ttl",
    "award-kind": "award-kinds.ttl",
    "award-class": "award-kinds.ttl",
    "event-type": "event-types.ttl",
    "organisation-type": "organisation-types.ttl",
    "movement-kind": "movement-kinds.ttl",
    "abbreviation": "abbreviations.ttl",
}


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return load_vocabulary()


def test_files_and_schemes(vocab):
    for scheme, name in SCHEMES.items():
        assert (paths.VOCAB_DIR / name).is_file()
        assert vocab.concepts(scheme), scheme
    assert set(vocab.schemes()) == set(SCHEMES)


def test_each_scheme_lives_in_its_file():
    for scheme, name in SCHEMES.items():
        triples = parse_files([paths.VOCAB_DIR / name])
        schemes = {t.subject.value for t in triples
                   if t.predicate.value == RDF + "type" and t.object.value == SKOS + "ConceptScheme"}
        assert TKV + scheme in schemes


def test_every_concept_is_complete(vocab):
    for scheme in SCHEMES:
        for c in vocab.concepts(scheme):
            assert c.scheme == scheme
            assert c.pref_vi and c.pref_en, c.iri
            # IRIs follow the model: tkv:<scheme>/<slugify(prefLabel@vi)>
            assert c.iri == f"{TKV}{scheme}/{slugify(c.pref_vi)}", c.iri


def test_every_concept_has_in_scheme_and_labels():
    triples = parse_files(ontology_files())
    by_subject: dict = {}
    for t in triples:
        by_subject.setdefault(t.subject, []).append(t)
    concepts = [s for s, ts in by_subject.items()
                if any(t.predicate.value == RDF + "type" and t.object.value == SKOS + "Concept" for t in ts)]
    assert len(concepts) > 250
    for s in concepts:
        ts = by_subject[s]
        assert any(t.predicate.value == SKOS + "inScheme" for t in ts), s
        langs = {t.object.language for t in ts if t.predicate.value == SKOS + "prefLabel"}
        assert langs == {"vi", "en"}, s
        for t in ts:
            if t.predicate.value == SKOS + "broader":
                assert t.object in by_subject, f"{s} has a dangling skos:broader"


def test_labels_are_nfc_and_unique_per_scheme(vocab):
    import unicodedata

    for scheme in SCHEMES:
        seen: dict = {}
        for c in vocab.concepts(scheme):
            for label in c.labels_vi:
                assert unicodedata.is_normalized("NFC", label)
                key = label.casefold()
                assert seen.setdefault(key, c.iri) == c.iri, f"{scheme}: {label!r} is ambiguous"


def test_lookup_by_pref_and_alt_label(vocab):
    assert vocab.lookup("rank", "Thượng tá").pref_en == "Colonel"
    assert vocab.lookup("rank", "đại tướng").pref_en == "General"
    assert vocab.lookup("title", "Thủ tướng Chính phủ").pref_vi == "Thủ tướng"
    assert vocab.lookup("title", "Ủy viên BTV").pref_vi == "Ủy viên Ban Thường vụ"
    assert vocab.lookup("award-kind", "Chiến sĩ thi đua toàn lực lượng CAND").pref_vi == (
        "Chiến sĩ thi đua toàn lực lượng Công an nhân dân")
    assert vocab.lookup("organisation-type", "UBND").pref_vi == "Ủy ban nhân dân"
    assert vocab.lookup("event-type", "Toạ đàm").pref_vi == "Tọa đàm"
    assert vocab.lookup("award-class", "hạng nhì").notation == "2"
    assert vocab.lookup("movement-kind", "cuộc vận động").iri == TKV + "movement-kind/cuoc-van-dong"
    assert vocab.lookup("rank", "Bộ trưởng") is None
    assert vocab.lookup("no-such-scheme", "x") is None
    # NFD input is normalised before matching
    import unicodedata
    assert vocab.lookup("rank", unicodedata.normalize("NFD", "Thiếu úy")) is not None


def test_labels_map_every_label(vocab):
    labels = vocab.labels("title")
    assert labels["Thủ tướng Chính phủ"].pref_vi == "Thủ tướng"
    assert labels["Bộ trưởng"].pref_en == "Minister"
    assert len(labels) >= len(vocab.concepts("title"))


def test_flags(vocab):
    assert vocab.lookup("title", "Chủ tịch nước").flags["needsOrganisation"] is False
    assert vocab.lookup("title", "Ủy viên Trung ương Đảng").flags["needsOrganisation"] is False
    assert vocab.lookup("title", "Bộ trưởng").flags["needsOrganisation"] is True
    assert all("needsOrganisation" in c.flags for c in vocab.concepts("title"))
    assert vocab.lookup("award-kind", "Huân chương Lao động").flags["hasClasses"] is True
    assert vocab.lookup("award-kind", "Huân chương Sao vàng").flags["hasClasses"] is False
    assert all("hasClasses" in c.flags for c in vocab.concepts("award-kind"))


def test_titles_are_rich(vocab):
    assert len(vocab.concepts("title")) >= 80
    for label in ("Phó Chủ tịch Thường trực", "Thứ trưởng", "Chánh án", "Trưởng", "Phó Trưởng",
                  "Trưởng đoàn Đại biểu Quốc hội", "Chỉ huy trưởng", "Chính ủy", "Hiệu trưởng"):
        assert vocab.lookup("title", label), label


def test_order_and_broader(vocab):
    ranks = [c.pref_vi for c in vocab.concepts("rank")]
    assert ranks.index("Đại tướng") < ranks.index("Thiếu tướng") < ranks.index("Đại tá") < ranks.index("Thiếu úy")
    kinds = [c.pref_vi for c in vocab.concepts("award-kind")]
    assert kinds.index("Huân chương Sao vàng") < kinds.index("Huân chương Hồ Chí Minh") < kinds.index(
        "Huân chương Lao động") < kinds.index("Huân chương Hữu nghị") < kinds.index("Huy chương Hữu nghị")
    order = vocab.lookup("award-kind", "Huân chương")
    assert vocab.lookup("award-kind", "Huân chương Độc lập").broader == (order.iri,)
    assert "Huân chương Chiến công" in [c.pref_vi for c in vocab.narrower(order)]
    assert [c.pref_en for c in vocab.concepts("award-class")] == ["First Class", "Second Class", "Third Class"]


def test_abbreviations(vocab):
    abbr = vocab.abbreviations
    assert abbr["UBND"] == "Ủy ban nhân dân"
    assert abbr["CAND"] == "Công an nhân dân"
    assert abbr["TP."] == "thành phố"
    assert abbr["TW"] == abbr["TƯ"] == "Trung ương"
    assert abbr["PCCC"] == "phòng cháy, chữa cháy"
    assert len(abbr) >= 30


def test_quads_hold_ontology_and_vocabularies(vocab):
    g = "https://w3id.org/thidua-kg/id/graph/vocabulary"
    quads = vocab.quads(g)
    assert all(q.graph_name == ox.NamedNode(g) for q in quads)
    store = ox.Store()
    store.extend(quads)
    ask = store.query(
        "ASK { GRAPH ?g { <https://w3id.org/thidua-kg/ontology> a <http://www.w3.org/2002/07/owl#Ontology> ."
        " ?c <http://www.w3.org/2004/02/skos/core#inScheme> <https://w3id.org/thidua-kg/vocab/rank> } }")
    assert bool(ask)


def test_home_override(monkeypatch, tmp_path):
    monkeypatch.setenv("THIDUA_KG_HOME", str(tmp_path))
    assert paths.ONTOLOGY_DIR == tmp_path.resolve() / "ontology"
    assert paths.SHAPES_DIR == tmp_path.resolve() / "shapes"
    assert paths.QUERIES_DIR == tmp_path.resolve() / "queries"
    monkeypatch.delenv("THIDUA_KG_HOME")
    assert paths.VOCAB_DIR == Path(__file__).resolve().parents[1] / "ontology" / "vocab"


def test_the_extractor_s_lexicon_is_loaded_once_per_process():
    # caches key on the lexicon object, and extract() reads it for every article: reloading it cost
    # 20 ms and a megabyte an article (50 articles/s, 11 GB at 10,000 articles) until this held again
    from thidua_kg.extract.lexicon import load_lexicon

    assert load_lexicon() is load_lexicon()
