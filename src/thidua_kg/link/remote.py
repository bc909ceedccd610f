"""Links to a Wikidata-shaped SPARQL endpoint (default: Wikidata's query service).

Candidates (provinces, ministries and other organisations, persons) are looked up by their
Vietnamese labels in batched queries (VALUES), then each answer is scored in Python:
the label (compared without diacritics), the class (wdt:P31), the country (wdt:P17, or
wdt:P27 for persons, = Q881 Viet Nam), the place (wdt:P131 = the province's own match)
and, for persons, whether the description names one of their organisations. A wrong class,
country or place rejects; the score decides owl:sameAs (certain), skos:closeMatch
(probable) or nothing. Classes, weights and thresholds are in wikidata.json.

The endpoint is reached through SPARQLWrapper (User-Agent naming thidua-kg, retries with
back-off) behind an on-disk JSON cache keyed by endpoint and query, so a rerun asks nothing.
"""
from __future__ import annotations

import hashlib
import json
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..slug import fold
from .rdf import CLOSE_MATCH, SAME_AS, Link

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
USER_AGENT = f"thidua-kg/{__version__} (https://w3id.org/thidua-kg; knowledge-graph linker) SPARQLWrapper"
RULES_FILE = Path(__file__).with_name("wikidata.json")


class EndpointError(Exception):
    """The endpoint cannot be reached or does not answer the query."""


# -- the client (I/O) ------------------------------------------------------------


class SparqlClient:
    """SELECT queries through SPARQLWrapper, retried with back-off, cached on disk."""

    def __init__(self, endpoint: str, cache_path: str | Path | None = None, retries: int = 3,
                 backoff: float = 1.0, timeout: float = 60.0):
        self.endpoint, self.retries, self.backoff, self.timeout = endpoint, retries, backoff, timeout
        self.cache_path = Path(cache_path) if cache_path else None
        self.cache: dict[str, list[dict[str, str]]] = self._load_cache()
        self.asked = 0  # queries sent (not answered from the cache)

    def _load_cache(self) -> dict:
        if self.cache_path is None or not self.cache_path.is_file():
            return {}
        try:
            data = json.loads(self.cache_path.read_text(encoding="utf-8"))
            return data.get("entries", {}) if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}  # an unreadable cache is only a slower run

    def save(self) -> None:
        if self.cache_path is None:
            return
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"version": 1, "entries": self.cache}, ensure_ascii=False, sort_keys=True),
                       encoding="utf-8")
        tmp.replace(self.cache_path)

    def select(self, query: str) -> list[dict[str, str]]:
        key = hashlib.sha256(f"{self.endpoint}\n{query}".encode()).hexdigest()
        if key not in self.cache:
            self.cache[key] = self._ask(query)
        return self.cache[key]

    def _ask(self, query: str) -> list[dict[str, str]]:
        from SPARQLWrapper import JSON, POST, SPARQLWrapper

        sw = SPARQLWrapper(self.endpoint, agent=USER_AGENT)
        sw.setQuery(query)
        sw.setMethod(POST)  # long VALUES lists do not fit in a URL
        sw.setReturnFormat(JSON)
        sw.setTimeout(int(self.timeout))
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                self.asked += 1
                data = sw.queryAndConvert()
                return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]
            except Exception as exc:  # noqa: BLE001 - every failure is retried, then reported
                last = _describe(exc)
                if not _retryable(exc):
                    break
        raise EndpointError(f"SPARQL endpoint {self.endpoint} failed: {last} "
                            f"(after {min(attempt + 1, self.retries + 1)} attempt(s))")


def _describe(exc: Exception) -> str:
    reason = getattr(exc, "reason", None)
    text = str(reason if reason is not None else exc) or type(exc).__name__
    return " ".join(text.split())[:200]


def _retryable(exc: Exception) -> bool:
    """Network trouble, timeouts, 429 and 5xx are worth another try; a bad query is not."""
    name = type(exc).__name__
    return name not in ("QueryBadFormed", "Unauthorized", "URITooLong", "KeyError", "TypeError")


# -- the rules (data) ------------------------------------------------------------


@dataclass(frozen=True)
class Rules:
    entity: str
    property: str
    country: str
    kinds: dict
    weights: dict
    certain: float
    threshold: float
    person_cap: float
    batch: int

    @classmethod
    def load(cls, path: Path = RULES_FILE) -> "Rules":
        d = json.loads(path.read_text(encoding="utf-8"))
        return cls(d["entity"], d["property"], d["entity"] + d["country"], d["kinds"], d["weights"],
                   d["certain"], d["threshold"], d["person_without_context_at_most"], d["batch"])

    def types(self, kind: str) -> set[str]:
        return {self.entity + q for q in self.kinds[kind]["types"]}


# -- candidates, queries and answers (pure) -------------------------------------------


@dataclass(frozen=True)
class Candidate:
    entity: str
    kind: str  # province | ministry | organisation | person
    label: str
    variants: tuple[str, ...] = ()  # other names it goes by ("tỉnh Nam Định")
    unit: str | None = None  # its administrative unit (for wdt:P131)
    context: tuple[str, ...] = ()  # organisations and offices (persons)

    def labels(self) -> list[str]:
        out: list[str] = []
        for name in (self.label, *self.variants):
            for v in label_variants(name):
                if v not in out:
                    out.append(v)
        return out


_NEW_TONES = re.compile(r"(?<![qQ])([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ])([aeyAEY])(?!\w)")


def _old_placement(m: re.Match) -> str:
    first, second = m.group(1), m.group(2)
    base_first = unicodedata.normalize("NFD", first)
    if (base_first[0] in "oO") != (second in "aeAE"):
        return m.group(0)  # only oa, oe, uy
    mark = base_first[1:]
    return unicodedata.normalize("NFC", base_first[0]) + unicodedata.normalize("NFC", second + mark)


def label_variants(name: str) -> list[str]:
    """Spellings to ask for: as written, the old tone placement (hòa -> hoà), the first
    letter capitalised or not, and without diacritics. Answers are compared folded."""
    name = unicodedata.normalize("NFC", name.strip())
    out = [name, _NEW_TONES.sub(_old_placement, name), name[:1].upper() + name[1:], name[:1].lower() + name[1:],
           _strip_marks(name)]
    return list(dict.fromkeys(v for v in out if v))


def _strip_marks(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def build_query(labels: list[str], rules: Rules) -> str:
    values = " ".join(json.dumps(v, ensure_ascii=False) + "@vi" for v in labels)
    p = rules.property
    return f"""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>
PREFIX wdt: <{p}>
SELECT ?label ?via ?item ?type ?country ?citizenship ?place ?description WHERE {{
  VALUES ?label {{ {values} }}
  {{ ?item rdfs:label ?label BIND("label" AS ?via) }} UNION {{ ?item skos:altLabel ?label BIND("alias" AS ?via) }}
  OPTIONAL {{ ?item wdt:P31 ?type }}
  OPTIONAL {{ ?item wdt:P17 ?country }}
  OPTIONAL {{ ?item wdt:P27 ?citizenship }}
  OPTIONAL {{ ?item wdt:P131 ?place }}
  OPTIONAL {{ ?item schema:description ?description FILTER(LANG(?description) IN ("vi", "en")) }}
}}"""


@dataclass
class Hit:
    """What the endpoint says about one item found under one label."""

    item: str
    label: str
    via: str  # "label" | "alias"
    types: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    citizenships: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    descriptions: set[str] = field(default_factory=set)


def folded(text: str) -> str:
    return " ".join(fold(unicodedata.normalize("NFC", text)).split())


def collect_hits(rows: list[dict[str, str]]) -> dict[str, dict[str, Hit]]:
    """Folded label -> item -> Hit (a label found as rdfs:label beats the same as alias)."""
    out: dict[str, dict[str, Hit]] = {}
    for r in rows:
        if "item" not in r or "label" not in r:
            continue
        by_item = out.setdefault(folded(r["label"]), {})
        h = by_item.get(r["item"])
        if h is None:
            h = by_item[r["item"]] = Hit(r["item"], r["label"], r.get("via", "label"))
        elif r.get("via") == "label":
            h.via = "label"
        for key, bucket in (("type", h.types), ("country", h.countries), ("citizenship", h.citizenships),
                            ("place", h.places), ("description", h.descriptions)):
            if key in r:
                bucket.add(r[key])
    return out


@dataclass(frozen=True)
class Scored:
    candidate: Candidate
    item: str
    score: float
    method: str
    reason: str


def score(c: Candidate, h: Hit, rules: Rules, place_item: str | None) -> Scored | None:
    """Score one answer for one candidate; None when it contradicts the candidate
    (wrong class, country or place)."""
    w, kind = rules.weights, rules.kinds[c.kind]
    parts, why = [h.via], [f"{h.via} “{h.label}”@vi"]
    s = w["label"] if h.via == "label" else w["alias"]
    if h.types:
        if not h.types & rules.types(c.kind):
            return None
        s += w["type"]
        parts.append("type")
        why.append("instance of " + ", ".join(sorted(t.rsplit("/", 1)[-1] for t in h.types & rules.types(c.kind))))
    countries = h.citizenships if kind["country_property"] == "P27" else h.countries
    if countries:
        if rules.country not in countries:
            return None
        s += w["country"]
        parts.append("country")
        why.append("country " + rules.country.rsplit("/", 1)[-1])
    if place_item and h.places:
        if place_item not in h.places:
            return None
        s += w["place"]
        parts.append("place")
        why.append("located in " + place_item.rsplit("/", 1)[-1])
    if kind.get("needs_context"):
        said = " ".join(folded(d) for d in h.descriptions)
        hits = [x for x in c.context if folded(x) and folded(x) in said]
        if hits:
            s += w["context"]
            parts.append("description")
            why.append(f"description names {hits[0]}")
        else:
            s = min(s, rules.person_cap)
    return Scored(c, h.item, round(s, 3), "sparql-" + "+".join(parts), "; ".join(why))


def decide(c: Candidate, hits: dict[str, dict[str, Hit]], rules: Rules, place_item: str | None) -> list[Scored]:
    """The answers worth a link for one candidate: above the threshold, penalised when
    several compete."""
    keys = {folded(v) for v in c.labels()}
    found: dict[str, Hit] = {}
    for k in sorted(keys):
        for item, h in hits.get(k, {}).items():
            if item not in found or h.via == "label":
                found[item] = h
    scored = [s for h in found.values() if (s := score(c, h, rules, place_item)) is not None]
    keep = [s for s in scored if s.score >= rules.threshold]
    if len(keep) > 1:
        keep = [Scored(s.candidate, s.item, round(s.score + rules.weights["ambiguous"], 3), s.method + "+ambiguous",
                       s.reason + f"; one of {len(keep)} matches") for s in keep]
    return [s for s in keep if s.score >= rules.threshold]


def relation(s: float, rules: Rules) -> str:
    return SAME_AS if s >= rules.certain else CLOSE_MATCH


def to_links(scored: list[Scored], rules: Rules, source: str) -> list[Link]:
    """Links; a target that several of our entities would be owl:sameAs is only their
    skos:closeMatch (old and new Lào Cai are not both Wikidata's Lào Cai)."""
    claims: dict[str, int] = {}
    for s in scored:
        if relation(s.score, rules) == SAME_AS:
            claims[s.item] = claims.get(s.item, 0) + 1
    out = []
    for s in scored:
        rel = relation(s.score, rules)
        reason = s.reason
        if rel == SAME_AS and claims[s.item] > 1:
            rel, reason = CLOSE_MATCH, reason + f"; also matches {claims[s.item] - 1} other entity(ies)"
        out.append(Link(s.candidate.entity, rel, s.item, s.score, s.method, reason, source=source))
    return sorted(out, key=lambda lk: (lk.subject, lk.target))


def link_remote(candidates: list[Candidate], client: SparqlClient, rules: Rules) -> list[Link]:
    """Ask the endpoint about every candidate; provinces first, since an organisation's
    place is checked against its province's match."""
    provinces = [c for c in candidates if c.kind == "province"]
    others = [c for c in candidates if c.kind != "province"]
    scored = _run(provinces, client, rules, {})
    unit_item = {s.candidate.entity: s.item for s in scored if s.score >= rules.certain}
    scored += _run(others, client, rules, unit_item)
    return to_links(scored, rules, client.endpoint)


def _run(cands: list[Candidate], client: SparqlClient, rules: Rules, unit_item: dict[str, str]) -> list[Scored]:
    labels = list(dict.fromkeys(v for c in cands for v in c.labels()))
    rows: list[dict[str, str]] = []
    for i in range(0, len(labels), rules.batch):
        rows += client.select(build_query(labels[i:i + rules.batch], rules))
    hits = collect_hits(rows)
    return [s for c in cands for s in decide(c, hits, rules, unit_item.get(c.unit or ""))]
