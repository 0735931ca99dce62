"""The import assistant: when a hazard file needs a choice (its layer, its CRS, its text encoding,
the release file and what its columns and values mean), one dialog asks for it with what was
detected filled in and a preview, and gives back the ``reading`` dict the window opens the file
with (as ``minedesk tally`` takes its options). No rules live here: layers, CRS, columns and
category words are asked of :mod:`minedesk.io` and :mod:`minedesk.core.mapping`."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minedesk.app.messages import error_text
from minedesk.core.errors import InputError
from minedesk.core.mapping import (
    CATEGORY_NAMES,
    DEVICE_NAMES,
    HAZARD_ID_NAMES,
    HAZARD_MEANINGS,
    HAZARD_TYPE_NAMES,
    RELEASE_LINK_NAMES,
    RELEASE_MEANINGS,
    FieldMapping,
    category_of,
    cell_text,
    detect_column,
    hazard_type_of,
)
from minedesk.core.model import CATEGORIES, DEVICE_CATEGORIES

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


MAPPINGS_KEY = "import_assistant/mappings"
#: choices that belong to one file, not to a named mapping reused for the next delivery
FILE_CHOICES = ("layer", "releases", "releases_layer")


def choices_of(reading: dict | None) -> dict:
    """A ``reading`` dict (as the window and tally take it) as plain choices the dialog shows: the
    reading options and the mapping's :meth:`~minedesk.core.mapping.FieldMapping.to_dict`."""
    reading = reading or {}
    choices = (reading.get("mapping") or FieldMapping()).to_dict()
    for key in ("layer", "crs", "encoding", "releases", "releases_layer"):
        choices[key] = reading.get(key)
    return choices


def reading_of(path: str, choices: dict, advice: dict | None = None) -> dict:
    """The ``reading`` dict of the choices (``releases`` None: no release file)."""
    mapping = FieldMapping.from_dict({k: v for k, v in choices.items() if k not in ("layer", "crs", "encoding",
                                                                                   "releases", "releases_layer")},
                                     advice)
    reading = {"releases": choices.get("releases") or None, "mapping": mapping, "link_by_id": None}
    for key in ("layer", "releases_layer", "crs", "encoding"):
        if choices.get(key):
            reading[key] = choices[key]
    if reading["releases"] is None and reading.get("releases_layer"):
        reading["releases"] = path  # another layer of the hazard file
    return reading


def saved_mappings(settings: QSettings | None) -> dict[str, dict]:
    """The named mappings saved for reuse (name -> choices without file names)."""
    if settings is None:
        return {}
    try:
        found = json.loads(str(settings.value(MAPPINGS_KEY, "{}") or "{}"))
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def save_mapping(settings: QSettings, name: str, choices: dict) -> None:
    every = saved_mappings(settings)
    every[name] = {k: v for k, v in choices.items() if k not in FILE_CHOICES and v}
    settings.setValue(MAPPINGS_KEY, json.dumps(every, ensure_ascii=False))


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
        first += national_grids(min(lons), min(lats), max(lons), max(lats))
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


def national_grids(west: float, south: float, east: float, north: float, most: int = 12) -> list[int]:
    """EPSG codes of the projected CRSs made for the data's area (a country's or a region's grid),
    those of the smallest area of use first: PROJ's areas of use that contain the extent."""
    from pyproj.aoi import AreaOfInterest
    from pyproj.database import query_crs_info
    from pyproj.enums import PJType

    found = []
    for info in query_crs_info(auth_name="EPSG", pj_types=[PJType.PROJECTED_CRS], contains=True,
                               area_of_interest=AreaOfInterest(west, south, east, north)):
        a = info.area_of_use
        if info.deprecated or not info.code.isdigit() or a is None:
            continue
        size = ((a.east - a.west) % 360 or 360) * (a.north - a.south)  # an area across 180 degrees wraps
        if size < 400:  # smaller than about 20 x 20 degrees: made for a country or a region
            found.append((size, int(info.code)))
    return [code for _, code in sorted(found)[:most]]


class Overview(QWidget):
    """Where the data lies: the first features' outlines on a small map in degrees (converted
    with the CRS chosen), hazards red, releases green, with the extent written under it; data
    whose numbers do not fit the CRS draws nowhere sensible, which is what it should show."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumSize(220, 160)
        self.hazards: list = []
        self.releases: list = []
        self.extent = None  # (west, south, east, north) in degrees, or None: in the file's numbers
        self.degrees = False

    def show_outlines(self, hazards, releases, crs) -> None:
        """``hazards``/``releases``: shapely geometries in the file's numbers; ``crs``: what they
        are in (None: unknown, drawn in their own numbers)."""
        import shapely

        geoms = [g for g in list(hazards) + list(releases) if g is not None and not g.is_empty]
        self.degrees = False
        if crs and geoms:
            try:
                from pyproj import CRS, Transformer

                t = Transformer.from_crs(CRS.from_user_input(crs), 4326, always_xy=True)
                move = lambda g: shapely.transform(g, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))  # noqa: E731
                hazards = [move(g) for g in hazards if g is not None]
                releases = [move(g) for g in releases if g is not None]
                self.degrees = True
            except Exception:  # noqa: BLE001 - a CRS PROJ cannot use: drawn in the file's numbers
                pass
        self.hazards = [g for g in hazards if g is not None and not g.is_empty]
        self.releases = [g for g in releases if g is not None and not g.is_empty]
        every = self.hazards + self.releases
        bounds = shapely.total_bounds(np.array(every, dtype=object)) if every else None
        self.extent = tuple(float(v) for v in bounds) if bounds is not None and np.all(np.isfinite(bounds)) else None
        self.update()

    def extent_text(self) -> str:
        if self.extent is None:
            return self.tr("no features to show")
        w, s, e, n = self.extent
        if not self.degrees:
            return self.tr("x {0:,.0f} to {1:,.0f}, y {2:,.0f} to {3:,.0f} (no CRS: the file's own numbers)").format(
                w, e, s, n)
        ns = lambda v: f"{abs(v):.3f}°{'N' if v >= 0 else 'S'}"  # noqa: E731
        ew = lambda v: f"{abs(v):.3f}°{'E' if v >= 0 else 'W'}"  # noqa: E731
        return self.tr("{0} to {1}, {2} to {3}").format(ns(s), ns(n), ew(w), ew(e))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#f4f1ea"))
        p.setPen(QPen(QColor("#999999")))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.extent is None:
            p.end()
            return
        w, s, e, n = self.extent
        span = max(e - w, n - s, 1e-9)
        margin = 10
        scale = min((self.width() - 2 * margin) / max(e - w, span * 0.05),
                    (self.height() - 2 * margin) / max(n - s, span * 0.05))
        cx, cy = (w + e) / 2, (s + n) / 2
        to = lambda x, y: QPointF(self.width() / 2 + (x - cx) * scale, self.height() / 2 - (y - cy) * scale)  # noqa: E731
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for geoms, colour in ((self.hazards, "#c62828"), (self.releases, "#2e7d32")):
            p.setPen(QPen(QColor(colour), 1))
            for g in geoms:
                for poly in getattr(g, "geoms", [g]):
                    ring = getattr(poly, "exterior", None)
                    if ring is not None:
                        p.drawPolyline(QPolygonF([to(x, y) for x, y in ring.coords]))
        p.end()


class ImportAssistant(QDialog):
    """Layer, CRS, encoding, the meaning of the hazard columns and their type values, the release
    file and the meaning of its columns and values, with a preview and an overview, in three steps
    (tabs); :meth:`reading` is what the window opens the file with once accepted."""

    def __init__(self, path: str, reading: dict | None = None, reason: str = "",
                 settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        from minedesk import io

        self.io = io
        self.path = str(path)
        self.settings = settings
        self.setWindowTitle(self.tr("Import assistant: {0}").format(Path(path).name))
        self.setMinimumWidth(780)
        given = choices_of(reading)
        before = remembered(settings, path) if settings is not None else {}
        self.choices = {k: v for k, v in given.items() if v} or before
        self.remembered = bool(before) and self.choices is before
        self._info: dict = {}
        self._all: dict = {}  # every value of the hazard layer's columns (types and their counts)
        self._release_info: dict = {}
        self._outlines: dict = {}
        self._ready = False

        top = QVBoxLayout(self)
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))
        top.addWidget(self.reason)
        if self.remembered:
            top.addWidget(QLabel(self.tr("The choices made for this file last time are filled in.")))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Saved mapping")))
        self.mapping = QComboBox()
        self._fill_mappings()
        self.mapping.activated.connect(lambda _: self.apply_mapping(self.mapping.currentData()))
        row.addWidget(self.mapping, 1)
        save = QPushButton(self.tr("Save mapping as..."))
        save.clicked.connect(self._ask_mapping_name)
        save.setEnabled(settings is not None)
        row.addWidget(save)
        top.addLayout(row)

        self.steps = QTabWidget()
        top.addWidget(self.steps, 1)
        self.steps.addTab(self._file_step(), self.tr("1. Hazard file"))
        self.steps.addTab(self._columns_step(), self.tr("2. Hazard columns"))
        self.steps.addTab(self._release_step(), self.tr("3. Released land"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        top.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top.addWidget(self.buttons)

        self.layer.currentIndexChanged.connect(self._hazards_changed)
        self.encoding.currentIndexChanged.connect(self._hazards_changed)
        self.crs.currentIndexChanged.connect(self._draw_overview)
        self.type_field.currentIndexChanged.connect(self._types_changed)
        self.releases.editingFinished.connect(self._releases_changed)
        self.releases.textChanged.connect(self._releases_changed)
        self.releases_layer.currentIndexChanged.connect(self._release_layer_changed)
        self.category_field.currentIndexChanged.connect(self._category_changed)
        self._start()

    def _start(self) -> None:
        """Fill every step from :attr:`choices` (what was chosen before, or a saved mapping)."""
        self._ready = False
        self._release_path = None
        self._fill_layers()
        self._hazards_changed()
        self._fill_crs()
        self.releases.setText(self.choices.get("releases") or self._beside() or "")
        self._releases_changed()
        self._ready = True
        self._draw_overview()

    # ------------------------------------------------------------------ the steps
    def _file_step(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
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
        self.count = QLabel()
        form.addRow(self.tr("Features"), self.count)
        self.preview = QTableWidget()
        self.preview.setMinimumHeight(120)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        form.addRow(self.preview)
        where = QHBoxLayout()
        self.overview = Overview()
        where.addWidget(self.overview)
        self.extent = QLabel()
        self.extent.setWordWrap(True)
        where.addWidget(self.extent, 1)
        form.addRow(self.tr("Where"), where)
        return page

    def _columns_step(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.hazard_id = QComboBox()
        form.addRow(self.tr("Hazard id"), self.hazard_id)
        self.type_field = QComboBox()
        form.addRow(self.tr("Hazard type (SHA or CHA)"), self.type_field)
        self.hazard_columns: dict[str, QComboBox] = {}
        for meaning, label in (("name", self.tr("Name")), ("district", self.tr("District")),
                               ("status", self.tr("Status"))):
            self.hazard_columns[meaning] = QComboBox()
            form.addRow(label, self.hazard_columns[meaning])
        self.types = QTableWidget(0, 3)
        self.types.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Hazards"), self.tr("Means")])
        self.types.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        form.addRow(self.tr("Type values"), self.types)
        return page

    def _release_step(self) -> QWidget:
        page = QWidget()
        rform = QFormLayout(page)
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
        self.release_preview = QTableWidget()
        self.release_preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.release_preview.setMinimumHeight(100)
        rform.addRow(self.release_preview)
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
        self.values.setMaximumHeight(130)
        rform.addRow(self.tr("Values not recognised"), self.values)
        more = QGridLayout()
        self.release_columns: dict[str, QComboBox] = {}
        self.device_columns: dict[str, QComboBox] = {}
        boxes = [(self.release_columns, m, t) for m, t in (("date", self.tr("Date")), ("team", self.tr("Team")),
                                                           ("method", self.tr("Method")))]
        boxes += [(self.device_columns, d, self.tr("{0} found").format(d)) for d in DEVICE_CATEGORIES]
        for i, (where, key, text) in enumerate(boxes):
            where[key] = QComboBox()
            more.addWidget(QLabel(text), i % 4, 2 * (i // 4))
            more.addWidget(where[key], i % 4, 2 * (i // 4) + 1)
        rform.addRow(self.tr("Other columns"), more)
        return page

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
        self.layer.blockSignals(True)
        self.layer.clear()
        layers = self._layers(self.path) if Path(self.path).suffix.lower() in (".gpkg", ".zip") else []
        for name in layers:
            self.layer.addItem(name, name)
        if self.choices.get("layer") in layers:
            self.layer.setCurrentIndex(layers.index(self.choices["layer"]))
        self.layer.setEnabled(len(layers) > 1)
        if not layers:
            self.layer.addItem(self.tr("(the only one)"), None)
        self.layer.blockSignals(False)

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
            self._all = self._peek(self.path, layer, self.encoding.currentData(), None)
            self._info = dict(self._all, fields={k: v[:PREVIEW_ROWS] for k, v in self._all["fields"].items()})
        except InputError as err:
            self._info = self._all = {}
            self.count.setText("")
            self.preview.clear()
            self.preview.setRowCount(0)
            self.message.setText(error_text(err))
            return
        self.message.setText("")
        self.count.setText(self.tr("{0} in the layer").format(self._info["count"]))
        fields = self._info["fields"]
        _show_rows(self.preview, fields)
        columns = list(fields)
        self._fill_columns(self.hazard_id, columns, self.choices.get("hazard_id"), HAZARD_ID_NAMES,
                           self.tr("(none: ids are generated)"))
        self._fill_columns(self.type_field, columns, self.choices.get("type_field"), HAZARD_TYPE_NAMES,
                           self.tr("(none)"))
        for meaning, combo in self.hazard_columns.items():
            self._fill_columns(combo, columns, (self.choices.get("columns") or {}).get(meaning),
                               HAZARD_MEANINGS[meaning], self.tr("(none)"))
        self._types_changed()
        self._outlines.pop("hazards", None)
        if self._ready:
            self._fill_crs()
            self._draw_overview()

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

    def _types_changed(self) -> None:
        """The type column's values that are not SHA or CHA words, with their counts, each to map."""
        column = self.type_field.currentData()
        chosen = {k: v for k, v in (self.choices.get("type_values") or {}).items()}
        if self._ready:  # keep what was picked in the table when the column stays
            chosen.update(self._type_values())
        self.types.setRowCount(0)
        if column is None or not self._all:
            return
        counts = Counter(cell_text(v) for v in self._all["fields"].get(column, []))
        unknown = sorted(((v, n) for v, n in counts.items() if v is not None and hazard_type_of(v) not in ("SHA", "CHA")),
                         key=lambda vn: (-vn[1], vn[0]))
        known = [(v, n) for v, n in counts.items() if v is not None and hazard_type_of(v) in ("SHA", "CHA")]
        self.types.setRowCount(len(unknown) + len(known))
        for r, (value, n) in enumerate(unknown + sorted(known, key=lambda vn: (-vn[1], vn[0]))):
            self.types.setItem(r, 0, QTableWidgetItem(value))
            self.types.setItem(r, 1, QTableWidgetItem(f"{n:,}"))
            means = QComboBox()
            if (value, n) in known:
                means.addItem(hazard_type_of(value), hazard_type_of(value))
                means.setEnabled(False)
            else:
                means.addItem(self.tr("kept as written"), None)
                for kind in ("SHA", "CHA"):
                    means.addItem(kind, kind)
                want = next((k for v, k in chosen.items() if v == value), None)
                means.setCurrentIndex(max(means.findData(want), 0) if want else 0)
            self.types.setCellWidget(r, 2, means)

    def _type_values(self) -> dict:
        out = {}
        for r in range(self.types.rowCount()):
            combo = self.types.cellWidget(r, 2)
            if combo is not None and combo.isEnabled() and combo.currentData():
                out[self.types.item(r, 0).text()] = combo.currentData()
        return out

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

    def _chosen_crs(self):
        crs = self.crs.currentData()
        typed = self.crs.currentText().strip()
        if self.crs.findText(typed) < 0 and typed:  # typed in, not picked from the list
            crs = typed.split(" ", 1)[0] if typed.upper().startswith("EPSG:") else typed
        return crs

    def _draw_overview(self) -> None:
        """The overview and the extent in degrees, with the CRS chosen (or the file's)."""
        if not self._ready:
            return
        for key, path, layer in (("hazards", self.path, self.layer.currentData()),
                                 ("releases", self.releases.text().strip(), self.releases_layer.currentData())):
            if key not in self._outlines or self._outlines[key][0] != (path, layer):
                try:
                    found = self.io.outlines(path, layer) if path and (key == "hazards" or self._release_info) else []
                except InputError:
                    found = []
                self._outlines[key] = ((path, layer), list(found))
        crs = self._chosen_crs() or self._info.get("crs")
        self.overview.show_outlines(self._outlines["hazards"][1], self._outlines["releases"][1], crs)
        text = self.overview.extent_text()
        misfit = None
        if crs and self._info.get("bounds"):
            try:
                misfit = self.io.crs_misfit(crs, self._info["bounds"])
            except InputError as err:
                misfit = err.message
        self.extent.setText(text + (f"\n{misfit}" if misfit else ""))
        self.extent.setStyleSheet("color: #b00020" if misfit else "")

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
        _show_rows(self.release_preview, {})
        if path:
            try:
                self._release_info = self._peek(path, self.releases_layer.currentData(),
                                                 self._release_encoding(path), None)
                columns = list(self._release_info["fields"])
                _show_rows(self.release_preview, {k: v[:PREVIEW_ROWS] for k, v in self._release_info["fields"].items()})
                self.release_count.setText(self.tr("{0} in the layer").format(self._release_info["count"]))
            except InputError as err:
                self.release_count.setText(error_text(err))
        else:
            self.release_count.setText(self.tr("no release file"))
        boxes = [self.release_hazard_id, self.category_field, self.category, self.values,
                 *self.release_columns.values(), *self.device_columns.values()]
        for w in boxes:
            w.setEnabled(bool(self._release_info))
        self._fill_columns(self.release_hazard_id, columns, self.choices.get("release_hazard_id"),
                           () if self.choices.get("no_link") else RELEASE_LINK_NAMES,
                           self.tr("(none: linked by location)"))
        self._fill_columns(self.category_field, columns, self.choices.get("category_field"), CATEGORY_NAMES,
                           self.tr("(one category for every release)"))
        for meaning, combo in self.release_columns.items():
            self._fill_columns(combo, columns, (self.choices.get("columns") or {}).get(meaning),
                               RELEASE_MEANINGS[meaning], self.tr("(none)"))
        for device, combo in self.device_columns.items():
            self._fill_columns(combo, columns, (self.choices.get("devices") or {}).get(device),
                               DEVICE_NAMES[device], self.tr("(none)"))
        if self.choices.get("category"):
            self.category.setCurrentIndex(max(self.category.findData(self.choices["category"]), 0))
        self._category_changed()
        self._draw_overview()

    def _release_encoding(self, path: str):
        return self.encoding.currentData() if Path(path).suffix.lower() in (".shp", ".zip") else None

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
            self.values.setItem(r, 1, QTableWidgetItem(f"{n:,}"))
            means = QComboBox()
            means.addItem(self.tr("not counted"), None)
            for cat in CATEGORIES:
                means.addItem(self._category_text(cat.value), cat.value)
            means.setCurrentIndex(max(means.findData(chosen.get(value)), 0) if chosen.get(value) else 0)
            self.values.setCellWidget(r, 2, means)

    # ------------------------------------------------------------------ saved mappings
    def _fill_mappings(self) -> None:
        self.mapping.clear()
        self.mapping.addItem(self.tr("(none)"), None)
        for name in sorted(saved_mappings(self.settings)):
            self.mapping.addItem(name, name)

    def _ask_mapping_name(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("Save mapping"), self.tr(
            "Name of the mapping (e.g. the organisation that sends these files):"))
        if ok and name.strip():
            self.save_mapping(name.strip())

    def save_mapping(self, name: str) -> None:
        """Keep the choices (CRS, encoding, columns and values; not the file names) under ``name``
        to reuse for the next delivery from the same source."""
        save_mapping(self.settings, name, self.current_choices())
        self._fill_mappings()
        self.mapping.setCurrentIndex(max(self.mapping.findData(name), 0))

    def apply_mapping(self, name: str | None) -> None:
        """Fill every step with a saved mapping (the file names stay as they are)."""
        if not name:
            return
        mapping = saved_mappings(self.settings).get(name) or {}
        keep = {k: v for k, v in self.current_choices().items() if k in FILE_CHOICES}
        self.choices = {**keep, **mapping}
        self._start()

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
        columns = {m: c.currentData() for m, c in self.hazard_columns.items() if c.currentData()}
        devices = {}
        if releases:
            columns.update({m: c.currentData() for m, c in self.release_columns.items() if c.currentData()})
            devices = {d: c.currentData() for d, c in self.device_columns.items() if c.currentData()}
        return {"layer": self.layer.currentData(), "crs": self._chosen_crs(), "encoding": self.encoding.currentData(),
                "releases": releases, "releases_layer": self.releases_layer.currentData() if releases else None,
                "hazard_id": self.hazard_id.currentData(), "release_hazard_id": link,
                "no_link": bool(releases) and link is None,
                "category_field": column, "category": self.category.currentData() if releases and column is None
                else None, "category_values": values, "type_field": self.type_field.currentData(),
                "type_values": self._type_values(), "columns": columns, "devices": devices}

    def advice(self) -> dict:
        """The core's mapping advice in the window's words: where in this dialog to say it."""
        return {"category": self.tr("choose the category column, or one category for every release, in "
                                    "File > Open with the import assistant"),
                "category_value": self.tr("map the value {value} in File > Open with the import assistant"),
                "device": self.tr("correct the value, or choose another column for the devices in File > Open "
                                  "with the import assistant"),
                "hazard_id": self.tr("choose the id column in File > Open with the import assistant if it has "
                                     "another name")}

    def reading(self) -> dict:
        """The reading options of the choices, as :meth:`MainWindow.open_path` takes them."""
        return reading_of(self.path, self.current_choices(), self.advice())

    def problem(self) -> str | None:
        """What is wrong with the choices, in one line, or None: two meanings on one column, a CRS
        that makes no sense for the coordinates, a file that cannot be read with them."""
        choices = self.current_choices()
        doubled = self._doubled(choices)
        if doubled:
            return doubled
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

    def _doubled(self, choices: dict) -> str | None:
        """Two meanings chosen for one column of a layer."""
        names = {"hazard_id": self.tr("hazard id"), "type_field": self.tr("hazard type"), "name": self.tr("name"),
                 "district": self.tr("district"), "status": self.tr("status"),
                 "release_hazard_id": self.tr("hazard of a release"), "category_field": self.tr("category"),
                 "date": self.tr("date"), "team": self.tr("team"), "method": self.tr("method")}
        columns = choices.get("columns") or {}
        hazard = [(names[k], choices.get(k) or columns.get(k)) for k in ("hazard_id", "type_field", "name",
                                                                         "district", "status")]
        release = [(names[k], choices.get(k) or columns.get(k)) for k in ("release_hazard_id", "category_field",
                                                                          "date", "team", "method")]
        release += [(self.tr("{0} found").format(d), c) for d, c in (choices.get("devices") or {}).items()]
        for pairs in (hazard, release if choices.get("releases") else []):
            seen: dict[str, str] = {}
            for meaning, column in pairs:
                if not column:
                    continue
                if column in seen:
                    return self.tr("The column {0} is chosen both as the {1} and as the {2}; choose one column "
                                   "for each").format(column, seen[column], meaning)
                seen[column] = meaning
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


def _show_rows(table: QTableWidget, fields: dict) -> None:
    """The first rows of a layer in a preview table (column name -> values)."""
    table.clear()
    table.setColumnCount(len(fields))
    table.setHorizontalHeaderLabels(list(fields))
    table.setRowCount(max((len(v) for v in fields.values()), default=0))
    for c, values in enumerate(fields.values()):
        for r, v in enumerate(values):
            table.setItem(r, c, QTableWidgetItem("" if cell_text(v) is None else str(cell_text(v))))
