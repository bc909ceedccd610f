"""What an article is about, so that short names can be written in full.

The article's province ("UBND tỉnh" -> "Ủy ban nhân dân tỉnh Nam Định"), the
last-named unit of each level ("Công an huyện" -> the huyện named before), the
organisations already named (so "Trung ương Hội" is the "Trung ương Hội Nông
dân Việt Nam" named earlier) and the unit that sub-units belong to.
"""
from __future__ import annotations

import re

from ..gazetteer import BOUNDARY
from .lexicon import LOCALITY_WORDS, Lexicon
from .org_parents import has_parent, parent_org
from .orgs import ADMIN_HEADS, BARE_NAME_HEADS, PROVINCIAL_HEADS, SUBUNIT_HEADS, has_place, inner_head, scan_locality
from .tokens import DASHES, NUMBER_WORDS, Tok, is_name_syllable, tokenize, words

# party committees below a province named with their place: the place's level
_COMMITTEE_LEVELS = {k: v for k, v in BARE_NAME_HEADS.items() if v not in ("tỉnh",) and " " in k}
_COMMITTEE_FIRST = frozenset(k.split()[0].lower() for k in _COMMITTEE_LEVELS)  # a cheap test before the lookup
# generic words that stand for a unit of the article ("bệnh viện" = the hospital)
GENERIC_UNITS = {"bệnh viện": "Bệnh viện", "nhà trường": "Trường", "trường": "Trường", "trung tâm": "Trung tâm",
                 "học viện": "Học viện", "hợp tác xã": "Hợp tác xã",
                 "công ty": "Công ty", "doanh nghiệp": "Công ty", "nhà máy": "Nhà máy"}
# the province's emulation board, named after the province whichever department it sits in
_EMULATION_BOARD = "Ban Thi đua - Khen thưởng"
# the kinds of unit that own sub-units (Phòng, Đội, ...), best first
_HOST_PREFIXES = ("Công an tỉnh", "Công an thành phố", "Bộ đội Biên phòng tỉnh",
                  "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự thành phố")

# centres every province has one of, named without it ("Trung tâm Kiểm soát bệnh tật")
_PROVINCIAL_CENTRES = frozenset({"Kiểm soát bệnh tật", "Khuyến nông", "Dịch vụ việc làm", "Phục vụ hành chính công",
                                 "Công nghệ thông tin và Truyền thông", "Huấn luyện và Thi đấu thể thao",
                                 "Pháp y", "Giám định y khoa", "Trợ giúp pháp lý nhà nước", "Xúc tiến đầu tư",
                                 "Quan trắc tài nguyên và môi trường", "Công tác xã hội", "Bảo trợ xã hội"})
# bodies whose centres ("Trung tâm Ung bướu") are their own
_CENTRE_OWNERS = ("Bệnh viện", "Trường Đại học", "Học viện", "Đại học", "Báo ", "Đài ", "Cảng hàng không ", "Vườn quốc gia ")
# bodies named after the provincial department they are of ("Chi bộ Sở Nội vụ" is the province's Sở's)
_OF_A_DEPARTMENT = ("Thanh tra", "Công đoàn", "Văn phòng", "Chi bộ", "Đảng bộ", "Đảng ủy", "Chi đoàn", "Đoàn Thanh niên")
# bodies whose departments are "Ban"s named by their field ("Ban Thời sự", "Ban Kỹ thuật")
_WITH_BOARDS = ("Báo ", "Đài ", "Tạp chí ", "Thông tấn xã", "Tập đoàn", "Tổng công ty")
# bodies every level has one of: a bare one is the level's the text gives, not the one named last
_LEVELLED = (*ADMIN_HEADS, "Đảng ủy", "Ủy ban Mặt trận", "Mặt trận", "Huyện ủy", "Tỉnh ủy")
_DISTRICT_POLICE = ("Công an huyện", "Công an quận", "Công an thị xã")

# bodies with departments and teams of their own, named without them in an article about the body
_WITH_DEPARTMENTS = ("Cục ", "Chi cục ", "Sở ", "Đài ", "Đồn ", "Bảo hiểm xã hội ", "Kho bạc Nhà nước ", "Ngân hàng ", "Bệnh viện ", "Bảo tàng ",
                     "Trung tâm ", "Viện ", "Báo ", "Thuế ", "Hải quan ", "Thống kê ", "Thanh tra ", "Kiểm toán Nhà nước ",
                     "Tòa án nhân dân ", "Ban Quản lý ", "Trại giam ", "Trại tạm giam ", "Trường Giáo dưỡng ", "Nhà hát ")
# the central bodies whose departments are "Vụ"s
_WITH_VU = ("Bộ ", "Ủy ban Dân tộc", "Kiểm toán Nhà nước", "Ngân hàng Nhà nước", "Thanh tra Chính phủ", "Văn phòng Chính phủ",
            "Văn phòng Quốc hội", "Văn phòng Chủ tịch nước", "Ban Tổ chức Trung ương", "Ban Tuyên giáo")
_ACADEMIC = ("Trường Đại học", "Đại học", "Học viện", "Viện", "Trường Cao đẳng", "Trường Chính trị")  # bodies with offices of their own
# a university's own schools and institutes, named by their field ("Trường Sư phạm", "Viện Kỹ thuật và Công nghệ")
_SCHOOL_OF_A_UNIVERSITY = re.compile(r"(?:Trường|Viện) (?!Đại học|Cao đẳng|Trung học|Tiểu học|Mầm non|THPT|THCS|Phổ thông|"
                                     r"Trung cấp|Chính trị|Hàn lâm|Quân|Sĩ quan)[A-ZĐ]")
_COMPANIES = ("Công ty", "Tổng công ty", "Nhà máy", "Tập đoàn", "Liên doanh")
MERGER_MONTH = BOUNDARY[:7]  # articles are dated by month: "2025-07"
# military units that belong to the unit above them, named or the article's: a regiment to its division,
# a battalion to its regiment ("Tiểu đoàn 4 Trung đoàn 98 Sư đoàn 316"); divisions and brigades are
# named by their number alone
_ECHELON = {"Đại đội": 1, "Hải đội": 1, "Tiểu đoàn": 2, "Hải đoàn": 2, "Trung đoàn": 3}
_ABOVE_ECHELON = {"Lữ đoàn": 3, "Sư đoàn": 4}
# bodies with police teams of their own ("Đội Cảnh sát bảo vệ" of a prison)
_POLICE_OWN = ("Công an", "Trại giam", "Trại tạm giam", "Trường Giáo dưỡng", "Cục ", "Bộ Tư lệnh", "Phòng ")
# military commands written bare after a title ("Tư lệnh Vùng", "Chính ủy Sư đoàn")
_COMMAND_WORDS = frozenset({"Vùng", "Quân khu", "Quân đoàn", "Sư đoàn", "Lữ đoàn", "Trung đoàn"})
BOARDS = ("Hội đồng quản trị", "Hội đồng thành viên", "Ban Giám đốc", "Ban Giám hiệu", "Ban Kiểm soát",
           "Hội đồng trường")
_ABBR = re.compile(r"\b[A-ZĐ]{2,6}\b")
# a level written capitalised as a name and nothing after it: "Công an Thành phố" is the
# article's city police, as "Công an thành phố" is
# a company with a name of its own before a group's short name: "Công ty TNHH MTV Dịch vụ Cơ khí Hàng hải PTSC"
_OWN_COMPANY = re.compile(r"(?:Công ty|Tổng công ty)(?: (?:TNHH|MTV|CP|[Cc]ổ phần|[Mm]ột thành viên))* (?!và )\S")
# the levels of places, where a body's place starts in its name: one word, or two
_LEVEL_WORDS = frozenset({"tỉnh", "huyện", "quận", "xã", "phường"})
_LEVEL_PAIRS = frozenset({("thành", "phố"), ("thị", "xã"), ("thị", "trấn"), ("đặc", "khu")})
# a name's place at its end: " tỉnh X", " Trung ương"
_PLACE_TAIL = re.compile(r" (?:tỉnh|thành phố|Trung ương)\b.*$")
_LEVEL_AS_NAME = re.compile(r" (Thành phố|Tỉnh|Huyện|Quận|Thị xã|Xã|Phường)$")


# a team of a neighbourhood or a hamlet ("Tổ bảo vệ ANTT khu 3A", "Tổ tự quản thôn Đông"): no unit's
# a team named by its neighbourhood is the neighbourhood's ("Tổ bảo vệ ANTT khối Trung Hòa"), no unit's
_NEIGHBOURHOOD = re.compile(r" (?:khu|khu phố|tổ dân phố|thôn|ấp|bản|xóm) [\wĐ]{1,4}$| ở cơ sở\b"
                            r"| (?:khu phố|tổ dân phố|thôn|ấp|bản|xóm|khối|khóm|buôn|làng)(?: số)? [\w][\w ]*$")
# a ward's numbered quarter at a name's end: "Chi bộ tổ dân phố số 6", "Ban Công tác Mặt trận khu phố 7" (the
# security teams are written without the ward, as the tests of them and corpus76 have it)
_NUMBERED_QUARTER = re.compile(r" (?:khu phố|tổ dân phố|khóm|khối|Khu phố|Tổ dân phố|Khóm|Khối)(?: số)? \d+$")
_ELECTION_TEAM = "Tổ bầu cử "  # "Tổ bầu cử số 9": a polling team, numbered in its commune or ward
_MERGE_WORDS = frozenset({"nhập", "hợp"})  # "nhập", "sáp nhập", "hợp nhất"
_MERGE_WORDS_FIRST = frozenset({"sắp", "sáp", "hợp", "khi"})  # "Trước sắp xếp", "Trước sáp nhập", "Trước khi hợp nhất"


def _merging(tokens: list[Tok], i: int) -> bool:
    """"nhập" of "sáp nhập" (not "thu nhập", "xuất nhập khẩu"), "hợp" of "hợp nhất"."""
    if tokens[i].low == "hợp":
        return i + 1 < len(tokens) and tokens[i + 1].low == "nhất"
    return not (i and tokens[i - 1].low in ("thu", "xuất"))


def _former_at(tokens: list[Tok], k: int) -> bool:
    """"(cũ)" right after a unit: one that no longer exists."""
    return k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 1].low == "cũ"


# bodies of the State and mass organisations a province has one of
_STATE_HEADS = frozenset({*PROVINCIAL_HEADS, "Cục", "Kho bạc Nhà nước", "Bảo hiểm xã hội", "Liên đoàn Lao động", "Hội", "Hội Nông dân",
                          "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Thanh tra", "Tòa án nhân dân",
                          "Viện kiểm sát nhân dân", "Liên minh Hợp tác xã", "Đoàn Thanh niên"})


# generic words a name may end in that stand for the article's unit ("Công đoàn Công ty")
_GENERIC_ENDS = ("Tổng công ty", "Công ty", "Bệnh viện", "Trường", "Nhà máy", "Trung tâm", "Bộ", "Sở", "Viện", "Tập đoàn", "Quân khu",
                 "Học viện", "Quân đoàn", "Quân chủng", "Sư đoàn", "Lữ đoàn", "Trung đoàn", "Vùng", "Bộ Tư lệnh")
# bodies named "Bộ ..." that are no ministry: the Politburo, military commands, the army
_NOT_MINISTRIES = ("Bộ Chính trị", "Bộ Tư lệnh", "Bộ Chỉ huy", "Bộ đội", "Bộ Tổng Tham mưu")
_GENERIC_SUFFIXES = tuple(f" {g}" for g in _GENERIC_ENDS) + tuple(f" {g.lower()}" for g in _GENERIC_ENDS)
# words that make "trường" part of a compound, not "the school": "Môi trường", "thị trường"
_BEFORE_TRUONG = frozenset({"môi", "thị", "chiến", "công", "hiện", "quảng", "lập", "phi", "hội", "đấu", "thương"})
_LEVEL_ENDS = frozenset(level.split()[-1] for level in LOCALITY_WORDS)  # the "phố" of "thành phố X"


# capitalised words that name no field of work ("Cảnh sát" units sit in any police body)
_NO_FIELD = frozenset({"cảnh", "công", "nhân", "dân", "tổng", "hợp", "quản"})


def _only_sub_units_in(lex: Lexicon, name: str) -> bool:
    """Are all the bodies a name holds sub-units without a place ("Đội X Phòng Y")?"""
    parent = parent_org(lex, name)
    while parent is not None:
        head = lex.org_heads.match(tokenize(parent), 0)
        if not head or head[1] not in SUBUNIT_HEADS:
            return False
        parent = parent_org(lex, parent)
    return True


class Context:
    def __init__(self, lex: Lexicon, sentences: list[list[Tok]], published: str | None = None):
        self.lex = lex
        self.province = _detect_province(lex, sentences, published)
        # the province as the article writes it when that is its former kind and name: "tỉnh Thừa
        # Thiên Huế" (the city of Huế since 2025) in an article of 2022
        self.written = _written_as_province(lex, sentences, self.province, published or _month_written(sentences))
        self.last: dict[str, str] = {}
        self.here: str | None = None  # the one other province the sentence being read names (note_places)
        self.just_named: set[str] = set()  # the levels of the units the sentence being read names (note_places)
        self.about: str | None = None  # the body the sentence being read is about ("Về phía X có ...")
        self.known: dict[str, int] = {}  # canonical org name -> mentions
        self.recent: dict[str, int] = {}  # canonical org name -> when last named (a running count)
        self.read: dict[str, int] = {}  # the same, in the second pass only: named so far in the text
        self._tick = 0
        self.offices: dict[str, str] = {}  # title -> last office written with an organisation
        self._bare: dict[str, bool] = {}
        self.main_org: str | None = None  # the main event's organiser, once known
        # the first pass, before the main event is known: sub-units are not yet given a host, which
        # would be guessed without the article's own unit and then kept
        self.first_pass = False
        self.unhosted: set[str] = set()  # the sub-units the first pass left without a host
        self.aliases: dict[str, str] = {}  # unit codes an article defines: "C06" -> "Cục ..."
        self.renamed: dict[str, str] = {}  # the gazetteer bodies renamed by the article's date: old -> new name

    def alias_at(self, toks: list[Tok], i: int) -> tuple[int, str] | None:
        """(end, full name) of a short name the article gave a body, at i: a code or brand of one
        word ("PC04", "Vinachem") or a name of several ("Cao su Phú Riềng", "PX KT3")."""
        if i >= len(toks) or not self.aliases:
            return None
        if toks[i].cap:  # the longest first: "PTSC M&C" (a company) before "PTSC" (its corporation)
            for alias, full in self.aliases.items():
                if " " in alias and alias.startswith(toks[i].text + " "):
                    parts = alias.split()
                    if [t.text for t in toks[i:i + len(parts)]] == parts:
                        return i + len(parts), full
        if toks[i].text in self.aliases:
            return i + 1, self.aliases[toks[i].text]
        return None

    # -- places -------------------------------------------------------------
    def province_name(self) -> str | None:
        if self.written:
            return self.written
        return self.province.name if self.province else None

    def province_full(self) -> str | None:
        if not self.province:
            return None
        if self.written:
            return f"tỉnh {self.written}"
        kind = getattr(self.province, "unit_type", "tỉnh") or "tỉnh"
        return f"{kind} {self.province.name}"

    def note_places(self, tokens: list[Tok]) -> None:
        """Remember the last unit of each level named in these tokens, and the one other province the
        sentence names, if it names one: "Phó Chủ tịch UBND tỉnh Quảng Ngãi X trao Bằng khen của Chủ tịch
        UBND tỉnh" in an article about a unit in Đà Nẵng gives Quảng Ngãi's."""
        first = self.lex.localities.first
        named: set[str] = set()  # provinces whose People's Committee the sentence names
        self.just_named = set()
        # "Trước sắp xếp, năm 2023, UBND phường X ...": a sentence about the units before the merger
        before_merger = len(tokens) > 2 and tokens[0].low == "trước" and tokens[1].low in _MERGE_WORDS_FIRST
        i = 0
        merged = False  # after "nhập", "sáp nhập", "hợp nhất": the units merged
        while i < len(tokens):
            t = tokens[i]
            if t.low in _MERGE_WORDS and t.text[0].islower() and _merging(tokens, i):
                merged = True
            if t.low in first and t.text[0].islower():
                loc = scan_locality(self.lex, tokens, i)
                if loc:
                    if loc[2] and loc[1] == "tỉnh" and i >= 4 and tokens[i - 1].low == "dân" \
                            and words(tokens, i - 4, i) == "Ủy ban nhân dân" \
                            and not any(t.low == "nguyên" for t in tokens[max(0, i - 9) : i - 4]):
                        # (the committee of another province the gazetteer knows, not a former post there)
                        p = self.lex.province_index.match(tokens, i + 1)
                        if p and getattr(p[2], "unit_type", "tỉnh") == "tỉnh":
                            named.add(f"tỉnh {words(tokens, i + 1, i + 1 + p[0])}")
                    plural = i and ((tokens[i - 1].num and not (i >= 2 and tokens[i - 2].low == "số"))
                                    or tokens[i - 1].low in NUMBER_WORDS
                                    or tokens[i - 1].low in ("các", "những"))
                    # ("sắp xếp bốn xã A, B và C": a list, not the xã of the article; "trên cơ sở nhập xã A và
                    # xã B", "xã A (cũ)": units before a merger, not the one the article is in)
                    # (nor "trước đây (thuộc) phường X": where a unit was before)
                    earlier = "trước đây" in words(tokens, max(0, i - 3), i).lower()
                    if loc[2] and not plural and not merged and not before_merger and not earlier \
                            and not _former_at(tokens, loc[0]):
                        self.last[loc[1]] = loc[2]
                        if loc[1] != "tỉnh":  # (a province is the article's own: see `here` for another's)
                            self.just_named.add(loc[1])
                    i = max(loc[0], i + 1)  # "thị xã Kỳ Anh" is not also "xã Kỳ Anh"
                    continue
            level = _COMMITTEE_LEVELS.get(words(tokens, i, i + 2)) \
                if t.cap and t.low in _COMMITTEE_FIRST and i + 2 < len(tokens) else None
            if level:
                # "Huyện ủy Thọ Xuân" names the huyện too: "UBND huyện" later is Thọ Xuân's
                # (a district the gazetteer knows: "Bí thư Huyện ủy Vũ Đình Khiêm" names a person)
                m = self.lex.district_index.match(tokens, i + 2)
                n = m[0] if m else 0
                if n:
                    self.last[level] = words(tokens, i + 2, i + 2 + n)
                i += 2 + n
                continue
            i += 1
        own = self.province_full()
        self.here = next(iter(named)) if len(named) == 1 and own and own not in named else None

    def _fill_name(self, level: str) -> str | None:
        """The name of the unit a bare level word stands for ("tỉnh" -> "Nam Định")."""
        full = self._fill(level)
        if not full:
            return None
        for kind in ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường"):
            if full.startswith(kind + " "):
                name = full[len(kind) + 1 :]
                # "Thành ủy Thành phố Hồ Chí Minh": the city's name alone is a person's
                return "Thành phố Hồ Chí Minh" if name == "Hồ Chí Minh" else name
        return full

    def _commune(self) -> str | None:
        """The one commune, ward or special zone the article has named, if only one."""
        named = [f"{level} {self.last[level]}" for level in ("xã", "phường", "đặc khu", "thị trấn") if self.last.get(level)]
        return named[0] if len(named) == 1 else None

    def _fill(self, level: str) -> str | None:
        if level == "tỉnh":
            return self.here or self.province_full()
        if level == "thành phố" and self.province and getattr(self.province, "unit_type", "") == "thành phố":
            # in a city that is a province ("TP. Hồ Chí Minh"), "UBND thành phố" is the city's, even after
            # a city within it was named ("TP. Thủ Đức") (not where the article writes it as a province)
            full = self.province_full()
            if full and (full.startswith("thành phố") or "thành phố" not in self.last):
                return full
        name = self.last.get(level)
        return f"{level} {name}" if name else None

    # -- organisations ------------------------------------------------------
    def resolve(self, raw: str) -> str:
        """The full name of an organisation as written in this article."""
        raw = raw.strip(" ,;:-")
        if raw in ("Đoàn trường", "Đoàn Trường") and self._first_known("Trường "):
            # a school's Youth Union: "Bí thư Đoàn trường" in an article about the school
            return f"Đoàn Thanh niên Cộng sản Hồ Chí Minh {self._first_known('Trường ')}"
        if raw[-1:].islower() and " " in raw:
            raw = _LEVEL_AS_NAME.sub(lambda m: " " + m.group(1).lower(), raw)
        if raw in self.aliases:
            return self.aliases[raw]
        for alias, full in self.aliases.items() if self.aliases else ():
            if raw.endswith(" " + alias) and not raw[: -len(alias)].rstrip().endswith(DASHES) \
                    and not _OWN_COMPANY.match(raw[: -len(alias)]):
                # "Hội đồng thành viên TKV": of the group the text called TKV ("Công ty Than X - TKV" is a name)
                prefix = raw[: -len(alias)]
                last_word = prefix.split()[-1] if prefix.strip() else ""
                if last_word and full.startswith(last_word + " "):
                    prefix = prefix[: prefix.rstrip().rfind(last_word)]  # "Đội X, Phòng PC08": one "Phòng"
                raw = full if full.startswith(prefix) else prefix + full  # ("Tập đoàn TKV": the group itself)
                break
        if self.is_bare(raw) and not (raw == "Tỉnh ủy" and self.province):
            # "Giám đốc Sở" in an article that named one Sở: that one (but a bare "Tỉnh ủy" is the article's
            # province's, not another's named before: "nguyên Bí thư Tỉnh ủy Hà Giang; ... Phó Bí thư Tỉnh ủy")
            full = self.complete(raw)
            if full != raw:
                return full
        nat = self.lex.national_orgs.match(tokenize(raw), 0)
        toks = tokenize(raw)
        if nat and nat[0] == len(toks):
            return self.renamed.get(nat[2], nat[2])
        main = self.main_org
        if main is not None and raw.rsplit(" ", 1)[-1] in _LEVEL_ENDS and main.startswith(raw + " ") \
                and raw.count(" ") >= 2 and not any(raw.endswith(" " + level) for level in self.just_named):
            # "Phó Trưởng Công an quận" in an article about one district's police: its own, unless the
            # sentence names another district ("Ở xã Mỏ Vàng, ... Phó Trưởng Công an xã")
            return main
        name = self._places(toks)
        toks = tokenize(name)
        for p in range(1, len(toks)):
            tail = self.lex.national_orgs.match(toks, p) if toks[p].cap and toks[p - 1].text not in DASHES else None
            # (not after a dash: "Công ty Than Hà Lầm - Vinacomin" names the company, its group's brand last)
            if tail and p + tail[0] == len(toks) and tail[2] != words(toks, p, len(toks)):
                # "Ban Thanh niên nông thôn Trung ương Đoàn": the national body in its full name;
                # "Cục C10": a department by its code, its type written already
                full = self.renamed.get(tail[2], tail[2])
                name = full if full.startswith(words(toks, 0, p) + " ") else f"{words(toks, 0, p)} {full}"
                toks = tokenize(name)
                break
            local = self.lex.local_units.get(tail[2]) if tail else None
            if local and tail and self.lex.province_index.match(toks, p + tail[0]) \
                    and p + tail[0] + self.lex.province_index.match(toks, p + tail[0])[0] == len(toks):
                # "Công đoàn cơ sở Vietcombank Đồng Nai": the bank's branch there, named its own way
                name = f"{words(toks, 0, p)} {local} {words(toks, p + tail[0], len(toks))}"
                toks = tokenize(name)
                break
        head = self.lex.org_heads.match(toks, 0)
        head_label = head[1] if head else ""
        if head_label in _STATE_HEADS and head[0] < len(toks) and head_label not in self.lex.local_units:
            # "Cục Hải quan Lạng Sơn" is "Cục Hải quan tỉnh Lạng Sơn": a state body's province without its level
            # (not "Kho bạc Nhà nước Hà Nội": that body's units are named so, tk:localUnitName)
            for p in range(head[0], len(toks)):
                unit = self.lex.province_index.match(toks, p)
                if unit and p + unit[0] == len(toks) and toks[p - 1].low not in _LEVEL_ENDS and toks[p - 1].low != "tại" \
                        and not has_place(self.lex, toks[:p]) \
                        and not any(toks[k].cap and inner_head(self.lex, toks, k) for k in range(head[0], p)):
                    # (not the "Huế" of "tỉnh Thừa Thiên Huế", nor a company's "Đoàn Thanh niên Công ty Điện lực X")
                    kind = getattr(unit[2], "unit_type", "tỉnh") or "tỉnh"
                    name = f"{words(toks, 0, p)} {kind} {words(toks, p, len(toks))}"
                    toks = tokenize(name)
                    break
        placed = has_place(self.lex, toks)
        prov = self.province_name()
        if prov and head and len(toks) > head[0] and self.lex.province_index.match(toks, head[0]) \
                and head_label in ADMIN_HEADS and head[0] + self.lex.province_index.match(toks, head[0])[0] == len(toks):
            # "Công an Nghệ An" is "Công an tỉnh Nghệ An"
            unit = self.lex.province_index.match(toks, head[0])[2]
            kind = getattr(unit, "unit_type", "tỉnh") or "tỉnh"
            return f"{words(toks, 0, head[0])} {kind} {words(toks, head[0], len(toks))}"
        if head and not placed and prov:
            if head_label == _EMULATION_BOARD and len(toks) == head[0]:
                # "Trưởng ban Thi đua - Khen thưởng (Sở Nội vụ)": the province's board, whichever body it sits in
                return f"{name} {self.province_full()}"
            if head_label in PROVINCIAL_HEADS and not has_parent(self.lex, toks) \
                    and not (len(toks) - head[0] >= 3 and all(is_name_syllable(t) for t in toks[-2:])):
                # (not "Chi cục Hải quan cửa khẩu Hữu Nghị": named after its place)
                name = f"{name} {self.province_full()}"
            elif head_label == "Trung tâm" and len(toks) > head[0] and not has_parent(self.lex, toks) \
                    and not self.is_bare(name):
                # "Trung tâm Kiểm soát bệnh tật": the province's; "Trung tâm Ung bướu" in an article about a
                # hospital: the hospital's; in one about a company, its own; "Trung tâm Y tế" named before
                # with its district: that one
                main = self.main_org
                named = self.complete(name)
                if named != name:
                    name = named
                elif name.removeprefix("Trung tâm ") in _PROVINCIAL_CENTRES:
                    name = f"{name} {self.province_full()}"
                elif main is not None and main.startswith(_CENTRE_OWNERS + _COMPANIES):
                    name = f"{name} {main}"  # ("Trung tâm Điều hành chạy tàu" of the article's railway company)
            elif (head_label in SUBUNIT_HEADS or head_label in _OF_A_DEPARTMENT) and " Sở " in name and any(
                    toks[p].text in PROVINCIAL_HEADS and self.lex.sectors.match(toks, p + 1) for p in range(head[0], len(toks) - 1)):
                name = f"{name} {self.province_full()}"  # "Phòng Chuyển đổi số Sở Khoa học và Công nghệ": the province's Sở
        if name == "Trung ương Hội" or name.endswith(" Trung ương Hội"):
            central = self._first_known("Trung ương Hội ")  # "Trưởng Ban Tổ chức Trung ương Hội": the one named
            if central:
                name = name[: -len("Trung ương Hội")] + central
        bare_head = next((h for h in BARE_NAME_HEADS if name.lower().endswith(h.lower())), None)
        if bare_head and not placed:
            # "Ban Nội chính Tỉnh ủy" -> "... Tỉnh ủy Bình Dương"; "Huyện ủy" -> the huyện named before
            place = self._fill_name(BARE_NAME_HEADS[bare_head])
            if place:
                name = f"{name} {place}"
        for generic in _GENERIC_ENDS if name.endswith(_GENERIC_SUFFIXES) else ():
            if generic not in ("Bộ", "Sở", "Viện", "Vùng", "Bộ Tư lệnh") and name.endswith(" " + generic.lower()) and head and len(toks) > head[0] \
                    and toks[-len(generic.split()) - 1].low not in _BEFORE_TRUONG:
                name = name[: -len(generic)] + generic  # "Hội Sinh viên trường": the school's, as "... Trường"
                if generic == "Trường" and name.endswith(" nhà Trường"):
                    name = name[: -len("nhà Trường")] + generic  # "Liên đội nhà trường": the school's
            if name.endswith(" " + generic) and name != generic:
                before = tokenize(name[: -len(generic)])[-1]
                main = self.main_org
                known = main if main is not None and main.startswith(generic + " ") else self._of_kind(generic)
                if main is not None and f" {generic} " in main and not main.startswith(generic + " "):
                    known = main[main.index(f" {generic} ") + 1:]  # "Đảng ủy Bộ" at the meeting of "Đảng ủy Bộ X": X
                elif generic == "Bộ" and known is not None and known.startswith(_NOT_MINISTRIES):
                    known = next((k for k in self.known if k.startswith("Bộ ") and not k.startswith(_NOT_MINISTRIES)), None)
                if known and not is_name_syllable(before):  # ("Trường THCS Tân Trường": a name's end)
                    name = name[: -len(generic)] + known  # "Công đoàn Công ty" of the article's company
                break
        if name in ("Công đoàn cơ sở", "Ban Chấp hành Công đoàn cơ sở"):
            # a company's or a school's union: of the article's company (or school)
            host = self.main_org if self.main_org and self.main_org.startswith(_COMPANIES) else \
                self._of_kind("Công ty") or self._of_kind("Trường")
            if host:
                name = f"{name} {host}"
        if name in BOARDS:
            # a company's or a school's board: "Chủ tịch Hội đồng quản trị" of the article's company
            host = self.main_org if self.main_org and self.main_org.startswith(("Công ty", "Tổng công ty", "Trường",
                                                                                   "Tập đoàn", "Ngân hàng", "Học viện",
                                                                                   "Bệnh viện")) else \
                self._of_kind("Công ty") or self._of_kind("Trường") or self._of_kind("Hợp tác xã")
            if host:
                name = f"{name} {host}"
        if head_label == "Ban" and len(toks) > head[0] and not placed and not has_parent(self.lex, toks):
            main = self.main_org  # "Ban Thời sự" in an article about a newsroom (or a group): its own department
            if main is not None and main.startswith(_WITH_BOARDS):
                return f"{name} {main}"
        if head_label.lower() == "phòng giao dịch" and not placed and not has_parent(self.lex, toks):
            main = self.main_org  # "Phòng Giao dịch số 7" in an article about a treasury or a bank: theirs
            if main is not None and main.startswith(("Kho bạc Nhà nước", "Ngân hàng", "Chi nhánh")):
                return f"{name} {main}"
        if head_label in _ECHELON and not placed and has_parent(self.lex, toks):
            named = self._chain_up(name, toks)
            if named != name:
                return named
        if head_label in _ECHELON and not placed and not has_parent(self.lex, toks):
            # "Tiểu đoàn 4" in an article about "Trung đoàn 98 Sư đoàn 316": that regiment's battalion
            if self.first_pass:  # once the units above are known
                self.unhosted.add(name)
                return name
            named = self.complete(name)
            if named != name:
                return named
            later = {u for u in self.unhosted if u.startswith(name + " ")} if len(toks) == head[0] else set()
            if len(later) == 1:
                return self.resolve(later.pop())  # "Về phía Trung đoàn": the one regiment the article names
            host = self._military_host(_ECHELON[head_label]) if len(toks) > head[0] else None
            return f"{name} {host}" if host else name  # (not "Về phía Trung đoàn": the word alone)
        main = self.main_org
        if main is not None and head_label in ("Trường", "Viện") and not placed and main not in name \
                and not main.startswith(name + " ") and (
                    (main.startswith("Đại học ") and name.startswith("Trường Đại học ") and len(toks) > 3)
                    or (main.startswith(("Trường Đại học ", "Đại học ")) and _SCHOOL_OF_A_UNIVERSITY.match(name)
                        and not has_parent(self.lex, toks))):
            # "Trường Đại học Khoa học" at a regional university's meeting, "Trường Sư phạm" or "Viện Kỹ thuật
            # và Công nghệ" at a university's: its member school or institute
            return f"{name} {main}"
        if head and head[2] == "Đoàn Nghệ thuật" and not placed and not self.first_pass:
            # "Đoàn Ca múa nhạc dân tộc", "Đoàn Chèo 1": a troupe of the article's theatre, when it names one
            theatre = main if main is not None and main.startswith("Nhà hát ") else self._first_known("Nhà hát ")
            if theatre and theatre not in name:
                return self.complete(f"{name} {theatre}")
        if not placed and toks[-1].num and not self.first_pass and (head_label in ("Tổ dân phố", "Khu phố")
                                                                    or (_NUMBERED_QUARTER.search(name)
                                                                        and not name.startswith("Tổ bảo vệ"))):
            commune = self._commune()  # "Tổ dân phố số 6": numbered in the one ward the article names (not a xã's)
            return f"{name} {commune}" if commune and commune.startswith(("phường ", "thị trấn ")) else name
        if placed and head_label == "Đội" and " khu vực " in name:
            placed = False  # "Đội Chữa cháy ... khu vực Quế Võ": the area a police team serves, still the province's
        if head_label in SUBUNIT_HEADS and not placed and not (head_label == "Xí nghiệp" and self._ends_in_province(toks)) \
                and (not has_parent(self.lex, toks) or _only_sub_units_in(self.lex, name)):
            # ("Đội X Phòng PC08": a team in a department, both the article's unit's)
            named = name if self._district_team(head_label) else self.complete(name)
            if named != name:
                return named  # the unit named before with its parent ("Đội X Công an huyện Y")
            if name.startswith(_ELECTION_TEAM):  # a commune's or ward's, numbered in it: no body's unit
                host = self._commune()
            else:
                host = None if _NEIGHBOURHOOD.search(name) or _named_station(head_label, toks) else self.host(head_label, name)
            if head_label == "Xí nghiệp" and host and not host.startswith(_COMPANIES):
                host = None  # an enterprise is a company's unit or its own ("Xí nghiệp Dệt khăn Thành Nam")
            if host and not name.endswith(host):
                name = f"{name} {host}"
        return self.complete(name)

    def _places(self, toks: list[Tok]) -> str:
        """Fill bare levels: "Ủy ban nhân dân tỉnh" -> "... tỉnh Nam Định"."""
        out, i = [], 0
        while i < len(toks):
            loc = scan_locality(self.lex, toks, i) if toks[i].text[0].islower() else None
            if loc:
                end, level, name = loc
                if name is None and i and toks[i - 1].low in ("cấp", "các"):
                    # "TAND cấp huyện", "UBND các tỉnh": a level of bodies, not the article's place
                    out.append(words(toks, i, end))
                elif name is None:
                    filled = self._fill(level)
                    out.append(filled or level)
                else:
                    out.append(words(toks, i, end))
                i = end
                continue
            out.append(toks[i].text)
            i += 1
        return _join(out)

    def _ends_in_province(self, toks: list[Tok]) -> bool:
        """"Xí nghiệp Đầu máy Hà Nội", "Xí nghiệp Đông lạnh Mỹ Tho": an enterprise named after its province or
        district is no company's unit."""
        return any(toks[k].cap and (m := (self.lex.province_index.match(toks, k) or self.lex.district_index.match(toks, k)))
                   is not None and k + m[0] == len(toks) for k in range(max(1, len(toks) - 4), len(toks)))

    def host(self, head_label: str, name: str = "") -> str | None:
        """The unit that owns sub-units named without it: one of the article's units whose
        name shares a word of its field ("Đội Kiểm soát Hải quan" -> "Cục Hải quan tỉnh X"),
        else one of the usual hosts of its type."""
        if head_label == "Vụ" and not self.first_pass and name[3:4].isupper():  # (not "Vụ cháy": an incident)
            # a ministry's department: the article's ministry (or central body), or the one ministry it names
            main = self.main_org
            if main is not None and main.startswith(_WITH_VU):
                return main
            named = {n for n in self.known if n.startswith(_WITH_VU) and " " in n and not n.startswith(("Vụ ", "Cục "))}
            return named.pop() if len(named) == 1 else None
        if head_label in ("Cục", "Vụ"):
            return None  # a department is a ministry's, never a province's unit
        if head_label in ("Khoa", "Bộ môn"):  # a faculty or a ward is its school's or hospital's, whatever its field
            if " " in name and self.first_pass:
                self.unhosted.add(name)  # (once the article's own unit is known)
                return None
            if " " in name and self.main_org is not None \
                    and self.main_org.startswith(("Bệnh viện", "Trung tâm", "Trường", "Học viện", "Viện")):
                return self.main_org  # the article's own ("Khoa Dinh dưỡng" at a disease-control centre's meeting)
            return (self._first_known("Bệnh viện") or self._first_known("Trung tâm Y tế")
                    or self._first_known("Trường") or self._first_known("Học viện"))
        if head_label == "Phòng" and self.main_org is not None and self.main_org.startswith(_ACADEMIC):
            return self.main_org  # "Phòng Đào tạo" at a university's meeting: its own, not the education department's
        shared = self._sharing_field(name)
        if shared:
            return shared
        if head_label == "Tổ" and self.main_org and self.main_org.startswith("Trường "):
            return self.main_org  # "Tổ Ngữ văn": a subject group of the article's school
        if head_label == "Chi hội":  # a branch of the article's association ("Chi hội Âm nhạc" of "Hội VHNT tỉnh X")
            return self.main_org if self.main_org is not None and self.main_org.startswith("Hội ") else None
        if head_label == "Phân xưởng":  # a workshop is its company's (or its plant's)
            return self._first_known("Công ty") or self._first_known("Nhà máy") or self._first_known("Tổng công ty")
        if self.first_pass:  # the rest depends on the article's own unit, not yet known
            self.unhosted.add(name)
            return None
        if self._district_team(head_label):
            return self.main_org
        if head_label == "Đội" and name.startswith("Đội Cảnh sát ") and not (self.main_org or "").startswith(_POLICE_OWN):
            police = next((k for k in self.known if k.startswith(("Công an tỉnh ", "Công an thành phố "))), None)
            if police:
                return police  # a police team at another body's meeting: the province's police's, named there
        if self.main_org and self.main_org.startswith(_WITH_DEPARTMENTS):
            return self.main_org  # "Phòng Kiểm tra thuế số 2" in an article about a tax department: its own
        if self.main_org is not None and self.main_org.startswith(_HOST_PREFIXES):
            return self.main_org  # the article's own provincial police or command, not another named more
        if self.main_org is not None and self.main_org.startswith(_COMPANIES):
            return self.main_org  # "Đội Sửa chữa điện nóng" in an article about a company: its own, not the police's
        best = None
        for name, n in sorted(self.known.items(), key=lambda kv: -kv[1]):
            if name.startswith(_HOST_PREFIXES):
                best = name
                break
        main = self.main_org
        if best is None and main is not None and " Công ty " in main:
            return main[main.index(" Công ty ") + 1:]  # an article about a company's union: the company's
        return best

    def _chain_up(self, name: str, toks: list[Tok]) -> str:
        """A chain of units that stops at a regiment or battalion: "Đại đội 6, Tiểu đoàn 2" in an article
        about "Trung đoàn 148 Sư đoàn 316" is that regiment's, as the battalion alone would be."""
        for i in range(len(toks) - 1, 0, -1):
            head = self.lex.org_heads.match(toks, i) if toks[i].cap else None
            if head:
                if head[1] not in _ECHELON or i + head[0] >= len(toks):
                    return name  # it ends in a division, a brigade or another body: named whole
                top = name[toks[i].start:]
                up = self.resolve(top)
                return name if up == top or not up.startswith(top + " ") else name[: toks[i].start] + up
        return name

    def _military_host(self, echelon: int) -> str | None:
        """The article's unit of the nearest echelon above: its own (the main event's organiser)
        if it is one, else the one named most."""
        def level(org: str) -> int:
            toks = tokenize(org)
            head = self.lex.org_heads.match(toks, 0)
            if not head or len(toks) == head[0]:
                return 0  # the word alone ("Về phía Trung đoàn") names no unit
            return _ECHELON.get(head[1]) or _ABOVE_ECHELON.get(head[1], 0)

        main = self.main_org
        named = {**dict.fromkeys(self.unhosted, 0), **self.known}
        # (the units the first pass left for now count too: "Trung đoàn 98" before "Sư đoàn 316" was known)
        above = [(level(org), org != main, -n, org) for org, n in named.items() if level(org) > echelon]
        if main is not None and main not in named and level(main) > echelon:
            above.append((level(main), False, 0, main))
        if not above:
            return None
        lvl, _, _, org = min(above)
        if org in self.unhosted and org not in self.known:
            host = self._military_host(lvl)
            return f"{org} {host}" if host else org
        return org

    def _district_team(self, head_label: str) -> bool:
        """A team in an article about a district's police: its own (it has teams, no departments)."""
        main = self.main_org
        return head_label == "Đội" and main is not None and main.startswith(_DISTRICT_POLICE)

    def _sharing_field(self, name: str) -> str | None:
        """The article's organisation with a place (a Cục or no sub-unit) whose name shares a
        capitalised field word with this sub-unit's ("Hải quan", "Thuế"): the one named most, or
        first (an article names its own body before the bodies it was formed from)."""
        toks = tokenize(name)
        head = self.lex.org_heads.match(toks, 0)
        # (up to its place: "Đội Cảnh sát PCCC khu vực Nghi Sơn" shares no field with "UBND thị xã Nghi Sơn")
        end = next((k for k in range(1, len(toks)) if toks[k].low == "khu" and scan_locality(self.lex, toks, k)), len(toks))
        words_of = {t.low for t in toks[head[0] if head else 1:end] if t.cap and len(t.text) > 2} - _NO_FIELD
        # its whole field, of three words or more: "Quản lý thị trường" of "Đội Quản lý thị trường số 3"
        k = head[0] if head else 1
        while k < end and toks[k].word and not toks[k].num and toks[k].low != "số":
            k += 1
        field = f" {words(toks, head[0] if head else 1, k)} " if k - (head[0] if head else 1) >= 3 else None
        if not words_of and not field:
            return None
        found: list[str] = []
        for other in self.known:
            o = tokenize(other)
            oh = self.lex.org_heads.match(o, 0)
            if other == name or not oh or (oh[1] in SUBUNIT_HEADS and oh[1] != "Cục") or not has_place(self.lex, o):
                continue
            # (its field, not its place: "Tổ Hóa học" shares nothing with "UBND phường Thuận Hóa")
            stop = next((k for k in range(oh[0], len(o)) if o[k].low in _LEVEL_WORDS
                         or (k + 1 < len(o) and (o[k].low, o[k + 1].low) in _LEVEL_PAIRS)), len(o))
            if words_of & {t.low for t in o[oh[0]:stop] if len(t.text) > 2} or (field and field in f" {other} "):
                found.append(other)
        return max(found, key=lambda o: self.known[o]) if found else None  # (max keeps the first of equals)

    def _first_known(self, prefix: str) -> str | None:
        for name in self.known:
            if name.startswith(prefix):
                return name
        return None

    def generic(self, word: str) -> str | None:
        """"bệnh viện", "nhà trường", "công ty" -> the article's unit of that kind;
        "đơn vị" -> the organisation the article is about (its main event's organiser)."""
        if word.lower() == "đơn vị":
            return self.main_org
        prefix = GENERIC_UNITS.get(word.lower())
        if not prefix:
            return None
        main = self.main_org
        if main is not None and main.startswith(prefix + " "):
            return main  # the article's own unit of that kind
        named = [k for k in self.known if k.startswith(prefix + " ") and k in self.read]
        if len(named) > 1:  # "Tại Bệnh viện X, ..., Giám đốc bệnh viện": the one named last so far
            return max(named, key=lambda k: self.read[k])
        return self._of_kind(prefix)

    def sole_known(self, prefix: str, but: tuple[str, ...] = ()) -> str | None:
        """The one organisation named so far whose name starts with `prefix` (and not with any of `but`), or None."""
        found = [k for k in self.known if k.startswith(prefix) and not k.startswith(but) and not self.is_bare(k)]
        return found[0] if len(found) == 1 else None

    def _of_kind(self, prefix: str) -> str | None:
        """The article's first unit whose name starts so, else the first named inside another's
        name: "công ty" where the company is named only in its Party's or union's name."""
        found = self._first_known(prefix)
        if found is None:
            inner = next((n for n in self.known if f" {prefix} " in n), None)
            found = inner[inner.index(f" {prefix} ") + 1:] if inner else None
        return found

    def is_bare(self, name: str) -> bool:
        """Only an organisation type ("Đảng ủy", "Sở", "Công an"), no name."""
        bare = self._bare.get(name)
        if bare is None:
            bare = self._bare[name] = self._is_bare(name)
        return bare

    def _is_bare(self, name: str) -> bool:
        # ("Trung ương Hội": the centre of a body not named; "Tổ bảo vệ an ninh, trật tự ở cơ sở": the kind of team)
        toks = tokenize(name.removeprefix("Trung ương ").removesuffix(" ở cơ sở"))
        head = self.lex.org_heads.match(toks, 0)
        nat = self.lex.national_orgs.match(toks, 0)
        return bool(head and head[0] == len(toks)) and not (nat and nat[0] == len(toks))

    def department_code(self, toks: list[Tok], end: int, raw: str) -> bool:
        """"Đội 2 (PC02)": the code in brackets after a team is its department's, named before."""
        return end + 2 < len(toks) and toks[end].text == "(" and toks[end + 2].text == ")" \
            and raw.startswith(("Đội ", "Tổ ")) and self.aliases.get(toks[end + 1].text, raw).startswith("Phòng ")

    def complete(self, name: str) -> str:
        """A short form of a name the article gave in full ("Trung ương Hội")."""
        if name in self.known and not self.is_bare(name):
            return name
        if _ABBR.search(name):
            full = self._by_initials(name)
            if full:
                return full
        cands = [k for k in self.known if k.startswith(name + " ") and len(k) > len(name)
                 and (name.startswith(BOARDS) or not k.startswith(BOARDS))]
        if not cands and " Đảng ủy " in name:
            # "Ủy ban Kiểm tra Đảng ủy Khối": the committee of the Party committee named in full before
            at = name.index(" Đảng ủy ") + 1
            tail = self.complete(name[at:])
            return name if tail == name[at:] else name[:at] + tail
        if not cands and name.startswith("Đảng ủy "):
            # "Bí thư Đảng ủy Khối" where the "Đảng bộ Khối các cơ quan tỉnh X" was named: its committee
            body = "Đảng bộ " + name.removeprefix("Đảng ủy ")
            cands = ["Đảng ủy " + k.removeprefix("Đảng bộ ") for k in self.known if k.startswith(body + " ")]
        place_at = _PLACE_TAIL.search(name) if not cands else None
        if place_at and place_at.start() > 0 and not self.is_bare(name[: place_at.start()]):
            # "Ban Chỉ đạo Tổng điều tra tỉnh X": the "Ban Chỉ đạo Tổng điều tra nông thôn, nông nghiệp tỉnh X" named
            # before, some words of its name left out
            cands = [k for k in self.known if k.startswith(name[: place_at.start()] + " ") and k.endswith(place_at.group())
                     and len(k) > len(name)]
        kind, _, number = name.rpartition(" ")
        if not cands and number[:1].isdigit() and self.is_bare(kind):
            # "Công ty 490", "Lữ đoàn 249": the unit named in full before with its number ("Công ty TNHH MTV Xây
            # dựng công trình 490", "Lữ đoàn Công binh 249")
            cands = [k for k in self.known if k.startswith(kind + " ") and k.endswith(" " + number)]
        # (a bare "Hội đồng" is never a company's board: that is written "Hội đồng quản trị")
        main = self.main_org
        if name in _COMMAND_WORDS and main is not None and f" {name} " in main and not self.first_pass:
            # "Tư lệnh Vùng" at the meeting of "Bộ Tư lệnh Vùng Cảnh sát biển 1": that one, not another named
            return main[main.index(f" {name} ") + 1:]
        if len(cands) == 1 or (cands and len(set(cands)) == 1):
            return cands[0]
        longest = max(cands, key=len) if cands else ""
        if len(cands) > 1 and all(longest.startswith(c) for c in cands):
            return longest  # "Đội 2 Phòng X" and "Đội 2 Phòng X Công an tỉnh Y": one unit, named in full once
        if cands and self.is_bare(name) and not name.startswith(_LEVELLED):
            # "Giám đốc Sở" among several: the article's own body, else the one named last
            # ("cho HTX Tân Lập và ông A, Giám đốc HTX")
            if self.about in cands:
                return self.about
            return self.main_org if self.main_org in cands else max(cands, key=lambda k: self.recent.get(k, -1))
        return name

    def _by_initials(self, name: str) -> str | None:
        """"Hội CTĐ tỉnh X" is the "Hội Chữ thập đỏ tỉnh X" named before: an unknown
        abbreviation whose letters are the initials of words of a known name."""
        words_ = name.split()
        for k, w in enumerate(words_):
            if not _ABBR.fullmatch(w):
                continue
            before, after = " ".join(words_[:k]), " ".join(words_[k + 1 :])
            for known in self.known:
                if not (known.startswith(before) and known.endswith(after)):
                    continue
                middle = known[len(before) : len(known) - len(after)].split()
                if len(middle) == len(w) and "".join(m[0].upper() for m in middle) == w:
                    return known
        return None

    def note_read(self, name: str) -> None:
        """An organisation the second pass has just read: named so far in the text."""
        self._tick += 1
        self.read[name] = self._tick

    def remember(self, name: str) -> None:
        if not self.is_bare(name):
            self.known[name] = self.known.get(name, 0) + 1
            self._tick += 1
            self.recent[name] = self._tick


def _named_station(head_label: str, toks: list[Tok]) -> bool:
    """"Trạm Quản lý bảo vệ rừng Sơn Kim": a station named after its place, one of its kind, no unit's."""
    return head_label == "Trạm" and len(toks) > 3 and toks[-1].cap and toks[-2].cap and toks[-3].word \
        and toks[-3].text[0].islower()


def _join(parts: list[str]) -> str:
    out = ""
    for p in parts:
        if out and p not in ",;:)”" and not out.endswith(("(", "“")):
            out += " "
        out += p
    return out


def _written_as_province(lex: Lexicon, sentences: list[list[Tok]], unit, month: str | None = None) -> str | None:
    """The name written after "tỉnh" for a unit that is no longer a tỉnh ("tỉnh Thừa Thiên Huế")."""
    if unit is None or getattr(unit, "unit_type", "tỉnh") == "tỉnh":
        return None
    full = tuple(getattr(unit, "full_name", "").split())
    if full and month and month >= MERGER_MONTH and any(tuple(t.text for t in toks[i : i + len(full)]) == full
                    for toks in sentences for i in range(len(toks) - len(full) + 1) if toks[i].text == full[0]):
        # "thành phố Huế" written too, after 2025: the former "tỉnh Thừa Thiên Huế" is of an earlier award (before,
        # "thành phố Huế" was the province's capital)
        return None
    for toks in sentences:
        for i in range(1, len(toks)):
            if toks[i - 1].low == "tỉnh" and toks[i].cap and toks[i].low in lex.province_index.first:
                m = lex.province_index.match(toks, i)
                if m and m[2] is unit and words(toks, i, i + m[0]) != unit.name:
                    return words(toks, i, i + m[0])
    return None


_FULL_DATE = re.compile(r"\b(?:\d{1,2}[-/.](\d{1,2})[-/.]|tháng (\d{1,2}) năm )(20\d\d)\b")


def _month_written(sentences: list[list[Tok]]) -> str | None:
    """An undated article's month, from the first full date its opening sentences write ("Ngày 16-10-2025")."""
    for toks in sentences[:3]:
        m = _FULL_DATE.search(words(toks, 0, len(toks)))
        if m and 1 <= int(m.group(1) or m.group(2)) <= 12:
            return f"{m.group(3)}-{int(m.group(1) or m.group(2)):02d}"
    return None


def _detect_province(lex: Lexicon, sentences: list[list[Tok]], published: str | None = None):
    """The province most named in the article (first sentence counts double). A province written
    "X (cũ)" is a former one and does not count. An absorbed province stands for the one that absorbed
    it only in an article published after the 2025 merger that names that one too ("Bộ CHQS hai tỉnh
    Tuyên Quang và Hà Giang hợp nhất"): articles published then may still report earlier events under
    the old names."""
    votes: dict[str, float] = {}
    units: dict = {}
    for si, toks in enumerate(sentences):
        weight = 2 if si == 0 else 1
        for i, t in enumerate(toks):
            if not t.cap:
                if t.text[0].islower():
                    loc = scan_locality(lex, toks, i)
                    if loc and loc[2] is not None and loc[1] in ("huyện", "quận", "thị xã", "thành phố"):
                        ds = lex.gazetteer.districts_named(loc[2])
                        if ds and len({u.province for u in ds}) == 1:
                            prov = lex.provinces.get(ds[0].province.lower()) if ds[0].province else None
                            if prov is not None:
                                votes[prov.name] = votes.get(prov.name, 0.0) + weight * 0.5
                                units[prov.name] = prov
                continue
            m = lex.province_index.match(toks, i) if t.low in lex.province_index.first else None
            if m and t.text == "Hồ" and not (i and toks[i - 1].low in ("phố", "tp", "tp.")):
                continue  # "tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh": the man, not the city
            if m and i + m[0] + 1 < len(toks) and toks[i + m[0]].text == "(" and toks[i + m[0] + 1].low == "cũ":
                continue
            if m:
                votes[m[2].name] = votes.get(m[2].name, 0.0) + weight
                units[m[2].name] = m[2]
    if not votes:
        return None
    best = max(votes, key=votes.__getitem__)
    published = published or _month_written(sentences)
    if published and published >= MERGER_MONTH:
        after = lex.gazetteer.successor(units[best])
        if after is not None and after.name != best and after.name in votes:
            return units[after.name]
    return units[best]
