"""The tally dashboard: totals for everything or the selection, groups, and two charts.

Every figure is the tally engine's; the dashboard listens to the project and refreshes in the
same event that carried the edit (no polling).
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minedesk.core.model import CATEGORIES

CATEGORY_COLORS = {"cleared": (44, 160, 44), "reduced": (31, 119, 180), "cancelled": (188, 189, 34)}


def released_over_time(project) -> list[tuple[str, float]]:
    """(date, hectares released that day) for the whole project: per hazard, the growth of the
    union of its releases date by date (overlaps counted once), summed over hazards."""
    engine = project.engine
    by_hazard: dict[str, list] = defaultdict(list)
    for row in project.rows["releases"].values():
        if row["geom"] is not None and row["date"]:
            by_hazard[row["hazard_id"]].append((str(row["date"])[:10], row["geom"]))
    per_day: dict[str, float] = defaultdict(float)
    for hid, releases in by_hazard.items():
        try:
            r = project.hazard_row(hid)
        except Exception:  # noqa: BLE001 - a release naming no hazard counts nowhere
            continue
        total = float(engine.released_ha[r].sum())
        dates = sorted({d for d, _ in releases})
        if len(dates) == 1:
            per_day[dates[0]] += total
            continue
        hazard = engine.hazards.geometry[r]
        unions = [shapely.intersection(hazard, shapely.union_all([g for d, g in releases if d <= day])) for day in dates]
        areas = project.engine.meter.hectares(np.array(unions, dtype=object))
        scale = total / areas[-1] if areas[-1] else 0.0  # agree with the engine's figure to the hectare
        previous = 0.0
        for day, area in zip(dates, areas, strict=True):
            per_day[day] += (area - previous) * scale
            previous = area
    return sorted(per_day.items())


class Dashboard(QWidget):
    """Totals, released by category, remaining, percent, devices; groups; charts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.project = None
        self.selection: set[int] = set()
        self.locale = QLocale()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scope = QComboBox()
        self.scope.addItems([self.tr("All hazards"), self.tr("Selection")])
        self.scope.currentIndexChanged.connect(self.refresh)
        self.group_by = QComboBox()
        self.group_by.currentIndexChanged.connect(self.refresh_groups)
        top.addWidget(self.scope)
        top.addWidget(QLabel(self.tr("Group by")))
        top.addWidget(self.group_by)
        layout.addLayout(top)
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        names = [("hazards", self.tr("Hazards")), ("total", self.tr("Hazard area")), ("released", self.tr("Released")),
                 ("cleared", self.tr("  cleared")), ("reduced", self.tr("  reduced")),
                 ("cancelled", self.tr("  cancelled")), ("remaining", self.tr("Remaining")),
                 ("devices", self.tr("Devices found"))]
        for key, text in names:
            label = QLabel("-")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setObjectName(f"figure_{key}")
            self.labels[key] = label
            form.addRow(text, label)
        layout.addLayout(form)
        self.groups = QTableWidget()
        self.groups.setSortingEnabled(True)
        self.groups.setMinimumHeight(160)
        layout.addWidget(self.groups, 1)
        self.devices_plot = pg.PlotWidget(background="w")
        self.devices_plot.setMaximumHeight(150)
        self.devices_plot.setMouseEnabled(False, False)
        self.devices_plot.setTitle(self.tr("Devices found"))
        layout.addWidget(self.devices_plot)
        self.time_plot = pg.PlotWidget(background="w", axisItems={"bottom": pg.DateAxisItem()})
        self.time_plot.setMaximumHeight(150)
        self.time_plot.setTitle(self.tr("Released hectares over time"))
        layout.addWidget(self.time_plot)

    def set_project(self, project) -> None:
        self.project = project
        self.group_by.blockSignals(True)
        self.group_by.clear()
        self.group_by.addItem(self.tr("(none)"), None)
        for name in project.engine.hazards.attributes:
            if name in ("hazard_id",) or name.upper() in ("NAME", "REPORTED", "AP_EST"):
                continue
            self.group_by.addItem(name, name)
        preferred = self.group_by.findData("DISTRICT")
        self.group_by.setCurrentIndex(max(preferred, 0))
        self.group_by.blockSignals(False)
        project.subscribe(lambda event: self.refresh(timeline="releases" in event.tables or "hazards" in event.tables))
        self.refresh(timeline=True)

    def set_selection(self, rows) -> None:
        self.selection = set(rows)
        if self.scope.currentIndex() == 1:
            self.refresh()

    def _ha(self, value: float) -> str:
        return self.locale.toString(float(value), "f", 2) + " ha"

    def refresh(self, *args, timeline: bool = False) -> None:
        if self.project is None:
            return
        engine = self.project.engine
        t = engine.totals(self.selection) if self.scope.currentIndex() == 1 else engine.totals()
        pct = (lambda v: f"  ({self.locale.toString(100 * v / t.total_ha, 'f', 1)} %)") if t.total_ha else (lambda v: "")
        self.labels["hazards"].setText(self.locale.toString(t.hazards))
        self.labels["total"].setText(self._ha(t.total_ha))
        self.labels["released"].setText(self._ha(t.released_ha) + pct(t.released_ha))
        for cat in CATEGORIES:
            v = t.released_by_category_ha[cat.value]
            self.labels[cat.value].setText(self._ha(v) + pct(v))
        self.labels["remaining"].setText(self._ha(t.remaining_ha) + pct(t.remaining_ha))
        self.labels["devices"].setText("   ".join(f"{k} {self.locale.toString(v)}" for k, v in t.devices.items()))
        self.devices_plot.clear()
        names = list(t.devices)
        self.devices_plot.addItem(pg.BarGraphItem(x=np.arange(len(names)), height=list(t.devices.values()), width=0.6,
                                                  brush=(150, 40, 40)))
        self.devices_plot.getAxis("bottom").setTicks([list(enumerate(names))])
        self.refresh_groups()
        if timeline:
            self.refresh_timeline()

    def refresh_groups(self) -> None:
        field = self.group_by.currentData()
        self.groups.setSortingEnabled(False)
        if not field or self.project is None:
            self.groups.setRowCount(0)
            self.groups.setColumnCount(0)
            return
        groups = self.project.engine.groups(field)
        heads = [field, self.tr("Hazards"), self.tr("Area ha"), self.tr("Released ha"), self.tr("Remaining ha"),
                 self.tr("% released")] + list(next(iter(groups.values())).devices if groups else [])
        self.groups.setColumnCount(len(heads))
        self.groups.setHorizontalHeaderLabels(heads)
        self.groups.setRowCount(len(groups))
        for i, (key, g) in enumerate(groups.items()):
            values = [key, g.hazards, g.total_ha, g.released_ha, g.remaining_ha, g.percent_released, *g.devices.values()]
            for j, v in enumerate(values):
                item = QTableWidgetItem()
                if isinstance(v, float):
                    item.setData(Qt.ItemDataRole.DisplayRole, round(v, 2))
                else:
                    item.setData(Qt.ItemDataRole.DisplayRole, v)
                self.groups.setItem(i, j, item)
        self.groups.setSortingEnabled(True)
        self.groups.resizeColumnsToContents()

    def refresh_timeline(self) -> None:
        import datetime as dt

        self.time_plot.clear()
        series = released_over_time(self.project)
        if not series:
            return
        xs, ys = [], []
        total = 0.0
        for day, ha in series:
            try:
                stamp = dt.datetime.fromisoformat(day).replace(tzinfo=dt.timezone.utc).timestamp()
            except ValueError:
                continue
            total += ha
            xs.append(stamp)
            ys.append(total)
        self.time_plot.plot(xs, ys, pen=pg.mkPen((44, 160, 44), width=2), stepMode=None)
        self.timeline = list(zip(xs, ys, strict=True))
