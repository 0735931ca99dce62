"""A MineDesk project in memory: its features, its tally engine, its undo stack.

Every change is a :class:`~minedesk.core.commands.Command`. Executing one asks the store to
write its row changes and an audit entry in one transaction; only when that returns is the
model updated, the tally engine told (it recomputes the hazards touched), and listeners called.
Undo and redo write back the exact rows that were there (byte for byte), also audited.

The store is anything that follows :class:`ProjectStore`: today the GeoPackage of
:mod:`minedesk.store`; a PostGIS store for a national centre would plug in here
(docs/decisions/0005-project-store.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Protocol

import numpy as np
import shapely
from pyproj import CRS

from minedesk.core.errors import InputError, Msg
from minedesk.core.mapping import category_index
from minedesk.core.model import DEVICE_CATEGORIES, HazardSet, ReleaseSet
from minedesk.core.schema import (
    EXTRA_DEVICE_PREFIX,
    POLYGON_TABLES,
    RECOMPUTED,
    SKIPPING,
    UNKNOWN_CATEGORY,
    device_column,
)
from minedesk.core.tally import Tally, TallyEngine
from minedesk.core.validation import Finding, clean_polygons, repaired_polygon
from minedesk.core.values import BAD_COUNT, BAD_DATE, date_problems, device_counts


@dataclass
class TableData:
    name: str
    columns: list[str]  # without fid; "geom" for the geometry
    fids: np.ndarray
    values: dict[str, np.ndarray]
    seq: int  # the highest fid ever used


@dataclass
class ProjectData:
    crs: CRS
    tables: dict[str, TableData]
    meta: dict[str, str] = field(default_factory=dict)
    reading_findings: list = field(default_factory=list)  # Findings made when its files were read (with .source)


@dataclass(frozen=True)
class Change:
    """Set the row ``fid`` of ``table`` to ``values`` (all columns), or delete it (None).

    ``exists``: whether the editor has that row now (set by :meth:`Project.execute`). The store
    writes nothing when the file disagrees: a new row never overwrites one another program wrote.
    """

    table: str
    fid: int
    values: dict | None
    exists: bool | None = None


@dataclass
class Applied:
    """A row change as written: raw rows (for undo/redo) and decoded ones (for the model)."""

    table: str
    fid: int
    before_raw: dict | None
    after_raw: dict | None
    before: dict | None
    after: dict | None


class ProjectStore(Protocol):
    crs: CRS
    readonly: bool

    def load(self) -> ProjectData: ...
    def apply(self, changes: list[Change], action: str, label: str) -> list[Applied]: ...
    def replay(self, raw: list[tuple[str, int, dict | None, dict | None]], action: str,
               label: str) -> list[Applied]: ...
    def history(self) -> list[dict]: ...
    def close(self) -> None: ...


@dataclass
class ProjectEvent:
    """What one executed, undone or redone command changed."""

    action: str  # "do", "undo", "redo"
    label: str
    hazard_rows: set[int]  # rows of the tally engine whose figures changed
    tables: set[str]
    applied: list = field(default_factory=list)  # the row changes (Applied), for views that follow rows
    rebuilt: bool = False  # the tally engine was built anew (its rows may have moved): redraw everything

    @property
    def hazards_reshaped(self) -> bool:
        """Hazards came, went, or changed shape, id or type: views rebuild what they show of them.
        A change of other attributes only (a status set when a hazard is released in full) is not
        that: its rows are in ``hazard_rows``, and views update those rows."""
        return self.rebuilt or any(
            a.table == "hazards" and (a.before is None or a.after is None
                                      or any(_differ(a.before.get(k), a.after.get(k))
                                             for k in ("geom", "hazard_id", "hazard_type")))
            for a in self.applied)


class Project:
    """The project's features (row dicts by fid), the tally engine and the undo stack."""

    #: why a project that could be edited was opened read-only (another editor holds it), if so
    readonly_reason: str | None = None

    def __init__(self, store: ProjectStore, data: ProjectData | None = None):
        self.store = store
        data = data if data is not None else store.load()
        self.crs = data.crs
        self.meta = data.meta
        self.columns = {name: t.columns for name, t in data.tables.items()}
        self.rows: dict[str, dict[int, dict]] = {}
        self._seq = {name: t.seq for name, t in data.tables.items()}
        if "task_orders" not in data.tables:  # a schema-1 project read as it is
            self.columns["task_orders"] = []
            self._seq["task_orders"] = 0
        self.rows = {"task_orders": {}}
        for name, t in data.tables.items():
            cols = [t.values[c] for c in t.columns]
            self.rows[name] = {int(fid): dict(zip(t.columns, (col[i] for col in cols), strict=True))
                               for i, fid in enumerate(t.fids)}
        self.warnings: list[Finding] = []
        #: what was found when the project's files were read (stored with a project; a file view's own)
        self.reading_findings: list[Finding] = list(data.reading_findings)
        self._undo: list = []
        self._redo: list = []
        self._listeners: list[Callable[[ProjectEvent], None]] = []
        self.device_names = DEVICE_CATEGORIES + tuple(
            c[len(EXTRA_DEVICE_PREFIX):].upper() for c in self.columns["releases"] if c.startswith(EXTRA_DEVICE_PREFIX))
        self._build_engine(data)

    # ------------------------------------------------------------------ loading
    def _build_engine(self, data: ProjectData) -> None:
        h = data.tables["hazards"]
        ids = np.array([str(v) if v is not None else f"FID {fid}" for v, fid in zip(h.values["hazard_id"], h.fids, strict=True)],
                       dtype=object)
        # a project edited in another GIS may hold bad shapes: repair in memory, report, never rewrite
        # and skip coordinates its CRS cannot place (NaN, a typo of 60,000,000): one rule with files
        geometry, keep, found = clean_polygons(h.values["geom"], ids, self.crs, refuse_misfit=False)
        self.warnings += found
        geometry[~keep] = None
        hazards = HazardSet(crs=self.crs, geometry=geometry, ids=ids,
                            attributes={c: h.values[c] for c in h.columns if c != "geom"}, has_ids=True,
                            source="hazards", skipped=int(len(keep) - np.count_nonzero(keep)) + sum(
                                f.layer == "hazards" and f.kind in SKIPPING for f in self.reading_findings))
        self._hazard_row = {int(fid): i for i, fid in enumerate(h.fids)}

        r = data.tables["releases"]
        labels = np.array([str(v) if v is not None else f"release FID {fid}" for v, fid in
                           zip(r.values["release_id"], r.fids, strict=True)], dtype=object)
        rgeom, rkeep, found = clean_polygons(r.values["geom"], labels, self.crs, refuse_misfit=False)
        self.warnings += found
        known: dict = {}  # a few distinct values in tens of thousands of rows: parse each once
        category = np.array([self._category_index(v, label, known)
                             for v, label in zip(r.values["category"], labels, strict=True)], dtype=np.int8)
        rkeep &= category >= 0
        devices = {name: self._counts(r.values[self.device_column(name)], self.device_column(name), labels)[rkeep]
                   for name in self.device_names}
        if "date" in r.values:  # another GIS may have typed any text
            self.warnings += [Finding(labels[i], BAD_DATE, Msg("date: {why}; counted in no period", why=why))
                              for i, _, why in date_problems(np.asarray(r.values["date"], dtype=object))]
        releases = ReleaseSet(crs=self.crs, geometry=rgeom[rkeep], category=category[rkeep], labels=labels[rkeep],
                              hazard_ids=np.array([None if v is None else str(v) for v in r.values["hazard_id"]],
                                                  dtype=object)[rkeep], devices=devices, source="releases")
        self.engine = TallyEngine(hazards, releases, link_by_id=True)
        self.warnings += self.engine.warnings
        self._release_key = {int(fid): k for k, fid in enumerate(r.fids[rkeep])}
        self._releases_of: dict[str, set[int]] = {}
        for fid, row in self.rows["releases"].items():
            self._releases_of.setdefault(row["hazard_id"], set()).add(fid)
        self._hazard_fid = {row["hazard_id"]: fid for fid, row in self.rows["hazards"].items()}
        self._release_fid = {row["release_id"]: fid for fid, row in self.rows["releases"].items()}

    def _category_index(self, value, label, known: dict) -> int:
        """The category's index, or -1 with a finding for this release; ``known`` remembers values parsed."""
        if value not in known:
            known[value] = category_index(value)
        if known[value] < 0:
            self.warnings.append(Finding(label, UNKNOWN_CATEGORY, Msg("{value!r}: not counted", value=value)))
        return known[value]

    def _counts(self, values, column: str, labels) -> np.ndarray:
        """A device column as the figures count it; a finding for each unusable value (a no-data
        marker, a negative, a fraction, an absurd number, text written by another program)."""
        counts, problems = device_counts(np.asarray(values, dtype=object))
        self.warnings += [Finding(labels[i], BAD_COUNT, Msg("{column}: {why}; counted as 0", column=column, why=why)) for i, _, why in problems]
        return counts

    def device_column(self, name: str) -> str:
        """The releases table's column holding ``name`` devices (AP -> ap, CM -> dev_cm)."""
        return device_column(name)

    # ------------------------------------------------------------------ looking things up
    def hazard(self, hazard_id: str) -> tuple[int, dict]:
        fid = self._hazard_fid.get(hazard_id)
        if fid is None:
            raise _no_hazard(self, hazard_id)
        return fid, self.rows["hazards"][fid]

    def hazard_shape(self, hazard_id: str):
        """A hazard's shape as the tallies measure it: repaired in memory when another program
        stored an invalid one (the file keeps what it has). Commands draw on this one."""
        fid, _ = self.hazard(hazard_id)
        return _area_shape(self, hazard_id, self.engine.hazards.geometry[self._hazard_row[fid]])

    def hazard_ids(self) -> list[str]:
        return list(self._hazard_fid)

    def releases_of(self, hazard_id: str) -> list[tuple[int, dict]]:
        return [(fid, self.rows["releases"][fid]) for fid in sorted(self._releases_of.get(hazard_id, ()))]

    def release(self, release_id: str) -> tuple[int, dict]:
        fid = self._release_fid.get(release_id)
        if fid is None:
            raise _no_release(self, release_id)
        return fid, self.rows["releases"][fid]

    def new_fid(self, table: str) -> int:
        self._seq[table] += 1
        return self._seq[table]

    def blank(self, table: str) -> dict:
        return dict.fromkeys(self.columns[table])

    def hazard_tally(self, hazard_id: str) -> Tally:
        fid, _ = self.hazard(hazard_id)
        return self.engine.totals([self._hazard_row[fid]])

    def has_hazard(self, hazard_id: str) -> bool:
        return hazard_id in self._hazard_fid

    def hazard_rows_of(self, fids) -> list[int]:
        """The tally engine's rows of hazards given by their fid in the project's table."""
        return [self._hazard_row[int(f)] for f in fids]

    def hazard_row(self, hazard_id: str) -> int:
        """The tally engine's row of a hazard."""
        return self._hazard_row[self.hazard(hazard_id)[0]]

    def task_orders(self, task_id: str | None = None) -> list:
        """Issued task orders (every version), oldest first; or the versions of one."""
        from minedesk.core.taskorder import TaskOrder

        orders = [TaskOrder.from_row(r) for _, r in sorted(self.rows["task_orders"].items())]
        return [o for o in orders if task_id is None or o.task_id == task_id]

    def hectares(self, geometry) -> float:
        return float(self.engine.meter.hectares(np.array([geometry], dtype=object))[0])

    # ------------------------------------------------------------------ commands
    def subscribe(self, listener: Callable[[ProjectEvent], None]) -> None:
        """Call ``listener(event)`` after every edit, undo and redo (until :meth:`unsubscribe`)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[ProjectEvent], None]) -> None:
        """Stop calling ``listener`` (a view that shows another project now); unknown ones are ignored."""
        self._listeners = [f for f in self._listeners if f != listener]

    # ------------------------------------------------------------------ the file behind it
    @property
    def readonly(self) -> bool:
        """True when edits cannot be written (a file that is not a project, another editor, no permission)."""
        return bool(self.store.readonly)

    def history(self) -> list[dict]:
        """The audit log: every command applied, undone or redone, with who and when."""
        return self.store.history()

    def close(self) -> None:
        """Let go of the file (and its lock); the rows and figures stay readable. Safe to call twice."""
        self.store.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    @property
    def undo_message(self) -> Msg | None:
        """What Undo would take back, as a template the window translates."""
        return _said(self._undo[-1]) if self._undo else None

    @property
    def redo_message(self) -> Msg | None:
        return _said(self._redo[-1]) if self._redo else None

    def execute(self, command) -> ProjectEvent:
        """Do a command: every check and computation first, then one write (and audit entry),
        then the model and the tallies follow; what is written is always acknowledged."""
        try:
            changes = self._checked(command.prepare(self), command.label)
        except shapely.errors.GEOSException as err:
            raise InputError(getattr(self.store, "path", None), "{label_}: the shapes cannot be computed ({err})", "check the hazard's shape (minedesk check PROJECT)", label_=command.message, err=err) from None
        applied = self.store.apply(changes, "do", command.label)
        command.applied = applied
        self._undo.append(command)
        self._redo.clear()
        return self._follow(applied, "do", command.label)

    def _checked(self, changes: list[Change], label: str) -> list[Change]:
        """The changes as they will be written: each says whether the row is there now, and a new
        polygon is valid (repaired as the tallies would) with finite coordinates."""
        out = []
        present: dict[tuple[str, int], bool] = {}  # rows an earlier change of the same command wrote or deleted
        for c in changes:
            values = c.values
            current = self.rows.get(c.table, {}).get(c.fid)
            exists = present.get((c.table, c.fid), current is not None)
            present[(c.table, c.fid)] = values is not None
            geom = None if values is None else values.get("geom")
            if geom is not None and not (current is not None and current.get("geom") is geom):
                if not np.isfinite(shapely.get_coordinates(geom)).all():
                    raise InputError(getattr(self.store, "path", None), "{label_}: a shape has coordinates that are not numbers", "check the coordinates", label_=label)
                if c.table in POLYGON_TABLES and not geom.is_valid:
                    fixed = repaired_polygon(geom)
                    if fixed is None:
                        raise InputError(getattr(self.store, "path", None), "{label_}: a new shape encloses no area",
                                         "draw at least three points around some ground", label_=label)
                    values = dict(values, geom=fixed)
            out.append(replace(c, values=values, exists=exists))
        return out

    def undo(self) -> ProjectEvent | None:
        return self._undo_last(offer_redo=True)

    def _undo_last(self, offer_redo: bool) -> ProjectEvent | None:
        if not self._undo:
            return None
        command = self._undo[-1]
        raw = [(a.table, a.fid, a.before_raw, a.after_raw) for a in reversed(command.applied)]
        applied = self.store.replay(raw, "undo", command.label)  # a conflict leaves both stacks as they are
        self._undo.pop()  # the stacks first: listeners read undo_label / redo_label as they now stand
        if offer_redo:
            self._redo.append(command)
        return self._follow(applied, "undo", command.label)

    def withdraw(self, command) -> ProjectEvent | None:
        """Take back ``command``, the last one done, for good: what it recorded could not be
        completed (a task order whose PDF could not be written). Audited as an undo; not
        offered for redo."""
        if not self._undo or self._undo[-1] is not command:
            return None
        return self._undo_last(offer_redo=False)

    def redo(self) -> ProjectEvent | None:
        if not self._redo:
            return None
        command = self._redo[-1]
        raw = [(a.table, a.fid, a.after_raw, a.before_raw) for a in command.applied]
        applied = self.store.replay(raw, "redo", command.label)
        self._undo.append(self._redo.pop())  # before listeners are told, as for undo
        return self._follow(applied, "redo", command.label)

    def _follow(self, applied: list[Applied], action: str, label: str) -> ProjectEvent:
        """The model and the tallies follow a change that is written. This cannot fail: should
        the engine stumble on some shape, it is built anew from the rows (as on opening)."""
        rows: set[int] = set()
        rebuilt = False
        try:
            for a in applied:
                rows |= self._follow_row(a.table, a.fid, a.before, a.after)
        except Exception as err:  # noqa: BLE001 - the change is on disk: the figures must follow it
            for a in applied:
                self._seq[a.table] = max(self._seq[a.table], a.fid)
                if a.after is None:
                    self.rows[a.table].pop(a.fid, None)
                else:
                    self.rows[a.table][a.fid] = a.after
            self._rebuild(f"{label}: {err}")
            rows, rebuilt = set(range(len(self.engine.area_ha))), True
        event = ProjectEvent(action, label, rows, {a.table for a in applied}, applied, rebuilt)
        for listener in self._listeners:
            listener(event)
        return event

    def _rebuild(self, why: str) -> None:
        """The tally engine and the lookups, built again from the rows in memory."""
        tables = {}
        for name, rows in self.rows.items():
            if name not in self.columns or not self.columns[name]:
                continue
            fids = np.array(sorted(rows), dtype=np.int64)
            values = {c: np.array([rows[int(f)].get(c) for f in fids] if len(fids) else [], dtype=object)
                      for c in self.columns[name]}
            tables[name] = TableData(name, self.columns[name], fids, values, self._seq[name])
        self.warnings = [Finding("project", RECOMPUTED, Msg("after {why}", why=why))]
        self._build_engine(ProjectData(crs=self.crs, tables=tables, meta=self.meta))

    def _follow_row(self, table: str, fid: int, before: dict | None, after: dict | None) -> set[int]:
        self._seq[table] = max(self._seq[table], fid)
        if after is None:
            self.rows[table].pop(fid, None)
        else:
            self.rows[table][fid] = after
        engine = self.engine
        if table == "hazards":
            if before is not None:
                self._hazard_fid.pop(before["hazard_id"], None)
            if after is not None:
                self._hazard_fid[after["hazard_id"]] = fid
            attrs = None if after is None else {c: v for c, v in after.items() if c != "geom"}
            if before is None:
                row, changed = engine.add_hazard(measurable(after["geom"]), after["hazard_id"], attrs)
                self._hazard_row[fid] = row
                return changed
            row = self._hazard_row[fid]
            if after is None:
                del self._hazard_row[fid]
                return engine.remove_hazard(row)
            # a change of type or status keeps the shape: then there is nothing to measure or re-link
            same_shape = before["geom"] is not None and after["geom"] is not None and \
                bool(shapely.equals_exact(before["geom"], after["geom"], 0.0))
            return engine.update_hazard(row, geometry=None if same_shape else measurable(after["geom"]),
                                        hazard_id=after["hazard_id"], attributes=attrs)
        if table == "releases":
            if before is not None:
                self._releases_of.get(before["hazard_id"], set()).discard(fid)
                self._release_fid.pop(before["release_id"], None)
            if after is not None:
                self._releases_of.setdefault(after["hazard_id"], set()).add(fid)
                self._release_fid[after["release_id"]] = fid
            row = after or {}
            key, changed = engine.apply_release(
                self._release_key.pop(fid, None), measurable(row.get("geom")), row.get("category"),
                {name: row.get(self.device_column(name)) for name in self.device_names}, row.get("hazard_id"),
                row.get("release_id"))
            if key is not None:
                self._release_key[fid] = key
            return changed
        return set()


def _differ(a, b) -> bool:
    if a is None or b is None:
        return a is not b
    if hasattr(a, "geom_type"):
        return not (hasattr(b, "geom_type") and shapely.equals_exact(a, b, 0))
    return a != b


def _said(command) -> Msg:
    message = getattr(command, "message", None)
    return message if isinstance(message, Msg) else Msg(str(command.label))


def _no_hazard(project, hazard_id: str) -> InputError:
    return InputError(getattr(project.store, "path", None), "has no hazard {hazard_id!r}",
                      "check the id (minedesk tally PROJECT --per-hazard lists them)", hazard_id=hazard_id)


def _no_release(project, release_id: str) -> InputError:
    return InputError(getattr(project.store, "path", None), "has no release {release_id!r}", "check the id", release_id=release_id)


def _area_shape(project, hazard_id: str, shape):
    if shape is None or shape.is_empty:
        raise InputError(getattr(project.store, "path", None), "hazard {hazard_id} encloses no area",
                         "redraw its shape in QGIS (minedesk check PROJECT shows what is wrong with it)", hazard_id=hazard_id)
    return shape


class StagedProject:
    """A project as it will stand once some changes not yet written are: what each command of a
    batch reads, so that it sees the ones before it (a second release added to hazard A in the
    same batch is A-R3, not a second A-R2; a release deleted earlier in the batch is gone).

    It answers the lookups commands make (:meth:`hazard`, :meth:`hazard_shape`, :meth:`hazard_ids`,
    :meth:`releases_of`, :meth:`release`, :attr:`rows`) from the project's rows with the staged
    changes over them; everything else (``new_fid``, ``blank``, ``device_names``, ``store`` ...)
    is the project's own. Nothing here is written, and the project is not changed."""

    def __init__(self, project: Project):
        self._project = project
        self._staged: dict[str, dict[int, dict | None]] = {}  # table -> fid -> row (None: deleted)
        self._merged: dict[str, dict[int, dict]] = {}  # tables with staged changes, as they will stand
        self._hazard_fid = dict(project._hazard_fid)
        self._release_fid = dict(project._release_fid)

    def __getattr__(self, name):
        return getattr(self._project, name)

    def stage(self, changes: list[Change]) -> None:
        """Changes a command prepared: the next one reads the project with them made."""
        for c in changes:
            before = self.rows.get(c.table, {}).get(c.fid)
            self._staged.setdefault(c.table, {})[c.fid] = c.values
            self._merged.pop(c.table, None)
            for table, index, key in (("hazards", self._hazard_fid, "hazard_id"),
                                      ("releases", self._release_fid, "release_id")):
                if c.table != table:
                    continue
                if before is not None and index.get(before[key]) == c.fid:
                    del index[before[key]]
                if c.values is not None:
                    index[c.values[key]] = c.fid

    @property
    def rows(self) -> dict[str, dict[int, dict]]:
        out = dict(self._project.rows)
        for table, staged in self._staged.items():
            if table not in self._merged:
                merged = dict(self._project.rows.get(table, {}))
                for fid, values in staged.items():
                    if values is None:
                        merged.pop(fid, None)
                    else:
                        merged[fid] = values
                self._merged[table] = merged
            out[table] = self._merged[table]
        return out

    def hazard(self, hazard_id: str) -> tuple[int, dict]:
        fid = self._hazard_fid.get(hazard_id)
        if fid is None:
            raise _no_hazard(self._project, hazard_id)
        return fid, self.rows["hazards"][fid]

    def hazard_ids(self) -> list[str]:
        return list(self._hazard_fid)

    def hazard_shape(self, hazard_id: str):
        fid, row = self.hazard(hazard_id)
        project = self._project
        if fid not in self._staged.get("hazards", {}) and fid in project._hazard_row:  # as the tallies measure it
            return _area_shape(project, hazard_id, project.engine.hazards.geometry[project._hazard_row[fid]])
        return _area_shape(project, hazard_id, measurable(row["geom"]))  # drawn earlier in this batch

    def releases_of(self, hazard_id: str) -> list[tuple[int, dict]]:
        rows = self.rows["releases"]
        fids = set(self._project._releases_of.get(hazard_id, ()))
        for fid, values in self._staged.get("releases", {}).items():
            fids.discard(fid)
            if values is not None and values["hazard_id"] == hazard_id:
                fids.add(fid)
        return [(fid, rows[fid]) for fid in sorted(fids)]

    def release(self, release_id: str) -> tuple[int, dict]:
        fid = self._release_fid.get(release_id)
        if fid is None:
            raise _no_release(self._project, release_id)
        return fid, self.rows["releases"][fid]


def measurable(geom):
    """A shape as the tally engine takes it: valid (repaired as on loading), or None."""
    if geom is None or geom.is_empty or geom.is_valid:
        return geom
    return repaired_polygon(geom)
