"""Several bodies written as one: a type in the plural before their names ("các đồn Biên phòng
A, B và C") or one body of several places ("Công an các xã A, B").
"""
from __future__ import annotations

from .lexicon import Lexicon
from .orgs import has_place, inner_head, scan_org
from .tokens import Tok, is_name_syllable, words


# heads too generic to be shared by a list of names ("các cơ quan Trung ương, địa phương")
_NOT_SHARED = ("Cơ quan", "Ban", "Hội", "Ủy ban", "Hội đồng", "Bộ", "Vùng", "Tổ")



def distributed(lex: Lexicon, tokens: list[Tok], i: int) -> list[tuple[int, int, str]]:
    """Units sharing one type written in the plural before their names: "các đồn Biên phòng
    A, B và C" names "Đồn Biên phòng A", "Đồn Biên phòng B" and "Đồn Biên phòng C". tokens[i]
    is the type's first, lower-case word after "các" or "những". Returns (start, end, name)
    per unit; nothing unless at least two names follow."""
    if i + 2 >= len(tokens) or tokens[i].cap:
        return []
    t0 = tokens[i]
    cap = Tok(t0.text[0].upper() + t0.text[1:], t0.start, t0.end)
    toks = [cap, *tokens[i + 1 : i + 24]]
    head = lex.org_heads.match(toks, 0)
    if not head or head[1] in _NOT_SHARED or lex.not_orgs.match(toks, 0):
        return []
    first = scan_org(lex, toks, 0)
    if not first or has_place(lex, toks[: first[0]]):
        return []
    # the type is the head and what follows it up to its last lower-case word or acronym
    # ("trường Trung học phổ thông", "đồn Biên phòng"); the name is the capitalised rest
    k = head[0]
    for j in range(head[0], first[0] if head[1] != "Sở" else 0):  # a department's name is its sector
        if (not toks[j].cap and not toks[j].num) or (len(toks[j].text) > 1 and toks[j].text.isupper()):
            k = j + 1  # (a number ends a name: "Quỳnh Lưu 1")
    if k >= first[0] or not is_name_syllable(toks[k]):
        return []
    prefix = words(toks, 0, k)
    out = [(i, i + first[0], first[1])]
    for s, e in _more_names(lex, toks, first[0], sectors=head[1] == "Sở"):
        out.append((i + s, i + e, f"{prefix} {words(toks, s, e)}"))
    return out if len(out) >= 2 else []



# what kind of places a list is of, between their level and their names
_PLACES_KIND = frozenset({"biên giới", "miền núi", "vùng cao", "ven biển", "đặc biệt", "trọng điểm", "khó khăn"})



def owned_by_places(lex: Lexicon, tokens: list[Tok], i: int) -> list[tuple[int, int, str]]:
    """One kind of body of several places: "Công an các xã A, B" names "Công an xã A" and
    "Công an xã B" ("UBND các xã ...", "Hội Nông dân các huyện ..."); so does "các VKSND:
    thị xã A, huyện B", each place with its own level. tokens[i] starts the body's type.
    Returns (start, end, name) per body; nothing unless two places follow."""
    head = lex.org_heads.match(tokens, i)
    if not head or i + head[0] + 3 >= len(tokens):
        return []
    k = i + head[0]
    shared = None
    if tokens[k].low == "các" or tokens[k].num:  # ("Công an 6 huyện A, B, ..."; not "hai tỉnh A và B": see orgs)
        shared = lex.localities.match(tokens, k + 1)
        if not shared or not tokens[k + 1].text[0].islower():
            return []
        k += 1 + shared[0]
        if k + 1 < len(tokens) and words(tokens, k, k + 2) in _PLACES_KIND:
            k += 2  # "UBND các huyện biên giới A, B": which of the places
    elif not (i and tokens[i - 1].low == "các" and tokens[k].text == ":"):
        return []
    if tokens[k].text == ":":
        k += 1
    body = words(tokens, i, i + head[0])
    items = []
    while k < len(tokens):
        own = lex.localities.match(tokens, k) if tokens[k].text[0].islower() else None
        level = own[1] if own else shared[1] if shared else None
        s = k + (own[0] if own else 0)
        n = _name_length(lex, tokens, s) if level and s < len(tokens) else 0
        if not n or n > 4 or inner_head(lex, tokens, s) or lex.titles.match(tokens, s) or lex.ranks.match(tokens, s):
            break  # "UBND các xã A, B và Hội Nông dân tỉnh": the list has ended
        items.append((k, s + n, f"{body} {level} {words(tokens, s, s + n)}"))
        k = s + n
        if k + 1 < len(tokens) and tokens[k].text in (",", "và"):
            k += 1
            continue
        break
    return items if len(items) >= 2 else []



def _name_length(lex: Lexicon, toks: list[Tok], s: int) -> int:
    """Tokens of a unit's or a place's name at s: capitalised syllables, a lower-case word
    between two of them ("Cửa khẩu Đắk Ruê"), a number after them ("Quỳnh Lưu 1")."""
    e = s
    while e < len(toks) and (is_name_syllable(toks[e]) or (
            toks[e].word and not toks[e].cap and not toks[e].num and e + 1 < len(toks)
            and is_name_syllable(toks[e + 1]) and e > s and not lex.stops.match(toks, e))):
        e += 1
    if s < e < len(toks) and toks[e].num and len(toks[e].text) <= 3:
        e += 1
    return e - s



def _more_names(lex: Lexicon, toks: list[Tok], j: int, sectors: bool = False) -> list[tuple[int, int]]:
    """The names listed after the first, from j: ", B và C" -> spans of B and C."""
    out = []
    while j + 1 < len(toks) and toks[j].text in (",", "và"):
        s = j + 1
        sector = lex.sectors.match(toks, s) if sectors else None  # "các sở Y tế, Tài chính"
        e = s + (sector[0] if sector else _name_length(lex, toks, s))
        # a family name may begin a unit's name ("các trường A, Lê Lợi"): only a rank,
        # a title or an honorific starts a person here
        if e == s or e - s > 5 or lex.ranks.match(toks, s) or lex.titles.match(toks, s) \
                or lex.honorifics.match(toks, s) or inner_head(lex, toks, s) or lex.localities.match(toks, s):
            break
        out.append((s, e))
        j = e
    return out
