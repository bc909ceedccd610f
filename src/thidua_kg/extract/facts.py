"""Typed facts: what extraction yields and RDF mapping consumes.

Plain frozen dataclasses, no RDF here. Every fact carries the Evidence
(sentence and character offsets into the article's normalised text) it came
from, so that the graph can link it back to its source.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Evidence:
    """A sentence of the article: its text and [start, end) offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Position:
    """An office as written ("Thứ trưởng") and the organisation it belongs to
    in full ("Bộ Công an"), or None where the article names none."""

    title: str
    organisation: str | None
    evidence: Evidence


@dataclass(frozen=True)
class Person:
    name: str
    rank: str | None
    positions: tuple[Position, ...]
    evidence: Evidence


@dataclass(frozen=True)
class Organisation:
    name: str
    evidence: Evidence


@dataclass(frozen=True)
class Event:
    type: str  # head of the name: Hội nghị, Lễ, Đại hội, Hội thảo, Gặp mặt, Hội thi, Tọa đàm, Khác
    label: str  # the name as written, e.g. "Hội nghị tổng kết phong trào thi đua ..."
    date: date | None
    organiser: str | None
    participants: tuple[str, ...]  # person names, as in Person.name
    place: str | None
    evidence: Evidence
    chairs: tuple[str, ...] = ()  # participants who presided (chủ trì)
    speakers: tuple[str, ...] = ()  # participants who spoke (phát biểu, báo cáo, chia sẻ)


@dataclass(frozen=True)
class Movement:
    name: str  # without quotes
    kind: str  # "phong trào" or "cuộc vận động"
    start: int | None
    end: int | None
    evidence: Evidence


@dataclass(frozen=True)
class Initiative:
    name: str  # without quotes
    kind: str  # "mô hình", "chương trình", ...
    sites: int | None
    evidence: Evidence


@dataclass(frozen=True)
class Award:
    """One act of conferring: an n-ary relation."""

    award: str  # kind as written with its class: "Huân chương Lao động hạng Ba"
    kind: str  # the vocabulary's preferred label of the kind: "Huân chương Lao động"
    award_class: str | None  # "hạng Nhất" | "hạng Nhì" | "hạng Ba" | None
    grantors: tuple[str, ...]  # organisations ("Bộ Công an") or offices ("Bộ trưởng Bộ Công an")
    recipients: tuple[str, ...]  # named persons or organisations
    collectives: int | None
    individuals: int | None
    evidence: Evidence


@dataclass(frozen=True)
class Article:
    """One input article, as read."""

    id: str
    text: str  # body, NFC- and tone-normalised
    title: str | None = None
    url: str | None = None
    published: str | None = None  # "YYYY-MM"
    source: str | None = None  # file path the article came from
    line: int | None = None  # line number for JSON Lines records


@dataclass(frozen=True)
class ArticleFacts:
    article: Article
    persons: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    events: tuple[Event, ...] = ()
    movements: tuple[Movement, ...] = ()
    initiatives: tuple[Initiative, ...] = ()
    awards: tuple[Award, ...] = ()


# the unit an office's title ends with ("Trưởng ban" of a "Ban ..."): an office names it once,
# "Trưởng ban Dân vận Tỉnh ủy X" (what a grantor's office is written as: see Award.grantors)
_TITLE_UNITS = ("ban", "phòng", "khoa", "đoàn", "đội", "ga")


def office_name(title: str, org: str) -> str:
    """An office as written: "Trưởng ban" + "Ban Dân vận ..." -> "Trưởng ban Dân vận ..."."""
    unit = title.split()[-1]
    if org.lower().startswith(unit.lower() + " ") and unit.lower() in _TITLE_UNITS:
        org = org[len(unit) + 1 :]
    return f"{title} {org}"


def office_organisation(title: str, rest: str) -> str:
    """The organisation of an office written by office_name: "Trưởng ban" + "Dân tộc tỉnh X" ->
    "Ban Dân tộc tỉnh X"."""
    unit = title.split()[-1]
    if unit.lower() in _TITLE_UNITS and not rest.lower().startswith(unit.lower() + " "):
        return f"{unit.capitalize()} {rest}"
    return rest
