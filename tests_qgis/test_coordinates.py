"""New polygon from coordinates in real QGIS (issue 17): the application's dialog on QGIS's PyQt5,
the feature added to the chosen layer's edit buffer, a release clipped to the selected hazard."""

import sys

import pytest

X, Y = 640_000, 4_427_000


def _layer(name, fields, rows=()):
    from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:32638&{'&'.join(f'field={f}' for f in fields)}", name, "memory")
    features = []
    for wkt, values in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        for k, v in values.items():
            f[k] = v
        features.append(f)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def _square(x0, y0, d):
    return f"POLYGON(({x0} {y0},{x0 + d} {y0},{x0 + d} {y0 + d},{x0} {y0 + d},{x0} {y0}))"


def test_the_dialog_runs_on_pyqt5_and_adds_to_the_edit_buffer(plugin):
    from qgis.core import QgsProject

    from minedesk.forms import qt
    from minedesk_qgis.coordinates import CoordinatesTool

    assert qt.API == "pyqt5" and "PySide6" not in sys.modules
    hazards = _layer("hazards", ["HAZ_ID:string", "HAZ_TYPE:string"], [(_square(X, Y, 100), {"HAZ_ID": "H-1"})])
    releases = _layer("releases", ["CLR_ID:string", "HAZ_ID:string", "RELEASE:string"])
    try:
        tool = CoordinatesTool(None, None, layers=[hazards, releases], active=hazards)
        d = tool.dialog
        assert [d.target_combo.itemData(i) for i in range(d.target_combo.count())] == ["hazard"]
        assert d.layer_combo.currentIndex() == 0
        d.zone_edit.setText("38N")
        d.reference_combo.setCurrentIndex(d.reference_combo.findData("grid"))
        d.set_rows([["BM", f"{X + 500} {Y - 100}"], ["", "000 100"], ["", "000 100"], ["", "090 100"],
                    ["", "180 100"], ["", "270 99"]])
        assert d.outline.misclosure_m == pytest.approx(1.0, abs=0.01)
        assert "1 : 399" in d.misclosure_label.text()
        d.id_edit.setText("H-2")
        d.type_combo.setCurrentIndex(d.type_combo.findText("CHA"))
        assert d.ok_button.isEnabled()
        fid = tool.add()
        assert hazards.isEditable()
        f = hazards.getFeature(fid)
        assert f["HAZ_ID"] == "H-2" and f["HAZ_TYPE"] == "CHA"
        assert f.geometry().area() == pytest.approx(10_000, rel=2e-3)
        assert "Misclosure 1.00 m (1 : 399)" in tool.message  # as the dialog says it
        hazards.undoStack().undo()  # QGIS's own undo takes it back
        assert hazards.featureCount() == 1
        hazards.undoStack().redo()
        assert hazards.commitChanges()
        assert hazards.featureCount() == 2

        # a release of the selected hazard, into the release layer, clipped to the hazard
        first = next(ff for ff in hazards.getFeatures() if ff["HAZ_ID"] == "H-1")
        hazards.selectByIds([first.id()])
        tool = CoordinatesTool(None, None, layers=[hazards, releases], active=hazards)
        d = tool.dialog
        assert d.target_combo.currentData() == "release" and d.sketch.context
        d.layer_combo.setCurrentIndex(1)
        d.zone_edit.setText("38N")
        d.set_rows([["", f"{X + 50} {Y + 50}"], ["", "grid 090 100"], ["", "grid 000 100"], ["", "grid 270 100"],
                    ["", "grid 180 100"]])
        d.category_combo.setCurrentIndex(d.category_combo.findData("cleared"))
        fid = tool.add()
        r = releases.getFeature(fid)
        assert r["HAZ_ID"] == "H-1" and r["RELEASE"] == "cleared"
        # the bare UTM metres name the centre of their metre square: 49.5 m x 49.5 m of it lies on the hazard
        assert r.geometry().area() == pytest.approx(49.5 ** 2, rel=1e-6)
        assert "Add cleared release to H-1 (0.25 ha inside the hazard added)" in tool.message
    finally:
        QgsProject.instance().removeMapLayers([hazards.id(), releases.id()])


def test_bad_rows_are_refused_in_qgis_too(plugin):
    from qgis.core import QgsProject

    from minedesk.core.errors import InputError
    from minedesk_qgis.coordinates import CoordinatesTool

    hazards = _layer("hazards", ["HAZ_ID:string"])
    try:
        tool = CoordinatesTool(None, None, layers=[hazards])
        d = tool.dialog
        d.set_rows([["", "39.9188, 47.0030"], ["", "047 -5"], ["", "090 30"]])
        n = d.input_columns
        assert "distance -5 m is negative" in d.table.item(1, n + 4).text()
        assert not d.ok_button.isEnabled()
        with pytest.raises(InputError, match="row 2"):
            tool.add()
        assert hazards.featureCount() == 0
    finally:
        QgsProject.instance().removeMapLayers([hazards.id()])


class _Bar:
    def __init__(self):
        self.shown = []

    def pushInfo(self, title, text):
        self.shown.append(text)

    pushWarning = pushInfo


class _Iface:
    """What the plugin asks of QGIS's iface: a main window, menus, the canvas, the message bar."""

    def __init__(self, active=None):
        from qgis.gui import QgsMapCanvas
        from qgis.PyQt.QtWidgets import QMainWindow

        self.window, self.canvas, self.bar, self.active = QMainWindow(), QgsMapCanvas(), _Bar(), active
        self.menu = []

    def mainWindow(self):
        return self.window

    def mapCanvas(self):
        return self.canvas

    def messageBar(self):
        return self.bar

    def activeLayer(self):
        return self.active

    def addPluginToVectorMenu(self, name, action):
        self.menu.append(action)

    def removePluginVectorMenu(self, name, action):
        self.menu.remove(action)

    def addDockWidget(self, *args):
        pass

    removeDockWidget = addToolBarIcon = removeToolBarIcon = addDockWidget


def test_the_vector_menu_entry_opens_the_dialog_and_adds_to_the_layer(plugin):
    from qgis.core import QgsApplication, QgsProject

    import minedesk_qgis

    hazards = _layer("hazards", ["HAZ_ID:string"], [(_square(X, Y, 100), {"HAZ_ID": "H-1"})])
    iface = _Iface(active=hazards)
    iface.canvas.setDestinationCrs(hazards.crs())
    gui = minedesk_qgis.classFactory(iface)  # a second instance, with a window: the Processing provider
    gui.provider = QgsApplication.processingRegistry().providerById("minedesk")  # stays the started one's
    try:
        gui.initGui()
        texts = [a.text() for a in iface.menu]
        assert "New polygon from coordinates..." in texts
        entry = next(a for a in iface.menu if a.text() == "New polygon from coordinates...")
        entry.trigger()
        tool = gui.coordinates_tool
        d = tool.dialog
        assert d.isVisible()
        d.zone_edit.setText("38N")
        d.set_rows([["", f"{X + 300} {Y}"], ["", "grid 000 50"], ["", "grid 090 50"], ["", "grid 180 50"],
                    ["", "grid 270 50"]])
        assert tool.rubber.numberOfVertices() == 5  # drawn on the canvas as it is typed (ring closed)
        corner = tool.rubber.getPoint(0, 0)
        assert (corner.x(), corner.y()) == pytest.approx((X + 300.5, Y + 0.5), abs=1e-3)  # in the canvas's CRS
        d.id_edit.setText("H-7")
        d.ok_button.click()
        assert sorted(f["HAZ_ID"] for f in hazards.getFeatures()) == ["H-1", "H-7"]
        assert iface.bar.shown and iface.bar.shown[-1].startswith("Add hazard H-7 · Misclosure 0.00 m")
        assert tool.rubber.numberOfVertices() == 0  # gone with the dialog
        gui.provider = None
        gui.unload()
        assert "New polygon from coordinates..." not in [a.text() for a in iface.menu]
    finally:
        hazards.rollBack()
        QgsProject.instance().removeMapLayers([hazards.id()])
