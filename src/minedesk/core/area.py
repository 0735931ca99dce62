"""Hectares on the WGS84 ellipsoid. Never planar degrees, never UTM.

The reference is the geodesic area of each polygon, its vertices joined by geodesics
(``pyproj.Geod``, what QGIS's ellipsoidal measure gives too). MineDesk computes the same
thing for whole arrays at once:

1. every vertex is projected, in one PROJ call, to a Lambert azimuthal equal-area
   projection on the WGS84 ellipsoid centred on the data; the area of the polygon whose
   edges are *straight* there comes from a vectorised shoelace sum;
2. a geodesic edge is not straight in that plane: it bows off its chord by a few mm for km-long
   edges. For each edge where that can matter, the point halfway along the geodesic is found
   (vectorised, through geocentric coordinates), projected, and the area between arc and chord
   added by Simpson's rule (exact for the cubic such an arc is).

It agrees with pyproj.Geod to ~1e-9 relative per polygon (tests/test_area.py) at a fraction
of its cost. See docs/decisions/0002-area.md.
"""

from __future__ import annotations

import numpy as np
import shapely
from pyproj import CRS, Geod, Transformer

from minedesk.core.parallel import in_slices
from minedesk.core.validation import polygonal_part

WGS84 = CRS.from_epsg(4326)
ECEF = CRS.from_epsg(4978)  # WGS84 geocentric X, Y, Z
GEOD = Geod(ellps="WGS84")
_R = 6_371_000.0

#: Geodesic edges whose bow could matter are corrected until what is left uncorrected is at
#: most this share of the polygon's area (the contract is 1e-7 against pyproj.Geod).
BOW_BUDGET = 2e-8
_PARALLEL_POINTS = 200_000  # PROJ releases the GIL: transform big arrays on every core


def _transform(transformer: Transformer, *arrays: np.ndarray):
    """``transformer.transform(*arrays)``, split over threads for big arrays."""
    done = in_slices(transformer.transform, *arrays, min_size=_PARALLEL_POINTS)
    if len(done) == 1:
        return done[0]
    return tuple(np.concatenate([d[i] for d in done]) for i in range(len(arrays)))


def _center_latlon(crs: CRS, bounds) -> tuple[float, float]:
    minx, miny, maxx, maxy = bounds
    if not np.all(np.isfinite(bounds)):
        return 0.0, 0.0
    to_wgs = Transformer.from_crs(crs, WGS84, always_xy=True)
    xs = np.array([minx, maxx, minx, maxx, (minx + maxx) / 2])
    ys = np.array([miny, miny, maxy, maxy, (miny + maxy) / 2])
    lon, lat = to_wgs.transform(xs, ys, errcheck=False)
    if not (np.isfinite(lat[-1]) and np.isfinite(lon[-1])):  # validation keeps such data out; never a PROJ error
        return 0.0, 0.0
    return float(np.clip(lat[-1], -89.9, 89.9)), float(lon[-1])


def transform(geometry, transformer: Transformer):
    """Geometry (one or an array) with every vertex moved by a pyproj transformer, in one call."""

    def fn(xy):
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geometry, fn)


def _polygonal(geometry: np.ndarray) -> np.ndarray:
    """Only the polygons of each geometry: collections left by an overlay keep their polygon
    parts; lines, points, empties and None become None."""
    types = shapely.get_type_id(geometry)
    out = np.where(np.isin(types, (3, 6)) & ~shapely.is_empty(geometry), geometry, None)
    for i in np.flatnonzero(types == 7):
        out[i] = polygonal_part(geometry[i])
    return out


class Rings:
    """Every ring of an array of (Multi)Polygons as flat coordinate arrays."""

    def __init__(self, geometry: np.ndarray):
        parts, geom_of_part = shapely.get_parts(geometry, return_index=True)
        rings, part_of_ring = shapely.get_rings(parts, return_index=True)
        self.coords = shapely.get_coordinates(rings)
        self.ring_off = np.r_[0, np.cumsum(shapely.get_num_coordinates(rings))]
        self.geom_of_ring = geom_of_part[part_of_ring]
        self.exterior = np.r_[True, part_of_ring[1:] != part_of_ring[:-1]] if len(rings) else np.zeros(0, bool)
        self.ring_of_coord = np.repeat(np.arange(len(rings)), np.diff(self.ring_off))


class AreaMeter:
    """Measures shapely geometries given in ``crs`` in hectares on the WGS84 ellipsoid."""

    def __init__(self, crs: CRS, bounds):
        self.crs = crs
        lat, lon = _center_latlon(crs, bounds)
        self.center = (lon, lat)
        laea = CRS.from_proj4(f"+proj=laea +lat_0={lat:.6f} +lon_0={lon:.6f} +datum=WGS84 +units=m +no_defs")
        self._to_laea = Transformer.from_crs(crs, laea, always_xy=True)
        self._to_ecef = Transformer.from_crs(crs, ECEF, always_xy=True)
        self._ecef_to_laea = Transformer.from_crs(ECEF, laea, always_xy=True)
        self._to_wgs84 = Transformer.from_crs(crs, WGS84, always_xy=True)

    @classmethod
    def for_geometries(cls, crs: CRS, geometry: np.ndarray) -> AreaMeter:
        present = geometry[~shapely.is_missing(geometry)] if len(geometry) else geometry
        return cls(crs, shapely.total_bounds(present) if len(present) else (np.nan,) * 4)

    def plane_xy(self, x: np.ndarray, y: np.ndarray):
        """Coordinates in the layer's CRS moved to the equal-area plane (metres, scale within
        2e-4 of true over a country): for distances where that is close enough."""
        return _transform(self._to_laea, x, y)

    def to_wgs84(self, geometry):
        """Geometry as longitude/latitude on WGS84."""
        return transform(geometry, self._to_wgs84)

    def hectares(self, geometry) -> np.ndarray:
        """Geodesic area in hectares of each geometry (0 for None, empty, lines or points)."""
        geometry = _polygonal(np.asarray(geometry, dtype=object).ravel())
        out = np.zeros(len(geometry))
        present = np.flatnonzero(~shapely.is_missing(geometry))
        if not len(present):
            return out
        rings = Rings(geometry[present])
        x, y = _transform(self._to_laea, rings.coords[:, 0], rings.coords[:, 1])
        ring = rings.ring_of_coord
        # shoelace per ring, about the ring's first vertex to keep the digits
        first = rings.ring_off[:-1]
        x0, y0 = x - x[first][ring], y - y[first][ring]
        edge = ring[1:] == ring[:-1]
        cross = x0[:-1] * y0[1:] - x0[1:] * y0[:-1]
        signed = np.bincount(ring[:-1][edge], weights=cross[edge], minlength=len(first)) / 2
        signed -= self._bow(rings, x, y, edge, signed)
        ring_area = np.where(rings.exterior, np.abs(signed), -np.abs(signed))
        out[present] = np.bincount(rings.geom_of_ring, weights=ring_area, minlength=len(present))
        return out / 1e4

    def _bow(self, rings: Rings, x, y, edge, signed) -> np.ndarray:
        """Per ring, the signed area between its geodesic edges and their chords (m2, CCW +)."""
        ring = rings.ring_of_coord
        dx, dy = np.diff(x), np.diff(y)
        length = np.hypot(dx, dy)
        mx, my = (x[1:] + x[:-1]) / 2, (y[1:] + y[:-1]) / 2
        # The image of a geodesic of length L at distance d from the centre bows off its chord by
        # at most L^2 / 8R x (0.004 + 0.75 d / R) (measured; the constant is the ellipsoid's), so
        # the area between them is at most (d + 0.006 R) L^3 / (12 R^2). Correct the largest
        # such edges of each polygon, leaving at most BOW_BUDGET of its area to the others.
        bound = (np.hypot(mx, my) + 0.006 * _R) * length**3 / (12 * _R * _R)
        geom_of_edge = rings.geom_of_ring[ring[:-1]]
        size = np.bincount(rings.geom_of_ring, weights=np.abs(signed))
        edges = np.bincount(geom_of_edge[edge], minlength=len(size))
        allowed = BOW_BUDGET * size / np.maximum(edges, 1)
        k = np.flatnonzero(edge & (bound > allowed[geom_of_edge]))
        bow = np.zeros(len(signed))
        if not len(k):
            return bow
        # Where the geodesic passes halfway: over the midpoint of the straight 3-D line between its
        # ends (the normal section, which a geodesic this short follows to within micrometres;
        # tested against Geod.inv/fwd midpoints: 1e-8 m apart, at half the cost).
        used = np.zeros(len(rings.coords) + 1, dtype=np.int64)  # a vertex shared by two edges: once
        used[k] = used[k + 1] = 1
        ends = np.flatnonzero(used)
        at = np.cumsum(used)[np.r_[k, k + 1]] - 1
        X, Y, Z = _transform(self._to_ecef, rings.coords[ends, 0], rings.coords[ends, 1], np.zeros(len(ends)))
        a, b = at[:len(k)], at[len(k):]
        gx, gy, _ = _transform(self._ecef_to_laea, (X[a] + X[b]) / 2, (Y[a] + Y[b]) / 2, (Z[a] + Z[b]) / 2)
        # Simpson: area between arc and chord = 2/3 x chord x offset of the arc's midpoint;
        # an arc bowing to the left of its edge takes area from a counter-clockwise ring
        left = (gy - my[k]) * dx[k] - (gx - mx[k]) * dy[k]  # offset x chord length
        return np.bincount(ring[k], weights=2 / 3 * left, minlength=len(signed))

    def perimeter_m(self, geometry) -> float:
        """Geodesic perimeter in metres of one geometry (every ring, holes included)."""
        if geometry is None or geometry.is_empty:
            return 0.0
        return abs(GEOD.geometry_area_perimeter(shapely.orient_polygons(self.to_wgs84(geometry)))[1])


def geodesic_hectares(geometry_wgs84) -> float:
    """Reference geodesic area (pyproj.Geod) of a lon/lat polygon: slow, exact, for checks."""
    if geometry_wgs84 is None or geometry_wgs84.is_empty:
        return 0.0
    parts = geometry_wgs84.geoms if geometry_wgs84.geom_type == "MultiPolygon" else [geometry_wgs84]
    # pyproj sums signed ring areas: orient each part and add magnitudes (docs/decisions/0002-area.md)
    return sum(abs(GEOD.geometry_area_perimeter(shapely.orient_polygons(p))[0]) for p in parts) / 1e4
