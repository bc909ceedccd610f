"""RDF mapping: ArticleFacts -> the quads of the article's named graph (docs/MODEL.md).

Pure and deterministic: no blank nodes, IRIs derived from slugs and positions,
so mapping the same facts twice gives the same quads. pyoxigraph terms only.
"""
from __future__ import annotations

import hashlib
from datetime import date
from types import SimpleNamespace

from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from .extract.facts import ArticleFacts, Award, Evidence, office_organisation
from .link.admin_units import article_units, on_date
from .namespaces import DCTERMS, DEFAULT_BASE, FOAF, ORG, PROV, RDF, RDFS, SCHEMA, TK, XSD
from .slug import slugify

# -- constants -----------------------------------------------------------------


def _named(ns: str, names: str) -> dict[str, NamedNode]:
    """{attribute: NamedNode} from "attr=localName" or "name" words."""
    out = {}
    for word in names.split():
        attr, _, local = word.partition("=")
        out[attr] = NamedNode(ns + (local or attr))
    return out


# Cached NamedNodes of classes, properties and datatypes (a namespace object, since
# compiled modules take no tuple assignments in class bodies)
_T = SimpleNamespace(
    **_named(RDF, "type"),
    **_named(RDFS, "label"),
    **_named(PROV, "derived=wasDerivedFrom"),
    **_named(DCTERMS, "identifier title_=title issued source is_part_of=isPartOf"),
    **_named(SCHEMA, "url start_date=startDate location"),
    **_named(FOAF, "foaf_name=name"),
    **_named(ORG, "member organization role post_in=postIn sub_org=subOrganizationOf"),
    **_named(TK, "Article Sentence Person Organisation Office Membership Event Movement MovementPeriod "
                 "Initiative AwardConferral AdministrativeUnit "
                 "text start_offset=startOffset end_offset=endOffset content_hash=contentHash "
                 "mentioned_in=mentionedIn attested_in=attestedIn attested_on=attestedOn rank "
                 "organisation_type=organisationType title event_type=eventType organiser participant "
                 "movement_kind=movementKind national_movement=nationalMovement period period_of=periodOf "
                 "start_year=startYear end_year=endYear "
                 "initiative_kind=initiativeKind sites award_kind=awardKind award_class=awardClass grantor "
                 "recipient collectives individuals chair speaker admin_unit=adminUnit former"),
    **_named(XSD, "xsd_date=date xsd_nni=nonNegativeInteger xsd_gyear=gYear xsd_gym=gYearMonth xsd_bool=boolean"),
)

def graph_iri(article_id: str, base: str = DEFAULT_BASE) -> str:
    return f"{base}graph/{slugify(article_id)}"


def article_iri(article_id: str, base: str = DEFAULT_BASE) -> str:
    return f"{base}article/{slugify(article_id)}"


def vocabulary_graph_iri(base: str = DEFAULT_BASE) -> str:
    return f"{base}graph/vocabulary"


def _stable(term) -> str:
    # blank-node labels change with every parse (the ontology's owl:unionOf lists)
    return "_:" if isinstance(term, BlankNode) else str(term)


def content_hash(quads) -> str:
    """sha256 over the sorted N-Quads lines of `quads` (order-independent; blank
    nodes count by their place, not their label, so a re-parse hashes the same)."""
    h = hashlib.sha256()
    for line in sorted(f"{_stable(q.subject)} {q.predicate} {_stable(q.object)}" for q in quads):
        h.update(line.encode())
        h.update(b"\n")
    return h.hexdigest()


def _vi(text: str) -> Literal:
    return Literal(text, language="vi")


def _int(n: int) -> Literal:
    return Literal(str(n), datatype=_T.xsd_nni)


# -- builder -------------------------------------------------------------------


class _Builder:
    """Collects the triples of one article graph, de-duplicated, in order."""

    def __init__(self, facts: ArticleFacts, base: str, vocab):
        self.base = base
        self.vocab = vocab
        art = facts.article
        self.slug = slugify(art.id)
        self.article = NamedNode(f"{base}article/{self.slug}")
        self.graph = NamedNode(f"{base}graph/{self.slug}")
        # when a position was attested: the month of publication, or of the article's first dated event
        month = art.published or next((e.date.isoformat()[:7] for e in facts.events if e.date), None)
        self.month = Literal(month, datatype=_T.xsd_gym) if month else None
        self.triples: dict[tuple, None] = {}
        self.labelled: set[NamedNode] = set()
        self.org_names: dict[NamedNode, str] = {}
        self.sentences = self._number_sentences(facts)

    # low level
    def add(self, s, p, o) -> None:
        self.triples[(s, p, o)] = None

    def evident(self, s, p, o, ev: Evidence) -> None:
        """Assert s p o with its sentence as evidence: s prov:wasDerivedFrom the sentence,
        in this article's graph. Every node's facts here come from one sentence (an entity's
        label and rank from where it is first named, an n-ary node's from its own), so this
        says per fact what reifying each would, at a fifth of the triples."""
        self.add(s, p, o)
        self.add(s, _T.derived, self.sentences[ev])

    def entity(self, iri: NamedNode, cls: NamedNode, label: str, ev: Evidence | None) -> NamedNode:
        """Type, label (first one wins) and tk:mentionedIn of an entity."""
        self.add(iri, _T.type, cls)
        if iri not in self.labelled:
            self.labelled.add(iri)
            if ev is not None:
                self.evident(iri, _T.label, _vi(label), ev)
            else:
                self.add(iri, _T.label, _vi(label))
        self.add(iri, _T.mentioned_in, self.article)
        return iri

    def iri(self, path: str) -> NamedNode:
        return NamedNode(self.base + path)

    def concept(self, scheme: str, label: str | None) -> NamedNode | None:
        if not label or self.vocab is None:
            return None
        c = self.vocab.lookup(scheme, label)
        return NamedNode(c.iri) if c is not None else None

    def _number_sentences(self, facts: ArticleFacts) -> dict[Evidence, NamedNode]:
        evs = {p.evidence for p in facts.persons}
        evs.update(pos.evidence for p in facts.persons for pos in p.positions)
        for group in (facts.organisations, facts.events, facts.movements, facts.initiatives, facts.awards):
            evs.update(x.evidence for x in group)
        out = {}
        for n, ev in enumerate(sorted(evs, key=lambda e: (e.start, e.end, e.text)), start=1):
            node = NamedNode(f"{self.article.value}/sentence/{n}")
            out[ev] = node
            self.add(node, _T.type, _T.Sentence)
            self.add(node, _T.label, _vi(f"{facts.article.id} câu {n}"))
            self.add(node, _T.text, _vi(ev.text))
            self.add(node, _T.start_offset, _int(ev.start))
            self.add(node, _T.end_offset, _int(ev.end))
            self.add(node, _T.is_part_of, self.article)
        return out


# -- the mapping ---------------------------------------------------------------


def article_quads(facts: ArticleFacts, base: str = DEFAULT_BASE, vocab=None) -> list[Quad]:
    """The article's named graph as quads (see docs/MODEL.md)."""
    g, triples = article_triples(facts, base, vocab)
    return [Quad(s, p, o, g) for (s, p, o) in triples]


def ntriples(triples, graph: NamedNode | None = None) -> str:
    """N-Triples text of (s, p, o) tuples, or N-Quads in `graph`; the text of
    repeated terms is computed once."""
    text: dict = {}
    end = f" {graph} ." if graph is not None else " ."

    def t(term):
        v = text.get(term)
        if v is None:
            v = text[term] = str(term)
        return v

    return "\n".join(f"{t(s)} {t(p)} {t(o)}{end}" for s, p, o in triples)


def article_triples(facts: ArticleFacts, base: str = DEFAULT_BASE, vocab=None) -> tuple[NamedNode, list]:
    """The article's graph name and its triples as (s, p, o) tuples of pyoxigraph terms."""
    if vocab is None:
        from .vocab import load_vocabulary

        vocab = load_vocabulary()
    b = _Builder(facts, base, vocab)
    _article(b, facts)
    persons = _persons(b, facts)
    _organisations(b, facts)
    _events(b, facts)
    _movements(b, facts)
    _initiatives(b, facts)
    for n, award in enumerate(facts.awards, start=1):
        _award(b, n, award, persons)
    _sub_organisations(b)
    _admin_units(b, facts)
    return b.graph, list(b.triples)


def _article(b: _Builder, facts: ArticleFacts) -> None:
    art, a = facts.article, b.article
    b.add(a, _T.type, _T.Article)
    b.add(a, _T.identifier, Literal(art.id))
    b.add(a, _T.label, _vi(art.title or art.id))
    if art.title:
        b.add(a, _T.title_, _vi(art.title))
    if art.url:
        try:
            b.add(a, _T.url, NamedNode(art.url))
        except ValueError:
            pass  # not a valid IRI: leave it out
    if b.month is not None:
        b.add(a, _T.issued, b.month)
    if art.source:
        b.add(a, _T.source, Literal(art.source))
    b.add(b.graph, _T.derived, a)


def _organisation(b: _Builder, name: str, ev: Evidence | None) -> NamedNode:
    node = b.entity(b.iri(f"organisation/{slugify(name)}"), _T.Organisation, name, ev)
    if node in b.org_names:
        return node
    b.org_names[node] = name
    otype = _organisation_type(b, name)
    if otype is not None:
        b.add(node, _T.organisation_type, otype)
    return node


def _organisation_type(b: _Builder, name: str) -> NamedNode | None:
    words = name.split()
    for k in range(min(len(words), 5), 0, -1):  # longest head first
        c = b.concept("organisation-type", " ".join(words[:k]))
        if c is not None:
            return c
    return None


def _person(b: _Builder, name: str, ev: Evidence | None) -> NamedNode:
    # article-scoped: two articles' "Nguyễn Văn Thành" may be two people; `thidua-kg link`
    # says which mentions are one person (owl:sameAs in graph/derived/links, docs/LINKING.md)
    node = b.entity(b.iri(f"person/{slugify(name)}/{b.slug}"), _T.Person, name, ev)
    b.add(node, _T.foaf_name, _vi(name))
    return node


def _persons(b: _Builder, facts: ArticleFacts) -> set[str]:
    for p in facts.persons:
        node = _person(b, p.name, p.evidence)
        rank = b.concept("rank", p.rank)
        if rank is not None:
            b.evident(node, _T.rank, rank, p.evidence)
        for pos in p.positions:
            _membership(b, node, p.name, pos.title, pos.organisation, pos.evidence)
    return {p.name for p in facts.persons}


_FORMER = "nguyên "
_TRUE = Literal("true", datatype=_T.xsd_bool)


def _membership(b: _Builder, person: NamedNode, name: str, title: str, org: str | None, ev: Evidence) -> None:
    path = f"membership/{b.slug}/{slugify(name)}--{slugify(title)}"
    if org:
        path += f"--{slugify(org)}"
    m = b.iri(path)
    b.add(m, _T.type, _T.Membership)
    b.add(m, _T.label, _vi(f"{name}, {title} {org}" if org else f"{name}, {title}"))
    b.add(m, _T.mentioned_in, b.article)
    b.evident(m, _T.member, person, ev)
    b.add(m, _T.title, _vi(title))
    held = title.removeprefix(_FORMER)  # "nguyên Giám đốc": the post of Giám đốc, held before
    # ("Chánh" of a "Thanh tra ...": the title its organisation's first words complete, "Chánh Thanh tra")
    role = b.concept("title", held) or next((c for k in (1, 2) if org and (c := b.concept(
        "title", f"{held} {' '.join(org.split()[:k])}")) is not None), None)
    if role is not None:
        b.add(m, _T.role, role)
    if held != title:
        b.add(m, _T.former, _TRUE)
    if org:
        b.add(m, _T.organization, _organisation(b, org, ev))
    b.add(m, _T.attested_in, b.article)
    if b.month is not None:
        b.add(m, _T.attested_on, b.month)
    b.add(m, _T.derived, b.sentences[ev])


def _organisations(b: _Builder, facts: ArticleFacts) -> None:
    for o in facts.organisations:
        _organisation(b, o.name, o.evidence)


def _events(b: _Builder, facts: ArticleFacts) -> None:
    for n, e in enumerate(facts.events, start=1):
        node = b.entity(b.iri(f"event/{b.slug}/{n}"), _T.Event, e.label or e.type, e.evidence)
        etype = b.concept("event-type", e.type) or b.concept("event-type", "Khác")
        if etype is not None:
            b.add(node, _T.event_type, etype)
        if isinstance(e.date, date):
            b.add(node, _T.start_date, Literal(e.date.isoformat(), datatype=_T.xsd_date))
        if e.organiser:
            b.evident(node, _T.organiser, _organisation(b, e.organiser, e.evidence), e.evidence)
        for name in e.participants:
            b.evident(node, _T.participant, _person(b, name, e.evidence), e.evidence)
        for name in e.chairs:
            b.add(node, _T.chair, _person(b, name, e.evidence))
        for name in e.speakers:
            b.add(node, _T.speaker, _person(b, name, e.evidence))
        if e.place:
            b.add(node, _T.location, _vi(e.place))
        b.add(node, _T.derived, b.sentences[e.evidence])


def _movements(b: _Builder, facts: ArticleFacts) -> None:
    for m in facts.movements:
        mslug = slugify(m.name)
        node = b.entity(b.iri(f"movement/{mslug}"), _T.Movement, m.name, m.evidence)
        kind = b.concept("movement-kind", m.kind)
        if kind is not None:
            b.add(node, _T.movement_kind, kind)
        national = b.concept("national-movement", m.name)
        if national is not None:
            b.add(node, _T.national_movement, national)  # the same movement however an article writes it
        if m.start is None and m.end is None:
            continue
        s = "x" if m.start is None else str(m.start)
        e = "x" if m.end is None else str(m.end)
        period = b.iri(f"movement/{mslug}/period/{s}-{e}")
        b.add(period, _T.type, _T.MovementPeriod)
        b.add(period, _T.label, _vi(f"{m.name} ({s.replace('x', '?')}–{e.replace('x', '?')})"))
        b.add(period, _T.mentioned_in, b.article)
        b.add(period, _T.period_of, node)
        if m.start is not None:
            b.add(period, _T.start_year, Literal(f"{m.start:04d}", datatype=_T.xsd_gyear))
        if m.end is not None:
            b.add(period, _T.end_year, Literal(f"{m.end:04d}", datatype=_T.xsd_gyear))
        b.add(period, _T.derived, b.sentences[m.evidence])
        b.evident(node, _T.period, period, m.evidence)


def _initiatives(b: _Builder, facts: ArticleFacts) -> None:
    for i in facts.initiatives:
        node = b.entity(b.iri(f"initiative/{b.slug}/{slugify(i.name)}"), _T.Initiative, i.name, i.evidence)
        if i.kind:
            b.add(node, _T.initiative_kind, _vi(i.kind))
        if i.sites is not None:
            b.evident(node, _T.sites, _int(i.sites), i.evidence)
        b.add(node, _T.derived, b.sentences[i.evidence])


def _award(b: _Builder, n: int, a: Award, persons: set[str]) -> None:
    ev = a.evidence
    node = b.iri(f"conferral/{b.slug}/{n}")
    b.add(node, _T.type, _T.AwardConferral)
    b.add(node, _T.label, _vi(a.award))
    b.add(node, _T.mentioned_in, b.article)
    kind = b.concept("award-kind", a.kind) or b.concept("award-kind", a.award)
    if kind is not None:
        b.evident(node, _T.award_kind, kind, ev)
    cls = b.concept("award-class", a.award_class)
    if cls is not None:
        b.add(node, _T.award_class, cls)
    for g in a.grantors:
        b.evident(node, _T.grantor, _grantor(b, g, ev), ev)
    for r in a.recipients:
        rnode = _person(b, r, ev) if r in persons else _organisation(b, r, ev)
        b.evident(node, _T.recipient, rnode, ev)
    if a.collectives is not None:
        b.evident(node, _T.collectives, _int(a.collectives), ev)
    if a.individuals is not None:
        b.evident(node, _T.individuals, _int(a.individuals), ev)
    b.add(node, _T.derived, b.sentences[ev])


def split_office(vocab, grantor: str):
    """(title as written, title concept, organisation or None) when `grantor` is an
    office ("Bộ trưởng Bộ Công an"), else None. Longest title prefix wins."""
    words = grantor.split()
    for k in range(len(words), 0, -1):
        c = vocab.lookup("title", " ".join(words[:k])) if vocab is not None else None
        if c is None:
            continue
        title, rest = " ".join(words[:k]), " ".join(words[k:]) or None
        if rest is None and title != c.pref_vi and title.startswith(c.pref_vi + " "):
            # an alt label that embeds its organisation: "Thủ tướng Chính phủ"
            tail = title[len(c.pref_vi) + 1:]
            if _is_organisation_name(vocab, tail):
                return c.pref_vi, c, tail
        if rest is not None or c.flags.get("needsOrganisation") is False:
            if rest is not None and not _names_organisation(vocab, rest):
                rest = office_organisation(title, rest)  # "Trưởng ban Dân tộc tỉnh X": of the "Ban Dân tộc ..."
            return title, c, rest
        return None
    return None


def _is_organisation_name(vocab, name: str) -> bool:
    words = name.split()
    return any(vocab.lookup("organisation-type", " ".join(words[:k])) for k in range(min(len(words), 4), 0, -1))


def _names_organisation(vocab, rest: str) -> bool:
    """Does `rest` start with an organisation's type ("Văn phòng Đoàn ĐBQH ..."), not a word that
    begins like one ("Tổ chức Tỉnh ủy": the board of organisation)?"""
    words = rest.split()
    if vocab is None:
        return True
    return any(vocab.lookup("organisation-type", " ".join(words[:k])) for k in range(min(len(words), 4), 1, -1)) \
        or (len(words) > 1 and words[1][:1].isupper() and vocab.lookup("organisation-type", words[0]) is not None)


def _grantor(b: _Builder, grantor: str, ev: Evidence) -> NamedNode:
    office = split_office(b.vocab, grantor)
    if office is None:
        return _organisation(b, grantor, ev)
    title, concept, org = office
    path = f"office/{slugify(title)}--{slugify(org)}" if org else f"office/{slugify(title)}"
    node = b.entity(b.iri(path), _T.Office, grantor, None)
    b.add(node, _T.title, _vi(title))
    b.add(node, _T.role, NamedNode(concept.iri))
    if org:
        b.add(node, _T.post_in, _organisation(b, org, ev))
    return node


def _sub_organisations(b: _Builder) -> None:
    """org:subOrganizationOf the longest other organisation whose name ends this one's."""
    names = {name: node for node, name in b.org_names.items()}
    for name, node in names.items():
        parents = [n for n in names if len(n) < len(name) and name.endswith(" " + n)]
        if parents:
            b.add(node, _T.sub_org, names[max(parents, key=len)])


def _admin_units(b: _Builder, facts: ArticleFacts) -> None:
    """tk:adminUnit from organisations and event places to the unit their name ends with,
    the one valid in the article's month (thidua_kg.link.admin_units)."""
    places = {b.iri(f"event/{b.slug}/{n}"): e.place for n, e in enumerate(facts.events, start=1) if e.place}
    units = article_units([*b.org_names.values(), *places.values()], on_date(b.month.value if b.month else None))
    for node, name in (*b.org_names.items(), *places.items()):
        unit = units.get(name)
        if unit is not None:
            u = NamedNode(unit.iri)
            b.add(node, _T.admin_unit, u)
            # typed and labelled here too: the article graph stands on its own
            b.add(u, _T.type, _T.AdministrativeUnit)
            b.add(u, _T.label, _vi(unit.name))
