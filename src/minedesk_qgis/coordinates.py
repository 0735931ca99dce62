"""*New polygon from coordinates...* in QGIS: the application's own dialog (``minedesk.forms``,
on QGIS's PyQt5), drawn live on the map canvas, and the polygon added as a feature to the
chosen layer's edit buffer (QGIS's undo, redo and save apply). A release of the selected
hazard is clipped to it, as in the application."""

from __future__ import annotations

import os

import shapely
from pyproj import CRS, Transformer
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from qgis.PyQt.QtGui import QColor

from minedesk.core.area import geodesic_hectares, transform
from minedesk.core.errors import InputError
from minedesk.core.mapping import CATEGORY_NAMES, HAZARD_ID_NAMES, HAZARD_TYPE_NAMES, RELEASE_LINK_NAMES, detect_column
from minedesk.core.validation import polygonal_part

from .bridge import mapping_for

_translators: list = []


def menu_text() -> str:
    return QCoreApplication.translate("CoordinatesPlugin", "New polygon from coordinates...")


def install_translation(locale: str) -> None:
    """The shared dialog's strings: the application's catalogue, shipped in i18n/ (once)."""
    if _translators or not locale:
        return
    path = os.path.join(os.path.dirname(__file__), "i18n", f"minedesk_{locale[:2]}.qm")
    if os.path.exists(path):
        t = QTranslator()
        if t.load(path):
            QCoreApplication.installTranslator(t)
            _translators.append(t)


def polygon_layers(project=None) -> list:
    project = project or QgsProject.instance()
    return [layer for layer in project.mapLayers().values()
            if getattr(layer, "geometryType", None) and layer.geometryType() == QgsWkbTypes.PolygonGeometry]


def _lonlat(layer):
    return Transformer.from_crs(CRS.from_wkt(layer.crs().toWkt()), CRS.from_epsg(4326), always_xy=True)


def _to_layer(layer):
    return Transformer.from_crs(CRS.from_epsg(4326), CRS.from_wkt(layer.crs().toWkt()), always_xy=True)


class CoordinatesTool:
    """The dialog, its rubber band on the canvas, and what it adds when accepted."""

    def __init__(self, iface=None, parent=None, layers=None, active=None):
        from minedesk.forms.coordinates import CoordinatesDialog

        self.iface = iface
        self.layers = list(layers if layers is not None else polygon_layers())
        if not self.layers:
            raise InputError(None, QCoreApplication.translate("CoordinatesPlugin", "the project has no polygon layer"),
                             QCoreApplication.translate("CoordinatesPlugin", "add or create a polygon layer first"))
        active = active if active in self.layers else (iface.activeLayer() if iface is not None else None)
        self.hazard_layer = active if active in self.layers else None
        self.hazard_feature = None
        targets = [("hazard", QCoreApplication.translate("CoordinatesPlugin", "New hazard"))]
        context = {}
        if self.hazard_layer is not None and self.hazard_layer.selectedFeatureCount() == 1:
            self.hazard_feature = next(self.hazard_layer.getSelectedFeatures())
            label = self._feature_id(self.hazard_layer, self.hazard_feature)
            text = QCoreApplication.translate("CoordinatesPlugin", "Release of the selected hazard {0}")
            targets.insert(0, ("release", text.format(label)))
            shape = shapely.from_wkb(bytes(self.hazard_feature.geometry().asWkb()))
            there = transform(shape, _lonlat(self.hazard_layer))
            context["release"] = [list(p.exterior.coords) for p in shapely.get_parts(there)]
        self.dialog = CoordinatesDialog(targets, parent, layers=[layer.name() for layer in self.layers], context=context)
        if self.hazard_layer is not None and self.hazard_feature is None:
            self.dialog.layer_combo.setCurrentIndex(self.layers.index(self.hazard_layer))
        self.rubber = None
        if iface is not None:
            from qgis.gui import QgsRubberBand

            self.rubber = QgsRubberBand(iface.mapCanvas(), QgsWkbTypes.PolygonGeometry)
            self.rubber.setStrokeColor(QColor(20, 60, 160))
            self.rubber.setFillColor(QColor(20, 60, 160, 50))
            self.rubber.setWidth(2)
            self.dialog.previewed.connect(self.preview)
            self.dialog.finished.connect(lambda *_: self.rubber.reset(QgsWkbTypes.PolygonGeometry))
        self.message = ""

    @staticmethod
    def _feature_id(layer, feature) -> str:
        names = [f.name() for f in layer.fields()]
        col = mapping_for(layer).hazard_id or detect_column(names, HAZARD_ID_NAMES)
        return str(feature[col]) if col else f"#{feature.id()}"

    def preview(self, outline) -> None:
        """The ring as read, on the canvas (red when it crosses itself): QGIS moves it from WGS84
        to the canvas's CRS."""
        self.rubber.reset(QgsWkbTypes.PolygonGeometry)
        if len(outline.ring) < 2:
            return
        self.rubber.setStrokeColor(QColor(200, 0, 0) if outline.crossings else QColor(20, 60, 160))
        ring = [QgsPointXY(lon, lat) for lon, lat in outline.ring]
        self.rubber.addGeometry(QgsGeometry.fromPolygonXY([ring + ring[:1]]), QgsCoordinateReferenceSystem("EPSG:4326"))

    def add(self) -> int:
        """Add the dialog's polygon to the chosen layer's edit buffer (one edit command). Returns
        the new feature's (temporary) id; InputError when there is nothing to add."""
        values = self.dialog.values()
        layer = self.layers[values.get("layer", 0)]
        polygon = self.dialog.polygon()  # lon/lat; the core's rules (rows, misclosure, crossing)
        geometry = transform(polygon, _to_layer(layer))
        names = [f.name() for f in layer.fields()]
        f = QgsFeature(layer.fields())
        mapping = mapping_for(layer)
        if values["target"] == "release":
            hazard = transform(shapely.from_wkb(bytes(self.hazard_feature.geometry().asWkb())),
                               Transformer.from_crs(CRS.from_wkt(self.hazard_layer.crs().toWkt()),
                                                    CRS.from_wkt(layer.crs().toWkt()), always_xy=True))
            clipped = polygonal_part(shapely.intersection(shapely.make_valid(hazard), geometry))
            if clipped is None or clipped.area == 0:
                raise InputError(layer.name(), QCoreApplication.translate(
                    "CoordinatesPlugin", "the release polygon does not overlap the selected hazard"),
                                 QCoreApplication.translate("CoordinatesPlugin", "check the turning points"))
            geometry = clipped
            hazard_id = self._feature_id(self.hazard_layer, self.hazard_feature)
            link = mapping.release_hazard_id or detect_column(names, RELEASE_LINK_NAMES)
            category = mapping.category_field or detect_column(names, CATEGORY_NAMES)
            if link:
                f.setAttribute(link, hazard_id)
            if category:
                f.setAttribute(category, values["category"])
            label = QCoreApplication.translate("CoordinatesPlugin", "Add {0} release to {1}")
            label = label.format(values["category"], hazard_id)
            added = geodesic_hectares(transform(clipped, _lonlat(layer)))
            text = QCoreApplication.translate("CoordinatesPlugin", "{0} ({1} ha inside the hazard added)")
            self.message = text.format(label, f"{added:,.2f}")
        else:
            col = mapping.hazard_id or detect_column(names, HAZARD_ID_NAMES)
            if col and values.get("hazard_id"):
                f.setAttribute(col, values["hazard_id"])
            type_col = detect_column(names, HAZARD_TYPE_NAMES)
            if type_col and values.get("hazard_type"):
                f.setAttribute(type_col, values["hazard_type"])
            label = QCoreApplication.translate("CoordinatesPlugin", "Add hazard {0}").format(values.get("hazard_id") or "")
            self.message = label
        if layer.wkbType() in (QgsWkbTypes.MultiPolygon, QgsWkbTypes.MultiPolygonZ, QgsWkbTypes.MultiPolygon25D) \
                or QgsWkbTypes.isMultiType(layer.wkbType()):
            geometry = shapely.MultiPolygon(list(shapely.get_parts(geometry)))
        f.setGeometry(QgsGeometry.fromWkt(geometry.wkt))
        self.message += f" · {self.dialog.misclosure_label.text()}"
        if not layer.isEditable():
            layer.startEditing()
        layer.beginEditCommand(label)
        ok = layer.addFeature(f)
        layer.endEditCommand()
        if not ok:
            raise InputError(layer.name(), QCoreApplication.translate("CoordinatesPlugin", "QGIS did not take the feature"),
                             QCoreApplication.translate("CoordinatesPlugin", "check that the layer can be edited"))
        return f.id()

    def accepted(self) -> None:
        try:
            self.add()
        except InputError as err:
            self.message = err.message
        if self.iface is not None:
            self.iface.messageBar().pushInfo("MineDesk", self.message)
