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
@pytest.mark.parametrize("typo", [60_000_000.0, 1e300, -1e300, 1.7e308])
def test_coordinate_typo_is_a_finding(tmp_path, run_cli, typo):
    bad = shapely.Polygon([(X0, Y0), (typo, Y0), (typo, Y0 + 50), (X0, Y0 + 100)])  # two: their sum overflows
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


@pytest.mark.parametrize("geometry", [
    f"POLYGON (({X0} {Y0}, 1e300 {Y0}, {X0} {Y0 + 100}, {X0} {Y0}))",
    f"POLYGON (({X0} {Y0}, 60000000 {Y0}, {X0} {Y0 + 100}, {X0} {Y0}))",
    '{"type": "Polygon", "coordinates": [[[46.9, 39.9], [46.91, 95], [46.9, 39.91], [46.9, 39.9]]]}',
])
def test_release_geometry_with_a_typo_is_refused(tmp_path, run_cli, geometry):
    from minedesk.exchange import import_project

    h = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100)], {"HAZ_ID": ["H-1"]})
    path, _ = import_project(tmp_path / "p.gpkg", h)
    before = path.read_bytes()
    one_line_error(run_cli, "release", path, "--hazard", "H-1", "--category", "cleared", "--geometry", geometry,
                   words=("--geometry", "correct the coordinates"))
    assert path.read_bytes() == before


def _project_with_bad_rows(tmp_path, hazard_geom, release_geom=None, before_damage=None):
    """A project whose hazard H-2 (and release R-2) another program rewrote with ``*_geom``
    (after ``before_damage(path)``, when given)."""
    from minedesk.exchange import import_project

    h = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), square(X0 + 500, Y0, 100)], {"HAZ_ID": ["H-1", "H-2"]})
    r = write_layer(tmp_path / "r.shp", [square(X0, Y0, 50), square(X0 + 500, Y0, 50)],
                    {"CLR_ID": ["R-1", "R-2"], "HAZ_ID": ["H-1", "H-2"], "RELEASE": ["cleared", "cleared"]})
    path, _ = import_project(tmp_path / "p.gpkg", h, r)
    if before_damage is not None:
        before_damage(path)
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


@pytest.mark.parametrize("bad", [np.nan, np.inf, 60_000_000.0, "no area"])
def test_a_task_order_or_completion_report_for_an_unplaceable_hazard_is_one_line(tmp_path, run_cli, bad):
    """The hazard stays in the project but out of the figures: it has no outline to give a team."""
    pytest.importorskip("PySide6.QtGui")
    with np.errstate(invalid="ignore"):
        geom = (shapely.Polygon([(X0 + 500, Y0), (X0 + 600, Y0), (X0 + 500, Y0)]) if bad == "no area"
                else shapely.Polygon([(X0 + 500, Y0), (bad, Y0), (X0 + 500, Y0 + 100)]))

    def issue(path):  # an order issued while H-2 was sound, for its completion report
        assert run_cli("task-order", path, "--hazard", "H-2", "-o", tmp_path / "issued.pdf")[0] == 0

    path = _project_with_bad_rows(tmp_path, geom, before_damage=issue)
    before = tree_hash(tmp_path)
    task = sqlite3.connect(path).execute("SELECT task_id FROM task_orders").fetchone()[0]
    for args in (["task-order", path, "--hazard", "H-2"], ["task-order", path, "--task", task],
                 ["completion-report", path, "--task", task]):
        code, out, err = run_cli(*args, "-o", tmp_path / "new.pdf")
        assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, (args, err)
        assert "p.gpkg" in err and "H-2" in err, err
        assert not (tmp_path / "new.pdf").exists()
    assert tree_hash(tmp_path) == before  # and no order recorded
    code, out, err = run_cli("task-order", path, "--hazard", "H-1", "-o", tmp_path / "t.pdf")
    assert code == 0, err


def test_project_whose_every_row_is_unplaceable_still_opens(tmp_path, run_cli):
    """A project's CRS was checked on import: its rows are reported, so they can be mended."""
    path = _project_with_bad_rows(tmp_path, shapely.Polygon([(X0, Y0), (1e300, Y0), (X0, Y0 + 100)]))
    con = sqlite3.connect(path)
    con.execute("DELETE FROM hazards WHERE hazard_id='H-1'")
    con.commit()
    con.close()
    result = tally_json(run_cli, path)
    assert result["total_ha"] == 0 and any(w.startswith("H-2: coordinates") for w in result["warnings"])


def test_project_opened_with_rows_beyond_the_poles(tmp_path):
    from minedesk.exchange import open_source

    geom = shapely.Polygon([(X0 + 500, Y0), (X0 + 600, 9e7), (X0 + 500, Y0 + 100)])
    project = open_source(_project_with_bad_rows(tmp_path, geom), readonly=True, files=False)
    try:
        assert project.engine.totals().total_ha == pytest.approx(1.0, rel=1e-3)
        assert any(f.label == "H-2" and "coordinates" in f.kind for f in project.warnings)
    finally:
        project.store.close()


# --------------------------------------------------------------------------- 5. zip bombs, headerless indexes
def _zip(path, members: dict):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            if isinstance(data, Path):
                zf.write(data, name)
            else:
                zf.writestr(name, data)
    return path


def test_zip_bomb_is_refused_from_the_directory_unread(sample_copy, tmp_path, run_cli, monkeypatch):
    z = tmp_path / "bomb.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        for ext in ("shp", "dbf", "prj", "cpg"):
            zf.write(sample_copy / f"hazards.{ext}", f"hazards.{ext}")
        with zf.open("hazards.shx", "w") as fh:  # 64 MiB of zeros: a 64 kB member
            for _ in range(64):
                fh.write(bytes(2**20))
    assert z.stat().st_size < 2**20
    opened = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, name, *a, **k: (
        opened.append(getattr(name, "filename", name)), real_open(self, name, *a, **k))[1])
    line = one_line_error(run_cli, "tally", z, words=("bomb.zip!hazards.shx", "refused"))
    assert "67,108,864" in line
    assert opened == []  # nothing read: the sizes come from the archive's directory


def test_zero_filled_index_is_corrupt_not_nulls(sample_copy, tmp_path, run_cli):
    shx = sample_copy / "hazards.shx"
    shx.write_bytes(bytes(shx.stat().st_size))
    before = tree_hash(sample_copy)
    one_line_error(run_cli, "tally", sample_copy / "hazards.shp", words=("hazards.shx", "zero-filled"))
    one_line_error(run_cli, "check", sample_copy / "hazards.shp", words=("hazards.shx", "zero-filled"))
    z = _zip(tmp_path / "z.zip", {f"hazards.{e}": sample_copy / f"hazards.{e}" for e in ("shp", "shx", "dbf", "prj")})
    one_line_error(run_cli, "tally", z, words=("z.zip!hazards.shx", "zero-filled"))
    assert tree_hash(sample_copy) == before


def test_zero_filled_shp_is_corrupt(sample_copy, run_cli):
    shp = sample_copy / "hazards.shp"
    shp.write_bytes(bytes(shp.stat().st_size))
    one_line_error(run_cli, "tally", shp, words=("hazards.shp", "not a valid shapefile", "zero-filled"))


@pytest.mark.parametrize("damage", ["code", "length", "entries", "shp_length"])
def test_headerless_index_or_shapefile_is_corrupt(sample_copy, run_cli, damage):
    shx, shp = sample_copy / "hazards.shx", sample_copy / "hazards.shp"
    data = bytearray((shp if damage == "shp_length" else shx).read_bytes())
    if damage == "code":
        data[:4] = struct.pack(">i", 1234)
    elif damage == "length":
        data[24:28] = struct.pack(">i", len(data) // 2 + 40)
    elif damage == "entries":  # a sound header over a zeroed index: every record at offset 0
        data[100:] = bytes(len(data) - 100)
    else:  # the .shp says it is shorter than it is
        data[24:28] = struct.pack(">i", len(data) // 2 - 4000)
    (shp if damage == "shp_length" else shx).write_bytes(bytes(data))
    name = "hazards.shp" if damage == "shp_length" else "hazards.shx"
    line = one_line_error(run_cli, "tally", shp, words=(name,))
    assert "null" not in line


# --------------------------------------------------------------------------- 6. damaged attribute tables
DBF_DAMAGE = {
    "empty": lambda d: b"",
    "31 bytes": lambda d: d[:31],
    "100 bytes": lambda d: d[:100],
    "288 bytes": lambda d: d[:288],
    "header only": lambda d: d[:d.index(b"\r") + 1],
    "cut short": lambda d: d[:-1000],
    "random bytes": lambda d: np.random.default_rng(11).bytes(len(d)),
    "zero-filled": lambda d: bytes(len(d)),
    "record count": lambda d: d[:4] + struct.pack("<I", struct.unpack("<I", d[4:8])[0] - 1) + d[8:],
    "field widths": lambda d: d[:10] + struct.pack("<H", struct.unpack("<H", d[10:12])[0] + 3) + d[12:],
}


@pytest.mark.parametrize("damage", list(DBF_DAMAGE))
def test_damaged_dbf_is_an_error_not_no_attributes(sample_copy, run_cli, damage):
    dbf = sample_copy / "clearance.dbf"
    dbf.write_bytes(DBF_DAMAGE[damage](dbf.read_bytes()))
    before = tree_hash(sample_copy)
    args = (sample_copy / "hazards.shp", "--releases", sample_copy / "clearance.shp")
    line = one_line_error(run_cli, "tally", *args, words=("clearance.dbf", "copy"))
    assert "--category" not in line  # not read as a table without columns
    one_line_error(run_cli, "check", *args, words=("clearance.dbf",))
    assert tree_hash(sample_copy) == before


def test_padding_after_the_records_changes_nothing(sample_copy, run_cli):
    """Bytes past the last record (some writers pad; GDAL reads by the index and the header's
    count) are tolerated: the figures are the undamaged file's, to the last digit."""
    args = ("tally", sample_copy / "hazards.shp", "--releases", sample_copy / "clearance.shp", "--json")
    code, clean, _ = run_cli(*args)
    assert code == 0
    for name in ("clearance.dbf", "clearance.shp", "hazards.shp"):
        part = sample_copy / name
        part.write_bytes(part.read_bytes() + b"\x1a" + bytes(300))
    code, padded, err = run_cli(*args)
    assert code == 0, err
    assert json.loads(padded) == json.loads(clean)


@pytest.mark.parametrize("kind", [b"\x00", b"Z"])
def test_dbf_field_of_no_known_type_is_refused(sample_copy, run_cli, kind):
    """A field descriptor whose type byte is no dBASE type is damage, not a text column."""
    dbf = sample_copy / "clearance.dbf"
    data = bytearray(dbf.read_bytes())
    data[32 + 11] = kind[0]  # the first field's type
    dbf.write_bytes(bytes(data))
    one_line_error(run_cli, "tally", sample_copy / "hazards.shp", "--releases", sample_copy / "clearance.shp",
                   words=("clearance.dbf", "field", "type"))


def _dbf_cell(dbf, record: int, field: str):
    """(offset, width) of a cell of a .dbf, from its header."""
    data = dbf.read_bytes()
    header_len, record_len = struct.unpack("<HH", data[8:12])
    at, start = 32, 1
    while data[at] != 0x0D:
        name, width = data[at:at + 11].split(b"\0", 1)[0].decode(), data[at + 16]
        if name == field:
            return header_len + record * record_len + start, width
        start += width
        at += 32
    raise KeyError(field)


def test_deleted_record_and_garbage_number_are_findings(tmp_path, run_cli):
    """GDAL skips a record flagged deleted and reads a number cell holding garbage as what it can,
    both without a word: MineDesk names them, so the changed figures are never silent."""
    hazards = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), square(X0 + 200, Y0, 100)],
                          {"HAZ_ID": ["H-1", "H-2"]})
    releases = write_layer(tmp_path / "r.shp", [square(X0, Y0, 50), square(X0 + 200, Y0, 50)],
                           {"CLR_ID": ["R1", "R2"], "HAZ_ID": ["H-1", "H-2"], "RELEASE": ["cleared", "cleared"],
                            "AP_FOUND": [13, 4]})
    dbf = tmp_path / "r.dbf"
    data = bytearray(dbf.read_bytes())
    at, width = _dbf_cell(dbf, 0, "AP_FOUND")
    data[at + width - 2] = ord("x")  # "13" -> "x3"
    header_len, record_len = struct.unpack("<HH", data[8:12])
    data[header_len + record_len] = ord("*")  # R2 deleted
    dbf.write_bytes(bytes(data))
    code, out, err = run_cli("tally", hazards, "--releases", releases, "--json")
    assert code == 0, err
    warnings = json.loads(out)["warnings"]
    assert any("r.dbf" in w and "record 2" in w and "deleted" in w for w in warnings), warnings
    assert any("record 1" in w and "AP_FOUND" in w and "'x3'" in w for w in warnings), warnings
    code, out, _ = run_cli("check", hazards, "--releases", releases)
    assert code == 1 and "deleted record" in out and "damaged value" in out


def test_dbf_of_another_layer_is_refused(sample_copy, tmp_path, run_cli):
    shutil.copy(sample_copy / "hazards.dbf", sample_copy / "clearance.dbf")
    one_line_error(run_cli, "tally", sample_copy / "hazards.shp", "--releases", sample_copy / "clearance.shp",
                   words=("clearance.dbf", "250", "349"))
    z = _zip(tmp_path / "c.zip", {"clearance.shp": sample_copy / "clearance.shp",
                                  "clearance.shx": sample_copy / "clearance.shx",
                                  "clearance.dbf": sample_copy / "hazards.dbf"})
    one_line_error(run_cli, "tally", sample_copy / "hazards.shp", "--releases", z, words=("c.zip!clearance.dbf",))


def test_sound_dbf_variants_still_read(tmp_path, run_cli):
    """What GDAL writes: no attributes but its FID column, long text fields, no EOF marker."""
    p = write_layer(tmp_path / "bare.shp", [square(X0, Y0, 100)])
    assert tally_json(run_cli, p)["hazards"] == 1
    p = write_layer(tmp_path / "long.shp", [square(X0, Y0, 100)], {"HAZ_ID": ["A"], "NOTE": ["x" * 254]})
    assert tally_json(run_cli, p)["hazards"] == 1
    dbf = p.with_suffix(".dbf")
    data = dbf.read_bytes()
    dbf.write_bytes(data[:-1] if data.endswith(b"\x1a") else data + b"\x1a")
    assert tally_json(run_cli, p)["hazards"] == 1


# --------------------------------------------------------------------------- 11. same name, two folders
def test_zip_layers_are_named_by_their_path(sample_copy, tmp_path, run_cli):
    from minedesk import io

    members = {}
    for ext in ("shp", "shx", "dbf", "prj", "cpg"):
        members[f"survey/hazards.{ext}"] = sample_copy / f"hazards.{ext}"
        members[f"clearance/hazards.{ext}"] = sample_copy / f"clearance.{ext}"  # clearance data, same name
    z = _zip(tmp_path / "data.zip", members)
    one_line_error(run_cli, "tally", z, words=("data.zip", "several layers", "clearance/hazards, survey/hazards"))
    one_line_error(run_cli, "tally", z, "--layer", "hazards",
                   words=("several layers named 'hazards'", "clearance/hazards, survey/hazards", "--layer"))
    assert tally_json(run_cli, z, "--layer", "survey/hazards")["hazards"] == 250
    result = tally_json(run_cli, z, "--layer", "survey/hazards", "--releases", z, "--releases-layer",
                        "clearance/hazards.shp")
    assert result["released_ha"] == pytest.approx(1026.7817, abs=1e-3)
    assert sorted(n for n, _ in io.list_layers(z)) == ["clearance/hazards", "survey/hazards"]
    # a plain name still works where it is unique
    z2 = _zip(tmp_path / "one.zip", {f"data/hazards.{e}": sample_copy / f"hazards.{e}" for e in ("shp", "shx", "dbf", "prj")})
    assert tally_json(run_cli, z2, "--layer", "hazards")["hazards"] == 250


def test_a_part_named_in_another_case_is_one_line_not_no_attributes(sample_copy, tmp_path, run_cli):
    """GDAL finds a shapefile's parts only as STEM.ext or STEM.EXT: a DATA.DBF beside data.shp is
    no table to it (ids lost, every release linked by location), so it must not pass the checks."""
    folder = tmp_path / "plain"
    folder.mkdir()
    for ext in ("shp", "shx", "prj", "cpg"):
        shutil.copy(sample_copy / f"hazards.{ext}", folder / f"data.{ext}")
    shutil.copy(sample_copy / "hazards.dbf", folder / "DATA.DBF")
    one_line_error(run_cli, "tally", folder / "data.shp", words=("DATA.DBF", "rename", "data.dbf"))
    (folder / "DATA.DBF").rename(folder / "data.DBF")  # as GDAL finds it
    assert tally_json(run_cli, folder / "data.shp")["hazards"] == 250
    mixed = tmp_path / "mixed.zip"
    with zipfile.ZipFile(mixed, "w") as z:
        for ext in ("shp", "shx", "prj", "cpg"):
            z.write(sample_copy / f"hazards.{ext}", f"data.{ext}")
        z.write(sample_copy / "hazards.dbf", "DATA.DBF")
    one_line_error(run_cli, "tally", mixed, words=("DATA.DBF", "rename"))
    both = tmp_path / "both.zip"  # two layers whose names differ only in case: each its own parts
    with zipfile.ZipFile(both, "w") as z:
        for ext in ("shp", "shx", "dbf", "prj", "cpg"):
            z.write(sample_copy / f"hazards.{ext}", f"data.{ext}")
            z.write(sample_copy / f"clearance.{ext}", f"DATA.{ext}")
    assert tally_json(run_cli, both, "--layer", "data")["hazards"] == 250
    assert tally_json(run_cli, both, "--layer", "DATA")["hazards"] == 349


# --------------------------------------------------------------------------- 12. unknown GeoJSON CRS
@pytest.mark.parametrize("member", [
    {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::999999"}},
    {"type": "name", "properties": {"name": "EPSG:999999"}},
    {"type": "EPSG", "properties": {"code": 999999}},
    {"properties": {"name": "urn:ogc:def:crs:EPSG::999999"}, "type": "name"},
])
def test_unknown_geojson_crs_is_refused(tmp_path, run_cli, member):
    p = geojson(tmp_path / "h.geojson", [lonlat_square(46.9, 39.9)], crs_member=member)
    one_line_error(run_cli, "tally", p, words=("h.geojson", "999999", "crs"))
    # --crs says what the file could not
    assert tally_json(run_cli, p, "--crs", "EPSG:4326")["hazards"] == 1


def test_unknown_crs_after_the_features_and_in_a_zip(tmp_path, run_cli):
    p = geojson(tmp_path / "h.geojson", [lonlat_square(46.9, 39.9)])
    p.write_text(p.read_text()[:-1] + ',"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::999999"}}}')
    one_line_error(run_cli, "tally", p, words=("h.geojson", "999999"))
    z = _zip(tmp_path / "g.zip", {"h.geojson": p.read_bytes()})
    one_line_error(run_cli, "tally", z, words=("g.zip!h.geojson", "999999"))


def test_known_geojson_crs_is_used(tmp_path, run_cli):
    p = geojson(tmp_path / "h.geojson", [utm_square(X0, Y0)],
                crs_member={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32638"}})
    assert tally_json(run_cli, p)["total_ha"] == pytest.approx(1.0, rel=1e-3)


# --------------------------------------------------------------------------- 13. unreadable files
def _unprivileged():
    """How to run a command that file permissions apply to (root ignores them), or skip."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    prefix = [setpriv, "--inh-caps=-all", "--bounding-set=-all"]
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"setpriv cannot drop capabilities here ({probe.stderr.decode().strip()})")
    return prefix


def _run_as_user(prefix, *args):
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.run([*prefix, sys.executable, *map(str, args)], capture_output=True, text=True, env=env,
                          cwd=str(REPO))
    return proc.returncode, proc.stdout, proc.stderr


def _assert_unreadable_line(result, name):
    code, out, err = result
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert name in err and "permission denied" in err, err


@pytest.mark.parametrize("target", ["hazards.shp", "hazards.shx", "hazards.dbf", "hazards.prj", "folder"])
def test_unreadable_shapefile_parts(sample_copy, tmp_path, target):
    prefix = _unprivileged()
    victim = sample_copy if target == "folder" else sample_copy / target
    mode = victim.stat().st_mode
    victim.chmod(0)
    try:
        for command in (["tally"], ["check"], ["import", "-o", tmp_path / "p.gpkg"]):
            result = _run_as_user(prefix, "-m", "minedesk", command[0], sample_copy / "hazards.shp", *command[1:])
            _assert_unreadable_line(result, "hazards.shp" if target == "folder" else target)
        assert not (tmp_path / "p.gpkg").exists()
    finally:
        victim.chmod(mode)


@pytest.mark.parametrize("kind", ["gpkg", "geojson", "zip", "project"])
def test_unreadable_files_of_each_kind(sample_copy, tmp_path, kind):
    from minedesk.exchange import import_project

    prefix = _unprivileged()
    if kind == "gpkg":
        path = write_layer(tmp_path / "h.gpkg", [square(X0, Y0, 100)], {"HAZ_ID": ["A"]})
    elif kind == "geojson":
        path = geojson(tmp_path / "h.geojson", [lonlat_square(46.9, 39.9)])
    elif kind == "zip":
        path = _zip(tmp_path / "h.zip", {f"hazards.{e}": sample_copy / f"hazards.{e}" for e in ("shp", "shx", "dbf")})
    else:
        path, _ = import_project(tmp_path / "p.gpkg", sample_copy / "hazards.shp")
    for folder in (False, True):
        victim = path.parent if folder else path
        victim.chmod(0)
        try:
            for command in (["tally"], ["check"]):
                _assert_unreadable_line(_run_as_user(prefix, "-m", "minedesk", *command, path), path.name)
            code = ("import sys\nfrom minedesk.core.errors import InputError\nfrom minedesk.exchange import open_source\n"
                    f"try:\n    open_source({str(path)!r})\nexcept InputError as err:\n"
                    "    print('minedesk: ' + err.message, file=sys.stderr)\n    sys.exit(2)\n")
            _assert_unreadable_line(_run_as_user(prefix, "-c", code), path.name)
        finally:
            victim.chmod(0o755 if folder else 0o644)
