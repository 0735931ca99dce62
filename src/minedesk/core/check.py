"""The data-quality check (what GICHD ships as a separate SQL kit), built in.

Lists, per feature: null or empty geometries, invalid geometries and their repair, polygons
with fewer than 3 distinct points, duplicate ids, duplicate or near-duplicate geometries,
consecutive vertices implausibly far apart, releases outside every hazard, hazards whose
reported area (AREA_HA, AREA_M2, ...) disagrees with the ellipsoidal one, and release dates and
device counts that cannot be used (:mod:`minedesk.core.values`: found where the releases are
read, in files by :mod:`minedesk.core.mapping` and in projects by :mod:`minedesk.core.project`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import shapely

from minedesk.core.area import GEOD, AreaMeter, Rings
from minedesk.core.errors import Msg
from minedesk.core.mapping import (
    HAZARD_ID_NAMES,
    RELEASE_ID_NAMES,
    FieldMapping,
    find_column,
    hazards_from_layer,
    releases_from_layer,
    strings,
)
from minedesk.core.model import HazardSet, Layer
from minedesk.core.schema import (
    AREA_MISMATCH,
    DUPLICATE_GEOMETRY,
    DUPLICATE_ID,
    FOUND_AGAIN,
    LONG_EDGE,
    NEAR_DUPLICATE,
    OUTSIDE,
)
from minedesk.core.tally import TallyEngine
from minedesk.core.validation import Finding, coordinate_problems

#: Columns that carry a typed-in area, and the factor that turns them into hectares.
REPORTED_AREA_COLUMNS = {
    "AREA_HA": 1.0, "HECTARES": 1.0, "HA": 1.0, "SIZE_HA": 1.0,
    "AREA_M2": 1e-4, "AREA_SQM": 1e-4, "AREASIZE": 1e-4, "SHAPE_AREA": 1e-4, "AREA": 1e-4,
}


@dataclass
class CheckOptions:
    area_tolerance_pct: float = 1.0  # reported vs computed hectares
    area_tolerance_ha: float = 0.01  # and never flag differences below this
    max_edge_m: float = 10_000.0  # a typo in one coordinate makes an edge of tens of km
    near_duplicate_pct: float = 1.0  # symmetric difference / area below this: near-duplicate


@dataclass
class CheckResult:
    findings: list[tuple[str, Finding]]  # (layer source, finding)

    @property
    def clean(self) -> bool:
        return not self.findings

    def counts(self) -> dict[str, int]:
        return dict(Counter(f.kind for _, f in self.findings))


def duplicate_ids(ids: np.ndarray) -> list[Finding]:
    counts = Counter(v for v in ids if v is not None)
    return [Finding(v, DUPLICATE_ID, Msg("{n} features share it", n=n)) for v, n in sorted(counts.items()) if n > 1]


def duplicate_geometries(geometry: np.ndarray, labels: np.ndarray, tolerance_pct: float) -> list[Finding]:
    """Pairs of features covering (nearly) the same ground."""
    tree = shapely.STRtree(geometry)
    left, right = tree.query(geometry)  # boxes only: cheap; the filters below do the rest
    keep = left < right
    left, right = left[keep], right[keep]
    area = shapely.area(geometry)
    # similar area and similar bounds before any overlay
    big = np.maximum(area[left], area[right])
    close = np.abs(area[left] - area[right]) <= big * tolerance_pct / 100
    bounds = shapely.bounds(geometry)
    size = np.sqrt(big)
    close &= np.all(np.abs(bounds[left] - bounds[right]) <= size[:, None] * tolerance_pct / 100 * 4, axis=1)
    left, right, big = left[close], right[close], big[close]
    if not len(left):
        return []
    diff = shapely.area(shapely.symmetric_difference(geometry[left], geometry[right]))
    out = []
    for i, j, d, a in zip(left, right, diff, big, strict=True):
        if d == 0 or shapely.equals(geometry[i], geometry[j]):
            out.append(Finding(labels[i], DUPLICATE_GEOMETRY, Msg("same shape as {value}", value=labels[j])))
        elif d <= a * tolerance_pct / 100:
            out.append(Finding(labels[i], NEAR_DUPLICATE, Msg("differs from {value} by {value2:.2f} % of its area", value=labels[j], value2=100 * d / a)))
    return out


def long_edges(geometry: np.ndarray, labels: np.ndarray, meter: AreaMeter, max_edge_m: float) -> list[Finding]:
    """Consecutive vertices further apart than ``max_edge_m`` (geodesic): a typo in a coordinate."""
    present = np.flatnonzero(~shapely.is_missing(geometry))
    if not len(present):
        return []
    rings = Rings(geometry[present])
    x, y = meter.plane_xy(rings.coords[:, 0], rings.coords[:, 1])
    ring = rings.ring_of_coord
    edge = ring[1:] == ring[:-1]
    # the plane is within 2e-4 of true scale: measure the few long edges exactly
    k = np.flatnonzero(edge & (np.hypot(np.diff(x), np.diff(y)) > max_edge_m * 0.99))
    if not len(k):
        return []
    ends = meter.to_wgs84(shapely.points(rings.coords[np.r_[k, k + 1]]))
    lonlat = shapely.get_coordinates(ends)
    n = len(k)
    _, _, dist = GEOD.inv(lonlat[:n, 0], lonlat[:n, 1], lonlat[n:, 0], lonlat[n:, 1])
    worst: dict[int, float] = {}
    for e, d in zip(k, dist, strict=True):
        if d > max_edge_m:
            feature = int(present[rings.geom_of_ring[ring[e]]])
            worst[feature] = max(worst.get(feature, 0.0), float(d))
    return [Finding(labels[f], LONG_EDGE, Msg("{value:.1f} km between two consecutive vertices", value=d / 1000))
            for f, d in sorted(worst.items())]


def reported_areas(hazards: HazardSet, meter: AreaMeter, opts: CheckOptions) -> list[Finding]:
    by_key = {name.upper(): name for name in hazards.attributes}
    column = next((by_key[c] for c in REPORTED_AREA_COLUMNS if c in by_key), None)
    if column is None:
        return []
    factor = REPORTED_AREA_COLUMNS[column.upper()]
    computed = meter.hectares(hazards.geometry)
    out = []
    for label, value, ha in zip(hazards.ids, hazards.attributes[column], computed, strict=False):
        try:
            reported = float(value) * factor
        except (TypeError, ValueError):
            continue
        if np.isnan(reported):
            continue
        diff = reported - ha
        if abs(diff) > opts.area_tolerance_ha and abs(diff) > abs(ha) * opts.area_tolerance_pct / 100:
            pct = f" ({100 * diff / ha:+.1f} %)" if ha else ""
            out.append(Finding(label, AREA_MISMATCH, Msg("{column} says {reported:.4f} ha, the geometry measures {ha:.4f} ha{pct}", column=column, reported=reported, ha=ha, pct=pct)))
    return out


def check(hazard_layer: Layer, release_layer: Layer | None = None, mapping: FieldMapping | None = None,
          opts: CheckOptions | None = None) -> CheckResult:
    mapping = mapping or FieldMapping()
    opts = opts or CheckOptions()
    result: list[tuple[str, Finding]] = []
    hazards, found = hazards_from_layer(hazard_layer, mapping)
    meter = AreaMeter.for_geometries(hazards.crs, hazards.geometry)
    result += [(hazard_layer.source, f) for f in found]
    id_column = find_column(hazard_layer, mapping.hazard_id, HAZARD_ID_NAMES, "hazard id")
    if id_column:
        result += [(hazard_layer.source, f) for f in duplicate_ids(strings(hazard_layer.fields[id_column]))]
    result += [(hazard_layer.source, f) for f in duplicate_geometries(hazards.geometry, hazards.ids, opts.near_duplicate_pct)]
    result += [(hazard_layer.source, f) for f in long_edges(hazards.geometry, hazards.ids, meter, opts.max_edge_m)]
    result += [(hazard_layer.source, f) for f in reported_areas(hazards, meter, opts)]
    if release_layer is not None:
        releases, found = releases_from_layer(release_layer, mapping)
        result += [(release_layer.source, f) for f in found]
        id_column = find_column(release_layer, mapping.release_id, RELEASE_ID_NAMES, "release id")
        if id_column:
            result += [(release_layer.source, f) for f in duplicate_ids(strings(release_layer.fields[id_column]))]
        result += [(release_layer.source, f) for f in duplicate_geometries(releases.geometry, releases.labels, opts.near_duplicate_pct)]
        rmeter = AreaMeter.for_geometries(releases.crs, releases.geometry) if len(releases) else meter
        result += [(release_layer.source, f) for f in long_edges(releases.geometry, releases.labels, rmeter, opts.max_edge_m)]
        engine = TallyEngine(hazards, releases, meter=meter)
        result += [(release_layer.source, f) for f in engine.warnings]
    return CheckResult(result)


def found_when_read(project, outside: bool = True) -> list[tuple[str, Finding]]:
    """What reading found, at no cost: the findings its files gave when it was made (kept in the
    project), then what opening it found (repairs, unknown categories, releases outside every
    hazard unless ``outside`` is False), as ("hazards" | "releases", finding)."""
    hazard_ids = set(project.hazard_ids())
    out = [(f.layer or "hazards", f) for f in project.reading_findings if f.kind not in FOUND_AGAIN]
    out += [("hazards" if f.label in hazard_ids else "releases", f) for f in project.warnings
            if outside or f.kind != OUTSIDE]
    return out


def check_project(project, opts: CheckOptions | None = None) -> list[tuple[str, Finding]]:
    """The same checks on an open project as it stands now: ("hazards" | "releases", finding).

    What the project found when it was read (repairs, unknown categories ...) comes first, then
    duplicate ids and shapes, long edges, reported areas, and releases that count nowhere.
    """
    opts = opts or CheckOptions()
    engine = project.engine
    out = found_when_read(project, outside=False)  # said below, for the releases as they are now
    alive = np.flatnonzero(engine.alive)
    h = engine.hazards
    hazards = HazardSet(crs=h.crs, geometry=h.geometry[alive], ids=h.ids[alive],
                        attributes={k: np.asarray(v)[alive] for k, v in h.attributes.items()})
    out += [("hazards", f) for f in duplicate_ids(hazards.ids)]
    out += [("hazards", f) for f in duplicate_geometries(hazards.geometry, hazards.ids, opts.near_duplicate_pct)]
    out += [("hazards", f) for f in long_edges(hazards.geometry, hazards.ids, engine.meter, opts.max_edge_m)]
    out += [("hazards", f) for f in reported_areas(hazards, engine.meter, opts)]
    rows = list(project.rows["releases"].values())
    if rows:
        geometry = np.array([r["geom"] for r in rows], dtype=object)
        labels = np.array([str(r["release_id"]) for r in rows], dtype=object)
        out += [("releases", f) for f in duplicate_ids(labels)]
        # rows whose coordinates cannot be placed were reported when the project was read: leave them out
        placed = coordinate_problems(geometry, project.crs)[0] == 0
        geometry = np.where(placed, geometry, None)
        present = ~shapely.is_missing(geometry)
        out += [("releases", f) for f in duplicate_geometries(geometry[present], labels[present],
                                                              opts.near_duplicate_pct)]
        out += [("releases", f) for f in long_edges(geometry, labels, engine.meter, opts.max_edge_m)]
    out += [("releases", Finding(label, OUTSIDE, "not counted")) for label in engine.unlinked()]
    return sorted(out, key=lambda item: item[0] != "hazards")  # hazards first; each in the order found
