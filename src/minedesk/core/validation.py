"""Geometry checks on load: nothing bad is accepted silently, nothing good is lost.

Null and empty shapes are skipped; invalid polygons are repaired with ``make_valid``
semantics (a bow-tie keeps both lobes, unlike ``buffer(0)``); polygons that enclose no
area are dropped. Every such event is a :class:`Finding` naming the feature.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely

from minedesk.core.parallel import in_slices

NULL = "null geometry"
EMPTY = "empty geometry"
REPAIRED = "invalid geometry repaired"
DEGENERATE = "fewer than 3 distinct points"
REPEATED = "repeated vertices removed"

POLYGONAL = ("Polygon", "MultiPolygon")


@dataclass(frozen=True)
class Finding:
    """Something found in one feature: its label, what kind, and a detail for people."""

    label: str
    kind: str
    detail: str = ""
    row: int | None = field(default=None, compare=False)  # the feature's position in its layer

    def __str__(self) -> str:
        return f"{self.label}: {self.kind}" + (f" ({self.detail})" if self.detail else "")


def polygonal_part(geom):
    """The polygons of ``geom`` (lines and points left by a repair are dropped)."""
    if geom is None or geom.is_empty:
        return None
    kind = geom.geom_type
    if kind in POLYGONAL:
        return geom
    if kind == "GeometryCollection":
        polys = []
        for part in geom.geoms:
            part = polygonal_part(part)
            if part is not None:
                polys.extend(part.geoms if part.geom_type == "MultiPolygon" else [part])
        if not polys:
            return None
        return polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)
    return None


def repaired_polygon(geom):
    """An invalid polygon made valid, all its enclosed area kept; None when it encloses none."""
    fixed = polygonal_part(shapely.make_valid(geom))
    return None if fixed is None or fixed.area == 0 else fixed


def non_polygonal(geometry: np.ndarray) -> np.ndarray:
    """Indices of non-null geometries that are neither polygons nor collections of them."""
    present = ~shapely.is_missing(geometry)
    types = shapely.get_type_id(geometry)
    # 3 Polygon, 6 MultiPolygon, 7 GeometryCollection (checked part by part)
    odd = present & ~np.isin(types, (3, 6, 7)) & ~shapely.is_empty(geometry)
    for i in np.flatnonzero(present & (types == 7)):
        g = geometry[i]
        if not g.is_empty and polygonal_part(g) is None:
            odd[i] = True
        elif any(p.geom_type not in POLYGONAL for p in g.geoms):
            odd[i] = True
    return np.flatnonzero(odd)


def clean_polygons(geometry: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[Finding]]:
    """Repair what can be repaired and say what was done.

    Returns ``(geometry, keep, findings)``: the repaired geometries (same length as the input),
    a boolean mask of those that hold area, and one finding per feature touched.
    The input array is not modified.
    """
    geometry = np.array(geometry, dtype=object, copy=True)
    findings: list[Finding] = []
    missing = shapely.is_missing(geometry)
    empty = ~missing & shapely.is_empty(geometry)
    for i in np.flatnonzero(missing):
        findings.append(Finding(labels[i], NULL, row=i))
    for i in np.flatnonzero(empty):
        findings.append(Finding(labels[i], EMPTY, row=i))
    keep = ~(missing | empty)

    # repeated consecutive vertices are legal in GEOS but meaningless: remove them, say so
    xy = shapely.get_coordinates(geometry)
    ends = np.cumsum(shapely.get_num_coordinates(geometry))
    at = np.flatnonzero(np.all(xy[1:] == xy[:-1], axis=1)) + 1  # vertex equal to the one before
    owner = np.searchsorted(ends, at, side="right")
    same = owner == np.searchsorted(ends, at - 1, side="right")  # both in one geometry
    present = np.unique(owner[same])  # only these can hold repeated vertices
    before = shapely.get_num_coordinates(geometry[present])
    deduped = shapely.remove_repeated_points(geometry[present])
    changed = shapely.get_num_coordinates(deduped) != before
    for i, g, n in zip(present[changed], deduped[changed], before[changed], strict=False):
        findings.append(Finding(labels[i], REPEATED, f"{n - shapely.get_num_coordinates(g)} removed", row=i))
        geometry[i] = g

    valid = np.concatenate(in_slices(shapely.is_valid, geometry, min_size=5000))  # GEOS, on every core
    for i in np.flatnonzero(keep & ~valid):
        g = geometry[i]
        reason = shapely.is_valid_reason(g)
        fixed = repaired_polygon(g)
        if fixed is None:
            keep[i] = False
            geometry[i] = None
            findings.append(Finding(labels[i], DEGENERATE, "skipped: encloses no area", row=i))
        else:
            geometry[i] = fixed
            findings.append(Finding(labels[i], REPAIRED, f"{_short_reason(reason)}; all enclosed area kept", row=i))
    return geometry, keep, findings


def _short_reason(reason: str) -> str:
    # GEOS says "Self-intersection[46.9 39.9]": keep the words and the place
    if "[" in reason:
        what, where = reason.split("[", 1)
        return f"{what.strip().lower()} at {where.rstrip(']')}"
    return reason.lower()
