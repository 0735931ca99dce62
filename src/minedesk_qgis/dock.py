"""The MineDesk dock: live tallies of a hazard layer and a release layer, for all features and
the selection; mark hazards released into the release layer's edit buffer (QGIS's own undo and
save apply); a task order PDF for the selected hazards."""

from __future__ import annotations

import datetime

from pyproj import Transformer
from qgis.core import QgsFeature, QgsMapLayerProxyModel
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minedesk.core.area import transform
from minedesk.core.commands import devices_per_hazard
from minedesk.core.errors import InputError
from minedesk.core.mapping import (
    CATEGORY_NAMES,
    DATE_NAMES,
    DEVICE_NAMES,
    HAZARD_ID_NAMES,
    HAZARD_TYPE_NAMES,
    METHOD_NAMES,
    RELEASE_ID_NAMES,
    RELEASE_LINK_NAMES,
    TEAM_NAMES,
    detect_column,
    hazards_from_layer,
    releases_from_layer,
)
from minedesk.core.model import CATEGORIES
from minedesk.core.tally import TallyEngine
from minedesk.core.values import MAX_DEVICES, input_count, input_date

from .bridge import EngineView, core_layer, issued_orders, mapping_for, read_sets, record_order, remember_mapping


def _names(layer) -> list[str]:
    return [f.name() for f in layer.fields()]


def release_score(layer) -> int:
    """How much a layer's fields look like releases, by the core's column detection: a release
    category column counts most, then a release id, then device counts."""
    names = _names(layer)
    return (2 * bool(detect_column(names, CATEGORY_NAMES)) + bool(detect_column(names, RELEASE_ID_NAMES[:4]))
            + any(detect_column(names, candidates) for candidates in DEVICE_NAMES.values()))


def hazard_score(layer) -> int:
    """How much a layer's fields look like hazards (a hazard id, a hazard type), less its release look."""
    names = _names(layer)
    return (2 * bool(detect_column(names, HAZARD_ID_NAMES)) + bool(detect_column(names, HAZARD_TYPE_NAMES))
            - release_score(layer))


def preselect(layers) -> tuple:
    """(hazard layer, release layer or None) among polygon layers: the one that looks most like
    hazards, and among the others the one that looks most like releases (None when none does)."""
    polygons = [layer for layer in layers if getattr(layer, "geometryType", None) and layer.geometryType() == 2]
    if not polygons:
        return None, None
    hazards = max(polygons, key=hazard_score)  # the first of the best, in the project's order
    others = [layer for layer in polygons if layer is not hazards]
    releases = max(others, key=release_score) if others else None
    return hazards, releases if releases is not None and release_score(releases) > 0 else None


class TallyDock(QDockWidget):
    def __init__(self, iface=None, parent=None):
        super().__init__("MineDesk", parent)
        self.setObjectName("MineDeskDock")
        self.iface = iface
        self.engine = None
        self.view = None
        self._keys: dict[int, int] = {}  # release layer fid -> engine key
        self._hazard_rows: dict[int, int] = {}  # hazard layer fid -> engine row
        self._connected = []
        body = QWidget()
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.hazard_combo = QgsMapLayerComboBox()
        self.hazard_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.release_combo = QgsMapLayerComboBox()
        self.release_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.release_combo.setAllowEmptyLayer(True)
        form.addRow(self.tr("Hazards"), self.hazard_combo)
        form.addRow(self.tr("Releases"), self.release_combo)
        layout.addLayout(form)
        self.all_label = QLabel()
        self.selection_label = QLabel()
        for label in (self.all_label, self.selection_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(label.textInteractionFlags() | 1)
            layout.addWidget(label)
        self.fields_button = QPushButton(self.tr("Fields..."))
        self.fields_button.clicked.connect(lambda: self.edit_fields())
        layout.addWidget(self.fields_button)
        self.mark_button = QPushButton(self.tr("Mark selected hazards released..."))
        self.order_button = QPushButton(self.tr("Task order PDF for the selection..."))
        layout.addWidget(self.mark_button)
        layout.addWidget(self.order_button)
        layout.addStretch(1)
        self.setWidget(body)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.rebuild)
        self._auto = True  # the boxes hold the dock's own choice until the user picks a layer
        self._shown = ()  # the layers the figures are of (none yet)
        self.hazard_combo.activated.connect(self._user_chose)
        self.release_combo.activated.connect(self._user_chose)
        self.hazard_combo.layerChanged.connect(self._layers_changed)
        self.release_combo.layerChanged.connect(self._layers_changed)
        self.mark_button.clicked.connect(lambda: self.mark_selected())
        self.order_button.clicked.connect(lambda: self.task_order())
        from qgis.core import QgsProject

        project = QgsProject.instance()
        project.layersAdded.connect(self._project_layers_changed)
        project.layersRemoved.connect(self._project_layers_changed)
        self._project_layers_changed()  # layers loaded before the dock: figures (or a prompt) at once

    # ------------------------------------------------------------------ layers and signals
    @property
    def hazard_layer(self):
        return self.hazard_combo.currentLayer()

    @property
    def release_layer(self):
        return self.release_combo.currentLayer()

    def set_layers(self, hazards, releases=None) -> None:
        self._auto = False
        self._set(hazards, releases)

    def _set(self, hazards, releases) -> None:
        for combo in (self.hazard_combo, self.release_combo):
            combo.blockSignals(True)
        self.hazard_combo.setLayer(hazards)
        self.release_combo.setLayer(releases)
        for combo in (self.hazard_combo, self.release_combo):
            combo.blockSignals(False)
        self._layers_changed()

    def _user_chose(self, *args) -> None:
        self._auto = False

    def _project_layers_changed(self, *args) -> None:
        """Layers loaded or removed: preselect while the user has chosen nothing, and show the
        figures of whatever the boxes hold now."""
        from qgis.core import QgsProject

        if self._auto:
            hazards, releases = preselect(QgsProject.instance().mapLayers().values())
            if hazards is not None:
                self._set(hazards, releases)
                return
        if (self.hazard_layer, self.release_layer) != self._shown:
            self._layers_changed()

    def _layers_changed(self, *args) -> None:
        for layer, signal, slot in self._connected:
            if sip.isdeleted(layer):  # removed from the project: its signals went with it
                continue
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._connected = []
        hz, rl = self.hazard_layer, self.release_layer
        self._shown = (hz, rl)
        for layer in {id(x): x for x in (hz, rl) if x is not None}.values():
            # the dock shows what the user sees: a filter set, changed or removed, another source
            self._connect(layer, layer.subsetStringChanged, self.rebuild)
            self._connect(layer, layer.dataSourceChanged, self.rebuild)
        if hz is not None:
            # an edit changes that hazard only (as a project's edits do); committing or rolling back re-reads
            self._connect(hz, hz.featureAdded, self._hazard_changed)
            self._connect(hz, hz.geometryChanged, lambda fid, *a: self._hazard_changed(fid))
            self._connect(hz, hz.attributeValueChanged, lambda fid, *a: self._hazard_changed(fid))
            self._connect(hz, hz.featureDeleted, self._hazard_changed)
            for signal in (hz.afterCommitChanges, hz.afterRollBack):
                self._connect(hz, signal, self._schedule)
            self._connect(hz, hz.selectionChanged, self.show_selection)
        if rl is not None and rl is not hz:  # the same layer twice is refused (rebuild says so)
            self._connect(rl, rl.featureAdded, self._release_changed)
            self._connect(rl, rl.geometryChanged, lambda fid, *a: self._release_changed(fid))
            self._connect(rl, rl.attributeValueChanged, lambda fid, *a: self._release_changed(fid))
            self._connect(rl, rl.featureDeleted, self._release_deleted)
            self._connect(rl, rl.afterCommitChanges, self._schedule)  # committed features get new ids
            self._connect(rl, rl.afterRollBack, self._schedule)
        self.rebuild()

    def _connect(self, layer, signal, slot) -> None:
        signal.connect(slot)
        self._connected.append((layer, signal, slot))

    def _schedule(self, *args) -> None:
        self._timer.start()

    # ------------------------------------------------------------------ figures
    def rebuild(self) -> None:
        """Read both layers through QGIS and tally them from scratch."""
        hz, rl = self.hazard_layer, self.release_layer
        if hz is None or hz is rl:
            self.engine = self.view = None
            self._keys = {}
            self._hazard_rows = {}
            self.all_label.setText(self.tr("Choose the hazard layer") if hz is None else
                                   self.tr("Hazards and releases are the same layer ({0}): choose another layer "
                                           "for one of them").format(hz.name()))
            self.selection_label.setText("")
            return
        try:
            hazards, releases, findings = read_sets(hz, rl, advice=self.advice())
        except InputError as err:
            self.engine = self.view = None
            self._keys = {}
            self._hazard_rows = {}
            self.all_label.setText(err.message)
            self.selection_label.setText("")
            return
        self.engine = TallyEngine(hazards, releases)
        self.view = EngineView(self.engine)
        self._hazard_rows = {int(fid): row for row, fid in enumerate(hazards.fids)}  # feature id -> engine row
        self._to_hazard_crs = None
        if rl is not None and not releases.crs.equals(hazards.crs, ignore_axis_order=True):
            self._to_hazard_crs = Transformer.from_crs(releases.crs, hazards.crs, always_xy=True)
        # the engine's release keys follow the release set's rows, which carry their feature ids
        self._keys = {int(fid): k for k, fid in enumerate(releases.fids)} if releases is not None else {}
        self.show_all()
        self.show_selection()

    def _hazard_changed(self, fid: int) -> None:
        """One hazard feature added, changed or deleted in QGIS: that hazard only is tallied again
        (its releases relinked by the engine), not both layers re-read."""
        if self.engine is None:
            return
        hz = self.hazard_layer
        geom = hid = attributes = None
        f = hz.getFeature(int(fid))
        if f.isValid():  # read as the layer is read (fields, mapping, repair)
            one = core_layer([f], hz.fields(), hz.crs().toWkt(), hz.name())
            try:
                hs, _ = hazards_from_layer(one, mapping_for(hz, self.advice()))
            except InputError:
                hs = None
            if hs is not None and len(hs):
                geom, hid = hs.geometry[0], str(hs.ids[0])
                attributes = {k: v[0] for k, v in hs.attributes.items()}
        row = self._hazard_rows.get(int(fid))
        if row is not None and geom is None:
            self.engine.remove_hazard(row)
            del self._hazard_rows[int(fid)]
        elif row is None and geom is not None:
            self._hazard_rows[int(fid)], _ = self.engine.add_hazard(geom, hid, attributes)
        elif row is not None:
            self.engine.update_hazard(row, geometry=geom, hazard_id=hid, attributes=attributes)
        self.view.refresh()
        self.show_all()
        self.show_selection()

    def _release_changed(self, fid: int) -> None:
        if self.engine is None:
            return
        rl = self.release_layer
        geom = category = hid = label = None
        devices = {}
        f = rl.getFeature(int(fid))
        if f.isValid():  # the feature read as the layer is read (fields, mapping, repair)
            one = core_layer([f], rl.fields(), rl.crs().toWkt(), rl.name())
            try:
                rs, _ = releases_from_layer(one, mapping_for(rl, self.advice()))
            except InputError:
                rs = None
            if rs is not None and len(rs):
                geom = rs.geometry[0]
                if self._to_hazard_crs is not None:
                    geom = transform(geom, self._to_hazard_crs)
                category = CATEGORIES[int(rs.category[0])]
                devices = {k: v[0] for k, v in rs.devices.items()}
                hid = rs.hazard_ids[0] if rs.hazard_ids is not None else None
                label = str(rs.labels[0])
        # the core's one rule for a changed release row (as a project applies its own)
        key, _ = self.engine.apply_release(self._keys.pop(int(fid), None), geom, category, devices, hid, label)
        if key is not None:
            self._keys[int(fid)] = key
        self.show_all()
        self.show_selection()

    def _release_deleted(self, fid: int) -> None:
        key = self._keys.pop(int(fid), None)
        if key is not None and self.engine is not None:
            self.engine.remove_release(key)
            self.show_all()
            self.show_selection()

    def category_names(self) -> dict[str, str]:
        """The core's release categories in QGIS's language."""
        return {"cleared": self.tr("cleared"), "reduced": self.tr("reduced"), "cancelled": self.tr("cancelled")}

    def _text(self, title: str, t) -> str:
        """Totals in QGIS's language, numbers written as QGIS's locale writes them."""
        from qgis.PyQt.QtCore import QLocale

        loc = QLocale()

        def ha(v):
            return loc.toString(float(v), "f", 2)

        names = self.category_names()
        cats = ", ".join(f"{names.get(k, k)} {ha(v)}" for k, v in t.released_by_category_ha.items())
        devices = "  ".join(f"{k} {loc.toString(int(v))}" for k, v in t.devices.items())
        return self.tr("<b>{0}</b>: {1} hazards, {2} ha<br>released {3} ha ({4})<br>remaining {5} ha<br>"
                       "devices: {6}").format(title, loc.toString(int(t.hazards)), ha(t.total_ha), ha(t.released_ha),
                                              cats, ha(t.remaining_ha), devices)

    def show_all(self) -> None:
        if self.engine is not None:
            self.totals = self.engine.totals()
            self.all_label.setText(self._text(self.tr("All hazards"), self.totals))

    def selected_rows(self) -> list[int]:
        if self.engine is None or self.hazard_layer is None:
            return []
        wanted = set(self.hazard_layer.selectedFeatureIds())
        return sorted(row for fid, row in self._hazard_rows.items() if fid in wanted)

    def show_selection(self, *args) -> None:
        if self.engine is None:
            return
        rows = self.selected_rows()
        self.selection_totals = self.engine.totals(rows)
        self.selection_label.setText(self._text(self.tr("Selection"), self.selection_totals) if rows
                                     else self.tr("No hazard selected"))

    # ------------------------------------------------------------------ actions
    def mark_selected(self, values: dict | None = None) -> int:
        """Add one release per selected hazard (its whole shape) to the release layer's edit buffer."""
        hz, rl = self.hazard_layer, self.release_layer
        if hz is not None and rl is not None and self.engine is None:  # refused or unreadable: say why
            self._message(self.all_label.text())
            return 0
        rows = self.selected_rows()
        if rl is None or not rows:
            self._message(self.tr("Choose a release layer and select hazards first"))
            return 0
        if values is None:
            dialog = MarkDialog(self)
            if dialog.exec() != QDialog.Accepted:
                return 0
            values = dialog.values()
        try:  # the core's rules (minedesk.core.values): a date stored as YYYY-MM-DD, counts 0..MAX_DEVICES
            values = dict(values, date=input_date(values.get("date"), self.tr("Date")),
                          devices={k: input_count(v, self.tr("{0} found").format(k))
                                   for k, v in (values.get("devices") or {}).items()})
        except InputError as err:
            self._message(err.message)
            return 0
        names = [f.name() for f in rl.fields()]
        mapping = mapping_for(rl)
        link = mapping.release_hazard_id or detect_column(names, RELEASE_LINK_NAMES)
        category = mapping.category_field or detect_column(names, CATEGORY_NAMES)
        if category is None and mapping.category is None:
            self._message(self.tr("The release layer has no category field (RELEASE, CATEGORY or STATUS): choose "
                                  "one, or one category for all its releases, in Fields..."))
            return 0
        if category is None and values["category"] != mapping.category.value:
            # the layer's releases are all of one category (Fields...): a release of another cannot be written
            self._message(self.tr("Every release of {0} is {1} (Fields...): mark them {1}, or choose a category "
                                  "field in Fields...").format(rl.name(), self.category_names()[mapping.category.value]))
            return 0
        if not rl.isEditable():
            rl.startEditing()
        rl.beginEditCommand(self.tr("Mark {0} hazard(s) released").format(len(rows)))
        added = 0
        by_fid = {f.id(): f for f in hz.getFeatures(list(int(self.engine.hazards.fids[r]) for r in rows))}
        devices = devices_per_hazard([str(self.engine.hazards.ids[r]) for r in rows], values.get("devices"))
        for r, found in zip(rows, devices, strict=True):
            source = by_fid.get(int(self.engine.hazards.fids[r]))
            if source is None:
                continue
            geom = source.geometry()
            if rl.crs() != hz.crs():
                from qgis.core import QgsCoordinateTransform, QgsProject

                geom.transform(QgsCoordinateTransform(hz.crs(), rl.crs(), QgsProject.instance()))
            f = QgsFeature(rl.fields())
            f.setGeometry(geom)
            if category is not None:  # else the layer's one category (Fields...) says it
                f.setAttribute(category, values["category"])
            if link:
                f.setAttribute(link, str(self.engine.hazards.ids[r]))
            for key, candidates in (("method", METHOD_NAMES), ("date", DATE_NAMES), ("team", TEAM_NAMES)):
                col = detect_column(names, candidates)
                if col and values.get(key):
                    f.setAttribute(col, values[key])
            for device, count in (found or {}).items():
                col = mapping.devices.get(device) or detect_column(names, DEVICE_NAMES.get(device, ()))
                if col and count:
                    f.setAttribute(col, int(count))
            added += bool(rl.addFeature(f))
        rl.endEditCommand()
        return added

    def task_order(self, path: str | None = None, fields: dict | None = None,
                   simplify_m: float | None = None, language: str | None = None) -> str | None:
        """Write a task order for the selected hazards, in ``language`` (en, az, ru; QGIS's
        language by default)."""
        from minedesk.core.taskorder import MAX_TURNING_POINTS, order_to_issue, order_turning_points
        from minedesk.report.taskorder import write_task_order
        from minedesk.report.words import Words

        from .bridge import qgis_language

        rows = self.selected_rows()
        if self.engine is None or not rows:
            self._message(self.tr("Select one or more hazards first"))
            return None
        count = order_turning_points(self.engine, rows)
        if count > MAX_TURNING_POINTS and simplify_m is None:  # the core's rule: ask before simplifying
            value, ok = QInputDialog.getDouble(
                self, self.tr("Simplify the outline?"),
                self.tr("The task order would list {0} turning points, more than the {1} a task order can carry.\n"
                        "Simplify the outline for this document only? The layer keeps its geometry and the "
                        "document says what was simplified.\n\nTolerance in metres:").format(f"{count:,}",
                                                                                          MAX_TURNING_POINTS),
                1.0, 0.01, 10_000.0, 2)
            if not ok:
                return None
            simplify_m = value
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Task order"), "task-order.pdf", "PDF (*.pdf)")
            if not path:
                return None
        from qgis.core import QgsProject

        try:
            order = order_to_issue(issued_orders(QgsProject.instance()), [self.engine.hazards.ids[r] for r in rows],
                                   fields or {})
        except InputError as err:
            self._message(err.message)
            return None
        inputs = [layer.source().split("|")[0] for layer in (self.hazard_layer, self.release_layer) if layer is not None]
        try:  # the save dialog asked before replacing ``path``; never a layer's file or a project
            write_task_order(self.view, order, path, simplify_m=simplify_m, words=Words(language or qgis_language()),
                             overwrite=[path], inputs=inputs)
        except InputError as err:
            self._message(err.message)
            return None
        record_order(QgsProject.instance(), order)  # the next one takes the next number
        return path

    def edit_fields(self, values: dict | None = None) -> None:
        """Which field means what, for these two layers; remembered with each layer."""
        hz, rl = self.hazard_layer, self.release_layer
        if hz is None:
            return
        if values is None:
            dialog = FieldsDialog(hz, rl, self)
            if dialog.exec() != QDialog.Accepted:
                return
            values = dialog.values()
        remember_mapping(hz, hazard_id=values.get("hazard_id"))
        if rl is not None:
            remember_mapping(rl, release_hazard_id=values.get("release_hazard_id"),
                             category_field=values.get("category_field"), category=values.get("category"),
                             devices=values.get("devices") or {})
        self.rebuild()

    def advice(self) -> dict:
        """The core's mapping advice, pointing to this dock's Fields... dialog."""
        return {"category": self.tr("choose the category field, or one category for all, in Fields..."),
                "category_value": self.tr("choose one category for all in Fields..., or correct the value"),
                "device": self.tr("correct the value or choose another count field in Fields..."),
                "hazard_id": self.tr("choose the hazard id field in Fields... if it has another name")}

    def _message(self, text: str) -> None:
        if self.iface is not None:
            self.iface.messageBar().pushWarning("MineDesk", text)
        else:
            self.all_label.setToolTip(text)


class FieldsDialog(QDialog):
    """Hazard id, the release's hazard id, category, device counts: detected, or chosen here."""

    def __init__(self, hazards, releases, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("MineDesk fields"))
        form = QFormLayout(self)
        hz_map, rl_map = mapping_for(hazards), mapping_for(releases) if releases is not None else None

        def combo(layer, current):
            box = QComboBox()
            box.addItem(self.tr("(detect)"), "")
            for f in layer.fields():
                box.addItem(f.name(), f.name())
            if current:
                box.setCurrentIndex(max(box.findData(current), 0))
            return box

        self.hazard_id = combo(hazards, hz_map.hazard_id)
        form.addRow(self.tr("Hazard id (hazards)"), self.hazard_id)
        self.inputs = {}
        if releases is not None:
            self.inputs["release_hazard_id"] = combo(releases, rl_map.release_hazard_id)
            self.inputs["category_field"] = combo(releases, rl_map.category_field)
            form.addRow(self.tr("Hazard id (releases)"), self.inputs["release_hazard_id"])
            form.addRow(self.tr("Release category"), self.inputs["category_field"])
            self.category = QComboBox()
            self.category.addItem(self.tr("(from the field)"), "")
            names = parent.category_names() if isinstance(parent, TallyDock) else {}
            for c in CATEGORIES:
                self.category.addItem(names.get(c.value, c.value), c.value)
            form.addRow(self.tr("Or one category for all"), self.category)
            self.devices = {}
            for name in ("AP", "AT", "UXO", "IED"):
                self.devices[name] = combo(releases, rl_map.devices.get(name))
                form.addRow(self.tr("{0} count").format(name), self.devices[name])
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        out = {"hazard_id": self.hazard_id.currentData()}
        out.update({k: box.currentData() for k, box in self.inputs.items()})
        if self.inputs:
            out["category"] = self.category.currentData()
            out["devices"] = {k: box.currentData() for k, box in self.devices.items() if box.currentData()}
        return out


class MarkDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark released"))
        form = QFormLayout(self)
        self.category = QComboBox()
        names = parent.category_names() if isinstance(parent, TallyDock) else {}
        for c in CATEGORIES:
            self.category.addItem(names.get(c.value, c.value), c.value)
        self.method = QLineEdit()
        self.date = QLineEdit(datetime.date.today().isoformat())
        self.date.setToolTip(self.tr("YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or YYYYMMDD"))
        self.team = QLineEdit()
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Team"), self.team)
        self.devices = {}
        for name in ("AP", "AT", "UXO", "IED"):
            spin = QSpinBox()
            spin.setRange(0, MAX_DEVICES)
            self.devices[name] = spin
            form.addRow(self.tr("{0} found").format(name), spin)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {"category": self.category.currentData(), "method": self.method.text() or None,
                "date": self.date.text() or None, "team": self.team.text() or None,
                "devices": {k: s.value() for k, s in self.devices.items() if s.value()}}

