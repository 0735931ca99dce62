"""One parser for the ways a position is written (issue 17).

:func:`parse_position` reads one position from text and says which form it was read as:

=========  ===================================================================================
``dd``     decimal degrees, latitude first: ``39.9188, 47.0030``, ``N39.9188 E47.0030``,
           ``39.9188N 47.0030E``, ``39.918800° N, 47.003000° E`` (``coords.format_dd``);
           minus signs for S and W without letters
``dm``     degrees and decimal minutes: ``39 55.128N 047 00.180E``, ``39°55.128' N, 47°00.180' E``
``dms``    degrees, minutes, seconds: ``39°55'07.7"N 47°00'10.8"E``,
           ``39° 55' 07.7" N, 47° 00' 10.8" E`` (``coords.format_dms``)
``utm``    zone, a hemisphere or a latitude band letter, easting, northing:
           ``38N 671184 4420665`` (``coords.format_utm``), ``38S 671184 4420665`` as a GPS shows it
``mgrs``   ``38SPK 71184 20665``, spaces optional, 0 to 5 digits each (``coords.to_mgrs``)
``gk``     Pulkovo 1942 Gauss-Krüger rectangular coordinates: ``X=4422525 Y=8671357``
=========  ===================================================================================

Conventions:

* UTM and MGRS written in whole metres are read as the centre of the square they name (1 m for
  UTM, 1 m to 100 km for MGRS), since both are truncated when printed (``coords``). UTM with
  decimals, and Gauss-Krüger coordinates, are read as written.
* N and S after a UTM zone are both hemisphere letters and latitude bands (band N 0°-8°N, band S
  32°N-40°N). N reads the same either way wherever band N fits. S is read as band S when its
  northing, in the northern hemisphere, falls inside band S (``38S 671184 4420665`` is 39.9°N,
  not 50°S), as the southern hemisphere otherwise. When the band reading falls just outside band
  S (within :data:`BAND_MARGIN_DEG`, where a rounded or datum-shifted GPS reading can land) and
  the southern one is also a valid position, the text is refused with a message that asks for
  the band letter of the position meant.
* Gauss-Krüger: X is the northing, Y the easting with the 6° zone number in front and 500 km false
  easting (``Y=8671357`` is zone 8, 171,357 m east of 45°E); converted with EPSG:28400+zone.

Every text gives one :class:`Position` or one :class:`~minedesk.core.errors.InputError` whose one
line says what could not be read and shows examples of the accepted forms.

Pure Python: re and pyproj (through ``coords`` for UTM and MGRS).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from pyproj import CRS, Transformer

from minedesk.core import coords
from minedesk.core.errors import InputError, Msg

__all__ = ["EXAMPLES", "Position", "parse_position"]

#: One example of each accepted form, as the error messages show them.
EXAMPLES = ("39.9188, 47.0030 (lat, lon) · 39°55'07.7\"N 47°00'10.8\"E · 39 55.128N 047 00.180E · "
            "38S 671184 4420665 · 38SPK 71184 20665 · X=4422525 Y=8671357")
HINT = Msg("write a position like {examples}", examples=EXAMPLES)

#: How far outside band S a band reading may fall and still be taken for one (then the text asks).
BAND_MARGIN_DEG = 0.5

FORMS = ("dd", "dm", "dms", "utm", "mgrs", "gk")


@dataclass(frozen=True)
class Position:
    """A position read from text.

    Attributes
    ----------
    lon, lat : float
        WGS84 decimal degrees.
    form : str
        How the text was read: ``dd``, ``dm``, ``dms``, ``utm``, ``mgrs`` or ``gk``.
    zone : str or None
        For ``utm`` and ``mgrs`` the UTM zone and hemisphere it was read in (``"38N"``, after
        deciding between band and hemisphere); for ``gk`` the Gauss-Krüger zone number
        (``"8"``); None for degrees.
    """

    lon: float
    lat: float
    form: str
    zone: str | None = None

    @property
    def lonlat(self) -> tuple[float, float]:
        return self.lon, self.lat


def _fail(text: str, problem: str, **params) -> InputError:
    """What a position cannot be, as a template and its parameters (translated where shown)."""
    return InputError(None, "{text!r}: {problem_}", HINT, text=text, problem_=Msg(problem, **params))


# --------------------------------------------------------------------------- normalising

_DEGREE_SIGNS = "°º˚∘"
_MINUTE_SIGNS = "'′’‘`´"
_SECOND_SIGNS = "\"″”“"


def _normalise(text: str) -> str:
    t = text.strip().upper()
    t = t.replace("''", '"').replace("′′", '"')
    for ch in _DEGREE_SIGNS:
        t = t.replace(ch, "°")
    for ch in _SECOND_SIGNS:
        t = t.replace(ch, '"')
    for ch in _MINUTE_SIGNS:
        t = t.replace(ch, "'")
    return " ".join(t.split())


# --------------------------------------------------------------------------- UTM

_UTM = re.compile(r"(\d{1,2})\s*([A-Z])\s*[,;]?\s+(\d{5,7}(?:\.\d+)?)\s*(?:M\s*E|E|M)?\s*[,;]?\s*"
                  r"\s(\d{1,8}(?:\.\d+)?)\s*(?:M\s*N|N|M)?")


def _band_range(band: str) -> tuple[float, float]:
    b = coords.BANDS.index(band)
    south = -80.0 + 8.0 * b
    return south, (coords.MGRS_NORTH if band == "X" else south + 8.0)


def _utm_point(text: str, zone: int, hemisphere: str, e: float, n: float) -> tuple[float, float] | None:
    """(lon, lat) in the zone and hemisphere, or None when that is not a UTM position."""
    try:
        lon, lat = coords.from_utm((zone, hemisphere), e, n)
    except ValueError:
        return None
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return None
    if not coords.MGRS_SOUTH <= lat <= coords.MGRS_NORTH:
        return None
    if (hemisphere == "N") != (lat >= 0.0):
        return None
    return lon, lat


def _band_letter(lat: float) -> str:
    return coords.BANDS[min(max(math.floor((lat + 80.0) / 8.0), 0), len(coords.BANDS) - 1)]


def _parse_utm(text: str, m: re.Match) -> Position:
    zone, letter = int(m[1]), m[2]
    e_text, n_text = m[3], m[4]
    if not 1 <= zone <= 60:
        raise _fail(text, "UTM zone {zone} is not 1..60", zone=zone)
    if letter not in coords.BANDS:
        raise _fail(text, "{letter} after the UTM zone is neither a hemisphere (N, S) nor a latitude band "
                          "(C..X without I and O)", letter=letter)
    # whole metres name a metre square, as coords.format_utm truncates: read its centre
    e = float(e_text) + (0.0 if "." in e_text else 0.5)
    n = float(n_text) + (0.0 if "." in n_text else 0.5)
    if not 100_000.0 <= e <= 900_000.0:
        raise _fail(text, "easting {e} m is outside a UTM zone (100000..900000)", e=e_text)

    south, north = _band_range(letter)
    band_hemisphere = "N" if south >= 0.0 else "S"
    band_point = _utm_point(text, zone, band_hemisphere, e, n)
    band_lat = band_point[1] if band_point else math.nan
    eps = 1e-4  # ~11 m: a point truncated on the band's edge
    in_band = band_point is not None and south - eps <= band_lat < north + eps
    near_band = (band_point is not None and not in_band
                 and south - BAND_MARGIN_DEG <= band_lat < north + BAND_MARGIN_DEG)
    hemi_point = _utm_point(text, zone, letter, e, n) if letter in "NS" else None

    if letter not in "NS":  # a band letter only
        if not in_band:
            where = (f"{abs(band_lat):.2f}°{'N' if band_lat >= 0 else 'S'}" if band_point
                     else Msg("outside the UTM grid"))
            raise _fail(text, "northing {n} m in zone {zone} is {where}, not in band {letter} ({south}-{north})",
                        n=n_text, zone=zone, where=where, letter=letter, south=_lat_text(south), north=_lat_text(north))
        return Position(*band_point, "utm", f"{zone}{band_hemisphere}")
    if letter == "N":  # band N and the northern hemisphere are one projection
        if hemi_point is None:
            raise _fail(text, "northing {n} m is not a position in zone {zone}N", n=n_text, zone=zone)
        return Position(*hemi_point, "utm", f"{zone}N")
    # letter S: band S (32°N-40°N, northern hemisphere) or the southern hemisphere
    if in_band:
        return Position(*band_point, "utm", f"{zone}N")
    if near_band and hemi_point is not None:
        raise InputError(None, "{text!r}: is S the latitude band or the southern hemisphere? As band S it is {value}, just outside band S (32°N-40°N); as the southern hemisphere {value2}",
                         "write the band letter of the position meant: {zone}{value3} {e_text} {n_text} or {zone}{value4} {e_text} {n_text}", text=text, value=_lat_text(band_lat, 2), value2=_lat_text(hemi_point[1], 2), zone=zone, value3=_band_letter(band_lat), e_text=e_text, n_text=n_text, value4=_band_letter(hemi_point[1]))
    if hemi_point is None:
        raise _fail(text, "northing {n} m is neither in band S (32°N-40°N) nor a position in the "
                          "southern hemisphere of zone {zone}", n=n_text, zone=zone)
    return Position(*hemi_point, "utm", f"{zone}S")


def _lat_text(lat: float, digits: int = 0) -> str:
    return f"{abs(lat):.{digits}f}°{'N' if lat >= 0 else 'S'}"


# --------------------------------------------------------------------------- MGRS

_MGRS = re.compile(r"(\d{1,2})\s*([A-Z])\s*([A-Z])\s*([A-Z])\s*([\d\s]*)")


def _parse_mgrs(text: str, m: re.Match) -> Position:
    digits = m[5].split()
    if len(digits) > 2:
        raise _fail(text, "an MGRS reference has at most two groups of digits (easting, northing)")
    joined = "".join(digits)
    if len(digits) == 2 and len(digits[0]) != len(digits[1]):
        raise _fail(text, "MGRS easting {e} and northing {n} must have as many digits", e=digits[0], n=digits[1])
    if len(joined) % 2 or len(joined) > 10:
        raise _fail(text, "MGRS digits {digits} are not 1 to 5 digits each for easting and northing", digits=" ".join(digits))
    ref = f"{m[1]}{m[2]}{m[3]}{m[4]} {joined[:len(joined) // 2]} {joined[len(joined) // 2:]}".strip()
    try:
        lon, lat = coords.from_mgrs(ref, centre=True)
    except ValueError as err:
        said = err.args[0] if err.args else None
        if isinstance(said, Msg):  # the reason alone, without the text quoted
            problem = said.params.get("why", said)
        else:
            problem = str(err).split(": ", 1)[-1] if str(err).startswith("'") else str(err)
        raise _fail(text, "not an MGRS square that exists: {why}", why=problem) from None
    # coords.from_mgrs takes the row cycle that starts 150 km south of the band (a square's
    # south-west corner may lie there) and refuses squares north of it; a square that lies
    # wholly south of the band does not exist either
    side_m = 10.0 ** (5 - len(joined) // 2)
    _, lat_sw = coords.from_mgrs(ref, centre=False)
    band_south, _ = _band_range(m[2])
    if lat_sw + side_m / 110_574.0 < band_south - 0.05:
        raise _fail(text, "not an MGRS square that exists: square {square} is not in band {band} of zone {zone} "
                          "({lat} is south of {south})", square=f"{m[3]}{m[4]}", band=m[2], zone=int(m[1]),
                    lat=_lat_text(lat, 2), south=_lat_text(band_south))
    zone = int(m[1])
    return Position(lon, lat, "mgrs", f"{zone}{'N' if lat >= 0 else 'S'}")


# --------------------------------------------------------------------------- Gauss-Krüger

_NUM = r"(\d+(?:\.\d+)?)"
_GK = re.compile(rf"X\s*[=:]?\s*{_NUM}\s*(?:M)?\s*[,;]?\s*Y\s*[=:]?\s*{_NUM}\s*(?:M)?")
_GK_YX = re.compile(rf"Y\s*[=:]?\s*{_NUM}\s*(?:M)?\s*[,;]?\s*X\s*[=:]?\s*{_NUM}\s*(?:M)?")


@lru_cache(maxsize=32)
def _gk_transformer(epsg: int) -> Transformer:
    return Transformer.from_crs(CRS.from_epsg(epsg), CRS.from_epsg(4326), always_xy=True)


def _parse_gk(text: str, x_text: str, y_text: str) -> Position:
    x, y = float(x_text), float(y_text)
    zone = int(y // 1_000_000)
    if not 4 <= zone <= 32:
        raise _fail(text, "Y={y} does not start with a Gauss-Krüger zone 4..32 (Pulkovo 1942, 6° zones: "
                          "Y=8671357 is zone 8)", y=y_text)
    easting = y - zone * 1_000_000
    if not 100_000.0 <= easting <= 900_000.0:
        raise _fail(text, "Y={y} is outside Gauss-Krüger zone {zone} (its easting {easting:.0f} m "
                          "should be 100000..900000 with the 500 km false easting)", y=y_text, zone=zone, easting=easting)
    if not 0.0 < x < 9_400_000.0:
        raise _fail(text, "X={x} is not a northing in the northern hemisphere", x=x_text)
    lon, lat = _gk_transformer(28400 + zone).transform(y, x)
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise _fail(text, "X={x} Y={y} is not a position in Gauss-Krüger zone {zone}", x=x_text, y=y_text, zone=zone)
    return Position(float(lon), float(lat), "gk", str(zone))


# --------------------------------------------------------------------------- degrees

_TOKEN = re.compile(r"[-+]?\d+(?:\.\d+)?|[NSEW]|[°'\",;]|\S")


def _split_halves(text: str, tokens: list[str]) -> tuple[list[str], list[str]]:
    seps = [i for i, t in enumerate(tokens) if t in ",;"]
    if len(seps) == 1:
        i = seps[0]
        return tokens[:i], tokens[i + 1:]
    if seps:
        raise _fail(text, "more than one comma or semicolon; give latitude, then longitude")
    letters = [i for i, t in enumerate(tokens) if t in ("N", "S", "E", "W")]
    if len(letters) == 2:
        if letters[0] == 0:  # N39.9188 E47.0030
            return tokens[:letters[1]], tokens[letters[1]:]
        return tokens[:letters[0] + 1], tokens[letters[0] + 1:]  # 39.9188N 47.0030E
    if letters:
        raise _fail(text, "give a hemisphere letter on both the latitude and the longitude, or on neither")
    degrees = [i for i, t in enumerate(tokens) if t == "°"]
    if len(degrees) == 2:
        return tokens[:degrees[1] - 1], tokens[degrees[1] - 1:]
    numbers = [t for t in tokens if t not in "°'\""]
    if len(tokens) == len(numbers) and len(numbers) in (2, 4, 6):
        half = len(numbers) // 2
        return tokens[:half], tokens[half:]
    raise _fail(text, "not a position MineDesk reads")


def _angle(text: str, tokens: list[str]) -> tuple[float, str | None, int]:
    """(value in degrees, hemisphere letter or None, parts: 1 DD, 2 DM, 3 DMS)."""
    toks = list(tokens)
    letter = None
    if toks and toks[0] in ("N", "S", "E", "W"):
        letter = toks.pop(0)
    if toks and toks[-1] in ("N", "S", "E", "W"):
        if letter:
            raise _fail(text, "a hemisphere letter both before and after one coordinate")
        letter = toks.pop()
    parts: list[str] = []
    symbols = "°'\""
    after_number = False
    for t in toks:
        if t in symbols:
            if not after_number or symbols.index(t) != len(parts) - 1:
                raise _fail(text, "{t} is out of place (degrees °, then minutes ', then seconds \")", t=t)
            after_number = False
            continue
        if not re.fullmatch(r"[-+]?\d+(?:\.\d+)?", t):
            raise _fail(text, "{t} is not part of a position", t=t)
        if len(parts) == 3:
            raise _fail(text, "more than degrees, minutes and seconds in one coordinate")
        parts.append(t)
        after_number = True
    if not parts:
        raise _fail(text, "a coordinate without a number")
    sign = -1.0 if parts[0].startswith("-") else 1.0
    if any(p[0] in "+-" for p in parts[1:]):
        raise _fail(text, "a sign on the minutes or seconds")
    if sign < 0 and letter:
        raise _fail(text, "both a minus sign and a hemisphere letter")
    for p in parts[:-1]:
        if "." in p:
            raise _fail(text, "{value} has decimals but is followed by minutes or seconds", value=p.lstrip("+-"))
    value = abs(float(parts[0]))
    if len(parts) >= 2:
        minutes = float(parts[1])
        if minutes >= 60.0:
            raise _fail(text, "minutes {value} are over 59", value=parts[1])
        value += minutes / 60.0
    if len(parts) == 3:
        seconds = float(parts[2])
        if seconds >= 60.0:
            raise _fail(text, "seconds {value} are 60 or more", value=parts[2])
        value += seconds / 3600.0
    return sign * value, letter, len(parts)


def _parse_degrees(text: str, t: str) -> Position:
    tokens = _TOKEN.findall(t)
    first, second = _split_halves(text, tokens)
    a, la, na = _angle(text, first)
    b, lb, nb = _angle(text, second)
    if la in ("E", "W") and lb in ("N", "S"):  # E47.0030 N39.9188: the letters say which is which
        a, la, b, lb = b, lb, a, la
    if la in ("E", "W") or lb in ("N", "S"):
        raise _fail(text, "the latitude (N or S) comes first, then the longitude (E or W)")
    if na != nb:
        raise _fail(text, "latitude and longitude written in different forms")
    lat = -a if la == "S" else a
    lon = -b if lb == "W" else b
    if abs(lat) > 90.0:
        raise _fail(text, "latitude {value:g}° is over 90", value=abs(lat))
    if abs(lon) > 180.0:
        raise _fail(text, "longitude {value:g}° is over 180", value=abs(lon))
    return Position(lon, lat, ("dd", "dm", "dms")[na - 1])


# --------------------------------------------------------------------------- the parser


def parse_position(text: str) -> Position:
    """Read one position written in any of the forms of this module.

    Parameters
    ----------
    text : str
        The position as typed or pasted.

    Returns
    -------
    Position

    Raises
    ------
    InputError
        Whatever could not be read, with examples of the accepted forms; also when a UTM
        ``S`` could be the band or the southern hemisphere (the message asks which).
    """
    if not isinstance(text, str):
        raise InputError(None, "a position is text, not {name}", HINT, name=type(text).__name__)
    t = _normalise(text)
    if not t:
        raise InputError(None, "an empty position", HINT)
    m = _GK.fullmatch(t)
    if m:
        return _parse_gk(text, m[1], m[2])
    m = _GK_YX.fullmatch(t)
    if m:
        return _parse_gk(text, m[2], m[1])
    m = _UTM.fullmatch(t)
    if m:
        return _parse_utm(text, m)
    m = _MGRS.fullmatch(t)
    if m:
        return _parse_mgrs(text, m)
    if re.fullmatch(r"[-+NSEW\d\s.,;°'\"]+", t) and re.search(r"\d", t):
        return _parse_degrees(text, t)
    raise _fail(text, "not a position MineDesk reads")
