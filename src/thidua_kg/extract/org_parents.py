"""Which body a named unit belongs to: its parent written after it ("Cục X (Bộ Y tế)", "Đội 1,
Phòng Z, Công an tỉnh X"), the parent inside its name ("Phòng X Công an tỉnh Y"), and what a
head of office heads ("Bộ trưởng" a "Bộ ...").
"""
from __future__ import annotations

import re

from .lexicon import Lexicon
from .orgs import SUBUNIT_HEADS, has_place, inner_head, is_unit_code, scan_locality, scan_org
from .tokens import DASHES, Tok, tokenize, words


def parent_after(lex: Lexicon, tokens: list[Tok], end: int, name: str) -> tuple[int, str] | None:
    """The body a unit named at tokens[..end] belongs to, written after it: "Cục X (Bộ Y tế)",
    or after a comma when the unit is a sub-unit named without a place or parent of its own
    ("Phó Cục trưởng Cục X, Bộ Công an", "Đội trưởng Đội Y, Công an huyện Z"). Only for the
    organisation of an office: in a list ("Cục X, Bộ Công an, Sở Y tế") a comma separates.
    Returns (end, the name with its parent)."""
    if end + 2 < len(tokens) and tokens[end].text == "(":
        inner = scan_org(lex, tokens, end + 1)
        if inner and inner[0] < len(tokens) and tokens[inner[0]].cap:
            outer = scan_org(lex, tokens, inner[0])  # "(Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam)": one body of another
            if outer and outer[0] < len(tokens) and tokens[outer[0]].text == ")":
                inner = outer[0], f"{inner[1]} {outer[1]}"
        if inner and inner[0] < len(tokens) and tokens[inner[0]].text == ")":
            if name.endswith(inner[1]) or own_named(name):
                # "... Tập đoàn Điện lực Việt Nam (EVN)": its short name; "Đồn Biên phòng X (BĐBP tỉnh Y)":
                # a name of its own, the bracket says whose it is
                return inner[0] + 1, name
            board = board_in_department(lex, name, inner[1])
            if board:
                return inner[0] + 1, board
            if not is_national(lex, name):
                return inner[0] + 1, f"{name} {inner[1]}"
        if is_unit_code(tokens[end + 1].text) and tokens[end + 2].text == "," and end + 3 < len(tokens):
            inner = scan_org(lex, tokens, end + 3)  # "Cục X (C06, Bộ Công an)": its code and its parent
            if inner and inner[0] < len(tokens) and tokens[inner[0]].text == ")" and _is_sub_unit(lex, name):
                return inner[0] + 1, f"{name} {inner[1]}"
        # (after a comma only a ministry's department and its ministry: in "Phòng X (PC02), Đồn Y" a list)
        comma = end + 4 < len(tokens) and tokens[end + 3].text == "," and name.startswith(("Cục ", "Vụ ")) \
            and tokens[end + 4].text == "Bộ"
        at = end + 4 if comma else end + 3
        if tokens[end + 2].text == ")" and is_unit_code(tokens[end + 1].text) and at < len(tokens) \
                and tokens[at].cap and _is_sub_unit(lex, name):
            # "Cục X (C04) Bộ Công an", "Cục X (C06), Bộ Công an": the unit's code, then its parent
            parent = scan_org(lex, tokens, at)
            if parent and not _head_in(lex, parent[1], SUBUNIT_HEADS):
                return parent[0], f"{name} {parent[1]}"
        return None
    if end + 3 < len(tokens) and tokens[end].text == "," and name.startswith("Trường ") \
            and words(tokens, end + 1, end + 3) == "Đại học":
        # "Trường Đại học Y - Dược, Đại học Huế": a member school of a university
        parent = scan_org(lex, tokens, end + 1)
        if parent and parent[0] > end + 3:
            return parent[0], f"{name} {parent[1]}"
    if end + 1 < len(tokens) and tokens[end].text == "," and name.startswith("Ban ") and tokens[end + 1].cap \
            and not has_place(lex, tokenize(name)):
        # "Trưởng Ban Phóng sự - Điều tra, Báo Hà Tĩnh": a newspaper's, station's or company's department
        parent = scan_org(lex, tokens, end + 1)
        if parent and _head_in(lex, parent[1], _WITH_BOARDS):
            return parent[0], f"{name} {parent[1]}"
    if end + 1 < len(tokens) and tokens[end].text == "," and _is_sub_unit(lex, name):
        parent = scan_org(lex, tokens, end + 1)
        if parent and _head_in(lex, parent[1], _MILITARY_SUBUNITS) and _is_sub_unit(lex, parent[1]):
            up = parent_after(lex, tokens, parent[0], parent[1])  # "Tiểu đoàn 2, Trung đoàn 24, Sư đoàn 10"
            if up:
                return up[0], f"{name} {up[1]}"
        if parent and not _head_in(lex, parent[1], SUBUNIT_HEADS):
            return parent[0], f"{name} {parent[1]}"
        if parent and _rank(lex, parent[1]) > _rank(lex, name):
            # "Đội 1, Phòng Cảnh sát ..., Công an tỉnh X": a team in its department, and on up
            up = parent_after(lex, tokens, parent[0], parent[1])
            end2, named = up or parent
            return end2, f"{name} {named}"
    return None



def board_in_department(lex: Lexicon, name: str, dept: str) -> str | None:
    """"Ban Thi đua - Khen thưởng (Sở Nội vụ tỉnh X)": the department the board sits in, in brackets,
    says whose board it is (the province's), not a unit of the department."""
    if name.startswith("Ban Thi đua - Khen thưởng") and dept.startswith("Sở "):
        return with_place_of(lex, name, dept)
    return None


def with_place_of(lex: Lexicon, name: str, other: str) -> str:
    """`name` with the place `other` is named with ("tỉnh X" of "Sở Nội vụ tỉnh X"), unless it has one."""
    toks = tokenize(name)
    if has_place(lex, toks):
        return name
    otoks = tokenize(other)
    at = next((k for k in range(1, len(otoks)) if otoks[k].text[0].islower() and scan_locality(lex, otoks, k)), None)
    return name if at is None else f"{name} {words(otoks, at, len(otoks))}"


# how high a sub-unit stands: a team (Đội) sits in a department (Phòng), never the other way
_SUB_RANKS = {"Tổ": 1, "Đội": 2, "Trạm": 2, "Phân xưởng": 2, "Xưởng": 2, "Phòng": 3, "Khoa": 3, "Trại": 3}



def _rank(lex: Lexicon, name: str) -> int:
    head = lex.org_heads.match(tokenize(name), 0)
    return _SUB_RANKS.get(head[1], 0) if head else 0



def is_national(lex: Lexicon, name: str) -> bool:
    """Is the name a national body's, whole ("Ban Thi đua - Khen thưởng Trung ương")? A body
    in brackets after it is where it sits, not part of its name."""
    toks = tokenize(name)
    nat = lex.national_orgs.match(toks, 0)
    return bool(nat) and nat[0] == len(toks)



def _head_in(lex: Lexicon, name: str, heads: tuple[str, ...]) -> bool:
    head = lex.org_heads.match(tokenize(name), 0)
    return bool(head) and head[1] in heads



def is_org_type(lex: Lexicon, name: str) -> bool:
    """Is the phrase an organisation type as a whole ("Lực lượng vũ trang"), not only at its
    start ("Phòng cháy, chữa cháy" starts with "Phòng")?"""
    toks = tokenize(name)
    head = lex.org_heads.match(toks, 0)
    return bool(head) and head[0] == len(toks)



def has_parent(lex: Lexicon, toks: list[Tok]) -> bool:
    """Does the name hold another organisation after its head ("... Công an tỉnh X")?"""
    head = lex.org_heads.match(toks, 0)
    return any(toks[i].cap and inner_head(lex, toks, i) for i in range(head[0] if head else 1, len(toks)))



def _is_sub_unit(lex: Lexicon, name: str) -> bool:
    """A department, team or the like named alone: no place, no body after its head."""
    toks = tokenize(name)
    head = lex.org_heads.match(toks, 0)
    return bool(head) and (head[1] in SUBUNIT_HEADS or head[1] in _MILITARY_SUBUNITS) \
        and not has_place(lex, toks) and not has_parent(lex, toks)



# bodies whose departments are "Ban"s, named with them after a comma
_WITH_BOARDS = ("Báo", "Đài", "Tạp chí", "Công ty", "Tổng công ty", "Tập đoàn")
# units of a brigade or regiment, named with it after a comma: "Tiểu đoàn 2, Lữ đoàn 171"
_MILITARY_SUBUNITS = ("Tiểu đoàn", "Đại đội", "Hải đội", "Trung đoàn")
# what a head of organisation is the head of, by title: "Bộ trưởng" heads a "Bộ ..."
TITLE_ORGS = {
    "Bộ trưởng": ("Bộ ",), "Thứ trưởng": ("Bộ ",), "Cục trưởng": ("Cục ",), "Vụ trưởng": ("Vụ ",),
    "Hiệu trưởng": ("Trường ",), "Giám đốc": ("Sở ", "Bệnh viện ", "Công an tỉnh ", "Công an thành phố ", "Kho bạc Nhà nước ", "Đài ",
                 "Bảo hiểm xã hội ", "Trung tâm ", "Ngân hàng ", "Chi nhánh ", "Ban Quản lý dự án "), "Chi cục trưởng": ("Chi cục ",),
    "Chỉ huy trưởng": ("Bộ Chỉ huy ", "Ban Chỉ huy ", "Bộ đội Biên phòng "), "Chính ủy": ("Bộ Chỉ huy ", "Bộ đội Biên phòng "),
    "Tư lệnh": ("Bộ Tư lệnh ", "Quân khu "), "Trưởng phòng": ("Phòng ",), "Đội trưởng": ("Đội ",),
    "Tổng Giám đốc": ("Tổng công ty ", "Công ty ", "Tập đoàn ", "Ban Quản lý dự án "),  # (a ministry's project boards)
    "Sư đoàn trưởng": ("Sư đoàn ",), "Trung đoàn trưởng": ("Trung đoàn ",), "Lữ đoàn trưởng": ("Lữ đoàn ",),
    "Hải đội trưởng": ("Hải đội ",), "Hải đoàn trưởng": ("Hải đoàn ",),
    "Đồn trưởng": ("Đồn ",), "Tổ trưởng": ("Tổ ",), "Tổng phụ trách Đội": ("Trường ",), "Trưởng ga": ("Ga ",), "Trưởng trạm": ("Trạm ",), "Trưởng khoa": ("Khoa ",), "Viện trưởng": ("Viện ",), "Trưởng khối": ("Khối thi đua ",),
    "Trưởng ban": ("Ban ",), "Chủ nhiệm": ("Ủy ban ",), "Giám thị": ("Trại giam ", "Trại tạm giam "),
    "Chánh Văn phòng": ("Văn phòng ",), "Tổng Biên tập": ("Báo ", "Tạp chí ", "Đài "), "Trạm trưởng": ("Trạm ",),
}
# units with a proper name of their own: the body in brackets after it says whose it is, and is not
# part of its name ("Đồn Biên phòng Xín Cái (BĐBP tỉnh Tuyên Quang)"); so with a numbered division or
# brigade, whose number is its name army-wide ("Sư đoàn 316 (Quân khu 2)"), unlike a regiment's units;
# and with a prison ("Trại giam Thủ Đức (Bộ Công an)")
OWN_NAMED = ("Đồn Biên phòng ", "Công ty ", "Trường ", "Tập đoàn ", "Tổng công ty ", "Liên doanh ",
             "Sư đoàn ", "Lữ đoàn ", "Quân đoàn ", "Binh đoàn ", "Trại giam ", "Bệnh viện Quân y ")
# the commands of such units, named after them: "Bộ Tư lệnh Sư đoàn 355 (Quân khu 2)"
_COMMAND_OF = ("Bộ Tư lệnh ", "Đảng ủy ")


def own_named(name: str) -> bool:
    """Is the unit named its own way, so that a body in brackets after it is not part of its name?"""
    return name.startswith(OWN_NAMED) or any(name.startswith(c) and name[len(c):].startswith(OWN_NAMED) for c in _COMMAND_OF)
_COMMAND_HEADS = ("Bộ Tư lệnh", "Bộ Chỉ huy", "Ban Chỉ huy", "Ban Giám đốc", "Đảng ủy", "Công đoàn", "Đoàn trường")
# a branch is named after its parent plus the place it serves: "Chi nhánh Ngân hàng X tỉnh Y" sits in
# "Ngân hàng X", and "Ngân hàng X tỉnh Y" is only another name of the branch
BRANCH_HEADS = ("Chi nhánh", "Phòng giao dịch")



def _without_place(lex: Lexicon, org: str) -> str:
    """"Ngân hàng Chính sách xã hội tỉnh Bến Tre" -> "Ngân hàng Chính sách xã hội": the place that ends it."""
    toks = tokenize(org)
    for i in range(1, len(toks)):
        loc = scan_locality(lex, toks, i)
        if loc and loc[2] and loc[0] == len(toks):
            return org[: toks[i].start].rstrip()
    return org



# what a management board runs or builds, named in its name: no body above it ("Ban Quản lý dự án 6 (Bộ GTVT)" has one)
_MANAGED = ("Cảng hàng không ", "Vườn quốc gia ", "Khu bảo tồn ", "Khu di tích ")


# a People's Committee's (or Council's, or Front's) party committee is the place's: "Đảng ủy xã X"
ADMIN_BODY = re.compile(r"^(?:Ủy ban nhân dân|Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc Việt Nam)\s+"
                        r"(?=(?:xã|phường|đặc khu|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\b)")



def parent_org(lex: Lexicon, org: str) -> str | None:
    """The organisation a named one sits in ("Phòng X Công an tỉnh Y" -> "Công an tỉnh Y"),
    not for commands and party or union committees, which are named after their unit."""
    toks = tokenize(org)
    head = lex.org_heads.match(toks, 0) or lex.national_orgs.match(toks, 0)
    if org.startswith("Đoàn Trường ") and len(toks) > 3 and lex.org_heads.match(toks, 1):
        return org[toks[1].start:]  # "Đoàn Trường Đại học X": the Youth Union of "Trường Đại học X"
    if not head or org.startswith(_COMMAND_HEADS):
        return None
    if org.startswith("Ban đại diện "):
        return None  # "Ban đại diện Hội đồng quản trị NHCSXH tỉnh X": the board's local arm, named after it
    whole = lex.national_orgs.match(toks, 0)
    if whole and whole[0] == len(toks):
        return None  # "Quỹ Nhi đồng Liên hợp quốc": one body of the gazetteer, its words no parent
    for i in range(head[0] + (1 if head[1] == "Trường" else 0), len(toks)):  # "Trường Đại học X" is one school
        if toks[i].low == "chi" and i + 1 < len(toks) and toks[i + 1].low == "nhánh":
            return None  # "Ngân hàng X Chi nhánh tỉnh Y": the branch's name ends in its place, no body
        if toks[i].cap and toks[i - 1].text not in DASHES and inner_head(lex, toks, i):
            # (after a dash a second field, not a parent: "Khối thi đua Tài chính - Ngân hàng")
            between = org[: toks[i].start].strip()
            if toks[i].text in ("Trường", "Truyền") and head[1] in ("Công ty", "Tổng công ty", "Tập đoàn", "Hợp tác xã"):
                continue  # "Công ty cổ phần Gỗ Trường Xuân", "Công ty Truyền tải điện 1": a company's own name
            if between.endswith(("Trung ương", "Ban Chấp hành", "Thường vụ")):
                return None  # "Ủy ban Trung ương Mặt trận ...": its central committee, not a part of it
            parent = org[toks[i].start:]
            if org.startswith("Ban Quản lý ") and parent.startswith(_MANAGED):
                return None  # "Ban Quản lý Vườn quốc gia X", "Ban Quản lý dự án Cảng hàng không Y": what it runs
            inner = lex.org_heads.match(toks, i)
            if inner and i + inner[0] < len(toks) and toks[i + inner[0]].text == "và":
                return None  # "Văn phòng HĐND và UBND phường X": an office of two bodies, neither its parent alone
            nat = lex.national_orgs.match(toks, i)
            if nat and i + nat[0] + 1 == len(toks) and toks[-1].num:
                return None  # "Vùng Cảnh sát biển 2": a numbered unit of the force named in it, no part of it
            return _without_place(lex, parent) if org.startswith(BRANCH_HEADS) else parent
    return None



def root_org(lex: Lexicon, org: str) -> str:
    """The unit a council or board belongs to: "Hội đồng Thi đua - Khen thưởng Bộ Chỉ huy Quân sự
    tỉnh X" -> "Bộ Chỉ huy ..."; any other organisation is its own unit ("Trường Quân sự Quân khu 4")."""
    if org.startswith(("Hội đồng", "Ban ")):
        central = org.find(" Trung ương Hội ")
        if org.startswith("Ban ") and central > 0:
            return org[central + 1 :]  # "Ban Phong trào Trung ương Hội CTĐ Việt Nam": a board of the centre
        return parent_org(lex, org) or org
    return org
