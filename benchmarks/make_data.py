#!/usr/bin/env python3
"""Make a synthetic mine-action dataset, the same for the same seed, and the figures it should tally to.

    python benchmarks/make_data.py OUT_DIR [--count N] [--total-km2 A] [--seed S] [--truth]

Writes two shapefiles in WGS 84 / UTM zone 38N (EPSG:32638), UTF-8 with a ``.cpg``:

``hazards.shp``
    suspected and confirmed hazardous areas (SHA / CHA) in the formerly occupied districts of
    Azerbaijan, named in Azerbaijani: irregular rings, long minefield belts along a line, rings
    with holes (a village or a lake left out) and hazards in two or three parts.
    Fields HAZ_ID, NAME, DISTRICT, HAZ_TYPE, THREAT, PRIORITY, AP_EST, REPORTED.
``clearance.shp``
    land released inside those hazards, 0 to 4 records each: lanes and halves cut out of the
    hazard, whole hazards cancelled by survey, some overlapping one another and some spilling a few
    metres over the hazard's edge, as field data does. Fields CLR_ID, HAZ_ID (the hazard it
    belongs to), METHOD, RELEASE (cleared / reduced / cancelled, from the method), DATE, TEAM and
    the devices found, AP_FOUND, AT_FOUND, UXO_FOUND, IED_FOUND.

``--count`` hazards (default 1000) have log-normally spread sizes (median about 8 ha); with
``--total-km2`` they are scaled to cover that much land in all (the national figure is 11,258 km2:
``--count 30000 --total-km2 11258``). Everything comes from ``--seed``: two runs with the same
arguments write the same bytes.

``--truth`` also writes ``truth.json``, what a correct tally of these files gives, computed here
without MineDesk: each polygon is overlaid in the layer's own CRS (edges are straight there, as
drawn), its vertices are then taken to WGS84 and its area measured on the ellipsoid with
``pyproj.Geod`` (each ring's signed geodesic area: a ring pinched by the reprojection still
measures what it encloses). Released land is the clearance clipped to the hazard it names, the
overlaps of one hazard's records counted once, each place in the highest category that covers it
(cleared > reduced > cancelled); devices are the sums of the four columns.

Needs numpy, shapely, pyproj and pyogrio (MineDesk's own dependencies); it does not import MineDesk.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np
import pyogrio
import shapely
from pyproj import Geod, Transformer
from shapely import affinity

CRS = "EPSG:32638"  # WGS 84 / UTM zone 38N: all of Azerbaijan's mined districts
DBF_DATE = "2026-01-01"  # the .dbf header's "last update", fixed so that the bytes depend on the seed only

# district, code, longitude, latitude of its centre, share of the hazards
DISTRICTS = (
    ("Ağdam", "AGD", 46.93, 39.99, 0.13),
    ("Füzuli", "FZL", 47.15, 39.60, 0.13),
    ("Cəbrayıl", "CBR", 47.03, 39.40, 0.10),
    ("Zəngilan", "ZNG", 46.65, 39.09, 0.07),
    ("Qubadlı", "QBD", 46.58, 39.34, 0.07),
    ("Laçın", "LCN", 46.55, 39.64, 0.08),
    ("Kəlbəcər", "KLB", 46.04, 40.10, 0.12),
    ("Xocavənd", "XCV", 47.00, 39.80, 0.08),
    ("Xocalı", "XCL", 46.79, 39.91, 0.06),
    ("Şuşa", "SHS", 46.75, 39.76, 0.04),
    ("Tərtər", "TRT", 46.93, 40.34, 0.08),
    ("Goranboy", "GRB", 46.79, 40.61, 0.04),
)
THREATS = ("AP", "AT", "AP/AT", "ERW", "CM", "IED", "AP/ERW")
THREAT_WEIGHTS = (0.25, 0.12, 0.2, 0.25, 0.06, 0.02, 0.1)
# method -> the release category it gives
METHOD_CATEGORY = {
    "manual": "cleared",
    "mechanical": "cleared",
    "MDD": "cleared",
    "technical survey": "reduced",
    "non-technical survey": "cancelled",
}
METHODS = tuple(METHOD_CATEGORY)
METHOD_WEIGHTS = {  # a suspected area is mostly surveyed, a confirmed one mostly cleared
    "SHA": (0.08, 0.05, 0.02, 0.35, 0.50),
    "CHA": (0.45, 0.20, 0.10, 0.20, 0.05),
}
CATEGORIES = ("cleared", "reduced", "cancelled")  # highest first
DEVICES = ("AP", "AT", "UXO", "IED")
# devices found per cleared hectare, by threat (AP, AT, UXO, IED)
DEVICE_RATE = {
    "AP": (0.6, 0.0, 0.2, 0.0), "AT": (0.0, 0.25, 0.2, 0.0), "AP/AT": (0.4, 0.15, 0.2, 0.0),
    "ERW": (0.0, 0.0, 1.2, 0.0), "CM": (0.0, 0.0, 2.0, 0.0), "IED": (0.05, 0.0, 0.3, 0.08),
    "AP/ERW": (0.35, 0.0, 0.8, 0.0),
}
SHAPES = ("ring", "belt", "holed", "parts")
SHAPE_WEIGHTS = (0.70, 0.16, 0.08, 0.06)
MIN_HA = 0.05


# --------------------------------------------------------------------------- shapes
def star_ring(rng: np.random.Generator, cx: float, cy: float, radius: float, n: int) -> np.ndarray:
    """An irregular ring around (cx, cy): radius modulated by a few random harmonics, 0.7 to 1.3 x.

    One vertex per angle, the angles spread evenly with a jitter (no gap over 1.7 x 2 pi / n): the
    ring never crosses itself, and with n >= 8 its edges keep at least 0.55 x radius off the centre.
    """
    t = (np.arange(n) + rng.uniform(-0.35, 0.35, n)) * (2.0 * math.pi / n)
    wobble = np.zeros(n)
    for k, amp in zip((2, 3, 5), rng.uniform(0.0, 0.12, 3), strict=True):
        wobble += amp * np.cos(k * t + rng.uniform(0.0, 2.0 * math.pi))
    wobble += rng.uniform(-0.05, 0.05, n)
    r = radius * np.clip(1.0 + wobble, 0.7, 1.3)
    return np.column_stack([cx + r * np.cos(t), cy + r * np.sin(t)])


def belt(rng: np.random.Generator, cx: float, cy: float) -> shapely.Polygon:
    """A minefield laid along a line (a former front): a bent strip of constant width, 1 x 1 m scale."""
    n = int(rng.integers(4, 14))
    heading = rng.uniform(0.0, math.pi) + np.cumsum(rng.normal(0.0, 0.18, n - 1))
    steps = rng.uniform(0.6, 1.4, n - 1)
    xs = np.concatenate([[0.0], np.cumsum(steps * np.cos(heading))])
    ys = np.concatenate([[0.0], np.cumsum(steps * np.sin(heading))])
    width = rng.uniform(0.04, 0.12) * steps.sum() / 3.0
    line = shapely.LineString(np.column_stack([cx + xs - xs.mean(), cy + ys - ys.mean()]))
    return shapely.buffer(line, width / 2.0, cap_style="flat", join_style="mitre", mitre_limit=3.0)


def make_shape(rng: np.random.Generator, cx: float, cy: float, area_m2: float) -> shapely.Geometry:
    kind = SHAPES[rng.choice(len(SHAPES), p=SHAPE_WEIGHTS)]
    if kind == "belt":
        g = belt(rng, cx, cy)
    else:
        n = int(rng.integers(8, 60))
        g = shapely.Polygon(star_ring(rng, cx, cy, 1.0, n))
        if kind == "holed":  # holes within 0.43 x the radius of the centre; the shell's edges keep 0.55 x off
            holes, a0 = [], rng.uniform(0.0, 2.0 * math.pi)
            for k in range(int(rng.integers(1, 3))):  # two are opposite: 0.44 apart, 0.21 in radius at most
                a = a0 + k * math.pi
                hx, hy = cx + 0.22 * math.cos(a), cy + 0.22 * math.sin(a)
                holes.append(star_ring(rng, hx, hy, 0.16, int(rng.integers(6, 14))))
            g = shapely.Polygon(g.exterior.coords, holes)
        elif kind == "parts":  # two or three rings, far enough apart never to touch
            parts, a0 = [g], rng.uniform(0.0, 2.0 * math.pi)
            for k in range(1, int(rng.integers(2, 4))):
                a = a0 + k * 2.0 * math.pi / 3.0  # 1.3 + 0.91 < 3.3, and parts 1 and 2 are 6.9 apart
                d = 2.0 + 1.3 * k
                parts.append(shapely.Polygon(star_ring(rng, cx + d * math.cos(a), cy + d * math.sin(a),
                                                       rng.uniform(0.3, 0.7), int(rng.integers(6, 30)))))
            g = shapely.MultiPolygon(parts)
    # scale to the area wanted, about the seed point
    g = affinity.scale(g, *(2 * [math.sqrt(area_m2 / g.area)]), origin=(cx, cy))
    if not g.is_valid:  # not expected: every kind above is valid by construction
        raise RuntimeError(f"invalid {kind} made: {shapely.is_valid_reason(g)}")
    return g


def polygons_only(g: shapely.Geometry) -> shapely.Geometry | None:
    """The polygonal part of an overlay's result (lines and points of contact dropped)."""
    parts, polys = [g], []
    while parts:  # collections may hold multi-geometries
        part = parts.pop()
        if part.geom_type in ("MultiPolygon", "GeometryCollection"):
            parts.extend(reversed(shapely.get_parts(part).tolist()))
        elif part.geom_type == "Polygon" and part.area > 0:
            polys.append(part)
    if not polys:
        return None
    g = polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)
    if not g.is_valid:  # parts that touch along an edge, or GEOS's rare robustness slip: merge them
        g = shapely.union_all(polys)
        if not g.is_valid:
            raise RuntimeError(f"could not make a valid polygon: {shapely.is_valid_reason(g)}")
    return g


def cut(rng: np.random.Generator, hazard: shapely.Geometry, whole: bool) -> tuple[shapely.Geometry | None, bool]:
    """A piece of the hazard: a lane across it, one side of a line, or all of it (only when ``whole``);
    and whether it is all of it."""
    kind = rng.choice(3, p=(0.5, 0.35, 0.15))
    if kind == 2 and not whole:
        kind = 0
    if kind == 2:
        piece = hazard
    else:
        minx, miny, maxx, maxy = hazard.bounds
        cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
        reach = math.hypot(maxx - minx, maxy - miny)
        a = rng.uniform(0.0, math.pi)
        if kind == 0:  # a lane: a band of 20-60 % of the width, anywhere across
            lo = rng.uniform(-0.5, 0.3) * reach
            hi = lo + rng.uniform(0.2, 0.6) * reach
        else:  # one side of a line through the middle third
            lo, hi = rng.uniform(-0.15, 0.15) * reach, reach
        band = shapely.box(-reach, lo, reach, hi)
        band = affinity.translate(affinity.rotate(band, a, origin=(0, 0), use_radians=True), cx, cy)
        piece = polygons_only(shapely.intersection(hazard, band))
        if piece is None:
            return None, False
        if piece.area > 0.999 * hazard.area:  # the band missed nothing (a narrow belt, say)
            if not whole:
                return None, False
            kind, piece = 2, hazard
    if rng.uniform() < 0.25:  # drawn in the field a few metres over the hazard's edge
        piece = shapely.buffer(piece, float(rng.uniform(1.0, 5.0)), join_style="mitre")
        if not piece.is_valid:  # GEOS's mitred buffer slips now and then (one piece in 30,000 hazards)
            piece = polygons_only(shapely.make_valid(piece))
    if piece is None or piece.area < 50.0:
        return None, False
    piece = piece if piece.geom_type == "MultiPolygon" else shapely.MultiPolygon([piece])
    if not piece.is_valid:
        raise RuntimeError(f"invalid clearance piece made: {shapely.is_valid_reason(piece)}")
    return piece, kind == 2


def same_place(a: shapely.Geometry, b: shapely.Geometry) -> bool:
    """Two records drawn on (nearly) the same ground: what a data check reports as a duplicate."""
    return shapely.area(shapely.symmetric_difference(a, b)) < 0.02 * min(a.area, b.area)


def iso(day: np.datetime64) -> str:
    return str(day.astype("datetime64[D]"))


# --------------------------------------------------------------------------- the dataset
def make(count: int, total_km2: float | None, seed: int):
    """(hazards, clearance): lists of (attributes, geometry in UTM 38N)."""
    rng = np.random.default_rng(seed)
    to_utm = Transformer.from_crs("EPSG:4326", CRS, always_xy=True)
    shares = np.array([d[4] for d in DISTRICTS])
    district = rng.choice(len(DISTRICTS), size=count, p=shares / shares.sum())
    area = rng.lognormal(math.log(8e4), 1.2, size=count)  # m2, median 8 ha
    if total_km2:
        area *= total_km2 * 1e6 / area.sum()
    area = np.maximum(area, MIN_HA * 1e4)
    # each district spreads its hazards over a disc about 4 x their area (1 km at the least)
    spread = np.array([max(1000.0, math.sqrt(4.0 * area[district == d].sum() / math.pi))
                       for d in range(len(DISTRICTS))])
    centres = np.column_stack(to_utm.transform([d[2] for d in DISTRICTS], [d[3] for d in DISTRICTS]))

    hazards, clearance = [], []
    for i in range(count):
        d = int(district[i])
        name, code = DISTRICTS[d][0], DISTRICTS[d][1]
        r, a = spread[d] * math.sqrt(rng.uniform()), rng.uniform(0.0, 2.0 * math.pi)
        cx, cy = centres[d, 0] + r * math.cos(a), centres[d, 1] + r * math.sin(a)
        geom = make_shape(rng, cx, cy, float(area[i]))
        htype = "CHA" if rng.uniform() < 0.4 else "SHA"
        threat = THREATS[rng.choice(len(THREATS), p=THREAT_WEIGHTS)]
        hid = f"{code}-{htype}-{i + 1:05d}"
        reported = np.datetime64("2020-12-01") + int(rng.integers(0, 1000))
        hazards.append(({"HAZ_ID": hid, "NAME": f"{name} {htype} {i + 1}", "DISTRICT": name, "HAZ_TYPE": htype,
                         "THREAT": threat, "PRIORITY": int(rng.integers(1, 4)),
                         "AP_EST": int(rng.poisson(area[i] / 1e4 * DEVICE_RATE[threat][0] * 3)),
                         "REPORTED": iso(reported)}, geom))
        records = int(rng.choice(5, p=(0.3, 0.3, 0.2, 0.12, 0.08)))
        whole, pieces = True, []  # one record at most covers the whole hazard: two would be duplicates
        for j in range(records):
            piece, took_whole = cut(rng, geom, whole)
            if piece is None or any(same_place(piece, p) for p in pieces):  # e.g. two lanes round one part
                continue
            pieces.append(piece)
            whole = whole and not took_whole
            method = METHODS[rng.choice(len(METHODS), p=METHOD_WEIGHTS[htype])]
            category = METHOD_CATEGORY[method]
            ha = piece.area / 1e4
            if category == "cleared":
                found = [int(rng.poisson(ha * rate)) for rate in DEVICE_RATE[threat]]
            elif category == "reduced":  # a technical survey finds a few, which is why it stops
                found = [int(rng.poisson(0.3)), 0, int(rng.poisson(0.5)), 0]
            else:
                found = [0, 0, 0, 0]
            day = reported + int(rng.integers(30, 1800))
            clearance.append(({"CLR_ID": f"{hid}-R{j + 1}", "HAZ_ID": hid, "METHOD": method, "RELEASE": category,
                               "DATE": iso(min(day, np.datetime64("2025-12-31"))),
                               "TEAM": f"{code}-T{int(rng.integers(1, 10)):02d}",
                               **{f"{dev}_FOUND": n for dev, n in zip(DEVICES, found, strict=True)}}, piece))
    return hazards, clearance


HAZARD_FIELDS = {"HAZ_ID": object, "NAME": object, "DISTRICT": object, "HAZ_TYPE": object, "THREAT": object,
                 "PRIORITY": np.int32, "AP_EST": np.int32, "REPORTED": object}
CLEARANCE_FIELDS = {"CLR_ID": object, "HAZ_ID": object, "METHOD": object, "RELEASE": object, "DATE": object,
                    "TEAM": object, **{f"{dev}_FOUND": np.int32 for dev in DEVICES}}


def write(path: Path, rows, fields: dict) -> None:
    names = list(fields)
    columns = [np.array([attrs[name] for attrs, _ in rows], dtype=fields[name]) for name in names]
    geoms = [g if g.geom_type == "MultiPolygon" else shapely.MultiPolygon([g]) for _, g in rows]
    for part in path.parent.glob(path.stem + ".*"):  # never append to an older set
        part.unlink()
    pyogrio.raw.write(str(path), shapely.to_wkb(geoms), columns, names, driver="ESRI Shapefile",
                      geometry_type="MultiPolygon", crs=CRS, encoding="UTF-8",
                      layer_options={"DBF_DATE_LAST_UPDATE": DBF_DATE})


# --------------------------------------------------------------------------- truth
class GeodesicMeter:
    """Hectares on the WGS84 ellipsoid of geometries in CRS, ring by ring with pyproj.Geod."""

    def __init__(self):
        self.to_wgs = Transformer.from_crs(CRS, "EPSG:4326", always_xy=True)
        self.geod = Geod(ellps="WGS84")

    def ha(self, g: shapely.Geometry | None) -> float:
        if g is None or g.is_empty:
            return 0.0
        total = 0.0
        # shells counter-clockwise, holes clockwise: the signed ring areas then add up to the area
        for poly in shapely.get_parts(shapely.orient_polygons(g)):
            if poly.geom_type != "Polygon":
                continue
            for ring in (poly.exterior, *poly.interiors):
                xy = np.asarray(ring.coords)
                lon, lat = self.to_wgs.transform(xy[:, 0], xy[:, 1])
                total += self.geod.polygon_area_perimeter(lon, lat)[0]
        return total / 1e4


def truth(hazards, clearance) -> dict:
    meter = GeodesicMeter()
    by_hazard: dict[str, list] = {}
    for attrs, g in clearance:
        by_hazard.setdefault(attrs["HAZ_ID"], []).append((attrs["RELEASE"], g))
    total = 0.0
    per_category = dict.fromkeys(CATEGORIES, 0.0)
    for attrs, hazard in hazards:
        total += meter.ha(hazard)
        records = by_hazard.get(attrs["HAZ_ID"], [])
        taken = None  # what a higher category already holds
        for category in CATEGORIES:
            pieces = [g for c, g in records if c == category]
            if not pieces:
                continue
            part = shapely.intersection(shapely.union_all(pieces), hazard)
            if taken is not None:
                part = shapely.difference(part, taken)
            per_category[category] += meter.ha(polygons_only(part))
            taken = part if taken is None else shapely.union(taken, part)
    per_category = {c: round(v, 6) for c, v in per_category.items()}
    released = round(sum(per_category.values()), 6)  # the sum of its categories as written, exactly
    devices = {dev: sum(attrs[f"{dev}_FOUND"] for attrs, _ in clearance) for dev in DEVICES}
    return {
        "hazards": len(hazards),
        "clearance_records": len(clearance),
        "total_ha": round(total, 6),
        "released_ha": released,
        "remaining_ha": round(total - released, 6),
        "released_by_category_ha": per_category,
        "devices": devices,
        "area_method": "geodesic on the WGS84 ellipsoid (pyproj.Geod, signed ring areas), hectares",
        "release_precedence": "cleared > reduced > cancelled; clearance clipped to the hazard it names; "
                              "overlaps counted once",
        "generator": "benchmarks/make_data.py",
    }


# --------------------------------------------------------------------------- main
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, help="folder to write hazards.shp, clearance.shp (and truth.json) to")
    ap.add_argument("--count", type=int, default=1000, help="hazards (default 1000)")
    ap.add_argument("--total-km2", type=float, default=None, help="scale the hazards to cover this many km2")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--truth", action="store_true", help="also write truth.json, the tally expected")
    a = ap.parse_args(argv)
    if a.count < 1:
        ap.error("--count must be at least 1")
    if a.total_km2 is not None and not a.total_km2 > 0:
        ap.error("--total-km2 must be positive")

    hazards, clearance = make(a.count, a.total_km2, a.seed)
    a.out.mkdir(parents=True, exist_ok=True)
    write(a.out / "hazards.shp", hazards, HAZARD_FIELDS)
    write(a.out / "clearance.shp", clearance, CLEARANCE_FIELDS)
    if a.truth:
        figures = truth(hazards, clearance)
        figures.update({"seed": a.seed, "count": a.count, "total_km2": a.total_km2})
        (a.out / "truth.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(hazards)} hazards and {len(clearance)} clearance records to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
