"""The same person across articles: which article-scoped person mentions are one official.

Person IRIs are minted per article (`person/<name>/<article>`, graph.py), so articles stay
independent and re-ingest idempotent. This module decides, from the whole store, which
mentions are the same person, and why. The rule (docs/LINKING.md):

- the same normalised name is required (case, spacing and tone-mark placement aside;
  "Thành" and "Thanh" are different names);
- and shared evidence: a position in the same organisation (strongest), the same
  stand-alone office ("Ủy viên Trung ương Đảng"), or positions in the same province;
- but never across provinces: two mentions whose organisations lie in different provinces
  stay apart (a province merged into another in 2025 counts as the same for a mention
  dated after the merger), and a merge that would put such mentions in one cluster is refused.

Pure: Mentions in, Clusters out. Reading the mentions from a store is `read_mentions`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from ..gazetteer import BOUNDARY, Gazetteer, name_key
from ..slug import slugify

_MENTIONS_RQ = Path(__file__).with_name("sparql") / "mentions.rq"


@dataclass(frozen=True)
class Mention:
    iri: str
    name: str
    article: str
    month: str | None  # "YYYY-MM"
    orgs: frozenset[str] = frozenset()  # organisation IRIs it holds positions in
    offices: frozenset[str] = frozenset()  # name_key of titles held without an organisation
    units: frozenset[str] = frozenset()  # admin-unit IRIs of those organisations
    org_names: tuple[tuple[str, str], ...] = ()  # (IRI, label), for the reasons

    @property
    def when(self) -> tuple[str, str]:
        return (self.month or "9999", self.article)


@dataclass(frozen=True)
class Edge:
    """Why two mentions are one person: `later` joins `earlier`."""

    earlier: Mention
    later: Mention
    method: str
    score: float
    reason: str


@dataclass
class Cluster:
    iri: str  # the canonical person
    name: str
    members: list[Mention]  # earliest first
    edges: list[Edge] = field(default_factory=list)


# methods, strongest first, with their scores
SAME_ORGANISATION = ("same-name+same-organisation", 0.95)
SAME_OFFICE = ("same-name+same-office", 0.9)
SAME_PROVINCE = ("same-name+same-province", 0.8)


def provinces(m: Mention, gaz: Gazetteer) -> set[str]:
    """Province-level unit IRIs of a mention's organisations (a district counts as its province)."""
    out = set()
    for iri in m.units:
        u = gaz.unit(iri)
        p = gaz.province_of(u) if u else None
        if p is not None:
            out.add(p.iri)
    return out


def _successors(ps: set[str], gaz: Gazetteer) -> set[str]:
    return {s.iri for p in ps if (u := gaz.unit(p)) and (s := gaz.successor(u))}


def compatible(a: Mention, b: Mention, gaz: Gazetteer) -> bool | None:
    """Do the two mentions' provinces agree? None when one of them has none."""
    pa, pb = provinces(a, gaz), provinces(b, gaz)
    if not pa or not pb:
        return None
    if pa & pb:
        return True
    # old Nam Định before the merger, Ninh Bình after it: the same place
    after = BOUNDARY[:7]
    return bool((b.when[0] >= after and _successors(pa, gaz) & pb) or (a.when[0] >= after and _successors(pb, gaz) & pa))


def merge_edge(a: Mention, b: Mention, gaz: Gazetteer) -> Edge | None:
    """The strongest evidence that a and b are one person, or None."""
    if name_key(a.name) != name_key(b.name):
        return None
    earlier, later = sorted((a, b), key=lambda m: m.when)
    shared = sorted(a.orgs & b.orgs)
    if shared:
        org = dict(a.org_names).get(shared[0], shared[0])
        return Edge(earlier, later, *SAME_ORGANISATION, f"both hold a position in {org}")
    fit = compatible(a, b, gaz)
    if fit is False:
        return None
    offices = sorted(a.offices & b.offices)
    if offices:
        return Edge(earlier, later, *SAME_OFFICE, f"both hold the office {offices[0]}")
    if fit:
        return Edge(earlier, later, *SAME_PROVINCE, _province_reason(earlier, later, gaz))
    return None


def _province_reason(earlier: Mention, later: Mention, gaz: Gazetteer) -> str:
    pe, pl = provinces(earlier, gaz), provinces(later, gaz)
    shared = sorted(pe & pl)
    if shared:
        return f"both hold positions in {gaz.unit(shared[0]).full_name}"
    # compatible without a shared province: the earlier one's province was merged into the later one's
    old = gaz.unit(sorted(p for p in pe | pl if _successors({p}, gaz) & (pe | pl) - {p})[0])
    new = gaz.successor(old)
    return (f"positions in {old.full_name} and in {new.full_name}, which absorbed it from {BOUNDARY} "
            f"(articles {earlier.article}, {later.article})")


def cluster(mentions: list[Mention], gaz: Gazetteer, base: str) -> list[Cluster]:
    """Group mentions into persons; strongest evidence merges first, and a merge that
    would join mentions of different provinces is refused."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(name_key(m.name), []).append(m)
    out: list[Cluster] = []
    for key in sorted(groups):
        out += _cluster_group(sorted(groups[key], key=lambda m: m.when), gaz, base)
    return out


def _cluster_group(ms: list[Mention], gaz: Gazetteer, base: str) -> list[Cluster]:
    edges = [e for a, b in combinations(ms, 2) if (e := merge_edge(a, b, gaz))]
    edges.sort(key=lambda e: (-e.score, e.later.when, e.earlier.when))
    root = {m.iri: m.iri for m in ms}
    members = {m.iri: [m] for m in ms}
    accepted: dict[str, list[Edge]] = {m.iri: [] for m in ms}

    def find(x: str) -> str:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    for e in edges:
        ra, rb = find(e.earlier.iri), find(e.later.iri)
        if ra == rb:
            continue
        if any(compatible(x, y, gaz) is False for x in members[ra] for y in members[rb]):
            continue
        root[rb] = ra
        members[ra] += members.pop(rb)
        accepted[ra] += accepted.pop(rb) + [e]
    clusters = [Cluster("", ms_[0].name, sorted(ms_, key=lambda m: m.when), sorted(accepted[r], key=lambda e: e.later.when))
                for r, ms_ in members.items()]
    clusters.sort(key=lambda c: c.members[0].when)
    _name(clusters, gaz, base)
    return clusters


def _name(clusters: list[Cluster], gaz: Gazetteer, base: str) -> None:
    """Canonical IRIs: person/<name> when the name is one person; otherwise qualified by
    the cluster's province when that tells them apart, else by its earliest article."""
    slug = slugify(clusters[0].name)
    if len(clusters) == 1:
        clusters[0].iri = f"{base}person/{slug}"
        return
    places = []
    for c in clusters:
        ps = set().union(*(provinces(m, gaz) for m in c.members))
        places.append(slugify(gaz.unit(next(iter(ps))).name) if len(ps) == 1 else None)
    for c, place in zip(clusters, places):
        qualifier = place if place and places.count(place) == 1 else slugify(c.members[0].article)
        c.iri = f"{base}person/{slug}--{qualifier}"


# -- reading the store -----------------------------------------------------------


def read_mentions(store) -> list[Mention]:
    """Every person mention of the store's article graphs, with its positions' evidence."""
    rows: dict[str, dict] = {}
    for r in store.query(_MENTIONS_RQ.read_text(encoding="utf-8")):
        iri = r["person"].value
        m = rows.setdefault(iri, {"name": r["name"].value, "article": r["article"].value,
                                  "month": r["month"].value if r["month"] else None,
                                  "orgs": {}, "offices": set(), "units": set()})
        if r["org"] is not None:
            m["orgs"][r["org"].value] = r["orgName"].value
            if r["unit"] is not None:
                m["units"].add(r["unit"].value)
        elif r["title"] is not None:
            m["offices"].add(name_key(r["title"].value))
    return [Mention(iri, m["name"], m["article"], m["month"], frozenset(m["orgs"]), frozenset(m["offices"]),
                    frozenset(m["units"]), tuple(sorted(m["orgs"].items())))
            for iri, m in sorted(rows.items())]
