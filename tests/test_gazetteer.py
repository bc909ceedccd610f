"""The administrative-unit gazetteer and the script that generates it."""
import subprocess
import sys
from pathlib import Path

import pytest

from thidua_kg.gazetteer import Unit, gazetteer_path, load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "build_gazetteer.py"
TTL = ROOT / "ontology" / "gazetteer" / "admin-units.ttl"
IRI = "https://w3id.org/thidua-kg/id/admin-unit/"


@pytest.fixture(scope="module")
def gz():
    return load_gazetteer()


def test_file_location_and_size(monkeypatch):
    monkeypatch.delenv("THIDUA_KG_HOME", raising=False)
    assert gazetteer_path() == TTL
    assert TTL.stat().st_size < 2_000_000


def test_63_old_and_34_new_provinces(gz):
    old = gz.provinces(on="2025-06-30")
    new = gz.provinces(on="2025-07-01")
    assert len(old) == 63
    assert len(new) == 34
    assert len({u.code for u in old}) == 63
    assert len({u.code for u in new}) == 34
    assert all(u.unit_type in ("tỉnh", "thành phố") and len(u.code) == 2 for u in old + new)
    # every name once when no date is given; the names of the 34 are all old names
    all_names = gz.provinces()
    assert len(all_names) == 63
    assert {u.name for u in all_names} == {u.name for u in old}
    assert {u.name for u in new} < {u.name for u in old}


def test_nam_dinh_merged_into_ninh_binh(gz):
    nd = gz.find_province("Nam Định")
    assert nd.iri == IRI + "36-nam-dinh"
    assert (nd.code, nd.unit_type, nd.full_name) == ("36", "tỉnh", "tỉnh Nam Định")
    assert nd.valid_to == "2025-07-01" and nd.valid_on("2025-06-30") and not nd.valid_on("2025-07-01")
    nb = gz.successor(nd)
    assert nb.iri == IRI + "37-ninh-binh" and nb.code == "37"
    assert nb.valid_on("2020-01-01") and nb.valid_on("2025-07-01")  # continues: one resource
    assert gz.successor(nb) == nb
    assert nd not in gz.provinces(on="2025-07-01")
    assert nb in gz.provinces(on="2025-07-01") and nb in gz.provinces(on="2024-01-01")


def test_new_unit_with_reused_code(gz):
    # new Lào Cai took Yên Bái's code 15; old Lào Cai (10) ended
    new = gz.find_province("Lào Cai")
    assert (new.code, new.valid_from) == ("15", "2025-07-01")
    old = gz.find_province("Lào Cai", on="2024-05-01")
    assert (old.code, old.valid_to) == ("10", "2025-07-01")
    assert gz.successor(old) == new
    assert gz.successor(gz.find_province("Yên Bái")) == new


@pytest.mark.parametrize("text", ["TP.HCM", "TP. HCM", "TP. Hồ Chí Minh", "Hồ Chí Minh",
                                  "thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", "tp.hcm"])
def test_ho_chi_minh(gz, text):
    u = gz.find_province(text)
    assert (u.name, u.code, u.unit_type) == ("Hồ Chí Minh", "79", "thành phố")


def test_hue(gz):
    for text in ("Thừa Thiên Huế", "tỉnh Thừa Thiên Huế", "Huế", "TP. Huế", "Thừa Thiên - Huế"):
        u = gz.find_province(text)
        assert (u.name, u.code, u.iri) == ("Huế", "46", IRI + "46-hue"), text


def test_tolerant_matching(gz):
    assert gz.find_province("Thanh Hoá").name == "Thanh Hóa"  # old tone placement
    assert gz.find_province("KHÁNH HOÀ").name == "Khánh Hòa"
    assert gz.find_province("tỉnh Hoà Bình").code == "17"
    assert gz.find_province("Bà Rịa-Vũng Tàu").code == "77"
    assert gz.find_province("Bà Rịa - Vũng Tàu").code == "77"
    assert gz.find_province("Ha Noi").code == "01"  # diacritic-free, unique
    assert gz.find_province("Atlantis") is None
    assert gz.find_province("") is None


def test_province_names(gz):
    names = gz.province_names()
    assert names["TP.HCM"].code == "79"
    assert names["Thừa Thiên Huế"].code == "46"
    assert names["Nam Định"].code == "36"
    assert names["Lào Cai"].code == "15"  # the current unit for a reused name
    lengths = [len(n) for n in names]
    assert lengths == sorted(lengths, reverse=True)


def test_district_lookup(gz):
    ns = gz.districts_named("Nông Sơn")  # merged into Quế Sơn (2024), kept as a former name
    assert [u.province for u in ns] == ["Quảng Nam"]
    assert gz.districts_named("huyện Nông Sơn") == ns
    qs = gz.districts_named("Quế Sơn")[0]
    assert (qs.unit_type, qs.code, qs.province) == ("huyện", "509", "Quảng Nam")
    assert qs.valid_to == "2025-07-01"
    assert gz.province_of(qs).iri == IRI + "49-quang-nam"
    assert gz.successor(qs).name == "Đà Nẵng"  # Quảng Nam merged into Đà Nẵng
    ct = gz.districts_named("Châu Thành")
    assert len(ct) >= 5
    assert len({u.province for u in ct}) == len(ct)
    assert {"Tiền Giang", "Bến Tre", "An Giang"} <= {u.province for u in ct}
    assert [u.name for u in gz.districts_named("Quận 1")] == ["Quận 1"]
    assert gz.districts_named("Nowhere") == []
    # a syllable's final y is also written i: "Phú Quý" is the gazetteer's "Phú Quí", "Kì Anh" its "Kỳ Anh"
    assert [u.code for u in gz.districts_named("Phú Quý")] == [u.code for u in gz.districts_named("Phú Quí")] != []
    assert gz.districts_named("huyện Kì Anh") == gz.districts_named("huyện Kỳ Anh") != []
    assert gz.districts_named("Duy Xuyên") and not gz.districts_named("Dui Xuyên")  # "uy" is no final y


def test_units_are_well_formed(gz):
    for u in gz.units:
        assert isinstance(u, Unit)
        assert u.iri.startswith(IRI + u.code + "-")
        if u.level == 2:
            assert len(u.code) == 3 and u.province and u.unit_type in ("huyện", "quận", "thị xã", "thành phố")
        else:
            assert len(u.code) == 2 and u.province is None


def test_script_regenerates_identical_file(tmp_path):
    out = tmp_path / "admin-units.ttl"
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == TTL.read_bytes()


def test_provenance_header():
    text = TTL.read_text(encoding="utf-8")
    assert "dcterms:source <https://pypi.org/project/vietnamadminunits/" in text
    assert "owl:versionInfo" in text and "tk:generatedBy" in text
