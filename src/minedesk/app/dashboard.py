"""The tally dashboard: totals for everything or the selection, groups, and two charts.

Every figure is the tally engine's; the dashboard listens to the project and refreshes in the
same event that carried the edit (no polling).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minedesk.app.messages import hectares_unit
from minedesk.app.table import fit_columns, two_lines
from minedesk.core import palette
from minedesk.core.model import CATEGORIES
from minedesk.core.summary import released_over_time
from minedesk.core.tally import group_members, percent_released


class _WrappedLabel(QLabel):
    """A word-wrapped label that does not make its layout height-for-width (the dashboard sets
    its minimum height from its width instead)."""

    def hasHeightForWidth(self) -> bool:  # Qt's name
        return False

class _Figure(QTableWidgetItem):
    """A number shown as text in the locale's format, sorted as a number."""

    def __init__(self, text: str, value: float):
        super().__init__(text)
        self.value = value

    def __lt__(self, other):
        if isinstance(other, _Figure):
            return self.value < other.value
        return super().__lt__(other)


class Dashboard(QWidget):
    """Totals, released by category, remaining, percent, devices; groups; charts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.project = None
        self.selection: set[int] = set()
        self.locale = QLocale()
        self.locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # 1,061,824.78: grouped, even in C
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
        # the figures in two columns (totals left, the released categories right), so that the
        # group table and both charts fit beside the map on a 1366x768 screen
        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(2)
        self.labels: dict[str, QLabel] = {}
        names = [("hazards", self.tr("Hazards"), 0, 0), ("total", self.tr("Hazard area"), 1, 0),
                 ("released", self.tr("Released"), 2, 0), ("remaining", self.tr("Remaining"), 3, 0),
                 ("cleared", self.tr("  cleared"), 0, 2), ("reduced", self.tr("  reduced"), 1, 2),
                 ("cancelled", self.tr("  cancelled"), 2, 2), ("devices", self.tr("Devices found"), 4, 0)]
        for key, text, row, col in names:
            label = QLabel("-")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setObjectName(f"figure_{key}")
            self.labels[key] = label
            form.addWidget(QLabel(text), row, col)
            form.addWidget(label, row, col + 1, 1, 3 if key == "devices" else 1)
        # what the figures leave out, said beside them (the core's NotCounted): shown only when something is
        self.not_counted_label = QLabel(self.tr("Not counted"))
        self.not_counted = _WrappedLabel("")
        self.not_counted.setObjectName("figure_not_counted")
        self.not_counted.setWordWrap(True)
        # its height follows its width here (resizeEvent), not through the layout: a height-for-width
        # widget makes the scroll area give the whole dashboard its preferred height (so a scroll
        # bar) where its minimum would fit, e.g. beside the Data quality panel on a 1366x768 screen
        self.not_counted.setToolTip(self.tr("Releases that count toward no hazard (outside every hazard, or outside "
                                            "the one they name) and hazards left out when read for want of a "
                                            "usable polygon: the Data quality panel lists each one"))
        form.addWidget(self.not_counted_label, 5, 0)
        form.addWidget(self.not_counted, 5, 1, 1, 3)
        self.not_counted_label.hide()
        self.not_counted.hide()
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        layout.addLayout(form)
        self.groups = QTableWidget()
        self.groups.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # compact rows
        self.groups.verticalHeader().hide()
        self.groups.setSortingEnabled(True)
        self.groups.setMinimumHeight(5 * (self.fontMetrics().height() + 8))  # the heading and four groups
        layout.addWidget(self.groups, 1)
        charts = QHBoxLayout()  # side by side: each is legible at half the dock's width
        self.devices_plot = pg.PlotWidget(background="w")
        self.devices_plot.setMouseEnabled(False, False)
        self.devices_plot.setTitle(self.tr("Devices found"), size="9pt")
        self.time_plot = pg.PlotWidget(background="w", axisItems={"bottom": pg.DateAxisItem()})
        self.time_plot.setTitle(self.tr("Released hectares over time"), size="9pt")
        for plot in (self.devices_plot, self.time_plot):
            plot.setMinimumSize(180, 130)
            plot.setMaximumHeight(190)
            charts.addWidget(plot, 1)
        layout.addLayout(charts)
        from PySide6.QtCore import QTimer

        self._timeline_timer = QTimer(self, singleShot=True, interval=0, timeout=self._update_timeline)

    def _update_timeline(self) -> None:
        if not self._timeline_ready:  # still being computed in the background
            return
        changed, self._pending = self._pending, None
        self.refresh_timeline(changed if changed is not None else set())

    def set_project(self, project) -> None:
        """Show ``project``'s tallies and follow its edits (no longer those of the project before)."""
        if self.project is not None:
            self.project.unsubscribe(self._project_changed)
        self.project = project
        self.selection = set()
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
        self._timeline_cache: dict = {}
        self._timeline_ready = False
        self._pending: set[str] | None = None
        self._group_rows: dict = {}
        project.subscribe(self._project_changed)
        self.refresh()

    def set_timeline(self, cache: dict) -> None:
        """The timeline computed in the background at load; edits made meanwhile are added."""
        self._timeline_cache = cache
        self._timeline_ready = True
        self._update_timeline()

    def _project_changed(self, event) -> None:
        """Numbers now, in the same event; the chart of released hectares over time a moment later."""
        if event.hazards_reshaped:
            self._group_rows = {}
        else:  # an attribute changed (a status): the groupings by that column only
            for a in event.applied:
                if a.table == "hazards" and a.before is not None and a.after is not None:
                    for column in [c for c in self._group_rows if a.before.get(c) != a.after.get(c)]:
                        del self._group_rows[column]
        self.refresh()
        touched = {row[k]["hazard_id"] for row in ({"b": a.before, "a": a.after} for a in event.applied)
                   for k in ("b", "a") if row[k] is not None and "hazard_id" in row[k]}
        self._pending = touched if self._pending is None else self._pending | touched
        self._timeline_timer.start()

    def set_selection(self, rows, source=None) -> None:
        self.selection = set(rows)
        if self.scope.currentIndex() == 1:
            self.refresh()

    def hectares_text(self, value: float) -> str:
        """Hectares in the locale's format, as every figure of the window shows them."""
        return f"{self.locale.toString(float(value), 'f', 2)} {hectares_unit()}"

    def refresh(self, *args) -> None:
        if self.project is None:
            return
        engine = self.project.engine
        t = engine.totals(self.selection) if self.scope.currentIndex() == 1 else engine.totals()
        pct = (lambda v: f"  ({self.locale.toString(percent_released(v, t.total_ha), 'f', 1)} %)") if t.total_ha \
            else (lambda v: "")
        self.labels["hazards"].setText(self.locale.toString(t.hazards))
        self.labels["total"].setText(self.hectares_text(t.total_ha))
        self.labels["released"].setText(self.hectares_text(t.released_ha) + pct(t.released_ha))
        for cat in CATEGORIES:
            v = t.released_by_category_ha[cat.value]
            self.labels[cat.value].setText(self.hectares_text(v) + pct(v))
        self.labels["remaining"].setText(self.hectares_text(t.remaining_ha) + pct(t.remaining_ha))
        self.labels["devices"].setText("   ".join(f"{k} {self.locale.toString(v)}" for k, v in t.devices.items()))
        self.show_not_counted(engine.not_counted())
        self.devices_plot.clear()
        names = list(t.devices)
        self.devices_plot.addItem(pg.BarGraphItem(x=np.arange(len(names)), height=list(t.devices.values()), width=0.6,
                                                  brush=(150, 40, 40)))
        self.devices_plot.getAxis("bottom").setTicks([list(enumerate(names))])
        self.refresh_groups()

    def show_not_counted(self, left_out) -> None:
        parts = []
        if left_out.releases:
            parts.append(self.tr("{0} in {1} release(s) outside every hazard").format(
                self.hectares_text(left_out.ha), self.locale.toString(left_out.releases)))
        if left_out.hazards_skipped:
            parts.append(self.tr("{0} hazard(s) skipped (no usable polygon)").format(
                self.locale.toString(left_out.hazards_skipped)))
        self.not_counted.setText("; ".join(parts))
        self.not_counted_label.setVisible(bool(parts))
        self.not_counted.setVisible(bool(parts))

    def refresh_groups(self) -> None:
        field = self.group_by.currentData()
        self.groups.setSortingEnabled(False)
        if not field or self.project is None:
            self.groups.setRowCount(0)
            self.groups.setColumnCount(0)
            return
        engine = self.project.engine
        if field not in self._group_rows:  # which rows are in which group: kept until hazards change
            self._group_rows[field] = group_members(engine.hazards.attributes[field], engine.alive)
        groups = {k: engine.totals(rows) for k, rows in self._group_rows[field].items()}
        heads = [field] + [two_lines(h) for h in (self.tr("Hazards"), self.tr("Area ha"), self.tr("Released ha"),
                                                  self.tr("Remaining ha"), self.tr("% released"))] \
            + list(next(iter(groups.values())).devices if groups else [])
        self.groups.setColumnCount(len(heads))
        self.groups.setHorizontalHeaderLabels(heads)
        self.groups.setRowCount(len(groups))
        for i, (key, g) in enumerate(groups.items()):
            values = [key, g.hazards, g.total_ha, g.released_ha, g.remaining_ha, g.percent_released, *g.devices.values()]
            for j, v in enumerate(values):
                if isinstance(v, str):
                    item = QTableWidgetItem(v)
                else:  # figures in the locale's format (as in the hazard table), sorted by value
                    decimals = 1 if j == 5 else 2
                    text = self.locale.toString(float(v), "f", decimals) if isinstance(v, float) \
                        else self.locale.toString(int(v))
                    item = _Figure(text, float(v))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.groups.setItem(i, j, item)
        self.groups.setSortingEnabled(True)
        fit_columns(self.groups)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        label = self.not_counted
        if label.isVisible() and label.width() > 0:
            label.setMinimumHeight(label.heightForWidth(label.width()))

    def wanted_size(self) -> QSize:
        """The size that shows every figure, every column of the group table and both charts
        without scrolling."""
        table = self.groups
        columns = sum(table.columnWidth(j) for j in range(table.columnCount()))
        table_width = columns + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins()
        hint = self.minimumSizeHint()
        return QSize(max(hint.width(), table_width + margins.left() + margins.right()), hint.height())

    def refresh_timeline(self, changed: set[str] | None = None) -> None:
        import datetime as dt

        self.time_plot.clear()
        series = released_over_time(self.project, self._timeline_cache, changed)
        if not series:
            return
        xs, ys = [], []
        total = 0.0
        for day, ha in series:
            try:
                stamp = dt.datetime.fromisoformat(day).replace(tzinfo=dt.UTC).timestamp()
            except ValueError:
                continue
            total += ha
            xs.append(stamp)
            ys.append(total)
        self.time_plot.plot(xs, ys, pen=pg.mkPen(palette.RELEASE["cleared"][:3], width=2), stepMode=None)
        self.timeline = list(zip(xs, ys, strict=True))
