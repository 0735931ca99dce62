"""Figures for a period: what was released between two dates, and what stood at each.

"Released by date D" applies the tally's rules (clip, overlaps once, cleared > reduced >
cancelled) to the releases dated on or before D. Land released in a period is the land
released at its end that was not released the day before it started, in the category it
stands in at the end (so a reduced area cleared later counts once, when first released).
With no dates the figures are the tally engine's own, to the hectare.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
import shapely

from minedesk.core.mapping import category_index, column_named
from minedesk.core.model import CATEGORIES
from minedesk.core.tally import NCAT, cap_to_hazard, group_members, released_parts_of, remaining_ha
from minedesk.core.values import count_or_zero, iso_date, period


@dataclass
class PeriodFigures:
    """Hectares and devices of a set of hazards, for a period and cumulative to its end."""

    hazards: int
    total_ha: float
    period_ha: dict  # category -> hectares released in the period
    cumulative_ha: dict  # category -> hectares released by the end of the period
    period_devices: dict
    cumulative_devices: dict

    @property
    def remaining_ha(self) -> float:
        return remaining_ha(self.total_ha, sum(self.cumulative_ha.values()))


def _date(value) -> str | None:
    """A release's date as ISO text, whatever form it was written in; None when it cannot be read
    (the release then counts in no period; check reports it)."""
    return iso_date(value)


def released_parts_by(project, rows: np.ndarray, until: str | None, team: str | None = None) -> np.ndarray:
    """(len(rows), 3) released geometry per category by the end of ``until`` (all when None),
    optionally of one team's releases only: the tally's rules applied to those releases."""
    engine = project.engine
    groups = []
    for r in rows:
        per_cat: list[list] = [[] for _ in range(NCAT)]
        for _, rel in project.releases_of(str(engine.hazards.ids[r])):
            d = _date(rel["date"])
            if rel["geom"] is None or (until is not None and (d is None or d > until)):
                continue
            if team is not None and (rel["team"] or "") != team:
                continue
            c = category_index(rel["category"])  # read as the tally engine reads it
            if c < 0:
                continue
            per_cat[c].append(rel["geom"])
        groups.append(per_cat)
    out = np.full((len(rows), NCAT), None, dtype=object)
    busy = [i for i, g in enumerate(groups) if any(g)]
    if busy:
        out[busy] = released_parts_of(engine.hazards.geometry[rows[busy]], [groups[i] for i in busy])
    return out


def _hectares(project, rows, parts: np.ndarray) -> np.ndarray:
    engine = project.engine
    ha = engine.meter.hectares(parts.ravel()).reshape(parts.shape)
    return cap_to_hazard(ha, engine.area_ha[rows])  # as the engine does: never more than the hazard


def devices_between(project, rows: np.ndarray, start: str | None, end: str | None, team: str | None = None) -> dict:
    engine = project.engine
    counts = dict.fromkeys(project.device_names, 0)
    for r in rows:
        for _, rel in project.releases_of(str(engine.hazards.ids[r])):
            d = _date(rel["date"])
            if (start and (d is None or d < start)) or (end and (d is None or d > end)):
                continue
            if team is not None and (rel["team"] or "") != team:
                continue
            for name in counts:
                counts[name] += count_or_zero(rel.get(project.device_column(name)))
    return counts


def figures(project, rows, start: str | None = None, end: str | None = None, team: str | None = None) -> PeriodFigures:
    """Land newly released in the period (not released before it, by category as it stands at
    the period's end; never negative), what stands released at its end, and devices."""
    start, end = period(start, end)  # ISO, whatever form they came in; a period never ends before it starts
    rows = np.asarray(sorted(rows), dtype=np.int64)
    rows = rows[project.engine.alive[rows]]
    if end is None and team is None:
        end_ha = project.engine.released_ha[rows].copy()  # the tally engine's own figures
        end_parts = released_parts_by(project, rows, None) if start else None
    else:
        end_parts = released_parts_by(project, rows, end, team)
        end_ha = _hectares(project, rows, end_parts)
    if start:
        day_before = (_dt.date.fromisoformat(start) - _dt.timedelta(days=1)).isoformat()
        before = released_parts_by(project, rows, day_before, team)
        earlier = np.array([shapely.union_all([g for g in row if g is not None]) if any(g is not None for g in row)
                            else None for row in before], dtype=object)
        new = end_parts.copy()
        had = ~shapely.is_missing(earlier)
        for c in range(NCAT):
            idx = np.flatnonzero(had & ~shapely.is_missing(end_parts[:, c]))
            new[idx, c] = shapely.difference(end_parts[idx, c], earlier[idx])
        period_ha = _hectares(project, rows, new).sum(axis=0)
    else:
        period_ha = end_ha.sum(axis=0)
    at_end = end_ha.sum(axis=0)
    cats = [c.value for c in CATEGORIES]
    return PeriodFigures(
        hazards=len(rows), total_ha=float(project.engine.area_ha[rows].sum()),
        period_ha={c: float(max(period_ha[i], 0.0)) for i, c in enumerate(cats)},
        cumulative_ha={c: float(at_end[i]) for i, c in enumerate(cats)},
        period_devices=devices_between(project, rows, start, end, team),
        cumulative_devices=devices_between(project, rows, None, end, team))


def groups(project, by: str | None, start=None, end=None) -> dict[str, PeriodFigures]:
    """Figures per district (any hazard attribute) or per team (the teams' own releases)."""
    engine = project.engine
    if not by:
        return {}
    if by.lower() == "team":
        teams = sorted({r["team"] for r in project.rows["releases"].values() if r["team"]})
        out = {}
        for t in teams:
            rows = sorted({project.hazard_row(r["hazard_id"]) for r in project.rows["releases"].values()
                           if r["team"] == t and project.has_hazard(r["hazard_id"])})
            out[t] = figures(project, rows, start, end, team=t)
        return out
    column = column_named(engine.hazards.attributes, by)
    if column is None:
        raise KeyError(by)
    members = group_members(engine.hazards.attributes[column], engine.alive)
    return {k: figures(project, rows, start, end) for k, rows in members.items()}


# --------------------------------------------------------------------------- released over time
def timeline_inputs(project, hazard_ids) -> list[tuple]:
    """What the timeline needs of each hazard, copied out of the project so that it can be
    computed in another thread: (id, released ha, hazard geometry, [(date, release geometry)])."""
    engine = project.engine
    out = []
    for hid in hazard_ids:
        # dates as the core reads them (15.06.2024 typed in QGIS is 2024-06-15); unreadable ones are left out,
        # and so are releases whose category names none (the tallies do not count them either)
        dated = ((_date(r["date"]), r["geom"]) for _, r in project.releases_of(hid) if category_index(r["category"]) >= 0)
        releases = [(d, g) for d, g in dated if g is not None and d is not None]
        row = project.hazard_row(hid)
        out.append((hid, float(engine.released_ha[row].sum()), engine.hazards.geometry[row], releases))
    return out


def timelines(inputs, meter) -> dict[str, list[tuple[str, float]]]:
    """For each hazard, (date, hectares) by which its released area grew on each date of its
    releases (the union of its releases up to that day: overlaps count once), scaled so that
    they add up to the engine's figure. All areas are measured in one vectorised call."""
    out: dict[str, list] = {}
    pending, pieces, hazards = [], [], []
    for hid, total, hazard, releases in inputs:
        dates = sorted({d for d, _ in releases})
        if len(dates) <= 1:
            out[hid] = [(dates[0], total)] if dates else []
            continue
        pending.append((hid, total, dates, len(pieces)))
        for day in dates[:-1]:  # the last day's union is the whole release: its area is `total`
            pieces.append(shapely.union_all([g for d, g in releases if d <= day]))
            hazards.append(hazard)
    if pending:
        areas = meter.hectares(shapely.intersection(np.array(hazards, dtype=object), np.array(pieces, dtype=object)))
        for hid, total, dates, first in pending:
            a = np.r_[np.minimum(areas[first:first + len(dates) - 1], total), total]
            out[hid] = [(day, x - prev) for day, x, prev in zip(dates, a, np.r_[0.0, a[:-1]], strict=True)]
    return out


def hazard_timelines(project, hazard_ids) -> dict[str, list[tuple[str, float]]]:
    return timelines(timeline_inputs(project, hazard_ids), project.engine.meter)


def released_over_time(project, cache: dict | None = None, changed: set[str] | None = None) -> list[tuple[str, float]]:
    """(date, hectares released that day) for the whole project. With ``cache`` (hazard id ->
    its timeline), only the hazards in ``changed`` (and new ones) are computed again."""
    cache = {} if cache is None else cache
    ids = set(project.hazard_ids())
    todo = ids if changed is None else (set(changed) & ids) | (ids - set(cache))
    for gone in set(cache) - ids:
        del cache[gone]
    cache.update(hazard_timelines(project, sorted(todo)))
    per_day: dict[str, float] = defaultdict(float)
    for timeline in cache.values():
        for day, ha in timeline:
            per_day[day] += ha
    return sorted(per_day.items())
