"""`minedesk tally` and `minedesk check` against known answers, in every format and CRS."""

import json
import subprocess
import sys
import zipfile

import pytest
import shapely

from conftest import DATA, DIRTY_FINDINGS, SAMPLE, X0, Y0, square, truth, write_layer

KEYS = ("total_ha", "released_ha", "remaining_ha")


def assert_matches_truth(result, expected, rel=2e-7):
    assert result["hazards"] == expected["hazards"]
    for k in KEYS:
        assert result[k] == pytest.approx(expected[k], rel=rel, abs=2e-4), k
    for cat, v in expected["released_by_category_ha"].items():
        assert result["released_by_category_ha"][cat] == pytest.approx(v, rel=rel, abs=2e-4), cat
    assert result["devices"] == expected["devices"]


CASES = {
    "utm38-shapefile": (SAMPLE, ["hazards.shp", "--releases", "clearance.shp"]),
    "wgs84-geojson": (DATA / "wgs84_geojson", ["hazards.geojson", "--releases", "clearance.geojson"]),
    "pulkovo-gk8-geopackage": (DATA / "pulkovo_gpkg", ["minefields.gpkg", "--layer", "hazards",
                                                       "--releases-layer", "clearance"]),
    "utm39-shapefile": (DATA / "utm39_shp", ["hazards.shp", "--releases", "clearance.shp"]),
}


@pytest.mark.parametrize("case", CASES)
def test_tally_json_matches_truth(case, run_cli):
    folder, args = CASES[case]
    args = [folder / a if a.endswith((".shp", ".geojson", ".gpkg")) else a for a in args]
    code, out, err = run_cli("tally", *args, "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["warnings"] == []
    assert_matches_truth(result, truth(folder))


def test_same_numbers_from_a_zip_and_from_geopackage_and_geojson(tmp_path, run_cli):
    z = tmp_path / "sample.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for p in SAMPLE.glob("*.*"):
            if p.suffix != ".json":
                zf.write(p, f"data/{p.name}")
    code, out, _ = run_cli("tally", z, "--layer", "hazards", "--releases", z, "--releases-layer", "clearance", "--json")
    assert code == 0
    assert_matches_truth(json.loads(out), truth(SAMPLE))
    from minedesk import io

    for suffix in (".gpkg", ".geojson"):
        paths = []
        for name in ("hazards", "clearance"):
            layer = io.read_layer(SAMPLE / f"{name}.shp")
            paths.append(write_layer(tmp_path / f"{name}{suffix}", layer.geometry, layer.fields,
                                     crs=layer.crs.to_wkt()))
        code, out, _ = run_cli("tally", paths[0], "--releases", paths[1], "--json")
        assert code == 0
        assert_matches_truth(json.loads(out), truth(SAMPLE))


def test_groups_sum_to_totals(run_cli):
    code, out, _ = run_cli("tally", SAMPLE / "hazards.shp", "--releases", SAMPLE / "clearance.shp",
                           "--by", "DISTRICT", "--json")
    result = json.loads(out)
    groups = result["groups"]
    assert "Ağdam" in groups and "Cəbrayıl" in groups
    for k in KEYS:
        assert sum(g[k] for g in groups.values()) == pytest.approx(result[k], abs=1e-3)
    assert sum(g["hazards"] for g in groups.values()) == result["hazards"]
    for dev in result["devices"]:
        assert sum(g["devices"][dev] for g in groups.values()) == result["devices"][dev]
    assert set(next(iter(groups.values()))) == {"hazards", "total_ha", "released_ha", "remaining_ha",
                                                  "released_by_category_ha", "devices"}


def test_per_hazard_figures(blocks, run_cli):
    code, out, _ = run_cli("tally", blocks[0], "--releases", blocks[1], "--per-hazard", "--json")
    rows = {r["id"]: r for r in json.loads(out)["per_hazard"]}
    assert set(rows) == {"H-1", "H-2"}
    assert rows["H-2"]["remaining_ha"] == 0 and rows["H-2"]["devices"]["UXO"] == 5
    assert rows["H-1"]["released_by_category_ha"]["reduced"] == pytest.approx(0.25, rel=5e-3)
    code, text, _ = run_cli("tally", blocks[0], "--releases", blocks[1], "--per-hazard")
    assert "H-1" in text and "H-2" in text


def test_readable_table(run_cli):
    code, out, err = run_cli("tally", SAMPLE / "hazards.shp", "--releases", SAMPLE / "clearance.shp", "--by", "HAZ_TYPE")
    assert code == 0 and err == ""
    expected = truth(SAMPLE)
    assert f"{expected['total_ha']:,.2f}" in out
    assert f"{expected['released_by_category_ha']['cleared']:,.2f}" in out
    assert "AP 342" in out and "CHA" in out and "SHA" in out


def test_link_by_location_gives_the_same_answer_on_clean_data(run_cli):
    code, out, _ = run_cli("tally", SAMPLE / "hazards.shp", "--releases", SAMPLE / "clearance.shp",
                           "--link", "location", "--json")
    result = json.loads(out)
    expected = truth(SAMPLE)
    # by location a release spilling onto a neighbouring hazard also counts there (clipped)
    assert result["total_ha"] == pytest.approx(expected["total_ha"], rel=1e-9)
    assert result["released_ha"] >= expected["released_ha"] - 1e-3
    assert sum(result["devices"].values()) == sum(expected["devices"].values())


def test_mapping_overrides(tmp_path, run_cli):
    h = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100)], {"KOD": ["A-1"]})
    r = write_layer(tmp_path / "r.shp", [square(X0, Y0, 50)],
                    {"HAZ": ["A-1"], "NOV": ["TƏMİZ"], "MINA": [4], "CM_FOUND": [2]})
    code, out, err = run_cli("tally", h, "--releases", r, "--hazard-id", "KOD", "--release-hazard-id", "HAZ",
                             "--category-field", "NOV", "--category-value", "təmiz=cleared",
                             "--device", "AP=MINA", "--device", "CM=CM_FOUND", "--link", "id", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["released_by_category_ha"]["cleared"] == pytest.approx(0.25, rel=5e-3)
    assert result["devices"] == {"AP": 4, "AT": 0, "UXO": 0, "IED": 0, "CM": 2}


def test_unknown_category_value_is_skipped_with_a_warning(tmp_path, run_cli):
    h = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100)], {"HAZ_ID": ["A"]})
    r = write_layer(tmp_path / "r.shp", [square(X0, Y0, 50), square(X0, Y0, 10)],
                    {"HAZ_ID": ["A", "A"], "STATUS": ["in progress", "Cleared"]})
    code, out, _ = run_cli("tally", h, "--releases", r, "--json")
    result = json.loads(out)
    assert result["released_by_category_ha"]["cleared"] == pytest.approx(0.01, rel=5e-3)
    assert any("'in progress'" in w and "--category-value" in w for w in result["warnings"])


def test_version_and_help():
    proc = subprocess.run([sys.executable, "-m", "minedesk", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("minedesk ")
    proc = subprocess.run([sys.executable, "-m", "minedesk", "tally", "--help"], capture_output=True, text=True)
    assert "--releases" in proc.stdout and "--by" in proc.stdout


# ----------------------------------------------------------------------------- check
def test_check_clean_sample_exits_0(run_cli):
    code, out, _ = run_cli("check", SAMPLE / "hazards.shp", "--releases", SAMPLE / "clearance.shp")
    assert code == 0, out
    assert "no problems found" in out


def test_check_lists_every_kind_of_problem(tmp_path, run_cli):
    bow = shapely.Polygon([(X0, Y0), (X0 + 100, Y0 + 100), (X0 + 100, Y0), (X0, Y0 + 100), (X0, Y0)])
    flat = shapely.Polygon([(X0, Y0), (X0 + 10, Y0), (X0 + 20, Y0), (X0, Y0)])
    typo = shapely.Polygon([(X0 + 1000, Y0), (X0 + 1100, Y0), (X0 + 1100, Y0 + 100), (X0 + 1000, Y0 + 90_000),
                            (X0 + 1000, Y0 + 100), (X0 + 1000, Y0)])
    dup = square(X0 + 3000, Y0, 100)
    near = shapely.box(X0 + 3000, Y0, X0 + 3100, Y0 + 100.3)
    good = square(X0 + 5000, Y0, 100)
    h = write_layer(tmp_path / "h.shp", [bow, None, flat, typo, dup, near, good, shapely.Polygon()],
                    {"HAZ_ID": ["BOW", "NUL", "FLAT", "TYPO", "DUP", "NEAR", "GOOD", "GOOD"],
                     "AREA_HA": [0.5, 0, 0, 0, 1.0, 1.003, 1.5, 0]})
    r = write_layer(tmp_path / "r.shp", [square(X0 + 5000, Y0, 50), square(X0 + 9000, Y0, 50)],
                    {"CLR_ID": ["R1", "R2"], "RELEASE": ["cleared", "cleared"]})
    code, out, _ = run_cli("check", h, "--releases", r, "--json")
    assert code == 1
    found = {(f["id"], f["kind"]) for f in json.loads(out)["findings"]}
    assert ("BOW", "invalid geometry repaired") in found
    assert ("NUL", "null geometry") in found
    assert ("FLAT", "fewer than 3 distinct points") in found
    assert ("TYPO", "invalid geometry repaired") in found or ("TYPO", "consecutive vertices far apart") in found
    assert ("GOOD", "duplicate id") in found
    assert ("GOOD", "empty geometry") in found or ("GOOD", "null geometry") in found  # shapefiles store empty as null
    assert ("DUP", "near-duplicate geometry") in found or ("NEAR", "near-duplicate geometry") in found
    assert ("GOOD", "reported area differs") in found
    assert ("BOW", "reported area differs") not in found  # 0.5 ha reported: both lobes kept
    assert ("R2", "release outside every hazard") in found
    code, text, _ = run_cli("check", h, "--releases", r)
    assert code == 1 and "BOW: invalid geometry repaired" in text and "finding(s)" in text


def test_check_a_project_as_it_stands(dirty_project, run_cli):
    code, out, _ = run_cli("check", dirty_project, "--json")
    assert code == 1
    found = json.loads(out)["findings"]
    assert {(f["id"], f["kind"]) for f in found} == DIRTY_FINDINGS
    assert {f["layer"] for f in found} == {f"{dirty_project} (hazards)", f"{dirty_project} (releases)"}
    code, text, _ = run_cli("check", dirty_project)
    assert code == 1 and "C: consecutive vertices far apart (30.0 km" in text and "8 finding(s)" in text


def test_check_long_edge(tmp_path, run_cli):
    long = shapely.Polygon([(X0, Y0), (X0 + 100, Y0), (X0 + 100, Y0 + 30_000), (X0, Y0 + 30_000)])
    h = write_layer(tmp_path / "h.shp", [long], {"HAZ_ID": ["LONG"]})
    code, out, _ = run_cli("check", h, "--json")
    assert code == 1
    (f,) = json.loads(out)["findings"]
    assert f["kind"] == "consecutive vertices far apart" and "30.0 km" in f["detail"]
    code, out, _ = run_cli("check", h, "--max-edge-m", "40000", "--json")
    assert code == 0


def test_check_exact_duplicate(tmp_path, run_cli):
    h = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), square(X0, Y0, 100)], {"HAZ_ID": ["A", "B"]})
    code, out, _ = run_cli("check", h, "--json")
    (f,) = json.loads(out)["findings"]
    assert (f["id"], f["kind"], f["detail"]) == ("A", "duplicate geometry", "same shape as B")


def test_check_unreadable_exits_2(tmp_path, run_cli):
    (tmp_path / "x.geojson").write_text("{")
    code, out, err = run_cli("check", tmp_path / "x.geojson")
    assert code == 2 and "x.geojson" in err
