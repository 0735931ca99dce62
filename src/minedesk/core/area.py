"""Hectares on the WGS84 ellipsoid. Never planar degrees, never UTM.

Geometry is overlaid in its layer's own CRS (edges are straight there) and measured by
projecting it to a Lambert azimuthal equal-area projection on the WGS84 ellipsoid centred
on the data. That agrees with ``pyproj.Geod`` (geodesic area) to about 1e-8 relative for
hazard-sized polygons, and is vectorised: one PROJ call and one GEOS call for a whole layer.
See docs/decisions/0002-area.md.
"""

from __future__ import annotations

import numpy as np
import shapely
from pyproj import CRS, Geod, Transformer

from minedesk.core.validation import polygonal_part

WGS84 = CRS.from_epsg(4326)
GEOD = Geod(ellps="WGS84")


def _center_latlon(crs: CRS, bounds) -> tuple[float, float]:
    minx, miny, maxx, maxy = bounds
    if not np.all(np.isfinite(bounds)):
        return 0.0, 0.0
    to_wgs = Transformer.from_crs(crs, WGS84, always_xy=True)
    xs = np.array([minx, maxx, minx, maxx, (minx + maxx) / 2])
    ys = np.array([miny, miny, maxy, maxy, (miny + maxy) / 2])
    lon, lat = to_wgs.transform(xs, ys)
    return float(np.clip(lat[-1], -89.9, 89.9)), float(lon[-1])


class AreaMeter:
    """Measures shapely geometries given in ``crs`` in hectares on the WGS84 ellipsoid."""

    def __init__(self, crs: CRS, bounds):
        self.crs = crs
        lat, lon = _center_latlon(crs, bounds)
        self.center = (lon, lat)
        laea = CRS.from_proj4(f"+proj=laea +lat_0={lat:.6f} +lon_0={lon:.6f} +ellps=WGS84 +units=m +no_defs")
        self._to_laea = Transformer.from_crs(crs, laea, always_xy=True)
        self._to_wgs84 = Transformer.from_crs(crs, WGS84, always_xy=True)

    @classmethod
    def for_geometries(cls, crs: CRS, geometry: np.ndarray) -> "AreaMeter":
        return cls(crs, shapely.total_bounds(geometry))

    def _project(self, geometry, transformer):
        def fn(xy):
            x, y = transformer.transform(xy[:, 0], xy[:, 1])
            return np.column_stack([x, y])

        return shapely.transform(geometry, fn)

    def to_wgs84(self, geometry):
        """Geometry as longitude/latitude on WGS84."""
        return self._project(geometry, self._to_wgs84)

    def hectares(self, geometry) -> np.ndarray:
        """Ellipsoidal area in hectares of each geometry (0 for None or empty)."""
        geometry = np.asarray(geometry, dtype=object)
        if geometry.size == 0:
            return np.zeros(geometry.shape)
        projected = self._project(geometry, self._to_laea)
        # An overlay result that is valid in the layer's CRS can pinch once reprojected:
        # repair those few before measuring, so their area is not a signed ring sum.
        bad = np.flatnonzero(~shapely.is_valid(projected) & ~shapely.is_missing(projected))
        for i in bad:
            projected[i] = polygonal_part(shapely.make_valid(projected[i]))
        area = shapely.area(projected)
        return np.nan_to_num(area, nan=0.0) / 1e4

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
    # pyproj sums signed ring areas: orient each part and add magnitudes (findings.md)
    return sum(abs(GEOD.geometry_area_perimeter(shapely.orient_polygons(p))[0]) for p in parts) / 1e4
