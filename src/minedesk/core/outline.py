"""A polygon from the field's own words: turning points and traverses (issue 17).

A list of rows, one position or one leg per row, as a completion report, a marking sketch or an
old minefield record gives them, and as ``minedesk release --points`` and the window's *New
polygon from coordinates...* read them::

    # comments and blank rows are skipped
    bearings magnetic          (or: true, grid; the default is true)
    declination 6.5E           (east positive; needed for magnetic bearings)
    mils 6400                  (or 6000; bearings in mils from here on; "degrees" goes back)
    zone 38N                   (for bare "easting northing" rows, as the task order's table prints them)
    BM 38SPK 71184 20665       a position in any form core.positions reads; BM/RP: a benchmark,
                               not a turning point; TP1, 1, 1. ... are labels of turning points
    047 120                    a leg: bearing, then distance in metres (horizontal)
    112.5° grid 85 m slope -8  a leg with its own reference, slope distance and slope angle
    TP3 39.91, 47.00           a position after legs is a turning point too

Conventions:

* A leg starts at the previous point. Its bearing is turned into a true azimuth (grid: plus the
  meridian convergence at the leg's start in the traverse's UTM zone, that of its first position
  or the ``zone`` row; magnetic: plus the declination), then the point is carried forward on the
  WGS84 ellipsoid (``pyproj.Geod.fwd``). A slope distance is reduced to horizontal with the
  slope angle (``d * cos(angle)``).
* The ring: the turning points in order. A benchmark (a first position labelled BM or RP) is
  not one: the first leg leads from it to TP 1. When the last point falls back near TP 1
  (within :data:`CLOSING_SHARE` of the length walked), the traverse *closes on its start*: the
  last point is TP 1 again, the distance between them is the **misclosure** (metres, and as the
  ratio 1 : length / misclosure), and the polygon ends on TP 1. Otherwise the polygon *closes on
  the last leg*: a straight edge joins the last point to TP 1 and there is no misclosure to
  measure. A list of positions that repeats its first position at the end closes the same way.
* A misclosure worse than the tolerance (1 : :data:`DEFAULT_TOLERANCE` unless given) is a
  warning that must be acknowledged before the polygon is used.
* A polygon that crosses itself is not repaired unless asked: :attr:`Outline.crossings` gives
  the crossing points, :meth:`Outline.polygon` ``repair=True`` splits it as ``make_valid`` does.

Each row that cannot be read carries one reason (:attr:`Row.problem`); a list with any such row
gives no polygon.

Pure Python, shapely and pyproj; no Qt.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace

import shapely

from minedesk.core import coords
from minedesk.core.errors import InputError, Msg
from minedesk.core.positions import EXAMPLES, FORMS, parse_position
from minedesk.core.taskorder import TP_TABLE

__all__ = [
    "CLOSING_SHARE",
    "DEFAULT_TOLERANCE",
    "LEG_EXAMPLES",
    "Outline",
    "Row",
    "Settings",
    "apply_setting",
    "read_outline",
    "row_text",
]

#: Tolerance of a traverse's misclosure: 1 : 300 (a compass-and-tape traverse on rough ground).
DEFAULT_TOLERANCE = 300.0
#: A traverse whose end falls within this share of its length from TP 1 is taken as closing on it.
CLOSING_SHARE = 0.1
MIL_CIRCLES = (6400, 6000)
REFERENCES = ("true", "grid", "magnetic")
LEG_EXAMPLES = "047 120 · 047.5° 120 m · 0835 mils 120 · 112 grid 85 · 250 mag 40 slope -8"
HINT = f"write a position like {EXAMPLES}, or a leg (bearing, distance in metres) like {LEG_EXAMPLES}"
#: Row roles a column of a pasted table can have (the window's per-column choice).
ROLES = ("detect", "label", "lat", "lon", "zone", "easting", "northing", "bearing", "grid_bearing", "distance",
         "slope", "ignore")


@dataclass(frozen=True)
class Settings:
    """How legs and bare grid coordinates are read (the setting rows change them as they come)."""

    reference: str = "true"  # default reference of a leg's bearing: true, grid or magnetic
    declination: float | None = None  # degrees, east positive (true = magnetic + declination)
    mils: int | None = None  # None: bearings in degrees; 6400 or 6000: in mils of that circle
    zone: str | None = None  # "38N": the UTM zone of bare "easting northing" rows
    tolerance: float = DEFAULT_TOLERANCE  # the misclosure must be better than 1 : tolerance

    def __post_init__(self):
        if self.reference not in REFERENCES:
            raise ValueError(f"reference must be one of {REFERENCES}, not {self.reference!r}")
        if self.mils is not None and self.mils not in MIL_CIRCLES:
            raise ValueError(f"mils must be 6400 or 6000, not {self.mils!r}")
        if not (math.isfinite(self.tolerance) and self.tolerance > 0):
            raise ValueError(f"tolerance must be above 0, not {self.tolerance!r}")


@dataclass
class Row:
    """One row as read.

    ``kind``: ``position``, ``leg``, ``setting`` or ``empty`` (blank or comment); ``form``: the
    position's form (``core.positions.FORMS``), ``leg``, or ``""``; ``lon``/``lat``: the point
    the row gives (a leg: where it ends); ``bearing``/``distance``: the true bearing (degrees)
    and geodesic length (metres) of the leg from the previous point to this one (legs and
    positions alike); ``zone``: UTM zone of the row (as written, or the point's own).
    """

    number: int
    text: str
    kind: str = "empty"
    label: str = ""
    form: str = ""
    zone: str = ""
    lon: float | None = None
    lat: float | None = None
    bearing: float | None = None
    distance: float | None = None
    problem: Msg | str | None = None  # why the row cannot be used (a template: the forms translate it)
    benchmark: bool = False


@dataclass
class Outline:
    """What a list of rows gives: the rows, the ring, the misclosure and what is wrong."""

    rows: list[Row]
    ring: list[tuple[float, float]] = field(default_factory=list)  # turning points, lon/lat, not repeated
    closes_on_start: bool = False
    misclosure_m: float | None = None
    length_m: float = 0.0  # of the legs walked from TP 1 (traverses), or of the ring
    tolerance: float = DEFAULT_TOLERANCE
    crossings: list[tuple[float, float]] = field(default_factory=list)

    @property
    def problems(self) -> list[Row]:
        return [r for r in self.rows if r.problem]

    @property
    def ratio(self) -> float | None:
        """N of the misclosure 1 : N (None when there is none to measure; inf when it is 0)."""
        if self.misclosure_m is None:
            return None
        return math.inf if self.misclosure_m == 0 else self.length_m / self.misclosure_m

    @property
    def over_tolerance(self) -> bool:
        r = self.ratio
        return r is not None and r < self.tolerance

    def misclosure_text(self) -> Msg:
        """``misclosure 1.24 m (1 : 412)`` or what the closing was (the one text of every front end)."""
        if self.misclosure_m is None:
            return Msg("closed by a straight edge from the last point to TP 1 (no misclosure to measure)")
        if self.ratio == math.inf:
            ratio = Msg("exact")
        else:
            ratio = Msg("1 : {ratio:,.0f}", ratio=self.ratio)
        text = Msg("misclosure {m:,.2f} m ({ratio}) over {length:,.1f} m", m=self.misclosure_m, ratio=ratio,
                   length=self.length_m)
        if self.over_tolerance:
            text = Msg("{text}, worse than the tolerance 1 : {tolerance:,.0f}", text=text, tolerance=self.tolerance)
        return text

    def polygon(self, repair: bool = False, accept_misclosure: bool = False, source=None):
        """The polygon in lon/lat (WGS84), or InputError: a row that cannot be read, fewer than
        three turning points, a misclosure over the tolerance not acknowledged, or a polygon that
        crosses itself (unless ``repair``, which splits it as ``make_valid`` does)."""
        bad = self.problems
        if bad:
            first = bad[0]
            more = Msg(" (and {n} more row(s))", n=len(bad) - 1) if len(bad) > 1 else ""
            hint = (Msg("correct the row; nothing was recorded") if first.kind == "setting"
                    else Msg("correct the row; nothing was recorded ({hint})", hint=HINT))
            raise InputError(source, "row {number} {text!r}: {reason}{more}", hint, number=first.number,
                             text=first.text.strip(), reason=first.problem, more=more)
        if len(self.ring) < 3:
            raise InputError(source, "{n} turning point(s): a polygon needs at least three",
                             "give three or more positions, or a start and two or more legs", n=len(self.ring))
        if self.over_tolerance and not accept_misclosure:
            raise InputError(source, "the traverse's {misclosure}",
                             "check the bearings and distances, or accept the misclosure "
                             "(--accept-misclosure; the window asks)", misclosure=self.misclosure_text())
        poly = shapely.Polygon(self.ring)
        if self.crossings:
            if not repair:
                where = "; ".join(coords.format_dd(x, y) for x, y in self.crossings[:3])
                raise InputError(source, "the polygon crosses itself at {where}",
                                 "put the turning points in order, or repair it (--repair; the window asks), "
                                 "which splits it where it crosses", where=where)
            poly = _polygonal(shapely.make_valid(poly))
            if poly is None:
                raise InputError(source, "the polygon encloses no area once repaired", "put the turning points in order")
        return poly


def _polygonal(geom):
    parts = [g for g in shapely.get_parts(geom) if g.geom_type == "Polygon" and not g.is_empty]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)


# --------------------------------------------------------------------------- reading rows

_LABEL = re.compile(r"^(?:(BM|RP|SP|TP|PT|P|CP)\s*[-#]?\s*(\d{0,4})|(\d{1,4}))\s*[.:)]?$", re.IGNORECASE)
_LABEL_HEAD = re.compile(r"^\s*(?:(BM|RP|SP|TP|PT|P|CP)\s*[-#]?\s*\d{0,4}|\d{1,4})\s*(?:[.:)](?!\d)\s*|\s+)", re.IGNORECASE)
_SETTING = re.compile(r"^\s*(bearings?|declination|decl|mils?|degrees|zone|tolerance)\b\s*[:=]?\s*(.*)$",
                      re.IGNORECASE)
_NUM = r"\d+(?:\.\d+)?"
_DIST = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_REF = r"TRUE|TN|GRID|GN|MAGNETIC|MAG|MN"
_LEG = re.compile(
    rf"^(?:(?P<ref1>{_REF})\s+)?(?P<sign>-)?(?P<deg>{_NUM})(?:\s*°(?:\s*(?P<min>{_NUM})\s*')?)?"
    rf"(?:\s*(?P<mil>MILS?|MIL6400|MIL6000|‰))?(?:\s+(?P<ref2>{_REF}))?(?:\s*[,;]\s*|\s+)"
    rf"(?P<dsign>-)?(?P<dist>{_DIST})\s*(?:M|METRES|METERS)?"
    rf"(?:\s*[,;]?\s*(?:SLOPE|@)\s*(?P<ssign>[-+])?(?P<slope>{_NUM})\s*°?)?$")


def _ref_name(token: str | None) -> str | None:
    if not token:
        return None
    return {"TRUE": "true", "TN": "true", "GRID": "grid", "GN": "grid"}.get(token, "magnetic")


def _bad(template: str, **params) -> ValueError:
    """A row's reason as a template and its parameters (the forms translate it; the CLI prints it)."""
    return ValueError(Msg(template, **params))


def reason(err: Exception):
    """The reason an error gives for a row: its :class:`Msg`, or its text."""
    said = err.args[0] if err.args else None
    return said if isinstance(said, Msg) else str(err)


def apply_setting(text: str, settings: Settings) -> Settings:
    """The settings after a setting row; ValueError with the reason when it cannot be read."""
    m = _SETTING.match(text)
    key, value = m[1].lower(), m[2].strip().strip(":=").strip()
    v = value.lower()
    if key.startswith("bearing"):
        ref = _ref_name(value.upper()) if value.upper() in ("TRUE", "TN", "GRID", "GN", "MAGNETIC", "MAG", "MN") else None
        if ref is None:
            raise _bad("bearings are true, grid or magnetic, not {value!r}", value=value)
        return replace(settings, reference=ref)
    if key in ("declination", "decl"):
        dm = re.fullmatch(r"([-+]?)(\d+(?:\.\d+)?)\s*°?\s*([EW])?", value.upper())
        if not dm or (dm[1] and dm[3]):
            raise _bad("declination {value!r} is not degrees east or west (6.5E, 2.1W or -2.1)", value=value)
        d = float(dm[2]) * (-1.0 if dm[1] == "-" or dm[3] == "W" else 1.0)
        if abs(d) >= 90:
            raise _bad("declination {value!r} is over 90°", value=value)
        return replace(settings, declination=d)
    if key == "degrees":
        return replace(settings, mils=None)
    if key.startswith("mil"):
        circle = int(v) if v.isdigit() else (6400 if not v else -1)
        if circle not in MIL_CIRCLES:
            raise _bad("a mil circle is 6400 or 6000, not {value!r}", value=value)
        return replace(settings, mils=circle)
    if key == "zone":
        zm = re.fullmatch(r"(\d{1,2})\s*([NS])", value.upper())
        if not zm or not 1 <= int(zm[1]) <= 60:
            raise _bad("zone {value!r} is not a UTM zone with its hemisphere, like 38N", value=value)
        return replace(settings, zone=f"{int(zm[1])}{zm[2]}")
    tm = re.fullmatch(r"(?:1\s*:\s*)?(\d+(?:\.\d+)?)", value)
    if not tm or float(tm[1]) <= 0:
        raise _bad("tolerance {value!r} is not a ratio like 1:300", value=value)
    return replace(settings, tolerance=float(tm[1]))


def _leg(text: str, settings: Settings) -> tuple[str, float, float] | None:
    """(reference, bearing in degrees from that north, horizontal distance in metres) of a leg row;
    None when the text is not a leg; ValueError with the reason when it is a bad one."""
    t = " ".join(text.strip().upper().replace("º", "°").replace("’", "'").replace("′", "'").split())
    m = _LEG.match(t)
    if not m:
        return None
    plain = not (m["ref1"] or m["ref2"] or m["mil"] or m["min"] or m["slope"] or "°" in t
                 or re.search(r"\dM", t.replace(" ", "")))
    decimals = [len(x.split(".")[1]) if "." in x else 0 for x in (m["deg"], m["dist"])]
    if plain and (min(decimals) >= 3 or "," in t or (m["sign"] and m["dsign"])):
        return None  # 39.918800 47.003000, 39.9, 47.0 or -34.6 -58.4: decimal degrees, not a leg
    if m["ref1"] and m["ref2"]:
        raise _bad("two references (true, grid, magnetic) on one bearing")
    ref = _ref_name(m["ref1"] or m["ref2"]) or settings.reference
    if m["sign"]:
        raise _bad("bearing -{value} is negative: bearings run 0 to 360° clockwise from north", value=m["deg"])
    circle = settings.mils
    if m["mil"]:
        circle = 6000 if m["mil"] == "MIL6000" else (6400 if m["mil"] == "MIL6400" else (settings.mils or 6400))
    if circle:
        if m["min"] is not None or "°" in t.split(m["dist"])[0]:
            raise _bad("a bearing in mils has no degree sign")
        mils = float(m["deg"])
        if mils >= circle:
            raise _bad("bearing {value} mils is over the {circle} mil circle", value=m["deg"], circle=circle)
        bearing = mils * 360.0 / circle
    else:
        bearing = float(m["deg"])
        if m["min"] is not None:
            if "." in m["deg"]:
                raise _bad("{value} has decimals but is followed by minutes", value=m["deg"])
            minutes = float(m["min"])
            if minutes >= 60:
                raise _bad("minutes {value} are over 59", value=m["min"])
            bearing += minutes / 60.0
        if bearing >= 360.0:
            raise _bad("bearing {value}° is over 360", value=m["deg"])
    if m["dsign"]:
        raise _bad("distance -{value} m is negative", value=m["dist"])
    distance = float(m["dist"].replace(",", ""))
    if distance <= 0:
        raise _bad("a leg of 0 m: give its distance in metres")
    if distance > 100_000:
        raise _bad("a leg of {distance:,.0f} m is longer than 100 km: is it in metres?", distance=distance)
    if m["slope"] is not None:
        slope = float(m["slope"])
        if slope >= 90:
            raise _bad("slope angle {value}° is 90 or more", value=m["slope"])
        distance *= math.cos(math.radians(slope))
    if ref == "magnetic" and settings.declination is None:
        raise _bad("a magnetic bearing needs the declination: add a row like 'declination 6.5E' before it")
    return ref, bearing, distance


def _bare_grid(text: str, settings: Settings) -> str | None:
    """``671184 4420665`` (easting, northing, as the task order's table prints them) with the zone
    row's zone, as UTM text; None when the text is not that."""
    m = re.fullmatch(r"\s*(\d{6}(?:\.\d+)?)\s*[,;\s]\s*(\d{7}(?:\.\d+)?)\s*", text)
    if not m or settings.zone is None:
        return None
    return f"{settings.zone} {m[1]} {m[2]}"


def _split_label(text: str) -> tuple[str, str]:
    m = _LABEL_HEAD.match(text)
    if not m:
        return "", text
    return m.group(0).strip().rstrip(".:)").strip(), text[m.end():]


#: A turning-point row of a task order as a PDF viewer copies it: number, latitude and longitude to six
#: decimals, then the same point in DMS, UTM and MGRS and its leg (read by its latitude and longitude)
_PRINTED_ROW = re.compile(r"^\s*(\d{1,4})\s+(-?\d{1,2}\.\d{6})\s+(-?\d{1,3}\.\d{6})\s+\d{1,2}°.*$")


def _read_point(text: str, settings: Settings, form: str | None):
    grid = _bare_grid(text, settings)
    pos = parse_position(grid or text)
    if form and form != "detect" and pos.form != form and not (form == "dms" and pos.form == "dm"):
        raise InputError(None, "read as {read}, not the {chosen} chosen for this column",
                         "choose the form it is written in, or let MineDesk detect it", read=pos.form.upper(),
                         chosen=form.upper())
    zone = pos.zone if pos.form in ("utm", "mgrs") else "{}{}".format(*coords.utm_zone(pos.lon, pos.lat))
    if pos.form == "gk":
        zone = f"GK {pos.zone}"
    return pos, zone


def _classify(number: int, raw: str, settings: Settings, form: str | None) -> tuple[Row, Settings, object]:
    """One row read: (row, settings after it, payload: a Position, a leg tuple, or None)."""
    text = raw.replace("\t", " ").strip()
    row = Row(number, raw)
    if not text or text.startswith("#"):
        return row, settings, None
    if _SETTING.match(text) and not re.match(r"^\s*zone\s+\d{1,2}\s*[NS]\s+\d", text, re.IGNORECASE):
        row.kind = "setting"
        try:
            return row, apply_setting(text, settings), None
        except ValueError as err:
            row.problem = reason(err)
            return row, settings, None
    attempts = [("", text)]
    label, rest = _split_label(text)
    if label and rest.strip():
        attempts.append((label, rest))
    position_error = None
    for lab, body in attempts:
        if form in (None, "detect", "leg") and _bare_grid(body, settings) is None:
            try:
                leg = _leg(body, settings)
            except ValueError as err:  # written as a leg: a bad leg, not a position
                row.kind, row.form, row.label, row.problem = "leg", "leg", lab, reason(err)
                return row, settings, None
            if leg is not None:
                row.kind, row.form, row.label = "leg", "leg", lab
                return row, settings, leg
        if form == "leg":
            continue
        try:
            pos, zone = _read_point(body, settings, form)
        except InputError as err:
            problem = err.problem_msg.params.get("problem_", err.problem_msg)  # without the text quoted
            if err.hint and not err.hint.startswith("write a position like"):  # the question's answer
                problem = Msg("{problem}; {hint}", problem=problem, hint=err.hint_msg)
            if position_error is None or position_error[1] == "not a position MineDesk reads":
                position_error = (lab, problem)  # the more telling reason
            continue
        row.kind, row.form, row.label, row.zone = "position", pos.form, lab, zone
        return row, settings, pos
    printed = _PRINTED_ROW.match(text)
    if printed and form in (None, "detect", "dd"):  # a task order's row copied from its PDF, as one line
        pos, zone = _read_point(f"{printed[2]}, {printed[3]}", settings, None)
        row.kind, row.form, row.label, row.zone = "position", pos.form, printed[1], zone
        return row, settings, pos
    if form == "leg":
        row.kind, row.problem = "leg", Msg("not a leg (bearing, distance) like {examples}", examples=LEG_EXAMPLES)
    else:
        row.kind, (row.label, row.problem) = "position", position_error
        if row.problem == "not a position MineDesk reads":
            row.problem = Msg("not a position or a leg MineDesk reads (like 38SPK 71184 20665, or 047 120 for a leg)")
    return row, settings, None


def read_outline(lines, settings: Settings | None = None, form: str | None = None) -> Outline:
    """Read rows (an iterable of text lines) into an :class:`Outline`.

    Parameters
    ----------
    lines : iterable of str
        One position, one leg or one setting per row (see the module's text).
    settings : Settings, optional
        How legs are read at the start (the setting rows change them as they come).
    form : str, optional
        ``detect`` (default) or one of ``core.positions.FORMS`` / ``leg``: a row read otherwise is
        a problem on its row (the window's per-column choice).
    """
    settings = settings or Settings()
    rows: list[Row] = []
    points: list[tuple[float, float]] = []
    traverse_zone: str | None = None
    walked = 0.0
    walked_from_tp1 = 0.0
    has_legs = False
    for number, raw in enumerate(lines, start=1):
        row, settings, payload = _classify(number, str(raw), settings, form)
        rows.append(row)
        if row.problem or payload is None:
            continue
        if row.kind == "position":
            lonlat = (payload.lon, payload.lat)
            if traverse_zone is None:
                traverse_zone = settings.zone or (payload.zone if payload.form in ("utm", "mgrs") else
                                                  "{}{}".format(*coords.utm_zone(*lonlat)))
            if not points and row.label.upper().startswith(("BM", "RP")):
                row.benchmark = True
        else:
            if not points:
                if any(r.problem for r in rows):
                    continue  # the start could not be read: its row says so
                row.problem = Msg("a leg needs a start: give the benchmark or first turning point's position before it")
                continue
            ref, bearing, distance = payload
            lon0, lat0 = points[-1]
            azimuth = bearing
            if ref == "grid":
                azimuth = bearing + coords.meridian_convergence(lon0, lat0, traverse_zone)
            elif ref == "magnetic":
                azimuth = bearing + settings.declination
            lon1, lat1, _ = coords.GEOD.fwd(lon0, lat0, azimuth % 360.0, distance)
            lonlat = (float((lon1 + 180.0) % 360.0 - 180.0), float(lat1))
            row.zone = "{}{}".format(*coords.utm_zone(*lonlat))
            has_legs = True
        row.lon, row.lat = lonlat
        if points:
            az, _, dist = coords.GEOD.inv(points[-1][0], points[-1][1], lonlat[0], lonlat[1])
            row.bearing, row.distance = (float(az) % 360.0 if dist > 0 else None), float(dist)
            walked += float(dist)
            if not rows_benchmark_only(rows, row):
                walked_from_tp1 += float(dist)
        points.append(lonlat)
    out = Outline(rows, tolerance=settings.tolerance)
    if any(r.problem for r in rows):
        return out
    start_index = 1 if any(r.benchmark for r in rows) else 0
    ring = points[start_index:]
    length = walked_from_tp1
    if len(ring) >= 2:
        _, _, gap = coords.GEOD.inv(ring[-1][0], ring[-1][1], ring[0][0], ring[0][1])
        listed_closed = not has_legs and gap < 0.01  # a coordinate list that repeats TP 1
        if (has_legs and len(ring) >= 3 and gap <= CLOSING_SHARE * length) or listed_closed:
            out.closes_on_start = True
            out.misclosure_m = float(gap)
            ring = ring[:-1]
        elif not has_legs:
            length += float(gap)
    out.ring = ring
    out.length_m = length
    if len(ring) >= 3:
        out.crossings = _crossings(ring)
    return out


def rows_benchmark_only(rows: list[Row], row: Row) -> bool:
    """True for the approach leg (from a benchmark to TP 1), which is not part of the ring."""
    reached = [r for r in rows if r.lon is not None or r is row]
    return len(reached) == 2 and reached[0].benchmark


def _crossings(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Points where the closed ring crosses or touches itself (not its own vertices in order)."""
    line = shapely.LineString([*ring, ring[0]])
    if line.is_simple:
        return []
    n = len(ring)
    segments = [shapely.LineString([ring[i], ring[(i + 1) % n]]) for i in range(n)]
    tree = shapely.STRtree(segments)
    found = []
    for i, seg in enumerate(segments):
        for j in tree.query(seg, predicate="intersects"):
            j = int(j)
            if j <= i or j == i + 1 or (i == 0 and j == n - 1):
                continue
            hit = seg.intersection(segments[j])
            for p in shapely.get_parts(hit):
                c = p.centroid if p.geom_type != "Point" else p
                found.append((float(c.x), float(c.y)))
    if not found:  # adjacent legs folding back over each other
        for i in range(n):
            a, b = segments[i], segments[(i + 1) % n]
            inter = a.intersection(b)
            if inter.geom_type != "Point":
                c = inter.centroid
                found.append((float(c.x), float(c.y)))
    return found


# --------------------------------------------------------------------------- pasted tables

def row_text(cells: list[str], roles: list[str]) -> str:
    """One row's text from a pasted table's cells and each column's role (:data:`ROLES`): the
    label, then a position (latitude and longitude, or zone easting northing) or a leg
    (bearing, distance, slope); ``detect`` cells are joined as they are."""
    parts: dict[str, str] = {}
    loose = []
    for cell, role in zip(cells, roles, strict=False):
        cell = str(cell or "").strip()
        if not cell or role == "ignore":
            continue
        if role in ("detect", "", None):
            loose.append(cell)
        else:
            parts.setdefault(role, cell)
    for cell in cells[len(roles):]:
        if str(cell).strip():
            loose.append(str(cell).strip())
    words = [parts["label"]] if "label" in parts else []
    if "lat" in parts and "lon" in parts:
        words.append(f"{parts['lat']}, {parts['lon']}")
    elif "easting" in parts and "northing" in parts:
        words.append(" ".join(p for p in (parts.get("zone", ""), parts["easting"], parts["northing"]) if p))
    elif ("bearing" in parts or "grid_bearing" in parts) and "distance" in parts:
        bearing = parts.get("bearing") or f"{parts['grid_bearing']} grid"
        words.append(f"{bearing} {parts['distance']}" + (f" slope {parts['slope']}" if parts.get("slope") else ""))
    else:
        words += [parts[k] for k in ROLES if k in parts and k != "label"]
    return " ".join(words + loose)


#: Header words of a pasted table (the task order's own among them) and the role they give.
HEADER_ROLES = {"tp": "label", "no": "label", "point": "label", "latitude": "lat", "lat": "lat",
                "longitude": "lon", "lon": "lon", "latitude dms": "lat", "longitude dms": "lon", "long": "lon",
                "zone": "zone", "easting": "easting",
                "e": "easting", "northing": "northing", "n": "northing", "bearing": "bearing",
                "true bearing": "bearing", "distance": "distance", "distance (m)": "distance",
                "slope": "slope", "mgrs": "detect", "utm e": "easting", "utm n": "northing",
                "bearing true": "bearing", "bearing grid": "grid_bearing", "grid bearing": "grid_bearing",
                "dist. m": "distance", "dist.": "distance", "dist": "distance"}
HEADER_ROLES.update({header.lower(): role for header, role, _, _ in TP_TABLE})  # the task order's own (English)


def header_roles(cells: list[str], headers: dict[str, str] | None = None) -> list[str] | None:
    """Each column's role from a header row (``TP  Latitude  Longitude ...``), or None when the
    row is not a header. ``headers`` adds header words (lower case) and their roles: the task
    order's headers in the languages it prints in, which the front ends know. Columns no role fits
    (a second form of the same point) are ignored."""
    names = [" ".join(str(c).strip().lower().split()) for c in cells]
    known = [HEADER_ROLES.get(n) or (headers or {}).get(n) for n in names]
    if sum(k is not None for k in known) < 2:
        return None
    roles, seen = [], set()
    for k in known:
        if k is None or (k in seen and k != "detect"):
            roles.append("ignore")
        else:
            roles.append(k)
            seen.add(k)
    # one position per row: latitude/longitude when there, else easting/northing, else MGRS
    if "bearing" in seen:
        roles = [r if r != "grid_bearing" else "ignore" for r in roles]
    legs = ("bearing", "grid_bearing", "distance", "slope")  # they repeat the positions
    if {"lat", "lon"} <= seen:
        roles = [r if r not in ("easting", "northing", "zone", "detect", *legs) else "ignore" for r in roles]
    elif {"easting", "northing"} <= seen:
        roles = [r if r not in ("detect", *legs) else "ignore" for r in roles]
    elif "detect" in seen:
        roles = [r if r not in legs else "ignore" for r in roles]
    return roles


__all__ += ["FORMS", "HEADER_ROLES", "HINT", "ROLES", "header_roles"]
