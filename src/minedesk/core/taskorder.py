"""Task orders: what a centre issues to an operator to work one or more hazards.

A task order is a set of fields (docs/domain.md, "Task orders") plus the hazards it
covers. Its geometry section is never typed in: turning points, bearings, distances, areas
and perimeters are derived from the hazard polygons with the same code as every tally, so the
paper and ``minedesk tally`` agree to the hectare. In a project, orders are rows of the
``task_orders`` table; editing an issued order adds a new version and keeps the old one.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import numpy as np
import shapely
from pyproj import CRS, Transformer

from minedesk.core import coords
from minedesk.core.area import transform
from minedesk.core.errors import InputError, Msg
from minedesk.core.mapping import hazard_type_and_status
from minedesk.core.positions import parse_position
from minedesk.core.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from minedesk.core.tally import TallyEngine

#: The sections of a task order, in the order they print (and the form shows them as tabs).
SECTIONS: list[str] = [
    QT_TRANSLATE_NOOP("TaskOrderSection", "Task"), QT_TRANSLATE_NOOP("TaskOrderSection", "Hazards"),
    QT_TRANSLATE_NOOP("TaskOrderSection", "Geometry"), QT_TRANSLATE_NOOP("TaskOrderSection", "Parts to release"),
    QT_TRANSLATE_NOOP("TaskOrderSection", "Threat"), QT_TRANSLATE_NOOP("TaskOrderSection", "Priority and land use"),
    QT_TRANSLATE_NOOP("TaskOrderSection", "Dates"), QT_TRANSLATE_NOOP("TaskOrderSection", "Safety"),
    QT_TRANSLATE_NOOP("TaskOrderSection", "Quality"), QT_TRANSLATE_NOOP("TaskOrderSection", "Signatures")]
#: The turning-point table of a task order, one row per point: the column's header (English source,
#: printed in the document's language, context TaskOrderDocument), what the column is when the
#: table is pasted back into the coordinates form (a role of minedesk.core.outline), its width and
#: alignment. Every figure in it is written as a field team types it back (decimal point, no grouping).
TP_TABLE: list[tuple[str, str, float, str]] = [
    (QT_TRANSLATE_NOOP("TaskOrderDocument", "TP"), "label", 0.45, "r"),
    (QT_TRANSLATE_NOOP("TaskOrderDocument", "Latitude"), "lat", 1.0, "r"),
    (QT_TRANSLATE_NOOP("TaskOrderDocument", "Longitude"), "lon", 1.0, "r"),
    (QT_TRANSLATE_NOOP("TaskOrderDocument", "Latitude DMS"), "lat", 1.35, "r"),
    (QT_TRANSLATE_NOOP("TaskOrderDocument", "Longitude DMS"), "lon", 1.35, "r"),
    ("UTM E", "easting", 0.85, "r"), ("UTM N", "northing", 0.95, "r"), ("MGRS", "detect", 1.7, "l"),
    (QT_TRANSLATE_NOOP("TaskOrderDocument", "Bearing true"), "bearing", 0.75, "r"),
    (QT_TRANSLATE_NOOP("TaskOrderDocument", "Bearing grid"), "grid_bearing", 0.75, "r"),
    (QT_TRANSLATE_NOOP("TaskOrderDocument", "Dist. m"), "distance", 0.7, "r")]
#: (key, label, section) of every field, in the order they print. docs/domain.md lists them.
#: Labels and sections are English source text; translated where shown (context TaskOrderField,
#: TaskOrderSection).
FIELDS: list[tuple[str, str, str]] = [
    ("authority", QT_TRANSLATE_NOOP("TaskOrderField", "Issuing authority"), "Task"),
    ("organisation", QT_TRANSLATE_NOOP("TaskOrderField", "Tasked organisation"), "Task"),
    ("teams", QT_TRANSLATE_NOOP("TaskOrderField", "Team(s)"), "Task"),
    ("donor", QT_TRANSLATE_NOOP("TaskOrderField", "Donor"), "Task"),
    ("hazard_kind", QT_TRANSLATE_NOOP("TaskOrderField", "Type of task (minefield, battle area, spot task)"), "Hazards"),
    ("village", QT_TRANSLATE_NOOP("TaskOrderField", "District / village"), "Hazards"),
    ("benchmark", QT_TRANSLATE_NOOP("TaskOrderField", "Benchmark (BM) position"), "Geometry"),
    ("benchmark_description", QT_TRANSLATE_NOOP("TaskOrderField", "Benchmark description"), "Geometry"),
    ("reference_point", QT_TRANSLATE_NOOP("TaskOrderField", "Reference point (RP) position"), "Geometry"),
    ("reference_description", QT_TRANSLATE_NOOP("TaskOrderField", "Reference point description"), "Geometry"),
    ("start_point", QT_TRANSLATE_NOOP("TaskOrderField", "Start point (nearest turning point is TP 1)"), "Geometry"),
    ("method", QT_TRANSLATE_NOOP("TaskOrderField", "Planned method (NTS, TS, manual, mechanical, MDD)"), "Parts to release"),
    ("depth_cm", QT_TRANSLATE_NOOP("TaskOrderField", "Clearance depth (cm)"), "Parts to release"),
    ("threat", QT_TRANSLATE_NOOP("TaskOrderField", "Expected threat (device categories, known models)"), "Threat"),
    ("evidence", QT_TRANSLATE_NOOP("TaskOrderField", "Evidence and its source"), "Threat"),
    ("priority", QT_TRANSLATE_NOOP("TaskOrderField", "Priority"), "Priority and land use"),
    ("beneficiaries", QT_TRANSLATE_NOOP("TaskOrderField", "Beneficiaries"), "Priority and land use"),
    ("land_use", QT_TRANSLATE_NOOP("TaskOrderField", "Intended land use"), "Priority and land use"),
    ("planned_start", QT_TRANSLATE_NOOP("TaskOrderField", "Planned start"), "Dates"),
    ("planned_end", QT_TRANSLATE_NOOP("TaskOrderField", "Planned end"), "Dates"),
    ("deadline", QT_TRANSLATE_NOOP("TaskOrderField", "Deadline"), "Dates"),
    ("reporting", QT_TRANSLATE_NOOP("TaskOrderField", "Reporting frequency"), "Dates"),
    ("access_route", QT_TRANSLATE_NOOP("TaskOrderField", "Access route"), "Safety"),
    ("control_point", QT_TRANSLATE_NOOP("TaskOrderField", "Control point"), "Safety"),
    ("casevac", QT_TRANSLATE_NOOP("TaskOrderField", "Casualty evacuation (CASEVAC) plan"), "Safety"),
    ("medical_facility", QT_TRANSLATE_NOOP("TaskOrderField", "Nearest medical facility"), "Safety"),
    ("helicopter_site", QT_TRANSLATE_NOOP("TaskOrderField", "Helicopter landing site"), "Safety"),
    ("demolition_site", QT_TRANSLATE_NOOP("TaskOrderField", "Demolition site"), "Safety"),
    ("marking", QT_TRANSLATE_NOOP("TaskOrderField", "Marking"), "Safety"),
    ("accreditation", QT_TRANSLATE_NOOP("TaskOrderField", "Accreditation"), "Quality"),
    ("qa_visits", QT_TRANSLATE_NOOP("TaskOrderField", "QA visits"), "Quality"),
    ("qc_sampling", QT_TRANSLATE_NOOP("TaskOrderField", "QC sampling"), "Quality"),
    ("inspecting_body", QT_TRANSLATE_NOOP("TaskOrderField", "Inspecting body"), "Quality"),
    ("issued_by", QT_TRANSLATE_NOOP("TaskOrderField", "Issued by (name, post)"), "Signatures"),
    ("received_by", QT_TRANSLATE_NOOP("TaskOrderField", "Received by (name, post)"), "Signatures"),
    ("distribution", QT_TRANSLATE_NOOP("TaskOrderField", "Distribution"), "Signatures"),
]
FIELD_KEYS = [k for k, _, _ in FIELDS]
POINT_FIELDS = ("benchmark", "reference_point", "start_point")

#: The most turning points one task order (or completion report) lists, all its hazards, parts
#: and holes together. A team leader finds and marks every turning point on the ground; 500 is
#: about seven pages of coordinate table, already more than a team works from. Past it the
#: document is refused before anything is drawn, or the outline is simplified for the document
#: with the operator's consent (``--simplify METRES``; the window asks). The project's
#: geometry is never changed, and the document says what was simplified.
MAX_TURNING_POINTS = 500


@dataclass
class HazardGeometry:
    """One hazard of a task order, measured: what its geometry section prints."""

    hazard_id: str
    attributes: dict
    polygon_lonlat: object
    rings: list  # coords.TurningRing, exterior(s) then holes
    area_m2: float
    perimeter_m: float
    released_ha: dict  # category -> hectares already released
    remaining_ha: float
    simplification: Simplification | None = None  # when the outlines were simplified for the document
    hazard_type: str | None = None  # SHA / CHA, read by the mapping (core.mapping.hazard_type_and_status)
    status: str | None = None


@dataclass
class TaskOrder:
    task_id: str
    hazard_ids: list[str]
    fields: dict[str, str] = field(default_factory=dict)
    version: int = 1
    issued: str = field(default_factory=lambda: _dt.date.today().isoformat())

    def value(self, key: str) -> str:
        v = self.fields.get(key)
        return "" if v is None else str(v)

    def point(self, key: str) -> tuple[float, float] | None:
        text = self.value(key)
        return parse_position(text).lonlat if text else None

    def to_row(self) -> dict:
        return {"task_id": self.task_id, "version": self.version, "issued": self.issued,
                "hazard_ids": ",".join(self.hazard_ids), "fields": json.dumps(self.fields, ensure_ascii=False,
                                                                              sort_keys=True)}

    @classmethod
    def from_row(cls, row: dict) -> TaskOrder:
        return cls(task_id=row["task_id"], version=int(row["version"]), issued=row["issued"],
                   hazard_ids=[h for h in str(row["hazard_ids"]).split(",") if h],
                   fields=json.loads(row["fields"] or "{}"))


def check_fields(fields: dict[str, str]) -> None:
    unknown = [k for k in fields if k not in FIELD_KEYS]
    if unknown:
        raise InputError("--field", "unknown task order field(s): {items}",
                         "use one of: {items2}", items=', '.join(unknown), items2=', '.join(FIELD_KEYS))
    for key in POINT_FIELDS:
        if fields.get(key):
            try:
                parse_position(fields[key])
            except InputError as err:
                raise InputError(f"--field {key}", err.problem, err.hint) from None


def turning_point_count(geometry) -> int:
    """How many turning points a polygon's table lists: the vertices of every ring, without
    the closing one and without consecutive repeats."""
    parts = shapely.get_parts(np.atleast_1d(np.asarray(geometry, dtype=object)))
    parts = parts[~shapely.is_empty(parts)] if len(parts) else parts
    if not len(parts):
        return 0
    rings = shapely.get_rings(parts)
    xy, index = shapely.get_coordinates(rings, return_index=True)
    repeats = int(np.count_nonzero(np.all(xy[1:] == xy[:-1], axis=1) & (index[1:] == index[:-1])))
    return max(len(xy) - repeats - len(rings), 0)


def _metres(value) -> float:
    """A distance option as given, as a float (NaN when it is not a number: the caller refuses it)."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def check_tolerance(simplify_m) -> float | None:
    """A simplification tolerance as given (metres), or None for none."""
    if simplify_m is None:
        return None
    value = _metres(simplify_m)
    if not math.isfinite(value) or value <= 0 or value > 10_000:
        raise InputError("--simplify", "{simplify_m!r} is not a tolerance MineDesk uses",
                         "give metres above 0 and up to 10000, e.g. --simplify 1", simplify_m=simplify_m)
    return value


def too_many_turning_points(count: int, simplify_m: float | None = None) -> InputError:
    """The one message for an outline too long for a task order."""
    if simplify_m is None:
        return InputError(None, "the task order would list {count:,} turning points, more than the {max_turning_points:,} a task order can carry",
                          "simplify the outline for the document only (minedesk task-order --simplify METRES, "
                          "e.g. 1; the window asks), or task fewer hazards", count=count, max_turning_points=MAX_TURNING_POINTS)
    return InputError(None, "simplified at {simplify_m:g} m the task order still lists {count:,} turning points, more than the {max_turning_points:,} a task order can carry",
                      "give a larger tolerance, or task fewer hazards", simplify_m=simplify_m, count=count, max_turning_points=MAX_TURNING_POINTS)


class TaskSource(Protocol):
    """Where a task order's hazards come from: a :class:`~minedesk.core.project.Project`, or the
    QGIS plugin's view of two layers (``minedesk_qgis.bridge.EngineView``). The documents ask
    nothing else of it."""

    crs: CRS
    engine: TallyEngine

    def hazard_row(self, hazard_id: str) -> int: ...

    def hazard_ids(self) -> list[str]: ...


def task_hazard_rows(project: TaskSource, hazard_ids) -> list[int]:
    """The tally engine's rows of a task's hazards. A hazard the figures leave out (coordinates
    its CRS cannot place, or no area: ``check`` reports it) has no outline to give a team: refused."""
    rows = []
    for hid in hazard_ids:
        row = project.hazard_row(hid)
        geom = project.engine.hazards.geometry[row]
        if geom is None or shapely.is_empty(geom):
            where = getattr(getattr(project, "store", None), "path", None) or project.engine.hazards.source
            raise InputError(where, "hazard {hid} has no outline a task order or report can show (its coordinates cannot be placed, or it encloses no area; it is left out of the figures)",
                             "fix its shape in QGIS (minedesk check shows what is wrong with it), or leave it out", hid=hid)
        rows.append(row)
    return rows


def order_turning_points(engine: TallyEngine, hazard_rows: list[int]) -> int:
    """Turning points of the task's hazards as they are in the project (counted before any
    drawing, in the project's CRS)."""
    return sum(turning_point_count(engine.hazards.geometry[row]) for row in hazard_rows)


def simplify_outline(polygon_lonlat, tolerance_m: float):
    """A lon/lat polygon simplified with a tolerance in metres, topology preserved (parts and
    holes stay apart and valid): measured on a plane centred on the polygon."""
    c = polygon_lonlat.centroid
    local = CRS.from_proj4(f"+proj=aeqd +lat_0={c.y:.7f} +lon_0={c.x:.7f} +datum=WGS84 +units=m +no_defs")
    there = transform(polygon_lonlat, Transformer.from_crs(4326, local, always_xy=True))
    simple = shapely.simplify(there, tolerance_m, preserve_topology=True)
    return transform(simple, Transformer.from_crs(local, 4326, always_xy=True))


@dataclass
class Simplification:
    """What the document says when its outlines were simplified for it."""

    tolerance_m: float
    before: int
    after: int

    def note(self) -> str:
        return (f"Outline simplified for this document only (tolerance {self.tolerance_m:g} m, topology kept): "
                f"{self.before:,} turning points in the project, {self.after:,} listed here. Areas and perimeters "
                f"are those of the project's geometry, which is unchanged.")


def measure(engine: TallyEngine, meter, hazard_rows: list[int], order: TaskOrder,
            simplify_m: float | None = None) -> list[HazardGeometry]:
    """Turning points, areas, perimeters and released parts of the task's hazards: from the
    same engine and area meter as the tallies. Refuses more than :data:`MAX_TURNING_POINTS`
    turning points before any work, unless ``simplify_m`` (metres) simplifies the outlines
    for the document (see :class:`Simplification`, on the first hazard returned)."""
    simplify_m = check_tolerance(simplify_m)
    before = order_turning_points(engine, hazard_rows)
    if before > MAX_TURNING_POINTS and simplify_m is None:
        raise too_many_turning_points(before)
    start = order.point("start_point") or order.point("benchmark")
    outlines = []
    for row in hazard_rows:
        lonlat = meter.to_wgs84(engine.hazards.geometry[row])
        outlines.append(simplify_outline(lonlat, simplify_m) if simplify_m is not None else lonlat)
    simplification = None
    if simplify_m is not None:
        after = sum(turning_point_count(g) for g in outlines)
        if after > MAX_TURNING_POINTS:
            raise too_many_turning_points(after, simplify_m)
        simplification = Simplification(simplify_m, before, after)
    out = []
    zone = None
    for row, lonlat in zip(hazard_rows, outlines, strict=True):
        geom = engine.hazards.geometry[row]
        if zone is None:  # one UTM zone for the whole order: the zone of its first hazard
            c = lonlat.centroid
            zone = "{}{}".format(*coords.utm_zone(c.x, c.y))
        rings = coords.turning_points(lonlat, start=start, zone=zone)
        t = engine.totals([row])
        kind, status = hazard_type_and_status(engine.hazards, row)
        out.append(HazardGeometry(
            hazard_id=str(engine.hazards.ids[row]),
            attributes={k: v[row] for k, v in engine.hazards.attributes.items()},
            polygon_lonlat=lonlat, rings=rings, area_m2=float(engine.area_ha[row]) * 1e4,
            perimeter_m=meter.perimeter_m(geom), released_ha=dict(t.released_by_category_ha),
            remaining_ha=t.remaining_ha, simplification=simplification, hazard_type=kind, status=status))
    return out


def next_task_id(existing: list[str], year: int | None = None) -> str:
    """``T-2026-0001``, the next free number of the year."""
    year = year or _dt.date.today().year
    numbers = [int(m[1]) for t in existing if (m := re.fullmatch(rf"T-{year}-(\d+)", t))]
    return f"T-{year}-{max(numbers, default=0) + 1:04d}"


def order_to_issue(issued: list[TaskOrder], hazard_ids, fields: dict, task_id: str | None = None, *,
                   replace_fields: bool = False, year: int | None = None) -> TaskOrder:
    """The one rule for the order issued next, for every front end (command line, window, QGIS).

    ``task_id`` of an issued order gives its next version: its hazards unless others are given,
    and the fields given over the last version's (all of them replaced with ``replace_fields``,
    as a form showing every field does). A ``task_id`` never issued is that order's version 1.
    Without one, the next free number of the year (:func:`next_task_id`) among ``issued``."""
    hazard_ids, fields = [str(h) for h in hazard_ids], dict(fields)
    check_fields(fields)
    versions = [o for o in issued if task_id and o.task_id == task_id]
    if versions:
        last = max(versions, key=lambda o: o.version)
        return TaskOrder(last.task_id, hazard_ids or list(last.hazard_ids),
                         fields if replace_fields else {**last.fields, **fields}, last.version + 1)
    if not hazard_ids:
        raise InputError(None, "a task order needs at least one hazard", "choose or name the hazards to task")
    return TaskOrder(task_id or next_task_id([o.task_id for o in issued], year), hazard_ids, fields)


def released_parts_lonlat(engine: TallyEngine, meter, row: int) -> dict:
    """The released parts of one hazard by category, in lon/lat (for the map)."""
    return {cat: meter.to_wgs84(g) for cat, g in engine.released_parts(row).items()
            if g is not None and not shapely.is_empty(g)}



#: A benchmark farther than this from every hazard of its order is flagged (metres; configurable
#: per document with ``benchmark_limit_m``, and on the command line with --benchmark-within).
BENCHMARK_LIMIT_M = 2000.0


def check_benchmark_limit(limit_m) -> float:
    """A far-benchmark distance as given (metres); the default when None."""
    if limit_m is None:
        return BENCHMARK_LIMIT_M
    value = _metres(limit_m)
    if not math.isfinite(value) or value <= 0:
        raise InputError("--benchmark-within", "{value!r} is not a distance MineDesk uses",
                         "give metres above 0, e.g. --benchmark-within {default:g}", value=limit_m,
                         default=BENCHMARK_LIMIT_M)
    return value


def benchmark_distance_m(benchmark_lonlat, polygons_lonlat) -> float:
    """Metres from a benchmark (lon, lat) to the nearest hazard outline of its order (0 inside
    one): measured on an azimuthal equidistant plane centred on the benchmark, where distances
    from the centre are geodesic."""
    lon, lat = benchmark_lonlat
    local = CRS.from_proj4(f"+proj=aeqd +lat_0={lat:.8f} +lon_0={lon:.8f} +datum=WGS84 +units=m +no_defs")
    to_local = Transformer.from_crs(4326, local, always_xy=True)
    origin = shapely.Point(0.0, 0.0)
    return min(float(shapely.distance(origin, transform(g, to_local))) for g in polygons_lonlat)


def far_benchmark(order: TaskOrder, polygons_lonlat, limit_m: float = BENCHMARK_LIMIT_M) -> Msg | None:
    """The one rule for a benchmark too far from its hazards: the warning the order prints and
    the window asks about before issuing, or None (no benchmark, or near enough)."""
    bm = order.point("benchmark")
    if bm is None or not len(polygons_lonlat):
        return None
    metres = benchmark_distance_m(bm, polygons_lonlat)
    if metres <= limit_m:
        return None
    return Msg("The benchmark is {km:,.1f} km from the nearest hazard of this order, farther than {limit:g} km",
               km=metres / 1000, limit=limit_m / 1000)
