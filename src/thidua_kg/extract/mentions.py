"""The organisations a sentence names, written in full.

Scans a sentence's tokens for organisation names (and the organisations of
office titles), completing each from the article's context (`Context.resolve`).
"""
from __future__ import annotations

import re
from functools import cache

from .context import BOARDS, Context
from .lexicon import Lexicon
from .org_lists import distributed, owned_by_places
from .org_parents import ADMIN_BODY, is_national, own_named, parent_after, parent_org, board_in_department
from .orgs import EVERY_LEVEL, bracketed_org, has_place, scan_org, surname_run, venue_named_in_english
from .persons import PersonFinder
from .tokens import Tok, is_name_syllable, tokenize, words

# ("Đảng ủy Khối các cơ quan tỉnh X", "Đảng bộ các cơ quan Đảng tỉnh X" are the Party bodies of those agencies)
_JUNK_ORG = re.compile(r"^(?:\S+)$|^Ban Tổ chức$|(?<!Khối )\b(?:các|những) (?:huyện|xã|tỉnh|thành phố|quận|phường|đơn vị|"
                       r"cơ quan(?! Đảng\b)|sở|cấp|bộ|ngành|địa phương)\b|\bhai cấp\b")
# a unit's code or acronym in brackets after its name: "Cục ... (C04)", "Tổng công ty ... (EVNCPC)"
# (acronyms spelled by the name's initials are expanded before: text/abbreviations.py)
_CODE = re.compile(r"[A-Z]{1,3}\d{1,3}|[A-ZĐ][A-ZĐ0-9&\-]{1,11}")
_PLURAL = ("các", "những")
_COMMAND = re.compile(r"^(?:Bộ Chỉ huy|Ban Chỉ huy|Bộ Tư lệnh|Ban Giám đốc|Ban Giám hiệu|Ban Thường vụ)\s+")


def head_only_place(lex: Lexicon, toks: list[Tok], i: int, end: int) -> bool:
    """A sub-unit type followed straight by a place ("Đội huyện X", "Phòng tỉnh Y")."""
    head = lex.org_heads.match(toks, i)
    return bool(head and head[1] in ("Đội", "Phòng", "Khoa", "Tổ") and i + head[0] < end
                and toks[i + head[0]].low in lex.localities.first)




def _alias_at(lex: Lexicon, toks: list[Tok], k: int, full: str = "") -> int:
    """Length of a short name an organisation is given in brackets at k ("PC Thanh Hóa",
    "Petrovietnam"): up to 4 capitalised words, no body's type and no place; or some of the words
    of its `full` name, in order ("Công ty cổ phần Supe Phốt phát và Hóa chất Lâm Thao (Supe Lâm
    Thao)"). 0 if none."""
    short = _short_name_at(toks, k, full)
    if short:
        return short
    n = 0
    while k + n < len(toks) and n < 5 and toks[k + n].cap and toks[k + n].word:
        n += 1
    if not n or n > 4 or k + n >= len(toks) or toks[k + n].text != ")":
        return 0
    first = toks[k].text
    # an acronym ("PC", "TKV"), or one word with capitals inside ("EVNNPC") or without diacritics ("Petrovietnam"),
    # or words of the name with an acronym last ("Biển Đông POC")
    if not ((first.isupper() and len(first) >= 2)
            or (n == 1 and (any(c.isupper() for c in first[1:]) or (len(first) >= 6 and first.isascii())))
            or (n > 1 and toks[k + n - 1].text.isupper() and len(toks[k + n - 1].text) >= 2
                and all(t.text in full.split() for t in toks[k : k + n - 1]))):
        return 0
    if lex.org_heads.match(toks, k) or lex.national_orgs.match(toks, k) or lex.province_index.match(toks, k):
        return 0
    return n


def _short_name_at(toks: list[Tok], k: int, full: str) -> int:
    """Length of a name in brackets at k made of two to five of the words of `full`, in order,
    the first capitalised and not the first of `full` (its type): 0 if none."""
    n = 0
    while k + n < len(toks) and n < 6 and toks[k + n].word:
        n += 1
    if not 2 <= n <= 5 or k + n >= len(toks) or toks[k + n].text != ")" or not toks[k].cap:
        return 0
    rest = iter(full.lower().split()[1:])
    return n if all(t.low in rest for t in toks[k:k + n]) else 0  # (`in` on an iterator: in order)


def _ends_a_name(lex: Lexicon, toks: list[Tok], i: int) -> bool:
    """Is toks[i] the last syllable of a person's name that starts with a family name, with
    a lower-case word after it?"""
    if i + 1 >= len(toks) or not toks[i + 1].text[0].islower():
        return False
    k = i - 1
    while k > i - 4 and k >= 0 and is_name_syllable(toks[k]) and toks[k].text not in lex.surnames:
        k -= 1
    return k >= 0 and k < i - 1 and toks[k].text in lex.surnames and surname_run(lex, toks, k) == i - k + 1


def _place_of(lex: Lexicon, org: str) -> str | None:
    """The place an organisation's type is followed by: "tỉnh X" of "Hội LHPN tỉnh X"."""
    toks = tokenize(org)
    head = lex.org_heads.match(toks, 0)
    if head and head[0] < len(toks) and lex.localities.match(toks, head[0]):
        return words(toks, head[0], len(toks))
    return None


@cache
def _starts(lex: Lexicon) -> frozenset[str]:
    """Words an organisation, an office or an award can start with (a cheap pre-check)."""
    return lex.org_heads.first | lex.national_orgs.first | lex.titles.first | lex.awards.first \
        | lex.local_unit_names.first | {"trung"}


# works in lower case before what is being built: "dự án Cảng hàng không X", "công trường Nhà máy Y"
_WORKS = frozenset({("dự", "án"), ("công", "trường"), ("công", "trình")})


def org_mentions(lex: Lexicon, ctx: Context, toks: list[Tok], mask: set[int],
                 pf: PersonFinder | None) -> list[tuple[int, int, str]]:
    """(start, end, full name) of the organisations named in a sentence. Without a
    PersonFinder (the first pass) office titles are only skipped, which is cheaper."""
    out: list[tuple[int, int, str]] = []
    i = 0
    heads = _starts(lex)
    while i < len(toks):
        t = toks[i]
        short = ctx.alias_at(toks, i) if i not in mask and not (i and toks[i - 1].text == "(") else None
        if short:  # "HCDC đã tổ chức ...", "Supe Lâm Thao luôn coi ...": the body the article gave that short name
            out.append((i, short[0], short[1]))
            i = short[0]
            continue
        if not t.cap or t.low not in heads:
            if t.low in _PLURAL and i + 1 < len(toks) and toks[i + 1].low in heads:
                units = distributed(lex, toks, i + 1)
                if units:
                    out.extend((s, e, ctx.resolve(raw)) for s, e, raw in units)
                    i = units[-1][1]
                    continue
            venue = venue_named_in_english(toks, i) if t.cap and i not in mask else None
            if venue:  # "Bai Chay Ocean View Hotel": a venue named in English, its kind last
                out.append((i, venue[0], venue[1]))
                i = venue[0]
                continue
            i += 1
            continue
        if i and toks[i - 1].text == "ngành" and not lex.titles.match(toks, i):
            i += 1  # "ngành Ngân hàng Việt Nam", "toàn ngành Công an": a sector, not a body
            continue
        if i and toks[i - 1].cap and (place := lex.province_index.match(toks, i - 1)) and place[0] > 1:
            i += place[0] - 1  # the "Phòng" of "Hải Phòng": a place's last word, not a department
            continue
        if pf is None:
            m = lex.titles.match(toks, i)
            if m:
                i += len(tokenize(m[2].pref)) if m[2].needs_org else m[0]
                continue
            tm = None
        else:
            tm = pf.title_at(toks, i) if lex.titles.match(toks, i) else None
        if tm:
            # an office: the organisation it belongs to counts, the title does not
            end, pos = tm
            if pos.org:
                out.append((i, end, pos.org))
            i = max(end, i + 1)
            continue
        if i >= 3 and toks[i - 1].text == "-" and toks[i - 3].text == "/":
            i += 1  # "Quyết định số 1876/QĐ-UBND": a document's number, not a body
            continue
        if i in mask or not toks[i].cap or lex.awards.match(toks, i):
            m = lex.awards.match(toks, i) if toks[i].cap else None
            i += m[0] if m else 1
            continue
        units = owned_by_places(lex, toks, i)  # "Công an các xã A, B"
        if units:
            out.extend((s, e, ctx.resolve(raw)) for s, e, raw in units)
            i = units[-1][1]
            continue
        if i and toks[i - 1].text in lex.surnames and is_name_syllable(toks[i - 1]):
            i += 1  # "Nguyễn Trường Sơn": a person's name, not a school
            continue
        d = lex.district_index.match(toks, i) if t.low in lex.district_index.first else None
        if d and not (i + d[0] < len(toks) and toks[i + d[0]].cap):
            i += d[0]  # "các huyện Mù Cang Chải, Trạm Tấu": a district's name, not a station
            continue
        if _ends_a_name(lex, toks, i):
            i += 1  # "Phó Trưởng ban Vũ Đăng Khoa lưu ý": the last syllable of a name, not a faculty
            continue
        if i >= 2 and toks[i - 1].low == "trường" and toks[i - 2].low == "quảng":
            i += 1  # "tại Quảng trường Trung tâm thành phố X": a square's name (a hall, "Hội trường UBND X", is X's)
            continue
        if i >= 2 and (toks[i - 2].low, toks[i - 1].text) in _WORKS:
            i += 1  # "tại công trường Cảng hàng không quốc tế Long Thành": the works being built, no body yet
            continue
        if i >= 2 and toks[i - 1].low == "cấp" and toks[i - 2].low in _PLURAL:
            i += 1  # "các cấp Hội": the association at every level, no body named
            continue
        if t.text == "Bộ" and i and toks[i - 1].text in ("Trung", "Bắc", "Nam"):
            i += 1  # "Nam Trung Bộ": a region, not a ministry
            continue
        s = scan_org(lex, toks, i)
        if not s:
            i += 1
            continue
        end, raw = s
        code = None
        if end < len(toks) and toks[end].text == "(":
            inner = bracketed_org(lex, toks, end + 1)
            board = board_in_department(lex, raw, inner[1]) if inner else None
            if board:
                raw = board  # (the department in the brackets is named next, on its own)
            elif inner and ctx.resolve(raw).endswith(ctx.resolve(inner[1])):
                end = inner[0] + 1  # "Hội đồng thành viên Tập đoàn Điện lực Việt Nam (EVN)": the group's short name
            elif inner and not is_national(lex, raw) and not own_named(raw) and not _placed_police(lex, raw):
                raw = f"{raw} {ctx.resolve(inner[1])}"  # "Đội X (Phòng CSGT)": the Phòng of the province
                end = inner[0] + 1
            elif ctx.department_code(toks, end, raw):
                raw = f"{raw} {ctx.aliases[toks[end + 1].text]}"
                end += 3
            elif end + 2 < len(toks) and toks[end + 2].text == ")" and _CODE.fullmatch(toks[end + 1].text):
                if not (raw.startswith(("Đội ", "Tổ ")) and toks[end + 1].text.startswith("P")):
                    code = toks[end + 1].text  # "Cục ... (C06)": the unit's code (a team's "(PA05)" is its department's)
                end, raw = parent_after(lex, toks, end, raw) or (end + 3, raw)  # "... (C04) Bộ Công an"
            else:
                n = _alias_at(lex, toks, end + 1, raw)
                if n:
                    code = words(toks, end + 1, end + 1 + n)  # "Công ty Điện lực X (PC X)", "(Petrovietnam)"
                    end += n + 2
        name = ctx.resolve(raw)
        if code:
            # "Chủ tịch HĐQT Tổng công ty X (PTSC)": the short name is the company's, not its board's
            board = next((b for b in BOARDS if name.startswith(b + " ")), None)
            ctx.aliases[code] = name[len(board) + 1:] if board else name
        if ctx.is_bare(raw) and name.startswith(raw + " ") and name.endswith(" " + (ctx.province_full() or "-")) \
                and raw in ("Sở", "Phòng", "Ban", "Cục", "Đội", "Chi cục"):
            i = max(end, i + 1)  # "các phòng thuộc Sở": no name, only the province added
            continue
        if ctx.is_bare(name) and end + 1 < len(toks) and toks[end].text in (",", "-"):
            # "Đảng ủy, Bộ Tư lệnh BĐBP": the bare type shares the next one's name
            nxt = scan_org(lex, toks, end + 1)
            if nxt:
                other = ctx.resolve(nxt[1])
                rest = ADMIN_BODY.sub("", _COMMAND.sub("", other))
                if rest == other and not ctx.is_bare(other):
                    # "Hội Nông dân, Hội LHPN tỉnh X", "Công đoàn, Đoàn Thanh niên Công ty Y": their owner
                    rest = parent_org(lex, other) or _place_of(lex, other) or other
                if rest != other or not ctx.is_bare(other):
                    name = f"{name} {rest}"
        if head_only_place(lex, toks, i, end):
            i = max(end, i + 1)  # "Đội huyện Lệ Thủy": a team from a place, not a unit
            continue
        if not (_JUNK_ORG.search(name) and not name.startswith("Khối")) and not EVERY_LEVEL.search(name) \
                and not ctx.is_bare(name) \
                and not name.endswith((" tỉnh", " huyện", " xã", " thành phố", " thị xã")):
            out.append((i, end, name))
            if not ctx.first_pass:
                ctx.note_read(name)  # named so far: "Tại Bệnh viện X, ông A, Giám đốc bệnh viện"
        i = max(end, i + 1)
    return out


def _placed_police(lex: Lexicon, raw: str) -> bool:
    """"Công an phường X (Công an TP Hà Nội)": a police unit named by its place; the bracket says whose it is."""
    return raw.startswith("Công an ") and has_place(lex, tokenize(raw))
