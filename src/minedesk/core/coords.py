"""Coordinates as field teams read them, and the legs of a task order.

Everything is on WGS84. Positions go in as ``(lon, lat)`` in decimal degrees (x before y,
like shapely and ``always_xy`` pyproj), and come out as text for the status bar and the
printed task orders; one point near Ağdam reads:

========================  ==========================================================
decimal degrees           ``format_dd``  -> ``39.985670° N, 46.641182° E``
degrees minutes seconds   ``format_dms`` -> ``39° 59' 08.4" N, 46° 38' 28.3" E``
UTM                       ``format_utm`` -> ``38N 640123 4427456``
MGRS                      ``to_mgrs``    -> ``38SPK 40123 27456``
========================  ==========================================================

Conventions, the same everywhere in this module:

* Text always puts latitude first, with hemisphere letters and no minus signs.
* UTM and MGRS grid references are *truncated*, never rounded (the MGRS rule: a reference
  names the square the point lies in), so the UTM and MGRS texts of one point agree digit
  for digit. Degrees, minutes and seconds are rounded half away from zero, with carries
  (59.95" shown to 0.1" is the next minute).
* In ``format_utm`` and the ``zone`` arguments the letter after the zone number is the
  *hemisphere* (``38N`` north, ``38S`` south), never an MGRS latitude band.
* Bearings are in degrees clockwise from north, in [0, 360). The meridian convergence
  ``gamma`` is the angle from true north to grid north, positive when grid north lies east
  (clockwise) of true north, which is the case east of the central meridian in the northern
  hemisphere (and west of it in the southern). Hence ``grid bearing = true bearing - gamma``.

Only numpy, shapely and pyproj: no Qt, no GDAL.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import shapely
from pyproj import CRS, Geod, Proj, Transformer

from minedesk.core.errors import Msg

__all__ = [
    "DMS",
    "Legs",
    "TurningPoint",
    "TurningRing",
    "dms_parts",
    "format_dd",
    "format_dms",
    "format_utm",
    "from_mgrs",
    "from_utm",
    "legs",
    "meridian_convergence",
    "to_mgrs",
    "to_utm",
    "turning_points",
    "utm_epsg",
    "utm_zone",
]

GEOD = Geod(ellps="WGS84")

#: MGRS latitude bands, 8° each from 80°S; X is 12° (72°N..84°N). No I, no O.
BANDS = "CDEFGHJKLMNPQRSTUVWX"
_COLUMNS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # 100 km column letters: three sets of 8 (A-H, J-R, S-Z)
_ROWS = "ABCDEFGHJKLMNPQRSTUV"  # 100 km row letters, repeating every 2000 km of northing
MGRS_SOUTH, MGRS_NORTH = -80.0, 84.0

# Grid references are truncated; a point that lies on a grid line up to float noise (a
# micrometre) belongs to the square to the north-east, as its exact value would.
_GRID_EPS = 1e-6  # metres
_FULL_TURN = 360.0


# --------------------------------------------------------------------------- helpers


def _finite_lonlat(lon, lat) -> tuple[float, float]:
    """Scalar lon/lat as floats; ValueError for NaN, infinities or a latitude beyond ±90°."""
    try:
        lon, lat = float(lon), float(lat)
    except (TypeError, ValueError):
        raise ValueError(f"not a coordinate: lon={lon!r}, lat={lat!r}") from None
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise ValueError(f"not a coordinate: lon={lon!r}, lat={lat!r}")
    if not -90.0 <= lat <= 90.0:
        raise ValueError(f"latitude {lat!r} is outside -90..90; are these lon/lat degrees?")
    return lon, lat


def _arrays(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """Broadcast float arrays; ValueError for non-finite values or latitudes beyond ±90°."""
    lon_a, lat_a = np.broadcast_arrays(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    if not (np.isfinite(lon_a).all() and np.isfinite(lat_a).all()):
        raise ValueError("coordinates must be finite numbers")
    if lat_a.size and np.abs(lat_a).max() > 90.0:
        raise ValueError(f"latitude {lat_a[np.abs(lat_a) > 90].flat[0]!r} is outside -90..90; are these lon/lat degrees?")
    return lon_a, lat_a


def _wrap180(lon):
    """Longitude into [-180, 180) (scalar or array)."""
    return (np.asarray(lon, dtype=float) + 180.0) % 360.0 - 180.0


def _display_lon(lon: float) -> float:
    """Longitude as given when within ±180°, else wrapped into [-180, 180)."""
    return lon if -180.0 <= lon <= 180.0 else float(_wrap180(lon))


def _bearing360(deg):
    """Angles into [0, 360) (``-1e-15 % 360`` is 360.0 in floating point: that is 0)."""
    b = np.mod(np.asarray(deg, dtype=float), _FULL_TURN)
    return np.where(b >= _FULL_TURN, 0.0, b)


def _grid_floor(metres) -> int:
    return math.floor(float(metres) + _GRID_EPS)


# --------------------------------------------------------------------------- degrees


class DMS(NamedTuple):
    """An angle as shown: whole degrees and minutes, rounded seconds, hemisphere letter."""

    degrees: int
    minutes: int
    seconds: float
    hemisphere: str


def dms_parts(value: float, axis: str = "lat", seconds_digits: int = 1) -> DMS:
    """Split an angle into degrees, minutes, seconds and hemisphere, rounded for display.

    Parameters
    ----------
    value : float
        Latitude or longitude in decimal degrees (negative south / west). A longitude
        beyond ±180° is wrapped.
    axis : {"lat", "lon"}
        Which hemisphere letters to use: N/S or E/W.
    seconds_digits : int
        Decimals kept on the seconds.

    Returns
    -------
    DMS
        ``(degrees, minutes, seconds, hemisphere)``. Seconds are rounded half away from zero
        with the carry done (59.95" to 0.1" becomes the next minute, never 60.0"). An angle
        that rounds to zero is N or E.
    """
    if axis not in ("lat", "lon"):
        raise ValueError(f"axis must be 'lat' or 'lon', not {axis!r}")
    if int(seconds_digits) != seconds_digits or seconds_digits < 0:
        raise ValueError(f"seconds_digits must be a whole number >= 0, not {seconds_digits!r}")
    d = int(seconds_digits)
    if axis == "lat":
        _, value = _finite_lonlat(0.0, value)
        pos, neg = "N", "S"
    else:
        value, _ = _finite_lonlat(value, 0.0)
        value = _display_lon(value)
        pos, neg = "E", "W"
    scale = 10**d
    x = abs(value) * 3600.0 * scale
    # half away from zero; a nudge of a few ulp keeps a decimal half such as 59.95" a half when
    # floating point arithmetic left it at 59.9499999...
    total = math.floor(x + 0.5 + 8.0 * math.ulp(x))
    degrees, rest = divmod(total, 3600 * scale)
    minutes, sec_units = divmod(rest, 60 * scale)
    hemisphere = pos if total == 0 or value > 0 else neg
    return DMS(int(degrees), int(minutes), sec_units / scale, hemisphere)


def dms_text(value: float, axis: str = "lat", seconds_digits: int = 1) -> str:
    """One latitude or longitude in degrees, minutes and seconds: ``39° 59' 08.4" N`` (the
    form every document and the window print; :func:`format_dms` gives both)."""
    return _dms_text(dms_parts(value, axis, seconds_digits), int(seconds_digits))


def _dms_text(parts: DMS, seconds_digits: int) -> str:
    width = 2 + (seconds_digits + 1 if seconds_digits else 0)
    return f"{parts.degrees}° {parts.minutes:02d}' {parts.seconds:0{width}.{seconds_digits}f}\" {parts.hemisphere}"


def format_dms(lon: float, lat: float, seconds_digits: int = 1) -> str:
    """Latitude and longitude in degrees, minutes and seconds.

    Parameters
    ----------
    lon, lat : float
        Decimal degrees.
    seconds_digits : int
        Decimals on the seconds.

    Returns
    -------
    str
        ``39° 59' 15.6" N, 46° 55' 52.4" E``: latitude first, minutes and seconds on two
        digits (so the status bar does not jitter), rounding as in :func:`dms_parts`.
    """
    return (f"{_dms_text(dms_parts(lat, 'lat', seconds_digits), int(seconds_digits))}, "
            f"{_dms_text(dms_parts(lon, 'lon', seconds_digits), int(seconds_digits))}")


def format_dd(lon: float, lat: float, digits: int = 6) -> str:
    """Latitude and longitude in decimal degrees with hemisphere letters.

    Parameters
    ----------
    lon, lat : float
        Decimal degrees.
    digits : int
        Decimals shown (6 is about 0.1 m).

    Returns
    -------
    str
        ``39.987654° N, 46.931234° E``: latitude first, no minus signs; a value that rounds
        to zero is N or E.
    """
    if int(digits) != digits or digits < 0:
        raise ValueError(f"digits must be a whole number >= 0, not {digits!r}")
    lon, lat = _finite_lonlat(lon, lat)
    lon = _display_lon(lon)

    def one(v: float, pos: str, neg: str) -> str:
        text = f"{abs(v):.{int(digits)}f}"
        return f"{text}° {pos if v > 0 or float(text) == 0 else neg}"

    return f"{one(lat, 'N', 'S')}, {one(lon, 'E', 'W')}"


# --------------------------------------------------------------------------- UTM


def utm_zone(lon, lat):
    """The standard UTM zone and hemisphere of a point (or of each point of arrays).

    Zones are 6° wide from 180°W (a longitude of exactly 180° is zone 1, as -180°), with the
    exceptions of the grid: zone 32 covers 3°E..12°E in 56°N..64°N (south-west Norway), and in
    72°N..84°N (Svalbard) zones 32, 34 and 36 are not used: 31 covers 0°E..9°E, 33 9°E..21°E,
    35 21°E..33°E, 37 33°E..42°E. The zone is given whatever the latitude, but UTM is only
    defined between 80°S and 84°N (UPS covers the poles).

    Parameters
    ----------
    lon, lat : float or array_like
        Decimal degrees.

    Returns
    -------
    zone : int or ndarray of int
        1..60.
    hemisphere : str or ndarray of str
        ``"N"`` for latitude >= 0, else ``"S"``.
    """
    scalar = np.ndim(lon) == 0 and np.ndim(lat) == 0
    lon_a, lat_a = _arrays(lon, lat)
    lon_w = _wrap180(lon_a)
    zone = np.clip(np.floor((lon_w + 180.0) / 6.0).astype(int) + 1, 1, 60)
    norway = (lat_a >= 56.0) & (lat_a < 64.0) & (lon_w >= 3.0) & (lon_w < 12.0)
    svalbard = (lat_a >= 72.0) & (lat_a <= 84.0) & (lon_w >= 0.0) & (lon_w < 42.0)
    zone = np.where(norway, 32, zone)
    zone = np.where(svalbard, np.select([lon_w < 9.0, lon_w < 21.0, lon_w < 33.0], [31, 33, 35], 37), zone)
    hemisphere = np.where(lat_a >= 0.0, "N", "S")
    if scalar:
        return int(zone), str(hemisphere)
    return zone, hemisphere


def utm_epsg(zone: int, hemisphere: str = "N") -> int:
    """EPSG code of WGS 84 / UTM: 326zz north, 327zz south."""
    zone, hemisphere = _zone_arg(zone, hemisphere)
    return (32600 if hemisphere == "N" else 32700) + zone


_ZONE_TEXT = re.compile(r"^\s*(\d{1,2})\s*([NS])\s*$", re.IGNORECASE)


def _zone_arg(zone, default_hemisphere: str) -> tuple[int, str]:
    """``38``, ``(38, "N")`` or ``"38N"`` -> ``(38, "N")``; a bare number takes the default."""
    hemisphere = default_hemisphere
    if isinstance(zone, str):
        m = _ZONE_TEXT.match(zone)
        if not m:
            raise ValueError(f"UTM zone {zone!r} is not like '38N' or '38S' (the letter is the hemisphere)")
        zone, hemisphere = int(m.group(1)), m.group(2).upper()
    elif isinstance(zone, tuple | list):
        zone, hemisphere = zone
    if isinstance(zone, bool) or int(zone) != zone or not 1 <= int(zone) <= 60:
        raise ValueError(f"UTM zone must be a whole number 1..60, not {zone!r}")
    hemisphere = str(hemisphere).upper()
    if hemisphere not in ("N", "S"):
        raise ValueError(f"UTM hemisphere must be 'N' or 'S', not {hemisphere!r}")
    return int(zone), hemisphere


@lru_cache(maxsize=64)
def _to_utm_transformer(epsg: int) -> Transformer:
    return Transformer.from_crs(CRS.from_epsg(4326), CRS.from_epsg(epsg), always_xy=True)


@lru_cache(maxsize=64)
def _from_utm_transformer(epsg: int) -> Transformer:
    return Transformer.from_crs(CRS.from_epsg(epsg), CRS.from_epsg(4326), always_xy=True)


@lru_cache(maxsize=64)
def _utm_proj(epsg: int) -> Proj:
    return Proj(CRS.from_epsg(epsg))


def _pick_zone(lon_a: np.ndarray, lat_a: np.ndarray, zone) -> tuple[int, str]:
    """The zone asked for, else the zone and hemisphere of the first point."""
    if lon_a.size == 0 and zone is None:
        raise ValueError("no points: give the UTM zone")
    first = (utm_zone(float(lon_a.flat[0]), float(lat_a.flat[0])) if lon_a.size else (None, "N"))
    if zone is None:
        return first
    return _zone_arg(zone, first[1])


def to_utm(lon, lat, zone=None):
    """UTM coordinates of a point, or of arrays of points all in one zone.

    Parameters
    ----------
    lon, lat : float or array_like
        Decimal degrees.
    zone : int, str or (int, str), optional
        Force a zone: ``38`` (hemisphere of the first point), ``"38N"`` / ``"38S"`` or
        ``(38, "S")``. When omitted, the zone *and hemisphere of the first point* are used for
        all the points (:func:`utm_zone`), as task orders give all the points of a hazard in
        one zone; points elsewhere come out with eastings outside 166..834 km, or northings
        below 0 / above 10,000 km across the equator, which is still correct in that zone.

    Returns
    -------
    zone : int
    hemisphere : str
        ``"N"`` (false northing 0) or ``"S"`` (false northing 10,000,000 m).
    easting, northing : float or ndarray
        Metres, floats for scalar input, arrays shaped like the broadcast input otherwise.

    Raises
    ------
    ValueError
        Non-finite input, latitude beyond ±90°, a bad zone, or points so far from the zone that
        the projection fails.
    """
    scalar = np.ndim(lon) == 0 and np.ndim(lat) == 0
    lon_a, lat_a = _arrays(lon, lat)
    zone_n, hemisphere = _pick_zone(lon_a, lat_a, zone)
    e, n = _to_utm_transformer(utm_epsg(zone_n, hemisphere)).transform(lon_a, lat_a)
    e, n = np.asarray(e, dtype=float), np.asarray(n, dtype=float)
    if not (np.isfinite(e).all() and np.isfinite(n).all()):
        raise ValueError(f"some points are too far from UTM zone {zone_n}{hemisphere} to project")
    if scalar:
        return zone_n, hemisphere, float(e), float(n)
    return zone_n, hemisphere, e.reshape(lon_a.shape), n.reshape(lon_a.shape)


def from_utm(zone, easting, northing, hemisphere: str = "N"):
    """Longitude and latitude of UTM coordinates.

    Parameters
    ----------
    zone : int, str or (int, str)
        ``38`` (with ``hemisphere``), ``"38N"`` or ``(38, "N")``.
    easting, northing : float or array_like
        Metres.
    hemisphere : {"N", "S"}
        Used when ``zone`` is a bare number.

    Returns
    -------
    lon, lat : float or ndarray
    """
    zone_n, hemisphere = _zone_arg(zone, hemisphere)
    scalar = np.ndim(easting) == 0 and np.ndim(northing) == 0
    e, n = np.broadcast_arrays(np.asarray(easting, dtype=float), np.asarray(northing, dtype=float))
    lon, lat = _from_utm_transformer(utm_epsg(zone_n, hemisphere)).transform(e, n)
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    if scalar:
        return float(lon), float(lat)
    return lon.reshape(e.shape), lat.reshape(e.shape)


def format_utm(lon: float, lat: float, zone=None) -> str:
    """UTM text of a point, to the metre: ``38N 640123 4427456``.

    Parameters
    ----------
    lon, lat : float
        Decimal degrees.
    zone : int, str or (int, str), optional
        As in :func:`to_utm`; the point's own zone when omitted.

    Returns
    -------
    str
        Zone, hemisphere letter (N/S, not an MGRS band), easting on 6 digits and northing on 7,
        both truncated to the metre like an MGRS reference.
    """
    lon, lat = _finite_lonlat(lon, lat)
    zone_n, hemisphere, e, n = to_utm(lon, lat, zone)
    return f"{zone_n}{hemisphere} {_grid_floor(e):06d} {_grid_floor(n):07d}"


def meridian_convergence(lon, lat, zone=None):
    """Meridian convergence in a UTM zone, in degrees.

    The angle from true north to grid north, positive when grid north is east (clockwise) of
    true north: east of the central meridian in the northern hemisphere, west of it in the
    southern. ``grid bearing = true bearing - convergence``. Computed by PROJ
    (``Proj.get_factors(...).meridian_convergence``, which uses this sign).

    Parameters
    ----------
    lon, lat : float or array_like
        Decimal degrees.
    zone : int, str or (int, str), optional
        As in :func:`to_utm`; by default the zone of the first point.

    Returns
    -------
    float or ndarray
    """
    scalar = np.ndim(lon) == 0 and np.ndim(lat) == 0
    lon_a, lat_a = _arrays(lon, lat)
    zone_n, hemisphere = _pick_zone(lon_a, lat_a, zone)
    if lon_a.size == 0:
        return np.zeros(lon_a.shape)
    gamma = np.asarray(_utm_proj(utm_epsg(zone_n, hemisphere)).get_factors(
        lon_a.ravel(), lat_a.ravel()).meridian_convergence, dtype=float)
    if scalar:
        return float(gamma.ravel()[0])
    return gamma.reshape(lon_a.shape)


# --------------------------------------------------------------------------- MGRS


def _band_index(lat: float) -> int:
    return min(max(math.floor((lat + 80.0) / 8.0), 0), len(BANDS) - 1)


def to_mgrs(lon: float, lat: float, precision: int = 5) -> str:
    """MGRS reference of a point: ``38SPK 40123 27456``.

    Built from UTM in the point's standard zone (with the Norway and Svalbard exceptions of
    :func:`utm_zone`): grid zone (zone number and latitude band C..X, 8° bands from 80°S, X
    being 72°N..84°N), 100 km square (column letter from the set of the zone, row letter
    shifted by 5 in even zones; the current, WGS84 "AA" lettering), then easting and northing
    within the square *truncated* to the precision.

    Parameters
    ----------
    lon, lat : float
        Decimal degrees.
    precision : int
        Digits of each of easting and northing: 5 is 1 m, 4 is 10 m, ..., 0 only names the
        100 km square.

    Returns
    -------
    str
        Zone without a leading zero, then band and square letters, then the two numbers
        separated by spaces (``4QFJ 12345 67890``; ``38SMJ`` at precision 0).

    Raises
    ------
    ValueError
        Outside 80°S..84°N, where MGRS uses UPS, which is not supported; bad input.
    """
    lon, lat = _finite_lonlat(lon, lat)
    if isinstance(precision, bool) or int(precision) != precision or not 0 <= precision <= 5:
        raise ValueError(f"MGRS precision must be 0..5 digits, not {precision!r}")
    precision = int(precision)
    if not MGRS_SOUTH <= lat <= MGRS_NORTH:
        raise ValueError(f"latitude {lat:.6f} is outside 80°S..84°N, where MGRS uses the polar grid (UPS); "
                         "UPS is not supported")
    lon = float(_wrap180(lon))
    zone, hemisphere = utm_zone(lon, lat)
    _, _, e, n = to_utm(lon, lat, (zone, hemisphere))
    ei, ni = _grid_floor(e), _grid_floor(n)
    column = ei // 100_000
    if not 1 <= column <= 8:  # cannot happen within the zone's own limits
        raise ValueError(f"easting {e:.0f} m is outside the MGRS columns of zone {zone}")
    group = (zone - 1) % 3
    col_letter = _COLUMNS[group * 8 + column - 1]
    row_letter = _ROWS[(ni // 100_000 + (5 if zone % 2 == 0 else 0)) % 20]
    head = f"{zone}{BANDS[_band_index(lat)]}{col_letter}{row_letter}"
    if precision == 0:
        return head
    div = 10 ** (5 - precision)
    return f"{head} {(ei % 100_000) // div:0{precision}d} {(ni % 100_000) // div:0{precision}d}"


_UPS_TEXT = re.compile(r"^[ABYZ]\s*[A-Z]\s*[A-Z]\s*\d*\s*\d*$")
_MGRS_TEXT = re.compile(r"^\s*(\d{1,2})\s*([A-Z])\s*([A-Z])([A-Z])\s*(\d*)\s*(\d*)\s*$")


@lru_cache(maxsize=1200)
def _band_south_northing(zone: int, hemisphere: str, band: int) -> float:
    """Northing, on the central meridian, of the southern edge of a latitude band."""
    _, n = _to_utm_transformer(utm_epsg(zone, hemisphere)).transform(zone * 6.0 - 183.0, -80.0 + 8.0 * band)
    return float(n)


def _mgrs_bad(text: str, why: str, **params) -> ValueError:
    """Why ``text`` is not an MGRS square, as a template (said in the window's language): ``str``
    gives ``'<text>': <why>``; ``args[0].params["why"]`` the reason alone."""
    return ValueError(Msg("{text!r}: {why}", text=text, why=Msg(why, **params)))


def from_mgrs(text: str, centre: bool = True) -> tuple[float, float]:
    """Longitude and latitude of an MGRS reference.

    Parameters
    ----------
    text : str
        An MGRS reference with 0 to 5 digits each for easting and northing, spaces optional,
        any case, with or without a leading zero on the zone: ``"38SPK 40123 27456"``,
        ``"38smj4012327456"``, ``"04Q FJ 123 678"``.
    centre : bool
        True (default): the centre of the square the reference names (1 m square at 5
        digits, 100 km at none), the best single point for it. False: its south-west
        corner, the point whose truncation gives the reference.

    Returns
    -------
    lon, lat : float

    Raises
    ------
    TypeError
        ``text`` is not a string.
    ValueError
        Not an MGRS reference, letters not used in that zone or band, a row letter that puts
        the square outside the band, or a polar (UPS) reference, which is not supported.
    """
    if not isinstance(text, str):
        raise TypeError(f"an MGRS reference is text, not {type(text).__name__}")
    t = text.strip().upper()
    if _UPS_TEXT.match(t):
        raise ValueError(f"{text!r} is a polar (UPS) MGRS reference; UPS is not supported")
    m = _MGRS_TEXT.match(t)
    if not m:
        raise ValueError(f"not an MGRS reference: {text!r} (expected like '38SPK 40123 27456')")
    zone, band, col, row, d1, d2 = int(m.group(1)), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)
    if not 1 <= zone <= 60:
        raise _mgrs_bad(text, "zone {zone} is not 1..60", zone=zone)
    if band in "ABYZ":
        raise _mgrs_bad(text, "band {band} is polar (UPS); UPS is not supported", band=band)
    if band not in BANDS:
        raise _mgrs_bad(text, "{band} is not a latitude band (C..X, without I and O)", band=band)
    if band == "X" and zone in (32, 34, 36):
        raise _mgrs_bad(text, "zone {zone}X does not exist (Svalbard is in 31X, 33X, 35X and 37X)", zone=zone)
    group = (zone - 1) % 3
    columns = _COLUMNS[group * 8:group * 8 + 8]
    if col not in columns:
        raise _mgrs_bad(text, "column letter {col} is not used in zone {zone} (only {first}..{last})", col=col, zone=zone,
                        first=columns[0], last=columns[-1])
    if row not in _ROWS:
        raise _mgrs_bad(text, "row letter {row} is not an MGRS row letter (A..V, without I and O)", row=row)
    if d2:
        if len(d1) != len(d2):
            raise _mgrs_bad(text, "easting and northing must have as many digits")
        de, dn = d1, d2
    else:
        if len(d1) % 2:
            raise _mgrs_bad(text, "an odd number of digits")
        de, dn = d1[:len(d1) // 2], d1[len(d1) // 2:]
    precision = len(de)
    if precision > 5:
        raise _mgrs_bad(text, "more than 5 digits each for easting and northing")
    size = 10.0 ** (5 - precision)  # side of the square, metres
    east = (columns.index(col) + 1) * 100_000 + (int(de) * size if de else 0.0)
    north_mod = ((_ROWS.index(row) - (5 if zone % 2 == 0 else 0)) % 20) * 100_000 + (int(dn) * size if dn else 0.0)
    b = BANDS.index(band)
    hemisphere = "N" if b >= BANDS.index("N") else "S"
    # the row letters repeat every 2000 km: take the cycle that starts just south of the band
    # (150 km of slack: the south-west corner of a square can lie south of the band, and
    # parallels are not straight in the grid), then check the square is not north of it
    lowest = _band_south_northing(zone, hemisphere, b) - 150_000.0
    north = north_mod + 2_000_000.0 * math.ceil((lowest - north_mod) / 2_000_000.0)
    _, lat_sw = from_utm((zone, hemisphere), east, north)
    north_edge = MGRS_NORTH if band == "X" else -80.0 + 8.0 * (b + 1)
    if lat_sw > north_edge + 0.5:
        raise _mgrs_bad(text, "square {square} is not in band {band} of zone {zone}", square=f"{col}{row}", band=band, zone=zone)
    if centre:
        east, north = east + size / 2.0, north + size / 2.0
    lon, lat = from_utm((zone, hemisphere), east, north)
    return float(lon), float(lat)


# --------------------------------------------------------------------------- legs


@dataclass(frozen=True)
class Legs:
    """Legs between consecutive points, as arrays (one value per leg).

    Attributes
    ----------
    distance : ndarray
        Geodesic length on WGS84, metres (``pyproj.Geod.inv``).
    true_bearing : ndarray
        Forward azimuth at the start of the leg, degrees clockwise from true north, [0, 360);
        NaN for a leg of zero length.
    grid_bearing : ndarray
        ``true_bearing - convergence`` in [0, 360): bearing from grid north of the UTM zone
        below; NaN for a leg of zero length.
    convergence : ndarray
        Meridian convergence at the start of the leg, degrees, positive when grid north is
        east of true north (see :func:`meridian_convergence`).
    zone : int
    hemisphere : str
        The UTM zone of the grid bearings.
    """

    distance: np.ndarray
    true_bearing: np.ndarray
    grid_bearing: np.ndarray
    convergence: np.ndarray
    zone: int
    hemisphere: str

    def __len__(self) -> int:
        return len(self.distance)


def legs(lons, lats, zone=None, closed: bool = False) -> Legs:
    """Distance and bearings of the legs from each point to the next.

    Parameters
    ----------
    lons, lats : array_like
        Decimal degrees, in order.
    zone : int, str or (int, str), optional
        UTM zone of the grid bearings, as in :func:`to_utm`; by default the zone and hemisphere
        of the first point.
    closed : bool
        False: ``n - 1`` legs, point i to point i+1. True: ``n`` legs, the last one from the
        last point back to the first.

    Returns
    -------
    Legs
        Leg i starts at point i.
    """
    if np.shape(lons) != np.shape(lats):
        raise ValueError(f"as many longitudes as latitudes are needed, not {np.shape(lons)} and {np.shape(lats)}")
    lon_a, lat_a = _arrays(lons, lats)
    lon_a, lat_a = lon_a.ravel(), lat_a.ravel()
    zone_n, hemisphere = _pick_zone(lon_a, lat_a, zone)
    if closed:
        lon0, lat0, lon1, lat1 = lon_a, lat_a, np.roll(lon_a, -1), np.roll(lat_a, -1)
    else:
        lon0, lat0, lon1, lat1 = lon_a[:-1], lat_a[:-1], lon_a[1:], lat_a[1:]
    if lon0.size == 0:
        empty = np.zeros(0)
        return Legs(empty, empty.copy(), empty.copy(), empty.copy(), zone_n, hemisphere)
    az, _, dist = GEOD.inv(lon0, lat0, lon1, lat1)
    dist = np.asarray(dist, dtype=float)
    gamma = np.asarray(meridian_convergence(lon0, lat0, (zone_n, hemisphere)), dtype=float)
    true = _bearing360(az)
    grid = _bearing360(true - gamma)
    same = dist == 0.0
    true = np.where(same, np.nan, true)
    grid = np.where(same, np.nan, grid)
    return Legs(dist, true, grid, gamma, zone_n, hemisphere)


# --------------------------------------------------------------------------- turning points


@dataclass(frozen=True)
class TurningPoint:
    """One turning point of a task order, with the leg that arrives at it.

    ``distance``, ``true_bearing`` and ``grid_bearing`` describe the leg *from the previous
    point* (for point 1: from the last point, which closes the ring), as in :class:`Legs`.
    ``easting`` and ``northing`` are in the ring's UTM zone.
    """

    number: int
    lon: float
    lat: float
    easting: float
    northing: float
    distance: float
    true_bearing: float
    grid_bearing: float


@dataclass(frozen=True)
class TurningRing:
    """The turning points of one ring, clockwise, numbered from 1.

    Attributes
    ----------
    part : int
        1-based polygon number within a MultiPolygon (1 for a Polygon).
    hole : int
        0 for the exterior ring, k for the k-th hole of that polygon.
    zone, hemisphere :
        UTM zone of the eastings, northings and grid bearings (one for the whole geometry).
    points : list of TurningPoint
    """

    part: int
    hole: int
    zone: int
    hemisphere: str
    points: list[TurningPoint] = field(default_factory=list)

    @property
    def is_hole(self) -> bool:
        return self.hole > 0


def _ring_vertices(ring) -> tuple[np.ndarray, np.ndarray]:
    """Vertices of a ring without the closing vertex and without consecutive repeats."""
    xy = np.asarray(ring.coords, dtype=float)[:, :2]
    if len(xy) > 1 and np.array_equal(xy[0], xy[-1]):
        xy = xy[:-1]
    if len(xy) > 1:
        keep = np.any(xy != np.roll(xy, 1, axis=0), axis=1)
        keep[0] = True
        xy = xy[keep]
    lon, lat = _arrays(xy[:, 0], xy[:, 1])
    if lon.size and np.abs(lon).max() > 360.0:
        raise ValueError("polygon coordinates are not lon/lat degrees (longitude beyond ±360°); reproject to EPSG:4326")
    return lon, lat


def _clockwise_from(lon: np.ndarray, lat: np.ndarray, start) -> tuple[np.ndarray, np.ndarray]:
    if lon.size == 0:
        return lon, lat
    x = np.unwrap(lon, period=360.0)  # rings across the antimeridian keep their shape
    signed2 = np.dot(x, np.roll(lat, -1)) - np.dot(np.roll(x, -1), lat)  # shoelace, > 0 counter-clockwise
    if signed2 > 0:
        lon, lat, x = lon[::-1], lat[::-1], x[::-1]
    if start is None:
        top = np.flatnonzero(lat == lat.max())
        first = int(top[np.argmin(x[top])])  # northernmost; a tie goes to the westernmost
    else:
        _, _, d = GEOD.inv(np.full(lon.shape, start[0]), np.full(lat.shape, start[1]), lon, lat)
        first = int(np.argmin(d))
    return np.roll(lon, -first), np.roll(lat, -first)


def turning_points(polygon_lonlat, start=None, zone=None) -> list[TurningRing]:
    """Turning points of a hazard polygon for a task order.

    Parameters
    ----------
    polygon_lonlat : shapely Polygon or MultiPolygon
        In lon/lat degrees (EPSG:4326). Edges are taken as geodesics.
    start : (lon, lat) or shapely Point, optional
        Each ring starts at its vertex nearest to this point (geodesic distance). By default
        each ring starts at its northernmost vertex (the westernmost of exact ties).
    zone : int, str or (int, str), optional
        UTM zone for eastings, northings and grid bearings; by default the zone and hemisphere
        of the first turning point of the first exterior ring, for every ring.

    Returns
    -------
    list of TurningRing
        For each polygon in order, its exterior ring and then its holes. Every ring is
        listed clockwise as seen on the map (holes too), without the repeated closing vertex
        and without consecutive duplicate vertices, numbered 1..n; each point carries the leg
        from the previous point, point 1 the leg from point n. Empty input gives ``[]``.
    """
    if isinstance(polygon_lonlat, shapely.Polygon):
        polygons = [] if polygon_lonlat.is_empty else [polygon_lonlat]
    elif isinstance(polygon_lonlat, shapely.MultiPolygon):
        polygons = [p for p in polygon_lonlat.geoms if not p.is_empty]
    else:
        raise TypeError(f"turning_points needs a shapely Polygon or MultiPolygon, not {type(polygon_lonlat).__name__}")
    if start is not None:
        if isinstance(start, shapely.Point):
            start = (start.x, start.y)
        start = _finite_lonlat(*start)

    rings = []  # (part, hole, lon, lat)
    for part, poly in enumerate(polygons, start=1):
        for hole, ring in enumerate([poly.exterior, *poly.interiors]):
            lon, lat = _clockwise_from(*_ring_vertices(ring), start)
            if lon.size:
                rings.append((part, hole, lon, lat))
    if not rings:
        return []
    zone_n, hemisphere = _pick_zone(rings[0][2], rings[0][3], zone)

    out = []
    for part, hole, lon, lat in rings:
        _, _, e, n = to_utm(lon, lat, (zone_n, hemisphere))
        lg = legs(lon, lat, (zone_n, hemisphere), closed=True)
        # leg i goes from point i to point i+1: point k arrives by leg k-1 (point 1 by leg n)
        dist, true, grid = (np.roll(a, 1) for a in (lg.distance, lg.true_bearing, lg.grid_bearing))
        points = [TurningPoint(k + 1, float(lon[k]), float(lat[k]), float(e[k]), float(n[k]),
                               float(dist[k]), float(true[k]), float(grid[k])) for k in range(lon.size)]
        out.append(TurningRing(part, hole, zone_n, hemisphere, points))
    return out
