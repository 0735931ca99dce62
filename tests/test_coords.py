"""Coordinates for the status bar and task orders: DD, DMS, UTM, MGRS, legs, turning points.

MGRS reference values come from public sources independent of this code (each cited by its
line); the round trips then carry the check across the world.
"""

import math
import subprocess
import sys

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod, Transformer

from minedesk.core.coords import (
    dms_parts,
    format_dd,
    format_dms,
    format_utm,
    from_mgrs,
    from_utm,
    legs,
    meridian_convergence,
    to_mgrs,
    to_utm,
    turning_points,
    utm_epsg,
    utm_zone,
)

GEOD = Geod(ellps="WGS84")
FAST = settings(max_examples=150, deadline=None)


def geodesic(lon1, lat1, lon2, lat2) -> float:
    return GEOD.inv(lon1, lat1, lon2, lat2)[2]


def bearing_diff(a, b) -> float:
    """Smallest difference of two bearings, degrees."""
    return abs((a - b + 180.0) % 360.0 - 180.0)


# --------------------------------------------------------------------------- decimal degrees


@pytest.mark.parametrize("lon, lat, digits, text", [
    (46.931234, 39.987654, 6, "39.987654° N, 46.931234° E"),
    (-58.3816, -34.6037, 6, "34.603700° S, 58.381600° W"),
    (46.9312345678, 39.9876549, 4, "39.9877° N, 46.9312° E"),
    (46.5, 39.9999996, 6, "40.000000° N, 46.500000° E"),  # rounds up into the next degree
    (-0.004, -0.001, 2, "0.00° N, 0.00° E"),  # rounds to zero: no S/W on a zero
    (-0.006, -0.005001, 2, "0.01° S, 0.01° W"),
    (180.0, 0.0, 1, "0.0° N, 180.0° E"),
    (-180.0, 0.0, 1, "0.0° N, 180.0° W"),
    (190.0, 90.0, 3, "90.000° N, 170.000° W"),  # a map panned past the antimeridian
    (45.0, -90.0, 0, "90° S, 45° E"),
])
def test_format_dd(lon, lat, digits, text):
    assert format_dd(lon, lat, digits) == text


@pytest.mark.parametrize("lon, lat", [(float("nan"), 0.0), (0.0, float("inf")), (0.0, 90.5), (0.0, -91.0), ("x", 0)])
def test_bad_coordinates_raise(lon, lat):
    with pytest.raises(ValueError):
        format_dd(lon, lat)
    with pytest.raises(ValueError):
        format_dms(lon, lat)
    with pytest.raises(ValueError):
        to_utm(lon, lat)


# --------------------------------------------------------------------------- DMS


def test_format_dms_reference():
    # 0.987654° = 59.25924' = 59' 15.554"; 0.931234° = 55.87404' = 55' 52.442"
    assert format_dms(46.931234, 39.987654) == "39° 59' 15.6\" N, 46° 55' 52.4\" E"
    # Sydney: 0.857° = 51' 25.2", 0.215° = 12' 54.0"
    assert format_dms(151.215, -33.857) == "33° 51' 25.2\" S, 151° 12' 54.0\" E"
    assert format_dms(-77.0365, 38.8977, seconds_digits=2) == "38° 53' 51.72\" N, 77° 02' 11.40\" W"
    assert format_dms(2.2945, 48.8583, seconds_digits=0) == "48° 51' 30\" N, 2° 17' 40\" E"
    assert format_dms(180.0, 0.0) == "0° 00' 00.0\" N, 180° 00' 00.0\" E"


@pytest.mark.parametrize("value, digits, parts", [
    (39 + 59 / 60 + 59.95 / 3600, 1, (40, 0, 0.0, "N")),  # 59.95" -> 60.0" -> next minute -> next degree
    (39 + 59 / 60 + 59.96 / 3600, 1, (40, 0, 0.0, "N")),
    (39 + 59 / 60 + 59.94 / 3600, 1, (39, 59, 59.9, "N")),
    (39 + 30 / 60 + 59.95 / 3600, 1, (39, 31, 0.0, "N")),  # carry into the minutes only
    (-(10 + 59 / 60 + 59.5 / 3600), 0, (11, 0, 0.0, "S")),
    (-(10 + 59 / 60 + 59.49 / 3600), 0, (10, 59, 59.0, "S")),
    (12 + 15.6 / 3600, 1, (12, 0, 15.6, "N")),
    (-0.00001, 1, (0, 0, 0.0, "N")),  # 0.036" rounds to zero: not "S"
    (-0.0001, 1, (0, 0, 0.4, "S")),  # 0.36"
    (-90.0, 2, (90, 0, 0.0, "S")),
])
def test_dms_parts_latitude(value, digits, parts):
    assert dms_parts(value, "lat", digits) == parts


def test_dms_parts_longitude():
    assert dms_parts(-(179 + 59 / 60 + 59.96 / 3600), "lon") == (180, 0, 0.0, "W")
    assert dms_parts(46.931234, "lon", 3) == (46, 55, 52.442, "E")
    assert dms_parts(-0.00001, "lon") == (0, 0, 0.0, "E")
    assert dms_parts(350.0, "lon") == (10, 0, 0.0, "W")  # wrapped
    with pytest.raises(ValueError):
        dms_parts(91.0, "lat")
    with pytest.raises(ValueError):
        dms_parts(10.0, "x")
    with pytest.raises(ValueError):
        dms_parts(10.0, "lat", -1)


def test_format_dms_carry_shows_no_sixty():
    text = format_dms(45 + 59 / 60 + 59.97 / 3600, -(12 + 59 / 60 + 59.99 / 3600))
    assert text == "13° 00' 00.0\" S, 46° 00' 00.0\" E"
    assert "60" not in text


@FAST
@given(value=st.floats(-90, 90), digits=st.integers(0, 3))
def test_dms_parts_rebuild_the_value(value, digits):
    d, m, s, h = dms_parts(value, "lat", digits)
    assert 0 <= m < 60 and 0 <= s < 60 and h in "NS"
    rebuilt = (d + m / 60 + s / 3600) * (-1 if h == "S" else 1)
    assert abs(rebuilt - value) <= (0.5 + 1e-6) * 10.0**-digits / 3600


# --------------------------------------------------------------------------- UTM


@pytest.mark.parametrize("lon, lat, zone, hemisphere", [
    (46.93, 39.98, 38, "N"), (51.5, 40.4, 39, "N"), (47.999999, 40.0, 38, "N"), (48.0, 40.0, 39, "N"),
    (-180.0, 10.0, 1, "N"), (180.0, 10.0, 1, "N"), (179.999999, 10.0, 60, "N"), (-174.0, 10.0, 2, "N"),
    (0.0, 0.0, 31, "N"), (-0.000001, -0.000001, 30, "S"), (151.215, -33.857, 56, "S"),
    # Norway: zone 32 is widened west to 3°E in 56°N..64°N
    (4.0, 60.0, 32, "N"), (3.0, 56.0, 32, "N"), (2.999999, 60.0, 31, "N"), (11.999999, 63.99, 32, "N"),
    (12.0, 60.0, 33, "N"), (4.0, 64.0, 31, "N"), (4.0, 55.999999, 31, "N"), (5.3249, 60.39135, 32, "N"),
    # Svalbard: 31X 0-9°E, 33X 9-21°E, 35X 21-33°E, 37X 33-42°E
    (8.0, 75.0, 31, "N"), (10.0, 75.0, 33, "N"), (20.0, 75.0, 33, "N"), (22.0, 75.0, 35, "N"),
    (32.0, 75.0, 35, "N"), (34.0, 75.0, 37, "N"), (41.999, 84.0, 37, "N"), (42.0, 75.0, 38, "N"),
    (8.0, 71.999999, 32, "N"), (-1.0, 75.0, 30, "N"),
])
def test_utm_zone(lon, lat, zone, hemisphere):
    assert utm_zone(lon, lat) == (zone, hemisphere)


def test_utm_zone_vectorised():
    lon = np.array([46.93, 4.0, 20.0, 151.215, -180.0])
    lat = np.array([39.98, 60.0, 75.0, -33.857, 10.0])
    zone, hemisphere = utm_zone(lon, lat)
    assert zone.tolist() == [38, 32, 33, 56, 1]
    assert hemisphere.tolist() == ["N", "N", "N", "S", "N"]


@pytest.mark.parametrize("lon, lat", [(46.93, 39.98), (51.5, 40.4), (-43.21, -22.95), (151.215, -33.857),
                                      (-120.0, 60.0), (5.3249, 60.39135), (15.0, 78.0), (-70.0, -79.9)])
def test_to_utm_matches_pyproj(lon, lat):
    zone, hemisphere, e, n = to_utm(lon, lat)
    assert (zone, hemisphere) == utm_zone(lon, lat)
    epsg = (32600 if lat >= 0 else 32700) + zone
    assert utm_epsg(zone, hemisphere) == epsg
    ref_e, ref_n = Transformer.from_crs(4326, epsg, always_xy=True).transform(lon, lat)
    assert (e, n) == pytest.approx((ref_e, ref_n), abs=1e-6)
    back = from_utm(zone, e, n, hemisphere)
    assert back == pytest.approx((lon, lat), abs=1e-9)


@pytest.mark.parametrize("lon, lat, zone, hemisphere, e, n", [
    # Chris Veness, geodesy test suite (utm-mgrs-tests.js)
    (0.0, 0.0, 31, "N", 166021.443081, 0.0),
    (-1.0, -1.0, 30, "S", 722561.73648, 9889402.02748),
    (151.215, -33.857, 56, "S", 334873.199, 6252266.092),
    (-43.2106, -22.9519, 23, "S", 683466.254, 7460687.433),
    (5.3249, 60.39135, 32, "N", 297508.41, 6700645.30),
])
def test_to_utm_published_values(lon, lat, zone, hemisphere, e, n):
    z, h, easting, northing = to_utm(lon, lat)
    assert (z, h) == (zone, hemisphere)
    assert easting == pytest.approx(e, abs=0.005)
    assert northing == pytest.approx(n, abs=0.005)


def test_to_utm_arrays_use_the_zone_of_the_first_point():
    lon = np.array([47.9, 48.1, 49.5])  # straddles the 38/39 boundary at 48°E
    lat = np.array([40.0, 40.0, 40.0])
    zone, hemisphere, e, n = to_utm(lon, lat)
    assert (zone, hemisphere) == (38, "N") and e.shape == (3,)
    ref = Transformer.from_crs(4326, 32638, always_xy=True).transform(lon, lat)
    np.testing.assert_allclose(e, ref[0], atol=1e-6)
    np.testing.assert_allclose(n, ref[1], atol=1e-6)
    assert e[2] > 834_000  # beyond the zone, still right in zone 38
    assert to_utm(lon[::-1], lat)[0] == 39
    assert to_utm(lon, lat, zone=39)[:2] == (39, "N")
    assert to_utm(lon.reshape(3, 1), lat.reshape(3, 1))[2].shape == (3, 1)


def test_to_utm_zone_argument_forms():
    # a hazard straddling the equator: one zone and one hemisphere for every point
    lon, lat = np.array([33.0, 33.1]), np.array([0.05, -0.05])
    _, h, _, n = to_utm(lon, lat)
    assert h == "N" and n[1] < 0
    _, h, _, n = to_utm(lon, lat, "36S")
    assert h == "S" and n[0] > 10_000_000
    assert to_utm(33.0, -0.05, 36)[:2] == (36, "S")  # a bare number keeps the point's hemisphere
    assert to_utm(33.0, -0.05, (36, "n"))[:2] == (36, "N")
    for bad in (0, 61, "38X", "38", (38, "E"), 38.5, True):
        with pytest.raises(ValueError):
            to_utm(33.0, 0.0, bad)
    with pytest.raises(ValueError):
        to_utm(np.array([]), np.array([]))


def test_format_utm():
    lon, lat = from_utm(38, 640123.7, 4427456.2)
    assert format_utm(lon, lat) == "38N 640123 4427456"  # truncated to the metre, not rounded
    assert format_utm(151.215, -33.857) == "56S 334873 6252266"
    assert format_utm(-1.0, -1.0) == "30S 722561 9889402"
    assert format_utm(0.0, 0.00001) == "31N 166021 0000001"
    assert format_utm(lon, lat, zone=39).startswith("39N ")
    # the UTM and the MGRS texts of one point agree digit for digit
    assert to_mgrs(lon, lat) == "38SPK 40123 27456"


# --------------------------------------------------------------------------- convergence and legs


def test_meridian_convergence_published_value():
    # Bergen, zone 32 (Norway exception), west of 9°E: grid north is west of true north
    assert meridian_convergence(5.3249, 60.39135) == pytest.approx(-3.196281440, abs=1e-8)  # Veness, utm-mgrs-tests.js


def test_grid_bearing_sign_convention():
    # zone 38N, central meridian 45°E
    east_n = meridian_convergence(46.5, 40.0, 38)
    west_n = meridian_convergence(43.5, 40.0, 38)
    east_s = meridian_convergence(46.5, -40.0, "38S")
    assert east_n > 0 and west_n < 0 and east_s < 0  # grid north is east of true north: > 0
    assert meridian_convergence(45.0, 40.0, 38) == pytest.approx(0.0, abs=1e-12)
    # spherical approximation: gamma ~ atan(tan(dlon) sin(lat))
    assert east_n == pytest.approx(math.degrees(math.atan(math.tan(math.radians(1.5)) * math.sin(math.radians(40)))), abs=0.01)
    # so walking due true north east of the central meridian is walking west of grid north
    lg = legs([46.5, 46.5], [40.0, 40.01], zone=38)
    assert bearing_diff(lg.true_bearing[0], 0.0) < 1e-9
    assert bearing_diff(lg.grid_bearing[0], -east_n) < 1e-9
    assert 359.0 < lg.grid_bearing[0] < 360.0


@pytest.mark.parametrize("lon, lat, zone", [(46.7, 40.1, 38), (43.2, 40.1, 38), (46.7, -20.0, "38S"), (43.2, -20.0, "38S"),
                                            (48.3, 39.5, 39), (48.3, 39.5, 38), (5.3249, 60.39135, 32)])
def test_grid_bearing_is_the_bearing_on_the_utm_map(lon, lat, zone):
    """Independent of PROJ's convergence: the grid bearing of a short leg is its direction in UTM."""
    for az in (0.0, 37.0, 90.0, 181.0, 300.0):
        lon2, lat2, _ = GEOD.fwd(lon, lat, az, 100.0)
        lg = legs([lon, lon2], [lat, lat2], zone=zone)
        _, _, e, n = to_utm(np.array([lon, lon2]), np.array([lat, lat2]), zone)
        on_map = math.degrees(math.atan2(e[1] - e[0], n[1] - n[0])) % 360.0
        assert bearing_diff(lg.grid_bearing[0], on_map) < 1e-4
        assert bearing_diff(lg.true_bearing[0], az) < 1e-9


def test_legs_match_pyproj_geod():
    rng = np.random.default_rng(7)
    lon = 46.9 + rng.uniform(-0.05, 0.05, 12)
    lat = 39.9 + rng.uniform(-0.05, 0.05, 12)
    lg = legs(lon, lat)
    az, _, dist = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    assert len(lg) == 11 and (lg.zone, lg.hemisphere) == (38, "N")
    np.testing.assert_allclose(lg.distance, dist, rtol=0, atol=1e-9)
    np.testing.assert_allclose(lg.true_bearing, np.mod(az, 360.0), rtol=0, atol=1e-9)
    assert ((lg.true_bearing >= 0) & (lg.true_bearing < 360) & (lg.grid_bearing >= 0) & (lg.grid_bearing < 360)).all()
    gamma = meridian_convergence(lon[:-1], lat[:-1], 38)
    np.testing.assert_allclose(lg.convergence, gamma)
    np.testing.assert_allclose(np.mod(lg.true_bearing - lg.grid_bearing, 360.0), np.mod(gamma, 360.0), atol=1e-9)
    closed = legs(lon, lat, closed=True)
    assert len(closed) == 12
    assert closed.distance[-1] == pytest.approx(geodesic(lon[-1], lat[-1], lon[0], lat[0]))


def test_legs_edge_cases():
    lg = legs([46.0, 46.0, 46.001], [40.0, 40.0, 40.0])
    assert lg.distance[0] == 0.0 and np.isnan(lg.true_bearing[0]) and np.isnan(lg.grid_bearing[0])
    assert lg.true_bearing[1] == pytest.approx(90.0, abs=0.01)
    one = legs([46.0], [40.0])
    assert len(one) == 0 and one.zone == 38
    # a bearing a hair west of north is 359.99..., never 360 nor negative
    lg = legs([45.0, 45.0 - 1e-12], [40.0, 40.01], zone=38)
    assert 0.0 <= lg.true_bearing[0] < 360.0 and 0.0 <= lg.grid_bearing[0] < 360.0
    with pytest.raises(ValueError):
        legs([46.0, 47.0], [40.0])
    with pytest.raises(ValueError):
        legs([46.0, 47.0], [40.0, 40.0, 40.0])
    with pytest.raises(ValueError):
        legs([], [])


# --------------------------------------------------------------------------- MGRS


# (lon, lat) -> MGRS, each from a source independent of this code:
# IBM coordconvert / Chris Veness geodesy tests (utm-mgrs-tests.js), proj4js/mgrs tests,
# the python `mgrs` README, GeographicLib's GeoConvert.
MGRS_REFERENCES = [
    (0.0, 0.0, 5, "31NAA6602100000"),  # IBM #01, proj4js
    (0.0, 0.00001, 5, "31NAA6602100001"),  # proj4js
    (-0.2324, 0.1300, 5, "30NZF0808414385"),  # IBM #02
    (23.3545, -45.6456, 5, "34GFQ8347342631"),  # IBM #03 (UTM rounds to 683474: MGRS truncates)
    (-33.8765, -12.7650, 5, "25LDF0485988691"),  # IBM #04
    (-135.4545, 23.4578, 5, "8QML5358094272"),  # IBM #09
    (156.9876, 77.3450, 5, "57XVF5079386116"),  # IBM #10
    (1.0, 1.0, 5, "31NBB7743810597"),  # Veness
    (-1.0, -1.0, 5, "30MYD2256189402"),  # Veness
    (2.2945, 48.8583, 5, "31UDQ4825111943"),  # Veness, Eiffel tower
    (151.215, -33.857, 5, "56HLH3487352266"),  # Veness, Sydney
    (-77.0365, 38.8977, 5, "18SUJ2339407395"),  # Veness, White House
    (-43.2106, -22.9519, 5, "23KPQ8346660687"),  # Veness, Rio
    (5.3249, 60.39135, 5, "32VKN9750800645"),  # Veness, Bergen (zone 32 by the Norway exception)
    (-115.0820944, 36.2361322, 5, "11SPA7234911844"),  # proj4js
    (-93.0, 42.0, 5, "15TWG0000049776"),  # python mgrs README
    (16.41450, 48.24949, 1, "33UXP04"),  # proj4js
    (-32.66433, 83.62778, 3, "25XEN041865"),  # proj4js (GeoConvert: 25n 504158 9286521)
]


@pytest.mark.parametrize("lon, lat, precision, ref", MGRS_REFERENCES)
def test_to_mgrs_reference_values(lon, lat, precision, ref):
    got = to_mgrs(lon, lat, precision)
    assert got.replace(" ", "") == ref
    assert abs(geodesic(*from_mgrs(got), lon, lat)) < 0.71 * 10 ** (5 - precision) + 0.01


@pytest.mark.parametrize("zone, e, n, ref", [
    (38, 444_500.0, 3_688_500.0, "38SMB4488"),  # GeoConvert docs: E in [444, 445) km, N in [3688, 3689) km
    (33, 472_202.5, 6_487_839.5, "33VVE7220287839"),  # GeographicLib MGRS.Forward (geographiclib-mgrs tests)
    (24, 578_350.0, 9_290_850.0, "24XWT783908"),  # GeoConvert (a zone-24 reference of a point in zone 25)
])
def test_mgrs_from_utm_reference_values(zone, e, n, ref):
    lon, lat = from_utm(zone, e, n)
    lo, la = from_mgrs(ref)
    _, _, e2, n2 = to_utm(lo, la, zone)
    assert (e2, n2) == pytest.approx((e, n), abs=1e-6)  # centre of the square
    if utm_zone(lon, lat)[0] == zone:
        assert to_mgrs(lon, lat, (len(ref) - 5) // 2).replace(" ", "") == ref


@pytest.mark.parametrize("text, centre, lon, lat, tol", [
    # GeoConvert (GeographicLib), centres
    ("33XVK9556495053", True, 14.74556, 81.01648, 6e-6),
    ("24XWT783908", True, -32.66433, 83.62778, 1e-5),  # proj4js/mgrs tests (GeoConvert's Cape Morris Jesup)
    # Palantir Foundry docs (mgrsToGeoPoint): south-west corners, zone 4 (even: row letters shifted)
    ("4Q FJ 12345 67890", False, -157.91608117421092, 21.409796671597924, 1e-8),
    ("4Q FJ 1 6", False, -157.93921670599434, 21.338665624760598, 1e-8),
    ("4Q FJ 123 678", False, -157.91652127483704, 21.40898645576642, 1e-8),
])
def test_from_mgrs_reference_values(text, centre, lon, lat, tol):
    assert from_mgrs(text, centre=centre) == pytest.approx((lon, lat), abs=tol)


def test_from_mgrs_parsing():
    with pytest.raises(TypeError):
        from_mgrs(None)
    ref = from_mgrs("38SMJ 40123 27456")
    for text in ("38SMJ4012327456", " 38smj 40123 27456 ", "38S MJ 40123 27456", "38 S MJ 4012327456"):
        assert from_mgrs(text) == ref
    assert from_mgrs("04QFJ1234567890") == from_mgrs("4QFJ 12345 67890")
    # Veness: a 100 km square spanning two bands reads the same under either band letter
    for text in ("01P ET 00000 68935", "01Q ET 00000 68935"):
        lon, lat = from_mgrs(text, centre=False)
        assert to_utm(lon, lat, "1N")[2:] == pytest.approx((500_000, 1_768_935), abs=1e-6)
    # precision 0: the centre of the 100 km square
    lon, lat = from_mgrs("38SMJ")
    assert to_utm(lon, lat, 38)[2:] == pytest.approx((450_000, 4_350_000), abs=1e-6)
    # the south-west corner reads back to the same reference, float noise notwithstanding
    assert to_mgrs(*from_mgrs("4QFJ1234567890", centre=False)) == "4QFJ 12345 67890"


@pytest.mark.parametrize("text, match", [
    ("ZAF0193788990", "UPS"), ("38ASJ", "UPS"), ("38YMJ", "UPS"),
    ("38IMJ", "band"), ("38SAJ", "column"), ("38SMW", "row"), ("38SMU", "not in band"),
    ("32XMJ", "does not exist"), ("61SMJ", "zone"), ("0SMJ", "zone"),
    ("38SMJ 123 45", "as many digits"), ("38SMJ123", "odd"), ("38SMJ123456123456", "more than 5"),
    ("hello", "not an MGRS"), ("", "not an MGRS"), ("Berlin", "not an MGRS"),
])
def test_from_mgrs_rejects(text, match):
    with pytest.raises(ValueError, match=match):
        from_mgrs(text)


def test_to_mgrs_precision_and_polar_limits():
    lon, lat = 46.931234, 39.987654
    full = to_mgrs(lon, lat)
    head, e, n = full.split()
    assert to_mgrs(lon, lat, 0) == head
    for p in range(1, 6):
        assert to_mgrs(lon, lat, p) == f"{head} {e[:p]} {n[:p]}"  # truncation: every level a prefix
    assert to_mgrs(0.0, 84.0).startswith("31X") and to_mgrs(0.0, -80.0).startswith("31C")
    for lat in (84.000001, -80.000001, 90.0, -90.0):
        with pytest.raises(ValueError, match="UPS is not supported"):
            to_mgrs(0.0, lat)
    for p in (-1, 6, 2.5, True):
        with pytest.raises(ValueError):
            to_mgrs(lon, lat, p)


@pytest.mark.parametrize("lon, lat, gzd", [
    (5.3249, 60.39135, "32V"), (3.2, 56.1, "32V"), (2.9, 60.0, "31V"), (11.9, 63.9, "32V"), (12.1, 60.0, "33V"),
    (8.9, 78.0, "31X"), (9.1, 78.0, "33X"), (20.9, 79.0, "33X"), (21.1, 80.0, "35X"), (32.9, 83.9, "35X"),
    (33.1, 72.0, "37X"), (41.9, 84.0, "37X"), (42.1, 75.0, "38X"), (8.0, 71.99999, "32W"),
    (-43.2106, -22.9519, "23K"), (151.215, -33.857, "56H"), (-70.0, -79.99999, "19C"), (-70.0, -72.00001, "19C"),
    (-70.0, -71.99999, "19D"), (46.0, 7.99999, "38N"), (46.0, 8.0, "38P"), (46.0, 8.00001, "38P"),
    (46.0, 0.0, "38N"), (46.0, 0.000001, "38N"), (46.0, -0.000001, "38M"), (-0.000001, 0.000001, "30N"),
    (179.99999, 10.0, "60P"), (-179.99999, -10.0, "1L"), (180.0, 52.0, "1U"), (5.99999, 40.0, "31T"), (6.0, 40.0, "32T"),
    (46.93, 83.99999, "38X"), (46.93, 72.0, "38X"), (46.93, 71.99999, "38W"),
])
def test_mgrs_round_trip_at_zone_and_band_edges(lon, lat, gzd):
    text = to_mgrs(lon, lat)
    assert text.startswith(gzd) and not text[len(gzd)].isdigit()
    lo, la = from_mgrs(text)
    assert geodesic(lon, lat, lo, la) < 0.71
    lo, la = from_mgrs(text, centre=False)
    assert geodesic(lon, lat, lo, la) < 1.42


@settings(max_examples=400, deadline=None)
@given(lon=st.floats(-180, 180), lat=st.floats(-80, 84), precision=st.integers(1, 5))
def test_mgrs_round_trip_anywhere(lon, lat, precision):
    text = to_mgrs(lon, lat, precision)
    lo, la = from_mgrs(text)
    # the centre of the square is within half its diagonal of the point, the corner within a diagonal
    # (on the ground, a grid metre is up to 1/0.9996 m: the scale factor on the central meridian)
    size = 10 ** (5 - precision) / 0.9996
    assert geodesic(lon, lat, lo, la) < 0.7072 * size + 1e-3
    assert geodesic(lon, lat, *from_mgrs(text, centre=False)) < 1.4143 * size + 1e-3


def test_mgrs_matches_the_mgrs_package():
    mgrs = pytest.importorskip("mgrs")
    m = mgrs.MGRS()
    rng = np.random.default_rng(3)
    lons, lats = rng.uniform(-180, 180, 400), rng.uniform(-80, 84, 400)
    lons[:40], lats[:40] = rng.uniform(0, 42, 40), rng.uniform(56, 84, 40)  # Norway and Svalbard
    for lon, lat in zip(lons, lats, strict=True):
        ours = to_mgrs(lon, lat).replace(" ", "")
        theirs = m.toMGRS(lat, lon, MGRSPrecision=5).lstrip("0")
        if ours != theirs:  # only where the point is within 1 mm of a metre line (the TM series differ at 0.1 mm)
            _, _, e, n = to_utm(lon, lat)
            assert min(abs(e - round(e)), abs(n - round(n))) < 1e-3, (lon, lat, ours, theirs)
        la, lo = m.toLatLon(ours)
        assert geodesic(lo, la, *from_mgrs(ours)) < 1e-3


# --------------------------------------------------------------------------- turning points


def _is_clockwise(points) -> bool:
    return not shapely.LinearRing([(p.lon, p.lat) for p in points]).is_ccw


def _check_ring_legs(ring):
    pts = ring.points
    n = len(pts)
    assert [p.number for p in pts] == list(range(1, n + 1))
    assert (pts[0].lon, pts[0].lat) != (pts[-1].lon, pts[-1].lat)  # no repeated closing vertex
    for k, p in enumerate(pts):
        prev = pts[k - 1]  # point 1 arrives from point n
        az, _, dist = GEOD.inv(prev.lon, prev.lat, p.lon, p.lat)
        assert p.distance == pytest.approx(dist, abs=1e-6)
        assert bearing_diff(p.true_bearing, az % 360) < 1e-9
        gamma = meridian_convergence(prev.lon, prev.lat, (ring.zone, ring.hemisphere))
        assert bearing_diff(p.grid_bearing, p.true_bearing - gamma) < 1e-9
        _, _, e, nn = to_utm(p.lon, p.lat, (ring.zone, ring.hemisphere))
        assert (p.easting, p.northing) == pytest.approx((e, nn), abs=1e-6)
    perimeter = GEOD.line_length([p.lon for p in pts] + [pts[0].lon], [p.lat for p in pts] + [pts[0].lat])
    assert sum(p.distance for p in pts) == pytest.approx(perimeter, rel=1e-12)


def test_turning_points_of_a_box_start_north_west_and_go_clockwise():
    box = shapely.box(46.90, 39.90, 46.92, 39.91)  # counter-clockwise as shapely builds it
    (ring,) = turning_points(box)
    assert (ring.part, ring.hole, ring.is_hole, ring.zone, ring.hemisphere) == (1, 0, False, 38, "N")
    assert [(p.lon, p.lat) for p in ring.points] == [(46.90, 39.91), (46.92, 39.91), (46.92, 39.90), (46.90, 39.90)]
    assert _is_clockwise(ring.points)
    _check_ring_legs(ring)
    # clockwise around a box: east, south, west, north
    assert [round(p.true_bearing) for p in ring.points[1:]] == [90, 180, 270]
    assert bearing_diff(ring.points[0].true_bearing, 0.0) < 1e-6  # point 1 arrives from the south-west corner


def test_turning_points_start_where_asked():
    pentagon = shapely.Polygon([(46.90, 39.90), (46.93, 39.90), (46.94, 39.93), (46.915, 39.95), (46.89, 39.93)])
    (ring,) = turning_points(pentagon)
    assert (ring.points[0].lon, ring.points[0].lat) == (46.915, 39.95)  # northernmost
    assert _is_clockwise(ring.points)
    (ring,) = turning_points(pentagon, start=(46.935, 39.899))
    assert (ring.points[0].lon, ring.points[0].lat) == (46.93, 39.90)
    clockwise = [(46.93, 39.90), (46.90, 39.90), (46.89, 39.93), (46.915, 39.95), (46.94, 39.93)]
    assert [(p.lon, p.lat) for p in ring.points] == clockwise
    _check_ring_legs(ring)
    (again,) = turning_points(pentagon.reverse(), start=shapely.Point(46.935, 39.899))
    assert again == ring  # the input orientation does not matter


def test_turning_points_holes_and_multipolygons():
    outer = [(46.90, 39.90), (46.90, 39.95), (46.95, 39.95), (46.95, 39.90)]  # already clockwise
    hole1 = [(46.91, 39.91), (46.92, 39.91), (46.92, 39.92), (46.91, 39.92)]  # counter-clockwise
    hole2 = [(46.93, 39.93), (46.935, 39.945), (46.94, 39.93)]  # clockwise
    first = shapely.Polygon(outer, [hole1, hole2])
    second = shapely.Polygon([(48.10, 40.0), (48.12, 40.0), (48.12, 40.02), (48.10, 40.02)])  # in zone 39
    rings = turning_points(shapely.MultiPolygon([first, second]))
    assert [(r.part, r.hole, r.is_hole) for r in rings] == [(1, 0, False), (1, 1, True), (1, 2, True), (2, 0, False)]
    assert {(r.zone, r.hemisphere) for r in rings} == {(38, "N")}  # one zone for the whole hazard
    assert [len(r.points) for r in rings] == [4, 4, 3, 4]
    for r in rings:
        assert _is_clockwise(r.points)
        assert r.points[0].number == 1
        assert r.points[0].lat == max(p.lat for p in r.points)
        _check_ring_legs(r)
    assert (rings[2].points[0].lon, rings[2].points[0].lat) == (46.935, 39.945)
    assert turning_points(shapely.MultiPolygon([first, second]), zone="39N")[0].zone == 39


def test_turning_points_clean_input():
    poly = shapely.Polygon([(46.90, 39.90, 350.0), (46.90, 39.90, 351.0), (46.91, 39.92, 352.0), (46.92, 39.90, 353.0)])
    (ring,) = turning_points(poly)  # heights are ignored
    assert [(p.lon, p.lat) for p in ring.points] == [(46.91, 39.92), (46.92, 39.90), (46.90, 39.90)]  # repeat dropped
    assert all(p.distance > 0 for p in ring.points)
    south = shapely.box(-43.22, -22.96, -43.20, -22.94)
    (ring,) = turning_points(south)
    assert (ring.zone, ring.hemisphere) == (23, "S") and _is_clockwise(ring.points)
    _check_ring_legs(ring)
    assert turning_points(shapely.Polygon()) == []
    assert turning_points(shapely.MultiPolygon()) == []
    with pytest.raises(TypeError):
        turning_points(shapely.Point(46.9, 39.9))
    with pytest.raises(ValueError):
        turning_points(shapely.box(640_000, 4_427_000, 640_100, 4_427_100))  # UTM metres, not lon/lat


def test_turning_points_across_the_antimeridian():
    poly = shapely.Polygon([(179.99, -16.0), (-179.99, -16.0), (-179.99, -16.02), (179.99, -16.02)])  # clockwise
    (ring,) = turning_points(poly)
    assert [(p.lon, p.lat) for p in ring.points] == [(179.99, -16.0), (-179.99, -16.0), (-179.99, -16.02), (179.99, -16.02)]
    assert max(p.distance for p in ring.points) < 2_300  # short legs, not around the world
    assert ring.zone == 60


def test_coords_loads_no_gui_or_gdal():
    code = ("import sys, minedesk.core.coords;"
            "print(','.join(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'PyQt5', 'PyQt6', 'qtpy', 'pyqtgraph', 'qgis', 'pyogrio', 'fiona', 'osgeo')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == ""


def test_dms_text_is_format_dms_half():
    from minedesk.core import coords

    for lon, lat in [(46.641182, 39.985670), (-0.0000001, -33.5), (179.99999999, 0.0)]:
        assert coords.format_dms(lon, lat) == f"{coords.dms_text(lat, 'lat')}, {coords.dms_text(lon, 'lon')}"
