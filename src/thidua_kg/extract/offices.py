"""Where an office written without its body finds it, in the words around its holder's name:
a province or a body in brackets after the name, a clause the holder is named in ("đại diện X
có bà A, Phó Trưởng ban"), another holder the name is joined to by "và"."""
from __future__ import annotations

from .context import Context
from .lexicon import Lexicon
from .orgs import scan_org
from .tokens import Tok, tokenize, words


def needs_org(lex: Lexicon, title: str) -> bool:
    """Is `title` a whole office of the vocabulary that is held in a body?"""
    info = lex.titles.match(tokenize(title), 0)
    return bool(info and info[0] == len(tokenize(title)) and info[2].needs_org)


def after_and(toks: list[Tok], start: int) -> int:
    """The index of the "và" right before a person's mention at `start` (its rank, honorific or name), or -1."""
    return start - 1 if start and toks[start - 1].text == "và" else -1


def bracketed_province(lex: Lexicon, toks: list[Tok], e: int) -> str | None:
    """"(Thanh Hóa)" right after a name: the province, with its level ("tỉnh Thanh Hóa")."""
    if e + 2 >= len(toks) or toks[e].text != "(":
        return None
    p = lex.province_index.match(toks, e + 1)
    if not p or e + 1 + p[0] >= len(toks) or toks[e + 1 + p[0]].text != ")":
        return None
    written = words(toks, e + 1, e + 1 + p[0])
    # (the one province that became a city, in 2025, is still written by its old name: "Thừa Thiên Huế")
    kind = "tỉnh" if written.startswith("Thừa Thiên") else getattr(p[2], "unit_type", "tỉnh") or "tỉnh"
    return f"{kind} {written}"


def bracketed_body(lex: Lexicon, ctx: Context, toks: list[Tok], e: int) -> str | None:
    """A body named whole in brackets right after a name: "(TAND thành phố Vinh)"."""
    if e + 2 >= len(toks) or toks[e].text != "(":
        return None
    s = scan_org(lex, toks, e + 1)
    if not s or s[0] >= len(toks) or toks[s[0]].text != ")":
        return None
    return ctx.resolve(s[1])


def represented(lex: Lexicon, ctx: Context, toks: list[Tok], start: int) -> str | None:
    """The body of a clause "(; )đại diện X có <person>" or "Về phía X có <person>" that ends at `start`
    (the person's honorific or name)."""
    k = start - 1 if start and toks[start - 1].low in ("ông", "bà", "đồng", "anh", "chị") else start
    k = k - 1 if k and toks[k - 1].low == "đồng" else k  # ("đồng chí")
    if not k or toks[k - 1].text != "có":
        return None
    clause = max((n + 1 for n in range(k) if toks[n].text in (";", ":")), default=0)
    opening = (toks[clause].low, toks[clause + 1].low) if clause + 1 < k else None
    lead = 2 if opening in (("đại", "diện"), ("về", "phía")) else 0
    s = scan_org(lex, toks, clause + lead) if lead else None
    return ctx.resolve(s[1]) if s and s[0] == k - 1 else None
