"""Where an office written without its body finds it (extract/offices.py), read on one sentence."""
from __future__ import annotations

from thidua_kg.extract.context import Context
from thidua_kg.extract.lexicon import load_lexicon
from thidua_kg.extract.offices import after_and, bracketed_body, bracketed_province, needs_org, represented
from thidua_kg.extract.tokens import tokenize


def _read(text: str):
    lex = load_lexicon()
    toks = tokenize(text)
    return lex, Context(lex, [toks], "2025-06"), toks


def _at(toks, word: str) -> int:
    return next(k for k, t in enumerate(toks) if t.text == word)


def test_the_body_or_province_in_brackets_after_a_name():
    lex, ctx, toks = _read("Kiểm sát viên Hà Thị Thảo (Viện kiểm sát nhân dân huyện Lục Ngạn) và ông Lê Văn An "
                           "(Thanh Hóa) dự.")
    assert bracketed_body(lex, ctx, toks, _at(toks, "Thảo") + 1) == "Viện kiểm sát nhân dân huyện Lục Ngạn"
    assert bracketed_province(lex, toks, _at(toks, "An") + 1) == "tỉnh Thanh Hóa"
    assert bracketed_body(lex, ctx, toks, _at(toks, "Kiểm")) is None  # (no bracket there)


def test_the_body_a_clause_names_its_person_for():
    lex, ctx, toks = _read("Dự có ông Lê Văn Hùng; đại diện Ban Thi đua - Khen thưởng tỉnh Nghệ An có bà Ninh "
                           "Thị Anh.")
    assert represented(lex, ctx, toks, _at(toks, "bà")) == "Ban Thi đua - Khen thưởng tỉnh Nghệ An"
    assert represented(lex, ctx, toks, _at(toks, "ông")) is None


def test_an_and_before_a_mention_and_offices_held_in_a_body():
    lex, _, toks = _read("Đồn trưởng và Thiếu tá Hồ Văn Lợi")
    assert after_and(toks, _at(toks, "Thiếu")) == _at(toks, "và")
    assert after_and(toks, 0) == -1
    assert needs_org(lex, "Chính trị viên") and not needs_org(lex, "Chính trị viên Đồn X")
