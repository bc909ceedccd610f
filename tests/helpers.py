"""Shared helpers for the text, reader and extractor tests.

Names are compared the way the project's scorer compares them where exact
spelling is not the point: diacritics and case folded, punctuation and quotes
turned into spaces, spaces collapsed.
"""
from __future__ import annotations

import re

from thidua_kg.extract.facts import Article, ArticleFacts
from thidua_kg.extract.pipeline import extract
from thidua_kg.slug import fold

_NON_WORD = re.compile(r"[\W_]+")


def norm(text: str | None) -> str:
    """Folded form of a name: "Ủy ban nhân dân tỉnh Thanh Hóa" -> "uy ban nhan dan tinh thanh hoa"."""
    if not text:
        return ""
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


def same(a: str | None, b: str | None) -> bool:
    return norm(a) == norm(b)


def norms(names) -> set[str]:
    return {norm(n) for n in names}


def run(text: str, published: str | None = "2023-05", id: str = "t") -> ArticleFacts:
    """Extract the facts of an article made of `text`."""
    return extract(Article(id=id, text=text, published=published))


def person(facts: ArticleFacts, name: str):
    found = [p for p in facts.persons if same(p.name, name)]
    assert len(found) <= 1, f"{name} extracted {len(found)} times"
    return found[0] if found else None


def person_names(facts: ArticleFacts) -> set[str]:
    return norms(p.name for p in facts.persons)


def positions(p) -> set[tuple[str, str]]:
    return {(norm(x.title), norm(x.organisation)) for x in p.positions}


def org_names(facts: ArticleFacts) -> set[str]:
    return norms(o.name for o in facts.organisations)


def all_evidence(facts: ArticleFacts):
    """Every Evidence any fact of `facts` carries."""
    for p in facts.persons:
        yield p.evidence
        for pos in p.positions:
            yield pos.evidence
    for group in (facts.organisations, facts.events, facts.movements, facts.initiatives, facts.awards):
        for f in group:
            yield f.evidence


def assert_evidence_ok(facts: ArticleFacts) -> None:
    """Every fact's evidence is a real sentence of the article, offsets and all."""
    from thidua_kg.text.sentences import split_sentences

    text = facts.article.text
    sentences = {(s.start, s.end, s.text) for s in split_sentences(text)}
    for ev in all_evidence(facts):
        assert text[ev.start:ev.end] == ev.text, ev
        assert (ev.start, ev.end, ev.text) in sentences, ev
