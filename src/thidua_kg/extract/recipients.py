"""Recipients of a conferral: counts of collectives and individuals, and the
persons and organisations named ("cho 12 tập thể và 20 cá nhân, trong đó có tập
thể Phòng ..."; "<R> được G tặng ..."; "Bà vừa được ... tặng ...")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import Context
from .lexicon import HONORIFICS, Lexicon
from .org_lists import distributed, owned_by_places
from .org_parents import board_in_department, own_named, parent_after
from .orgs import COMPANY_FORMS, HAMLETS, bracketed_org, hamlet_at, scan_locality, scan_org, team_place_in_brackets
from .persons import PersonFinder
from .tokens import DASHES, DIGIT_WORDS, NUMBER_WORDS, Tok, is_name_syllable, tokenize, words

if TYPE_CHECKING:
    from .awards import Conferral

_COLLECTIVE = {"tập thể", "đơn vị", "tổ chức", "cơ quan", "chi bộ", "trường", "xã", "đội", "đội thi",
               "chi hội", "chi đoàn", "cơ sở", "doanh nghiệp", "công ty", "địa phương", "phường", "thôn", "khu dân cư",
               "phòng", "phòng chuyên môn", "khoa", "tổ", "lớp", "chi nhánh", "hợp tác xã", "khu phố", "tổ dân phố", "bản",
               "công đoàn", "công đoàn cơ sở", "chi đội", "liên đội", "tổ hợp tác", "tổ chuyên môn",
               "tổ chức cơ sở đảng", "tổ chức đảng", "trạm y tế", "trạm", "câu lạc bộ", "bệnh viện", "trung tâm y tế",
               "nhà thuốc", "quầy thuốc"}
_INDIVIDUAL = {"cá nhân", "học sinh", "giáo viên", "nhà giáo", "người dân", "nông dân", "đồng chí", "cán bộ",
               "chiến sĩ", "đoàn viên", "hội viên", "công nhân", "y bác sĩ", "bác sĩ", "sinh viên", "thầy cô",
               "người", "em", "thanh niên", "phụ nữ", "cựu chiến binh", "doanh nhân", "nhà khoa học", "lao động",
               "công chức", "viên chức", "giảng viên", "điển hình", "mẹ", "bà mẹ", "liệt sĩ",
               "cựu thanh niên xung phong", "gương", "tấm gương", "nghệ sĩ", "nghệ nhân", "y tá", "kỹ sư",
               "quân nhân", "sĩ quan", "học viên", "người lao động", "thợ", "thợ lò", "công an viên", "dân quân",
               "tác giả", "đảng viên", "vận động viên", "tình nguyện viên", "tuyên truyền viên", "thí sinh", "ngư dân",
               "huấn luyện viên", "tổng phụ trách đội", "vệ sinh viên", "kiều bào", "phóng viên", "biên tập viên",
               "người có uy tín", "nhân viên", "nhân viên y tế", "lái xe", "tài xế", "điều dưỡng", "kiểm lâm viên",
               "kiểm soát viên", "hướng dẫn viên", "cộng tác viên", "xã viên", "văn nghệ sĩ", "nhà văn", "lái tàu", "hội thẩm",
               "an toàn , vệ sinh viên", "an toàn vệ sinh viên", "dược sĩ", "tiểu thương", "diễn viên", "nhạc công",
               "điều tra viên", "hòa giải viên"}  # (a comma is a token: "20 an toàn, vệ sinh viên")
# what may be collectives or individuals ("điển hình" is a model unit or person), counted by its parts where given
_EITHER = frozenset({"điển hình", "gương", "tấm gương"})
# the people of a place as one recipient: "cán bộ và nhân dân xã X", "Đảng bộ, chính quyền và nhân dân
# các dân tộc tỉnh Y", "quân và dân huyện Z"
_PEOPLE_OF = re.compile(r"(?:[Đđ]ảng bộ, chính quyền và [Nn]hân dân|[Cc]án bộ(?:, chiến sĩ)? và [Nn]hân dân|"
                        r"(?:[Đđ]ảng bộ,? )?[Qq]uân và dân)"
                        r"(?: các dân tộc)?(?= (?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|thôn|bản|ấp|buôn|làng)\b)")
# households are given awards, but every corpus counts them as neither collectives nor individuals
_HOUSEHOLDS = {"hộ", "hộ gia đình", "gia đình", "hộ kinh doanh", "hộ nông dân"}
_NOUNS = _INDIVIDUAL | _COLLECTIVE | _HOUSEHOLDS
# "cho ba hội viên Người cao tuổi là ông A, bà B": names after "là" may start with an honorific
_HONORIFIC_FIRST = frozenset(h.split()[0] for h in HONORIFICS)
_NOUN_FIRST = frozenset(n.split()[0] for n in _NOUNS)
# the widths to try at a count noun, longest first ("công đoàn cơ sở" before "công đoàn")
_NOUN_WIDTHS = tuple(range(max(len(n.split()) for n in _NOUNS), 0, -1))
_YEAR = re.compile(r"(?:19|20)\d\d")
# a sentence opening with one of these is about the person just named
_PRONOUNS = {"Ông", "Bà", "Anh", "Chị", "Cô", "Em", "Thầy", "Đồng chí"}
# words that open a time adverbial before a clause's subject ("Năm 2023, ông ...", "Trước đó, ...")
_TIME_LEAD = {"năm", "tháng", "ngày", "trước", "sau", "dịp", "hồi", "vào", "từ", "trong", "đầu", "cuối", "giữa"}
# what a list's item follows: a village there is a recipient ("cho ấp A, ấp B và ấp C"), not where one lives
# ("ông X ở làng Y")
_ITEM_BEFORE = frozenset({",", ";", ":", "và", "là", "cho", "gồm", "-"})


def _count_after_words(toks: list[Tok], j: int) -> int:
    """Where "và <number> <noun>" comes after a few lower-case words and commas from j ("phường, xã
    và 31 cá nhân"): the number's index, or 0."""
    for k in range(j, min(len(toks) - 1, j + 8)):
        t = toks[k]
        if t.num:
            return k if k > j and toks[k - 1].text == "và" and _noun_at(toks, k + 1) else 0
        if not (t.text == "," or (t.word and t.text[0].islower())):
            return 0
    return 0


def word_number(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """A number written in words at j, up to 999: (value, index after it)."""
    total, cur, k = 0, None, j
    while k < len(toks):
        w = toks[k].low
        if w == "trăm" and cur:
            total, cur = total + cur * 100, None
        elif w == "mươi" and cur:
            total, cur = total + cur * 10, None
        elif w == "mười" and cur is None:
            total += 10
        elif w in DIGIT_WORDS and cur is None and (k == j or w != "năm" or toks[k - 1].low == "lẻ"):
            # after "mười"/"mươi" five is "lăm": "mười năm" is ten years
            cur = DIGIT_WORDS[w]
        elif w == "lẻ" and k > j:
            pass  # "một trăm lẻ năm": 105
        else:
            break
        k += 1
    value = total + (cur or 0)
    return (value, k) if k > j and value else None


def _noun_at(toks: list[Tok], j: int) -> int:
    """Tokens of a count noun ("chiến sĩ", "tập thể") starting at j, 0 if none."""
    if j >= len(toks) or toks[j].low not in _NOUN_FIRST:
        return 0
    for width in _NOUN_WIDTHS:
        if " ".join([t.low for t in toks[j : j + width]]) in _NOUNS:
            return width
    return 0


def _list_after(toks: list[Tok], j: int) -> int | None:
    """Where the names begin when descriptive words from j end in ", gồm:" (or ", gồm A"), or in a
    colon after a comma ("có thành tích trong công tác tổ chức, hưởng ứng Hội thi: A; B"), else None."""
    comma = False
    for k in range(j, min(len(toks) - 2, j + 45)):
        t = toks[k]
        if t.text == ":" and comma and (toks[k + 1].cap or toks[k + 1].low in _HONORIFIC_FIRST):
            return k + 1
        if t.text in (";", ".", ":") or (t.num and not _YEAR.fullmatch(t.text) and toks[k - 1].low != "số"):
            # (a year is part of the description: "hoàn thành xuất sắc nhiệm vụ năm 2025, gồm:"; so is a numbered
            # thing: "khắc phục hậu quả bão số 3, gồm:")
            return None
        comma = comma or t.text == ","
        if t.text == "," and toks[k + 1].text == "gồm" and toks[k + 2].low == "các":
            m = k + 3  # ", gồm các ông, bà: A, B và C": the names after the kinds of people
            while m < len(toks) and (toks[m].low in _PEOPLE_WORDS or toks[m].text == ","):
                m += 1
            m += 1 if m < len(toks) and toks[m].text == ":" else 0
            if m > k + 3 and m < len(toks) and toks[m].cap:
                return m
        if t.text == "," and toks[k + 1].text == "gồm" and (toks[k + 2].text == ":" or toks[k + 2].cap
                                                             or toks[k + 2].low in _HONORIFIC_FIRST):  # ", gồm ông A"
            return k + 3 if toks[k + 2].text == ":" else k + 2
    return None


_PEOPLE_WORDS = frozenset({"ông", "bà", "anh", "chị", "đồng", "chí", "em"})  # ("các ông, bà", "các đồng chí")
# verbs that make a new clause of what follows a ";"
_CLAUSE_VERBS = frozenset({"trao", "tặng", "được", "nhận", "gắn", "là", "đã", "có", "đạt", "sẽ", "đề"})


_TRAILING_MARKS = (",", *DASHES)  # (a module constant: mypyc compiles no `in (x, *DASHES)`)


def decision_at(toks: list[Tok], j: int) -> bool:
    """Does a decision's reference start at j ("theo Quyết định số ...", "Quyết định của ...")?"""
    if j < len(toks) and toks[j].low == "theo":
        j += 1
    if j < len(toks) and toks[j].low == "các":
        j += 1
    return j + 1 < len(toks) and toks[j].low == "quyết" and toks[j + 1].low == "định"


def _item_number(toks: list[Tok], k: int) -> int:
    """2 if a list's item number ("2.") is at k, else 0."""
    return 2 if k + 1 < len(toks) and toks[k].num and len(toks[k].text) <= 2 and toks[k + 1].text == "." else 0


class RecipientReader:
    def __init__(self, lex: Lexicon, ctx: Context, persons: PersonFinder, known_people, last_person):
        self.lex = lex
        self.ctx = ctx
        self.persons = persons
        self.known_people = known_people  # callable: short/full name -> canonical name or None
        self.last_person = last_person  # the person named last before this sentence
        self._last_count: tuple | None = None  # (conferral, kind, token after it, tokens): to add up "A và B"

    def recipients_at(self, toks: list[Tok], i: int, c: Conferral, item: bool = False) -> int:
        """Counts and named recipients from i to the end of the clause (`item`: of a list's item,
        "2. Phòng 3, VKSND tỉnh;", read as an item after a colon is)."""
        j = i
        named_list = False
        colon_list = item  # names after "N cá nhân:" may be separated by semicolons
        plural = False  # "cho các tập thể, cá nhân": recipients written only by their kind
        while j < len(toks):
            t = toks[j]
            if j and toks[j - 1].text == ":" and _item_number(toks, j):
                j += 2  # "gồm: 1. Đài A; 2. Đài B": the items' numbers, in one line
                continue
            if t.text == ";" and j + 1 < len(toks) and (colon_list or (
                    c.recipients and (named_list or (c.collectives is None and c.individuals is None))
                    and self._only_names(toks, j + 1))):
                # ("3 cá nhân là A, <titles>; B và C": the names after "là" go on past a semicolon, up to no verb)
                k = j + 2 if toks[j + 1].text == "và" else j + 1  # "...; và B"
                k += _item_number(toks, k)  # "...; 2. Đài B"
                if k < len(toks) and self.persons._mention(toks, k, [], False) or scan_org(self.lex, toks, k) or self._known_run(toks, k) \
                        or (toks[k].low in ("các", "những") and self.persons._mention(toks, k + 1, [], False)) \
                        or (toks[k].cap and toks[k].low in self.lex.titles.first and self._named(toks, k)):
                    # "cho 2 cá nhân: A, <titles>; B, <titles>", "gồm: Cục A; Cục B", "cho Ban A; Trung đội B;
                    # Thượng tá C, <titles>", "cho các đồng chí: A (xã X); B (xã Y)", "...; Trạm trưởng C; ...": the list goes on
                    j = k
                    continue
            if t.text == "," and colon_list and c.recipients and j + 1 < len(toks) and toks[j + 1].word \
                    and toks[j + 1].text[0].islower() and self.known_people(c.recipients[-1]) and not self.persons._mention(toks, j + 1, [], False):
                # "gồm: ông A, người có uy tín thôn X; bà B": what the person is, up to the next item
                j = next((k for k in range(j + 1, len(toks)) if toks[k].text in (";", ".")), len(toks))
                continue
            if t.text == ";" and c.collectives is not None and c.individuals is None and not c.recipients \
                    and j + 3 < len(toks) and toks[j + 1].num and words(toks, j + 2, j + 4) == "cá nhân":
                j += 1  # "cho 8 tập thể; 15 cá nhân": the two counts, a semicolon between them
                continue
            if t.text in (";", ".") or (t.text == "," and j + 1 < len(toks) and toks[j + 1].text in ("những", "người", "vì")
                                        and not self.persons._mention(toks, j + 1, [], False)):
                break  # (", người có uy tín A": a person named by a role)
            if t.cap and t.low in self.lex.awards.first and self.lex.awards.match(toks, j):
                break  # "... cho 3 phòng và Giấy khen cho 12 cá nhân": the next award's recipients
            if t.text.lower() in ("vì", "có", "nhằm", "để", "dẫn") and not named_list and c.recipients:
                break
            if t.num or t.low in NUMBER_WORDS:
                k, done = self._count(toks, j, c)
                if done:
                    j = k
                    if j < len(toks) and toks[j].text in (":", "là", "gồm"):
                        named_list = True
                        colon_list = colon_list or toks[j].text == ":"  # (an item's list: "Bằng khen: 3 cá nhân là A; B")
                        j += 1
                    continue
            if t.text in ("trong", "gồm", "là") or t.text == ":":
                if t.text == "trong" and j + 2 < len(toks) and toks[j + 1].text == "đó" and toks[j + 2].text == "có":
                    j += 3
                    named_list = True
                    continue
                if t.text != "trong":
                    named_list = True
                    colon_list = colon_list or t.text in (":", "gồm")  # "gồm: A, <titles>; B, <titles>"
                    j += 1
                    continue
            if t.text == "của":
                r = self._named(toks, j + 1)
                j = r[0] if r else j + 1  # "3 bác sĩ của bệnh viện": whose they are, not a recipient
                continue
            if t.low in ("các", "những") and j + 1 < len(toks) and self.persons._mention(toks, j + 1, [], False):
                j += 1  # "và các phóng viên A, B": the persons of that occupation, named
                continue
            nj = self._take_named(toks, j, c)
            if nj is not None:
                j = self._parent_in_item(toks, nj, c) if colon_list else nj
                continue
            if t.text == "cùng" and j + 1 < len(toks) and (toks[j + 1].num or toks[j + 1].low in NUMBER_WORDS):
                j += 1  # "cho các đồn A, B cùng 6 cá nhân"
                continue
            if t.text in (",", "và", "cho", "tập", "thể", "cá", "nhân") or t.text == "(":
                plural = plural or (t.text in ("thể", "nhân") and toks[j - 1].text in ("tập", "cá") and j >= 2
                                    and toks[j - 2].low in ("các", "những", ","))  # (not "cho tập thể thuyền viên tàu X")
                if t.text == "(":
                    counted = self._last_count is not None and self._last_count[3] is toks and self._last_count[2] == j
                    j = self.bracket(toks, j, c if counted else None)  # "3 tập thể (Phòng A, ...)": who they are
                    continue
                j += 1
                continue
            last = self._last_count
            if t.word and last is not None and last[3] is toks and last[2] == j - 1 and toks[j - 1].text in (",", "và") \
                    and _noun_at(toks, j):
                j += _noun_at(toks, j)  # "3 cán bộ, chiến sĩ gồm ...": one count of both
                continue
            noun = _noun_at(toks, j) if t.word and t.text[0].islower() and toks[j - 1].text == "," else 0
            if noun and c.recipients and self.known_people(c.recipients[-1]) \
                    and " ".join([x.low for x in toks[j : j + noun]]) in _INDIVIDUAL:
                # "cô Ma Thị Hường, giáo viên Trường X": where the person works, not another recipient
                j += noun
                s = scan_org(self.lex, toks, j) if j < len(toks) and toks[j].cap else None
                j = s[0] if s else j
                if j < len(toks) and toks[j].text == "(":
                    j = next((k + 1 for k in range(j, len(toks)) if toks[k].text == ")"), j)
                continue
            if t.word and t.text[0].islower():
                # descriptive words ("có thành tích xuất sắc ...") end the list, unless the names
                # follow them: "cho 2 đơn vị dẫn đầu khối thi đua năm 2023 là A và B"
                # (after "các tập thể, cá nhân" too: "..., chào mừng kỷ niệm Ngày thành lập QĐND" names no recipient)
                if c.recipients or c.collectives is not None or c.individuals is not None or plural:
                    if not named_list:
                        ahead = next((k for k in range(j, min(len(toks), j + 20)) if toks[k].text in (";", ".", ",", ":")
                                      or (toks[k].num and not _YEAR.fullmatch(toks[k].text))
                                      or (toks[k].cap and self.lex.awards.match(toks, k))  # the next award's
                                      or (toks[k].text in ("là", "gồm") and k + 1 < len(toks)
                                          and (toks[k + 1].cap or toks[k + 1].text == ":"
                                               or toks[k + 1].low in _HONORIFIC_FIRST))),
                                     None)
                        if ahead is not None and toks[ahead].text in ("là", "gồm", ":"):
                            j = ahead + 1  # "cho 5 tập thể dẫn đầu ... gồm: A; B; C", "... năm học 2022 - 2023: A; B"
                            named_list = True
                            colon_list = toks[ahead].text in ("gồm", ":")
                            continue
                        listed = _list_after(toks, j) if ahead is None or toks[ahead].text == "," else None
                        if listed is not None and words(toks, listed, listed + 2) == "tập thể":
                            listed += 2  # "..., gồm: tập thể Tổ X; thầy A, ...": the collective, named
                        if listed is not None and (toks[listed - 1].text != ":" or scan_org(self.lex, toks, listed)
                                                    or self.persons._mention(toks, listed, [], True)):
                            j = listed  # "cho 4 tập thể có thành tích xuất sắc trong công tác an toàn, vệ sinh lao động, gồm: A; B"
                            named_list = colon_list = True
                            continue
                        if ahead is not None and toks[ahead].num and toks[ahead - 1].text in ("và", ",") \
                                and _noun_at(toks, ahead + 1):
                            j = ahead  # "cho 2 công đoàn bộ phận và 6 đoàn viên", "12 tổ sản xuất và 35 thợ lò"
                            continue
                        more = _count_after_words(toks, j)
                        if more:
                            j = more  # "cho 24 trạm y tế phường, xã và 31 cá nhân": the second count after a comma
                            continue
                        if ahead is not None and toks[ahead].text == "," and words(toks, ahead + 1, ahead + 4) == "trong đó có":
                            j = ahead + 4  # "... cho 5 tập thể dẫn đầu phong trào ..., trong đó có A và B"
                            named_list = True
                            continue
                        break
                j += 1
                continue
            j += 1
        return j

    def bracket(self, toks: list[Tok], j: int, c: Conferral | None) -> int:
        """The index after the bracket opening at j; with a conferral, the recipients named in it
        (none in a decision's reference: "cho 11 tập thể (theo Quyết định số ... của Chủ tịch UBND tỉnh)")."""
        if decision_at(toks, j + 1):
            c = None
        depth = 1
        j += 1
        while j < len(toks) and depth:
            if c is not None and depth == 1 and toks[j].text not in (",", ";", "và", ")"):
                nj = self._take_named(toks, j, c)
                if nj is not None:
                    j = nj
                    continue
            depth += {"(": 1, ")": -1}.get(toks[j].text, 0)
            j += 1
        return j

    def _count(self, toks, j, c: Conferral) -> tuple[int, bool]:
        if j and toks[j - 1].low in ("năm", "tháng", "ngày", "đoạn") and toks[j].num:
            return j + 1, False  # "năm 2021 công ty được ...": a date, not 2021 companies
        if toks[j].num:
            try:
                n, k = int(toks[j].text.replace(".", "")), j + 1
            except ValueError:
                return j + 1, False
        else:
            wn = word_number(toks, j)
            if wn is None:
                return j + 1, False
            n, k = wn
        if k < len(toks) and toks[k].text == "lượt":
            k += 1
        noun, width = "", 1
        for size in _NOUN_WIDTHS:
            w = " ".join([t.low for t in toks[k : k + size]])
            if w in _NOUNS:
                noun, width = w, size
                break
        kind = "collectives" if noun in _COLLECTIVE else "individuals" if noun in _INDIVIDUAL else None
        if kind is None and k < len(toks) and toks[k].cap and self.lex.org_heads.match(toks, k):
            kind, width = "collectives", self.lex.org_heads.match(toks, k)[0]  # "cho 20 Ban Công tác Mặt trận", "5 Thuế tỉnh"
        if kind is None:
            # ("cho 12 tập thể và 40 hộ nông dân": households, counted as neither)
            return (k + width, True) if noun in _HOUSEHOLDS else (j + 1, False)
        rest = " ".join(t.low for t in toks[k + width : k + width + 3])
        if noun in _EITHER and rest.startswith(("gồm", ", gồm", "( gồm")) \
                and any(t.num for t in toks[k + width : k + width + 4]):
            return k + width, True  # "135 điển hình, gồm 58 tập thể và 77 cá nhân": the parts are the counts
        if kind == "collectives" and rest.startswith(("và cá nhân", ", cá nhân")):
            return k + width + 3, True  # "45 tập thể và cá nhân": both together, neither's count
        last = self._last_count
        used = kind
        if getattr(c, kind) is None:
            setattr(c, kind, n)
        elif last and last[0] is c and last[1] == kind and last[3] is toks and last[2] < j \
                and all(t.text in ("và", ",") for t in toks[last[2]:j]):  # (not the same count read twice)
            # "5 giáo viên và 12 học sinh": 17 individuals
            setattr(c, kind, getattr(c, kind) + n)
        else:
            used = "part"  # a later count is a part ("16 cá nhân, gồm 12 VĐV và 4 HLV"): none of it adds up
        self._last_count = (c, used, k + width, toks)
        return k + width, True

    def _parent_in_item(self, toks: list[Tok], j: int, c: Conferral) -> int:
        """In a list of items between semicolons, a unit's parent after a comma is the same item:
        "gồm: Trung tâm Y tế A; Khoa Nhi, Bệnh viện B; Công an xã C". The index after the item."""
        if j + 1 >= len(toks) or toks[j].text != "," or not c.recipients or not toks[j + 1].cap:
            return j
        nxt = scan_org(self.lex, toks, j + 1)
        if nxt is None or (nxt[0] < len(toks) and toks[nxt[0]].text not in (";", ".")):
            return j
        last = c.recipients[-1]
        if last.endswith((nxt[1], self.ctx.resolve(nxt[1]))) and last != self.ctx.resolve(nxt[1]):
            return nxt[0]  # named with its parent already
        up = parent_after(self.lex, toks, j, last)
        if up is None or up[0] != nxt[0]:
            return j
        c.recipients[-1] = self.ctx.resolve(up[1])
        self.ctx.remember(c.recipients[-1])
        return up[0]

    def _take_named(self, toks, j, c: Conferral) -> int | None:
        """Add the named recipient at j, if any; the index after it."""
        units = []
        if toks[j].low in ("các", "những") and j + 1 < len(toks) and toks[j + 1].low in self.lex.org_heads.first:
            units = distributed(self.lex, toks, j + 1)  # "cho các trường A, B và C": three recipients
        elif toks[j].cap and toks[j].low in self.lex.org_heads.first:
            units = owned_by_places(self.lex, toks, j)  # "cho UBND các xã A, B"
        if units:
            for _, _, raw in units:
                name = self.ctx.resolve(raw)
                self.ctx.remember(name)
                if name not in c.recipients:
                    c.recipients.append(name)
            return units[-1][1]
        r = self._named(toks, j)
        if not r:
            return None
        end, name = r
        if name not in c.recipients:
            c.recipients.append(name)
        return end

    def _known_run(self, toks, k) -> tuple[int, str] | None:
        """A name without title or honorific at k that is one of the article's persons: (end, name)."""
        if k < len(toks) and toks[k].cap:
            n = 0
            while k + n < len(toks) and is_name_syllable(toks[k + n]) and n < 5:
                n += 1
            if n >= 2:
                canon = self.known_people(words(toks, k, k + n))
                if canon:
                    return k + n, canon
        return None

    def _address_after_person(self, toks: list[Tok], k: int) -> bool:
        """"Bà Lò Thị Xiêng, bản Hua Tạt, xã Vân Hồ": the hamlet at k is where the person named
        before the comma lives, not a recipient."""
        if k < 3 or toks[k - 1].text != ",":
            return False
        s = k - 1
        while s > 0 and is_name_syllable(toks[s - 1]):
            s -= 1
        if s < k - 2 and toks[s].text not in self.lex.surnames:
            s += 1  # (after a capitalised honorific: "Bà Lò Thị Xiêng")
        return s < k - 2 and toks[s].text in self.lex.surnames and not (s and toks[s - 1].low in HAMLETS)

    def _named(self, toks, j) -> tuple[int, str] | None:
        t = toks[j]
        k = j
        if t.text in ("tập", "cá") and j + 1 < len(toks) and toks[j + 1].text in ("thể", "nhân"):
            k = j + 2
        # a person: rank/honorific/title + name, or a known name
        pm = self.persons._mention(toks, k, [], False)
        if pm and not pm.short or pm and self.known_people(pm.name):
            name = self.known_people(pm.name) or pm.name
            return pm.end, name
        if k < len(toks) and toks[k].cap and toks[k].low in self.lex.titles.first and self.lex.titles.match(toks, k):
            # "cho tập thể X, Thẩm phán A và Thư ký B": a person after their titles, as a later item of the list
            e, chain = self.persons.chain_at(toks, k)
            pm = self.persons._mention(toks, e, chain, False) if chain else None
            if pm and not pm.short:
                return pm.end, self.known_people(pm.name) or pm.name
        known = self._known_run(toks, k)
        if known:
            return known
        people = _PEOPLE_OF.match(words(toks, k, min(len(toks), k + 12))) \
            if k < len(toks) and toks[k].low in ("đảng", "cán", "quân") else None
        if people:
            # "cán bộ và nhân dân xã X", "Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Y": a collective
            e = k + len(tokenize(people.group(0)))
            loc = scan_locality(self.lex, toks, e)
            if loc is None and hamlet_at(toks, e):
                n = 1  # a hamlet: "cán bộ và nhân dân thôn Pà Rồng"
                while e + 1 + n < len(toks) and n < 4 and is_name_syllable(toks[e + 1 + n]):
                    n += 1
                loc = (e + 1 + n, "", None)
            if loc:
                loc_end = loc[0]
                name = self.ctx.resolve(words(toks, k, loc_end))
                name = name[0].upper() + name[1:]
                self.ctx.remember(name)
                return loc_end, name
        if k < len(toks) and hamlet_at(toks, k) and (k == 0 or toks[k - 1].low in _ITEM_BEFORE) \
                and not self._address_after_person(toks, k):
            # "cho bốn ấp tiêu biểu: ấp Phước Định, ấp An Điền ...", "cho 3 thôn, làng là làng Le, ...": a village
            # given an award as a collective
            e = k + 1
            while e < len(toks) and e - k <= 4 and is_name_syllable(toks[e]):
                e += 1
            name = words(toks, k, e)
            name = name[0].upper() + name[1:]
            self.ctx.remember(name)
            return e, name
        if k < len(toks) and toks[k].text in ("nhà", "công", "bệnh", "đơn") and k + 1 < len(toks):
            g = self.ctx.generic(f"{toks[k].text} {toks[k + 1].text}")
            if g:
                return k + 2, g
        if k < len(toks) and toks[k].text == "trường" and not (k + 1 < len(toks) and toks[k + 1].cap):
            g = self.ctx.generic("trường")  # "trường đã được công nhận ...": the school the article is about
            if g:
                return k + 1, g
        if k < len(toks) and toks[k].text in ("Công", "công") and k + 1 < len(toks) and toks[k + 1].text == "ty" \
                and (k + 2 >= len(toks) or not (toks[k + 2].cap or toks[k + 2].low in COMPANY_FORMS)):
            g = self.ctx.generic("công ty")
            if g:
                return k + 2, g
        short = self.ctx.alias_at(toks, k)
        if short:
            return short  # "PC04 đã được ... tặng", "cho PX KT3": the unit the short name stands for
        s = scan_org(self.lex, toks, k)
        if s:
            end, raw = s
            k2 = end
            # "Phòng X (Công an tỉnh Y)"
            if self.ctx.department_code(toks, k2, raw):
                raw = f"{raw} {self.ctx.aliases[toks[k2 + 1].text]}"  # "Đội 2 (PC02)"
                k2 += 3
            elif k2 < len(toks) and toks[k2].text == "(":
                inner = bracketed_org(self.lex, toks, k2 + 1)
                placed = team_place_in_brackets(self.lex, toks, k2, raw) \
                    if inner is None and not scan_org(self.lex, toks, k2 + 1) else None
                if inner:
                    # (not "Viễn thông Bắc Giang (VNPT Bắc Giang)": the same unit by its short name)
                    same = self.ctx.resolve(raw).endswith(self.ctx.resolve(inner[1]))
                    board = board_in_department(self.lex, raw, inner[1])
                    raw = board or (raw if own_named(raw) or same else f"{raw} {inner[1]}")
                    k2 = inner[0] + 1
                elif placed:
                    k2, raw = placed  # "Tổ đoàn kết tàu thuyền an toàn số 7 (đặc khu Lý Sơn)": where the team is
            name = self.ctx.resolve(raw)
            self.ctx.remember(name)
            return k2, name
        return None

    def _only_names(self, toks: list[Tok], i: int) -> bool:
        """Does the part from i to the next ";" or "." name recipients only: no verb, no award
        ("; Thượng tá C, Chỉ huy trưởng ...", not "; Thiếu tướng D trao Giấy khen ...")?"""
        for k in range(i, len(toks)):
            t = toks[k]
            if t.text in (";", "."):
                return True
            if t.low in _CLAUSE_VERBS or (t.cap and t.low in self.lex.awards.first and self.lex.awards.match(toks, k)):
                return False
        return True

    # -- clauses ----------------------------------------------------------------
    def subject_recipients(self, before: list[Tok], c: Conferral, hint: str | None) -> None:
        """"<R> được G tặng ...": R is the clause's subject (counts or names)."""
        # the passive "được", not the one in "thành tích đạt được" (achieved) before the subject
        stop = next((n for n, t in enumerate(before)
                     if t.text == "được" and not (n and before[n - 1].low == "đạt")), None)
        if stop is None:
            stop = max((n for n, t in enumerate(before) if t.text in ("đón", "nhận")), default=len(before))
        while before and before[0].low in _TIME_LEAD:  # "Năm 2023, ông từng được ...": the time first
            lead = next((n for n, t in enumerate(before[:stop]) if t.text == ","), None)
            if lead is None:
                break
            before, stop = before[lead + 1 :], stop - lead - 1
        content = [t for t in before[:stop] if t.word and t.low not in ("vừa", "đã", "cũng", "vinh", "dự", "từng")]
        if content and content[0].text.capitalize() in _PRONOUNS and self.last_person() \
                and not (len(content) > 1 and is_name_syllable(content[1])):  # "Ông K'Bình được ...": named
            # "Bà vừa được ... tặng", "Anh là một trong 3 đoàn viên được ...": the person just named
            c.recipients.append(self.last_person())
            for n, t in enumerate(before[:stop]):
                if t.num or t.low in NUMBER_WORDS:
                    self._count(before, n, c)
            return
        if stop and before[stop - 1].text in ("người", "vừa"):
            # "<person>, <titles>, người vừa được G tặng ...": the person only
            k = 0
            last = None
            while k < stop:
                pm = self.persons._mention(before, k, [], False)
                if pm:
                    last = self.known_people(pm.name) or pm.name
                    k = pm.end
                    continue
                k += 1
            if last:
                c.recipients.append(last)
            return
        sub = before[:stop]
        if any(t.text == "thay" and n + 1 < len(sub) and sub[n + 1].text == "mặt" for n, t in enumerate(sub)):
            return  # "bà X thay mặt tập thể đón nhận ...": she receives on behalf of others
        has = next((n for n, t in enumerate(sub) if t.text == "có" and any(x.num for x in sub[n + 1 : n + 3])), None)
        if has is not None:
            sub = sub[has + 1 :]  # "LLVT Quân khu có 2 tập thể được ...": the two units, not their owner
        for n, t in enumerate(sub):
            if (t.num or t.low in NUMBER_WORDS) and not (n >= 3 and sub[n - 1].low == "trong" and sub[n - 2].low == "một"
                                                        and sub[n - 3].text in _TRAILING_MARKS):
                # (not "X - một trong hai đơn vị tiền thân của Y - được": a remark; but "X là một trong 2 đơn vị được")
                self._count(sub, n, c)
        k = 0
        while k < len(sub):
            if sub[k].text == "của":
                r = self._named(sub, k + 1)
                k = r[0] if r else k + 1
                continue
            if sub[k].text == "(" and c.recipients:
                # "Sở X (đã hợp nhất vào Sở Y từ ngày ...) được ...": a remark on the subject, no other recipient
                k = next((n + 1 for n in range(k, len(sub)) if sub[n].text == ")"), len(sub))
                continue
            nk = self._take_named(sub, k, c)
            k = nk if nk is not None else k + 1
        if not c.recipients and c.collectives is None and c.individuals is None and hint:
            c.recipients.append(hint)
            c.hinted = hint


