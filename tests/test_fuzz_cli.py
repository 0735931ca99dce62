"""Fuzzing the command line with damaged files and odd option values (issue 11).

Every run must end with exit 0 (``check``: 0 or 1) or exit 2 with exactly one line on stderr;
never a traceback (an exception out of ``main``), never a changed input, never NaN, Infinity or a
negative figure. Exit 0 on damaged data is allowed only when the figures equal the undamaged
file's, or when findings are reported, or when the damage only rewrote values a file may
legitimately hold (a coordinate, an attribute value, a parameter of the .prj): such a file is a
different, valid file, and nothing can tell it from the original. Damage to the structure (the
headers, record lengths, part and point counts, the index, the table's layout) must never pass
unnoticed with different figures.
"""

from __future__ import annotations

import json
import math
import shutil
import struct
from pathlib import Path

import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import X0, Y0, square, tree_hash, write_layer

EXTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _strict_json(text: str) -> dict:
    def refuse(name):
        raise AssertionError(f"not JSON: {name} in the output")

    return json.loads(text, parse_constant=refuse)


def _assert_figures_sane(obj: dict) -> None:
    numbers = [obj["total_ha"], obj["released_ha"], obj["remaining_ha"], *obj["released_by_category_ha"].values()]
    for x in numbers:
        assert math.isfinite(x) and x >= 0, obj
    assert obj["released_ha"] <= obj["total_ha"] * (1 + 1e-9) + 1e-9, obj
    assert abs(obj["total_ha"] - obj["released_ha"] - obj["remaining_ha"]) <= 2e-4, obj  # figures are printed to 1e-4 ha
    for v in obj["devices"].values():
        assert isinstance(v, int) and v >= 0, obj


def _figures(obj: dict) -> tuple:
    return (obj["hazards"], round(obj["total_ha"], 6), round(obj["released_ha"], 6),
            tuple(round(v, 6) for v in obj["released_by_category_ha"].values()), tuple(sorted(obj["devices"].items())))


def _assert_one_line(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("minedesk: "), err
    assert "Traceback" not in err


# --------------------------------------------------------------------------- where values live
def _shp_value_ranges(data: bytes) -> list[tuple[int, int]]:
    """Byte ranges of a polygon .shp that hold coordinates (the points of each record)."""
    ranges, pos = [], 100
    while pos + 8 <= len(data):
        length = struct.unpack(">i", data[pos + 4: pos + 8])[0] * 2
        body = pos + 8
        if struct.unpack("<i", data[body: body + 4])[0] in (5, 15, 25):
            parts, points = struct.unpack("<ii", data[body + 36: body + 44])
            start = body + 44 + 4 * parts
            ranges.append((start, start + 16 * points))
        pos = body + length
    return ranges


def _dbf_value_ranges(data: bytes) -> list[tuple[int, int]]:
    """Byte ranges of a .dbf that hold field values (not the deletion flag of each record) or
    field names (a renamed column is another valid table: at worst a column is not recognised)."""
    n, header, record = struct.unpack("<IHH", data[4:12])
    names = [(32 + 32 * i, 32 + 32 * i + 10) for i in range((header - 33) // 32)]
    return names + [(header + i * record + 1, header + (i + 1) * record) for i in range(n)]


def _inside(ranges, start: int, stop: int) -> bool:
    return any(a <= start and stop <= b for a, b in ranges)


# --------------------------------------------------------------------------- the data
@pytest.fixture(scope="module")
def originals(tmp_path_factory):
    """A small shapefile pair, so that random damage often hits structure, and its figures."""
    from minedesk.cli import main

    folder = tmp_path_factory.mktemp("fuzz-originals")
    holed = shapely.Polygon(square(X0 + 400, Y0, 120).exterior.coords,
                            [square(X0 + 440, Y0 + 40, 20).exterior.coords])
    write_layer(folder / "hazards.shp",
                [square(X0, Y0, 100), square(X0 + 200, Y0, 100), holed,
                 shapely.MultiPolygon([square(X0, Y0 + 300, 50), square(X0 + 100, Y0 + 300, 50)])],
                {"HAZ_ID": ["H-1", "H-2", "H-3", "H-4"], "DISTRICT": ["Ağdam", "Füzuli", "Ağdam", "Tərtər"]},
                encoding="UTF-8")
    write_layer(folder / "releases.shp",
                [shapely.box(X0, Y0, X0 + 50, Y0 + 100), shapely.box(X0 + 200, Y0, X0 + 300, Y0 + 100),
                 shapely.box(X0 + 400, Y0, X0 + 460, Y0 + 120), square(X0, Y0 + 300, 50)],
                {"CLR_ID": ["R1", "R2", "R3", "R4"], "HAZ_ID": ["H-1", "H-2", "H-3", "H-4"],
                 "RELEASE": ["cleared", "reduced", "cancelled", "cleared"], "AP_FOUND": [3, 0, 1, 2],
                 "UXO_FOUND": [0, 4, 0, 1]}, encoding="UTF-8")
    args = ["tally", folder / "hazards.shp", "--releases", folder / "releases.shp", "--json"]
    import io
    from contextlib import redirect_stderr, redirect_stdout

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        assert main([str(a) for a in args]) == 0, err.getvalue()
    clean = _strict_json(out.getvalue())
    assert clean["warnings"] == [] and clean["hazards"] == 4
    return folder, clean


def _copy(folder: Path, dest: Path) -> Path:
    dest.mkdir()
    for p in folder.iterdir():
        shutil.copy(p, dest / p.name)
    return dest


damage = st.fixed_dictionaries({
    "layer": st.sampled_from(["hazards", "releases"]),
    "ext": st.sampled_from(EXTS),
    "how": st.sampled_from(["flip", "overwrite", "zero", "truncate", "append", "empty", "delete"]),
    "where": st.floats(0, 1, allow_nan=False),
    "size": st.integers(1, 64),
    "payload": st.binary(min_size=1, max_size=64),
})


def _damage(path: Path, d: dict) -> tuple[int, int] | None:
    """Damage ``path`` as ``d`` says; the byte range touched (None: the whole file)."""
    data = bytearray(path.read_bytes())
    at = min(int(d["where"] * len(data)), max(len(data) - 1, 0))
    how = d["how"]
    if how == "delete":
        path.unlink()
        return None
    if how == "empty":
        path.write_bytes(b"")
        return None
    if how == "truncate":
        path.write_bytes(bytes(data[:at]))
        return None
    if how == "append":
        path.write_bytes(bytes(data) + d["payload"])
        return (len(data), len(data) + len(d["payload"]))
    stop = min(at + d["size"], len(data))
    if how == "flip":
        for i in range(at, stop):
            data[i] ^= 0xFF
    elif how == "zero":
        data[at:stop] = bytes(stop - at)
    else:
        chunk = (d["payload"] * (1 + d["size"] // len(d["payload"])))[: stop - at]
        data[at:stop] = chunk
    if bytes(data) == path.read_bytes():
        return (at, at)  # nothing changed (e.g. zeros over zeros)
    path.write_bytes(bytes(data))
    return (at, stop)


@FUZZ
@given(d=damage)
def test_damaged_shapefile(originals, tmp_path_factory, run_cli, d):
    folder, clean = originals
    work = _copy(folder, tmp_path_factory.mktemp("fuzz") / "set")
    target = work / f"{d['layer']}{d['ext']}"
    before_bytes = target.read_bytes()
    touched = _damage(target, d)
    before = tree_hash(work)

    code, out, err = run_cli("tally", work / "hazards.shp", "--releases", work / "releases.shp", "--json")
    assert tree_hash(work) == before, "an input file was changed"
    assert code in (0, 2), (code, out, err)
    if code == 2:
        _assert_one_line(err)
        return
    obj = _strict_json(out)
    _assert_figures_sane(obj)
    if _figures(obj) == _figures(clean) or obj["warnings"]:
        return
    # different figures with no finding: only a legitimate change of values may do that
    if touched is None:
        pytest.fail(f"{d}: the file was cut or removed, yet figures changed without a finding: {obj}")
    start, stop = touched
    if d["ext"] == ".shp" and _inside(_shp_value_ranges(before_bytes), start, stop):
        return
    if d["ext"] == ".dbf" and _inside(_dbf_value_ranges(before_bytes), start, stop):
        return
    if d["ext"] == ".prj":
        return  # a .prj that still parses names another valid CRS
    if d["ext"] == ".cpg":
        return  # another valid encoding names the same ASCII ids the same way
    pytest.fail(f"{d}: structure damaged at bytes {start}-{stop}, figures changed without a finding: {obj}")


@FUZZ
@given(d=damage)
def test_damaged_shapefile_check_and_import(originals, tmp_path_factory, run_cli, d):
    folder, _ = originals
    work = _copy(folder, tmp_path_factory.mktemp("fuzz") / "set")
    _damage(work / f"{d['layer']}{d['ext']}", d)
    before = tree_hash(work)
    code, out, err = run_cli("check", work / "hazards.shp", "--releases", work / "releases.shp", "--json")
    assert code in (0, 1, 2), (code, out, err)
    if code == 2:
        _assert_one_line(err)
    else:
        _strict_json(out)
    out_dir = tmp_path_factory.mktemp("fuzz-out")
    code, out, err = run_cli("import", work / "hazards.shp", "--releases", work / "releases.shp",
                             "-o", out_dir / "p.gpkg")
    assert code in (0, 2), (code, out, err)
    if code == 2:
        _assert_one_line(err)
        assert list(out_dir.iterdir()) == [], "a refused import left files behind"
    assert tree_hash(work) == before, "an input file was changed"


# --------------------------------------------------------------------------- projects
@pytest.fixture(scope="module")
def project_original(originals, tmp_path_factory):
    from minedesk.exchange import import_project

    folder, _ = originals
    path, _ = import_project(tmp_path_factory.mktemp("fuzz-project") / "p.gpkg", folder / "hazards.shp",
                             folder / "releases.shp")
    return path


project_damage = st.fixed_dictionaries({
    "how": st.sampled_from(["flip", "overwrite", "zero", "truncate", "append"]),
    "where": st.floats(0, 1, allow_nan=False),
    "size": st.integers(1, 512),
    "payload": st.binary(min_size=1, max_size=64),
    "command": st.sampled_from(["tally", "check", "history", "export", "report"]),
})


@FUZZ
@given(d=project_damage)
def test_damaged_project(project_original, tmp_path_factory, run_cli, d):
    work = tmp_path_factory.mktemp("fuzz-p")
    project = work / "p.gpkg"
    shutil.copy(project_original, project)
    _damage(project, {**d, "ext": ".gpkg"})
    before = tree_hash(work)
    out_dir = tmp_path_factory.mktemp("fuzz-p-out")
    args = {"tally": ["--json"], "check": ["--json"], "history": ["--json"],
            "export": ["-o", out_dir / "x.geojson"], "report": ["--csv", out_dir / "x.csv"]}[d["command"]]
    code, out, err = run_cli(d["command"], project, *args)
    assert tree_hash(work) == before, "a reading command changed the project"
    assert code in ((0, 1, 2) if d["command"] == "check" else (0, 2)), (code, out, err)
    if code == 2:
        _assert_one_line(err)
        assert list(out_dir.iterdir()) == [], "a refused command left files behind"
        return
    if d["command"] == "tally":
        _assert_figures_sane(_strict_json(out))
    elif d["command"] in ("check", "history"):
        _strict_json(out)


# --------------------------------------------------------------------------- options
option_values = st.one_of(
    st.sampled_from(["", " ", "-", "--", "nan", "inf", "-1", "0", "1e309", "EPSG:999999", "EPSG:4326", "EPSG:32638",
                     "+proj=utm +zone=60", "DISTRICT", "district", "HAZ_ID", "Ağdam", "cp1251", "utf-8", "bogus-enc",
                     "../../etc/passwd", "hazards", "a=b", "=", "cleared", "x" * 300, "\x00", "'; DROP TABLE hazards;--"]),
    st.text(max_size=20),
)
tally_options = st.lists(st.tuples(
    st.sampled_from(["--crs", "--encoding", "--layer", "--releases-layer", "--by", "--hazard-id", "--release-hazard-id",
                     "--release-id", "--category-field", "--category", "--category-value", "--device", "--link"]),
    option_values), max_size=3)


@FUZZ
@given(options=tally_options, per_hazard=st.booleans())
def test_random_options(originals, run_cli, options, per_hazard):
    folder, _ = originals
    before = tree_hash(folder)
    args = ["tally", folder / "hazards.shp", "--releases", folder / "releases.shp", "--json"]
    for name, value in options:
        args += [f"{name}={value}"]
    if per_hazard:
        args.append("--per-hazard")
    code, out, err = run_cli(*args)
    assert tree_hash(folder) == before
    assert code in (0, 2), (args, code, out, err)
    if code == 2:
        _assert_one_line(err)
    else:
        _assert_figures_sane(_strict_json(out))
