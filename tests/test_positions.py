"""core/positions.py: every form a position is written in, against independent conversions."""

from __future__ import annotations

import math

import mgrs
import pytest
from pyproj import Transformer

from minedesk.core import coords
from minedesk.core.errors import InputError
from minedesk.core.positions import EXAMPLES, parse_position

# a point near Xocavənd, and a few others (lon, lat)
POINTS = [(47.0030, 39.9188), (46.641182, 39.985670), (44.5, 38.2), (-58.38, -34.6), (18.42, -33.92)]
M_PER_DEG = 111_320.0


def _from(epsg: int, x: float, y: float) -> tuple[float, float]:
    lon, lat = Transformer.from_crs(epsg, 4326, always_xy=True).transform(x, y)
    return lon, lat


def _close(pos, lonlat, tol):
    assert (pos.lon, pos.lat) == pytest.approx(lonlat, abs=tol), (pos, lonlat)


@pytest.mark.parametrize("text, form", [
    ("39.9188, 47.0030", "dd"), ("39.9188 47.0030", "dd"), ("N39.9188 E47.0030", "dd"),
    ("39.9188N 47.0030E", "dd"), ("39.918800° N, 47.003000° E", "dd"), ("E47.0030 N39.9188", "dd"),
    ("39 55.128N 047 00.180E", "dm"), ("39°55.128' N, 47°00.180' E", "dm"), ("N 39 55.128 E 047 00.180", "dm"),
    ("39°55'07.68\"N 47°00'10.80\"E", "dms"), ("39° 55′ 07.68″ N, 47° 00′ 10.80″ E", "dms"),
    ("39 55 07.68 N 47 00 10.80 E", "dms"), ("39º55'07.68''N 47º00'10.80''E", "dms"),
])
def test_degrees(text, form):
    pos = parse_position(text)
    assert pos.form == form and pos.zone is None
    _close(pos, (47.0030, 39.9188), 1e-7)


def test_degrees_south_and_west():
    _close(parse_position("33.92S 18.42E"), (18.42, -33.92), 1e-12)
    _close(parse_position("-34.6, -58.38"), (-58.38, -34.6), 1e-12)
    _close(parse_position("34°36'00\"S 58°22'48\"W"), (-58.38, -34.6), 1e-9)


def test_utm_with_hemisphere_against_pyproj():
    pos = parse_position("38N 671184 4420665")
    assert (pos.form, pos.zone) == ("utm", "38N")
    _close(pos, _from(32638, 671184.5, 4420665.5), 1e-7)  # the centre of the metre square
    pos = parse_position("21S 332466 6170450")
    assert pos.zone == "21S"
    _close(pos, _from(32721, 332466.5, 6170450.5), 1e-7)
    _close(parse_position("38N 671184.25 4420665.75"), _from(32638, 671184.25, 4420665.75), 1e-7)


def test_utm_band_s_is_the_band_in_azerbaijan():
    pos = parse_position("38S 671184 4420665")
    assert (pos.form, pos.zone) == ("utm", "38N")
    _close(pos, _from(32638, 671184.5, 4420665.5), 1e-7)
    assert 32 < pos.lat < 40
    from minedesk.core.taskorder import TaskOrder

    # the task order's position fields read through the same parser: no longer 50°S
    assert TaskOrder("T-1", ["H"], {"benchmark": "38S 671184 4420665"}).point("benchmark") == \
        pytest.approx((pos.lon, pos.lat))
    # an S whose band reading is far from band S is the southern hemisphere
    pos = parse_position("38S 500000 9500000")
    assert pos.zone == "38S"
    _close(pos, _from(32738, 500000.5, 9500000.5), 1e-7)
    # other band letters, as GPS units show them
    pos = parse_position("38T 500000 4500000")
    assert pos.zone == "38N"
    _close(pos, _from(32638, 500000.5, 4500000.5), 1e-7)
    _close(parse_position("21H 332466 6170450"), _from(32721, 332466.5, 6170450.5), 1e-7)
    # N is band N and the northern hemisphere at once: one reading
    _close(parse_position("38N 500000 500000"), _from(32638, 500000.5, 500000.5), 1e-7)


def test_an_ambiguous_s_asks():
    # 40.1°N as band S (just outside it), or 50.2°S as the southern hemisphere
    with pytest.raises(InputError) as err:
        parse_position("38S 500000 4440000")
    message = str(err.value)
    assert "band" in message and "southern hemisphere" in message and "?" in message
    assert "38T 500000 4440000" in message and "38F 500000 4440000" in message
    assert len(message.splitlines()) == 1


@pytest.mark.parametrize("text", ["38SPK 71184 20665", "38SPK7118420665", "38 S PK 71184 20665", "38spk 7118 2066",
                                  "38SPK 711 206", "38SPK 71 20", "38SPK 7 2", "38SPK"])
def test_mgrs_against_the_mgrs_package(text):
    pos = parse_position(text)
    assert (pos.form, pos.zone) == ("mgrs", "38N")
    lat, lon = mgrs.MGRS().toLatLon(text.replace(" ", "").upper(), inDegrees=True)  # the square's centre
    _close(pos, (lon, lat), 1e-7)


def test_gauss_kruger_pulkovo():
    pos = parse_position("X=4422525 Y=8671357")
    assert (pos.form, pos.zone) == ("gk", "8")
    _close(pos, _from(28408, 8671357, 4422525), 1e-7)
    assert pos.lonlat == pytest.approx((47.0030, 39.9188), abs=2e-4)  # the same point near Xocavənd
    _close(parse_position("x: 4422525, y: 8671357"), _from(28408, 8671357, 4422525), 1e-7)
    _close(parse_position("Y=8671357 X=4422525"), _from(28408, 8671357, 4422525), 1e-7)
    _close(parse_position("X=6175000 Y=7413000"), _from(28407, 7413000, 6175000), 1e-7)


@pytest.mark.parametrize("text, words", [
    ("95.1, 47.0", "latitude 95.1° is over 90"),
    ("39.9, 190", "longitude 190° is over 180"),
    ("39 61.5N 047 00.180E", "minutes 61.5 are over 59"),
    ("39°55'60.5\"N 47°00'10.8\"E", "seconds 60.5 are 60 or more"),
    ("38SZK 71184 20665", "column letter Z is not used in zone 38"),
    ("38SPV 71184 20665", "square PV is not in band S"),  # south of it
    ("38SPK 7118 206", "as many digits"),
    ("38T 500000 9500000", "not in band T"),
    ("X=4422525 Y=671357", "Gauss-Krüger zone"),
    ("near the old school", "not a position MineDesk reads"),
    ("39.9N 47.0", "hemisphere letter on both"),
    ("", "empty position"),
])
def test_bad_input_says_what_and_shows_the_forms(text, words):
    with pytest.raises(InputError) as err:
        parse_position(text)
    message = str(err.value)
    assert words in message, message
    assert EXAMPLES in message and len(message.splitlines()) == 1


@pytest.mark.parametrize("lonlat", POINTS)
def test_round_trip_through_what_task_orders_print(lonlat):
    lon, lat = lonlat
    m_lat = M_PER_DEG
    m_lon = M_PER_DEG * math.cos(math.radians(lat))

    def metres(pos):
        return math.hypot((pos.lon - lon) * m_lon, (pos.lat - lat) * m_lat)

    assert metres(parse_position(coords.format_dd(lon, lat))) < 0.1  # 6 decimals
    assert metres(parse_position(coords.format_dms(lon, lat))) < 3.2  # 0.1": about 3 m
    assert metres(parse_position(coords.format_utm(lon, lat))) < 0.71  # centre of the metre square
    for precision in (5, 4, 3):
        text = coords.to_mgrs(lon, lat, precision)
        assert metres(parse_position(text)) < 10 ** (5 - precision) * 0.71, text
    assert parse_position(coords.format_utm(lon, lat)).lonlat == pytest.approx(parse_position(coords.to_mgrs(lon, lat)).lonlat)
