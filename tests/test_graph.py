"""The RDF mapping (docs/MODEL.md) on hand-made facts."""
from __future__ import annotations

from dataclasses import replace

import pyoxigraph as ox
import pytest

from kg_samples import S2, S3, sample_facts
from thidua_kg.extract.facts import Award
from thidua_kg.graph import article_iri, article_quads, content_hash, graph_iri, split_office
from thidua_kg.namespaces import DCTERMS, DEFAULT_BASE, ORG, RDF, RDFS, TK, TKV, XSD

pytest.importorskip("thidua_kg.vocab")

B = DEFAULT_BASE
TYPE = ox.NamedNode(RDF + "type")


def nn(x: str) -> ox.NamedNode:
    return ox.NamedNode(x)


@pytest.fixture(scope="module")
def quads():
    return article_quads(sample_facts())


@pytest.fixture(scope="module")
def triples(quads):
    return {(q.subject, q.predicate, q.object) for q in quads}


def objects(triples, s, p):
    return {o for (s2, p2, o) in triples if s2 == s and p2 == p}


def test_iris():
    assert graph_iri("seed") == B + "graph/seed"
    assert article_iri("Bài 01") == B + "article/bai-01"
    assert graph_iri("x", "http://ex.org/") == "http://ex.org/graph/x"


def test_all_quads_in_article_graph_and_no_blank_nodes(quads):
    g = nn(B + "graph/seed")
    assert quads and all(q.graph_name == g for q in quads)
    for q in quads:
        for term in (q.subject, q.predicate, q.object):
            assert not isinstance(term, ox.BlankNode)


def test_deterministic():
    a = article_quads(sample_facts())
    b = article_quads(sample_facts())
    assert set(a) == set(b) and len(a) == len(set(a))
    assert content_hash(a) == content_hash(list(reversed(b)))


def test_article_and_provenance(triples):
    art = nn(B + "article/seed")
    assert (art, TYPE, nn(TK + "Article")) in triples
    assert objects(triples, art, nn(DCTERMS + "identifier")) == {ox.Literal("seed")}
    assert objects(triples, art, nn(DCTERMS + "issued")) == {ox.Literal("2020-07", datatype=nn(XSD + "gYearMonth"))}
    assert (nn(B + "graph/seed"), nn("http://www.w3.org/ns/prov#wasDerivedFrom"), art) in triples


def test_sentences_numbered_by_offset(triples):
    s1 = nn(B + "article/seed/sentence/1")
    s4 = nn(B + "article/seed/sentence/4")
    assert (s1, TYPE, nn(TK + "Sentence")) in triples
    assert objects(triples, s1, nn(TK + "startOffset")) == {ox.Literal("0", datatype=nn(XSD + "nonNegativeInteger"))}
    assert (s4, TYPE, nn(TK + "Sentence")) in triples
    assert not any(s == nn(B + "article/seed/sentence/5") for (s, _, _) in triples)


def test_person_rank_and_memberships(triples):
    person = nn(B + "person/nguyen-van-thanh/seed")
    assert (person, TYPE, nn(TK + "Person")) in triples
    assert objects(triples, person, nn(RDFS + "label")) == {ox.Literal("Nguyễn Văn Thành", language="vi")}
    assert objects(triples, person, nn(TK + "rank")) == {nn(TKV + "rank/thuong-tuong")}
    m = nn(B + "membership/seed/nguyen-van-thanh--thu-truong--bo-cong-an")
    assert (m, nn(ORG + "member"), person) in triples
    assert (m, nn(ORG + "organization"), nn(B + "organisation/bo-cong-an")) in triples
    assert objects(triples, m, nn(TK + "title")) == {ox.Literal("Thứ trưởng", language="vi")}
    assert objects(triples, m, nn(ORG + "role")) == {nn(TKV + "title/thu-truong")}
    alone = nn(B + "membership/seed/nguyen-van-thanh--uy-vien-trung-uong-dang")
    assert (alone, TYPE, nn(TK + "Membership")) in triples
    assert not objects(triples, alone, nn(ORG + "organization"))


def test_sub_organisation(triples):
    child = nn(B + "organisation/phong-canh-sat-hinh-su-cong-an-tinh-nam-dinh")
    assert objects(triples, child, nn(ORG + "subOrganizationOf")) == {nn(B + "organisation/cong-an-tinh-nam-dinh")}


def test_event_dates_and_types(triples):
    ev = nn(B + "event/seed/1")
    assert objects(triples, ev, nn("https://schema.org/startDate")) == {ox.Literal("2020-07-08", datatype=nn(XSD + "date"))}
    assert objects(triples, ev, nn(TK + "eventType")) == {nn(TKV + "event-type/hoi-nghi")}
    assert objects(triples, ev, nn(TK + "organiser")) == {nn(B + "organisation/cong-an-tinh-nam-dinh")}


def test_movement_period(triples):
    period = nn(B + "movement/vi-an-ninh-to-quoc/period/2015-2020")
    assert (nn(B + "movement/vi-an-ninh-to-quoc"), nn(TK + "period"), period) in triples
    assert objects(triples, period, nn(TK + "startYear")) == {ox.Literal("2015", datatype=nn(XSD + "gYear"))}


def test_a_national_movement_links_its_concept(triples):
    # "Vì an ninh Tổ quốc" is in ontology/vocab/national-movements.ttl: the article's movement is that one
    assert objects(triples, nn(B + "movement/vi-an-ninh-to-quoc"), nn(TK + "nationalMovement")) == {
        nn(TKV + "national-movement/vi-an-ninh-to-quoc")}


def test_office_grantor_and_person_recipient(triples):
    c1 = nn(B + "conferral/seed/1")
    office = nn(B + "office/bo-truong--bo-cong-an")
    assert objects(triples, c1, nn(TK + "grantor")) == {office}
    assert (office, TYPE, nn(TK + "Office")) in triples
    assert objects(triples, office, nn(RDFS + "label")) == {ox.Literal("Bộ trưởng Bộ Công an", language="vi")}
    assert objects(triples, office, nn(TK + "title")) == {ox.Literal("Bộ trưởng", language="vi")}
    assert objects(triples, office, nn(ORG + "postIn")) == {nn(B + "organisation/bo-cong-an")}
    assert objects(triples, c1, nn(TK + "recipient")) == {
        nn(B + "person/nguyen-van-thanh/seed"), nn(B + "organisation/phong-canh-sat-hinh-su-cong-an-tinh-nam-dinh")}
    c2 = nn(B + "conferral/seed/2")
    assert objects(triples, c2, nn(TK + "grantor")) == {nn(B + "organisation/bo-cong-an")}
    assert objects(triples, c2, nn(TK + "collectives")) == {ox.Literal("59", datatype=nn(XSD + "nonNegativeInteger"))}


def test_standalone_title_is_an_office():
    from thidua_kg.vocab import load_vocabulary

    v = load_vocabulary()
    title, concept, org = split_office(v, "Chủ tịch nước")
    assert concept.iri == TKV + "title/chu-tich-nuoc" and org is None
    # an alt label embedding its organisation is split: the organisation is named
    assert split_office(v, "Thủ tướng Chính phủ")[::2] == ("Thủ tướng", "Chính phủ")
    assert split_office(v, "Bộ Công an") is None
    assert split_office(v, "Giám đốc Công an tỉnh Lạng Sơn")[2] == "Công an tỉnh Lạng Sơn"
    # the unit a title ends with is named once in the office: "Trưởng ban Dân tộc ..." is the Ban's
    assert split_office(v, "Trưởng ban Dân tộc tỉnh Sóc Trăng")[2] == "Ban Dân tộc tỉnh Sóc Trăng"
    assert split_office(v, "Trưởng ban Tổ chức Tỉnh ủy Nghệ An")[2] == "Ban Tổ chức Tỉnh ủy Nghệ An"
    assert split_office(v, "Trưởng phòng Văn phòng Sở Nội vụ")[2] == "Văn phòng Sở Nội vụ"


def test_every_referenced_entity_is_typed_and_labelled(triples):
    typed = {s for (s, p, _) in triples if p == TYPE}
    labelled = {s for (s, p, _) in triples if p == nn(RDFS + "label")}
    skip = {RDF + p for p in ("subject", "predicate", "object")} | {RDF + "type"}
    for (s, p, o) in triples:
        if isinstance(o, ox.NamedNode) and o.value.startswith(B) and p.value not in skip:
            assert o in typed and o in labelled, (p, o)


def test_evidence(triples):
    """Every node's facts come from the sentence it is prov:wasDerivedFrom: a person's
    rank from where the person is named, a conferral's grantors from the conferral's own."""
    derived = nn("http://www.w3.org/ns/prov#wasDerivedFrom")
    sentences = {s for (s, p, o) in triples if p == TYPE and o == nn(TK + "Sentence")}
    assert not any(p == TYPE and o == nn(RDF + "Statement") for (s, p, o) in triples)  # nothing reified
    ranked = [s for (s, p, _) in triples if p == nn(TK + "rank")]
    assert ranked and all(len(objects(triples, s, derived)) == 1 for s in ranked)
    conferrals = [s for (s, p, o) in triples if p == TYPE and o == nn(TK + "AwardConferral")]
    granted = [c for c in conferrals if objects(triples, c, nn(TK + "grantor"))]
    assert granted and all(objects(triples, c, derived) for c in granted)
    for (s, p, o) in triples:
        if p == derived and s.value.startswith(B) and "/graph/" not in s.value:
            assert o in sentences, (s, o)


def test_validates_alone(quads):
    validate = pytest.importorskip("thidua_kg.validate")
    report = validate.Validator.load().validate(quads)
    assert report.conforms, report.text()


def test_empty_article_and_custom_base():
    facts = replace(sample_facts("empty", None), persons=(), organisations=(), events=(), movements=(),
                    initiatives=(), awards=())
    qs = article_quads(facts, "http://example.org/kg/")
    assert all(q.graph_name.value == "http://example.org/kg/graph/empty" for q in qs)
    assert not any(q.predicate.value == DCTERMS + "issued" for q in qs)


def test_recipient_not_a_person_becomes_organisation():
    facts = sample_facts()
    extra = Award("Giấy khen", "Giấy khen", None, ("Giám đốc Công an tỉnh Nam Định",), ("Đội Cảnh sát giao thông",),
                  None, None, S3)
    qs = article_quads(replace(facts, awards=facts.awards + (extra,)))
    t = {(q.subject, q.predicate, q.object) for q in qs}
    assert (nn(B + "conferral/seed/3"), nn(TK + "recipient"), nn(B + "organisation/doi-canh-sat-giao-thong")) in t
    assert S2 != S3


def test_event_roles_are_participants_too():
    facts = sample_facts()
    e = facts.events[0]
    name = e.participants[0]
    facts = replace(facts, events=(replace(e, chairs=(name,), speakers=(name,)),))
    qs = article_quads(facts)
    preds = {q.predicate.value for q in qs}
    assert TK + "chair" in preds and TK + "speaker" in preds and TK + "participant" in preds


def test_a_former_post_is_marked_and_keeps_its_role():
    from thidua_kg.extract.facts import Person, Position

    facts = sample_facts()
    former = Person("Lù Văn Sinh", "Đại tá", (Position("nguyên Giám đốc", "Công an tỉnh Lào Cai", S2),), S2)
    got = {(q.subject, q.predicate, q.object) for q in article_quads(replace(facts, persons=facts.persons + (former,)))}
    m = nn(B + "membership/seed/lu-van-sinh--nguyen-giam-doc--cong-an-tinh-lao-cai")
    assert objects(got, m, nn(TK + "title")) == {ox.Literal("nguyên Giám đốc", language="vi")}
    assert objects(got, m, nn(ORG + "role")) == {nn(TKV + "title/giam-doc")}
    assert objects(got, m, nn(TK + "former")) == {ox.Literal("true", datatype=nn(XSD + "boolean"))}
    current = nn(B + "membership/seed/nguyen-van-thanh--thu-truong--bo-cong-an")
    assert not objects(got, current, nn(TK + "former"))


def test_a_chief_inspectors_short_title_keeps_its_role():
    from thidua_kg.extract.facts import Person, Position

    facts = sample_facts()
    chief = Person("Trần Đức Lâm", None, (Position("Chánh", "Thanh tra tỉnh Nghệ An", S2),), S2)
    got = {(q.subject, q.predicate, q.object) for q in article_quads(replace(facts, persons=facts.persons + (chief,)))}
    m = nn(B + "membership/seed/tran-duc-lam--chanh--thanh-tra-tinh-nghe-an")
    assert objects(got, m, nn(TK + "title")) == {ox.Literal("Chánh", language="vi")}
    assert objects(got, m, nn(ORG + "role")) == {nn(TKV + "title/chanh-thanh-tra")}
