"""Events: what happened on a day, its type, organiser and place.

The article's main event is in its opening: "<when>, [tại <place>,] <organiser>
tổ chức <event>"; without "tổ chức" (a working visit, a handing-over) it is an
event of type Khác led by the first organisation or official named. Later
sentences add events only when they name a date, an organiser and an event
type ("Trước đó, ngày 28/9, Phòng ... tổ chức Hội thi ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .dates import find_dates
from .lexicon import Lexicon
from .tokens import Tok, words

# (not the noun: "Liên hiệp các tổ chức hữu nghị", "các tổ chức chính trị - xã hội")
_ORGANISE = re.compile(r"\b(?<!các )(?<!những )(?:vừa\s+|đã\s+)?(?:long trọng\s+)?tổ chức\s+(?:buổi\s+|các\s+)?")


def organise_in(text: str) -> re.Match | None:
    """ "(vừa) tổ chức (buổi)" in the text; the substring test first is many times faster."""
    return _ORGANISE.search(text) if "tổ chức" in text else None


def held_in(text: str) -> bool:
    """Does the text tell of an event organised: "X tổ chức Y", or "tại Y do X tổ chức"?"""
    return bool(organise_in(text)) or bool(_held_by_in(text))


def _held_by_in(text: str) -> re.Match | None:
    """ "tại Y do X tổ chức" in the text; the substring tests first, as in organise_in."""
    return _HELD_BY.search(text) if "tổ chức" in text and " do " in text else None


_OPENED = re.compile(r"\b(?:long trọng\s+)?(?:khai mạc|bế mạc|tiến hành)\s+")
_PLACE = re.compile(r"\btại\s+([^,;.]{3,80}?)(?=,)")
_CO = re.compile(r"\bphối hợp(?: với| cùng)? (?=\w)")
_LEAD = re.compile(r"\b(?:dẫn đầu|đi kiểm tra|làm việc|thăm|khảo sát|trao|phối hợp)\b")


@dataclass
class EventFound:
    type: str
    label: str
    date: date | None
    organiser: str | None
    place: str | None
    sentence: int
    participants: list[str] = field(default_factory=list)


_CLOSING_AND_PRIZES = frozenset({"bế mạc và trao giải", "khai mạc và trao giải", "tổng kết và trao giải"})


def event_type(lex: Lexicon, toks: list[Tok], i: int) -> tuple[str, int] | None:
    """The event type whose name starts at token i, or a few lower-case words later
    ("vòng chung kết Hội thi", "chương trình gặp mặt")."""
    if words(toks, i, i + 5) in _CLOSING_AND_PRIZES:
        i += 3  # "bế mạc và trao giải Hội thi X": the contest closed
    for k in range(i, min(i + 4, len(toks))):
        m = lex.event_types.match(toks, k)
        if m:
            return m[2], m[0]
        if not (toks[k].word and toks[k].text[0].islower()):
            break
    return None


_SAME_DAY = re.compile(r"\b(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày)?\s*cùng ngày\b")


_EXECUTIVES = ("Ủy ban nhân dân", "Chính phủ")
# units of the armed forces, and the commands named after them with a comma ("Lữ đoàn 167, Vùng 2 Hải quân")
_ARMED_UNITS = ("Lữ đoàn ", "Trung đoàn ", "Sư đoàn ", "Tiểu đoàn ", "Hải đoàn ", "Hải đội ", "Đồn Biên phòng ")
_COMMANDS = ("Vùng ", "Quân khu ", "Quân đoàn ", "Quân chủng ", "Bộ Tư lệnh ", "Binh đoàn ", "Sư đoàn ", "Bộ đội Biên phòng ",
             "Bộ Chỉ huy ", "Cảnh sát biển ")


def _joint(toks: list[Tok], before: list[tuple[int, int, str]]) -> list[str]:
    """The organisations named together last before the verb: "A, B và C"."""
    if not before:
        return []
    group = [before[-1]]
    for o in reversed(before[:-1]):
        between = [t.low for t in toks[o[1]:group[0][0]]]
        if not between or not all(w in (",", "và") for w in between):
            break
        lead = [t.low for t in toks[max(0, o[0] - 3):o[0]]]
        if "tại" in lead or "hội trường" in " ".join(lead):
            break  # "tại hội trường UBND TP. X, Công ty Y tổ chức": where, not who
        group.insert(0, o)
    return [o[2] for o in group]


def _in_brackets(toks: list[Tok], i: int) -> bool:
    """Is token i inside brackets opened before it in the sentence?"""
    depth = 0
    for t in toks[:i]:
        depth += 1 if t.text == "(" else -1 if t.text == ")" and depth else 0
    return depth > 0


def find_event(lex: Lexicon, text: str, toks: list[Tok], published: str | None,
               orgs: list[tuple[int, int, str]], main: bool, same_day: date | None = None) -> EventFound | None:
    """An event in this sentence. `orgs` are (start_tok, end_tok, name) found in it;
    `same_day` is the day "chiều cùng ngày" refers to (the main event's)."""
    held = _held_by_in(text)
    if held:
        ev = _held_by(lex, text, toks, published, orgs, held, main)
        if ev:
            return ev
    org_m = organise_in(text)
    if not main and not org_m:
        return _dated_by_body(lex, text, toks, published, orgs)
    dates = find_dates(text, published)
    if not dates and same_day and "cùng ngày" in text:
        m = _SAME_DAY.search(text)
        dates = [(m.start(), same_day)] if m else []
    if org_m:
        ti = next((k for k, t in enumerate(toks) if t.start >= org_m.end()), None)
        et = event_type(lex, toks, ti) if ti is not None else None
        etype = et[0] if et else "Khác"
        if not main and not (et and dates):
            return None
        before = [o for o in orgs if toks[o[1] - 1].end <= org_m.start()]
        if "(" in text[: org_m.start()]:
            # "X (Cục C10, Bộ Công an) tổ chức": the bodies in brackets say whose X is; X organises
            outside = [o for o in before if not _in_brackets(toks, o[0])]
            before = outside or before
        while len(before) > 1 and before[-1][0] and toks[before[-1][0] - 1].low in ("của", "thuộc", "(", "trưởng", "phó"):
            # "X, đơn vị thành viên của Y, tổ chức ...", "X (Bộ Y) tổ chức", "X - Cụm trưởng Cụm thi đua Y -
            # tổ chức": X organises
            before.pop()
        while len(before) > 1 and toks[before[-2][1]].text == "," and before[-2][1] + 1 == before[-1][0] and (
                before[-2][2].endswith(" " + before[-1][2])
                or (before[-2][2].startswith(_ARMED_UNITS) and before[-1][2].startswith(_COMMANDS))):
            # "Trung đoàn 148, Sư đoàn 316 tổ chức", "Lữ đoàn 167, Vùng 2 Hải quân tổ chức": the unit, then the
            # command it belongs to
            before.pop()
        organiser = before[-1][2] if before else None
        joint = _joint(toks, before)
        executive = [o for o in joint if o.startswith(_EXECUTIVES)] if len(joint) > 1 else []
        if executive:  # "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh X tổ chức": the executive stands for them
            organiser = executive[0]
        co = _CO.search(text, 0, org_m.start())
        if co and text[co.end()].isupper():  # "X phối hợp (với) Y tổ chức": X organises
            lead = [o for o in before if toks[o[1] - 1].end <= co.start()]
            organiser = lead[-1][2] if lead else organiser
        label = _label(text[org_m.end():])
        later = dates[0][1] if dates and main and not _UNDATED.match(text) else None
        # (after "Vừa qua, X tổ chức ...", a date later in the sentence is the deed's: "... trong đêm 29/9")
        d = next((d for off, d in dates if off < org_m.start()), later)
        place = _place(text[: org_m.start()])
        return EventFound(etype, label, d, organiser, place, -1)
    if not main or not orgs:
        return None  # without "tổ chức" an event needs someone to lead it: a forecast or a price report has none
    organiser = orgs[0][2]
    d = dates[0][1] if dates else None
    opened = _OPENED.search(text) if "mạc" in text or "tiến hành" in text else None
    if opened is not None:
        at = opened.end()
        ti = next((k for k, t in enumerate(toks) if t.start >= at), None)
        et = event_type(lex, toks, ti) if ti is not None else None
        if et:  # "X long trọng khai mạc Đại hội đại biểu lần thứ I": the event opened is of its type
            return EventFound(et[0], _label(text[at:]), d, organiser, _place(text), -1)
    return EventFound("Khác", _label(text), d, organiser, _place(text), -1)


# openings that say an event happened lately, without its date
_UNDATED = re.compile(r"(?:Vừa qua|Mới đây|Thời gian qua|Những ngày qua|Trong những ngày qua),")
# "tại Lễ X do Y tổ chức": the event named first, its organiser after "do"
_HELD_BY = re.compile(r"\btại (?:buổi )?((?:[Ll]ễ|[Hh]ội|[Đđ]ại hội|[Gg]ặp mặt|[Tt]ọa đàm|[Cc]hương trình|[Ll]iên hoan)\b[^;]{3,200}?)"
                      r" do ([^,;.]{3,120}?) tổ chức\b")


def _dated_by_body(lex: Lexicon, text: str, toks: list[Tok], published: str | None,
                   orgs: list[tuple[int, int, str]]) -> EventFound | None:
    """"Chiều 14/11, Sở GD&ĐT Thanh Hóa gặp mặt kỷ niệm ...": a later event of a round-up, told by its
    date, the body and the event's type as the verb right after it."""
    if not orgs or orgs[0][0] > 6 or orgs[0][1] >= len(toks):
        return None
    et = event_type(lex, toks, orgs[0][1])
    if et is None or et[0] == "Khác" or not toks[orgs[0][1]].text[0].islower():
        return None
    dates = [d for off, d in find_dates(text, published) if off < toks[orgs[0][0]].start]
    if not dates:
        return None
    return EventFound(et[0], _label(text[toks[orgs[0][1]].start:]), dates[0], orgs[0][2], None, -1)


def _held_by(lex: Lexicon, text: str, toks: list[Tok], published: str | None, orgs: list[tuple[int, int, str]],
             held: re.Match, main: bool) -> EventFound | None:
    """"Ngày 24/10, tại Hội nghị X do Công an tỉnh tổ chức, ...": an event told by where something
    happened, often late in a feature story."""
    ti = next((k for k, t in enumerate(toks) if t.start >= held.start(1)), None)
    et = event_type(lex, toks, ti) if ti is not None else None
    by = [o for o in orgs if toks[o[0]].start >= held.start(2) and toks[o[1] - 1].end <= held.end(2)]
    if et is None or not by:
        return None
    found = find_dates(text, published)
    # the date before the place ("Ngày 24/10, tại ..."), or right after the organiser ("... tổ chức chiều 22-12")
    dates = [d for off, d in found if off < held.start()] or [d for off, d in found if held.end() <= off < held.end() + 30]
    if not dates and not main:
        return None
    return EventFound(et[0], _label(held.group(1)), dates[0] if dates else None, by[0][2], None, -1)


# a decision or notice issued ("ký các quyết định", "ban hành Thông báo số ...", "vừa có thông báo"), an article
# published ("đăng bài"): no event
_SIGNED = re.compile(r"\b(?:(?:ký|ban hành)\s+(?:các\s+)?(?:[Qq]uyết định|[Cc]ông văn|[Kk]ế hoạch|[Cc]hỉ thị|[Tt]hông báo)"
                     r"|vừa có [Tt]hông báo|đăng (?:tải )?bài)\b")


def signed_only(text: str) -> bool:
    """"Ngày X, Chủ tịch UBND tỉnh ký Quyết định ...": a decision signed, and nothing organised."""
    return bool(_SIGNED.search(text)) and not organise_in(text)


def _label(rest: str) -> str:
    rest = re.split(r"[.;]\s|\.$", rest, maxsplit=1)[0]
    words = rest.split()
    return " ".join(words[:20]).strip(" ,") or "Sự kiện"


def _place(text: str) -> str | None:
    m = _PLACE.search(text)
    return m.group(1).strip() if m else None
