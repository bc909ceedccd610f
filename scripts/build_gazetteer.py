#!/usr/bin/env python3
"""Generate ontology/gazetteer/admin-units.ttl from the installed registry packages.

Sources (read offline, both ship their data inside the package):

- ``vietnamadminunits`` (PyPI): its SQLite table ``admin_units_legacy`` gives the 63
  provinces and centrally-run cities before 2025-07-01 with their districts (General
  Statistics Office codes, 2 and 3 digits); ``admin_units`` gives the 34 units from
  2025-07-01; ``converter_2025.DICT_PROVINCE`` says which old units each new one absorbed.
- ``vietnam-provinces`` (PyPI): the 34 units from 2025-07-01, used as the authority for
  their names, types and codes and cross-checked against ``vietnamadminunits``
  (the script stops if the two disagree).

Modelling decisions (also written into the file header):

- IRIs are ``<base>admin-unit/<code>-<slug>``; provinces have 2-digit codes, districts
  3-digit ones, so the two never collide.
- A province that has the same code and the same name before and after 2025-07-01
  (Hà Nội 01, Ninh Bình 37, Huế 46, ...) is ONE resource without validity dates: the
  unit continues (it may have absorbed others). An old unit that disappeared gets
  ``tk:validTo 2025-07-01`` plus ``dcterms:isReplacedBy`` and ``tk:mergedInto`` the new
  unit; a new unit whose (code, name) did not exist before gets ``tk:validFrom 2025-07-01``
  and ``dcterms:replaces`` the old units it absorbed. Validity is half-open:
  valid on D iff validFrom <= D < validTo (missing bound = unbounded).
- Codes are reused: new Lào Cai has code 15 (old Yên Bái), so notation alone is not a key.
- Districts (huyện, quận, thị xã, thành phố thuộc tỉnh/thành phố) are as the package
  records them (state of early 2025), each ``tk:withinProvince`` its pre-2025 province and
  ``tk:validTo 2025-07-01`` (the district level was abolished then). Former districts the
  package folds into a surviving one (huyện Nông Sơn into Quế Sơn, 2024-2025) are recorded
  as ``tk:formerNameKey`` (the package's diacritic-free keys, e.g. "nongson").
- Wards/communes are omitted (about 10,000; they would make the file several MB).
- ``skos:altLabel`` carries the spellings articles use that the packages do not
  (VARIANTS below, plus "TP. X"/"TP.X" for every centrally-run city). Everything else
  comes from the packages.

Output is deterministic (sorted, no timestamps): re-running gives the identical file.

Usage: python scripts/build_gazetteer.py [--out PATH]
"""
from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from thidua_kg.link.reference import ADMIN_UNITS_GRAPH as GRAPH  # noqa: E402
from thidua_kg.slug import slugify  # noqa: E402
from thidua_kg.text.normalize import canonical_tones  # noqa: E402

DEFAULT_OUT = ROOT / "ontology" / "gazetteer" / "admin-units.ttl"
BASE = "https://w3id.org/thidua-kg/id/admin-unit/"
BOUNDARY = "2025-07-01"  # Nghị quyết 202/2025/QH15 (provinces), end of the district level

# Spelling variants found in news text that the packages do not carry, by short name.
VARIANTS: dict[str, tuple[str, ...]] = {
    "Hồ Chí Minh": ("TP.HCM", "TP. HCM", "TP HCM", "TPHCM", "HCM", "Thành phố HCM"),
    "Huế": ("Thừa Thiên Huế", "Thừa Thiên - Huế", "Thừa Thiên-Huế", "TT-Huế"),
    "Bà Rịa - Vũng Tàu": ("Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu", "BR-VT"),
    "Đắk Lắk": ("Đăk Lăk", "Đắc Lắc", "Đắk Lăk"),
    "Đắk Nông": ("Đăk Nông", "Đắc Nông"),
    "Bắc Kạn": ("Bắc Cạn",),
    "Kon Tum": ("Kontum",),
}
# Historical notes on continuing units whose name/status changed inside the old period.
HISTORY = {
    "Huế": "Tỉnh Thừa Thiên Huế until 2024-12-31; centrally-run city (thành phố trực thuộc "
           "trung ương) Huế from 2025-01-01.",
}

UNIT_TYPES = {"tỉnh": "tỉnh", "thành phố": "thành phố", "thành phố trung ương": "thành phố",
              "huyện": "huyện", "quận": "quận", "thị xã": "thị xã"}


def clean(text: str) -> str:
    return canonical_tones(unicodedata.normalize("NFC", text.strip()))


@dataclass
class Unit:
    code: str
    name: str  # short name
    unit_type: str
    level: int
    full_name: str
    alt: set[str] = field(default_factory=set)
    valid_from: str | None = None
    valid_to: str | None = None
    merged_into: str | None = None  # iri
    replaces: set[str] = field(default_factory=set)
    within: str | None = None  # iri
    former_keys: set[str] = field(default_factory=set)
    history: str | None = None

    @property
    def iri(self) -> str:
        return f"{BASE}{self.code}-{slugify(self.name)}"


def split_type(full: str) -> tuple[str, str]:
    """'Tỉnh Nam Định' -> ('tỉnh', 'Nam Định'); 'Quận 1' -> ('quận', 'Quận 1')."""
    full = clean(full)
    for t in sorted(UNIT_TYPES, key=len, reverse=True):
        if full.lower().startswith(t + " "):
            rest = full[len(t) + 1:]
            return UNIT_TYPES[t], (full if rest.isdigit() else rest)
    raise ValueError(f"no unit type in {full!r}")


def full_name(unit_type: str, name: str) -> str:
    return name[0].lower() + name[1:] if name.lower().startswith(unit_type + " ") else f"{unit_type} {name}"


def load_sources():
    from vietnamadminunits.converter.converter_2025 import DICT_PROVINCE
    from vietnamadminunits.database import query
    from vietnam_provinces import Province

    legacy = query("SELECT DISTINCT province, provinceShort, provinceCode, provinceKey, provinceAlias, "
                   "district, districtShort, districtType, districtCode, districtAlias "
                   "FROM admin_units_legacy")
    new_vau = query("SELECT DISTINCT province, provinceShort, provinceCode, provinceKey FROM admin_units")
    new_vp = sorted(Province.iter_all(), key=lambda p: int(p.code))
    return legacy, new_vau, new_vp, DICT_PROVINCE


def build() -> tuple[list[Unit], dict[str, str]]:
    legacy, new_vau, new_vp, dict_province = load_sources()

    # --- the 63 old provinces
    old: dict[str, Unit] = {}  # provinceKey -> unit
    for r in legacy:
        key = r["provinceKey"]
        if key in old:
            continue
        t, name = split_type(r["province"])
        assert name == clean(r["provinceShort"]), r
        old[key] = Unit(code=r["provinceCode"], name=name, unit_type=t, level=1, full_name=full_name(t, name))
    assert len(old) == 63, len(old)
    assert len({u.code for u in old.values()}) == 63

    # --- the 34 new ones, vietnam-provinces cross-checked with vietnamadminunits
    assert len(new_vp) == 34 and len(new_vau) == 34, (len(new_vp), len(new_vau))
    vau_by_code = {r["provinceCode"]: r for r in new_vau}
    new: dict[str, Unit] = {}  # provinceKey (vietnamadminunits) -> unit
    for p in new_vp:
        code = f"{int(p.code):02d}"
        t = UNIT_TYPES[p.division_type.value]
        name = clean(p.name)
        if name.lower().startswith(t + " "):
            name = name[len(t) + 1:]
        r = vau_by_code.get(code)
        assert r is not None and clean(r["provinceShort"]) == name, (code, name, r)
        new[r["provinceKey"]] = Unit(code=code, name=name, unit_type=t, level=1, full_name=full_name(t, name))

    # --- the merger: old key -> new key
    absorbed = {o: n for n, olds in dict_province.items() for o in olds}
    assert set(absorbed) == set(old) and set(dict_province) == set(new), "merger table mismatch"

    units: dict[str, Unit] = {}
    for key, u in new.items():
        same = [o for o in dict_province[key] if (old[o].code, old[o].name) == (u.code, u.name)]
        if same:  # continues across 2025-07-01: one resource, no validity bounds
            assert old[same[0]].unit_type == u.unit_type, u
        else:
            u.valid_from = BOUNDARY
        units[u.iri] = u
    for key, o in old.items():
        n = new[absorbed[key]]
        if o.iri == n.iri:
            continue
        o.valid_to = BOUNDARY
        o.merged_into = n.iri
        n.replaces.add(o.iri)
        units[o.iri] = o

    # --- names: package aliases are keys without diacritics, so only curated variants here
    for u in units.values():
        if u.unit_type == "thành phố":
            u.alt |= {f"TP. {u.name}", f"TP.{u.name}"}
        u.alt |= {clean(v) for v in VARIANTS.get(u.name, ())}
        u.history = HISTORY.get(u.name)
    assert {u.name for u in units.values()} >= set(VARIANTS), "variant for an unknown unit"

    # --- districts
    prov_iri = {key: (units[o.iri] if o.iri in units else units[new[absorbed[key]].iri]).iri
                for key, o in old.items()}
    seen: set[str] = set()
    for r in sorted(legacy, key=lambda r: r["districtCode"]):
        code = r["districtCode"]
        if code in seen:
            continue
        seen.add(code)
        t, name = split_type(r["district"])
        assert t == UNIT_TYPES[r["districtType"].lower()], r
        assert re.sub(r" \(.*\)$", "", clean(r["districtShort"])) == name, r
        d = Unit(code=code, name=name, unit_type=t, level=2, full_name=full_name(t, name),
                 valid_to=BOUNDARY, within=prov_iri[r["provinceKey"]])
        if r["districtAlias"]:
            d.former_keys = set(json.loads(r["districtAlias"]))
        assert d.iri not in units, d.iri
        units[d.iri] = d
    assert len(seen) == len({u.iri for u in units.values() if u.level == 2})

    versions = {d: importlib.metadata.version(d) for d in ("vietnamadminunits", "vietnam-provinces")}
    import vietnam_provinces
    versions["vietnam-provinces-data"] = vietnam_provinces.__data_version__
    return sorted(units.values(), key=lambda u: (u.level, u.code, u.iri)), versions


def lit(text: str, lang: str | None = "vi") -> str:
    esc = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{esc}"@{lang}' if lang else f'"{esc}"'


def date(d: str) -> str:
    return f'"{d}"^^xsd:date'


def render(units: list[Unit], versions: dict[str, str]) -> str:
    vau, vp, vpd = versions["vietnamadminunits"], versions["vietnam-provinces"], versions["vietnam-provinces-data"]
    n_old = sum(1 for u in units if u.level == 1 and (u.valid_from or "0") < BOUNDARY)
    n_new = sum(1 for u in units if u.level == 1 and (u.valid_to or "9") > BOUNDARY)
    version = f"vietnamadminunits {vau}; vietnam-provinces {vp} (data {vpd})"
    n_dist = sum(1 for u in units if u.level == 2)
    desc = (f"{n_old} provinces valid before {BOUNDARY}, {n_new} valid from {BOUNDARY}, "
            f"{n_dist} districts valid before {BOUNDARY}.")
    out = [
        "# Vietnamese administrative units: the 63 provinces/centrally-run cities before",
        "# 2025-07-01, the 34 from 2025-07-01, and the pre-2025 districts.",
        "# GENERATED by scripts/build_gazetteer.py from the PyPI packages",
        f"# vietnamadminunits {vau} and vietnam-provinces {vp}. Do not edit; re-run the script.",
        "# Validity is half-open: a unit is valid on D iff tk:validFrom <= D < tk:validTo",
        "# (a missing bound is unbounded). A province with the same code and name on both",
        "# sides of 2025-07-01 is one resource without bounds. tk:adminLevel 1 = province,",
        "# 2 = district. tk:formerNameKey: the package's diacritic-free key of a former unit",
        "# now part of this one (e.g. \"nongson\" on huyện Quế Sơn).",
        "@prefix tk: <https://w3id.org/thidua-kg/ontology#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "@prefix prov: <http://www.w3.org/ns/prov#> .",
        "",
        f"<{GRAPH}> a prov:Entity ;",
        f"    dcterms:title {lit('Đơn vị hành chính Việt Nam')}, {lit('Administrative units of Viet Nam', 'en')} ;",
        f"    dcterms:source <https://pypi.org/project/vietnamadminunits/{vau}/>, "
        f"<https://pypi.org/project/vietnam-provinces/{vp}/> ;",
        f"    prov:wasDerivedFrom <https://pypi.org/project/vietnamadminunits/{vau}/>, "
        f"<https://pypi.org/project/vietnam-provinces/{vp}/> ;",
        f"    dcterms:hasVersion {lit(version, None)} ;",
        f"    owl:versionInfo {lit(version, None)} ;",
        f"    tk:generatedBy {lit('scripts/build_gazetteer.py', None)} ;",
        f"    dcterms:description {lit(desc, 'en')} .",
    ]
    for u in units:
        po = [
            ("a", ["tk:AdministrativeUnit"]),
            ("rdfs:label", [lit(u.name)]),
            ("tk:fullName", [lit(u.full_name)]),
            ("tk:unitType", [lit(u.unit_type)]),
            ("tk:adminLevel", [str(u.level)]),
            ("skos:notation", [lit(u.code, None)]),
            ("skos:altLabel", sorted(lit(a) for a in u.alt if a != u.name)),
            ("skos:historyNote", [lit(u.history, "en")] if u.history else []),
            ("tk:formerNameKey", sorted(lit(k, None) for k in u.former_keys)),
            ("tk:withinProvince", [f"<{u.within}>"] if u.within else []),
            ("tk:validFrom", [date(u.valid_from)] if u.valid_from else []),
            ("tk:validTo", [date(u.valid_to)] if u.valid_to else []),
            ("dcterms:isReplacedBy", [f"<{u.merged_into}>"] if u.merged_into else []),
            ("tk:mergedInto", [f"<{u.merged_into}>"] if u.merged_into else []),
            ("dcterms:replaces", sorted(f"<{i}>" for i in u.replaces)),
        ]
        lines = [f"    {p} {', '.join(objs)}" for p, objs in po if objs]
        out.append("")
        out.append(f"<{u.iri}>" + " ;\n".join(lines)[3:] + " .")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    units, versions = build()
    text = render(units, versions)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(text.encode("utf-8"))
    print(f"{args.out}: {sum(u.level == 1 for u in units)} provinces, "
          f"{sum(u.level == 2 for u in units)} districts, {len(text.encode())} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
