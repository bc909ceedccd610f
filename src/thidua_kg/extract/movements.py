"""Movements and campaigns (phong trào, cuộc vận động) with their periods, and
named models and initiatives (mô hình, chương trình) with the number of places
they run in.

A quoted name belongs to the last kind-word before it in the sentence
("mô hình “A”, “B” được triển khai tại 226 xã": both are models, and the
226 places are B's, the nearest). A period applies to the movements written
just before it ("“A” và phong trào “B” giai đoạn 2015-2020") or after it when
it opens the clause ("Giai đoạn 2015 - 2020, phong trào ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_KINDS = [
    # (not "Ban Phong trào": a department of the Front or a union)
    (re.compile(r"(?<!Ban )\b[Pp]hong trào(?:\s+thi đua(?:\s+đặc biệt)?|\s+hành động cách mạng)?"), "movement", "phong trào"),
    (re.compile(r"\b[Cc]uộc vận động"), "movement", "cuộc vận động"),
    (re.compile(r"\bđợt thi đua(?:\s+cao điểm)?"), "movement", "đợt thi đua"),
    (re.compile(r"\b[Mm]ô hình"), "initiative", "mô hình"),
    # a technical initiative named in quotes: "sáng kiến “Thiết bị cảnh báo ...”", "giải pháp “Máy cắt ...”"
    (re.compile(r"\b[Ss]áng kiến(?=\s*[“\"])"), "initiative", "sáng kiến"),
    (re.compile(r"\b[Gg]iải pháp(?=\s*[“\"])"), "initiative", "giải pháp"),
    # not a show or an agenda: "chương trình nghệ thuật “X”" is an event's programme
    (re.compile(r"\b[Cc]hương trình(?!\s+(?:nghệ thuật|văn nghệ|ca nhạc|giao lưu|biểu diễn|truyền hình|nghị sự))"),
     "initiative", "chương trình"),
    # names of other things end a list of movements: awards, themes, funds ("Quỹ “Vì người nghèo”"), a campaign
    # month ("Tháng cao điểm “Vì người nghèo”"), a criterion, a message or a motto ("tiêu chí “không có ...”")
    (re.compile(r"\b(?:[Kk]ỷ niệm chương|[Hh]uy chương|[Hh]uân chương|[Cc]hủ đề|[Dd]anh hiệu|[Kk]hẩu hiệu|[Cc]ờ|Quỹ|"
                r"[Tt]háng cao điểm|[Tt]iêu chí|[Tt]hông điệp|[Pp]hương châm)"), None, None),
]
_QUOTE = re.compile(r"“([^”]{2,200})”")
_RANGE = r"(\d{4})\s*[-–]\s*(\d{4})"
_PERIOD = re.compile(
    rf"(?:giai đoạn|năm học|nhiệm kỳ)\s+{_RANGE}|\(\s*{_RANGE}\s*\)|\b{_RANGE}\b|\bnăm\s+(\d{{4}})\b(?!\s*[-–])"
    rf"|từ (?:năm\s+|tháng\s+\d{{1,2}}\s*/\s*)(\d{{4}})"
    # "từ tháng 7 đến hết tháng 11-2025": months of one year, or of two
    rf"|từ tháng\s+\d{{1,2}}(?:\s*[/-]\s*(\d{{4}}))?\s+(?:đến|tới)(?:\s+hết)?\s+tháng\s+\d{{1,2}}\s*[/-]\s*(\d{{4}})",
    re.I,
)
_SITES = re.compile(
    r"(?:tại|ở|trong|ra|tới|đến|kín|phủ kín)\s+(?:cả\s+|hơn\s+|gần\s+|trên\s+|toàn bộ\s+)?(\d{1,3}(?:\.\d{3})*|\d+)\s+"
    r"(xã|phường|thị trấn|thôn|xóm|bản|ấp|tổ dân phố|khu dân cư|khu phố|khối phố|cơ sở|trường|điểm trường|"
    r"doanh nghiệp|khu nhà trọ|nhà trọ|bệnh viện|huyện|quận|đơn vị|địa phương|chi hội|tổ|khu|làng|buôn|cụm|"
    r"cơ quan|điểm|trạm|chợ|khu công nghiệp|tỉnh|thành phố|hộ|gia đình|lớp|công ty)\b"
)
# unquoted movement names end at these (lower-case) words
_STOP = re.compile(
    r"\s(?:(?:được|tiếp tục|thu hút|cũng|góp phần|đã|gắn|ở|trên|tại|có|năm|giai đoạn|với|do|nhằm|để|vì|cho|là|"
    r"đạt|ghi nhận|trong(?! tình hình mới)|và (?:phong trào|cuộc vận động)|đang|sẽ|vẫn|luôn|"
    r"mang lại|diễn ra|phát triển (?:sâu|mạnh|rộng)|ngày càng|phát động|tại|từ|quý [IV]{1,3}|\d+)(?!\w)|"
    r"của (?=[A-ZĐ]|lực lượng|các|toàn|tỉnh|huyện|thành phố|ngành|đơn vị|địa phương)|\()"
)
# ("phong trào CTĐ": the Red Cross's work; "phong trào CCB", "phong trào phụ nữ": a mass organisation's)
_GENERIC = {"thi đua", "thi đua yêu nước", "chữ thập đỏ", "ctđ", "hội", "đoàn", "đội", "cựu chiến binh", "phụ nữ",
            "thanh niên", "nông dân", "công nhân", "thiếu nhi", "người cao tuổi", "công đoàn", "khuyến học"}


@dataclass
class Found:
    kind: str  # "movement" | "initiative"
    word: str  # "phong trào", "mô hình", ...
    name: str
    start: int
    end: int
    period: tuple[int | None, int | None] | None = None
    sites: int | None = None


def _period(m: re.Match) -> tuple[int | None, int | None]:
    g = m.groups()
    for a, b in ((0, 1), (2, 3), (4, 5)):
        if g[a]:
            return int(g[a]), int(g[b])
    if g[6]:
        return int(g[6]), int(g[6])
    if g[9]:
        return int(g[8] or g[9]), int(g[9])
    return int(g[7]), None


def _unquoted(text: str, pos: int, known: tuple[str, ...] = ()) -> tuple[str, int] | None:
    """An unquoted name after "phong trào": "Toàn dân bảo vệ an ninh Tổ quốc"; a national
    movement's name (`known`, longest first) whole, its commas and verbs included."""
    rest = text[pos:]
    m = re.match(r"\s+(?!“)(\S.*)", rest)
    if not m:
        return None
    body = m.group(1)
    low = body[:200].lower()
    for name in known:
        if low.startswith(name.lower()) and not body[len(name) : len(name) + 1].isalnum():
            return body[0].upper() + body[1 : len(name)], pos + m.start(1) + len(name)
    # "Mỗi X là một Y" is a slogan's own copula ("Mỗi người dân là một chiến sĩ"), not the sentence's
    skip = body.find(" là ") + 4 if body.startswith("Mỗi ") and " là " in body[:60] else 0
    stop = _STOP.search(" " + body, skip)
    cut = len(body) if not stop else stop.start()
    for p in (".", ";", ":", "!", "?"):
        k = body.find(p)
        if k != -1 and k < cut and not (p == "." and k + 1 < len(body) and body[k + 1].isdigit()):
            cut = k
    # a comma ends the name unless lower-case words continue it ("Giỏi việc nước, đảm việc nhà")
    k = 0
    while True:
        k = body.find(",", k)
        if k == -1 or k >= cut:
            break
        nxt = body[k + 1 :].lstrip()
        if not nxt or not nxt[0].islower() or re.match(
                r"(?:được|tiếp|góp|thu|đã|cũng|và|các|nhiều|củng cố|xây dựng|nâng cao|đẩy mạnh|tăng cường|phát huy|"
                r"giữ vững|bảo đảm|tạo|phát động|gắn|thực hiện|triển khai|tổ chức|đồng thời|nhất là|"
                r"xã|huyện|tỉnh|thành phố|phường|quận|thị xã|thị trấn|thôn|bản|ấp|người|mỗi|toàn|hằng|hàng)\b", nxt):
            cut = k
            break
        k += 1
    name = body[:cut].strip(" ,")
    words = name.split()
    if not words or len(words) > 22:
        return None
    first = words[0]
    if first[0].islower() and not (name.lower().startswith("toàn dân") or " thi đua " in f" {' '.join(words[1:])} "):
        return None
    if name.lower() in _GENERIC or re.match(r"\d", first) or len(words) == 1:
        return None  # (one word names no movement: "dẫn đầu phong trào thi đua Cụm năm 2024")
    end = pos + m.start(1) + len(name)
    # a name, capitalised as names are: "phong trào thi đua Quyết thắng" runs "Thi đua Quyết thắng"
    return name[0].upper() + name[1:], end


_CUES = ("hong trào", "vận động", "ô hình", "hương trình", "đợt thi đua", "áng kiến", "iải pháp")


def find_named(text: str, known: tuple[str, ...] = ()) -> list[Found]:
    """Movements and initiatives of one sentence (working text), in order; `known`: the
    national movements' names, longest first."""
    if not any(c in text for c in _CUES):
        return []  # most sentences name none: skip the scanning
    marks = []
    for rx, kind, word in _KINDS:
        for m in rx.finditer(text):
            marks.append((m.start(), m.end(), kind, word))
    marks.sort()
    out: list[Found] = []
    current: tuple[str, str] | None = None
    current_end = 0  # where the kind-word of `current` ends
    quotes = list(_QUOTE.finditer(text))
    events: list[tuple[int, str, Any]] = sorted([(s, "mark", (s, e, k, w)) for s, e, k, w in marks] + [(q.start(), "quote", q) for q in quotes],
                    key=lambda x: x[0])
    spans = [(q.start(), q.end()) for q in quotes]
    for start, typ, obj in events:
        if typ == "mark":
            s, e, kind, word = obj
            if any(a < s < b for a, b in spans):
                continue  # "Hội thi “Tuyên truyền viên giỏi về phong trào X”": a word of a quoted name
            current = (kind, word) if kind else None
            current_end = e
            nxt = text[e:].lstrip()
            if kind == "initiative" and word == "mô hình" and nxt[:1].isupper() and not nxt.startswith("“"):
                # an unquoted model's name, written capitalised: "mô hình Dân vận khéo tại 45 xã"
                un = _unquoted(text, e)
                if un:
                    out.append(Found(kind, word, un[0], s, un[1]))
                    current = None
            elif kind == "movement":
                if nxt and not nxt.startswith("“"):
                    prefix = text[s:e]
                    un = _unquoted(text, e, known)
                    if un:
                        name, end = un
                        if "thi đua" in prefix and name[0].isupper() and not name.lower().startswith("thi đua"):
                            name = "Thi đua " + name if re.match(r"[Qq]uyết thắng", name) else name
                        out.append(Found(kind, word, name, s, end))
                        current = None  # quotes after an unquoted name are not more movements
        else:
            q = obj
            if _EVENT_BEFORE.search(text, max(0, q.start() - 30), q.start()):
                continue  # "Hội thi “X”": the event's name, not a movement's
            gap = text[current_end : q.start()]
            if current and ";" in gap and len(_QUOTE.sub("", gap[gap.rfind(";") + 1 :]).split()) > 3:
                # "... phong trào; đề nghị ... tránh “xuống chuẩn”": a quote inside another clause
                # (not "mô hình “A” ở 5 xã; “B” ở 3 xã": a list of them)
                current = None
            if current and not any(f.start <= q.start() < f.end for f in out):
                out.append(Found(current[0], current[1], q.group(1).strip(" .,"), q.start(), q.end()))
    _attach_periods(text, out)
    _attach_sites(text, out)
    return out


_EVENT_BEFORE = re.compile(r"\b(?:[Hh]ội (?:thi|thao|nghị|diễn|thảo)|[Cc]uộc thi|[Gg]iải|[Ll]iên hoan|[Ll]ễ|[Tt]ọa đàm)\s*$")
_COORDINATED = re.compile(r"[\s”,]*(?:và|,)\s*(?:phong trào|cuộc vận động)?(?:\s+thi đua)?\s*")


# what may stand between movements and their period: "của ...", part of the year, or how many years
# ("“Cựu chiến binh gương mẫu” 5 năm (2019 - 2024)")
# ("phong trào X 6 tháng đầu năm 2024", "... quý III năm 2024")
_GAP = re.compile(r"[\s,”]*(?:(?:của|mà|được|do)\s[^,;“”]{0,50})?(?:trong\s+)?"
                  r"(?:\s*(?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?|\d{1,2}\s+năm|quý\s+[IV]{1,3}))?\s*")


# "“X”, triển khai từ tháng 7 đến ...": a verb before a span that starts with "từ"
_GAP_VERB = re.compile(r"[\s,”]*(?:được\s+)?(?:triển khai|phát động|thực hiện|tổ chức)\s*")


def _attach_periods(text: str, found: list[Found]) -> None:
    """A period right after the movements it follows wins over one opening the clause."""
    movs = [f for f in found if f.kind == "movement"]
    if not movs:
        return
    periods = list(_PERIOD.finditer(text))
    for m in periods:
        before = [f for f in movs if f.end <= m.start()]
        gap = text[before[-1].end : m.start()] if before else ""
        if before and (_GAP.fullmatch(gap) or (m.group(0)[:2].lower() == "từ" and _GAP_VERB.fullmatch(gap))):
            # the whole coordinated group before the period: "“A” và phong trào “B” giai đoạn ..."
            group = [before[-1]]
            for f in reversed(before[:-1]):
                if _COORDINATED.fullmatch(text[f.end : group[0].start]) and not _other_kind(f, group[0]):
                    group.insert(0, f)
                else:
                    break
            for f in group:
                f.period = f.period or _period(m)
    for m in periods:
        after = [f for f in movs if f.start >= m.end()]
        if _period(m)[0] == _period(m)[1] and after and not _COORDINATED.fullmatch(", " + text[m.end() : after[0].start]):
            continue  # "Năm 2023, phong trào X ...": X's year; "Năm 2023, các cấp triển khai phong trào X": not
        if not after or any(f.end <= m.start() for f in movs):
            continue
        between = text[m.end() : after[0].start]
        if len(between) < 120 and not _PERIOD.search(between):
            # the movements right after it, coordinated: "giai đoạn ..., ba phong trào “A”, “B” và “C”"
            group = [after[0]]
            for f in after[1:]:
                if _COORDINATED.fullmatch(text[group[-1].end : f.start]):
                    group.append(f)
                else:
                    break
            for f in group:
                f.period = f.period or _period(m)


def _other_kind(a: Found, b: Found) -> bool:
    """"Cuộc vận động “A” và phong trào thi đua “B” năm 2025": a campaign and a movement, B's year only."""
    kinds = [next((k for k in ("cuộc vận động", "phong trào") if f.word.lower().startswith(k)), None) for f in (a, b)]
    return None not in kinds and kinds[0] != kinds[1]


def _attach_sites(text: str, found: list[Found]) -> None:
    inits = [f for f in found if f.kind == "initiative"]
    for k, f in enumerate(inits):
        nxt = inits[k + 1].start if k + 1 < len(inits) else len(text)
        clause_end = min([i for i in (text.find(";", f.end), nxt) if i != -1] or [len(text)])
        m = _SITES.search(text, f.end, clause_end)
        if m:
            f.sites = int(m.group(1).replace(".", ""))


_ORDINAL = re.compile(r"^\s*lần thứ\s+[IVXLC\d]+\s*,?")


def period_after_name(text: str, name: str) -> tuple[int | None, int | None] | None:
    """The period written right after “name” where the text quotes it without a kind word
    ("Hội nghị điển hình tiên tiến “Cựu chiến binh gương mẫu” giai đoạn 2019 - 2024")."""
    k = text.find(f"“{name}”")
    if k == -1:
        return None
    rest = _ORDINAL.sub("", text[k + len(name) + 2 :], count=1)  # "“X” lần thứ VII, giai đoạn ..."
    m = _PERIOD.match(rest.lstrip())
    return _period(m) if m else None


# a list of named works announced at a sentence's end: "5 công trình xuất sắc nhất ..., gồm:"
_LIST_OF_WORKS = re.compile(r"\b(?:sáng kiến|công trình|giải pháp|mô hình|đề tài)\b[^.;]*\b(?:gồm|sau)\s*:\s*$", re.I)
# an item of such a list, its name in quotes: "1. “X” của ...", "- “X”"
_LISTED = re.compile(r"^\s*(?:\d{1,2}\s*[.)/]\s*|[-–•+]\s*)?“([^”]{3,200})”")


def announces_works(text: str) -> bool:
    """Does the sentence end announcing a list of named initiatives ("..., gồm:")?"""
    return text.rstrip().endswith(":") and bool(_LIST_OF_WORKS.search(text))


def listed_work(text: str) -> Found | None:
    """The initiative one item of an announced list names: "2. “Giải pháp X” của Công ty Y"."""
    m = _LISTED.match(text)
    if not m:
        return None
    found = [Found("initiative", "sáng kiến", m.group(1).strip(" .,"), m.start(1) - 1, m.end())]
    _attach_sites(text, found)
    return found[0]

