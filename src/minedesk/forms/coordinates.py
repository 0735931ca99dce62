"""*New polygon from coordinates...*: a table of turning points and legs, typed or pasted, read
by the core (:mod:`minedesk.core.outline`) as the operator types.

Written once for the application (PySide6) and the QGIS plugin (PyQt5): Qt comes only from
:mod:`minedesk.forms.qt`. The dialog reads and shows; what is done with the polygon (a command
on the project, a feature in a layer's edit buffer) is the caller's. ``previewed`` gives each
new reading to whoever draws it on the map.
"""

from __future__ import annotations

import itertools
import math

from minedesk.core import coords
from minedesk.core.outline import Outline, Settings, apply_setting, header_roles, read_outline, reason, row_text
from minedesk.forms.qt import (
    QAbstractItemView,
    QBrush,
    QCheckBox,
    QColor,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFont,
    QFormLayout,
    QGridLayout,
    QGuiApplication,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPainter,
    QPainterPath,
    QPen,
    QPointF,
    QPushButton,
    QRectF,
    QSizePolicy,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from minedesk.report.taskorder import printed_tp_headers

BAD = QColor(255, 214, 214)
SHOWN = QColor(240, 240, 240)
CROSSING = QColor(200, 0, 0)
OUTLINE = QColor(20, 60, 160)
FORM_ROLES = ("dd", "dm", "dms", "utm", "mgrs", "gk", "leg")
CATEGORIES = ("cleared", "reduced", "cancelled")



def _said(text) -> str:
    """A reason of the core (a template and its parameters) in the form's language."""
    if hasattr(text, "render"):
        return text.render(lambda t: QCoreApplication.translate("core", t))
    return text or ""

class OutlineSketch(QWidget):
    """The outline as read, north up: turning points numbered, the misclosure dashed, crossings
    in red; the hazard a release is clipped to in grey."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.outline: Outline | None = None
        self.context: list[list[tuple[float, float]]] = []
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_outline(self, outline: Outline | None, context=None) -> None:
        self.outline = outline
        if context is not None:
            self.context = context
        self.update()

    def _points(self):
        o = self.outline
        pts = [(r.lon, r.lat) for r in (o.rows if o else []) if r.lon is not None]
        return pts

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(255, 255, 255))
        pts = self._points()
        every = pts + [q for ring in self.context for q in ring]
        if not every:
            p.setPen(QColor(120, 120, 120))
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.tr("The polygon appears here"))
            return
        lat0 = sum(q[1] for q in every) / len(every)
        k = math.cos(math.radians(lat0))
        xs = [q[0] * k for q in every]
        ys = [q[1] for q in every]
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-7)
        margin = 18.0
        scale = min(self.width() - 2 * margin, self.height() - 2 * margin) / span
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2

        def at(lon, lat):
            return QPointF(self.width() / 2 + (lon * k - cx) * scale, self.height() / 2 - (lat - cy) * scale)

        for ring in self.context:
            path = QPainterPath(at(*ring[0]))
            for q in ring[1:]:
                path.lineTo(at(*q))
            path.closeSubpath()
            p.setPen(QPen(QColor(150, 150, 150), 1.0))
            p.setBrush(QBrush(QColor(225, 225, 225)))
            p.drawPath(path)
        o = self.outline
        ring = o.ring if o else []
        crossed = bool(o and o.crossings)
        colour = CROSSING if crossed else OUTLINE
        walked = [at(*q) for q in pts]
        if len(walked) >= 2:  # the rows in order, the approach leg from a benchmark included
            p.setPen(QPen(QColor(colour), 1.0, Qt.PenStyle.DotLine))
            for a, b in itertools.pairwise(walked):
                p.drawLine(a, b)
        if len(ring) >= 2:
            path = QPainterPath(at(*ring[0]))
            for q in ring[1:]:
                path.lineTo(at(*q))
            if o.misclosure_m is None:
                path.closeSubpath()
            fill = QColor(colour)
            fill.setAlpha(50)
            p.setPen(QPen(colour, 2.0))
            p.setBrush(QBrush(fill))
            p.drawPath(path)
            if o.misclosure_m is not None:  # the closing error, from the last leg's end to TP 1
                end = [r for r in o.rows if r.lon is not None][-1]
                p.setPen(QPen(QColor(230, 120, 0), 2.0, Qt.PenStyle.DashLine))
                p.drawLine(at(end.lon, end.lat), at(*ring[0]))
        p.setFont(QFont(p.font().family(), 8))
        for n, q in enumerate(ring, start=1):
            c = at(*q)
            p.setPen(QPen(colour, 1.0))
            p.setBrush(QBrush(QColor(255, 255, 255)))
            p.drawEllipse(c, 3.0, 3.0)
            p.setPen(QColor(0, 0, 0))
            p.drawText(c + QPointF(5, -4), str(n))
        bm = next((r for r in (o.rows if o else []) if r.benchmark and r.lon is not None), None)
        if bm is not None:  # the benchmark: a triangle
            c = at(bm.lon, bm.lat)
            tri = QPainterPath(c + QPointF(0, -6))
            tri.lineTo(c + QPointF(5, 4))
            tri.lineTo(c + QPointF(-5, 4))
            tri.closeSubpath()
            p.setPen(QPen(QColor(0, 0, 0), 1.0))
            p.setBrush(QBrush(QColor(255, 200, 0)))
            p.drawPath(tri)
            p.drawText(c + QPointF(7, 4), "BM")
        for q in (o.crossings if o else []):
            c = at(*q)
            p.setPen(QPen(CROSSING, 2.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(c, 7.0, 7.0)
            p.drawLine(c + QPointF(-5, -5), c + QPointF(5, 5))
            p.drawLine(c + QPointF(-5, 5), c + QPointF(5, -5))
        # north arrow and a scale bar of a round length
        p.setPen(QPen(QColor(60, 60, 60), 1.5))
        p.drawLine(QPointF(12, 30), QPointF(12, 12))
        p.drawText(QPointF(8, 42), "N")
        metres_per_px = 111_320.0 / scale
        target = metres_per_px * 80
        bar = next((v for v in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000)
                    if v >= target / 2), 100_000)
        px = bar / metres_per_px
        y = self.height() - 10.0
        p.drawLine(QPointF(12, y), QPointF(12 + px, y))
        p.drawLine(QPointF(12, y - 4), QPointF(12, y))
        p.drawLine(QPointF(12 + px, y - 4), QPointF(12 + px, y))
        p.drawText(QPointF(16 + px, y), f"{bar:g} m" if bar < 1000 else f"{bar / 1000:g} km")


class PointsTable(QTableWidget):
    """The rows as typed; Ctrl+V pastes lines (tab-separated cells from a spreadsheet)."""

    pasted = Signal(str)

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.StandardKey.Paste):
            self.pasted.emit(QGuiApplication.clipboard().text())
            return
        if event.matches(QKeySequence.StandardKey.Delete):
            for item in self.selectedItems():
                if item.flags() & Qt.ItemFlag.ItemIsEditable:
                    item.setText("")
            return
        super().keyPressEvent(event)


class CoordinatesDialog(QDialog):
    """Type or paste turning points and legs; see the polygon, its misclosure and each leg.

    Parameters
    ----------
    targets : list of (key, text)
        What the polygon becomes: ``("hazard", "New hazard")``, ``("release", "Release of H-1")``;
        the first is chosen.
    layers : list of str, optional
        Layers to add it to (the QGIS plugin): a combo box, its index in :meth:`values`.
    context : dict, optional
        ``{key: [ring, ...]}`` lon/lat rings drawn in grey behind the outline for that target
        (the hazard a release is clipped to).
    """

    previewed = Signal(object)  # the Outline after each reading

    def __init__(self, targets=None, parent=None, layers=None, context=None, rows: int = 12):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New polygon from coordinates"))
        self.targets = list(targets or [("hazard", self.tr("New hazard"))])
        self.context = dict(context or {})
        self.outline: Outline | None = None
        self.settings_problem: str | None = None
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.target_combo = QComboBox()
        for key, text in self.targets:
            self.target_combo.addItem(text, key)
        self.target_combo.currentIndexChanged.connect(self._target_changed)
        top.addRow(self.tr("Make"), self.target_combo)
        self.layer_combo = None
        if layers:
            self.layer_combo = QComboBox()
            self.layer_combo.addItems([str(n) for n in layers])
            top.addRow(self.tr("Add to layer"), self.layer_combo)
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText("AGD-CHA-00042")
        self.id_edit.textChanged.connect(self._update_ok)
        self.id_label = QLabel(self.tr("Hazard id"))
        # the hazard's fields and the release's in boxes of their own: a hidden box leaves no gap
        self.hazard_box, self.release_box = QWidget(), QWidget()
        hazard_form, release_form = QFormLayout(self.hazard_box), QFormLayout(self.release_box)
        for form in (hazard_form, release_form):
            form.setContentsMargins(0, 0, 0, 0)
        hazard_form.addRow(self.id_label, self.id_edit)
        self.type_combo = QComboBox()
        self.type_combo.addItems(["", "CHA", "SHA"])
        self.type_label = QLabel(self.tr("Hazard type"))
        hazard_form.addRow(self.type_label, self.type_combo)
        self.category_combo = QComboBox()
        for key, text in zip(CATEGORIES, (self.tr("cleared"), self.tr("reduced"), self.tr("cancelled")), strict=True):
            self.category_combo.addItem(text, key)
        self.category_label = QLabel(self.tr("Category"))
        release_form.addRow(self.category_label, self.category_combo)
        top.addRow(self.hazard_box)
        top.addRow(self.release_box)
        labels = [top.labelForField(w) for w in (self.target_combo, self.layer_combo) if w is not None]
        labels += [self.id_label, self.type_label, self.category_label]
        width = max(label.sizeHint().width() for label in labels if label is not None)
        for label in labels:  # the three forms' fields line up
            if label is not None:
                label.setMinimumWidth(width)
        layout.addLayout(top)

        how = QGridLayout()
        self.reference_combo = QComboBox()
        for key, text in (("true", self.tr("true north")), ("grid", self.tr("grid north (UTM)")),
                          ("magnetic", self.tr("magnetic north"))):
            self.reference_combo.addItem(text, key)
        self.declination_edit = QLineEdit()
        self.declination_edit.setPlaceholderText(self.tr("e.g. 6.5E"))
        self.unit_combo = QComboBox()
        for key, text in ((None, self.tr("degrees")), (6400, self.tr("mils (6400)")), (6000, self.tr("mils (6000)"))):
            self.unit_combo.addItem(text, key)
        self.zone_edit = QLineEdit()
        self.zone_edit.setPlaceholderText(self.tr("e.g. 38N"))
        self.tolerance_spin = QDoubleSpinBox()
        self.tolerance_spin.setRange(1, 1_000_000)
        self.tolerance_spin.setDecimals(0)
        self.tolerance_spin.setValue(300)
        self.tolerance_spin.setPrefix("1 : ")
        for col, (label, widget) in enumerate(((self.tr("Bearings from"), self.reference_combo),
                                               (self.tr("Declination"), self.declination_edit),
                                               (self.tr("Angles in"), self.unit_combo),
                                               (self.tr("UTM zone of bare easting, northing"), self.zone_edit),
                                               (self.tr("Misclosure tolerance"), self.tolerance_spin))):
            how.addWidget(QLabel(label), 0, col)
            how.addWidget(widget, 1, col)
        for w in (self.reference_combo, self.unit_combo):
            w.currentIndexChanged.connect(self.schedule)
        for w in (self.declination_edit, self.zone_edit):
            w.textChanged.connect(self.schedule)
        self.tolerance_spin.valueChanged.connect(self.schedule)
        layout.addLayout(how)

        self.roles_row = QHBoxLayout()
        self.role_combos: list[QComboBox] = []
        roles_box = QHBoxLayout()
        roles_box.addWidget(QLabel(self.tr("Columns:")))
        roles_box.addLayout(self.roles_row)
        roles_box.addStretch(1)
        self.paste_button = QPushButton(self.tr("Paste rows"))
        self.paste_button.clicked.connect(lambda: self.paste_text(QGuiApplication.clipboard().text()))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        roles_box.addWidget(self.paste_button)
        roles_box.addWidget(self.clear_button)
        layout.addLayout(roles_box)

        middle = QHBoxLayout()
        self.table = PointsTable(rows, 0)
        self.table.pasted.connect(self.paste_text)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.table.itemChanged.connect(self._item_changed)
        middle.addWidget(self.table, 3)
        self.sketch = OutlineSketch()
        middle.addWidget(self.sketch, 2)
        layout.addLayout(middle, 1)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.misclosure_label = QLabel()
        bold = QFont(self.misclosure_label.font())
        bold.setBold(True)
        self.misclosure_label.setFont(bold)
        self.misclosure_label.setWordWrap(True)
        self.accept_box = QCheckBox(self.tr("I have checked the bearings and distances: accept this misclosure"))
        self.accept_box.toggled.connect(self._update_ok)
        self.crossing_label = QLabel()
        self.crossing_label.setWordWrap(True)
        self.crossing_label.setStyleSheet("color: #c80000")
        self.repair_box = QCheckBox(self.tr("Repair: split the polygon where it crosses itself"))
        self.repair_box.toggled.connect(self._update_ok)
        for w in (self.summary_label, self.misclosure_label, self.accept_box, self.crossing_label, self.repair_box):
            layout.addWidget(w)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        self._set_input_columns(["label", "detect"])
        self._target_changed()
        self.resize(1180, 660)
        self.refresh()

    # ------------------------------------------------------------------ columns and rows
    def _role_items(self):
        return [("detect", self.tr("Detect")), ("label", self.tr("Label")),
                ("dd", self.tr("Decimal degrees")), ("dm", self.tr("Degrees, minutes")),
                ("dms", self.tr("Degrees, minutes, seconds")), ("utm", self.tr("UTM")), ("mgrs", self.tr("MGRS")),
                ("gk", self.tr("Gauss-Krüger (Pulkovo 1942)")), ("leg", self.tr("Leg (bearing, distance)")),
                ("lat", self.tr("Latitude")), ("lon", self.tr("Longitude")), ("zone", self.tr("UTM zone")),
                ("easting", self.tr("Easting")), ("northing", self.tr("Northing")),
                ("bearing", self.tr("Bearing")), ("grid_bearing", self.tr("Grid bearing")),
                ("distance", self.tr("Distance (m)")), ("slope", self.tr("Slope angle")), ("ignore", self.tr("Ignore"))]

    def _shown_headers(self) -> list[str]:
        return [self.tr("Form"), self.tr("Zone"), self.tr("Bearing (true)"), self.tr("Distance (m)"), self.tr("Problem")]

    @property
    def input_columns(self) -> int:
        return len(self.role_combos)

    def roles(self) -> list[str]:
        return [c.currentData() for c in self.role_combos]

    def set_roles(self, roles: list[str]) -> None:
        if len(roles) != self.input_columns:
            self._set_input_columns(roles)
            return
        for combo, role in zip(self.role_combos, roles, strict=True):
            combo.setCurrentIndex(max(combo.findData(role), 0))
        self.schedule()

    def _set_input_columns(self, roles: list[str]) -> None:
        """As many input columns as roles (cells kept), then the columns MineDesk fills."""
        old = self._cells()
        while self.role_combos:
            combo = self.role_combos.pop()
            self.roles_row.removeWidget(combo)
            combo.deleteLater()
        for role in roles:
            combo = QComboBox()
            for key, text in self._role_items():
                combo.addItem(text, key)
            combo.setCurrentIndex(max(combo.findData(role), 0))
            combo.currentIndexChanged.connect(self._roles_changed)
            self.roles_row.addWidget(combo)
            self.role_combos.append(combo)
        self._busy = True
        n = len(roles)
        self.table.setColumnCount(n + 5)
        self.table.setHorizontalHeaderLabels(self._headers())
        for r in range(self.table.rowCount()):
            for c in range(n):
                self._set_cell(r, c, old[r][c] if r < len(old) and c < len(old[r]) else "")
            for c in range(n, n + 5):
                self._set_shown(r, c, "")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for c in range(n):
            self.table.setColumnWidth(c, 60 if roles[c] == "label" else 170)
        for c in range(n, n + 4):  # what MineDesk fills: as wide as its header or its text
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self._busy = False
        self.schedule()

    def _headers(self) -> list[str]:
        items = dict(self._role_items())
        names = [self.tr("Position or leg") if r == "detect" else items.get(r, r) for r in self.roles()]
        return names + self._shown_headers()

    def _roles_changed(self, *args) -> None:
        self.table.setHorizontalHeaderLabels(self._headers())
        self.schedule()

    def _set_cell(self, r: int, c: int, text: str) -> None:
        item = self.table.item(r, c)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(r, c, item)
        item.setText(text)

    def _set_shown(self, r: int, c: int, text: str, tip: str = "") -> None:
        item = self.table.item(r, c)
        if item is None:
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            item.setBackground(QBrush(SHOWN))
            self.table.setItem(r, c, item)
        item.setText(text)
        item.setToolTip(tip)

    def _cells(self) -> list[list[str]]:
        n = self.input_columns
        out = []
        for r in range(self.table.rowCount()):
            out.append([(self.table.item(r, c).text() if self.table.item(r, c) else "") for c in range(n)])
        return out

    def set_rows(self, rows) -> None:
        """Rows as lists of cells, or as text lines (cells split at tabs)."""
        rows = [r.split("\t") if isinstance(r, str) else [str(c) for c in r] for r in rows]
        width = max([len(r) for r in rows] + [self.input_columns])
        if width > self.input_columns:
            self._set_input_columns(self.roles() + ["detect"] * (width - self.input_columns))
        self._busy = True
        self.table.setRowCount(max(len(rows) + 3, 12))
        n = self.input_columns
        for r in range(self.table.rowCount()):
            cells = rows[r] if r < len(rows) else []
            for c in range(n):
                self._set_cell(r, c, cells[c] if c < len(cells) else "")
            for c in range(n, n + 5):
                self._set_shown(r, c, "")
        self._busy = False
        self.refresh()

    def paste_text(self, text: str) -> None:
        """Lines pasted from a spreadsheet, a PDF or a text file, from the current row on. A header
        row (the task order's own: TP, Latitude, Longitude ...) sets the columns' roles."""
        lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            return
        rows = [line.split("\t") for line in lines]
        roles = header_roles(rows[0], printed_tp_headers())
        if roles is not None:  # the columns named: each gets its role, the header is not a row
            self._set_input_columns(roles)
            self.set_rows(rows[1:])
            return
        start = max(self.table.currentRow(), 0)
        self.set_rows(self._cells()[:start] + rows)

    def clear(self) -> None:
        self._set_input_columns(["label", "detect"])
        self.set_rows([])

    def lines(self) -> list[str]:
        roles = [("detect" if r in FORM_ROLES else r) for r in self.roles()]
        return [row_text(cells, roles) for cells in self._cells()]

    def form(self) -> str | None:
        return next((r for r in self.roles() if r in FORM_ROLES), None)

    # ------------------------------------------------------------------ reading
    def settings(self) -> Settings:
        """The settings from the fields above the table; a field that cannot be read is said below."""
        s = Settings(reference=self.reference_combo.currentData(), mils=self.unit_combo.currentData(),
                     tolerance=float(self.tolerance_spin.value()))
        self.settings_problem = None
        for key, edit in (("declination", self.declination_edit), ("zone", self.zone_edit)):
            text = edit.text().strip()
            if text:
                try:
                    s = apply_setting(f"{key} {text}", s)
                except ValueError as err:
                    self.settings_problem = _said(reason(err))
        return s

    def schedule(self, *args) -> None:
        if not self._busy:
            self._timer.start()

    def _item_changed(self, item) -> None:
        if not self._busy and item.column() < self.input_columns:
            self.schedule()

    def refresh(self) -> Outline:
        """Read the rows now and show the result (the dialog does it by itself as one types)."""
        self._timer.stop()
        settings = self.settings()
        form = self.form()
        self.outline = outline = read_outline(self.lines(), settings, form)
        self._busy = True
        n = self.input_columns
        forms = {"dd": "DD", "dm": "DM", "dms": "DMS", "utm": "UTM", "mgrs": "MGRS", "gk": "GK", "leg": self.tr("leg")}
        for row in outline.rows:
            r = row.number - 1
            if r >= self.table.rowCount():
                break
            form_text = forms.get(row.form, "")
            if row.kind == "setting":
                form_text = self.tr("setting")
            if row.benchmark:
                form_text += " · BM"
            bearing = f"{row.bearing:.1f}°" if row.bearing is not None else ""
            distance = f"{row.distance:,.1f}" if row.distance is not None else ""
            self._set_shown(r, n, form_text)
            self._set_shown(r, n + 1, row.zone)
            self._set_shown(r, n + 2, bearing)
            self._set_shown(r, n + 3, distance)
            why = _said(row.problem)
            self._set_shown(r, n + 4, why, why)
            colour = BAD if row.problem else None
            for c in range(n + 5):
                item = self.table.item(r, c)
                if item is None:
                    continue
                if colour is not None:
                    item.setBackground(QBrush(colour))
                    item.setToolTip(why)
                else:
                    item.setBackground(QBrush(SHOWN) if c >= n else QBrush())
                    if c < n:
                        item.setToolTip("")
        self._busy = False
        key = self.target_combo.currentData()
        self.sketch.set_outline(outline, self.context.get(key, []))
        self._show_state(outline)
        self.previewed.emit(outline)
        return outline

    def _show_state(self, outline: Outline) -> None:
        bad = outline.problems
        points = len(outline.ring)
        parts = [self.tr("{0} turning point(s)").format(points)]
        if bad:
            parts.append(self.tr("{0} row(s) cannot be read (in red; the reason is in the row): nothing is made "
                                 "until they are corrected").format(len(bad)))
            parts.append(self.tr("row {0}: {1}").format(bad[0].number, _said(bad[0].problem)))
        if self.settings_problem:
            parts.append(self.settings_problem)
        zones = sorted({r.zone for r in outline.rows if r.zone})
        if len(zones) > 1:
            parts.append(self.tr("rows in zones {0}").format(", ".join(zones)))
        self.summary_label.setText(" · ".join(parts))
        self.summary_label.setStyleSheet("color: #c80000" if bad or self.settings_problem else "")
        if outline.misclosure_m is None:
            text = self.tr("Closed by a straight edge from the last point to TP 1") if points >= 3 else ""
        elif outline.ratio == math.inf:
            text = self.tr("Misclosure 0.00 m (exact) over {0} m").format(f"{outline.length_m:,.1f}")
        else:
            text = self.tr("Misclosure {0} m (1 : {1}) over {2} m").format(
                f"{outline.misclosure_m:,.2f}", f"{outline.ratio:,.0f}", f"{outline.length_m:,.1f}")
        if outline.over_tolerance:
            text += " " + self.tr("— worse than the tolerance 1 : {0}").format(f"{outline.tolerance:,.0f}")
        self.misclosure_label.setText(text)
        self.misclosure_label.setStyleSheet("color: #c86400" if outline.over_tolerance else "")
        self.accept_box.setVisible(outline.over_tolerance)
        if outline.crossings:
            where = "; ".join(coords.format_dd(x, y) for x, y in outline.crossings[:3])
            self.crossing_label.setText(self.tr("The polygon crosses itself at {0} (red cross)").format(where))
        self.crossing_label.setVisible(bool(outline.crossings))
        self.repair_box.setVisible(bool(outline.crossings))
        self._update_ok()

    def problem(self) -> str | None:
        """Why OK is not possible now (None when it is)."""
        o = self.outline
        if o is None:
            return self.tr("nothing read yet")
        if o.problems or self.settings_problem:
            return self.tr("correct the rows in red")
        if len(o.ring) < 3:
            return self.tr("a polygon needs at least three turning points")
        if o.over_tolerance and not self.accept_box.isChecked():
            return self.tr("accept the misclosure, or correct the legs")
        if o.crossings and not self.repair_box.isChecked():
            return self.tr("put the turning points in order, or repair the polygon")
        if self.target_combo.currentData() == "hazard" and not self.id_edit.text().strip():
            return self.tr("give the new hazard an id")
        return None

    def _update_ok(self, *args) -> None:
        why = self.problem()
        self.ok_button.setEnabled(why is None)
        self.ok_button.setToolTip(why or "")

    def _target_changed(self, *args) -> None:
        hazard = self.target_combo.currentData() == "hazard"
        self.hazard_box.setVisible(hazard)
        self.release_box.setVisible(not hazard)
        self.ok_button.setText(self.tr("Add hazard") if hazard else self.tr("Add release"))
        if self.outline is not None:
            self.sketch.set_outline(self.outline, self.context.get(self.target_combo.currentData(), []))
        self._update_ok()

    # ------------------------------------------------------------------ result
    def polygon(self):
        """The polygon in lon/lat (WGS84), repaired when asked; InputError otherwise (the core's rule)."""
        o = self.outline or self.refresh()
        return o.polygon(repair=self.repair_box.isChecked(), accept_misclosure=self.accept_box.isChecked())

    def values(self) -> dict:
        target = self.target_combo.currentData()
        out = {"target": target}
        if target == "hazard":
            out.update(hazard_id=self.id_edit.text().strip(), hazard_type=self.type_combo.currentText() or None)
        else:
            out.update(category=self.category_combo.currentData())
        if self.layer_combo is not None:
            out["layer"] = self.layer_combo.currentIndex()
        return out

    def accept(self) -> None:
        self.refresh()
        if self.problem() is None:
            super().accept()
