"""The import assistant: when a hazard file needs a choice (its layer, its CRS, its text encoding,
the release file and what its columns and values mean), one dialog asks for it with what was
detected filled in and a preview, and gives back the ``reading`` dict the window opens the file
with (as ``minedesk tally`` takes its options). No rules live here: layers, CRS, columns and
category words are asked of :mod:`minedesk.io` and :mod:`minedesk.core.mapping`."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minedesk.app.messages import error_text
from minedesk.core.errors import InputError
from minedesk.core.mapping import (
    CATEGORY_NAMES,
    HAZARD_ID_NAMES,
    RELEASE_LINK_NAMES,
    FieldMapping,
    category_of,
    cell_text,
    detect_column,
    parse_category,
)
from minedesk.core.model import CATEGORIES

# The text encodings offered, the usual ones of the region first (latin-1 by the name GDAL knows:
# it takes "latin-1" for none and reads UTF-8).
ENCODINGS = ("UTF-8", "cp1251", "cp1254", "ISO-8859-1")
# Reading problems a choice in the assistant can fix (the start of InputError.problem).
FIXABLE = ("holds several layers", "has no coordinate reference system", "has no release category column",
           "text cannot be decoded", "text is not in the encoding")
SETTINGS_KEY = "import_assistant/choices"
PREVIEW_ROWS = 5


def can_help(path: str, problem: str) -> bool:
    """Whether opening ``path`` failed for a reason the assistant asks about (a plain file only)."""
    from minedesk.store import is_project

    return bool(problem) and problem.startswith(FIXABLE) and not is_project(path)


def remembered(settings: QSettings, path: str) -> dict:
    """The choices made for ``path`` last time (empty when none)."""
    try:
        return json.loads(str(settings.value(SETTINGS_KEY, "{}") or "{}")).get(str(Path(path).resolve()), {})
    except (ValueError, AttributeError):
        return {}


def remember(settings: QSettings, path: str, choices: dict) -> None:
    try:
        every = json.loads(str(settings.value(SETTINGS_KEY, "{}") or "{}"))
    except ValueError:
        every = {}
    every[str(Path(path).resolve())] = choices
    settings.setValue(SETTINGS_KEY, json.dumps(every, ensure_ascii=False))


def choices_of(reading: dict | None) -> dict:
    """A ``reading`` dict (as the window and tally take it) as plain choices the dialog shows."""
    reading = reading or {}
    m = reading.get("mapping") or FieldMapping()
    return {"layer": reading.get("layer"), "crs": reading.get("crs"), "encoding": reading.get("encoding"),
            "releases": reading.get("releases"), "releases_layer": reading.get("releases_layer"),
            "hazard_id": m.hazard_id, "release_hazard_id": m.release_hazard_id, "no_link": m.no_link,
            "category_field": m.category_field, "category": m.category.value if m.category else None,
            "category_values": {k: v.value for k, v in m.category_values.items()}}


def reading_of(path: str, choices: dict) -> dict:
    """The ``reading`` dict of the choices (``releases`` None: no release file)."""
    mapping = FieldMapping(
        hazard_id=choices.get("hazard_id"), release_hazard_id=choices.get("release_hazard_id"),
        category_field=choices.get("category_field"),
        category=parse_category(choices["category"]) if choices.get("category") else None,
        category_values={k: parse_category(v) for k, v in (choices.get("category_values") or {}).items()},
        no_link=bool(choices.get("no_link")))
    reading = {"releases": choices.get("releases") or None, "mapping": mapping, "link_by_id": None}
    for key in ("layer", "releases_layer", "crs", "encoding"):
        if choices.get(key):
            reading[key] = choices[key]
    if reading["releases"] is None and reading.get("releases_layer"):
        reading["releases"] = path  # another layer of the hazard file
    return reading


def crs_choices(bounds, file_crs) -> list[tuple[str, str]]:
    """``(code, name)`` of the coordinate reference systems to offer, the likely ones first:
    WGS84, the UTM zones of the data's extent, Pulkovo 1942 Gauss-Kruger zones, then every
    geographic and projected CRS PROJ knows (EPSG), by code."""
    from pyproj import CRS, Transformer
    from pyproj.database import query_crs_info
    from pyproj.enums import PJType

    lons = []
    if bounds is not None:
        x0, y0, x1, y1 = bounds
        if -180 <= x0 <= x1 <= 180 and -90 <= y0 <= y1 <= 90:
            lons, lats = [x0, x1], [y0, y1]
        elif file_crs:
            try:
                lons, lats = Transformer.from_crs(CRS.from_user_input(file_crs), 4326, always_xy=True).transform(
                    [x0, x1], [y0, y1])
            except Exception:  # noqa: BLE001 - a CRS PROJ cannot convert: no zones to suggest
                lons = []
    first = [4326]
    if len(lons):
        north = (lats[0] + lats[1]) / 2 >= 0
        for zone in sorted({int((lon + 180) // 6) % 60 + 1 for lon in lons}):
            first.append((32600 if north else 32700) + zone)
        first += sorted({28400 + int(lon // 6) + 1 for lon in lons if 2 <= int(lon // 6) + 1 <= 32})
    else:
        first += list(range(28404, 28433))  # Pulkovo 1942 / Gauss-Kruger zones 4 to 32
    names = {int(i.code): i.name for i in query_crs_info(auth_name="EPSG", pj_types=[
        PJType.GEOGRAPHIC_2D_CRS, PJType.PROJECTED_CRS]) if i.code.isdigit() and not i.deprecated}
    seen, out = set(), []
    for code in [c for c in first if c in names] + sorted(names):
        if code not in seen:
            seen.add(code)
            out.append((f"EPSG:{code}", names[code]))
    return out


class ImportAssistant(QDialog):
    """Layer, CRS, encoding, release file and the meaning of its columns and values, with a
    preview; :meth:`reading` is what the window opens the file with once accepted."""

    def __init__(self, path: str, reading: dict | None = None, reason: str = "",
                 settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        from minedesk import io

        self.io = io
        self.path = str(path)
        self.settings = settings
        self.setWindowTitle(self.tr("Import assistant: {0}").format(Path(path).name))
        self.setMinimumWidth(760)
        given = choices_of(reading)
        before = remembered(settings, path) if settings is not None else {}
        self.choices = {k: v for k, v in given.items() if v} or before
        self.remembered = bool(before) and self.choices is before
        self._info: dict = {}
        self._release_info: dict = {}
        self._ready = False

        top = QVBoxLayout(self)
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))
        top.addWidget(self.reason)
        if self.remembered:
            top.addWidget(QLabel(self.tr("The choices made for this file last time are filled in.")))

        hazards = QGroupBox(self.tr("Hazards: {0}").format(Path(path).name))
        form = QFormLayout(hazards)
        self.layer = QComboBox()
        form.addRow(self.tr("Layer"), self.layer)
        self.crs = QComboBox()
        self.crs.setEditable(True)
        self.crs.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.crs.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.crs.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        form.addRow(self.tr("Coordinates (CRS)"), self.crs)
        self.encoding = QComboBox()
        form.addRow(self.tr("Text encoding"), self.encoding)
        self.hazard_id = QComboBox()
        form.addRow(self.tr("Hazard id column"), self.hazard_id)
        self.count = QLabel()
        form.addRow(self.tr("Features"), self.count)
        self.preview = QTableWidget()
        self.preview.setMaximumHeight(170)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        form.addRow(self.preview)
        top.addWidget(hazards)

        releases = QGroupBox(self.tr("Released land"))
        rform = QFormLayout(releases)
        row = QHBoxLayout()
        self.releases = QLineEdit()
        self.releases.setPlaceholderText(self.tr("none"))
        browse = QPushButton(self.tr("Choose..."))
        browse.clicked.connect(self._browse)
        clear = QPushButton(self.tr("None"))
        clear.clicked.connect(lambda: self.releases.setText(""))
        row.addWidget(self.releases, 1)
        row.addWidget(browse)
        row.addWidget(clear)
        rform.addRow(self.tr("Release file"), row)
        self.releases_layer = QComboBox()
        rform.addRow(self.tr("Release layer"), self.releases_layer)
        self.release_count = QLabel()
        rform.addRow(self.tr("Releases"), self.release_count)
        self.release_hazard_id = QComboBox()
        rform.addRow(self.tr("Column naming the hazard"), self.release_hazard_id)
        self.category_field = QComboBox()
        rform.addRow(self.tr("Category column"), self.category_field)
        self.category = QComboBox()
        for cat in CATEGORIES:
            self.category.addItem(self._category_text(cat.value), cat.value)
        rform.addRow(self.tr("Category of every release"), self.category)
        self.values = QTableWidget(0, 3)
        self.values.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Releases"), self.tr("Means")])
        self.values.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.values.setMaximumHeight(150)
        rform.addRow(self.tr("Values not recognised"), self.values)
        top.addWidget(releases)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        top.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top.addWidget(self.buttons)

        self._fill_layers()
        self.layer.currentIndexChanged.connect(self._hazards_changed)
        self.encoding.currentIndexChanged.connect(self._hazards_changed)
        self.releases.editingFinished.connect(self._releases_changed)
        self.releases.textChanged.connect(self._releases_changed)
        self.releases_layer.currentIndexChanged.connect(self._release_layer_changed)
        self.category_field.currentIndexChanged.connect(self._category_changed)
        self._hazards_changed()
        self._fill_crs()
        self.releases.setText(self.choices.get("releases") or self._beside() or "")
        self._releases_changed()
        self._ready = True

    # ------------------------------------------------------------------ what the file holds
    def _category_text(self, value: str) -> str:
        return {"cleared": self.tr("cleared"), "reduced": self.tr("reduced"),
                "cancelled": self.tr("cancelled")}.get(value, value)

    def _beside(self) -> str | None:
        from minedesk.app.window.loading import releases_beside

        return releases_beside(self.path)

    def _layers(self, path: str) -> list[str]:
        try:
            return [name for name, _ in self.io.list_layers(path)]
        except InputError:
            return []

    def _fill_layers(self) -> None:
        self.layer.clear()
        layers = self._layers(self.path) if Path(self.path).suffix.lower() in (".gpkg", ".zip") else []
        for name in layers:
            self.layer.addItem(name, name)
        if self.choices.get("layer") in layers:
            self.layer.setCurrentIndex(layers.index(self.choices["layer"]))
        self.layer.setEnabled(len(layers) > 1)
        if not layers:
            self.layer.addItem(self.tr("(the only one)"), None)

    def _peek(self, path, layer, encoding, rows=PREVIEW_ROWS) -> dict:
        return self.io.peek(path, layer, encoding, rows)

    def _fill_encodings(self, layer) -> None:
        """Each encoding with the first names as they would read in it."""
        wanted = self.encoding.currentData() if self._ready else self.choices.get("encoding")
        self.encoding.blockSignals(True)
        self.encoding.clear()
        try:
            base = self._peek(self.path, layer, None, 3)
        except InputError:
            base = {"shapefile": True, "guessed_encoding": True}
        if not base.get("shapefile"):
            self.encoding.addItem(self.tr("UTF-8 (as the file says)"), None)
            self.encoding.setEnabled(False)
            self.encoding.blockSignals(False)
            return
        self.encoding.setEnabled(True)
        if not base.get("guessed_encoding"):
            self.encoding.addItem(self.tr("as the .cpg file says"), None)
        first_good = None
        for enc in ENCODINGS:
            try:
                sample = self._peek(self.path, layer, enc, 3)
                texts = [v for col in sample["fields"].values() for v in col if isinstance(v, str) and v.strip()]
                texts = sorted(texts, key=str.isascii)[:3]  # the names that differ between encodings first
                shown = ", ".join(texts) or self.tr("no text")
                first_good = first_good or enc
            except InputError:
                shown = self.tr("does not decode")
            self.encoding.addItem(f"{'latin-1' if enc == 'ISO-8859-1' else enc}: {shown}", enc)
        index = self.encoding.findData(wanted) if wanted else -1
        if index < 0:
            index = 0 if not base.get("guessed_encoding") else max(self.encoding.findData(first_good), 0)
        self.encoding.setCurrentIndex(index)
        self.encoding.blockSignals(False)

    def _hazards_changed(self) -> None:
        layer = self.layer.currentData()
        if not self._ready or self.sender() is self.layer:
            self._fill_encodings(layer)
        try:
            self._info = self._peek(self.path, layer, self.encoding.currentData())
        except InputError as err:
            self._info = {}
            self.count.setText("")
            self.preview.clear()
            self.preview.setRowCount(0)
            self.message.setText(error_text(err))
            return
        self.message.setText("")
        self.count.setText(self.tr("{0} in the layer").format(self._info["count"]))
        fields = self._info["fields"]
        self.preview.clear()
        self.preview.setColumnCount(len(fields))
        self.preview.setHorizontalHeaderLabels(list(fields))
        rows = max((len(v) for v in fields.values()), default=0)
        self.preview.setRowCount(rows)
        for c, values in enumerate(fields.values()):
            for r, v in enumerate(values):
                self.preview.setItem(r, c, QTableWidgetItem("" if cell_text(v) is None else str(cell_text(v))))
        self._fill_columns(self.hazard_id, list(fields), self.choices.get("hazard_id"), HAZARD_ID_NAMES,
                           self.tr("(none: ids are generated)"))
        if self._ready:
            self._fill_crs()

    def _fill_columns(self, combo: QComboBox, columns, chosen, usual, none_text: str) -> None:
        current = combo.currentData() if self._ready and combo.count() else chosen
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(none_text, None)
        for name in columns:
            combo.addItem(name, name)
        pick = current if current in columns else detect_column(columns, usual)
        combo.setCurrentIndex(max(combo.findData(pick), 0) if pick else 0)
        combo.blockSignals(False)

    def _fill_crs(self) -> None:
        file_crs = self._info.get("crs")
        current = self.crs.currentData() if self._ready else self.choices.get("crs")
        self.crs.blockSignals(True)
        self.crs.clear()
        if file_crs:
            self.crs.addItem(self.tr("As the file says ({0})").format(file_crs), None)
        for code, name in crs_choices(self._info.get("bounds"), file_crs):
            self.crs.addItem(f"{code} {name}", code)
        index = self.crs.findData(current) if current else -1
        if index < 0 and current:  # typed, not an EPSG code of the list (WKT, a PROJ string)
            self.crs.addItem(current, current)
            index = self.crs.count() - 1
        self.crs.setCurrentIndex(max(index, 0))
        self.crs.blockSignals(False)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Release file"), str(Path(self.path).parent),
                                              self.tr("GIS files (*.gpkg *.shp *.zip *.geojson *.json)"))
        if path:
            self.releases.setText(path)

    def _releases_changed(self) -> None:
        path = self.releases.text().strip()
        if getattr(self, "_release_path", None) == path:
            return
        self._release_path = path
        self.releases_layer.blockSignals(True)
        self.releases_layer.clear()
        layers = self._layers(path) if path and Path(path).suffix.lower() in (".gpkg", ".zip") else []
        if path == self.path:
            layers = [n for n in layers if n != self.layer.currentData()]
        for name in layers:
            self.releases_layer.addItem(name, name)
        wanted = self.choices.get("releases_layer")
        if wanted in layers:
            self.releases_layer.setCurrentIndex(layers.index(wanted))
        if not layers:
            self.releases_layer.addItem(self.tr("(the only one)"), None)
        self.releases_layer.setEnabled(len(layers) > 1)
        self.releases_layer.blockSignals(False)
        self._release_layer_changed()

    def _release_layer_changed(self) -> None:
        path = self.releases.text().strip()
        self._release_info = {}
        columns = []
        if path:
            try:
                self._release_info = self._peek(path, self.releases_layer.currentData(),
                                                 self._release_encoding(path), None)
                columns = list(self._release_info["fields"])
                self.release_count.setText(self.tr("{0} in the layer").format(self._release_info["count"]))
            except InputError as err:
                self.release_count.setText(error_text(err))
        else:
            self.release_count.setText(self.tr("no release file"))
        for w in (self.release_hazard_id, self.category_field, self.category, self.values):
            w.setEnabled(bool(self._release_info))
        self._fill_columns(self.release_hazard_id, columns, self.choices.get("release_hazard_id"),
                           () if self.choices.get("no_link") else RELEASE_LINK_NAMES,
                           self.tr("(none: linked by location)"))
        self._fill_columns(self.category_field, columns, self.choices.get("category_field"), CATEGORY_NAMES,
                           self.tr("(one category for every release)"))
        if self.choices.get("category"):
            self.category.setCurrentIndex(max(self.category.findData(self.choices["category"]), 0))
        self._category_changed()

    def _release_encoding(self, path: str):
        return self.encoding.currentData() if self._release_info_is_shapefile(path) else None

    def _release_info_is_shapefile(self, path: str) -> bool:
        return Path(path).suffix.lower() in (".shp", ".zip")

    def _category_changed(self) -> None:
        column = self.category_field.currentData()
        self.category.setEnabled(bool(self._release_info) and column is None)
        self.values.setRowCount(0)
        if column is None or not self._release_info:
            return
        counts = Counter(cell_text(v) for v in self._release_info["fields"].get(column, []))
        unknown = sorted(((v, n) for v, n in counts.items() if v is not None and category_of(v) is None),
                         key=lambda vn: (-vn[1], vn[0]))
        chosen = self.choices.get("category_values") or {}
        self.values.setRowCount(len(unknown))
        for r, (value, n) in enumerate(unknown):
            self.values.setItem(r, 0, QTableWidgetItem(value))
            self.values.setItem(r, 1, QTableWidgetItem(str(n)))
            means = QComboBox()
            means.addItem(self.tr("not counted"), None)
            for cat in CATEGORIES:
                means.addItem(self._category_text(cat.value), cat.value)
            means.setCurrentIndex(max(means.findData(chosen.get(value)), 0) if chosen.get(value) else 0)
            self.values.setCellWidget(r, 2, means)

    # ------------------------------------------------------------------ the result
    def current_choices(self) -> dict:
        releases = self.releases.text().strip() or None
        values = {}
        for r in range(self.values.rowCount()):
            cat = self.values.cellWidget(r, 2).currentData()
            if cat:
                values[self.values.item(r, 0).text()] = cat
        column = self.category_field.currentData() if releases else None
        link = self.release_hazard_id.currentData() if releases else None
        crs = self.crs.currentData()
        typed = self.crs.currentText().strip()
        if self.crs.findText(typed) < 0 and typed:  # typed in, not picked from the list
            crs = typed.split(" ", 1)[0] if typed.upper().startswith("EPSG:") else typed
        return {"layer": self.layer.currentData(), "crs": crs, "encoding": self.encoding.currentData(),
                "releases": releases, "releases_layer": self.releases_layer.currentData() if releases else None,
                "hazard_id": self.hazard_id.currentData(), "release_hazard_id": link,
                "no_link": bool(releases) and link is None,
                "category_field": column, "category": self.category.currentData() if releases and column is None
                else None, "category_values": values}

    def reading(self) -> dict:
        """The reading options of the choices, as :meth:`MainWindow.open_path` takes them."""
        return reading_of(self.path, self.current_choices())

    def problem(self) -> str | None:
        """What is wrong with the choices, in one line, or None: two meanings on one column, a CRS
        that makes no sense for the coordinates, a file that cannot be read with them."""
        choices = self.current_choices()
        if choices["releases"] and choices["release_hazard_id"] and \
                choices["release_hazard_id"] == choices["category_field"]:
            return self.tr("The column {0} is chosen both as the hazard of a release and as its category; "
                           "choose one column for each").format(choices["category_field"])
        if not self._info:
            return self.message.text() or self.tr("The hazard layer cannot be read")
        if choices["crs"]:
            try:
                misfit = self.io.crs_misfit(choices["crs"], self._info["bounds"]) if self._info.get("bounds") else None
            except InputError as err:
                return error_text(err)
            if misfit:
                return self.tr("{0}: {1}; choose the coordinate reference system the numbers are in").format(
                    Path(self.path).name, misfit)
        from minedesk.exchange import project_columns

        reading = self.reading()
        releases = reading.pop("releases")
        try:  # read as the window will: whatever it would refuse is said here, before anything opens
            project_columns(self.path, releases, **reading)
        except InputError as err:
            return error_text(err)
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        self.message.setText("")
        if self.settings is not None:
            remember(self.settings, self.path, self.current_choices())
        super().accept()
