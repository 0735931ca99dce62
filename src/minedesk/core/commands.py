"""Every edit of a project is a command: it reads the project, says which rows change, and
carries a label a person can read ("Mark AGD-CHA-00017 cleared").

A command computes its changes once (:meth:`Command.prepare`); :class:`~minedesk.core.project.Project`
writes them, keeps what was there for undo, and audits do, undo and redo alike.
Geometry is in the project's CRS; release polygons are clipped to their hazard.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field

import numpy as np
import shapely
import shapely.ops

from minedesk.core.errors import InputError, Msg, as_msg
from minedesk.core.mapping import parse_category
from minedesk.core.model import CATEGORIES, Category
from minedesk.core.project import Change, Project, StagedProject, measurable
from minedesk.core.tally import fully_released
from minedesk.core.validation import polygonal_part
from minedesk.core.values import MAX_DEVICES, count_or_zero, input_count, input_date
from minedesk.core.words import QT_TRANSLATE_NOOP

#: Release methods offered (stored as these English words; translated where shown, context ReleaseMethod).
METHODS = (QT_TRANSLATE_NOOP("ReleaseMethod", "manual"), QT_TRANSLATE_NOOP("ReleaseMethod", "mechanical"),
           QT_TRANSLATE_NOOP("ReleaseMethod", "MDD"), QT_TRANSLATE_NOOP("ReleaseMethod", "technical survey"),
           QT_TRANSLATE_NOOP("ReleaseMethod", "non-technical survey"))
HAZARD_TYPES = ("SHA", "CHA")


class Command:
    label: str = ""  # the English, as the audit log keeps it
    applied: list | None = None

    @property
    def message(self) -> Msg:
        """The label as a template and its parameters (the window says it in its language)."""
        said = self.__dict__.get("_message")
        return said if said is not None and str(said) == self.label else Msg(self.label)

    def _say(self, message: Msg) -> None:
        self.__dict__["_message"] = message
        self.label = str(message)

    def prepare(self, project: Project) -> list[Change]:
        raise NotImplementedError


def _error(project: Project, problem: str, hint: str = "", **params) -> InputError:
    return InputError(getattr(project.store, "path", None), problem, hint, **params)


def _category(value) -> Category:
    return value if isinstance(value, Category) else parse_category(value)


def _new_release_id(project: Project, hazard_id: str, taken: set[str] | None = None) -> str:
    used = {row["release_id"] for _, row in project.releases_of(hazard_id)} | (taken or set())
    n = len(used) + 1
    while f"{hazard_id}-R{n}" in used:
        n += 1
    return f"{hazard_id}-R{n}"


def _clip(project: Project, hazard_geom, geometry, hazard_id: str):
    if geometry is None or geometry.is_empty:
        raise _error(project, "the release polygon is empty", "draw at least three points")
    if not geometry.is_valid:
        geometry = shapely.make_valid(geometry)
    clipped = polygonal_part(shapely.intersection(hazard_geom, geometry))
    if clipped is None or clipped.area == 0:
        raise _error(project, "the release polygon does not overlap hazard {hazard_id}",
                     "draw it inside the hazard, or choose the hazard it belongs to", hazard_id=hazard_id)
    return clipped


#: The status a hazard gets when its whole area is released, unless the project says otherwise
#: (``released_status`` in its minedesk_meta table: a centre's own word, e.g. "completed").
RELEASED_STATUS = "released"


def released_status(project) -> str:
    return str((getattr(project, "meta", None) or {}).get("released_status") or RELEASED_STATUS)


def _added_text(project, hazard_id: str, clipped, category) -> str:
    """What a new release adds, for its label: its hectares, or, where land of the hazard is
    already released in the same or a better category, how much is new and how much was there
    (" (3.27 ha reduced added; 6.13 ha already cleared)"): never the polygon's whole area as news."""
    cat = _category(category)
    try:
        parts = project.engine.released_parts(project.hazard_row(hazard_id))
    except (InputError, KeyError, IndexError):  # a hazard this batch makes: nothing released on it yet
        parts = {}
    rest, already = clipped, []
    for better in CATEGORIES[: CATEGORIES.index(cat) + 1]:
        there = parts.get(better.value)
        if there is None or rest is None:
            continue
        overlap = polygonal_part(shapely.intersection(rest, there))
        ha = project.hectares(overlap) if overlap is not None else 0.0
        if ha >= 0.005:
            already.append(Msg("{ha:,.2f} ha already {category}", ha=ha, category=Msg(better.value)))
            rest = polygonal_part(shapely.difference(rest, there))
    if not already:
        return Msg(" ({ha:,.2f} ha)", ha=project.hectares(clipped))
    added = project.hectares(rest) if rest is not None else 0.0
    return Msg(" ({ha:,.2f} ha {category} added; {already})", ha=added, category=Msg(cat.value), already=already)


def release_drawn(project, geometry, category, **details) -> Command:
    """A released polygon as drawn or typed, on every hazard it overlaps: one release per hazard,
    clipped to it, as an import splits a release that spans two (devices to the larger piece,
    said in the label); one undoable command. No land it covers is dropped."""
    if geometry is None or geometry.is_empty:
        raise _error(project, "the release polygon is empty", "draw at least three points")
    if not geometry.is_valid:
        geometry = shapely.make_valid(geometry)
    engine = project.engine
    rows = [int(r) for r in engine.hazard_tree().query(geometry, predicate="intersects") if engine.alive[r]]
    pieces = []
    for row in rows:
        hid = str(engine.hazards.ids[row])
        part = polygonal_part(shapely.intersection(project.hazard_shape(hid), geometry))
        if part is not None and part.area > 0:
            pieces.append((project.hectares(part), hid))
    if not pieces:
        raise _error(project, "the release polygon does not overlap any hazard", "draw it on the hazard it releases")
    pieces.sort(key=lambda p: -p[0])
    if len(pieces) == 1:
        return AddRelease(pieces[0][1], geometry, category, **details)
    devices = details.pop("devices", None)  # the first label names them: the larger part has them
    return Batch([AddRelease(hid, geometry, category, **details, devices=devices if i == 0 else None)
                  for i, (_, hid) in enumerate(pieces)])


def _release_values(project: Project, hazard_id: str, geometry, category, method=None, date=None, team=None,
                    depth_cm=None, devices: dict | None = None, release_id: str | None = None) -> dict:
    row = project.blank("releases")
    date = input_date(date, "release date")  # stored as YYYY-MM-DD, whatever form it was typed in
    row.update(geom=geometry, release_id=release_id or _new_release_id(project, hazard_id), hazard_id=hazard_id,
               category=_category(category).value, method=method, date=date, team=team, depth_cm=depth_cm)
    for name in devices or {}:
        if name not in project.device_names:
            raise _error(project, "has no column for {name} devices", "use AP, AT, UXO or IED", name=name)
    for name in project.device_names:
        row[project.device_column(name)] = input_count((devices or {}).get(name), f"{name} found")
    return row


def _devices_text(devices: dict | None) -> str:
    found = [f"{n} {k}" for k, n in (devices or {}).items() if n]
    return f", {' '.join(found)}" if found else ""


@dataclass(kw_only=True)
class _ReleaseDetails(Command):
    """What the field reports with a release: how, when, by whom, how deep, and the devices found
    (keyword-only, after the positional fields of each command)."""

    method: str | None = None
    date: str | None = None
    team: str | None = None
    depth_cm: float | None = None
    devices: dict | None = None

    def _change(self, project, hazard_id: str, geometry, category) -> Change:
        values = _release_values(project, hazard_id, geometry, category, self.method, self.date, self.team,
                                 self.depth_cm, self.devices)
        return Change("releases", project.new_fid("releases"), values)

    def _with_status(self, project, hazard_id: str, geometry, changes: list[Change]) -> list[Change]:
        """The release's changes, and the hazard's status set to the project's word for "released"
        when this release leaves none of it (one command: its undo puts the status back)."""
        status = released_status(project)
        try:
            fid, row = project.hazard(hazard_id)
            engine_row = project.hazard_row(hazard_id)
        except (InputError, KeyError):
            return changes
        if row.get("status") == status:
            return changes
        engine = project.engine
        parts = [g for g in engine.released_parts(engine_row).values() if g is not None]
        covered = polygonal_part(shapely.intersection(project.hazard_shape(hazard_id),
                                                      shapely.union_all([*parts, geometry])))
        if covered is None or not fully_released(project.hectares(covered), engine.area_ha[engine_row]):
            return changes
        return [*changes, Change("hazards", fid, {**row, "status": status})]


@dataclass
class MarkReleased(_ReleaseDetails):
    """Release a whole hazard: one release covering all of it."""

    hazard_id: str
    category: Category | str

    def __post_init__(self):
        self._say(Msg("Mark {hazard_id} {category}{devices}", hazard_id=self.hazard_id,
                      category=Msg(_category(self.category).value), devices=_devices_text(self.devices)))

    def prepare(self, project):
        shape = project.hazard_shape(self.hazard_id)
        return self._with_status(project, self.hazard_id, shape, [self._change(project, self.hazard_id, shape,
                                                                              self.category)])


@dataclass
class AddRelease(_ReleaseDetails):
    """Add a released polygon to a hazard, clipped to it."""

    hazard_id: str
    geometry: object
    category: Category | str

    def __post_init__(self):
        self._label = Msg("Add {category} release to {hazard_id}{devices}", hazard_id=self.hazard_id,
                          category=Msg(_category(self.category).value), devices=_devices_text(self.devices))
        self._say(self._label)

    def prepare(self, project):
        clipped = _clip(project, project.hazard_shape(self.hazard_id), self.geometry, self.hazard_id)
        self._say(self._label + _added_text(project, self.hazard_id, clipped, self.category))
        return self._with_status(project, self.hazard_id, clipped,
                                 [self._change(project, self.hazard_id, clipped, self.category)])


@dataclass
class EditRelease(Command):
    """New vertices (or category) for a release, clipped to its hazard."""

    release_id: str
    geometry: object = None
    category: Category | str | None = None

    def __post_init__(self):
        self._say(Msg("Edit release {release_id}", release_id=self.release_id))

    def prepare(self, project):
        fid, row = project.release(self.release_id)
        values = dict(row)
        if self.geometry is not None:
            values["geom"] = _clip(project, project.hazard_shape(row["hazard_id"]), self.geometry, row["hazard_id"])
        if self.category is not None:
            values["category"] = _category(self.category).value
        return [Change("releases", fid, values)]


@dataclass
class RecordDevices(Command):
    """Devices found in a release: counts added, and optionally each find as a point."""

    release_id: str
    devices: dict = field(default_factory=dict)  # category -> count to add
    finds: list[dict] = field(default_factory=list)  # {geom, category, model, count, depth_cm, date}

    def __post_init__(self):
        counts = dict(self.devices)
        for f in self.finds:
            counts[f["category"]] = counts.get(f["category"], 0) + count_or_zero(f.get("count", 1))
        shown = " ".join(f"{n} {k}" for k, n in counts.items() if n)
        self._say(Msg("Record {devices} in {release_id}", devices=shown, release_id=self.release_id) if shown else
                  Msg("Record no devices in {release_id}", release_id=self.release_id))

    def _counts(self) -> dict[str, int]:
        """The counts to add, each one checked (values.input_count)."""
        counts: dict[str, int] = {}
        for name, n in self.devices.items():
            counts[name] = counts.get(name, 0) + input_count(n, f"{name} found")
        for f in self.finds:
            counts[f["category"]] = counts.get(f["category"], 0) + input_count(f.get("count", 1), f"{f['category']} find")
        return counts

    def prepare(self, project):
        fid, row = project.release(self.release_id)
        values = dict(row)
        for name, n in self._counts().items():
            if name not in project.device_names:
                raise _error(project, "has no column for {name} devices", "use AP, AT, UXO or IED", name=name)
            column = project.device_column(name)
            values[column] = count_or_zero(values[column]) + n  # a count another program left unusable is 0
            if values[column] > MAX_DEVICES:
                raise _error(project, "{release_id} would record {value:,} {name}, more than {max_devices:,}", "check the counts", release_id=self.release_id, value=values[column], name=name, max_devices=MAX_DEVICES)
        changes = [Change("releases", fid, values)]
        for i, find in enumerate(self.finds, start=1):
            f = project.blank("finds")
            f.update(geom=find["geom"], find_id=f"{self.release_id}-F{len(project.rows['finds']) + i}",
                     release_id=self.release_id, hazard_id=row["hazard_id"], category=find["category"],
                     model=find.get("model"), count=input_count(find.get("count", 1), f"{find['category']} find"),
                     depth_cm=find.get("depth_cm"), date=input_date(find.get("date"), "find date"))
            changes.append(Change("finds", project.new_fid("finds"), f))
        return changes


@dataclass
class SetHazardAttributes(Command):
    """Change a hazard's type (SHA/CHA) or status."""

    hazard_id: str
    hazard_type: str | None = None
    status: str | None = None

    def __post_init__(self):
        parts = (([Msg("type {hazard_type}", hazard_type=self.hazard_type)] if self.hazard_type else [])
                 + ([Msg("status {status}", status=self.status)] if self.status else []))
        self._say(Msg("Set {hazard_id} {parts}", sep=", ", hazard_id=self.hazard_id, parts=parts))

    def prepare(self, project):
        fid, row = project.hazard(self.hazard_id)
        if self.hazard_type and self.hazard_type.upper() not in HAZARD_TYPES:
            raise _error(project, "unknown hazard type {hazard_type!r}", "use SHA or CHA", hazard_type=self.hazard_type)
        values = dict(row)
        if self.hazard_type:
            values["hazard_type"] = self.hazard_type.upper()
        if self.status:
            values["status"] = self.status
        return [Change("hazards", fid, values)]


@dataclass
class AddHazard(Command):
    """A new hazard from a polygon (typed or pasted turning points, a traverse), in the project's CRS."""

    hazard_id: str
    geometry: object
    hazard_type: str | None = None
    status: str | None = None

    def __post_init__(self):
        self.hazard_id = str(self.hazard_id or "").strip()
        self._say(Msg("Add hazard {hazard_id}", hazard_id=self.hazard_id))

    def prepare(self, project):
        if not self.hazard_id:
            raise _error(project, "a new hazard needs an id", "give it one (--id AGD-CHA-00042)")
        if self.hazard_id in set(project.hazard_ids()):
            raise _error(project, "hazard {hazard} exists already", "give the new hazard an id not yet used",
                         hazard=self.hazard_id)
        if self.hazard_type and self.hazard_type.upper() not in HAZARD_TYPES:
            raise _error(project, "unknown hazard type {value!r}", "use SHA or CHA", value=self.hazard_type)
        geometry = self.geometry
        if geometry is None or geometry.is_empty:
            raise _error(project, "the hazard polygon is empty", "give at least three turning points")
        if not geometry.is_valid:
            geometry = shapely.make_valid(geometry)
        geometry = polygonal_part(geometry)
        if geometry is None or geometry.area == 0:
            raise _error(project, "the hazard polygon encloses no area", "give at least three turning points that are not in line")
        if geometry.geom_type == "Polygon":
            geometry = shapely.MultiPolygon([geometry])
        self._say(Msg("Add hazard {hazard_id} ({ha:,.2f} ha)", hazard_id=self.hazard_id, ha=project.hectares(geometry)))
        row = project.blank("hazards")
        row.update(geom=geometry, hazard_id=self.hazard_id,
                   hazard_type=self.hazard_type.upper() if self.hazard_type else None, status=self.status)
        return [Change("hazards", project.new_fid("hazards"), row)]


def polygon_command(project, polygon_lonlat, target: str, hazard_id: str, *, category=None, hazard_type=None,
                    status=None, **details) -> Command:
    """The command for a polygon given in lon/lat (typed turning points, a traverse): a new hazard
    (``target="hazard"``) or a release of ``hazard_id`` clipped to it (``"release"``), in the
    project's CRS. The one rule of the command line, the window and their tests."""
    from pyproj import CRS, Transformer

    from minedesk.core.area import transform

    geometry = transform(polygon_lonlat, Transformer.from_crs(CRS.from_epsg(4326), project.crs, always_xy=True))
    if target == "hazard":
        return AddHazard(hazard_id, geometry, hazard_type=hazard_type, status=status)
    if target != "release":
        raise ValueError(f"target must be 'hazard' or 'release', not {target!r}")
    return AddRelease(hazard_id, geometry, category, **details)


def _delete_hazard_changes(project: Project, hazard_id: str) -> list[Change]:
    fid, _ = project.hazard(hazard_id)
    changes = [Change("finds", f, None) for f, row in project.rows["finds"].items() if row["hazard_id"] == hazard_id]
    changes += [Change("releases", f, None) for f, _ in project.releases_of(hazard_id)]
    return changes + [Change("hazards", fid, None)]


@dataclass
class DeleteHazard(Command):
    """Delete a hazard with its releases and finds."""

    hazard_id: str

    def __post_init__(self):
        self._say(Msg("Delete hazard {hazard_id}", hazard_id=self.hazard_id))

    def prepare(self, project):
        return _delete_hazard_changes(project, self.hazard_id)


@dataclass
class DeleteRelease(Command):
    release_id: str

    def __post_init__(self):
        self._say(Msg("Delete release {release_id}", release_id=self.release_id))

    def prepare(self, project):
        fid, _ = project.release(self.release_id)
        changes = [Change("finds", f, None) for f, row in project.rows["finds"].items()
                   if row["release_id"] == self.release_id]
        return changes + [Change("releases", fid, None)]


@dataclass
class SplitHazard(Command):
    """Cut a hazard in two (or more) with a line; its releases and finds follow their pieces."""

    hazard_id: str
    line: object

    def __post_init__(self):
        self._say(Msg("Split {hazard_id}", hazard_id=self.hazard_id))

    def prepare(self, project):
        fid, hazard = project.hazard(self.hazard_id)
        pieces = [p for p in shapely.ops.split(project.hazard_shape(self.hazard_id), self.line).geoms if p.area > 0]
        if len(pieces) < 2:
            raise _error(project, "the line does not cut hazard {hazard_id} in two",
                         "draw it across the hazard, from outside to outside", hazard_id=self.hazard_id)
        pieces.sort(key=lambda g: (g.centroid.x, g.centroid.y))  # named west to east: A, B, ...
        ids = [f"{self.hazard_id}-{letter}" for letter in string.ascii_uppercase[: len(pieces)]]
        taken = set(project.hazard_ids())
        if any(i in taken for i in ids):
            raise _error(project, "hazard ids {items} exist already",
                         "rename them before splitting", items=', '.join(i for i in ids if i in taken))
        self._say(Msg("Split {hazard_id} into {ids}", hazard_id=self.hazard_id, ids=", ".join(ids)))
        changes = []
        new_releases = []
        for rfid, rel in project.releases_of(self.hazard_id):
            shape = measurable(rel["geom"])
            parts = [(pid, polygonal_part(shapely.intersection(shape, piece))) if shape is not None else (pid, None)
                     for pid, piece in zip(ids, pieces, strict=True)]
            parts = [(pid, g) for pid, g in parts if g is not None and g.area > 0]
            changes.append(Change("releases", rfid, None))
            owner = max(parts, key=lambda p: p[1].area)[0] if parts else None
            for pid, g in parts:
                values = dict(rel, geom=g, hazard_id=pid,
                              release_id=rel["release_id"] if len(parts) == 1 else f"{rel['release_id']}{pid[-2:]}")
                if pid != owner:  # devices were found once: they stay with the largest piece
                    for name in project.device_names:
                        values[project.device_column(name)] = 0
                new_releases.append(values)
        finds = []
        for ffid, find in project.rows["finds"].items():
            if find["hazard_id"] == self.hazard_id:
                distances = [piece.distance(find["geom"]) for piece in pieces]
                finds.append(Change("finds", ffid, dict(find, hazard_id=ids[int(np.argmin(distances))])))
        changes.append(Change("hazards", fid, None))
        for pid, piece in zip(ids, pieces, strict=True):
            changes.append(Change("hazards", project.new_fid("hazards"), dict(hazard, geom=piece, hazard_id=pid)))
        changes += [Change("releases", project.new_fid("releases"), v) for v in new_releases]
        return changes + finds


@dataclass
class MergeHazards(Command):
    """Merge hazards into the first one: its id stays, the others' releases and finds move to it."""

    hazard_ids: list[str]

    def __post_init__(self):
        first, *rest = self.hazard_ids
        self._say(Msg("Merge {others} into {first}", others=", ".join(rest), first=first))

    def prepare(self, project):
        if len(self.hazard_ids) < 2 or len(set(self.hazard_ids)) != len(self.hazard_ids):
            raise _error(project, "merging needs two or more different hazards")
        first, *rest = self.hazard_ids
        fid, keep = project.hazard(first)
        others = [project.hazard(h) for h in rest]
        union = polygonal_part(shapely.union_all([project.hazard_shape(h) for h in self.hazard_ids]))
        changes = []
        for h in rest:
            changes += [Change("releases", f, dict(row, hazard_id=first)) for f, row in project.releases_of(h)]
            changes += [Change("finds", f, dict(row, hazard_id=first)) for f, row in project.rows["finds"].items()
                        if row["hazard_id"] == h]
        changes += [Change("hazards", f, None) for f, _ in others]
        return changes + [Change("hazards", fid, dict(keep, geom=shapely.MultiPolygon(
            list(union.geoms)) if union.geom_type == "MultiPolygon" else union))]


@dataclass
class Batch(Command):
    """Several commands as one: one transaction, one undo step."""

    commands: list[Command]
    label: str = ""

    def __post_init__(self):
        self._joined = not self.label  # the commands' own labels, as they read once prepared
        self._say(Msg.join("; ", [c.message for c in self.commands]) if self._joined else as_msg(self.label))

    def prepare(self, project):
        changes = []
        # each command reads the project with the ones before it made (a batch in a batch shares it)
        staged = project if isinstance(project, StagedProject) else StagedProject(project)
        for command in self.commands:
            prepared = command.prepare(staged)
            staged.stage(prepared)
            changes += prepared
        if self._joined:
            self._say(Msg.join("; ", [c.message for c in self.commands]))
        return changes


@dataclass
class IssueTaskOrder(Command):
    """Issue a task order, or a new version of one (the old version stays readable)."""

    order: object  # minedesk.core.taskorder.TaskOrder

    def __post_init__(self):
        self._say(Msg("Issue task order {task_id} version {version}", task_id=self.order.task_id,
                      version=self.order.version))

    def prepare(self, project):
        for hid in self.order.hazard_ids:
            project.hazard(hid)  # every hazard must exist
        taken = {(r["task_id"], int(r["version"])) for r in project.rows["task_orders"].values()}
        if (self.order.task_id, self.order.version) in taken:
            raise _error(project, "task order {task_id} version {version} exists already",
                         "editing an issued order makes a new version", task_id=self.order.task_id, version=self.order.version)
        values = project.blank("task_orders")
        values.update(self.order.to_row())
        return [Change("task_orders", project.new_fid("task_orders"), values)]


def devices_per_hazard(hazard_ids: list[str], devices: dict | None) -> list[dict | None]:
    """Where the devices of one marking of several hazards go, for every front end: all of them
    on the first hazard named (the first selected, in the hazard table's order), none on the
    others, so that they are counted once (the operator reports them for the task). To put them
    on a particular hazard, mark it on its own, or record them on its release afterwards.
    One entry per hazard named, in that order."""
    return [(dict(devices) if devices else None) if i == 0 else None for i in range(len(hazard_ids))]


def mark_released(hazard_ids: list[str], **details) -> Command:
    """Mark hazards released in one undoable command, their devices placed by :func:`devices_per_hazard`."""
    per = devices_per_hazard(hazard_ids, details.pop("devices", None))
    commands = [MarkReleased(hid, **details, devices=d) for hid, d in zip(hazard_ids, per, strict=True)]
    return commands[0] if len(commands) == 1 else Batch(commands)
