"""The land-release tally: per hazard, totals, groups, and live incremental updates.

For each hazard the engine keeps its area, its released area per category and the devices
found, in numpy arrays indexed by hazard row. Totals and groups are sums of those arrays.
Changing one release recomputes only the hazards it touches (see ``add_release`` and
friends), so the cost of an edit grows with the releases of one hazard, not with the country.

Rules (docs/domain.md): releases are clipped to their hazard; where releases overlap, the place
counts once, in the best category (cleared > reduced > cancelled); remaining = area - released.
Releases link to hazards by hazard id when both layers carry one, else by location: a release
counts toward each hazard it overlaps, clipped to each; its devices count once, toward the
hazard it overlaps most.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

import numpy as np
import shapely
from pyproj import Transformer

from minedesk.core.area import AreaMeter, transform
from minedesk.core.errors import Msg
from minedesk.core.mapping import category_index, column_named
from minedesk.core.model import CATEGORIES, DEVICE_CATEGORIES, HazardSet, ReleaseSet
from minedesk.core.parallel import in_slices
from minedesk.core.schema import OUTSIDE, OUTSIDE_ITS_HAZARD, UNKNOWN_HAZARD
from minedesk.core.validation import Finding, polygonal_part
from minedesk.core.values import count_or_zero

NCAT = len(CATEGORIES)


def remaining_ha(area_ha, released_ha):
    """Area not released: the area less what is released, never below 0. Numbers or arrays (per hazard)."""
    if np.ndim(area_ha) == 0 and np.ndim(released_ha) == 0:
        return max(float(area_ha) - float(released_ha), 0.0)
    return np.maximum(np.asarray(area_ha, dtype=float) - released_ha, 0.0)


def percent_released(released_ha, area_ha):
    """``released_ha`` as a percentage of ``area_ha``; 0 where there is no area. Numbers or arrays."""
    if np.ndim(area_ha) == 0 and np.ndim(released_ha) == 0:
        return 100.0 * float(released_ha) / float(area_ha) if area_ha else 0.0
    area = np.asarray(area_ha, dtype=float)
    out = np.zeros(np.broadcast(area, np.asarray(released_ha)).shape)
    np.divide(100.0 * np.asarray(released_ha, dtype=float), area, out=out, where=area != 0)
    return out


def cap_to_hazard(released_ha: np.ndarray, area_ha: np.ndarray) -> np.ndarray:
    """(n, categories) released hectares scaled down, in place, where a hazard's parts add up to
    more than its area (a part equal to its whole hazard can measure a hair, 1e-9, above it):
    the hazard's own figure is the one officers see, so its released parts never add up to more."""
    total = released_ha.sum(axis=1)
    over = total > area_ha
    released_ha[over] *= (area_ha[over] / total[over])[:, None]
    return released_ha


@dataclass(frozen=True)
class Tally:
    """Figures for a set of hazards, in hectares and device counts."""

    hazards: int
    total_ha: float
    released_by_category_ha: dict[str, float]
    devices: dict[str, int]

    @property
    def released_ha(self) -> float:
        return sum(self.released_by_category_ha.values())

    @property
    def remaining_ha(self) -> float:
        return remaining_ha(self.total_ha, self.released_ha)

    @property
    def percent_released(self) -> float:
        return percent_released(self.released_ha, self.total_ha)

    def to_dict(self, digits: int = 4) -> dict:
        return {
            "hazards": self.hazards,
            "total_ha": round(self.total_ha, digits),
            "released_ha": round(self.released_ha, digits),
            "remaining_ha": round(self.remaining_ha, digits),
            "released_by_category_ha": {k: round(v, digits) for k, v in self.released_by_category_ha.items()},
            "devices": dict(self.devices),
        }


@dataclass(frozen=True)
class NotCounted:
    """What the figures leave out, said next to them so that no one reads a small released figure
    as the whole story: releases that count toward no hazard (outside every hazard, or naming
    one they do not overlap) with their area, and hazards skipped for want of a usable polygon."""

    releases: int
    ha: float
    hazards_skipped: int

    def __bool__(self) -> bool:
        return bool(self.releases or self.hazards_skipped)

    def to_dict(self, digits: int = 4) -> dict:
        return {"releases": self.releases, "ha": round(self.ha, digits), "hazards_skipped": self.hazards_skipped}

    def text(self, where: str = "The warnings name each one.") -> str:
        """The line the command line and the reports print beside the figures (empty when nothing
        is left out), ending with ``where`` the reader finds each one."""
        parts = []
        if self.releases:
            parts.append(f"{self.ha:,.2f} ha in {self.releases:,} release{'s' if self.releases != 1 else ''} outside "
                         "every hazard (or the one it names)")
        if self.hazards_skipped:
            parts.append(f"{self.hazards_skipped:,} hazard{'s' if self.hazards_skipped != 1 else ''} skipped "
                         "(no usable polygon)")
        return ("Not counted: " + "; ".join(parts) + ". " + where).strip() if parts else ""


def release_parts(hazard_geometry: np.ndarray, unions: np.ndarray) -> np.ndarray:
    """Released part of each hazard per category, clipped and with precedence applied.

    ``unions[i, c]`` is the union of hazard i's releases of category c (or None).
    Returns an array of the same shape whose parts are disjoint within a row.
    """
    k = len(hazard_geometry)
    parts = np.full((k, NCAT), None, dtype=object)
    covered = np.full(k, None, dtype=object)  # what better categories already released
    present = ~shapely.is_missing(unions)
    # a hazard's last category needs no "covered so far": skip that union (a quarter of the overlays)
    later = np.fliplr(np.cumsum(np.fliplr(present), axis=1)) > 1
    for c in range(NCAT):
        idx = np.flatnonzero(present[:, c])
        if not len(idx):
            continue
        piece = shapely.intersection(hazard_geometry[idx], unions[idx, c])
        before = covered[idx]
        had = ~shapely.is_missing(before)
        if had.any():
            piece[had] = shapely.difference(piece[had], before[had])
        parts[idx, c] = piece
        grow = later[idx, c]
        if grow.any():
            grown = piece[grow]
            both = had[grow]
            grown[both] = shapely.union(before[grow][both], grown[both])
            covered[idx[grow]] = grown
    return parts


PARALLEL_MIN = 2000  # hazards to recompute (or releases to test) before it pays to use threads


def released_parts_of(hazard_geometry: np.ndarray, groups: list[list[list]]) -> np.ndarray:
    """release_parts() for hazards whose releases are given as lists per category."""
    unions = np.full((len(groups), NCAT), None, dtype=object)
    for i, per_category in enumerate(groups):
        for c, group in enumerate(per_category):
            if len(group) == 1:
                unions[i, c] = group[0]
            elif group:
                unions[i, c] = shapely.union_all(group)
    return release_parts(hazard_geometry, unions)


def fully_released(released_ha, area_ha):
    """Whether a hazard is released in full (arrays or numbers): all of its area but what floating
    point leaves of an overlay (a billionth), the rule the map's progress colours and the hazard
    status follow."""
    return np.asarray(released_ha) >= np.asarray(area_ha) * (1 - 1e-9)


#: The group of hazards whose attribute is empty.
NO_VALUE = "(none)"


def group_members(values, alive) -> dict[str, list[int]]:
    """The one rule for grouping hazards by an attribute (the CLI's --by, the summary report, the
    window's group table): the alive rows per value as text, :data:`NO_VALUE` first for an empty
    one, then the values in sorted order."""
    members: dict[str, list[int]] = {}
    for row in np.flatnonzero(alive):
        v = values[row]
        key = "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)
        members.setdefault(key, []).append(int(row))
    return {(key or NO_VALUE): members[key] for key in sorted(members)}


class TallyEngine:
    """Tallies of a hazard set and its releases, kept current as releases change."""

    def __init__(self, hazards: HazardSet, releases: ReleaseSet | None = None, *,
                 meter: AreaMeter | None = None, link_by_id: bool | None = None):
        # the engine's own copy: live edits change it, never the set its caller gave
        self.hazards = hazards = replace(
            hazards, geometry=np.array(hazards.geometry, dtype=object), ids=np.array(hazards.ids, dtype=object),
            attributes={k: np.array(v, copy=True) for k, v in hazards.attributes.items()},
            mapped=dict(hazards.mapped), type_values=dict(hazards.type_values), fids=None if hazards.fids is None else np.array(hazards.fids, copy=True))
        self.meter = meter or AreaMeter.for_geometries(hazards.crs, hazards.geometry)
        self.warnings: list[Finding] = []
        self._listeners: list[Callable[[set[int]], None]] = []
        n = len(hazards)
        self.area_ha = self.meter.hectares(hazards.geometry)
        self.released_ha = np.zeros((n, NCAT))
        extra = tuple(k for k in (releases.devices if releases else {}) if k not in DEVICE_CATEGORIES)
        self.device_names: tuple[str, ...] = DEVICE_CATEGORIES + extra
        self.devices = np.zeros((n, len(self.device_names)), dtype=np.int64)

        self._id_rows: dict[str, list[int]] = {}
        if hazards.has_ids:
            for row, hid in enumerate(hazards.ids):
                self._id_rows.setdefault(hid, []).append(row)
        has_link = releases is not None and releases.hazard_ids is not None
        self.link_by_id = (hazards.has_ids and has_link) if link_by_id is None else link_by_id
        self._tree_cache: shapely.STRtree | None = None
        self.alive = np.ones(n, dtype=bool)
        self._naming: dict[str, set[int]] = {}  # hazard id -> keys of the releases that name it

        # releases, by key (a position in these lists; a removed release leaves None)
        self._geom: list = []
        self._cat: list[int] = []
        self._count: list[np.ndarray | None] = []
        self._hid: list[str | None] = []
        self._label: list[str] = []
        self._links: list[tuple[int, ...]] = []
        # what counts toward no hazard, kept current by the releases that changed (not a recount per edit)
        self._outside: dict[int, float] = {}  # release key -> hectares, for releases on no hazard
        self._unsettled: set[int] = set()  # release keys linked anew since not_counted() last looked
        self._owner: list[int | None] = []
        self._of_hazard: list[set[int]] = [set() for _ in range(n)]
        if releases is not None and len(releases):
            self._load(releases)

    # ------------------------------------------------------------------ loading
    def _load(self, releases: ReleaseSet) -> None:
        geometry = releases.geometry
        if not releases.crs.equals(self.hazards.crs, ignore_axis_order=True):
            # overlay happens in the hazard layer's CRS; a reprojected edge may pinch: repair
            geometry = transform(geometry, Transformer.from_crs(releases.crs, self.hazards.crs, always_xy=True))
            bad = np.flatnonzero(~shapely.is_valid(geometry))
            geometry[bad] = [polygonal_part(shapely.make_valid(g)) or shapely.Polygon() for g in geometry[bad]]
        counts = np.zeros((len(releases), len(self.device_names)), dtype=np.int64)
        for j, name in enumerate(self.device_names):
            if name in releases.devices:
                counts[:, j] = releases.devices[name]
        hids = releases.hazard_ids if releases.hazard_ids is not None else np.full(len(releases), None)
        links = self._link_many(geometry, hids, releases.labels, counts)
        # the releases' lists, in one go (what _store does for one)
        first = len(self._geom)
        self._geom.extend(geometry.tolist())
        self._cat.extend(np.asarray(releases.category, dtype=np.int64).tolist())
        self._count.extend(counts)
        self._hid.extend(hids.tolist())
        self._label.extend(np.asarray(releases.labels).tolist())
        self._links.extend([()] * len(releases))
        self._owner.extend([None] * len(releases))
        for key, hid in enumerate(hids.tolist(), start=first):
            if hid is not None:
                self._naming.setdefault(hid, set()).add(key)
        owners = []
        self._unsettled.update(range(first, first + len(links)))
        for key, (rows, owner) in enumerate(links, start=first):
            self._links[key] = rows
            self._owner[key] = owner
            for r in rows:
                self._of_hazard[r].add(key)
            owners.append(-1 if owner is None else owner)
        owners = np.asarray(owners, dtype=np.int64)
        counted = owners >= 0
        np.add.at(self.devices, owners[counted], counts[counted])
        self._recompute(np.flatnonzero([bool(s) for s in self._of_hazard]))

    def _store(self, geom, cat, counts, hid, label) -> int:
        self._geom.append(geom)
        self._cat.append(cat)
        self._count.append(np.asarray(counts, dtype=np.int64))
        self._hid.append(hid)
        if hid is not None:
            self._naming.setdefault(hid, set()).add(len(self._hid) - 1)
        self._label.append(label)
        self._links.append(())
        self._owner.append(None)
        return len(self._geom) - 1

    def _link_many(self, geometry, hids, labels, counts) -> list[tuple[tuple[int, ...], int | None]]:
        """For each release: the hazards it is clipped to and the one that counts its devices."""
        out: list = [None] * len(geometry)
        spatial = []
        by_id = []
        for i, hid in enumerate(hids):
            rows = self._id_rows.get(hid) if (self.link_by_id and hid is not None) else None
            if rows:
                out[i] = rows
                by_id.append(i)
            else:
                if self.link_by_id and hid is not None:
                    self.warnings.append(Finding(labels[i], UNKNOWN_HAZARD,
                                                 Msg("{hid!r} is not in the hazard layer; linked by location", hid=hid)))
                spatial.append(i)
        if by_id:  # a release that names a hazard it does not touch counts no area: say so
            by_id = np.asarray(by_id)
            first = np.array([out[i][0] for i in by_id])
            touch = np.concatenate(in_slices(shapely.intersects, self.hazards.geometry[first], geometry[by_id],
                                             min_size=PARALLEL_MIN))
            for i in by_id[~touch]:
                self.warnings.append(Finding(labels[i], OUTSIDE_ITS_HAZARD,
                                             Msg("it names {value!r} but does not overlap it; no area counted", value=hids[i])))
        if spatial:
            spatial = np.asarray(spatial)
            pairs = self.hazard_tree().query(geometry[spatial], predicate="intersects")
            found: dict[int, list[int]] = {}
            for s, row in zip(pairs[0], pairs[1], strict=False):
                found.setdefault(int(spatial[s]), []).append(int(row))
            for i in spatial:
                out[i] = found.get(int(i), [])
        result = []
        alive = self.alive.tolist()
        for i, rows in enumerate(out):
            rows = [r for r in rows if alive[r]]
            if not rows:
                lost = int(counts[i].sum())
                self.warnings.append(Finding(labels[i], OUTSIDE,
                                             Msg("not counted, nor its {lost} device(s)", lost=lost) if lost else
                                             "not counted"))
                result.append(((), None))
            elif len(rows) == 1:
                result.append(((rows[0],), rows[0]))
            else:
                overlap = shapely.area(shapely.intersection(self.hazards.geometry[rows], geometry[i]))
                result.append((tuple(rows), rows[int(np.argmax(overlap))]))
        return result

    def _attach(self, key: int, rows: tuple[int, ...], owner: int | None) -> None:
        self._unsettled.add(key)
        self._links[key] = rows
        self._owner[key] = owner
        for r in rows:
            self._of_hazard[r].add(key)
        if owner is not None:
            self.devices[owner] += self._count[key]

    def _detach(self, key: int) -> set[int]:
        self._outside.pop(key, None)
        self._unsettled.add(key)
        rows = self._links[key]
        for r in rows:
            self._of_hazard[r].discard(key)
        if self._owner[key] is not None:
            self.devices[self._owner[key]] -= self._count[key]
        self._links[key] = ()
        self._owner[key] = None
        return set(rows)

    # ------------------------------------------------------------------ computing
    def _recompute(self, rows: Iterable[int]) -> None:
        rows = np.fromiter(rows, dtype=np.int64)
        rows = rows[self.alive[rows]]
        if not len(rows):
            return
        groups = [[[] for _ in range(NCAT)] for _ in rows]
        for i, r in enumerate(rows):
            for key in self._of_hazard[r]:
                groups[i][self._cat[key]].append(self._geom[key])
        hazard_geometry = self.hazards.geometry[rows]
        # GEOS runs without the GIL: overlay slices of hazards on every core
        def measured(geometry, index):  # the released hectares of a slice of hazards
            parts = released_parts_of(geometry, [groups[k] for k in index])
            return self.meter.hectares(parts.ravel()).reshape(parts.shape)

        released = np.concatenate(in_slices(measured, hazard_geometry, np.arange(len(rows)),
                                            min_size=PARALLEL_MIN, slices_per_worker=4))
        self.released_ha[rows] = cap_to_hazard(released, self.area_ha[rows])

    def released_parts(self, row: int) -> dict[str, object]:
        """The released geometry of one hazard per category (for drawing and reports)."""
        groups = [[self._geom[k] for k in self._of_hazard[row] if self._cat[k] == c] for c in range(NCAT)]
        parts = released_parts_of(self.hazards.geometry[[row]], [groups])[0]
        return {cat.value: parts[c] for c, cat in enumerate(CATEGORIES) if parts[c] is not None}

    def unlinked(self) -> list[str]:
        """Labels of the releases that count toward no hazard (outside every one, or naming a
        hazard that is gone), as they stand now."""
        return [self._label[k] for k, g in enumerate(self._geom) if g is not None and not self._links[k]]

    # ------------------------------------------------------------------ reading figures
    def _tally(self, rows: np.ndarray) -> Tally:
        rows = rows[self.alive[rows]]
        by_cat = self.released_ha[rows].sum(axis=0)
        dev = self.devices[rows].sum(axis=0)
        return Tally(
            hazards=len(rows),
            total_ha=float(self.area_ha[rows].sum()),
            released_by_category_ha={cat.value: float(by_cat[c]) for c, cat in enumerate(CATEGORIES)},
            devices={name: int(dev[j]) for j, name in enumerate(self.device_names)},
        )

    def totals(self, rows: Iterable[int] | None = None) -> Tally:
        """Totals over all hazards, or over the given hazard rows (a selection)."""
        if rows is None:
            return self._tally(np.arange(len(self.area_ha)))
        return self._tally(np.fromiter(rows, dtype=np.int64))

    def groups(self, field: str) -> dict[str, Tally]:
        """Totals per value of a hazard attribute (district, operator, type ...), the column
        named as :func:`~minedesk.core.mapping.column_named` finds it (any case)."""
        name = column_named(self.hazards.attributes, field)
        if name is None:
            raise KeyError(field)
        members = group_members(self.hazards.attributes[name], self.alive)
        return {key: self._tally(np.asarray(rows, dtype=np.int64)) for key, rows in members.items()}

    def not_counted(self) -> NotCounted:
        """Releases that count toward no hazard (and their area): outside every hazard, or naming
        one they do not overlap; and the hazards skipped on reading."""
        if self._unsettled:  # only the releases linked anew (a link changes only through _attach/_detach)
            keys = [k for k in self._unsettled if self._geom[k] is not None]
            single = [k for k in keys if len(self._links[k]) == 1]  # named one hazard: does it lie on it?
            touches = dict(zip(single, shapely.intersects(
                self.hazards.geometry[[self._links[k][0] for k in single]],
                np.array([self._geom[k] for k in single], dtype=object)).tolist(), strict=True)) if single else {}
            out = [k for k in keys if not self._links[k] or touches.get(k) is False]
            if out:
                areas = self.meter.hectares(np.array([self._geom[k] for k in out], dtype=object))
                self._outside.update(zip(out, areas.tolist(), strict=True))
            self._unsettled.clear()
        return NotCounted(releases=len(self._outside), ha=float(sum(self._outside.values())),
                          hazards_skipped=int(self.hazards.skipped))

    # ------------------------------------------------------------------ releases, as linked
    def release_geometry(self, key: int):
        """A release's polygon in the hazards' CRS (as it was clipped and measured)."""
        return self._geom[key]

    def release_link(self, key: int) -> tuple[tuple[int, ...], int | None]:
        """The hazard rows a release counts toward, and the one its devices count for."""
        return self._links[key], self._owner[key]

    # ------------------------------------------------------------------ live edits
    def subscribe(self, listener: Callable[[set[int]], None]) -> None:
        """Call ``listener(changed_rows)`` after every edit."""
        self._listeners.append(listener)

    def _changed(self, rows: set[int]) -> set[int]:
        self._recompute(sorted(rows))
        for listener in self._listeners:
            listener(rows)
        return rows

    def add_release(self, geometry, category: int, devices: dict[str, int] | None = None,
                    hazard_id: str | None = None, label: str | None = None) -> tuple[int, set[int]]:
        """Add one release (in the hazard layer's CRS). Returns its key and the hazards changed."""
        counts = np.array([int((devices or {}).get(n, 0)) for n in self.device_names], dtype=np.int64)
        label = label or f"release {len(self._geom) + 1}"
        key = self._store(geometry, int(category), counts, hazard_id, label)
        (rows, owner), = self._link_many(np.array([geometry], dtype=object), [hazard_id], [label], counts[None])
        self._attach(key, rows, owner)
        return key, self._changed(set(rows))

    def remove_release(self, key: int) -> set[int]:
        rows = self._detach(key)
        self._geom[key] = None
        if self._hid[key] is not None:
            self._naming.get(self._hid[key], set()).discard(key)
        return self._changed(rows)

    def update_release(self, key: int, *, geometry=None, category: int | None = None,
                       devices: dict[str, int] | None = None) -> set[int]:
        """Change a release in place; the key stays the same."""
        rows = self._detach(key)
        if geometry is not None:
            self._geom[key] = geometry
        if category is not None:
            self._cat[key] = int(category)
        if devices is not None:
            self._count[key] = np.array([int(devices.get(n, 0)) for n in self.device_names], dtype=np.int64)
        (new_rows, owner), = self._link_many(np.array([self._geom[key]], dtype=object), [self._hid[key]],
                                              [self._label[key]], self._count[key][None])
        self._attach(key, new_rows, owner)
        return self._changed(rows | set(new_rows))

    def apply_release(self, key: int | None, geometry, category, devices: dict | None = None,
                      hazard_id: str | None = None, label: str | None = None) -> tuple[int | None, set[int]]:
        """Apply one release row as it now is (a project's row, a layer's feature) to the engine.

        ``key`` is the row's release before the change (None for a new row): it is removed. The
        row is then added when it has a shape (in the hazard layer's CRS) and a category that reads
        as one (:func:`~minedesk.core.mapping.category_of`: ``cleared``, ``Clearance``, ``NTS``, a
        :class:`~minedesk.core.model.Category` ...); its device counts are read as the figures count
        them (:func:`~minedesk.core.values.count_or_zero`: empty or unusable values count 0).
        Returns the row's new key (None when it counts nowhere: deleted, no shape, no category)
        and the hazards changed. The one way a changed release row reaches the figures: the
        project and the QGIS dock both call it."""
        changed: set[int] = set()
        if key is not None:
            changed |= self.remove_release(key)
        cat = category_index(category)
        if geometry is None or cat < 0:
            return None, changed
        counts = {name: count_or_zero(value) for name, value in (devices or {}).items()}
        new_key, more = self.add_release(geometry, cat, counts, hazard_id, label)
        return new_key, changed | more

    # ------------------------------------------------------------------ hazard edits (link by id)
    def hazard_tree(self) -> shapely.STRtree:
        """An STRtree of the hazards' geometry (rows as indices), built once."""
        if self._tree_cache is None:
            self._tree_cache = shapely.STRtree(np.where(self.alive, self.hazards.geometry, None))
        return self._tree_cache

    def _relink(self, keys: Iterable[int]) -> set[int]:
        """Link these releases again (after their hazard appeared, changed or went)."""
        keys = [k for k in keys if self._geom[k] is not None]
        changed: set[int] = set()
        for k in keys:
            changed |= self._detach(k)
        if keys:
            geoms = np.array([self._geom[k] for k in keys], dtype=object)
            counts = np.array([self._count[k] for k in keys])
            links = self._link_many(geoms, [self._hid[k] for k in keys], [self._label[k] for k in keys], counts)
            for k, (rows, owner) in zip(keys, links, strict=True):
                self._attach(k, rows, owner)
                changed |= set(rows)
        return changed

    def add_hazard(self, geometry, hazard_id: str, attributes: dict | None = None) -> tuple[int, set[int]]:
        """A new hazard (split, merge, undo of a delete). Returns its row and the rows changed."""
        h = self.hazards
        row = len(h.geometry)
        h.geometry = np.append(h.geometry, np.array([geometry], dtype=object))
        h.ids = np.append(h.ids, np.array([hazard_id], dtype=object))
        for name, column in h.attributes.items():
            h.attributes[name] = np.append(column.astype(object), np.array([(attributes or {}).get(name)], dtype=object))
        self.area_ha = np.append(self.area_ha, self.meter.hectares(np.array([geometry], dtype=object)))
        self.released_ha = np.vstack([self.released_ha, np.zeros((1, NCAT))])
        self.devices = np.vstack([self.devices, np.zeros((1, len(self.device_names)), dtype=np.int64)])
        self.alive = np.append(self.alive, True)
        self._of_hazard.append(set())
        self._id_rows.setdefault(hazard_id, []).append(row)
        self._tree_cache = None
        changed = self._relink(self._naming.get(hazard_id, ())) | {row}
        return row, self._changed(changed)

    def remove_hazard(self, row: int) -> set[int]:
        """Take a hazard out; releases still linked to it are linked again (or to nothing)."""
        self.alive[row] = False
        hid = self.hazards.ids[row]
        if row in self._id_rows.get(hid, []):
            self._id_rows[hid].remove(row)
        self._tree_cache = None
        changed = self._relink(list(self._of_hazard[row])) | {row}
        self.area_ha[row] = 0.0
        self.released_ha[row] = 0.0
        self.devices[row] = 0
        return self._changed(changed)

    def update_hazard(self, row: int, *, geometry=None, hazard_id: str | None = None,
                      attributes: dict | None = None) -> set[int]:
        """Change a hazard's shape, id or attributes in place."""
        h = self.hazards
        relink: set[int] = set()
        if attributes:
            for name, value in attributes.items():
                if name in h.attributes:
                    column = h.attributes[name]
                    if column.dtype != object:
                        h.attributes[name] = column = column.astype(object)
                    column[row] = value
        if hazard_id is not None and hazard_id != h.ids[row]:
            old = h.ids[row]
            if row in self._id_rows.get(old, []):
                self._id_rows[old].remove(row)
            h.ids[row] = hazard_id
            self._id_rows.setdefault(hazard_id, []).append(row)
            relink |= set(self._naming.get(old, ())) | set(self._naming.get(hazard_id, ()))
        if geometry is not None:
            h.geometry[row] = geometry
            self.area_ha[row] = self.meter.hectares(np.array([geometry], dtype=object))[0]
            self._tree_cache = None
            relink |= set(self._of_hazard[row])
        return self._changed(self._relink(relink) | {row})


def tally_dict(engine: TallyEngine, findings=(), by: str | None = None) -> dict:
    """The object ``minedesk tally --json`` prints (and the QGIS plugin's Processing returns)."""
    obj = engine.totals().to_dict()
    obj["not_counted"] = engine.not_counted().to_dict()
    obj["warnings"] = [str(f) for f in findings]
    if by:
        obj["groups"] = {k: g.to_dict() for k, g in engine.groups(by).items()}
    return obj
