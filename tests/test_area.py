"""Hectares are ellipsoidal: the equal-area measure agrees with pyproj.Geod to 1e-7."""

import numpy as np
import pytest
import shapely
from pyproj import CRS, Transformer

from conftest import X0, Y0
from minedesk.core.area import AreaMeter, geodesic_hectares

UTM38 = CRS.from_epsg(32638)


def to_wgs84(geoms, crs):
    t = Transformer.from_crs(crs, 4326, always_xy=True)
    return shapely.transform(geoms, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))


def random_polygons(rng, n, spread):
    out = []
    for _ in range(n):
        cx, cy = X0 + rng.normal(0, spread), Y0 + rng.normal(0, spread)
        k = rng.integers(5, 30)
        t = np.sort(rng.uniform(0, 2 * np.pi, k))
        r = rng.uniform(30, 2000) * (1 + 0.3 * rng.uniform(-1, 1, k))
        out.append(shapely.make_valid(shapely.Polygon(np.column_stack([cx + r * np.cos(t), cy + r * np.sin(t)]))))
    return np.array(out, dtype=object)


def test_matches_geodesic_area_across_the_country():
    geoms = random_polygons(np.random.default_rng(1), 300, 60_000)
    meter = AreaMeter.for_geometries(UTM38, geoms)
    ours = meter.hectares(geoms)
    reference = np.array([geodesic_hectares(g) for g in to_wgs84(geoms, UTM38)])
    assert np.max(np.abs(ours / reference - 1)) < 1e-7


def test_not_utm_planar_area():
    # a 1 km square far from the central meridian of UTM 38 (45 E): planar UTM area is wrong
    g = shapely.box(X0 + 100_000, Y0, X0 + 101_000, Y0 + 1_000)
    ha = AreaMeter.for_geometries(UTM38, np.array([g]))
    ours = ha.hectares(np.array([g]))[0]
    assert ours == pytest.approx(geodesic_hectares(to_wgs84(g, UTM38)), rel=1e-8)
    assert abs(ours - g.area / 1e4) / ours > 1e-4  # UTM would be off by more than 0.01 %


def test_holes_and_multipolygons_with_any_ring_orientation():
    outer = shapely.box(X0, Y0, X0 + 1000, Y0 + 1000)
    hole = shapely.box(X0 + 200, Y0 + 200, X0 + 400, Y0 + 400)
    holed_cw = shapely.Polygon(outer.exterior.coords[::-1], [hole.exterior.coords[::-1]])
    other = shapely.box(X0 + 2000, Y0, X0 + 2500, Y0 + 500)
    multi = shapely.MultiPolygon([shapely.orient_polygons(holed_cw, exterior_cw=True), other.reverse()])
    geoms = np.array([holed_cw, multi], dtype=object)
    ours = AreaMeter.for_geometries(UTM38, geoms).hectares(geoms)
    assert ours[0] == pytest.approx(96 * (ours[1] - ours[0]) / 25, rel=1e-4)  # 96 ha vs 25 ha, ~planar ratio
    for g, ha in zip(to_wgs84(geoms, UTM38), ours, strict=False):
        assert ha == pytest.approx(geodesic_hectares(g), rel=1e-8)


@pytest.mark.parametrize("epsg", [4326, 32638, 32639, 28408, 3857])
def test_any_crs_gives_the_same_hectares(epsg):
    geoms = random_polygons(np.random.default_rng(2), 50, 30_000)
    t = Transformer.from_crs(UTM38, epsg, always_xy=True)
    moved = shapely.transform(geoms, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))
    base = AreaMeter.for_geometries(UTM38, geoms).hectares(geoms)
    ours = AreaMeter.for_geometries(CRS.from_epsg(epsg), moved).hectares(moved)
    # vertices are the same places; edges differ only by what "straight" means in each CRS
    np.testing.assert_allclose(ours, base, rtol=2e-6)


def test_far_from_the_projection_centre():
    # data spread over thousands of km still measure right for hazard-sized polygons
    geoms_ll = np.array([shapely.box(lon, lat, lon + 0.01, lat + 0.01) for lon, lat in
                         [(-70, -30), (10, 60), (46, 40), (120, 5), (170, -45)]], dtype=object)
    ours = AreaMeter.for_geometries(CRS.from_epsg(4326), geoms_ll).hectares(geoms_ll)
    reference = [geodesic_hectares(g) for g in geoms_ll]
    np.testing.assert_allclose(ours, reference, rtol=1e-7)


def test_none_and_empty_measure_zero():
    geoms = np.array([None, shapely.Polygon(), shapely.box(X0, Y0, X0 + 100, Y0 + 100)], dtype=object)
    ha = AreaMeter.for_geometries(UTM38, geoms).hectares(geoms)
    assert ha[0] == 0 and ha[1] == 0 and ha[2] == pytest.approx(1.0, rel=2e-3)


def test_perimeter_is_geodesic():
    g = shapely.box(X0, Y0, X0 + 1000, Y0 + 500)
    meter = AreaMeter.for_geometries(UTM38, np.array([g]))
    assert meter.perimeter_m(g) == pytest.approx(3000, rel=2e-3)
