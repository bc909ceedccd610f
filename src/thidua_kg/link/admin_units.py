"""The administrative unit an organisation or a place belongs to, read from its name.

Vietnamese names put the place last ("Phòng Cảnh sát hình sự Công an tỉnh Nam Định"),
so the unit is the longest tail of the name that is a unit's name in the gazetteer
(ontology/gazetteer/admin-units.ttl). Which unit of that name — the one before or the one
from 2025-07-01 (Lào Cai 10 or 15) — is chosen by the article's date; a name used only
before (Nam Định 36) keeps its old unit, whose succession the gazetteer records.

Pure functions over indexes built once per process; a name's tail is looked up with a few
dict probes and cached, so linking costs microseconds per article at ingest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Iterable

from ..gazetteer import Gazetteer, Unit, load_gazetteer, name_key

# Abbreviations and Party/Youth-Union heads that stand for a unit's type word:
# "TP.HCM" = "thành phố HCM", "Huyện ủy Văn Lãng" is in "huyện Văn Lãng".
# Each rewrite runs only when its cue is in the text (most names have none).
_REWRITES = (
    ("tp", re.compile(r"(?<!\w)tp\.?(?=\s|\w|$)\s*"), "thành phố "),
    ("tx", re.compile(r"(?<!\w)tx\.?(?=\s|\w|$)\s*"), "thị xã "),
    ("ủy", re.compile(r"(?<!\w)(tỉnh|huyện|quận) ủy(?!\w)"), r"\1"),
    ("đoàn", re.compile(r"(?<!\w)(tỉnh|huyện|quận) đoàn(?!\w)"), r"\1"),
    ("đội", re.compile(r"(?<!\w)(tỉnh|huyện|quận) đội(?!\w)"), r"\1"),
    ("thành ", re.compile(r"(?<!\w)thành (?:ủy|đoàn)(?!\w)"), "thành phố"),
    ("thị ủy", re.compile(r"(?<!\w)thị ủy(?!\w)"), "thị xã"),
)
# type words before a bare name that make it a lower level than a province
_BELOW_PROVINCE = ("huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
_CITY = "thành phố"


def tokens(text: str) -> tuple[str, ...]:
    """Comparison tokens: name_key (case, tone marks, dashes) with TP./TX. and the
    "Tỉnh ủy"-style heads rewritten to the unit's type word."""
    key = name_key(text)
    for cue, pattern, repl in _REWRITES:
        if cue in key:
            key = pattern.sub(repl, key)
    return tuple(key.split())


@dataclass(frozen=True)
class UnitIndex:
    """Gazetteer names as token tuples -> the units bearing them."""

    provinces: dict[tuple[str, ...], tuple[Unit, ...]]
    districts: dict[tuple[str, ...], tuple[Unit, ...]]  # by full name: ("huyện", "văn", "lãng")
    max_words: int
    gazetteer: Gazetteer
    # last token -> lengths of the names ending with it, longest first: one probe per candidate
    lengths: dict[str, tuple[int, ...]]

    @classmethod
    def build(cls, gaz: Gazetteer) -> "UnitIndex":
        prov: dict[tuple[str, ...], list[Unit]] = {}
        dist: dict[tuple[str, ...], list[Unit]] = {}
        for u in gaz.units:
            index, names = (prov, (u.name, u.full_name, *u.alt_names)) if u.is_province else (dist, (u.full_name,))
            for n in names:
                key = tokens(n)
                if key and u not in index.setdefault(key, []):
                    index[key].append(u)
        lengths: dict[str, set[int]] = {}
        for k in (*prov, *dist):
            lengths.setdefault(k[-1], set()).add(len(k))
        return cls({k: tuple(v) for k, v in prov.items()}, {k: tuple(v) for k, v in dist.items()},
                   max(len(k) for k in (*prov, *dist)), gaz,
                   {t: tuple(sorted(ls, reverse=True)) for t, ls in lengths.items()})


@cache
def unit_index() -> UnitIndex:
    return UnitIndex.build(load_gazetteer())


@dataclass(frozen=True)
class NameMatch:
    """The units a name's tail names, before choosing by date and by the article's provinces."""

    level: int  # 1 province, 2 district
    candidates: tuple[Unit, ...]
    tail: str  # the matched tail as written in tokens, for the record


@lru_cache(maxsize=1 << 16)
def match_name(name: str) -> NameMatch | None:
    """The unit named at the end of an organisation's name or a place, or None."""
    idx = unit_index()
    # only the tail can name the unit: normalise its last words, not the whole name
    toks = tokens(" ".join(name.split()[-(idx.max_words + 3):]))
    n = len(toks)
    starts = [n - k for k in idx.lengths.get(toks[-1], ()) if k <= n] if toks else []
    for i in starts:
        units = idx.provinces.get(toks[i:])
        if units is None:
            continue
        before = " ".join(toks[max(0, i - 2):i])
        if before.endswith(_BELOW_PROVINCE):
            break  # "huyện Nam Định": not the province
        if before.endswith(_CITY) and not any(u.unit_type == _CITY for u in units):
            break  # "thành phố Thanh Hóa": the provincial city, a district
        return NameMatch(1, units, " ".join(toks[i:]))
    for i in starts:
        units = idx.districts.get(toks[i:])
        if units is not None:
            return NameMatch(2, units, " ".join(toks[i:]))
    return None


def on_date(month_or_date: str | None) -> str | None:
    """"2020-07" or "2020-07-08" -> an ISO date to test validity on."""
    if not month_or_date:
        return None
    return month_or_date if len(month_or_date) >= 10 else month_or_date[:7] + "-01"


def choose_by_date(units: tuple[Unit, ...], on: str | None) -> Unit | None:
    """The unit valid on `on`; a name no unit bears on that date (an old name used after
    the merger) keeps its only unit. Undated and ambiguous: None."""
    if len(units) == 1:
        return units[0]
    if on is None:
        return None
    valid = [u for u in units if u.valid_on(on)]
    return valid[0] if len(valid) == 1 else None


def _in_provinces(district: Unit, provinces: set[str], gaz: Gazetteer, *, successors: bool) -> bool:
    """Is the district's province (or, with `successors`, the unit that absorbed it) one of
    `provinces`? An article of 2026 naming Ninh Bình still places a district of old Nam Định."""
    prov = gaz.province_of(district)
    if prov is None:
        return False
    succ = gaz.successor(prov) if successors else None
    return prov.iri in provinces or (succ is not None and succ.iri in provinces)


def article_units(names: Iterable[str], on: str | None) -> dict[str, Unit]:
    """Name (organisation or place) -> its unit, for the names of one article dated `on`.
    A district name borne by several districts ("huyện Châu Thành") is resolved by the
    provinces the article's other names link to, or left out."""
    idx = unit_index()
    matches = {n: m for n in dict.fromkeys(names) if (m := match_name(n)) is not None}
    out: dict[str, Unit] = {}
    provinces: set[str] = set()
    for n, m in matches.items():
        if m.level == 1 and (u := choose_by_date(m.candidates, on)) is not None:
            out[n] = u
            provinces.add(u.iri)
    for n, m in matches.items():
        if m.level != 2:
            continue
        cands = m.candidates
        for successors in (False, True):  # the province itself first, then through the merger
            if len(cands) == 1:
                break
            cands = tuple(u for u in m.candidates if _in_provinces(u, provinces, idx.gazetteer, successors=successors))
        if len(cands) == 1:
            out[n] = cands[0]
    return out
