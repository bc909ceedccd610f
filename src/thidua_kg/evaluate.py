"""Score the store against gold annotations (corpus/GOLD.md).

Both sides become records in the gold JSON shape ({article id: record}), then
sets of normalised tuples, one set per kind; precision, recall and F1 per kind
and their unweighted mean (macro F1).
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .slug import fold

# The abbreviations GOLD.md expands; their expansions come from the vocabulary
# (ontology/vocab/abbreviations.ttl), together with their other notations (TƯ).
SCORED_ABBREVIATIONS = (
    "UBND", "HĐND", "CAND", "ANTQ", "ANTT", "BTV", "TW", "TP.", "MTTQ", "THPT", "THCS",
    "LĐLĐ", "LHPN", "ĐBQH", "TNCS", "GD&ĐT", "PCCC", "CSGT",
)

KINDS = (
    "person", "person_rank", "person_position", "organisation",
    "event", "event_type", "event_organiser", "participant",
    "movement", "movement_period",
    "award_grantor", "award_recipient", "award_counts", "initiative",
)


class EvaluationError(Exception):
    pass


# -- normalisation -----------------------------------------------------------------


@functools.cache
def default_abbreviations() -> dict[str, str]:
    from .vocab import load_vocabulary

    out: dict[str, str] = {}
    for c in load_vocabulary().concepts("abbreviation"):
        if set(c.notations) & set(SCORED_ABBREVIATIONS):
            for n in c.notations:
                out[n] = c.pref_vi
    return out


@functools.cache
def _abbreviation_re(items: tuple[tuple[str, str], ...]) -> re.Pattern:
    alts = []
    for abbr, _ in sorted(items, key=lambda kv: -len(kv[0])):
        tail = r"(?!\w)" if abbr[-1].isalnum() else ""
        alts.append(r"(?<!\w)" + re.escape(abbr) + tail)
    return re.compile("|".join(alts)) if alts else re.compile(r"(?!x)x")


_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str | None, abbreviations: dict[str, str] | None = None) -> str:
    """Diacritics removed, đ -> d, case folded, abbreviations expanded,
    punctuation and quotes -> spaces, spaces collapsed."""
    if not text:
        return ""
    table = default_abbreviations() if abbreviations is None else abbreviations
    text = unicodedata.normalize("NFC", str(text))
    if table:
        rx = _abbreviation_re(tuple(sorted(table.items())))
        text = rx.sub(lambda m: f" {table[m.group(0)]} ", text)
    text = fold(text).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


# -- records -> tuples -------------------------------------------------------------


def _s(v) -> str:
    """Counts, years and dates as strings; None as ""."""
    return "" if v is None else str(v)


def tuples(records: dict[str, dict], abbreviations: dict[str, str] | None = None) -> dict[str, set]:
    """The 14 tuple sets of records in the gold JSON shape, keyed by article id."""
    def n(v):
        return normalise(v, abbreviations)

    out: dict[str, set] = {k: set() for k in KINDS}
    for art, rec in records.items():
        for p in rec.get("persons") or ():
            name = n(p.get("name"))
            out["person"].add((art, name))
            if p.get("rank"):
                out["person_rank"].add((art, name, n(p["rank"])))
            for pos in p.get("positions") or ():
                joined = " ".join(x for x in (pos.get("title"), pos.get("organisation")) if x)
                if joined:
                    out["person_position"].add((art, name, n(joined)))
        for o in rec.get("organisations") or ():
            out["organisation"].add((art, n(o)))
        for e in rec.get("events") or ():
            d = _s(e.get("date"))
            out["event"].add((art, d))
            if e.get("type"):
                out["event_type"].add((art, d, n(e["type"])))
            if e.get("organiser"):
                out["event_organiser"].add((art, d, n(e["organiser"])))
            for who in e.get("participants") or ():
                out["participant"].add((art, n(who)))
        for m in rec.get("movements") or ():
            name = n(m.get("name"))
            out["movement"].add((art, name))
            out["movement_period"].add((art, name, _s(m.get("start")), _s(m.get("end"))))
        for a in rec.get("awards") or ():
            award = n(a.get("award"))
            for g in a.get("grantors") or ():
                out["award_grantor"].add((art, award, n(g)))
            for r in a.get("recipients") or ():
                out["award_recipient"].add((art, award, n(r)))
            out["award_counts"].add((art, award, _s(a.get("collectives")), _s(a.get("individuals"))))
        for i in rec.get("initiatives") or ():
            out["initiative"].add((art, n(i.get("name"))))
    return out


# -- scoring -----------------------------------------------------------------------


@dataclass
class KindScore:
    kind: str
    gold: int
    system: int
    tp: int

    @property
    def precision(self) -> float:
        if self.gold == 0 and self.system == 0:
            return 1.0
        return self.tp / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        if self.gold == 0 and self.system == 0:
            return 1.0
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    kinds: list[KindScore]
    articles: int

    @property
    def macro_f1(self) -> float:
        return sum(k.f1 for k in self.kinds) / len(self.kinds) if self.kinds else 0.0

    def to_dict(self) -> dict:
        return {
            "articles": self.articles,
            "kinds": {k.kind: {"gold": k.gold, "system": k.system, "tp": k.tp, "precision": k.precision,
                               "recall": k.recall, "f1": k.f1} for k in self.kinds},
            "macro_f1": self.macro_f1,
        }

    def table(self) -> str:
        head = f"{'kind':<16} {'gold':>5} {'sys':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}"
        lines = [head, "-" * len(head)]
        for k in self.kinds:
            lines.append(f"{k.kind:<16} {k.gold:>5} {k.system:>5} {k.tp:>5} "
                         f"{k.precision:>6.3f} {k.recall:>6.3f} {k.f1:>6.3f}")
        lines.append("-" * len(head))
        lines.append(f"{'macro F1':<16} {'':>5} {'':>5} {'':>5} {'':>6} {'':>6} {self.macro_f1:>6.3f}")
        lines.append(f"({self.articles} gold articles)")
        return "\n".join(lines) + "\n"


def score(gold: dict[str, dict], system: dict[str, dict],
          abbreviations: dict[str, str] | None = None) -> Scores:
    """Score system records against gold records (both {article id: record}).
    Only gold articles count; a gold article missing from `system` is empty output."""
    system = {a: r for a, r in system.items() if a in gold}
    g, s = tuples(gold, abbreviations), tuples(system, abbreviations)
    kinds = [KindScore(k, len(g[k]), len(s[k]), len(g[k] & s[k])) for k in KINDS]
    return Scores(kinds, len(gold))


# -- reading both sides --------------------------------------------------------------


def load_gold(gold_dir: str | Path) -> dict[str, dict]:
    d = Path(gold_dir)
    if not d.is_dir():
        raise EvaluationError(f"gold directory not found: {d}")
    gold = {}
    for f in sorted(d.glob("*.json")):
        try:
            rec = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise EvaluationError(f"cannot read gold file {f}: {e}") from None
        if isinstance(rec, dict):
            gold[str(rec.get("id") or f.stem)] = rec
    if not gold:
        raise EvaluationError(f"no gold *.json files in {d}")
    return gold


def system_records(store) -> dict[str, dict]:
    """The store's answers, read through the competency queries, as gold-shaped records."""
    from .query import run_cq

    recs: dict[str, dict] = {}

    def rec(article):
        return recs.setdefault(article, {"persons": [], "organisations": [], "events": [], "movements": [],
                                         "awards": [], "initiatives": []})

    persons: dict[tuple, dict] = {}
    for r in run_cq(store, "persons").records():
        p = persons.get((r["article"], r["person"]))
        if p is None:
            p = persons[(r["article"], r["person"])] = {"name": r["name"], "rank": r["rank"], "positions": []}
            rec(r["article"])["persons"].append(p)
        if r["title"]:
            p["positions"].append({"title": r["title"], "organisation": r["organisation"]})
    for r in run_cq(store, "organisations").records():
        rec(r["article"])["organisations"].append(r["name"])
    events: dict[str, dict] = {}
    for r in run_cq(store, "events").records():
        e = {"type": r["type"], "date": r["date"] or None, "organiser": r["organiser"], "participants": []}
        if r["event"] not in events:
            events[r["event"]] = e
            rec(r["article"])["events"].append(e)
    for r in run_cq(store, "participants").records():
        if r["event"] in events:
            events[r["event"]]["participants"].append(r["name"])
        else:  # participants of an event the events query did not list
            rec(r["article"])["events"].append({"type": None, "date": None, "organiser": None,
                                                "participants": [r["name"]]})
    for r in run_cq(store, "movements").records():
        rec(r["article"])["movements"].append(
            {"name": r["name"], "start": r["start"] or None, "end": r["end"] or None})
    awards: dict[str, dict] = {}
    for r in run_cq(store, "awards").records():
        a = awards.get(r["conferral"])
        if a is None:
            a = awards[r["conferral"]] = {"award": r["award"], "grantors": [], "recipients": [],
                                          "collectives": r["collectives"] or None,
                                          "individuals": r["individuals"] or None}
            rec(r["article"])["awards"].append(a)
        if r["grantor"] and r["grantor"] not in a["grantors"]:
            a["grantors"].append(r["grantor"])
        if r["recipient"] and r["recipient"] not in a["recipients"]:
            a["recipients"].append(r["recipient"])
    for r in run_cq(store, "initiatives").records():
        rec(r["article"])["initiatives"].append({"name": r["name"], "sites": r["sites"] or None})
    return recs


def evaluate(gold_dir: str | Path, store) -> Scores:
    return score(load_gold(gold_dir), system_records(store))
