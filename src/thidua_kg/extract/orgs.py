"""Organisation names: where a name ends in the text.

`scan_org` finds the extent of an organisation's name at a token ("Phòng Cảnh sát hình sự
Công an tỉnh X", "Sở Y tế Thanh Hóa"). Which body a unit belongs to is org_parents', several
bodies written as one org_lists', and the full, context-resolved form of a short one
("UBND tỉnh" -> "Ủy ban nhân dân tỉnh Nam Định") context's `Context`.
"""
from __future__ import annotations

import re

from .lexicon import JOINED_BY_AND, Lexicon
from .tokens import DASHES, NUMBER_WORDS, Tok, is_name_syllable, tokenize, words

# heads whose unit sits inside a larger one named after it ("Phòng X Công an tỉnh Y")
SUBUNIT_HEADS = ("Phòng", "Đội", "Khoa", "Cơ quan", "Trại", "Tổ", "Cục", "Trạm", "Phân xưởng", "Xưởng", "Xí nghiệp", "Vụ", "Phân trại", "Bộ môn", "Chi hội")
# heads that carry a place: "Sở Y tế" is "Sở Y tế tỉnh X"
PROVINCIAL_HEADS = ("Sở", "Chi cục")
# heads written straight before a province's name ("Tỉnh ủy Nam Định")
BARE_NAME_HEADS = {"Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố", "Tỉnh Đoàn": "tỉnh", "Thành Đoàn": "thành phố",
                   "Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã", "Huyện Đoàn": "huyện",
                   "Quận Đoàn": "quận", "Thị Đoàn": "thị xã",
                   "Đảng ủy xã": "xã"}
# heads after which a province name means "... tỉnh X" ("Công an Nghệ An")
ADMIN_HEADS = ("Công an", "Ủy ban nhân dân", "Hội đồng nhân dân", "Bộ Chỉ huy Quân sự", "Bộ đội Biên phòng")
# words that continue a name across a comma: "phòng, chống", "chữa cháy, cứu hộ", "Ban Chỉ đạo xóa nhà
# tạm, nhà dột nát", "Ủy ban Văn hóa, Giáo dục của Quốc hội"
_COMMA_PAIRS = {("phòng", "chống"), ("cháy", "chữa"), ("nạn", "cứu"), ("đua", "khen"), ("đua", "Khen"), ("khám", "chữa"),
                ("hóa", "thể"), ("hóa", "Thể"), ("tạm", "nhà"), ("tra", "kiểm"), ("biên", "cột"), ("hóa", "Giáo"),
                ("giữ", "tạm"),  # "Phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự"
                ("sóc", "nuôi"), ("vệ", "chăm"), ("toàn", "vệ"),  # "Phòng Chăm sóc, nuôi dưỡng", "Ban Bảo vệ, chăm sóc ..."
                ("biên", "mốc"), ("dẫn", "tuyên"),  # "Tổ tự quản đường biên, mốc quốc giới", "Đội Hướng dẫn, tuyên truyền"
                ("giam", "cơ"), ("buộc", "trường"),
                ("biến", "giáo"), ("tịch", "quốc"), ("tịch", "chứng"), ("thôn", "nông"),  # "Tổng điều tra nông thôn, nông nghiệp"
                ("lý", "giám"),  # "Cục Quản lý, giám sát bảo hiểm"  # "Phổ biến, giáo dục pháp luật", "Hộ tịch, quốc tịch, chứng thực"
                ("thanh", "Truyền"),  # "Báo và Phát thanh, Truyền hình X" (the provinces' media since 2025)
                # "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu(, môi trường)"
                ("nhũng", "kinh"), ("tế", "buôn"), ("lậu", "môi"),
                ("kiếm", "cứu"),  # "Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực II"
                ("ninh", "trật")}  # "Tổ bảo vệ an ninh, trật tự ở cơ sở"  # "Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường ..."
# a level word followed by these is an ordinary word ("xã hội" = society)
_NOT_PLACES = {("xã", "hội"), ("tỉnh", "táo"), ("tỉnh", "thức"), ("huyện", "thị"), ("phường", "hội")}
# lower-case words that begin a company's legal form ("Công ty cổ phần ...")
COMPANY_FORMS = {"cổ", "trách", "tnhh", "liên", "hợp", "xăng", "điện", "may", "chè", "cao", "than"}
# before a level word these make it a place, even one whose name looks like a person's
# ("tại xã Châu Quế Hạ"; so does a bracket after it: "xã Châu Quế Hạ (huyện Văn Yên)")
_PLACE_PREPOSITIONS = frozenset({"tại", "ở", "thuộc", "từ", "đến", "về"})
# places below a commune, inside a name only: "Chi hội ... thôn Sán Tờ", "Tổ ... ấp Phú Hiệp"
HAMLETS = frozenset({"thôn", "bản", "ấp", "buôn", "làng", "xóm", "phum", "sóc", "khu phố", "tổ dân phố"})
# heads named after people: a family name inside does not end them
_PERSON_NAMED = ("Trường", "Đường", "Quỹ", "Giải thưởng", "Bệnh viện")
# heads that name a body only before a capital or alone ("Quỹ Phát triển ..."; "Quỹ chăm sóc NCT" is money)
# heads whose body's name goes on in capitals: in lower case a fund or an incident spoken of
# ("sử dụng Quỹ công khai", "Vụ cháy không gây thiệt hại"), not a body
_CAPITAL_NAMED = frozenset({"Quỹ", "Vụ", "Tập đoàn", "Tổng công ty", "Học viện"})
# heads named after a place, whose name may look like a person's ("Đồn Biên phòng Ma Ly Pho")
_PLACE_NAMED = ("Đồn Biên phòng", "Đồn", "Trạm Biên phòng")


def _code_closes(tokens: list[Tok], j: int) -> bool:
    """Lower-case words from j, across commas, up to a unit's code in brackets: the code closes
    one name ("Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (C10)")."""
    k = j
    while k < len(tokens) and k - j < 16:
        t = tokens[k]
        if t.text == "(":
            return k > j and tokens[k - 1].word and k + 2 < len(tokens) and tokens[k + 2].text == ")" \
                and is_unit_code(tokens[k + 1].text)
        if not (t.text == "," or (t.word and t.text[0].islower() and not t.num)):
            return False
        k += 1
    return False


def starts_person(lex: Lexicon, tokens: list[Tok], i: int) -> bool:
    """A rank, honorific or title, or a family name followed by more name syllables."""
    if i >= len(tokens):
        return False
    if lex.ranks.match(tokens, i) or lex.titles.match(tokens, i):
        return True
    h = lex.honorifics.match(tokens, i)
    if h and i + h[0] < len(tokens) and is_name_syllable(tokens[i + h[0]]):
        return True
    return surname_run(lex, tokens, i) >= 2


def surname_run(lex: Lexicon, tokens: list[Tok], i: int) -> int:
    """Length of a personal name starting with a known family name at i (0 if none)."""
    if i >= len(tokens) or (tokens[i].text not in lex.surnames and not _middle_name_after(lex, tokens, i)):
        return 0
    n = 1
    while i + n < len(tokens) and n < 5 and is_name_syllable(tokens[i + n]) \
            and not lex.titles.match(tokens, i + n):  # "Đoàn Chủ tịch" is a body, not Mr Đoàn
        n += 1
    return n if n >= 2 else 0


def _middle_name_after(lex: Lexicon, tokens: list[Tok], i: int) -> bool:
    """"Thành Văn Khoa", "Lang Văn Thông": a middle name after a capitalised syllable marks a person
    whose family name the list lacks (not after a body's type: "Cục Thuế Văn Đình Hưởng")."""
    return i + 2 < len(tokens) and tokens[i + 1].text in ("Văn", "Thị") and is_name_syllable(tokens[i]) \
        and is_name_syllable(tokens[i + 2]) and not lex.org_heads.match(tokens, i)


# two-syllable verbs that end a name written in capitals before them (inside names they follow
# lower-case words: "Ban Quản lý dự án đầu tư xây dựng")
_VERBS = frozenset({"xây dựng", "triển khai", "thực hiện", "phát động", "duy trì", "ban hành", "phối hợp",
                    "chỉ đạo", "hướng dẫn", "tổ chức", "vận động", "hỗ trợ"})
# words "trình" ends inside a name ("công trình", "chương trình"): then no verb
_TRINH_WORDS = frozenset({"công", "chương", "lộ", "quy", "tờ", "hành", "tiến", "giáo", "đệ", "phương", "thuyết"})
_MINORITY_NAME_START = re.compile(r"[HYK][’'][A-ZĐ]")  # "H’Linh", "K’Bình": Central Highlands given names
_REGION_NUMBER = re.compile(r"[IVXL]{1,6}|\d{1,2}")


def scan_locality(lex: Lexicon, tokens: list[Tok], i: int) -> tuple[int, str, str | None] | None:
    """A level word and an optional place name at i: (end, level, name or None)."""
    if i >= len(tokens):
        return None
    if tokens[i].low not in lex.localities.first:
        if tokens[i].text == "khu" and i + 2 < len(tokens) and tokens[i + 1].text == "vực" \
                and _REGION_NUMBER.fullmatch(tokens[i + 2].text):
            # "Kho bạc Nhà nước khu vực XIV": a region a body serves; "TAND khu vực 1 - Gia Lai": since 2025
            # the regional courts and procuracies are named after their province too, and the regional
            # defence commands after their former district ("Ban Chỉ huy Phòng thủ khu vực 4 - Tây Giang")
            k = i + 3
            if k + 1 < len(tokens) and tokens[k].text in DASHES and tokens[k + 1].cap:
                prov = lex.province_index.match(tokens, k + 1) or lex.district_index.match(tokens, k + 1)
                if prov:
                    return k + 1 + prov[0], "khu vực", words(tokens, i + 2, k + 1 + prov[0])
            return k, "khu vực", tokens[i + 2].text
        if tokens[i].text == "khu" and i + 2 < len(tokens) and tokens[i + 1].text == "vực" and tokens[i + 2].cap:
            # "Trạm Khuyến nông khu vực Đăk Tô": since 2025 a station serves the area of a former district
            d = lex.district_index.match(tokens, i + 2)
            if d:
                end = i + 2 + d[0]
                if end + 1 < len(tokens) and tokens[end].text in DASHES and lex.district_index.match(tokens, end + 1):
                    end += 1 + lex.district_index.match(tokens, end + 1)[0]  # "khu vực Chí Linh - Kinh Môn": two
                return end, "khu vực", words(tokens, i + 2, end)
        return None
    if i and tokens[i].low == "xã" and tokens[i - 1].low == "tác":
        return None  # "Hợp tác xã Nông nghiệp X": a cooperative, not a commune
    m = lex.localities.match(tokens, i)
    if not m:
        return None
    if not tokens[i].text[0].islower():
        e = i + m[0]
        if i and m[1] == "thành phố" and e < len(tokens) and tokens[e].word and tokens[e].text[0].islower():
            return e, m[1], None  # "trình UBND Thành phố hồ sơ": the level in capitals, bare (the article's)
        return None
    n, level, _ = m
    j = i + n
    if level in ("tỉnh", "thành phố"):
        p = lex.province_index.match(tokens, j)
        if p:
            return j + p[0], level, p[1]
    if level in ("huyện", "quận", "thị xã", "thành phố"):
        d = lex.district_index.match(tokens, j)
        if d:
            return j + d[0], level, d[1]
    nxt = tokens[j] if j < len(tokens) else None
    if nxt is not None and (level, nxt.text) in _NOT_PLACES:
        return None  # "trật tự xã hội": a word, not a commune
    if level == "tỉnh" and i and tokens[i - 1].low == "các" and lex.regions.match(tokens, j):
        e = j + lex.regions.match(tokens, j)[0]
        return e, level, words(tokens, j, e)  # "Cụm thi đua các tỉnh Bắc Trung Bộ": the provinces of a region
    if level == "tỉnh":
        # a province the gazetteer does not know is a foreign one ("tỉnh Attapeu", "tỉnh Svay Rieng"),
        # not the article's: its capitalised syllables, unless they start a person's name or an office
        k = j
        while k < len(tokens) and k - j < 3 and is_name_syllable(tokens[k]) and not lex.org_heads.match(tokens, k):
            k += 1
        if k > j and surname_run(lex, tokens, j) < 2 and not lex.titles.match(tokens, j) \
                and not lex.ranks.match(tokens, j) and not lex.awards.match(tokens, j) \
                and not lex.regions.match(tokens, j) and not (k < len(tokens) and tokens[k].cap):
            # (not "các tỉnh Nam Trung Bộ": a region, its last word a body's type)
            return k, level, words(tokens, j, k)
        return j, level, None
    # an unknown place: its capitalised syllables, but not a person's name after it
    for w in (3, 2):
        if j + w <= len(tokens) and all(is_name_syllable(t) for t in tokens[j : j + w]) \
                and lex.gazetteer.districts_named(words(tokens, j, j + w)):
            k = _numbered_place(tokens, level, j + w)
            return k, level, words(tokens, j, k)
    if j < len(tokens) and _MINORITY_NAME_START.match(tokens[j].text) and _type_ends_at(lex, tokens, i):
        return j, level, None  # "Phó Chủ tịch UBND huyện H’Linh Mlô": a person after a bare level
    run = surname_run(lex, tokens, j)
    # a person's name after a bare level is read only after a body's type ("Chủ tịch UBND xã Nguyễn Văn A");
    # elsewhere it is the place's name ("Tiêu biểu là phường Phan Đình Phùng", "tại xã Châu Quế Hạ (huyện X)")
    a_place = not _type_ends_at(lex, tokens, i) or (i and tokens[i - 1].low in _PLACE_PREPOSITIONS) \
        or (j + run + 1 < len(tokens) and tokens[j + run].text == "(" and not _photo_place(tokens, j + run + 1)) \
        or not _office_before_body(lex, tokens, i)
    if run >= 3 and not a_place:
        return j, level, None  # "UBND xã Nguyễn Văn A": a person after a bare level
    k = j
    while k < len(tokens) and k - j < 4 and is_name_syllable(tokens[k]):
        if k > j and surname_run(lex, tokens, k) >= 3:
            break
        k += 1
    if k - j >= 4 or (k - j == 3 and run >= 3 and not a_place):
        k = j + 2  # place names are mostly two syllables; the rest is a person
    k = _numbered_place(tokens, level, k)
    if k > j and level in ("phường", "xã") and k + 1 < len(tokens) and tokens[k].text in DASHES \
            and lex.district_index.match(tokens, k + 1):
        k += 1 + lex.district_index.match(tokens, k + 1)[0]  # "phường Xuân Hương - Đà Lạt": since 2025, one name
    elif k > j and level in ("phường", "xã") and k + 2 < len(tokens) and tokens[k].text in DASHES:
        e = k + 1  # "phường Văn Miếu - Quốc Tử Giám": one name of two, up to a word in lower case or punctuation
        while e < len(tokens) and e - k <= 4 and is_name_syllable(tokens[e]):
            e += 1
        if e - k >= 3 and (e == len(tokens) or not tokens[e].cap) and not lex.org_heads.match(tokens, k + 1) \
                and surname_run(lex, tokens, k + 1) < 3 and not lex.titles.match(tokens, k + 1):
            k = e
    return k, level, (words(tokens, j, k) if k > j else None)


def _photo_place(tokens: list[Tok], k: int) -> bool:
    """"(thứ ba từ trái)", "(bìa phải)", "(giữa)": where a person stands in a photo, in brackets after the name."""
    return tokens[k].low in ("thứ", "bìa", "giữa", "đứng", "ngồi", "trái", "phải", "áo")


def title_in_head(lex: Lexicon, tokens: list[Tok], i: int) -> bool:
    """Is the title at i the start of a longer body's type ("Đại sứ" in "Đại sứ quán")?"""
    head = lex.org_heads.match(tokens, i)
    return bool(head) and head[0] > lex.titles.match(tokens, i)[0]


def country_post_at(lex: Lexicon, toks: list[Tok], j: int) -> int:
    """The end of "<country> tại <place>" at j, after an envoy's title or a mission's type
    ("Tổng Lãnh sự | Nhật Bản tại TP. Hồ Chí Minh"), or 0."""
    nat = lex.national_orgs.match(toks, j)  # (a body's name whole: "Thông tấn xã Việt Nam")
    k = j + nat[0] if nat else j
    if k + 1 < len(toks) and (toks[k].text, toks[k + 1].text) in _STATE_FORMS:
        k += 2  # "Tổng Lãnh sự quán Liên bang Nga tại ..."
    while k < len(toks) and k - j < 4 and toks[k].cap and toks[k].word:
        k += 1
    if k == j or k + 1 >= len(toks) or toks[k].low != "tại":
        return 0
    first = toks[k + 1]
    lowered = [Tok(first.text.lower(), first.start, first.end), *toks[k + 2 : k + 8]]  # "tại Thành phố X"
    loc = scan_locality(lex, lowered, 0)
    if loc and loc[2]:
        return k + 1 + loc[0]
    e = k + 1
    if e + 1 < len(toks) and (toks[e].text, toks[e + 1].text) in _STATE_FORMS:
        e += 2  # "tại Cộng hòa Séc", "tại Vương quốc Anh"
    while e < len(toks) and e - k <= 6 and is_name_syllable(toks[e]):
        e += 1
    return e if e > k + 1 else 0


# types whose word starts some places' names ("Hội An", "Trường Sa")
_PLACE_LIKE_HEADS = frozenset({"Hội", "Trường", "Đoàn", "Tổ", "Đội", "Ban"})
# bodies of Vietnamese abroad, named with where they are: "Hội Doanh nhân Việt Nam tại Hungary"
_ABROAD_HEADS = frozenset({"Hội", "Câu lạc bộ", "Liên hiệp", "Cộng đồng", "Hội Liên hiệp Phụ nữ"})
_STATE_FORMS = frozenset({("Cộng", "hòa"), ("Vương", "quốc"), ("Liên", "bang"), ("Cộng", "Hòa")})


def _numbered_place(tokens: list[Tok], level: str, k: int) -> int:
    """After a place's name at k, its number or quarter: "phường Hà Giang 1", "phường Quy Nhơn Nam" (new wards
    named after the town they split), "phường 3", "quận 10"."""
    if level in ("phường", "xã", "quận") and k < len(tokens) and tokens[k].num and len(tokens[k].text) <= 2 \
            and tokens[k].text.isdigit() and not (k + 1 < len(tokens) and tokens[k + 1].low in _AFTER_COUNT):
        return k + 1
    if level in ("phường", "xã") and k < len(tokens) and tokens[k].text in _QUARTERS:
        return k + 1
    return k


_QUARTERS = frozenset({"Bắc", "Nam", "Đông", "Tây", "Trung"})


def _office_before_body(lex: Lexicon, tokens: list[Tok], i: int) -> bool:
    """Is the body whose type ends before token i preceded by an office ("Chủ tịch | UBND | xã")? Only
    then may a person's name follow the level word: "UBND phường Phạm Ngũ Lão được tặng ..." is a ward."""
    for k in range(max(0, i - 10), i):  # (from the farthest: the longest type, "Ủy ban MTTQ Việt Nam")
        m = lex.org_heads.match(tokens, k) or lex.national_orgs.match(tokens, k)
        if m and k + m[0] == i:
            return any(lex.titles.match(tokens, t) and t + lex.titles.match(tokens, t)[0] == k
                       for t in range(max(0, k - 6), k))
    return True  # (an office right before the level word: "Chủ tịch xã Nguyễn Văn A")


def _type_ends_at(lex: Lexicon, tokens: list[Tok], i: int) -> bool:
    """Does an organisation's type or an office end right before token i ("Ủy ban nhân dân |
    xã", "Chủ tịch | xã")?"""
    for k in range(max(0, i - 9), i):
        m = lex.org_heads.match(tokens, k) or lex.titles.match(tokens, k)
        if m and k + m[0] == i:
            return True
        if m and 0 < i - k - m[0] <= 5 and tokens[k + m[0]].cap and all(t.word for t in tokens[k + m[0] : i]):
            return True  # "Trưởng phòng Nội vụ | huyện": an office and its unit's field
    return False


# units numbered after their field: "Lữ đoàn Công binh 249", "Đoàn Kinh tế - Quốc phòng 337"
_NUMBERED = frozenset({"Lữ đoàn", "Đoàn", "Sư đoàn", "Trung đoàn", "Tiểu đoàn", "Quân đoàn", "Hải đoàn", "Đội",
                       "Binh đoàn", "Vùng", "Hải đội", "Bệnh viện", "Nhà máy", "Xí nghiệp", "Kho",
                       "Đoàn Kinh tế - Quốc phòng", "Đồn Biên phòng", "Đồn", "Trạm", "Phân xưởng", "Công trường"})
# units only ever named by a capitalised name or a number: lower-case words after the type are no name
NAMED_UNITS = frozenset({"Công an", "Vùng", "Lữ đoàn", "Sư đoàn", "Trung đoàn", "Tiểu đoàn", "Quân đoàn", "Quân khu",
                          "Hải đoàn", "Hải đội", "Đại đội", "Đài", "Liên doanh", "Bộ"})  # ("Bộ quy tắc ứng xử": a code)
# offices named by their field and place only ("Thuế tỉnh X", "Thuế cơ sở 1 tỉnh X", "Thống kê tỉnh X",
# "Hải quan cửa khẩu Y"): without the place the word is the field
_PLACED_OFFICES = frozenset({"Thuế", "Thống kê", "Hải quan", "Bảo hiểm xã hội", "Bưu điện", "Thi hành án dân sự"})  # ("BHXH tự nguyện" is a scheme;
# "ngành Bưu điện Việt Nam" a sector)


def _placed_at(lex: Lexicon, tokens: list[Tok], j: int) -> bool:
    """Does a placed office's place start at j ("tỉnh X", "cơ sở 1", "cửa khẩu Y", "khu vực II", or a province's
    or district's name alone: "Hải quan Bắc Giang", "Hải quan Quế Võ")?"""
    return bool(scan_locality(lex, tokens, j)) or (j + 1 < len(tokens) and words(tokens, j, j + 2) in ("cơ sở", "cửa khẩu")) \
        or (j < len(tokens) and tokens[j].cap and bool(lex.province_index.match(tokens, j) or lex.district_index.match(tokens, j)))


# a body of every commune, district or province, none named: "UBND cấp xã", "Chủ tịch UBND cấp huyện", "UBND các xã"
EVERY_LEVEL = re.compile(r"\b(?:cấp|các) (?:xã|huyện|tỉnh|phường|cơ sở)$")
# bodies "của" may put after a unit's name without their own name, meaning the article's one
_GENERIC_OWNERS = frozenset({"Tập đoàn", "Công ty", "Nhà máy", "Bệnh viện"})
# levels that "của" may put after a body's name: "Ban Chỉ đạo X của tỉnh"
_LEVEL_WORDS_OF = frozenset({"tỉnh", "huyện", "xã", "phường", "quận"})
# words after a number that make it a count or a date, not a unit's number
_AFTER_COUNT = frozenset({"năm", "lần", "tháng", "ngày", "người", "hộ", "cán", "tập", "cá", "chiến", "đơn", "học"})
_TRAILING = (",", "và", *DASHES)  # (a module constant: mypyc compiles no `in (x, *DASHES)`)


def is_unit_code(text: str) -> bool:
    """A unit's code: capitals and digits ("PA05", "PC08", "C04")."""
    return len(text) >= 3 and text[0].isupper() and any(c.isdigit() for c in text) and text.isalnum() \
        and not any(c.islower() for c in text)


def _national(lex: Lexicon, tokens: list[Tok], i: int, nat: tuple[int, str, str]) -> tuple[int, str] | None:
    """A gazetteer body's name at i and what may follow it (its branch, its province); None when a
    place follows that makes the name a head ("Bộ đội Biên phòng tỉnh X")."""
    k = i + nat[0]
    if nat[2].startswith("Ban ") and k < len(tokens) and tokens[k].cap and inner_head(lex, tokens, k):
        inner = scan_org(lex, tokens, k)  # "Ban Bí thư Trung ương Đoàn": a committee of another body
        if inner:
            return inner[0], words(tokens, i, inner[0])
    if nat[2].endswith(" Trung ương") and k < len(tokens) and tokens[k].text == "Hội" \
            and not (k + 1 < len(tokens) and tokens[k + 1].cap):
        return k + 1, f"{nat[2]} Hội"  # "Trưởng Ban Tổ chức Trung ương Hội": of the association's centre (see Context)
    if k + 3 < len(tokens) and tokens[k].text in DASHES and tokens[k + 1].text == "Chi" and tokens[k + 2].low == "nhánh":
        k += 1  # "Ngân hàng TMCP Ngoại thương Việt Nam – Chi nhánh Nghệ An": the same, a dash before the branch
    if k + 2 < len(tokens) and tokens[k].low == "chi" and tokens[k + 1].low == "nhánh":
        # "Agribank chi nhánh tỉnh X": a national body's branch, named with its place
        end = _branch_place(lex, tokens, k + 2)
        if end:
            return end, f"{nat[2]} {words(tokens, k, end)}"
    prov = lex.province_index.match(tokens, k) if k < len(tokens) and tokens[k].cap else None
    if prov:
        # "BĐBP Quảng Trị": the body's branch in the province, with its level; "KBNN Quảng Ngãi",
        # "VNPT Thanh Hóa": a branch named its own way (tk:localUnitName), the province without it
        local = lex.local_units.get(nat[2])
        if local:
            return k + prov[0], f"{local} {words(tokens, k, k + prov[0])}"
        kind = getattr(prov[2], "unit_type", "tỉnh") or "tỉnh"
        return k + prov[0], f"{nat[2]} {kind} {words(tokens, k, k + prov[0])}"
    if not scan_locality(lex, tokens, k):
        return k, nat[2]
    return None


def _branch_place(lex: Lexicon, tokens: list[Tok], j: int) -> int:
    """Where the place or name a branch is named with ends ("chi nhánh tỉnh X", "Chi nhánh Bến Thành",
    "Chi nhánh 1 TP. Hồ Chí Minh"); 0 when none follows."""
    numbered = j < len(tokens) and tokens[j].text.isdigit()
    if numbered:
        j += 1  # a numbered branch, then its city
        if j + 1 < len(tokens) and tokens[j].text == "Thành" and tokens[j + 1].low == "phố" \
                and lex.province_index.match(tokens, j + 2):
            j += 2  # ("TP. Hồ Chí Minh" written out)
    loc = scan_locality(lex, tokens, j)
    if loc:
        return loc[0]
    prov = lex.province_index.match(tokens, j)
    if prov:
        return j + prov[0]
    if numbered:
        return j
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k].cap and tokens[k].word and not starts_person(lex, tokens, k):
        k += 1
    return k if k > j else 0


def _place_named_like_type(lex: Lexicon, tokens: list[Tok], i: int) -> bool:
    """Does a place whose name starts with a type's word ("Hội An", "Trường Sa") start at i?"""
    return i + 1 < len(tokens) and tokens[i].text in _PLACE_LIKE_HEADS and tokens[i + 1].cap \
        and bool(lex.district_index.match(tokens, i) or lex.province_index.match(tokens, i))


def scan_org(lex: Lexicon, tokens: list[Tok], i: int, free: bool = False) -> tuple[int, str] | None:
    """End and text of an organisation name starting at i.

    `free` (after an office title) lets the name start without a known head:
    "Trưởng phòng Cảnh sát hình sự ..."."""
    if i + 2 < len(tokens) and tokens[i].text == "Trung" and tokens[i + 1].text == "ương":
        # "Trung ương Hội X": the central committee of an organisation, named with it
        inner = scan_org(lex, tokens, i + 2)
        if inner and not inner[1].startswith("Trung ương"):
            return inner[0], "Trung ương " + inner[1]
    if _place_named_like_type(lex, tokens, i):
        return None  # "các phường Hội An, Hội An Đông": a place named like a type ("Hội"), no association
    if lex.event_types.match(tokens, i) or (lex.not_orgs.match(tokens, i) and not _named_residential_group(tokens, i)
                                            and not lex.national_orgs.match(tokens, i)) \
            or (lex.titles.match(tokens, i) and not title_in_head(lex, tokens, i)):
        return None  # "Hội nghị" is an event, "Báo cáo" a report, "Bộ trưởng" an office (not "Đại sứ quán")
    local = lex.local_unit_names.match(tokens, i) if i < len(tokens) and tokens[i].cap else None
    n_local = local[0] if local else 0
    prov = lex.province_index.match(tokens, i + n_local) if n_local else None
    if prov:
        # "Viễn thông Quảng Ninh": a national group's unit in a province, named its own way (tk:localUnitName)
        return i + n_local + prov[0], words(tokens, i, i + n_local + prov[0])
    nat = lex.national_orgs.match(tokens, i)
    head = lex.org_heads.match(tokens, i)
    if nat and (not head or nat[0] >= head[0]):
        found = _national(lex, tokens, i, nat)
        if found:
            return found
        head = (nat[0], nat[1], nat[2])  # "Bộ đội Biên phòng tỉnh X": a national name used as a head
    if head and head[1] == "Trường" and i and tokens[i - 1].low in _LEVEL_WORDS_OF:
        return None  # "phường Trường Vinh": a ward's name, not a school
    if head and head[1] == "Đài" and i + head[0] < len(tokens) and tokens[i + head[0]].text in ("Loan", "Bắc"):
        return None  # "Đài Loan", "Đài Bắc": places, not a station
    if head:
        j = i + head[0]
        head_label = head[1]
    elif free and i < len(tokens) and tokens[i].word and not tokens[i].num:
        j, head_label = i, ""
    else:
        return venue_named_in_english(tokens, i)
    if head_label in _CAPITAL_NAMED and j < len(tokens) and tokens[j].word and not tokens[j].cap \
            and not lex.stops.match(tokens, j) and tokens[j].low not in COMPANY_FORMS:
        return None  # "sử dụng Quỹ công khai": the fund spoken of, not a body ("Quỹ đã ...": the article's)
    return _by_head(lex, tokens, i, j, head_label) or _name_rest(lex, tokens, i, j, head_label, free, bool(head))


# nouns of geography after which capitals name a place, however like a person's name they look
# ("Khu bảo tồn biển Cù Lao Chàm", "Ban Quản lý Vịnh Hạ Long", "rừng Bạch Long")
_GEO_NOUNS = frozenset({"biển", "đảo", "núi", "sông", "vịnh", "rừng", "đầm", "suối", "đèo"})


# the kinds of venue an English name ends with ("Bai Chay Ocean View Hotel", "Trang An Riverside Lodge")
_ENGLISH_VENUES = frozenset({"Hotel", "Resort", "Homestay", "Lodge", "Villa", "Retreat", "Hostel", "Cruises",
                             "Spa", "Motel", "Inn"})


def venue_named_in_english(tokens: list[Tok], i: int) -> tuple[int, str] | None:
    """A hotel or resort named in English, its kind last: up to six capitalised words (and "&")."""
    if i >= len(tokens) or not tokens[i].cap or not tokens[i].word:
        return None
    k, end = i, None
    while k < len(tokens) and k - i < 7 and (tokens[k].cap and tokens[k].word or tokens[k].text == "&"):
        if tokens[k].text in _ENGLISH_VENUES and k > i:
            end = k + 1
        k += 1
    return (end, words(tokens, i, end)) if end else None


def _by_head(lex: Lexicon, tokens: list[Tok], i: int, j: int, head_label: str) -> tuple[int, str] | None:
    """The names whose extent their head decides (a party committee takes only a place, a steering
    committee its task, ...): (end, text), or None when the common rules decide."""
    if head_label in ("Đại sứ quán", "Tổng Lãnh sự quán", "Cơ quan thường trú", "Văn phòng đại diện", "Văn phòng thường trú"):
        post = country_post_at(lex, tokens, j)  # "Đại sứ quán Pháp tại Việt Nam", "Cơ quan thường trú Báo X tại Y"
        if post:
            return post, words(tokens, i, post)
    if head_label in BARE_NAME_HEADS:
        # "Tỉnh ủy Nghệ An", "Huyện ủy Yên Thành": only a place's name may follow
        p = lex.province_index.match(tokens, j) or lex.district_index.match(tokens, j)
        if p:
            return j + p[0], words(tokens, i, j + p[0])
        return j, words(tokens, i, j)
    if head_label == "Ban Chỉ đạo" and words(tokens, j, j + 2) == "quốc gia":
        # "Ban Chỉ đạo quốc gia vận động hiến máu tình nguyện": the national one, named by its task, no place
        k = j + 2
        while k < len(tokens) and k - j < 10 and tokens[k].word and tokens[k].text[0].islower() \
                and (not lex.stops.match(tokens, k) or words(tokens, k, k + 2) == "vận động"):
            k += 1
        return k, words(tokens, i, k)
    if head_label == "Ban Chỉ đạo" and j < len(tokens) and tokens[j].word and tokens[j].text[0].islower():
        # "Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh": a steering committee is named by its task, in
        # lower case and verbs included, up to its place
        k = j
        while k < len(tokens) and k - j < 10 and (tokens[k].text == "," or tokens[k].word and tokens[k].text[0].islower()):
            loc = scan_locality(lex, tokens, k) if k > j else None
            if loc:
                return loc[0], words(tokens, i, loc[0])
            k += 1
            if k + 1 < len(tokens) and tokens[k].text == "“" and tokens[k - 1].low in ("trào", "động"):
                # "Ban Chỉ đạo phong trào “Toàn dân đoàn kết ...” huyện X": the movement it steers, quoted
                close = next((e for e in range(k + 1, min(len(tokens), k + 25)) if tokens[e].text == "”"), None)
                if close is None:
                    break
                loc = scan_locality(lex, tokens, close + 1)
                if loc:  # (the name without its quotes, as the movement's own)
                    parts = (words(tokens, i, k), words(tokens, k + 1, close), words(tokens, close + 1, loc[0]))
                    return loc[0], " ".join(parts)
                break
    if head_label == "Tổ" and words(tokens, j, j + 2) == "công tác":
        found = _task_force(lex, tokens, i, j + 2)
        if found:
            return found
    if head_label == "Công ty" and j < len(tokens) and tokens[j].text[0].islower() \
            and tokens[j].low not in COMPANY_FORMS:
        return j, words(tokens, i, j)  # "Công ty mạnh dạn đầu tư ...": the company, by its type
    if head_label in NAMED_UNITS and j < len(tokens) and tokens[j].word and tokens[j].text[0].islower() \
            and not scan_locality(lex, tokens, j):
        return j, words(tokens, i, j)  # "xây dựng Vùng vững mạnh", "cán bộ Công an gọi điện": the type only
    if head_label == "Hợp tác xã" and j < len(tokens) and tokens[j].word and tokens[j].text[0].islower() \
            and not scan_locality(lex, tokens, j):
        k = j
        while k < len(tokens) and k - j < 5 and tokens[k].word and tokens[k].text[0].islower():
            k += 1
        if not (k < len(tokens) and is_name_syllable(tokens[k]) and not starts_person(lex, tokens, k)):
            # "HTX nông nghiệp với hơn 420 thành viên", "HTX tiêu biểu": the kind, no cooperative named
            # ("Hợp tác xã dịch vụ nông nghiệp Bản Phố" is one)
            return j, words(tokens, i, j)
    if head_label in _PLACED_OFFICES and not _placed_at(lex, tokens, j) and (
            head_label != "Bảo hiểm xã hội" or (j < len(tokens) and tokens[j].word and tokens[j].text[0].islower())):
        return j, words(tokens, i, j)  # "Thuế thu nhập ...", "Thống kê cho thấy": no office without its place
    if head_label == "Sở" and j < len(tokens) and tokens[j].word and tokens[j].text[0].islower() \
            and tokens[j].low not in lex.sectors.first and not scan_locality(lex, tokens, j):
        return j, words(tokens, i, j)  # "Sở đẩy nhanh việc số hóa ...": the department by its type, then a verb
    if head_label == "Sở" and lex.sectors.match(tokens, j):
        j += lex.sectors.match(tokens, j)[0]
        loc = scan_locality(lex, tokens, j)
        if loc:
            j = loc[0]
        elif j < len(tokens) and lex.province_index.match(tokens, j):
            # "Sở Y tế Thanh Hóa" is "Sở Y tế tỉnh Thanh Hóa"
            n, _, unit = lex.province_index.match(tokens, j)
            kind = getattr(unit, "unit_type", "tỉnh") or "tỉnh"
            return j + n, f"{words(tokens, i, j)} {kind} {words(tokens, j, j + n)}"
        return j, words(tokens, i, j)
    return None


# documents a task force is named after, with their number: "Tổ công tác triển khai Đề án 06"
_DOCUMENT_KINDS = frozenset({"Đề án", "Chỉ thị", "Nghị quyết", "Kế hoạch", "Chương trình", "Dự án"})


def _task_force(lex: Lexicon, tokens: list[Tok], i: int, k: int) -> tuple[int, str] | None:
    """A task force ("Tổ công tác", its words before k) named by the numbered document it carries
    out, and its place: "Tổ công tác (triển khai) Đề án 06 tỉnh X", "... Đề án 06 của tỉnh"."""
    if words(tokens, k, k + 2) in ("triển khai", "thực hiện"):
        k += 2
    if words(tokens, k, k + 2) not in _DOCUMENT_KINDS or k + 2 >= len(tokens) or not tokens[k + 2].num:
        return None
    k += 3
    if words(tokens, k, k + 1) == "của" and k + 1 < len(tokens) and tokens[k + 1].low in _LEVEL_WORDS_OF \
            and not (k + 2 < len(tokens) and tokens[k + 2].cap):
        return k + 2, f"{words(tokens, i, k)} {tokens[k + 1].low}"  # (the place is filled in from the article)
    loc = scan_locality(lex, tokens, k)
    return (loc[0], words(tokens, i, loc[0])) if loc else (k, words(tokens, i, k))


def _members_to_place(lex: Lexicon, tokens: list[Tok], k: int) -> bool:
    """From k, words and commas only (the kinds of a bloc's members), then a named place."""
    for e in range(k, min(len(tokens), k + 10)):
        loc = scan_locality(lex, tokens, e) if tokens[e].word and not tokens[e].cap else None
        if loc:
            return loc[2] is not None or tokens[e].low in _LEVEL_WORDS_OF
        if not (tokens[e].word or tokens[e].text == ",") or lex.stops.match(tokens, e):
            return False
    return False


def _name_rest(lex: Lexicon, tokens: list[Tok], i: int, j: int, head_label: str, free: bool,
               head: bool) -> tuple[int, str] | None:
    """The end of a name whose head (or, `free`, whose start) ends at j: the words after it, up to a
    place, a verb, a person or punctuation that ends the name."""
    start_j = j
    numbered = False  # the name has had its unit number
    while j < len(tokens) and j - i < 24:
        t = tokens[j]
        end = _place_end(lex, tokens, i, j, start_j, head_label)
        if end:
            j = end
            break
        if (t.text == "," or t.text in DASHES) and j + 3 < len(tokens) and tokens[j + 1].text == "Đại" \
                and tokens[j + 2].text == "học" and tokens[j + 3].cap and "Trường Đại học" in words(tokens, i, j):
            j += 1  # "Trường Đại học Khoa học, Đại học Huế": a university's member school, named with it
            continue
        if t.text == ",":
            if j + 1 < len(tokens) and (tokens[j - 1].text.lower(), tokens[j + 1].text) in _COMMA_PAIRS:
                j += 2  # the pair's second word too, whatever it is elsewhere ("Hướng dẫn, tuyên truyền")
                continue
            if head_label.startswith("Khối") and _members_to_place(lex, tokens, j + 1):
                j += 1  # "Khối thi đua các cơ quan Đảng, Mặt trận, đoàn thể tỉnh X": a bloc's members, then its place
                continue

            if (head_label and _code_closes(tokens, j + 1)) \
                    or (head_label and j > start_j + 1 and _field_start(tokens, start_j, j) < j - 1
                        and tokens[_field_start(tokens, start_j, j)].cap and _fields_across_comma(lex, tokens, j + 1)):
                j += 1
                continue
            break
        if t.text in DASHES and j + 1 < len(tokens) and tokens[j + 1].cap \
                and (not starts_person(lex, tokens, j + 1) or lex.province_index.match(tokens, j + 1)
                     or tokens[j - 1].text == "Việt") \
                and (not inner_head(lex, tokens, j + 1) or head_label.startswith(("Khối", "Liên danh"))):
            # "Đảng ủy - Bộ Tư lệnh X": two bodies; "Khối thi đua Tài chính - Ngân hàng": a bloc's two fields;
            # "Liên danh nhà thầu A - Trường Phát": a consortium named after its contractors; "Việt - Hàn": a
            # partner country, no person
            j += 1
            continue
        if t.text in DASHES and j + 2 < len(tokens) and (tokens[j + 1].low, tokens[j + 2].text) in lex.field_words \
                and tokens[j - 1].word and not tokens[j - 1].cap:
            j += 1  # "Đội Cảnh sát giao thông - trật tự": a second field in lower case after one in lower case
            continue
        if t.text == "“" and j > i + 1 and tokens[j - 1].low in _NAMED_IN_QUOTES:
            close = next((m for m in range(j + 1, min(len(tokens), j + 14)) if tokens[m].text == "”"), None)
            if close is not None and close > j + 1:
                j = close + 1  # "Ban Vận động Quỹ “Vì người nghèo” tỉnh X": a fund or programme named in quotes, in the name
                continue
        if not t.word:
            break
        if t.num:
            role = _number_in_name(lex, tokens, i, j, head_label)
            if role != _NOT_IN_NAME:
                j += 1
                numbered = numbered or role == _UNIT_NUMBER
            if role in (_IN_NAME, _UNIT_NUMBER):
                continue
            break
        if t.text == "và":
            joined = _joined_by_and(tokens, i, j)
            if joined:
                j += joined
                continue
            if not _and_joins(lex, tokens, j, start_j, head_label, free):
                break
            j += 1
            continue
        if t.text == "của" and j > start_j and j + 1 < len(tokens) and tokens[j + 1].low in _LEVEL_WORDS_OF \
                and not (j + 2 < len(tokens) and tokens[j + 2].cap):
            # "Ban Chỉ đạo ... của tỉnh": the province's (the place is filled in from the article)
            return j + 2, f"{words(tokens, i, j)} {tokens[j + 1].low}"
        if t.text == "của" and (j > start_j or head_label) and j + 2 < len(tokens) \
                and words(tokens, j + 1, j + 3).capitalize() in _GENERIC_OWNERS \
                and not (j + 3 < len(tokens) and tokens[j + 3].cap):
            # "Ban Khoa học công nghệ của Tập đoàn": the article's group's (its name is filled in)
            return j + 3, f"{words(tokens, i, j)} {words(tokens, j + 1, j + 3).capitalize()}"
        if t.text == "của" and j + 2 < len(tokens) and words(tokens, j + 1, j + 3) == "Quốc hội" \
                and (head_label in ("Ủy ban", "Hội đồng") or (free and tokens[i].text == "Ủy")):
            j += 3  # "Ủy ban Pháp luật của Quốc hội": the Assembly's committees are named with it
            break
        if j > start_j and t.word and t.text[0].islower() and is_unit_code(tokens[j - 1].text):
            break  # "Phòng PA05 khuyến cáo": after a unit's code, lower-case words are the sentence's
        if numbered and t.word and t.text[0].islower() and t.low != "thuộc" and not tokens[j - 1].cap \
                and not _school_before(tokens, start_j, j):  # ("Chi đoàn 12A1 Trường THPT X": the school's name)
            break  # "Vùng 2 Hải quân nắm chắc ...": after a unit's number, lower-case words are the sentence's
        if t.text == "thuộc" and j > start_j and j + 1 < len(tokens) and tokens[j + 1].cap:
            # "Đội Rowing thuộc Trung tâm X": the unit named with the body it belongs to; a company has
            # its own name ("Công ty Điện lực X thuộc Tổng công ty Y")
            if head_label in _OWN_NAME_HEADS:
                break
            parent = scan_org(lex, tokens, j + 1)
            if parent:
                return parent[0], f"{words(tokens, i, j)} {parent[1]}"
            break
        if t.text[0].islower() and j + 1 < len(tokens) and words(tokens, j, j + 2) in _VERBS \
                and (tokens[j - 1].low, t.text) not in lex.field_words and (tokens[j - 1].cap or (
                j >= 2 and tokens[j - 2].cap and (tokens[j - 2].low, tokens[j - 1].text) in lex.field_words)):
            break  # "do Công an tỉnh phối hợp với Ban Dân tộc xây dựng": the sentence's verb after a name
        if (t.low in NUMBER_WORDS and j + 1 < len(tokens) and tokens[j + 1].low in _LEVEL_WORDS_OF) \
                or words(tokens, j, j + 2).lower() in ("một số", "hai cấp"):
            # "Hội NCT hai tỉnh Tuyên Quang và Hà Giang", "LĐLĐ một số tỉnh": bodies of places, none named; "TAND hai
            # cấp": the courts of two levels
            return None
        if t.text == "trình" and j + 1 < len(tokens) and tokens[j + 1].cap and tokens[j - 1].low not in _TRINH_WORDS:
            break  # "đề nghị Cục Hải quan trình Bộ trưởng ...": the verb, not "công trình"
        if t.low == "tại" and j >= 2 and tokens[j - 2].text == "Việt" and tokens[j - 1].text == "Nam" \
                and head_label in _ABROAD_HEADS:
            post = country_post_at(lex, tokens, j - 2)  # "Hội người Việt Nam tại Ba Lan": the community abroad
            if post:
                j = post
                break
        if t.text == "các" and j == start_j and head_label.startswith("Khối"):
            j += 1  # "Khối thi đua các cơ quan Tài chính - Ngân hàng": a bloc named by its members
            continue
        if t.text[0].islower() and lex.stops.match(tokens, j) and (tokens[j - 1].low, t.text) not in lex.field_words:
            ns = lex.non_stops.match(tokens, j)
            if ns:
                j += ns[0]
                if ns[1] == "ở cơ sở" and j < len(tokens) and tokens[j].word and tokens[j].text[0].islower() \
                        and not hamlet_at(tokens, j) and not scan_locality(lex, tokens, j) \
                        and tokens[j].low not in ("khu", "tổ", "thôn", "ấp", "bản", "xóm"):
                    break  # "... Tổ bảo vệ ANTT ở cơ sở tuần tra": the name ends with where the teams are
                continue
            more = _non_stop_through(lex, tokens, start_j, j)
            if more:  # "Dịch vụ việc làm": "làm" is no verb here; "Trung tâm Điều hành thông tin"
                j += more
                continue
            if t.low == "mới" and tokens[j - 1].low == "thôn":
                j += 1  # "Văn phòng Điều phối nông thôn mới Trung ương"
                continue
            break
        if t.text[0].islower() and t.low != "số" and (tokens[j - 1].low, t.text) not in lex.field_words \
                and _after_proper_name(lex, tokens, start_j, j) and not _inside_capitals(lex, tokens, j) \
                and not _trade_then_another(lex, tokens, j, head_label):
            more = _non_stop_through(lex, tokens, start_j, j)
            if more:  # "Quỹ Vì người nghèo": a name's phrase
                j += more
                continue
            break  # after a proper name ("Đồn Biên phòng Ia Dom") lower-case words are the sentence's verb
        if t.cap and (j > start_j or head):
            if (lex.ranks.match(tokens, j) or lex.titles.match(tokens, j)) \
                    and not (tokens[j - 1].text == "Bộ" and (lex.org_heads.match(tokens, j - 1) or (0,))[0] > 1):
                break  # (but "Hội đồng Thi đua - Khen thưởng Bộ Tư lệnh": "Tư lệnh" is the command's name, no title)
            if head_label not in _PERSON_NAMED and surname_run(lex, tokens, j) >= 3 \
                    and not _school_before(tokens, start_j, j) and tokens[j - 1].low not in _GEO_NOUNS \
                    and not ((head_label in ("Công ty", "Tổng công ty", "Hợp tác xã") or _company_inside(tokens, start_j, j))
                             and j > start_j and tokens[j - 1].word and not tokens[j - 1].cap) \
                    and (j > start_j or not (lex.district_index.match(tokens, j) or head_label in _PLACE_NAMED)) \
                    and not (t.text == "Đoàn" and tokens[j - 1].low in ("tỉnh", "thành", "huyện", "quận")):
                # (not "Ban Thường vụ Tỉnh Đoàn Thái Nguyên": the province's Youth Union, no Mr Đoàn; nor a
                # company's brand after its trade: "Công ty cổ phần Vật liệu xây dựng Hoàng Mai Xanh")
                prov = lex.province_index.match(tokens, j + 1) if tokens[j + 1].cap else None
                if prov and surname_run(lex, tokens, j + 1 + prov[0]) >= 2:
                    j += 1 + prov[0]  # "Công ty Cơ khí Nam Triệu Hải Phòng Vũ Thị Lan": its last word and place, then a person
                elif prov and surname_run(lex, tokens, j) == 1 + prov[0]:
                    j += 1 + prov[0]  # "Công ty cổ phần Cơ khí Nam Triệu Hải Phòng": no person, only the place
                    continue
                break
        if t.cap and j == start_j and free and not head_label and starts_person(lex, tokens, j) \
                and not lex.org_heads.match(tokens, j) and not field_after(lex, tokens, j):
            return None  # a name where a body was looked for ("Thứ trưởng Lê Văn A"); not after a type: "Bệnh viện Bạch Mai"
        j += 1
    if j == start_j and not head:
        return None
    while j > i and tokens[j - 1].text in _TRAILING:
        j -= 1
    return j, words(tokens, i, j)


def _place_end(lex: Lexicon, tokens: list[Tok], i: int, j: int, start_j: int, head_label: str) -> int:
    """Where the name ends if a place at j ends it ("... huyện X", "... ấp Phú Hiệp", "VKSND cấp cao
    tại Đà Nẵng", "Viện Lúa Đồng bằng sông Cửu Long"); 0 if none does."""
    t = tokens[j]
    if j > start_j and hamlet_at(tokens, j):
        # "Tổ tự quản ... ấp Phú Hiệp", "Tổ tiết kiệm và vay vốn bản Nà Pát xã Chiềng Hặc": a hamlet,
        # then maybe its commune
        j += 1
        while j < len(tokens) and is_name_syllable(tokens[j]) and not surname_run(lex, tokens, j) >= 3:
            j += 1
        loc = scan_locality(lex, tokens, j)  # (after a comma the commune is where the hamlet is, not its name)
        if loc and loc[2]:
            j = loc[0]
        return j
    numbered = numbered_hamlet(tokens, j) if j > start_j else 0
    if numbered:
        # "Tổ công nghệ số cộng đồng tổ dân phố 7 phường Phú Xuân": a numbered hamlet, then maybe its ward
        loc = scan_locality(lex, tokens, numbered)
        return loc[0] if loc and loc[2] else numbered
    if t.low == "tại" and j >= 2 and tokens[j - 2].low == "cấp" and tokens[j - 1].low == "cao":
        # "VKSND cấp cao tại Đà Nẵng": a high court or procuracy is named after the city it sits in
        k = j + 1
        if not lex.province_index.match(tokens, k) and k + 1 < len(tokens) and tokens[k].low == "thành" \
                and tokens[k + 1].low == "phố":
            k += 2  # "... tại Thành phố Hồ Chí Minh"
        seat = lex.province_index.match(tokens, k)
        if seat:
            return k + seat[0]
    loc = scan_locality(lex, tokens, j)
    if loc:
        return loc[0]
    if t.cap and j > i and lex.province_index.match(tokens, j):
        # (the longer of a province's name and a district's: "Giáo xứ Điện Biên Phủ", not "Điện Biên")
        j += max(lex.province_index.match(tokens, j)[0], (lex.district_index.match(tokens, j) or (0,))[0])
        if j + 1 < len(tokens) and tokens[j].text in DASHES and lex.province_index.match(tokens, j + 1):
            j += 1 + lex.province_index.match(tokens, j + 1)[0]  # "Đường sắt Quảng Nam - Đà Nẵng": two places
        elif head_label in ("Trường", "Bệnh viện", "Nhà máy") and j < len(tokens) and tokens[j].num \
                and len(tokens[j].text) == 1 and not (j + 1 < len(tokens) and tokens[j + 1].low in _AFTER_COUNT):
            j += 1  # "Trường Đại học Sư phạm Hà Nội 2", "Nhà máy Nhiệt điện Thái Bình 2": a second one of the place
        elif head_label == "Trường" and j + 1 < len(tokens) and tokens[j].text in DASHES and is_name_syllable(tokens[j + 1]) \
                and not starts_person(lex, tokens, j + 1) and not lex.org_heads.match(tokens, j + 1) \
                and (j + 2 == len(tokens) or not is_name_syllable(tokens[j + 2])):
            j += 2  # "Trường THPT chuyên Hà Nội - Amsterdam": a school named after two cities
        elif j + 1 < len(tokens) and (head_label in ("Công ty", "Tổng công ty") or _company_inside(tokens, i, j)) \
                and tokens[j].cap and is_name_syllable(tokens[j]) and not tokens[j + 1].cap \
                and not starts_person(lex, tokens, j) and not lex.org_heads.match(tokens, j):
            j += 1  # "Công ty cổ phần Sửa chữa đường bộ Quảng Nam Xanh": a brand's word after the place
        if j + 2 < len(tokens) and tokens[j].low == "chi" and tokens[j + 1].low == "nhánh" \
                and head_label == "Ngân hàng":
            # "Ngân hàng TMCP Sài Gòn - Hà Nội Chi nhánh Đà Nẵng": a bank named after a city, then its branch
            j = _branch_place(lex, tokens, j + 2) or j
        return j
    if t.cap and head_label in _PLACED_OFFICES and lex.district_index.match(tokens, j):
        return j + lex.district_index.match(tokens, j)[0]  # "Hải quan Quế Võ": the office of a district
    if t.cap and j > i and lex.regions.starts(t):
        region = lex.regions.match(tokens, j)
        if region:  # "Viện Lúa Đồng bằng sông Cửu Long": a region's name, lower-case words and all
            return j + region[0]
    return 0


# the words after which a body's name quotes the fund or programme it is for
_NAMED_IN_QUOTES = frozenset({"quỹ", "trình"})  # ("Quỹ", "chương trình")
# what a number does to the name it follows (_number_in_name)
_NOT_IN_NAME, _IN_NAME, _UNIT_NUMBER, _LAST = 0, 1, 2, 3


def _number_in_name(lex: Lexicon, tokens: list[Tok], i: int, j: int, head_label: str) -> int:
    """Whether the number at j belongs to the name: a unit's number (_UNIT_NUMBER: lower-case words
    after it are the sentence's), one that ends the name where it stands (_IN_NAME) or as its last
    word (_LAST), or none of the name's (_NOT_IN_NAME: "Hội X 3 năm qua")."""
    t = tokens[j]
    if j > i and t.text[-1].isupper():
        return _UNIT_NUMBER  # "Bệnh viện Quân y 7A", "Tổ 12B": a unit's number with its letter
    # unit numbers: "Quân khu 5", "Hải đội 301", "Vùng Cảnh sát biển 3", "Phân xưởng Khai thác 6", and the
    # steering committees named after their directive: "Ban Chỉ đạo 389", "Ban Chỉ đạo 515 tỉnh X"
    if j > i and (tokens[j - 1].cap or tokens[j - 1].low in ("khu", "đoàn", "đội", "biển", "xưởng", "số", "sở", "đạo", "phòng")) \
            and not (j + 1 < len(tokens) and tokens[j + 1].low in ("năm", "lần", "tháng", "ngày", "%")):
        return _UNIT_NUMBER
    if j > i and tokens[j - 1].word and len(t.text) <= 2 and (
            j + 1 == len(tokens) or tokens[j + 1].text in (",", ";", ".", "(", ")", "và") or tokens[j + 1].cap
            or (tokens[j + 1].low not in _AFTER_COUNT and lex.stops.match(tokens, j + 1))):
        # "Ban Quản lý dự án 2,", "Bệnh viện Quân y 4 (...)", "Phòng Nghiệp vụ 2 đề xuất": a number that
        # ends the name
        return _IN_NAME
    if j > i and head_label in ("Công ty", "Tổng công ty") and t.text.isdigit() and 2 <= len(t.text) <= 4 \
            and (j + 1 == len(tokens) or tokens[j + 1].text in (",", ";", ".", ")", "và")
                 or (tokens[j + 1].low not in _AFTER_COUNT and lex.stops.match(tokens, j + 1))):
        return _IN_NAME  # "Công ty TNHH MTV Xây dựng công trình 490": a company's number ends its name
    if j > i and j + 2 < len(tokens) and tokens[j + 1].low == "số" and tokens[j + 2].num:
        return _IN_NAME  # "Bệnh viện dã chiến cấp 2 số 7": a level, then the unit's number
    if j > i and head_label in _NUMBERED and len(t.text) <= 3 and t.text.isdigit() and not (
            j + 1 < len(tokens) and (tokens[j + 1].low in _AFTER_COUNT or tokens[j + 1].text == "%")):
        return _LAST  # "Lữ đoàn Công binh 249 tổ chức ...": a unit's number after its field
    return _NOT_IN_NAME


def _joined_by_and(tokens: list[Tok], i: int, j: int) -> int:
    """How many words from the "và" at j a name's lower-case phrase takes ("các cơ quan và doanh
    nghiệp", "nhỏ và vừa"); 0 for none. ("và các khu công nghiệp" only in a name, from i, with an
    economic zone in it: "Ban Quản lý Khu kinh tế X và các khu công nghiệp".)"""
    for phrase in JOINED_BY_AND:
        if phrase[0] == "và" and not any(tokens[k].low == "khu" and tokens[k + 1].low == "kinh" for k in range(i, j - 1)):
            continue
        a = phrase.index("và")
        if j >= a and tuple(t.low for t in tokens[j - a : j - a + len(phrase)]) == phrase:
            return len(phrase) - a
    return 0


# the heads of bodies named after their trades
_TRADE_HEADS = frozenset({"Hợp tác xã", "Tổ hợp tác", "Công ty", "Tổng công ty", "Liên hiệp Hợp tác xã"})
# a body's people after "và": "HTX X và xã viên", "Giám đốc Công ty X và công nhân A", not more of its name
_MEMBERS = frozenset({"cán bộ", "công nhân", "nông dân", "ngư dân", "hội viên", "đoàn viên", "thành viên", "xã viên",
                      "nhân dân", "bà con", "lao động", "nhân viên"})


def _and_joins(lex: Lexicon, tokens: list[Tok], j: int, start_j: int, head_label: str, free: bool) -> bool:
    """Does the "và" at j join two parts of one name ("Khoa học và Công nghệ", "Văn phòng HĐND và
    UBND"), rather than two names or a name and something else?"""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is None or not nxt.word or (j == start_j and not free):
        return False  # ("công tác Đội và phong trào thiếu nhi": a type alone, then another thing)
    if nxt.cap:
        if nxt.low == "phòng" and j + 2 < len(tokens) and (tokens[j + 2].low == "chống" or (
                tokens[j + 2].text == "," and j + 3 < len(tokens) and tokens[j + 3].low == "chống")):
            return True  # "Cục Quản lý đê điều và Phòng, chống thiên tai": prevention, not a Phòng
        nh = lex.org_heads.match(tokens, j + 1)
        if nh and nh[1] in _PLACED_OFFICES and not _placed_at(lex, tokens, j + 1 + nh[0]):
            nh = None  # "Khoa Toán và Thống kê": a field
        if nh and head_label == "Văn phòng" and nh[1] in _COUNCIL_AND_COMMITTEE \
                and words(tokens, start_j, j) in _COUNCIL_AND_COMMITTEE:
            return True  # "Văn phòng HĐND và UBND quận X": one office of both
        return not (nh or lex.national_orgs.match(tokens, j + 1) or nxt.text in ("Nhóm", "Hộ")
                    or starts_person(lex, tokens, j + 1) or lex.awards.match(tokens, j + 1))
        # ("Công ty X và Nhóm thiện nguyện Y": a group of its own, as a household is)
    if j + 2 < len(tokens) and (tokens[j - 2].low, tokens[j - 1].text) in lex.field_words \
            and (nxt.text, tokens[j + 2].text) in lex.field_words:
        return True  # "Quỹ Phát triển khoa học và công nghệ Quốc gia": two fields joined, in lower case
    # (a place ends the name before any "và" comes; a trade named in lower case goes on with another:
    # "HTX Sản xuất và tiêu thụ cói X", "Công ty cổ phần Xây dựng và thương mại Y")
    trade = head_label in _TRADE_HEADS and not tokens[j - 1].cap and tokens[j - 1].word
    people = nxt.low in ("người", "hộ") or words(tokens, j + 1, j + 3).lower() in _MEMBERS  # ("và công nhân A")
    if (head_label in SUBUNIT_HEADS or free or trade) and not people and not lex.stops.match(tokens, j + 1) \
            and not starts_person(lex, tokens, j + 1) and nxt.low not in ("các", "những", "nhiều", "một") \
            and not nxt.num and nxt.low not in NUMBER_WORDS:  # "Khoa Y Dược và hai cá nhân": a count
        return True
    return False


def _company_inside(tokens: list[Tok], start: int, j: int) -> bool:
    """A company named inside the name so far: "Công đoàn cơ sở Công ty cổ phần Đóng tàu ..."."""
    return any(tokens[k].text == "Công" and tokens[k + 1].text == "ty" for k in range(start, j - 1))


def _named_residential_group(tokens: list[Tok], i: int) -> bool:
    """"Tổ dân phố Tân Học", "Tổ dân phố số 9": one group, named (the words alone are a kind of place)."""
    return tokens[i].text == "Tổ" and i + 3 < len(tokens) and words(tokens, i, i + 3) == "Tổ dân phố" \
        and (tokens[i + 3].cap or tokens[i + 3].low == "số" or tokens[i + 3].num)


def _school_before(tokens: list[Tok], start: int, j: int) -> bool:
    """A school named inside a unit's name, whose own name may be a person's: "Liên đội Trường THCS Lê
    Hồng Phong", "Chi đoàn 12A1 Trường THPT Lạc Long Quân"."""
    return any(tokens[k].text in _PERSON_NAMED for k in range(max(start - 1, j - 8), j))


def field_after(lex: Lexicon, tokens: list[Tok], j: int) -> bool:
    """Do the capitalised syllables at j end in a field's word ("Nông Lâm nghiệp"), not a person's name?"""
    k = j
    while k < len(tokens) and is_name_syllable(tokens[k]):
        k += 1
    return k < len(tokens) and (tokens[k - 1].low, tokens[k].text) in lex.field_words


def _inside_capitals(lex: Lexicon, tokens: list[Tok], j: int) -> bool:
    """Is the lower-case word at j a syllable inside a capitalised name ("Gỗ Nội thất Phú Tân"):
    a capitalised syllable before it and a name's after it, no verb, award or body?"""
    k = j + 1
    return k < len(tokens) and tokens[j - 1].cap and is_name_syllable(tokens[k]) and not lex.stops.match(tokens, j) \
        and not (lex.awards.match(tokens, k) or lex.titles.match(tokens, k) or lex.ranks.match(tokens, k)
                 or lex.org_heads.match(tokens, k) or surname_run(lex, tokens, k) >= 2)


def _trade_then_another(lex: Lexicon, tokens: list[Tok], j: int, head_label: str) -> bool:
    """A company's trade ends in lower case and another follows it ("Công ty cổ phần Supe Phốt phát và
    Hóa chất Lâm Thao"): the word at j is the first trade's last syllable, not a verb."""
    return head_label in _TRADE_HEADS and j + 2 < len(tokens) and tokens[j + 1].text == "và" \
        and tokens[j + 2].cap and not starts_person(lex, tokens, j + 2) and not lex.stops.match(tokens, j)


def _after_proper_name(lex: Lexicon, tokens: list[Tok], start: int, j: int) -> bool:
    """Do two or more capitalised syllables that are no organisation's type ("Ia Dom", not
    "Bộ Công", "Hội Cựu") end right before j, after the name's head?"""
    k = j
    while k > start and is_name_syllable(tokens[k - 1]):
        k -= 1
    return j - k >= 2 and not any(tokens[n].low in lex.org_heads.first or tokens[n].low in lex.national_orgs.first
                                  for n in range(k, j))


def bracketed_org(lex: Lexicon, toks: list[Tok], k: int) -> tuple[int, str] | None:
    """(index of ")", name) of a whole body in the brackets opening at k-1, the place it sits in
    after a comma left out: "(Đảng bộ xã Vũ Hội, huyện Vũ Thư)"; None when the brackets hold more."""
    inner = scan_org(lex, toks, k)
    if not inner or inner[0] >= len(toks):
        return None
    e = inner[0]
    if toks[e].text == "," and e + 1 < len(toks):
        loc = scan_locality(lex, toks, e + 1)
        e = loc[0] if loc and loc[2] else e
    return (e, inner[1]) if e < len(toks) and toks[e].text == ")" else None


def team_place_in_brackets(lex: Lexicon, toks: list[Tok], k: int, raw: str) -> tuple[int, str] | None:
    """(end, name) of a team named with where it is, in brackets at k: "Tổ đoàn kết tàu thuyền an
    toàn số 7 (đặc khu Lý Sơn)", "Tổ bầu cử số 2 (đặc khu Bạch Long Vĩ)"."""
    if k >= len(toks) or toks[k].text != "(" or not raw.startswith(("Tổ ", "Đội ")) or has_place(lex, tokenize(raw)):
        return None
    loc = scan_locality(lex, toks, k + 1)
    if not loc or not loc[2] or loc[0] >= len(toks) or toks[loc[0]].text != ")":
        return None
    return loc[0] + 1, f"{raw} {words(toks, k + 1, loc[0])}"


def has_place(lex: Lexicon, toks: list[Tok]) -> bool:
    """Does the name hold a place ("... huyện X", "... tỉnh", "... ấp Phú Hiệp")?"""
    return any(scan_locality(lex, toks, i) or hamlet_at(toks, i) for i in range(len(toks)) if toks[i].text[0].islower())


# hamlets and residential groups known by a number ("tổ dân phố 7", "khối 5", "thôn 3")
_NUMBERED_HAMLETS = (("tổ", "dân", "phố"), ("khu", "phố"), ("khối",), ("thôn",), ("xóm",), ("ấp",), ("bản",))


def numbered_hamlet(toks: list[Tok], i: int) -> int:
    """The end of a hamlet written with its number at i ("tổ dân phố 7", "khối 5"), or 0."""
    for seq in _NUMBERED_HAMLETS:
        e = i + len(seq)
        if e < len(toks) and toks[e].num and len(toks[e].text) <= 3 \
                and all(toks[i + n].low == w for n, w in enumerate(seq)):
            return e + 1
    return 0


def hamlet_at(toks: list[Tok], i: int) -> bool:
    """A hamlet and its name at i ("ấp Phú Hiệp"), not "nông thôn Trung ương"."""
    return toks[i].low in HAMLETS and i + 1 < len(toks) and is_name_syllable(toks[i + 1]) \
        and not (i and toks[i - 1].low in ("nông", "chăm", "già"))  # (nor "chăm sóc", "già làng": no place)


_COUNCIL_AND_COMMITTEE = frozenset({"Hội đồng nhân dân", "Ủy ban nhân dân", "Đoàn đại biểu Quốc hội"})
# bodies named in their own right, never after the body they belong to
_OWN_NAME_HEADS = frozenset({"Công ty", "Tổng công ty", "Tập đoàn", "Ngân hàng"})


def inner_head(lex: Lexicon, toks: list[Tok], i: int) -> bool:
    """Does an organisation's name start at token i inside a longer name? A one-word type
    must be followed by a capitalised word: "Phòng chống ma túy", "Tổ quốc" are words."""
    m = lex.national_orgs.match(toks, i) or lex.org_heads.match(toks, i)
    if not m or lex.not_orgs.match(toks, i) or (i and toks[i - 1].low in _LEVEL_WORDS_OF):
        return False  # (after a level, a place's name: "phường Trường Vinh", "xã Đoàn Kết")
    if i >= 2 and words(toks, i - 2, i).lower() in ("giáo dục", "đào tạo"):
        return False  # "Vụ Giáo dục Đại học": a level of education, not a university
    if _place_named_like_type(lex, toks, i):
        return False  # "Hội Nông dân Hội An": the place the body is of
    if m[1] in _PLACED_OFFICES:
        # "Chi cục Hải quan khu vực VIII", "Cục Thuế tỉnh X", "Khoa Toán và Thống kê": a body's field
        return not (i and toks[i - 1].low in ("cục", "phòng")) and _placed_at(lex, toks, i + m[0])
    if i and toks[i].low == "điện" and toks[i - 1].low in ("ty", "đoàn"):
        return False  # "Công ty Điện lực X", "Tập đoàn Điện lực": the company's field, not a power branch
    return m[0] >= 2 or (i + 1 < len(toks) and toks[i + 1].cap)


def _field_at(lex: Lexicon, tokens: list[Tok], k: int) -> int:
    """The end of a field at k, a capitalised word and the lower-case words after it ("Công nghệ",
    "Môi trường"), not a body's type, a person's name or a place."""
    if k >= len(tokens) or not tokens[k].cap or lex.org_heads.match(tokens, k) or lex.national_orgs.match(tokens, k) \
            or starts_person(lex, tokens, k) or lex.province_index.match(tokens, k):
        return k
    e = k + 1
    while e < len(tokens) and e - k < 4 and tokens[e].word and not tokens[e].cap and not tokens[e].num \
            and tokens[e].low != "và" and not lex.stops.match(tokens, e):
        e += 1
    return e if e > k + 1 else k  # (capitalised words alone are a place's or a person's name: "Rờ Kơi")


def _non_stop_through(lex: Lexicon, tokens: list[Tok], start: int, j: int) -> int:
    """How many tokens from j on a phrase that starts one or two tokens before j and is no verb's
    ("việc làm", "điều hành thông tin") covers; 0 if none."""
    for b in (1, 2):
        m = lex.non_stops.match(tokens, j - b) if j - b >= start else None
        if m and m[0] > b:
            return m[0] - b
    return 0


def _field_start(tokens: list[Tok], start: int, j: int) -> int:
    """Where the field that ends before j starts: its capitalised word."""
    k = j - 1
    while k > start and tokens[k].word and not tokens[k].cap:
        k -= 1
    return k


def _fields_across_comma(lex: Lexicon, tokens: list[Tok], k: int) -> bool:
    """"Vụ Khoa học, Công nghệ và Môi trường": fields listed with commas and a last "và" inside one
    name (a list of bodies names a type in each item)."""
    while True:
        e = _field_at(lex, tokens, k)
        if e == k or e >= len(tokens):
            return False
        if tokens[e].text == "," and e + 1 < len(tokens):
            k = e + 1
            continue
        # (the last after "và", or before "của" and the body it belongs to: "Ủy ban Tài chính, Ngân sách của Quốc hội")
        return (tokens[e].text == "và" and _field_at(lex, tokens, e + 1) > e + 1) \
            or (tokens[e].text == "của" and bool(lex.national_orgs.match(tokens, e + 1)))
