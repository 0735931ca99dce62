"""The hazard table: a Qt item model over the project's tally engine, sortable and filterable."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QStyle, QTableView, QVBoxLayout, QWidget

from minedesk.core.mapping import DISTRICT_NAMES, NAME_NAMES, cell_text, detect_column
from minedesk.core.model import CATEGORIES
from minedesk.core.tally import percent_released, remaining_ha

SORT_ROLE = Qt.ItemDataRole.UserRole


def two_lines(heading: str) -> str:
    """A column heading broken at the space nearest its middle ("Released ha" over two lines),
    so that a column is about as wide as its figures, in every language."""
    spaces = [i for i, ch in enumerate(heading) if ch == " "]
    if not spaces:
        return heading
    i = min(spaces, key=lambda i: abs(len(heading) - 2 * i))
    return heading[:i] + "\n" + heading[i + 1:]


def fit_columns(view) -> None:
    """Each column of a table as wide as its values or the longer line of its heading. (Qt's
    resizeColumnsToContents keeps room for a sort arrow beside every heading: a third wider.)"""
    header = view.horizontalHeader()
    model = view.model()
    margin = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 6
    for j in range(model.columnCount()):
        head = str(model.headerData(j, Qt.Orientation.Horizontal) or "")
        text_width = max(header.fontMetrics().horizontalAdvance(line) for line in head.split("\n"))
        view.setColumnWidth(j, max(view.sizeHintForColumn(j), text_width + margin))


class HazardTableModel(QAbstractTableModel):
    """One row per hazard: id, type, status, a grouping column, hectares and devices."""

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        engine = project.engine
        attrs = engine.hazards.attributes
        self.group_column = detect_column(attrs, (*DISTRICT_NAMES, "OPERATOR"))
        self.name_column = detect_column(attrs, NAME_NAMES)
        self.columns = ["id"] + (["name"] if self.name_column else []) + ["type", "status"] + \
            (["group"] if self.group_column else []) + \
            ["area", *[c.value for c in CATEGORIES], "remaining", "percent"] + list(engine.device_names)
        self._rows = np.flatnonzero(engine.alive)
        self._position = {int(r): i for i, r in enumerate(self._rows)}
        self._search: dict[int, str] = {}  # engine row -> its text in every column, for the filter
        self.locale = QLocale()
        self.locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # 1,061,824.78: grouped, even in C
        project.subscribe(self._project_changed)

    def detach(self) -> None:
        """Stop following the project's edits (the table shows another project now)."""
        self.project.unsubscribe(self._project_changed)

    def headers(self) -> dict:
        return {"id": self.tr("Hazard"), "type": self.tr("Type"), "status": self.tr("Status"),
                "group": self.group_column.title() if self.group_column else "", "name": self.tr("Name"),
                "area": self.tr("Area ha"),
                "cleared": self.tr("Cleared ha"), "reduced": self.tr("Reduced ha"), "cancelled": self.tr("Cancelled ha"),
                "remaining": self.tr("Remaining ha"), "percent": self.tr("% released")}

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def engine_row(self, model_row: int) -> int:
        return int(self._rows[model_row])

    def model_row(self, engine_row: int) -> int | None:
        return self._position.get(int(engine_row))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            key = self.columns[section]
            return two_lines(self.headers().get(key, key))  # "Cleared ha" over two lines: narrow columns
        return None

    def value(self, row: int, key: str):
        e = self.project.engine
        attrs = e.hazards.attributes
        if key == "id":
            return str(e.hazards.ids[row])
        if key == "type":
            return attrs.get("hazard_type", [None] * (row + 1))[row]
        if key == "status":
            return attrs.get("status", [None] * (row + 1))[row]
        if key == "group":
            return attrs[self.group_column][row]
        if key == "name":
            return cell_text(attrs[self.name_column][row])
        if key == "area":
            return float(e.area_ha[row])
        if key in ("cleared", "reduced", "cancelled"):
            return float(e.released_ha[row, [c.value for c in CATEGORIES].index(key)])
        released = float(e.released_ha[row].sum())
        if key == "remaining":
            return remaining_ha(e.area_ha[row], released)
        if key == "percent":
            return percent_released(released, e.area_ha[row])
        return int(e.devices[row, list(e.device_names).index(key)])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.engine_row(index.row())
        key = self.columns[index.column()]
        value = self.value(row, key)
        if role == SORT_ROLE:
            return value if value is not None else ""
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            if isinstance(value, float):  # in the user's locale: 1.026,78 in Baku, 1,026.78 in London
                return self.locale.toString(value, "f", 1 if key == "percent" else 2)
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("id", "name", "type", "status", "group"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def search_text(self, model_row: int) -> str:
        """The hazard's id and every text it carries (name, district, type, status and any other
        column, shown or not), lower case: what the filter looks in."""
        row = self.engine_row(model_row)
        text = self._search.get(row)
        if text is None:
            e = self.project.engine
            values = [str(e.hazards.ids[row])] + [cell_text(column[row]) for column in e.hazards.attributes.values()]
            text = self._search[row] = "\n".join(v for v in values if v).casefold()
        return text

    def _project_changed(self, event) -> None:
        if event.hazards_reshaped:
            self._search.clear()
        for r in event.hazard_rows:
            self._search.pop(r, None)
        if event.hazards_reshaped:  # hazards came or went: rebuild the row list
            self.beginResetModel()
            self._rows = np.flatnonzero(self.project.engine.alive)
            self._position = {int(r): i for i, r in enumerate(self._rows)}
            self.endResetModel()
            return
        for r in event.hazard_rows:
            i = self.model_row(r)
            if i is not None:
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))


class HazardFilterModel(QSortFilterProxyModel):
    """Sort by the numbers (not their text); the filter finds its words in any text of a hazard
    (every column of the file, shown or not), each word anywhere, in any case."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.words: list[str] = []

    def set_filter_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words = text.casefold().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        if not self.words:
            return True
        text = self.sourceModel().search_text(source_row)
        return all(word in text for word in self.words)


class HazardTable(QWidget):
    """The Hazards dock: a filter line over the sortable table of every hazard. Rows selected here
    are announced (``rowsSelected``, rows of the tally engine); the selection made elsewhere is
    shown with :meth:`show_selection`."""

    rowsSelected = Signal(object)  # set of tally-engine rows

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model: HazardTableModel | None = None
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter hazards (id, district, type ...)"))
        self.view = QTableView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # compact rows
        self.view.verticalHeader().hide()
        self.proxy = HazardFilterModel(self)
        self.filter.textChanged.connect(self.proxy.set_filter_text)

    def set_project(self, project) -> None:
        """One row per hazard of ``project``; the model of the project before lets go of it."""
        old, self.model = self.model, HazardTableModel(project)
        self.proxy.setSourceModel(self.model)
        if old is None:  # the first project: the view gets its model (and selection model) once
            self.view.setModel(self.proxy)
            self.view.selectionModel().selectionChanged.connect(self._selected_here)
        else:
            old.detach()
        fit_columns(self.view)

    def _selected_here(self, *args) -> None:
        rows = {self.model.engine_row(self.proxy.mapToSource(i).row()) for i in self.view.selectionModel().selectedRows()}
        self.rowsSelected.emit(rows)

    def show_selection(self, rows, source=None) -> None:
        """Select (and scroll to) these engine rows, without announcing it: they were selected elsewhere."""
        if source is self or self.model is None:
            return
        sel = self.view.selectionModel()
        sel.blockSignals(True)
        sel.clearSelection()
        for r in rows:
            i = self.model.model_row(r)
            if i is not None:
                index = self.proxy.mapFromSource(self.model.index(i, 0))
                sel.select(index, sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
                self.view.scrollTo(index)
        sel.blockSignals(False)
        self.view.viewport().update()
