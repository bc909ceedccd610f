"""Persons, their ranks and the positions the article gives them.

Forms handled: a rank or honorific before the name ("Đại tá Thái Hồng Công",
"bà Nguyễn Thị Thu Trang"); titles before the name ("Phó Chủ tịch UBND tỉnh
Dương Xuân Huyên", "Ủy viên BTV Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh, Đại tá
Đinh Đình Trường"); titles after it, with commas or a dash ("Nguyễn Văn Thành,
Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an"; "ông Hoàng Nam - Quyền Chủ
tịch UBND tỉnh"); lists separated by semicolons; shared titles ("các Phó Giám
đốc Công an tỉnh: Đại tá A, Đại tá B"); later mentions by title and name or by
the given name alone ("Thiếu tướng Thanh").
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .context import BOARDS, GENERIC_UNITS, Context
from .lexicon import COMMITTEE_EVENTS, Lexicon, TitleInfo
from .org_parents import parent_after, root_org
from .orgs import (ADMIN_HEADS, HAMLETS, SUBUNIT_HEADS, country_post_at, field_after, inner_head, is_unit_code,
                   scan_locality, scan_org, surname_run, team_place_in_brackets, title_in_head)
from .tokens import DASHES, NUMBER_WORDS, Tok, is_name_syllable, tokenize, words

# separators before a title or a name, a hyphen or an en dash among them ("Lê Văn A – Chủ tịch ...")
# (module constants: mypyc compiles no `in (x, *DASHES)`)
_COMMA_DASH = (",", "|", *DASHES)  # ("|": between the cells of a table's row)
_PAREN_DASH = (",", "(", "|", *DASHES)
_KIEM_DASH = (",", "kiêm", *DASHES)
_UNIT_NOUNS = ("ban", "phòng", "khoa", "đoàn", "đội", "ga", "trạm")  # "Trưởng ban Dân vận" -> "Ban Dân vận"
# "được bầu lại làm", "tái cử", "được bổ nhiệm giữ chức", "tiếp tục giữ chức": an office given at the event
_APPOINT_WORDS = frozenset({"được", "bầu", "lại", "tái", "cử", "bổ", "nhiệm", "làm", "giữ", "chức", "tiếp", "tục",
                            "đảm", "nhận", "tín", "hiệp", "thương",  # ("được hiệp thương cử giữ chức")
                            "điều", "động", "phân", "công", "luân", "chuyển"})  # ("được điều động giữ chức")
_APPOINT_VERBS = frozenset({"bầu", "cử", "nhiệm", "chức"})
_ENVOYS = frozenset({"Đại sứ", "Tổng Lãnh sự"})  # a country's envoys, named with the country and their post
# lower-case words after a title that are no function of the office ("Giám đốc các Sở", "Bí thư kiêm Chủ tịch")
_NOT_FUNCTION = frozenset({"các", "những", "của", "kiêm", "và", "tại", "cùng", "cho", "là", "được", "đã", "trao", "tặng"})
_HEADS_OF_STATE = frozenset({"Chủ tịch nước", "Phó Chủ tịch nước", "Quốc vương", "Thủ tướng"})
_STATE_WORDS = frozenset({"dân", "chủ", "nhân", "xã", "hội", "nghĩa", "liên", "bang"})  # "Cộng hòa Dân chủ Nhân dân Lào"
_PLACE_HEADS = ("Tỉnh trưởng", "Thị trưởng")  # a foreign province's or city's head, named with the place
_HAMLET_WORDS = tuple(sorted(f" {h}" for h in HAMLETS))  # "Trưởng thôn X", "Trưởng khu phố 7": a title ending in one
# names that start with a unit noun that is not one: "Trưởng khoa Khoa học Tự nhiên" heads "Khoa Khoa học ..."
_NOT_UNIT_NOUN = ("phòng chống", "phòng, chống", "khoa học")
# bodies named "Đoàn ..." that are no troupe or group a bare "Trưởng đoàn" heads: he leads a delegation of them
_NOT_TROUPES = ("Đoàn Thanh niên", "Đoàn TNCS", "Đoàn đại biểu", "Đoàn Chủ tịch", "Đoàn Khối", "Đoàn Kinh tế")
_LOWER_UNITS = ("tổ", "đội", "phòng", "ban", "khoa")  # "Tổ trưởng tổ bảo trì Công ty X"
_LOWER_BODY_FIRST = frozenset(h.split()[0].lower() for h in ADMIN_HEADS)  # "công an", "ủy ban nhân dân", ...


@dataclass
class PersonMention:
    name: str
    rank: str | None = None
    positions: list[tuple[str, str | None]] = field(default_factory=list)
    start: int = 0
    end: int = 0
    short: bool = False  # given name only ("Thiếu tướng Thanh")
    anchored: bool = False  # found through a rank, honorific or title


@dataclass
class _Pos:
    title: str
    org: str | None
    needs_org: bool


# units an office with no organisation of its own may be named in after a comma
# ("Trung đội trưởng, Tiểu đoàn 4"; "Trợ lý Quân lực, Ban CHQS huyện X")
_STAFF_UNITS = frozenset({*SUBUNIT_HEADS, "Ban", "Văn phòng", "Đại đội", "Tiểu đoàn", "Ban Chỉ huy Quân sự", "Ban Chỉ huy",
                          "Bộ Chỉ huy Quân sự"})
# bodies named by their type and place whose head's title ends in the type ("Chánh Thanh tra tỉnh")
_PLACED_UNITS = ("Thanh tra", "Văn phòng")



def _scan_with_unit(lex: Lexicon, toks: list[Tok], j: int, unit: str) -> tuple[int, str] | None:
    """The body named at j when the unit's type, written in the title before it, is read in front of
    it ("Trưởng Ban | Tổ chức Tỉnh ủy", "Chánh Thanh tra | tỉnh"): (end in toks, name with the type), or
    None when nothing follows the type."""
    unit_toks = [Tok(w, toks[j].start, toks[j].start) for w in unit.split()]
    found = scan_org(lex, [*toks[:j], *unit_toks, *toks[j:]], j)
    if not found or found[0] <= j + len(unit_toks):
        return None
    return found[0] - len(unit_toks), found[1]

# occupations written with their craft before the name ("nghệ nhân gốm X", "nghệ sĩ đàn bầu Y")
_CRAFTS = frozenset({"nghệ nhân", "nghệ sĩ", "nghệ nhân ưu tú", "nghệ nhân nhân dân", "nghệ sĩ ưu tú", "nghệ sĩ nhân dân",
                     "thợ", "diễn viên", "nhạc công",
                     # and occupations with what kind ("nhân viên y tế thôn bản X", "bác sĩ trẻ Y", "kỹ sư cầu đường Z")
                     "nhân viên", "bác sĩ", "giáo viên", "kỹ sư", "công nhân", "điều dưỡng", "y sĩ",
                     # and athletes with their sport ("VĐV bơi X", "VĐV điền kinh Y", "HLV bắn súng Z")
                     "vận động viên", "huấn luyện viên"})
_NOT_CRAFT = frozenset({"và", "của", "các", "những", "ở", "tại", "là", "được", "cho", "với", "từ", "thuộc"})


def _committee_event(toks: list[Tok], j: int) -> int:
    """The end of "Tổ chức <event>" at j ("Tổ chức hội thi", "tổ chức Hội khỏe"), else 0."""
    if j + 2 >= len(toks) or toks[j].low != "tổ" or toks[j + 1].low != "chức":
        return 0
    for event in COMMITTEE_EVENTS:
        n = event.count(" ") + 1
        if " ".join(t.low for t in toks[j + 2 : j + 2 + n]) == event:
            return j + 2 + n
    return 0


class PersonFinder:
    def __init__(self, lex: Lexicon, ctx: Context):
        self.lex = lex
        self.ctx = ctx

    # -- names --------------------------------------------------------------
    def name_at(self, toks: list[Tok], i: int, max_len: int = 5) -> int:
        """Number of name syllables at i (stops before a title or rank)."""
        n = 0
        while i + n < len(toks) and n < max_len and is_name_syllable(toks[i + n]):
            if n and (self.lex.titles.match(toks, i + n) or self.lex.ranks.match(toks, i + n)):
                break
            n += 1
        return n

    # -- titles -------------------------------------------------------------
    def title_at(self, toks: list[Tok], i: int) -> tuple[int, _Pos] | None:
        """An office title and its organisation at i: (end, position)."""
        m = self.lex.titles.match(toks, i)
        if not m or title_in_head(self.lex, toks, i):
            return None  # (not "Đại sứ quán": a body)
        n, label, info = m
        party = self.lex.national_orgs.match(toks, i + n - 1) if label.endswith(" Đảng") else None
        if party and party[0] > 1:
            # "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào": another country's party, named in full in the
            # office, as "Ủy viên Trung ương Đảng" is an office of its own
            return i + n - 1 + party[0], _Pos(f"{words(toks, i, i + n - 1)} {party[2]}", None, False)
        if info.pref in _ENVOYS:
            envoy = country_post_at(self.lex, toks, i + n)
            if envoy:  # "Tổng Lãnh sự Nhật Bản tại TP. Hồ Chí Minh": the country and the post are the office's
                return envoy, _Pos(words(toks, i, envoy), None, False)
        pref_len = len(tokenize(info.pref))
        if label.lower().startswith(info.pref.lower()) and n > pref_len:
            n = pref_len  # "Thủ tướng Chính phủ": the rest is the organisation
        # the title as written ("Ủy viên Thường vụ"), unless written with an abbreviation ("Phó Bí thư TT")
        title = label if n == len(tokenize(label)) and not any(w.isupper() and len(w) > 1 for w in label.split()) \
            else info.pref
        if title.split()[-1].lower() in _UNIT_NOUNS and self.lex.national_orgs.match(toks, i + n - 1):
            # "Trưởng Ban Thi đua - Khen thưởng Trung ương": the unit noun starts the organisation
            nat = self.lex.national_orgs.match(toks, i + n - 1)
            after = i + n - 1 + nat[0]
            if nat[2].endswith(" Trung ương") and after < len(toks) and toks[after].cap \
                    and (inner_head(self.lex, toks, after) or toks[after].text == "Hội"):
                # "Trưởng Ban Tuyên giáo Trung ương Hội LHPN Việt Nam": the board of another body's centre (or
                # of the one named before: "Trưởng Ban Tổ chức Trung ương Hội")
                whole = scan_org(self.lex, toks, i + n - 1)
                if whole and whole[0] > after:
                    return whole[0], _Pos(title, self.ctx.resolve(whole[1]), True)
            return after, _Pos(title, nat[2], True)
        for p in range(n - 1, 0, -1):
            # a shorter title when the rest starts an organisation: "Bí thư | Trung ương Đoàn ...",
            # "Trưởng đoàn | đại biểu Quốc hội tỉnh" (the unit noun rule below makes it "Đoàn ...")
            short = self.lex.titles.match(toks[i : i + p], 0)
            if not short or short[0] != p:
                continue
            nat = self.lex.national_orgs.match(toks, i + p)
            if nat and nat[2].startswith("Trung ương ") and toks[i + p].text == "Ban" and nat[1].startswith("Ban Chấp hành"):
                continue  # "Ủy viên Ban Chấp hành | Trung ương Đoàn": the title as written, of the Đoàn's committee
            unit = short[2].pref.split()[-1].lower()
            rest = tokenize(f"{unit.capitalize()} {words(toks, i + p, i + n)}")
            as_org = self.lex.org_heads.match(rest, 0)
            # "Chủ nhiệm | Ủy ban Kiểm tra ...": a longer type (but "Trưởng ban | Ban X" keeps its unit noun)
            head = self.lex.org_heads.match(toks, i + p) if toks[i + p].low != label.split()[-1].lower() else None
            if head and head[1].startswith("Thường trực"):
                head = None  # "Phó Chủ tịch Thường trực | HĐND tỉnh": the standing post, not the standing body
            if (nat and nat[0] + p > n) or (head and head[0] + p > n) \
                    or (unit in _UNIT_NOUNS and short[2].needs_org and as_org and as_org[0] == len(rest)):
                n, info, title = p, short[2], short[2].pref
                break
        j = i + n
        if j + 1 < len(toks) and toks[j].low == "chuyên" and toks[j + 1].low == "trách":
            title, j = f"{title} chuyên trách", j + 2  # "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH": full-time
        if info.pref in _HEADS_OF_STATE and j + 1 < len(toks) and words(toks, j, j + 2) in ("Cộng hòa", "Vương quốc"):
            # "Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào": another state's head, named with the state
            k = j + 2
            while k < len(toks) and k - j < 10 and toks[k].word and (toks[k].cap or toks[k].low in _STATE_WORDS):
                k += 1
            if words(toks, j, k).endswith("Việt Nam"):
                return k, _Pos(title, None, False)  # the office of our own state, as the vocabulary names it
            return k, _Pos(f"{title} {words(toks, j, k)}", None, False)
        if not info.needs_org and m[0] == n:
            return j, _Pos(title, None, False)
        if title.endswith(_PLACE_HEADS) and (loc := scan_locality(self.lex, toks, j)) and loc[2]:
            # "Phó Tỉnh trưởng tỉnh Attapeu", "Thị trưởng thành phố Bằng Tường": a foreign place's head
            return loc[0], _Pos(f"{title} {words(toks, j, loc[0])}", None, False)
        if title in ("Trưởng đoàn", "Phó Trưởng đoàn") and (
                j >= len(toks) or not toks[j].word or (toks[j].text[0].islower() and self.lex.stops.match(toks, j))):
            troupe = self.ctx.sole_known("Đoàn ", _NOT_TROUPES)
            if troupe:  # "NSƯT A, Trưởng đoàn": of the one troupe (or assessors' group, or bar) the article names
                return j, _Pos(title, troupe, True)
        if title.endswith(_HAMLET_WORDS):
            k = j
            while k < len(toks) and k - j < 4 and (is_name_syllable(toks[k]) or (k == j and toks[k].num)) \
                    and not (k > j and surname_run(self.lex, toks, k) >= 2):
                k += 1
            if k > j:  # "Trưởng thôn Pà Rồng": a hamlet is a place, its name part of the office
                return k, _Pos(f"{title} {words(toks, j, k)}", None, False)
        org = None
        for w in (2, 1):
            # "Nhà trường" is often capitalised, and is never a school's own name
            if j + w <= len(toks) and (toks[j].text[0].islower() or (w == 2 and toks[j].text == "Nhà")):
                phrase = " ".join(t.text for t in toks[j : j + w])
                if phrase.lower() in GENERIC_UNITS:
                    g = self.ctx.generic(phrase)
                    if g:
                        return j + w, _Pos(title, g, True)
        unit_title = title.split()[-1].lower() in _UNIT_NOUNS
        if words(toks, j, j + 2) == "phụ trách" and (j + 2 == len(toks) or not toks[j + 2].word):
            return j + 2, _Pos(title, None, info.needs_org)  # "Phó Trưởng phòng phụ trách.": in charge, of the unit named
        lower = self._lower_unit(toks, j, title)
        if lower:
            return lower[0], _Pos(title, lower[1], True)
        if j < len(toks) and toks[j].text[0].islower() and not unit_title:
            placed = self._office_of_place(toks, j, title) or (self._lower_body(toks, j) if info.needs_org else None)
            if placed:
                return placed[0], _Pos(title, placed[1], True)
            k = j
            while k < len(toks) and k - j < 2 and toks[k].word and toks[k].text[0].islower() \
                    and not self.lex.stops.match(toks, k) and toks[k].low not in self.lex.localities.first \
                    and toks[k].low not in _NOT_FUNCTION:
                k += 1
            if k > j and info.needs_org and k < len(toks) and toks[k].cap and self.lex.org_heads.match(toks, k):
                # "Giám đốc nhân sự Công ty X": the office's function, then its body
                functional = self.title_at_body(toks, k, f"{title} {words(toks, j, k)}", info)
                if functional:
                    return functional
            return j, _Pos(title, None, info.needs_org)  # "Thứ trưởng đặc biệt nhấn mạnh"
        event = _committee_event(toks, j) if unit_title and title.endswith(("ban", "Ban")) else 0
        if event:  # "Trưởng ban Tổ chức hội thi": an office of an event's committee, written whole
            return event, _Pos(f"{title} {words(toks, j, event)}", None, False)
        short = self.ctx.alias_at(toks, j) if info.needs_org and not unit_title else None
        if short:
            return short[0], _Pos(title, short[1], True)  # "Phó Tổng Giám đốc Vinachem": the body the article so named
        s = scan_org(self.lex, toks, j, free=True)
        if unit_title and j < len(toks) and toks[j].cap and (s is None or (s[0] < len(toks) and (
                toks[s[0]].word or toks[s[0]].text in ("“", ",")))):  # (or a quoted name: "Ban Chỉ đạo phong trào “X” huyện";
            # or fields across a comma: "Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường X")
            # "Trưởng Ban Tổ chức Tỉnh ủy": the unit's name starts like a verb; read it with its noun (which
            # also reads on where the name stopped short: "Trưởng Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh")
            unit = "Văn phòng" if title.endswith("Văn phòng") else title.split()[-1].capitalize()
            found = _scan_with_unit(self.lex, toks, j, unit)
            if found and (s is None or found[0] > s[0]):
                s = (found[0], found[1][len(unit) + 1:])
        if s and not unit_title and not self.lex.org_heads.match(toks, j) and not self.lex.national_orgs.match(toks, j) \
                and s[0] - j <= 2 and all(is_name_syllable(t) for t in toks[j : s[0]]):
            s = None  # "Thứ trưởng Diệp trình bày": a given name after the title, not a body
        if s and s[0] > j and not (toks[j].cap and surname_run(self.lex, toks, j) and not self.lex.org_heads.match(toks, j)
                                   and not self.lex.national_orgs.match(toks, j) and not field_after(self.lex, toks, j)
                                   and not (unit_title and _place_alone(self.lex, toks, j))):
            end, raw = s
            unit = "văn phòng" if title.endswith("Văn phòng") else title.split()[-1].lower()  # "Chánh Văn phòng X"
            if title.split()[-1].lower() in _UNIT_NOUNS and not title.endswith("phụ trách Đội") and (
                    not raw.lower().startswith(unit) or raw.lower().startswith(_NOT_UNIT_NOUN)):
                raw = f"{unit.capitalize()} {raw}"  # "Trưởng khoa Nội" heads "Khoa Nội"
            code = toks[end + 1].text if end + 2 < len(toks) and toks[end].text == "(" and toks[end + 2].text == ")" \
                and is_unit_code(toks[end + 1].text) else None
            parent = parent_after(self.lex, toks, end, raw) or team_place_in_brackets(self.lex, toks, end, raw)
            if parent:  # "..., Bệnh viện X": the unit's parent; "Tổ bầu cử số 2 (đặc khu X)": where the team is
                end, raw = parent
            org = self.ctx.resolve(raw)
            self.ctx.remember(org)
            if code and code not in self.ctx.aliases:
                self.ctx.aliases[code] = org  # "Trưởng phòng CSGT (PC08)": "Phòng PC08" later is that department
            j = end
        elif info.needs_org and j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].cap:
            head = self.lex.org_heads.match(toks, j + 1)
            sub = scan_org(self.lex, toks, j + 1) if head and head[1] in _STAFF_UNITS else None
            if sub:
                # "Trợ lý Tuyên huấn, Phòng Chính trị Bộ CHQS tỉnh": the staff unit the office is in
                parent = parent_after(self.lex, toks, sub[0], sub[1])
                end, raw = parent or sub
                org = self.ctx.resolve(raw)
                self.ctx.remember(org)
                j = end
        return j, _Pos(title, org, info.needs_org)

    def title_at_body(self, toks: list[Tok], k: int, title: str, info: TitleInfo) -> tuple[int, _Pos] | None:
        """The body a title with its function names at k ("Giám đốc nhân sự | Công ty X")."""
        s = scan_org(self.lex, toks, k)
        if not s:
            return None
        org = self.ctx.resolve(s[1])
        self.ctx.remember(org)
        return s[0], _Pos(title, org, info.needs_org)

    def _office_of_place(self, toks: list[Tok], j: int, title: str) -> tuple[int, str] | None:
        """A title that ends in its body's type, then the body's place: "Chánh Thanh tra tỉnh" heads
        "Thanh tra tỉnh X", "Chánh Văn phòng huyện" the "Văn phòng huyện ..."."""
        unit = next((u for u in _PLACED_UNITS if title.endswith(" " + u)), None)
        if unit is None or toks[j].low not in self.lex.localities.first:
            return None
        found = _scan_with_unit(self.lex, toks, j, unit)
        if not found:
            return None
        org = self.ctx.resolve(found[1])
        self.ctx.remember(org)
        return found[0], org

    def _lower_body(self, toks: list[Tok], j: int) -> tuple[int, str] | None:
        """A body of every level written in lower case, then its place: "Trưởng công an Phường Trung
        Hưng" heads the "Công an phường Trung Hưng"."""
        if toks[j].low not in _LOWER_BODY_FIRST:
            return None
        span = toks[j : j + 12]
        # the same words with the body's first letter up and its place's level down: token for token
        text = " ".join(t.text[0].upper() + t.text[1:] if k == 0 else t.low if t.low in self.lex.localities.first else t.text
                        for k, t in enumerate(span))
        again = tokenize(text)
        head = self.lex.org_heads.match(again, 0)
        if len(again) != len(span) or not head or head[1] not in ADMIN_HEADS \
                or not scan_locality(self.lex, again, head[0]):
            return None
        found = scan_org(self.lex, again, 0)
        if not found:
            return None
        org = self.ctx.resolve(found[1])
        self.ctx.remember(org)
        return j + found[0], org

    def _lower_unit(self, toks: list[Tok], j: int, title: str) -> tuple[int, str] | None:
        """A unit written in lower case after its head's title, then its body: "Tổ trưởng tổ bảo trì
        Công ty X", "Tổ trưởng tổ sản xuất Phân xưởng Y, Công ty Z". Only with the body named."""
        if j + 2 >= len(toks) or toks[j].text not in _LOWER_UNITS:
            return None  # (the usual case, decided cheaply)
        unit = toks[j].text
        if unit not in (title.split()[0].lower(), title.split()[-1].lower()):
            return None
        if unit == "tổ" and toks[j + 1].cap and not self.lex.org_heads.match(toks, j + 1):
            # "Tổ trưởng tổ Ngữ văn": a school's subject group, named by its subject
            k = j + 1
            while k < len(toks) and k - j <= 3 and toks[k].word and (toks[k].cap or toks[k].low in ("văn", "học")):
                k += 1
            raw = f"Tổ {words(toks, j + 1, k)}"
            k, raw = parent_after(self.lex, toks, k, raw) or (k, raw)  # "tổ Toán, Trường THPT X": its school's
            org = self.ctx.resolve(raw)
            self.ctx.remember(org)
            return k, org
        k = j + 1
        while k < len(toks) and k - j <= 4 and toks[k].word and toks[k].text[0].islower() \
                and not self.lex.stops.match(toks, k):
            k += 1
        m = k + 1 if k < len(toks) and toks[k].text == "," else k
        body = scan_org(self.lex, toks, m) if k > j + 1 and m < len(toks) and toks[m].cap else None
        if body is None:
            return None
        end, name = parent_after(self.lex, toks, body[0], body[1]) or body  # "Phân xưởng Y, Công ty Z"
        raw = f"{unit.capitalize()} {words(toks, j + 1, k)} {name}"
        org = self.ctx.resolve(raw)
        self.ctx.remember(org)
        return end, org

    def chain_at(self, toks: list[Tok], i: int) -> tuple[int, list[_Pos]]:
        """Titles separated by commas ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"); a former
        one keeps its "nguyên" ("nguyên Giám đốc Công an tỉnh")."""
        out: list[_Pos] = []
        boards: list[tuple[int, str]] = []  # boards written bare before "kiêm"
        j = i
        while True:
            former = self.former_at(toks, j)
            t = self.title_at(toks, j + former)
            if not t:
                break
            start = j
            j, pos = t
            if former:
                pos.title = f"nguyên {pos.title}"
            out.append(pos)
            if j + 1 < len(toks) and toks[j].text in _KIEM_DASH and self.title_follows(toks, j + 1):
                board = next((b for b in BOARDS if words(toks, start, j).endswith(" " + b)), None)
                if board:
                    boards.append((len(out) - 1, board))
                j += 1  # "Chủ tịch HĐQT kiêm Tổng Giám đốc": two titles
                continue
            if j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].text == "kiêm" and self.title_follows(toks, j + 2):
                j += 2  # "Giám đốc Bệnh viện X, kiêm Phó Chủ tịch Hội Y": two titles
                continue
            break
        for n, board in boards:
            # "Chủ tịch Hội đồng quản trị kiêm Giám đốc HTX X": the board written bare is X's
            nxt = out[n + 1].org if n + 1 < len(out) else None
            if nxt and not nxt.startswith(board):
                out[n].org = f"{board} {root_org(self.lex, nxt)}"
        return (j if out else i), out

    def former_at(self, toks: list[Tok], i: int) -> int:
        """1 if "nguyên" (former) stands before a title at i, else 0."""
        return 1 if i + 1 < len(toks) and toks[i].low == "nguyên" and self.lex.titles.match(toks, i + 1) else 0

    def title_follows(self, toks: list[Tok], i: int) -> bool:
        """Does a title, current or former, start at i?"""
        return bool(self.lex.titles.match(toks, i)) or bool(self.former_at(toks, i))

    # -- mentions -----------------------------------------------------------
    def find(self, toks: list[Tok]) -> list[PersonMention]:
        out: list[PersonMention] = []
        i = 0
        pending: list[_Pos] = []  # titles written before a name
        shared: list[_Pos] = []  # titles before a colon, shared by the list after it
        list_ctx = False  # after ":" or ";" a bare name may start an item
        appointed_to: str | None = None  # the body of the last office someone was elected to
        while i < len(toks):
            t = toks[i]
            if t.text in (":", ";"):
                list_ctx = True
                if t.text == ";":
                    pending = []  # "... làm Chủ tịch Hội X; bà B": the office before is not B's
                if t.text == ";" and not self._bare_name_at(toks, i + 1):
                    shared = []  # "...: A, t1; B, t2" share the titles before the colon; "; ông C" does not
                i += 1
                continue
            title_here = t.cap and t.low in self.lex.titles.first and self.lex.titles.match(toks, i)
            m = self._mention(toks, i, pending or shared, list_ctx) \
                if (t.cap or self.lex.honorifics.starts(t)) and not title_here else None
            if m:
                out.append(m)
                pending = []
                i = m.end
                # a list of names sharing the titles before them: "Thứ trưởng X, Y"
                while i + 1 < len(toks) and toks[i].text in (",", "và") and surname_run(self.lex, toks, i + 1) >= 2 \
                        and not (i + 1 + surname_run(self.lex, toks, i + 1) < len(toks)
                                 and toks[i + 1 + surname_run(self.lex, toks, i + 1)].text in _COMMA_DASH
                                 and self.lex.titles.match(toks, i + 2 + surname_run(self.lex, toks, i + 1))):
                    n = surname_run(self.lex, toks, i + 1)
                    out.append(PersonMention(words(toks, i + 1, i + 1 + n), None, list(m.positions), i + 1, i + 1 + n,
                                             anchored=m.anchored))
                    i = i + 1 + n
                # (after the offices held, a comma: "ông A, Ủy viên BTV Đảng ủy phường, được cử giữ chức ...")
                k = self._appointed_at(toks, i + 1 if i < len(toks) and toks[i].text == "," and m.positions else i)
                if k:
                    # "A và B được bầu làm Phó Chủ tịch Hội X": the office they were elected to; "... làm Chủ tịch
                    # Hội X; B được bầu làm Phó Chủ tịch": of the body named before, else of the event's organiser
                    j, chain = self.chain_at(toks, k)
                    first = out.index(m)
                    while first and out[first - 1].end + 1 == out[first].start and not out[first - 1].positions \
                            and toks[out[first - 1].end].text in (",", "và"):
                        first -= 1
                    for p in chain:
                        if p.org is None and p.needs_org:
                            p.org = appointed_to or self.ctx.main_org
                        appointed_to = p.org or appointed_to
                    for named in out[first:]:  # (an office whose body is unknown says nothing: "làm Chủ nhiệm")
                        named.positions = [*named.positions, *((p.title, p.org) for p in chain
                                                               if p.org or not p.needs_org)]
                    i = j
                continue
            if (t.cap and t.low in self.lex.titles.first and self.lex.titles.match(toks, i)) or self.former_at(toks, i):
                if i and toks[i - 1].text in ("của", "Ban", "Đoàn"):
                    # "thừa ủy quyền của Bộ trưởng X, Thứ trưởng Y": the first office is not Y's; nor is the
                    # body's in "Thay mặt Ban Bí thư Trung ương Đoàn, anh Y trao ..." (a Secretariat, no office),
                    # or "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam, ông Y" (a presidium)
                    one = self.title_at(toks, i)
                    while one and one[0] + 1 < len(toks) and toks[one[0]].text == "và" and self.lex.titles.match(toks, one[0] + 1):
                        one = self.title_at(toks, one[0] + 1)  # "của Chủ tịch nước và Thủ tướng Chính phủ"
                    # (but "Báo cáo của Phó Trưởng Thuế tỉnh Nguyễn Thị Linh": the office of the person named right after)
                    held = toks[i - 1].text == "của" and not (i >= 2 and toks[i - 2].low == "quyền") \
                        and one is not None and surname_run(self.lex, toks, one[0]) >= 3
                    if one and not held:
                        i = one[0]
                        pending = []
                        continue
                j, chain = self.chain_at(toks, i)
                if chain:
                    pending = chain
                    if j < len(toks) and toks[j].text == ":" and pending:
                        shared = list(pending)
                    i = j
                    continue
            if t.text not in (",", "và", "các", ":"):
                if not (t.text in DASHES and pending):
                    pending = [] if t.word and t.text[0].islower() else pending
            if t.text == ".":
                list_ctx = False
                shared = []
            i += 1
        return out

    def _appointed_at(self, toks: list[Tok], i: int) -> int:
        """Where the office starts after "được bầu (lại) làm", "tái cử", "được bổ nhiệm giữ chức" at i;
        0 if none (not "được Chủ tịch UBND tỉnh tặng ...": a giver, no office)."""
        k, verb = i, False
        while k < len(toks) and k - i < 6 and toks[k].low in _APPOINT_WORDS:
            verb = verb or toks[k].low in _APPOINT_VERBS
            k += 1
        return k if verb and self.title_follows(toks, k) else 0

    def _bare_name_at(self, toks: list[Tok], i: int) -> bool:
        """A name with no rank, title or honorific before it starts at i."""
        lex = self.lex
        return i < len(toks) and is_name_syllable(toks[i]) and not (
            lex.ranks.match(toks, i) or lex.titles.match(toks, i) or lex.honorifics.match(toks, i))

    def _craft_words(self, toks: list[Tok], k: int) -> int:
        """One to four lower-case words of a craft, an instrument or a kind of work at k, then a name of three
        syllables or more that starts with a family name ("gốm Quảng Thị Xuân Mai", "cồng chiêng Rơ Châm Kpuih";
        not "công nhân về quê đón Tết Ất Tỵ"): their number, or 0."""
        for n in (1, 2, 3, 4):  # ("nhân viên y tế thôn bản X")
            if k + n < len(toks) and all(t.word and t.text[0].islower() and t.low not in _NOT_CRAFT
                                         for t in toks[k : k + n]) and surname_run(self.lex, toks, k + n) >= 3:
                return n
        return 0

    def _mention(self, toks, i, pending, list_ctx) -> PersonMention | None:
        lex = self.lex
        rank = None
        j = i
        anchored = False
        r = lex.ranks.match(toks, j)
        if r:
            rank = r[1]
            j += r[0]
            if j < len(toks) and toks[j].text in (";", ",") and (
                    self.name_at(toks, j + 1) >= 2 or self.lex.honorifics.match(toks, j + 1)):
                j += 1  # "Thượng tướng; Nguyễn Văn Thành", "Thiếu tướng, PGS.TS Lê Vinh Quy"
            anchored = True
        h = lex.honorifics.match(toks, j)
        if h and rank and toks[j].text in lex.surnames and self.name_at(toks, j) >= 3:
            h = None  # "Trung tá Ông Văn Lực": after a rank, a capitalised "Ông" is the family name
        if h and j + h[0] + 1 < len(toks) and toks[j + h[0]].text == "." and toks[j + h[0] - 1].cap:
            h = (h[0] + 1, *h[1:])  # "ThS. Lô Thị Mai", "PGS.TS. Nguyễn Văn A": the abbreviation's dot
        if h and words(toks, j, j + h[0]).lower() in _CRAFTS:
            craft = self._craft_words(toks, j + h[0])
            if craft:
                h = (h[0] + craft, *h[1:])  # "nghệ nhân gốm Quảng Thị Xuân Mai": the craft, then the name
        if h and j + h[0] < len(toks) and is_name_syllable(toks[j + h[0]]) and not lex.titles.match(toks, j + h[0]):
            j += h[0]
            anchored = True
            r = None if rank else lex.ranks.match(toks, j)
            if r and self.name_at(toks, j + r[0]):
                rank = r[1]  # "đồng chí Thiếu tướng Nguyễn Văn A": the rank after the honorific
                j += r[0]
            if toks[j].text in lex.baptismal_names and surname_run(lex, toks, j + 1) >= 2:
                j += 1  # "Linh mục Phêrô Vũ Đình Khải": the baptismal name, then the person's own
        n = self.name_at(toks, j)
        if n == 0:
            return None
        strong = anchored  # a rank or an honorific before it
        if not anchored:
            if pending or list_ctx and i and (toks[i - 1].text in (":", ";") or (
                    toks[i - 1].text == "và" and i >= 2 and toks[i - 2].text in (")", ";"))):
                # (an item's place in brackets, then "và" and the last item: "...; C (xã Z) và D (phường W)")
                # (two syllables must start with a surname, or a name's mark ("H Nga", "H’Nga"): "...: Quỹ Đền ơn
                # đáp nghĩa" names a fund)
                first = toks[j].text
                anchored = bool(pending) or n >= 3 or (
                    n == 2 and (first in lex.surnames or len(first) == 1 or "’" in first or "'" in first))
            elif surname_run(lex, toks, j) >= 2 and j + n < len(toks) and toks[j + n].text in _COMMA_DASH \
                    and self.title_follows(toks, j + n + 1):
                anchored = True
            elif n >= 2 and i > 0 and toks[i - 1].text in (":", ";") and j + n < len(toks) \
                    and toks[j + n].text in _COMMA_DASH and self.title_follows(toks, j + n + 1):
                anchored = True
            elif i >= 3 and toks[i - 1].text == "là" and surname_run(lex, toks, j) >= 2 \
                    and any(toks[k].num or toks[k].low in NUMBER_WORDS for k in range(max(0, i - 5), i - 1)):
                anchored = True  # "cho 2 đồng chí là Lê Văn Bền và Phạm Thị Út", "cho 2 HLV là A và B": a count named
            elif i and toks[i - 1].text == "gồm" and surname_run(lex, toks, j) >= 3:
                anchored = True  # "nhóm phóng viên gồm Lê Quang Vũ, Hoàng Thị Thu Trà và ...": who they are
            elif i >= 2 and toks[i - 1].text == "và" and toks[i - 2].text == ")" and surname_run(lex, toks, j) >= 3:
                anchored = True  # "là Hoàng Văn Páo (phường X) và Lành Thị Slao": the last of two, after a place
            if not anchored:
                return None
        if n >= 2 and toks[j].low in lex.org_heads.first and not toks[j].text in lex.surnames \
                and not (strong and toks[j + 1].text in ("Văn", "Thị")):
            # "chiến sĩ Đồn Mo Ray": a unit, short for "Đồn Biên phòng Mo Ray" (but "Thiếu tá Thành Văn Khoa")
            return None
        if not strong and n >= 2 and (lex.national_orgs.match(toks, j) or (
                toks[j + n - 1].low in lex.org_heads.first and (lex.org_heads.match(toks, j + n - 1) or (0,))[0] > 1)):
            return None  # "; Agribank Chi nhánh tỉnh X được ...": a body and its branch, no person
        head = lex.org_heads.match(toks, j) if toks[j].low in lex.org_heads.first else None
        if head and head[0] > n:
            return None  # "Đoàn Thanh niên ...": a body's type longer than the would-be name
        name = words(toks, j, j + n)
        if name.lower() in self.lex.provinces or name in ("Việt Nam", "Hồ Chí Minh", "Bác Hồ") \
                or (name == "Chí Minh" and j and toks[j - 1].text == "Hồ"):  # (the rest of "Hồ Chí Minh")
            return None
        if j and toks[j - 1].cap and (lex.province_index.match(toks, j - 1) or (0,))[0] > n:
            return None  # "Thiên Huế" in "(Thừa Thiên Huế)": the rest of a province's name
        if n >= 2 and toks[j].text not in lex.surnames and lex.gazetteer.districts_named(name):
            return None  # "ngư dân Phú Quý": the people of a district, not a person
        if n >= 2 and len(toks[j + n - 1].text) == 1:
            return None  # "chị Đinh Thị Y.", "Nguyễn Văn T.": initials, withheld names
        end = j + n
        positions = [(p.title, p.org) for p in pending]
        # titles after the name: ", T1 O1, T2 O2", " - T1 O1, ..." or " (T1 O1)"
        if end + 1 < len(toks) and toks[end].text in _PAREN_DASH and self.title_follows(toks, end + 1):
            k, chain = self.chain_at(toks, end + 1)
            if chain:
                positions += [(p.title, p.org) for p in chain]
                end = k + 1 if toks[end].text == "(" and k < len(toks) and toks[k].text == ")" else k
        # one syllable is a short mention of someone named in full before ("ông Nam"), unless it
        # is a whole name itself, as ethnic minority names with an apostrophe are ("ông K'Bình")
        short = n == 1 and "'" not in name and "’" not in name
        pm = PersonMention(name, rank, positions, i, end, short=short, anchored=True)
        return pm


def _place_alone(lex: Lexicon, toks: list[Tok], j: int) -> bool:
    """A place's name at j and no name after it: "Trưởng ga Đồng Hới" heads the station of that
    town, though "Đồng" is a family name ("Trưởng phòng Đồng Văn Hải" is a person's)."""
    p = lex.district_index.match(toks, j) or lex.province_index.match(toks, j)
    return bool(p) and not (j + p[0] < len(toks) and toks[j + p[0]].cap)
