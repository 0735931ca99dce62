"""Bad input: exit 2, one line on stderr naming the file and what to do, no traceback, files untouched."""

import json
import shutil
import subprocess
import sys
import zipfile

import numpy as np
import pytest
import shapely

from conftest import SAMPLE, X0, Y0, square, tree_hash, write_layer


@pytest.fixture
def sample_copy(tmp_path):
    for p in SAMPLE.glob("hazards.*"):
        shutil.copy(p, tmp_path / p.name)
    for p in SAMPLE.glob("clearance.*"):
        shutil.copy(p, tmp_path / p.name)
    return tmp_path


def assert_one_line_error(run_cli, args, *words):
    code, out, err = run_cli("tally", *args)
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for w in words:
        assert w.lower() in lines[0].lower(), lines[0]
    return lines[0]


def test_missing_shx(sample_copy, run_cli):
    (sample_copy / "hazards.shx").unlink()
    assert_one_line_error(run_cli, [sample_copy / "hazards.shp"], "hazards.shp", ".shx", "missing", "copy")


def test_missing_dbf(sample_copy, run_cli):
    (sample_copy / "hazards.dbf").unlink()
    assert_one_line_error(run_cli, [sample_copy / "hazards.shp"], "hazards.shp", ".dbf", "missing")


def test_truncated_shp_is_not_read_as_nulls(sample_copy, run_cli):
    shp = sample_copy / "hazards.shp"
    data = shp.read_bytes()
    shp.write_bytes(data[: len(data) // 2])
    before = tree_hash(sample_copy)
    assert_one_line_error(run_cli, [shp], "hazards.shp", "truncated", "records")
    assert tree_hash(sample_copy) == before


def test_truncated_shp_inside_a_zip(sample_copy, tmp_path_factory, run_cli):
    z = tmp_path_factory.mktemp("zipped") / "h.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for ext in ("shx", "dbf", "prj", "cpg"):
            zf.write(sample_copy / f"hazards.{ext}", f"hazards.{ext}")
        data = (sample_copy / "hazards.shp").read_bytes()
        zf.writestr("hazards.shp", data[: len(data) - 3000])
    assert_one_line_error(run_cli, [z], "h.zip!hazards.shp", "truncated", "records")


def test_corrupt_shp(sample_copy, run_cli):
    (sample_copy / "hazards.shp").write_bytes(bytes(range(256)) * 40)
    assert_one_line_error(run_cli, [sample_copy / "hazards.shp"], "hazards.shp", "not a valid shapefile")


@pytest.mark.parametrize("name", ["junk.gpkg", "junk.geojson"])
def test_corrupt_or_cut_files(tmp_path, run_cli, name):
    p = tmp_path / name
    p.write_bytes(b'{"type": "FeatureCollection", "features": [{"type": "Fea' if name.endswith("json")
                  else b"SQLite format 3\x00" + bytes(3000))
    assert_one_line_error(run_cli, [p], name)


def test_not_polygons(tmp_path, run_cli):
    p = tmp_path / "roads.geojson"
    p.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[46, 40], [46.1, 40]]}}]}))
    assert_one_line_error(run_cli, [p], "roads.geojson", "LineString", "not polygons")


def test_point_layer_in_a_geopackage(tmp_path, run_cli):
    from pyogrio.raw import write

    p = tmp_path / "finds.gpkg"
    write(str(p), np.array([shapely.to_wkb(shapely.Point(X0, Y0))], dtype=object), [], [],
          driver="GPKG", geometry_type="Point", crs="EPSG:32638", layer="finds")
    assert_one_line_error(run_cli, [p], "finds.gpkg", "Point", "not polygons")


def test_no_crs_asks_for_crs(sample_copy, run_cli):
    (sample_copy / "hazards.prj").unlink()
    assert_one_line_error(run_cli, [sample_copy / "hazards.shp"], "hazards.shp", "--crs")
    code, out, _ = run_cli("tally", sample_copy / "hazards.shp", "--crs", "EPSG:32638", "--json")
    assert code == 0 and json.loads(out)["hazards"] == 250


def test_bad_crs_value(sample_copy, run_cli):
    assert_one_line_error(run_cli, [sample_copy / "hazards.shp", "--crs", "EPSG:999999"], "--crs", "EPSG")


UNKNOWN_METHOD = ('PROJCS["x",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],'
                  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_\x01ercator"],'
                  'UNIT["Meter",1.0]]')


def test_a_crs_proj_reads_but_cannot_convert_is_one_line(sample_copy, run_cli):
    """A damaged .prj (one byte of the projection's name; found by the CLI fuzz), or --crs alike."""
    prj = sample_copy / "hazards.prj"
    good = prj.read_bytes()
    prj.write_bytes(good.replace(b"Transverse_Mercator", b"Transverse_\x01ercator"))
    for command in ("tally", "check"):
        code, out, err = run_cli(command, sample_copy / "hazards.shp")
        assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
        assert "hazards.shp" in err and "cannot convert" in err, err
    prj.write_bytes(good)
    assert_one_line_error(run_cli, [sample_copy / "hazards.shp", "--crs", UNKNOWN_METHOD], "--crs", "cannot convert")


def test_wrong_encoding_declared(tmp_path, run_cli):
    write_layer(tmp_path / "h.shp", [square(X0, Y0, 100)], {"HAZ_ID": ["Шуша-1"]}, encoding="cp1251")
    (tmp_path / "h.cpg").write_text("UTF-8")
    line = assert_one_line_error(run_cli, [tmp_path / "h.shp"], "h.shp", "encoding", "--encoding")
    assert "cp1251" in line
    code, out, _ = run_cli("tally", tmp_path / "h.shp", "--encoding", "cp1251", "--by", "HAZ_ID", "--json")
    assert code == 0 and list(json.loads(out)["groups"]) == ["Шуша-1"]


def test_missing_cpg_is_a_warning_not_silence(tmp_path, run_cli):
    write_layer(tmp_path / "h.shp", [square(X0, Y0, 100)], {"HAZ_ID": ["Шуша-1"]}, encoding="cp1251")
    (tmp_path / "h.cpg").unlink()
    code, out, _ = run_cli("tally", tmp_path / "h.shp", "--json")
    assert code == 0
    assert any("encoding" in w for w in json.loads(out)["warnings"])


def test_zip_with_several_layers_needs_layer(sample_copy, run_cli, tmp_path_factory):
    z = tmp_path_factory.mktemp("zipped") / "data.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for p in sorted(sample_copy.iterdir()):
            zf.write(p, p.name)
    assert_one_line_error(run_cli, [z], "data.zip", "several layers", "--layer")
    assert_one_line_error(run_cli, [z, "--layer", "roads"], "roads", "--layer")
    code, out, _ = run_cli("tally", z, "--layer", "hazards", "--releases", z, "--releases-layer", "clearance", "--json")
    assert code == 0 and json.loads(out)["released_ha"] > 0


def test_zip_missing_part(sample_copy, tmp_path_factory, run_cli):
    z = tmp_path_factory.mktemp("zipped") / "h.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for ext in ("shp", "dbf", "prj"):
            zf.write(sample_copy / f"hazards.{ext}", f"hazards.{ext}")
    assert_one_line_error(run_cli, [z], "h.zip", ".shx", "missing")


def test_not_a_zip(tmp_path, run_cli):
    (tmp_path / "h.zip").write_bytes(b"not a zip at all")
    assert_one_line_error(run_cli, [tmp_path / "h.zip"], "h.zip", "zip")


def test_missing_file_and_wrong_type(tmp_path, run_cli):
    assert_one_line_error(run_cli, [tmp_path / "none.shp"], "none.shp", "no such file")
    (tmp_path / "notes.txt").write_text("hello")
    assert_one_line_error(run_cli, [tmp_path / "notes.txt"], "notes.txt", ".shp")


def test_release_layer_without_category_needs_category(sample_copy, tmp_path, run_cli):
    rel = write_layer(tmp_path / "r.shp", [square(X0, Y0, 10)], {"HAZ_ID": ["x"]})
    assert_one_line_error(run_cli, [sample_copy / "hazards.shp", "--releases", rel], "r.shp", "--category")
    code, out, err = run_cli("tally", sample_copy / "hazards.shp", "--releases", rel, "--category", "cleared")
    assert code == 0


def test_unknown_mapped_column(sample_copy, run_cli):
    assert_one_line_error(run_cli, [sample_copy / "hazards.shp", "--hazard-id", "NOPE"], "NOPE", "columns are")
    assert_one_line_error(run_cli, [sample_copy / "hazards.shp", "--by", "NOPE"], "NOPE")


def test_non_numeric_device_count(sample_copy, tmp_path, run_cli):
    rel = write_layer(tmp_path / "r.shp", [square(X0, Y0, 10)], {"RELEASE": ["cleared"], "AP_FOUND": ["many"]})
    assert_one_line_error(run_cli, [sample_copy / "hazards.shp", "--releases", rel], "r.shp", "AP_FOUND", "many")


def test_invalid_and_null_geometries_are_reported_not_fatal(tmp_path, run_cli):
    bow = shapely.Polygon([(X0, Y0), (X0 + 100, Y0 + 100), (X0 + 100, Y0), (X0, Y0 + 100), (X0, Y0)])
    p = write_layer(tmp_path / "h.shp", [bow, None, square(X0, Y0 + 500, 100)], {"HAZ_ID": ["BOW", "NUL", "OK"]})
    before = tree_hash(tmp_path)
    code, out, _ = run_cli("tally", p, "--json")
    assert code == 0
    result = json.loads(out)
    assert result["hazards"] == 2
    assert result["total_ha"] == pytest.approx(1.0 + 0.5, rel=5e-3)  # both lobes of the bow-tie kept
    assert any(w.startswith("BOW: invalid geometry repaired") for w in result["warnings"])
    assert any(w.startswith("NUL: null geometry") for w in result["warnings"])
    assert tree_hash(tmp_path) == before


def test_real_process_exit_code_and_no_traceback(tmp_path):
    (tmp_path / "x.gpkg").write_bytes(b"garbage")
    proc = subprocess.run([sys.executable, "-m", "minedesk", "tally", str(tmp_path / "x.gpkg")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "x.gpkg" in proc.stderr and "Traceback" not in proc.stderr
