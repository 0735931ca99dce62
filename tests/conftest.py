"""Shared fixtures: small layers written on the fly, the bundled samples, and a CLI runner."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import numpy as np
import pytest
import shapely
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI replays the same examples every run, so that a merge never fails on an example nobody has seen;
# at a desk, hypothesis explores anew each time (and remembers what failed in .hypothesis/).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "resources" / "sample"
DATA = Path(__file__).resolve().parent / "data"

# a point in Ağdam district, in UTM 38N metres
X0, Y0 = 640_000.0, 4_427_000.0


def write_layer(path, geometries, fields: dict | None = None, crs="EPSG:32638", layer=None, encoding=None):
    """Write polygons (shapely or None) with attribute columns, as GDAL would from a GIS."""
    from pyogrio.raw import write

    path = Path(path)
    fields = fields or {}
    driver = {".shp": "ESRI Shapefile", ".gpkg": "GPKG", ".geojson": "GeoJSON"}[path.suffix]
    wkb = np.array([None if g is None else shapely.to_wkb(g) for g in geometries], dtype=object)
    cols = [np.asarray(v, dtype=object if isinstance(v[0], str) or v[0] is None else None) for v in fields.values()]
    kw = {"layer": layer} if layer else {}
    if encoding:
        kw["encoding"] = encoding
    gtype = "MultiPolygon" if driver != "GeoJSON" else "Unknown"
    write(str(path), wkb, cols, list(fields), driver=driver, geometry_type=gtype, crs=crs, **kw)
    return path


def square(x, y, size):
    return shapely.box(x, y, x + size, y + size)


def tree_hash(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(Path(folder).rglob("*")) if p.is_file()}


def truth(folder) -> dict:
    return json.loads((Path(folder) / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture
def run_cli(capsys):
    """Run ``minedesk ARGS`` in-process, as the ``minedesk`` program does; returns (exit code,
    stdout, stderr)."""
    from minedesk.launcher import main

    def run(*args):
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def blocks(tmp_path):
    """Two 100 m x 100 m hazards (1 ha each, planar in UTM) and releases on them, as shapefiles."""
    hazards = write_layer(tmp_path / "hazards.shp", [square(X0, Y0, 100), square(X0 + 200, Y0, 100)],
                          {"HAZ_ID": ["H-1", "H-2"], "DISTRICT": ["Ağdam", "Füzuli"]})
    releases = write_layer(
        tmp_path / "releases.shp",
        [shapely.box(X0, Y0, X0 + 50, Y0 + 100),  # H-1 west half cleared
         shapely.box(X0 + 25, Y0, X0 + 75, Y0 + 100),  # overlaps: only 25 m more is reduced
         shapely.box(X0 - 50, Y0, X0 + 100, Y0 + 10),  # spills outside H-1; cancelled
         shapely.box(X0 + 200, Y0, X0 + 300, Y0 + 100)],  # all of H-2 cleared
        {"CLR_ID": ["R1", "R2", "R3", "R4"], "HAZ_ID": ["H-1", "H-1", "H-1", "H-2"],
         "RELEASE": ["Cleared", "REDUCED", "cancelled", "cleared"],
         "AP_FOUND": [3, 0, 0, 1], "AT_FOUND": [0, 1, 0, 0], "UXO_FOUND": [2, 0, 0, 5], "IED_FOUND": [0, 0, 0, 0]})
    return hazards, releases


#: what the check finds in ``dirty_project``: (feature, kind)
DIRTY_FINDINGS = {("A", "duplicate geometry"), ("C", "consecutive vertices far apart"),
                  ("C", "reported area differs"), ("D", "reported area differs"),
                  ("R1-1", "duplicate geometry"), ("R2", "release outside every hazard"),
                  ("R1", "release split between hazards")}  # found on import, kept in the project


@pytest.fixture
def dirty_project(tmp_path):
    """A project whose data have something for every project-level check: two hazards on the
    same ground (A, B), a 30 km edge and a wrong typed-in area (C), another wrong area (D), and a
    release outside every hazard (R2)."""
    from minedesk.exchange import import_project

    long = shapely.Polygon([(X0 + 5000, Y0), (X0 + 5100, Y0), (X0 + 5100, Y0 + 30_000), (X0 + 5000, Y0 + 30_000)])
    h = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), square(X0, Y0, 100), long, square(X0 + 1000, Y0, 100)],
                    {"HAZ_ID": ["A", "B", "C", "D"], "AREA_HA": [1.0, 1.0, 30.0, 2.0]})
    r = write_layer(tmp_path / "r.shp", [square(X0, Y0, 50), square(X0 + 9000, Y0, 50)],
                    {"CLR_ID": ["R1", "R2"], "RELEASE": ["cleared", "cleared"]})
    path, _ = import_project(tmp_path / "dirty.gpkg", h, r)
    return path
