"""English labels by rule, from the Vietnamese structure of a name and the English labels
of the vocabularies, so that the graph joins English-language datasets.

- a central organisation: its English label in ontology/gazetteer/organisations.ttl
  ("Bộ Công an" -> "Ministry of Public Security");
- an organisation named <type> <place or organisation>: the type's English label
  (tkv:organisation-type) "of" the place or organisation in English
  ("Ủy ban nhân dân tỉnh Nghệ An" -> "People's Committee of Nghệ An Province");
- an administrative unit: its name and its type ("Nghệ An Province", "Văn Lãng District");
- an office: the title's English label, the organisation's ("Minister, Ministry of Public Security");
- an award: the kind's and the class's ("Labour Order, Third Class").

A name the rules do not cover ("Sở Y tế tỉnh Thanh Hóa": no English for "Y tế") gets no
label rather than a half-translated one. Pure functions; `labels_for_store` reads the store.
"""
from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

import pyoxigraph as ox

from .. import paths
from ..gazetteer import Unit
from ..namespaces import RDFS
from .admin_units import match_name, tokens

_LABELS_RQ = Path(__file__).with_name("sparql") / "labels.rq"
# communes are not in the gazetteer: their type word is enough
_COMMUNE_TYPES = {"xã": "{} Commune", "phường": "{} Ward", "thị trấn": "{} Township"}
_PLACE_TYPES = {(1, "tỉnh"): "{} Province", (1, "thành phố"): "{} City", (2, "huyện"): "{} District",
                (2, "quận"): "{} District", (2, "thị xã"): "{} Town", (2, "thành phố"): "{} City"}


def place_en(unit: Unit) -> str:
    if unit.level == 2 and unit.name.lower().startswith("quận ") and unit.name[5:].isdigit():
        return f"District {unit.name[5:]}"  # "Quận 1"
    return _PLACE_TYPES.get((unit.level, unit.unit_type), "{}").format(unit.name)


@functools.cache
def central_organisations() -> dict[str, str]:
    """Vietnamese label -> English label of ontology/gazetteer/organisations.ttl."""
    path = paths.ontology_dir() / "gazetteer" / "organisations.ttl"
    labels: dict[str, dict[str, str]] = {}
    for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        if q.predicate.value == RDFS + "label" and isinstance(q.object, ox.Literal) and q.object.language:
            labels.setdefault(q.subject.value, {})[q.object.language] = q.object.value
    return {unicodedata.normalize("NFC", ls["vi"]): ls["en"] for ls in labels.values() if "vi" in ls and "en" in ls}


def organisation_en(name: str, vocab, depth: int = 0) -> str | None:
    """The English label of an organisation's name, or None where a part has no English."""
    central = central_organisations().get(name)
    if central or depth > 3:
        return central
    words = name.split()
    for k in range(min(len(words) - 1, 8), 0, -1):  # longest type first, something must follow
        concept = vocab.lookup("organisation-type", " ".join(words[:k]))
        if concept is None or not concept.pref_en:
            continue
        rest = " ".join(words[k:])
        tail = place_name_en(rest) or organisation_en(rest, vocab, depth + 1)
        return f"{concept.pref_en} of {tail}" if tail else None
    return None


def place_name_en(text: str) -> str | None:
    """English of a text that is exactly one unique administrative unit's name."""
    m = match_name(text)
    if m is None:
        for word, pattern in _COMMUNE_TYPES.items():
            rest = text[len(word) + 1:] if text.lower().startswith(word + " ") else ""
            if rest[:1].isupper():
                return pattern.format(rest)
        return None
    if len(m.candidates) != 1 or m.tail != " ".join(tokens(text)):
        return None
    return place_en(m.candidates[0])


def office_en(title_en: str | None, org_en: str | None, has_org: bool) -> str | None:
    if not title_en or (has_org and not org_en):
        return None
    return f"{title_en}, {org_en}" if has_org else title_en


def award_en(kind_en: str | None, class_en: str | None) -> str | None:
    if not kind_en:
        return None
    return f"{kind_en}, {class_en}" if class_en else kind_en


# -- over a store ----------------------------------------------------------------


def labels_for_store(store, vocab, units: list[Unit]) -> dict[str, str]:
    """IRI -> English label for the organisations, offices and conferrals of the store
    and for the administrative units."""
    out = {u.iri: place_en(u) for u in units}
    concept_en = {c.iri: c.pref_en for s in vocab.schemes() for c in vocab.concepts(s) if c.pref_en}
    org_names: dict[str, str] = {}
    offices, conferrals = [], []
    for r in store.query(_LABELS_RQ.read_text(encoding="utf-8")):
        kind, s = r["kind"].value, r["s"].value
        if kind == "organisation":
            org_names[s] = r["label"].value
        elif kind == "office":
            offices.append((s, r["concept"].value, r["org"].value if r["org"] else None))
        else:
            conferrals.append((s, r["concept"].value, r["concept2"].value if r["concept2"] else None))
    for iri, name in org_names.items():
        if (en := organisation_en(name, vocab)) is not None:
            out[iri] = en
    for iri, role, org in offices:
        if (en := office_en(concept_en.get(role), out.get(org) if org else None, org is not None)) is not None:
            out[iri] = en
    for iri, kind, cls in conferrals:
        if (en := award_en(concept_en.get(kind), concept_en.get(cls) if cls else None)) is not None:
            out[iri] = en
    return out
