"""Reading never bends a figure nor crashes on what a file holds (issue 11, items 5-8, 11-13).

Every bad file is made here: zip bombs, headerless indexes, damaged attribute tables, coordinates
a CRS cannot place (NaN, typos, the wrong CRS), ambiguous zip layers, unknown GeoJSON CRS codes and
unreadable files. Each ends as one line naming the file (exit 2), or as a finding naming the
feature, never as nulls, NaN hectares or a traceback.
"""

import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
import shapely

from conftest import REPO, SAMPLE, X0, Y0, square, tree_hash, write_layer


@pytest.fixture
def sample_copy(tmp_path):
    folder = tmp_path / "sample"
    folder.mkdir()
    for p in [*SAMPLE.glob("hazards.*"), *SAMPLE.glob("clearance.*")]:
        shutil.copy(p, folder / p.name)
    return folder


def one_line_error(run_cli, *args, words=()):
    code, out, err = run_cli(*args)
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    for w in words:
        assert w.lower() in lines[0].lower(), lines[0]
    return lines[0]


def tally_json(run_cli, *args):
    code, out, err = run_cli("tally", *args, "--json")
    assert code == 0, err
    return json.loads(out, parse_constant=_not_json)


def _not_json(token):
    raise AssertionError(f"{token} printed as a figure")


def geojson(path, rings, crs_member=None, ids=None):
    """A GeoJSON file written as text (so it can hold what GDAL would not write: NaN, lat 95 ...)."""
    feats = []
    for i, ring in enumerate(rings):
        coords = ",".join(f"[{x},{y}]" for x, y in ring)
        hid = (ids or [f"H{i + 1}" for i in range(len(rings))])[i]
        feats.append('{"type":"Feature","properties":{"HAZ_ID":"%s"},'
                     '"geometry":{"type":"Polygon","coordinates":[[%s]]}}' % (hid, coords))
    crs = f'"crs":{json.dumps(crs_member)},' if crs_member else ""
    path.write_text('{"type":"FeatureCollection",%s"features":[%s]}' % (crs, ",".join(feats)))
    return path


def lonlat_square(lon, lat, d=0.01):
    return [(lon, lat), (lon + d, lat), (lon + d, lat + d), (lon, lat + d), (lon, lat)]


def utm_square(x, y, d=100.0):
    return [(x, y), (x + d, y), (x + d, y + d), (x, y + d), (x, y)]


# --------------------------------------------------------------------------- 7. NaN hectares
def test_latitude_above_90_is_a_finding_not_nan(tmp_path, run_cli):
    p = geojson(tmp_path / "h.geojson", [lonlat_square(46.9, 39.9), lonlat_square(46.9, 95.0)])
    result = tally_json(run_cli, p)
    assert result["hazards"] == 1
    assert result["total_ha"] == pytest.approx(tally_json(run_cli, geojson(
        tmp_path / "good.geojson", [lonlat_square(46.9, 39.9)]))["total_ha"])
    assert any(w.startswith("H2: coordinates") for w in result["warnings"]), result["warnings"]
    code, out, _ = run_cli("check", p, "--json")
    assert code != 0
    assert [f["id"] for f in json.loads(out)["findings"]] == ["H2"]


def test_wrong_crs_for_the_whole_layer_suggests_utm(sample_copy, run_cli):
    line = one_line_error(run_cli, "tally", sample_copy / "hazards.shp", "--crs", "EPSG:4326",
                          words=("hazards.shp", "EPSG:4326", "UTM", "EPSG:326"))
    assert "nan" not in line.lower()
    one_line_error(run_cli, "check", sample_copy / "hazards.shp", "--crs", "EPSG:4326", words=("UTM",))


def test_data_a_few_degrees_past_the_zone_is_normal(tmp_path, run_cli):
    """Azerbaijan's east (50 E) in UTM 38N, whose area of use ends at 48 E: counted, no finding."""
    from pyproj import Transformer

    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)
    x1, y1 = to_utm.transform(50.3, 40.4)
    x0, y0 = to_utm.transform(44.8, 39.2)
    p = write_layer(tmp_path / "h.shp", [square(x0, y0, 100), square(x1, y1, 100)], {"HAZ_ID": ["W", "E"]})
    result = tally_json(run_cli, p)
    assert result["hazards"] == 2 and result["warnings"] == []


def test_tally_json_never_prints_nan(tmp_path, run_cli, monkeypatch):
    """Whatever slips through, `tally --json` refuses to print a figure that is not a number."""
    from minedesk.core import area

    p = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100)], {"HAZ_ID": ["A"]})
    monkeypatch.setattr(area.AreaMeter, "hectares", lambda self, g: np.full(len(np.atleast_1d(g)), np.nan))
    one_line_error(run_cli, "tally", p, "--json", words=("h.shp", "not a number"))
    one_line_error(run_cli, "tally", p, words=("h.shp", "not a number"))


# --------------------------------------------------------------------------- 8. coordinate typos
@pytest.mark.parametrize("typo", [60_000_000.0, 1e300, -1e300])
def test_coordinate_typo_is_a_finding(tmp_path, run_cli, typo):
    bad = shapely.Polygon([(X0, Y0), (typo, Y0), (X0, Y0 + 100)])
    p = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), bad], {"HAZ_ID": ["OK", "TYPO"]})
    result = tally_json(run_cli, p)
    assert result["hazards"] == 1 and result["total_ha"] == pytest.approx(1.0, rel=1e-3)
    assert [w.split(":")[0] for w in result["warnings"]] == ["TYPO"]
    code, out, err = run_cli("check", p)
    assert code == 1 and "TYPO" in out and "Traceback" not in err


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinite_coordinates_are_findings(tmp_path, run_cli, token):
    p = tmp_path / "h.geojson"
    geojson(p, [lonlat_square(46.9, 39.9), lonlat_square(46.9, 39.95)])
    p.write_text(p.read_text().replace("[46.91,39.95]", f"[{token},39.95]"))
    result = tally_json(run_cli, p)
    assert result["hazards"] == 1
    assert [w.split(":")[0] for w in result["warnings"]] == ["H2"]
    code, out, err = run_cli("check", p)
    assert code == 1 and "H2" in out and "Traceback" not in err
    code, out, err = run_cli("import", p, "-o", tmp_path / "p.gpkg")
    assert code == 0 and "H2" in err, err


def _project_with_bad_rows(tmp_path, hazard_geom, release_geom=None):
    """A project whose hazard H-2 (and release R-2) another program rewrote with ``*_geom``."""
    from minedesk.exchange import import_project

    h = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), square(X0 + 500, Y0, 100)], {"HAZ_ID": ["H-1", "H-2"]})
    r = write_layer(tmp_path / "r.shp", [square(X0, Y0, 50), square(X0 + 500, Y0, 50)],
                    {"CLR_ID": ["R-1", "R-2"], "HAZ_ID": ["H-1", "H-2"], "RELEASE": ["cleared", "cleared"]})
    path, _ = import_project(tmp_path / "p.gpkg", h, r)
    con = sqlite3.connect(path)
    con.create_function("ST_IsEmpty", 1, lambda b: 0)  # the GeoPackage's R-tree triggers, as GDAL has them
    for name in ("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
        con.create_function(name, 1, lambda b: 0.0)
    srs = con.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name='hazards'").fetchone()[0]
    blob = b"GP\x00\x01" + struct.pack("<i", srs) + shapely.to_wkb(hazard_geom, byte_order=1)
    con.execute("UPDATE hazards SET geom=? WHERE hazard_id='H-2'", (blob,))
    if release_geom is not None:
        blob = b"GP\x00\x01" + struct.pack("<i", srs) + shapely.to_wkb(release_geom, byte_order=1)
        con.execute("UPDATE releases SET geom=? WHERE release_id='R-2'", (blob,))
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("bad", [np.nan, np.inf, 60_000_000.0, 1e300])
def test_bad_coordinates_in_a_project_are_findings(tmp_path, run_cli, bad):
    with np.errstate(invalid="ignore"):
        geom = shapely.Polygon([(X0 + 500, Y0), (bad, Y0), (X0 + 500, Y0 + 100)])
    path = _project_with_bad_rows(tmp_path, geom, geom)
    before = tree_hash(tmp_path)
    result = tally_json(run_cli, path)
    # the row stays a hazard of the project (as one with a null shape does), its area is not counted
    assert result["total_ha"] == pytest.approx(1.0, rel=1e-3)
    assert result["released_ha"] == pytest.approx(0.25, rel=1e-3)
    assert any(w.startswith("H-2: coordinates") for w in result["warnings"]), result["warnings"]
    assert any(w.startswith("R-2: coordinates") for w in result["warnings"]), result["warnings"]
    code, out, err = run_cli("check", path, "--json")
    assert code == 1, err
    ids = {f["id"] for f in json.loads(out)["findings"]}
    assert {"H-2", "R-2"} <= ids
    assert tree_hash(tmp_path) == before


def test_project_opened_with_rows_beyond_the_poles(tmp_path):
    from minedesk.exchange import open_source

    geom = shapely.Polygon([(X0 + 500, Y0), (X0 + 600, 9e7), (X0 + 500, Y0 + 100)])
    project = open_source(_project_with_bad_rows(tmp_path, geom), readonly=True, files=False)
    try:
        assert project.engine.totals().total_ha == pytest.approx(1.0, rel=1e-3)
        assert any(f.label == "H-2" and "coordinates" in f.kind for f in project.warnings)
    finally:
        project.store.close()
