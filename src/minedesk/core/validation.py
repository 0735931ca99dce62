"""Geometry checks on load: nothing bad is accepted silently, nothing good is lost.

Null and empty shapes are skipped; invalid polygons are repaired with ``make_valid``
semantics (a bow-tie keeps both lobes, unlike ``buffer(0)``); polygons that enclose no
area are dropped. Every such event is a :class:`Finding` naming the feature.

Coordinates are checked before any of that (:func:`coordinate_problems`): a feature with a
NaN or infinite coordinate, one the CRS cannot convert to longitude/latitude reliably, or one
far outside where its CRS is used (a typo, or the wrong CRS) is skipped with a finding; a CRS
that fits none of the features is an :class:`~minedesk.core.errors.InputError` suggesting the
likely one. Nothing unmeasurable ever reaches the tally (no NaN hectares, no PROJ error).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError, ProjError

from minedesk.core.errors import InputError, Msg
from minedesk.core.parallel import in_slices
from minedesk.core.schema import (
    DEGENERATE,
    EMPTY,
    NOT_FINITE,
    NULL,
    OUTSIDE_CRS,
    REPAIRED,
    REPEATED,
    UNCONVERTIBLE,
)

#: Real data run past a CRS's published area of use (Azerbaijan's east, in UTM 38N, reaches 50 E
#: where the zone ends at 48 E): only what lies further out than this, in degrees, is refused.
AREA_OF_USE_MARGIN_DEG = 6.0
_ROUND_TRIP = {True: 1.0, False: 1e-5}  # tolerance of x -> lon/lat -> x: 1 unit projected, 1e-5 degrees

POLYGONAL = ("Polygon", "MultiPolygon")


@dataclass(frozen=True)
class Finding:
    """Something found in one feature: its label, what kind, and a detail for people.

    ``detail`` may be given as a :class:`~minedesk.core.errors.Msg`: it is then kept as
    ``message`` (for the window to translate) and ``detail`` is its English."""

    label: str
    kind: str
    detail: str = ""
    row: int | None = field(default=None, compare=False)  # the feature's position in its layer
    source: str = field(default="", compare=False)  # the file it was found in, when that matters
    layer: str = field(default="", compare=False)  # "hazards" or "releases": the role of that file
    message: Msg | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        if isinstance(self.detail, Msg):
            object.__setattr__(self, "message", self.detail)
            object.__setattr__(self, "detail", str(self.detail))

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


OK, BAD_NUMBER, BAD_CONVERSION, OUTSIDE = 0, 1, 2, 3  # what coordinate_problems() finds per feature
_KINDS = {BAD_NUMBER: NOT_FINITE, BAD_CONVERSION: UNCONVERTIBLE, OUTSIDE: OUTSIDE_CRS}


def _crs_name(crs: CRS) -> str:
    code = crs.to_epsg(min_confidence=90)
    return f"EPSG:{code} ({crs.name})" if code else crs.name


def coordinate_problems(geometry: np.ndarray, crs: CRS | None, xy: np.ndarray | None = None,
                        counts: np.ndarray | None = None) -> tuple[np.ndarray, dict[int, str]]:
    """What is wrong with each feature's coordinates: ``(codes, details)``.

    ``codes[i]`` is OK, BAD_NUMBER (a NaN or infinite coordinate), BAD_CONVERSION (PROJ cannot
    take it to longitude/latitude and back: beyond the poles, or so far out that the inverse
    projection breaks down) or OUTSIDE (further than AREA_OF_USE_MARGIN_DEG past the CRS's area
    of use); ``details[i]`` says where, for people. Vectorised: two opposite corners of each
    feature's bounding box are tested, in two PROJ calls. Without a CRS only
    the numbers are checked. ``xy``/``counts`` may be passed when the caller has them.
    """
    geometry = np.asarray(geometry, dtype=object)
    n = len(geometry)
    codes = np.zeros(n, dtype=np.int8)
    details: dict[int, str] = {}
    if counts is None:
        counts = shapely.get_num_coordinates(geometry)
    if xy is None:
        xy = shapely.get_coordinates(geometry)
    if not len(xy):
        return codes, details
    owner = np.repeat(np.arange(n), counts)
    # one sum tells all-finite data (nearly always) at a fraction of a per-vertex test
    with np.errstate(over="ignore", invalid="ignore"):  # a sum of huge finite values may overflow: then look closer
        total = xy.sum()
    finite = np.ones(len(xy), dtype=bool) if np.isfinite(total) else np.isfinite(xy).all(axis=1)
    if not finite.all():
        for i in np.unique(owner[~finite]):
            codes[i] = BAD_NUMBER
            details[int(i)] = Msg("a NaN or infinite coordinate; skipped")
        xy = np.where(finite[:, None], xy, 0.0)
    if crs is None:
        return codes, details
    good = (counts > 0) & (codes == OK)
    has = np.flatnonzero(good)
    if not len(has):
        return codes, details
    if not good.all():  # reduceat runs from one start to the next: only these features' vertices
        xy = xy[good[owner]]
    starts = np.cumsum(counts[has]) - counts[has]
    lo, hi = np.minimum.reduceat(xy, starts, axis=0), np.maximum.reduceat(xy, starts, axis=0)
    # two opposite corners hold every extreme of x and of y: where a typo or a wrong CRS shows
    x = np.column_stack([lo[:, 0], hi[:, 0]]).ravel()
    y = np.column_stack([lo[:, 1], hi[:, 1]]).ravel()
    try:
        to_geo = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    except (ProjError, CRSError):  # a local engineering CRS: nothing to place the data against
        return codes, details
    with np.errstate(all="ignore"):
        lon, lat = to_geo.transform(x, y, errcheck=False)
        bx, by = to_geo.transform(lon, lat, direction="INVERSE", errcheck=False)
        tol = _ROUND_TRIP[bool(crs.is_projected)]
        broken = ~(np.isfinite(lon) & np.isfinite(lat) & (np.abs(lat) <= 90) & (np.abs(lon) <= 360)
                   & (np.abs(bx - x) <= tol * np.maximum(1, np.abs(x) * 1e-9))
                   & (np.abs(by - y) <= tol * np.maximum(1, np.abs(y) * 1e-9)))
        outside = np.zeros(len(x), dtype=bool)
        aou = crs.area_of_use
        if aou is not None:
            m = AREA_OF_USE_MARGIN_DEG
            outside = (lat < aou.south - m) | (lat > aou.north + m)
            span = (aou.east - aou.west) % 360 or 360  # an area of use may cross the antimeridian
            if span + 2 * m < 360:
                past_west = (lon - (aou.west - m)) % 360
                outside |= past_west > span + 2 * m
    name = None
    for k in np.flatnonzero(broken.reshape(-1, 2).any(axis=1) | outside.reshape(-1, 2).any(axis=1)):
        i = int(has[k])
        corners = slice(2 * k, 2 * k + 2)
        name = name or _crs_name(crs)
        if broken[corners].any():
            c = 2 * k + int(np.argmax(broken[corners]))
            codes[i] = BAD_CONVERSION
            where = Msg("is not a longitude/latitude on Earth") if crs.is_geographic else \
                Msg("is no place {name} can convert to longitude/latitude", name=name)
            details[i] = Msg("x {value:.10g}, y {value2:.10g} {where} (a typo, or the wrong CRS); skipped", value=x[c], value2=y[c], where=where)
        else:
            c = 2 * k + int(np.argmax(outside[corners]))
            codes[i] = OUTSIDE
            details[i] = (Msg("x {value:.10g}, y {value2:.10g} is at longitude {value3:.2f}, latitude {value4:.2f}, far from where {name} is used (a typo, or the wrong CRS); skipped", value=x[c], value2=y[c], value3=lon[c], value4=lat[c], name=name))
    return codes, details


def crs_misfit(source, crs: CRS, geometry: np.ndarray) -> InputError:
    """The error for a CRS that fits none of the features, with the CRS their numbers suggest."""
    xy = shapely.get_coordinates(geometry)
    xy = xy[np.isfinite(xy).all(axis=1)]
    x, y = (np.median(xy[:, 0]), np.median(xy[:, 1])) if len(xy) else (np.nan, np.nan)
    problem = Msg("no feature lies where {value} is used (typical coordinates: x {x:.10g}, y {y:.10g})", value=_crs_name(crs), x=x, y=y)
    if abs(x) <= 180 and abs(y) <= 90 and not crs.is_geographic:
        hint = "the numbers look like longitude/latitude degrees: give --crs EPSG:4326"
    elif 100_000 <= x <= 900_000 and 0 <= y <= 10_000_000:
        hint = ("the numbers look like UTM metres: give --crs EPSG:326ZZ for the data's UTM zone ZZ "
                "(EPSG:327ZZ south of the equator)")
    else:
        hint = "check the coordinates, or give --crs with the coordinate reference system they are in"
    return InputError(source, problem, hint)


def _without_repeats(geom):
    """``geom`` without repeated consecutive vertices, or None when a ring is left with too few."""
    try:
        return shapely.remove_repeated_points(geom)
    except shapely.errors.GEOSException:
        return None


def clean_polygons(geometry: np.ndarray, labels: np.ndarray, crs: CRS | None = None,
                   source=None, refuse_misfit: bool = True) -> tuple[np.ndarray, np.ndarray, list[Finding]]:
    """Repair what can be repaired and say what was done.

    Returns ``(geometry, keep, findings)``: the repaired geometries (same length as the input),
    a boolean mask of those that hold area, and one finding per feature touched.
    The input array is not modified. With a ``crs``, coordinates are checked against it
    (:func:`coordinate_problems`); if it fits none of the features and ``refuse_misfit``, the
    :func:`crs_misfit` error naming ``source`` is raised (a file read with the wrong CRS; a
    project, whose CRS was checked on import, reports its rows instead, so they can be mended).
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

    xy = shapely.get_coordinates(geometry)
    counts = shapely.get_num_coordinates(geometry)
    codes, details = coordinate_problems(geometry, crs, xy, counts)
    if codes.any():
        placed = keep & (codes != BAD_NUMBER)
        if refuse_misfit and crs is not None and placed.any() and np.all(codes[placed] != OK):
            raise crs_misfit(source, crs, geometry[placed])
        for i in np.flatnonzero(codes):
            findings.append(Finding(labels[i], _KINDS[int(codes[i])], details[int(i)], row=int(i)))
        keep &= codes == OK
        geometry[codes != OK] = None
        xy = shapely.get_coordinates(geometry)
        counts = shapely.get_num_coordinates(geometry)

    # repeated consecutive vertices are legal in GEOS but meaningless: remove them, say so
    ends = np.cumsum(counts)
    at = np.flatnonzero(np.all(xy[1:] == xy[:-1], axis=1)) + 1  # vertex equal to the one before
    owner = np.searchsorted(ends, at, side="right")
    same = owner == np.searchsorted(ends, at - 1, side="right")  # both in one geometry
    present = np.unique(owner[same])  # only these can hold repeated vertices
    before = shapely.get_num_coordinates(geometry[present])
    try:
        deduped = shapely.remove_repeated_points(geometry[present])
    except shapely.errors.GEOSException:  # a ring left with fewer than 3 distinct points: one by one
        deduped = np.array([_without_repeats(g) for g in geometry[present]], dtype=object)
    gone = np.array([g is None for g in deduped], dtype=bool)
    for i in present[gone]:
        keep[i] = False
        geometry[i] = None
        findings.append(Finding(labels[i], DEGENERATE, "skipped: a ring of fewer than 3 distinct points", row=i))
    present, deduped, before = present[~gone], deduped[~gone], before[~gone]
    changed = shapely.get_num_coordinates(deduped) != before
    for i, g, n in zip(present[changed], deduped[changed], before[changed], strict=False):
        findings.append(Finding(labels[i], REPEATED, Msg("{value} removed", value=n - shapely.get_num_coordinates(g)), row=i))
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
            findings.append(Finding(labels[i], REPAIRED, Msg("{value}; all enclosed area kept", value=_short_reason(reason)), row=i))
    return geometry, keep, findings


def _short_reason(reason: str) -> str:
    # GEOS says "Self-intersection[46.9 39.9]": keep the words and the place
    if "[" in reason:
        what, where = reason.split("[", 1)
        return f"{what.strip().lower()} at {where.rstrip(']')}"
    return reason.lower()
