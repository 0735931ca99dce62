"""Edit > New polygon from coordinates... (issue 17): the shared dialog driven with pytest-qt, in
the window, with its misclosure, its bad rows, a self-crossing, and one undoable command."""

from __future__ import annotations

import math

import pytest
import shapely
from pyproj import Geod, Transformer

from conftest import X0, Y0, square, write_layer

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QSettings, Qt

from minedesk.core import coords
from minedesk.exchange import import_project
from minedesk.forms.coordinates import CoordinatesDialog

GEOD = Geod(ellps="WGS84")
TO_LONLAT = Transformer.from_crs(32638, 4326, always_xy=True)


@pytest.fixture
def project(tmp_path):
    hz = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), square(X0 + 200, Y0, 100)], {"HAZ_ID": ["A", "B"]})
    path, _ = import_project(tmp_path / "p.gpkg", hz, None)
    return path


def _type(qtbot, dialog, row, col, text):
    dialog.table.setCurrentCell(row, col)
    dialog.table.item(row, col).setText(text)


def test_typing_a_traverse_shows_each_leg_and_the_misclosure(qtbot):
    d = CoordinatesDialog()
    qtbot.addWidget(d)
    start = coords.to_mgrs(*TO_LONLAT.transform(X0 + 500, Y0))
    for r, (label, text) in enumerate([("BM", start), ("TP1", "000 50"), ("", "090 100"), ("", "000 100"),
                                       ("", "270 100"), ("", "180 98")]):
        _type(qtbot, d, r, 0, label)
        _type(qtbot, d, r, 1, text)
    qtbot.waitUntil(lambda: d.outline is not None and len(d.outline.ring) == 4, timeout=2000)
    d.refresh()
    n = d.input_columns
    assert d.table.item(0, n).text() == "MGRS · BM"
    assert d.table.item(0, n + 1).text() == "38N"
    assert d.table.item(2, n).text() == "leg" and d.table.item(2, n + 2).text() == "90.0°"
    assert d.table.item(2, n + 3).text() == "100.0"
    assert d.outline.misclosure_m == pytest.approx(2.0, abs=0.01)
    assert "Misclosure 2.00 m (1 : 199) over 398.0 m" in d.misclosure_label.text()
    assert "worse than the tolerance 1 : 300" in d.misclosure_label.text()
    assert not d.ok_button.isEnabled()  # the misclosure must be accepted, and the hazard needs an id
    d.accept_box.setChecked(True)
    assert not d.ok_button.isEnabled()
    qtbot.keyClicks(d.id_edit, "AGD-CHA-00042")
    assert d.ok_button.isEnabled()
    d.tolerance_spin.setValue(190)
    d.refresh()
    assert not d.accept_box.isVisible() and "tolerance" not in d.misclosure_label.text()


#: a good row, then one bad row of each kind (their reasons in the order of the tests' lists)
BAD_ROWS = [["", "39.9188, 47.0030"], ["", "91.5, 47.0"], ["", "047°75' 20"], ["", "400 20"], ["", "6500 mils 20"],
            ["", "047 -5"], ["", "38SZZ 71184 20665"], ["", "hello"]]


def test_bad_rows_are_red_with_their_reason_and_nothing_can_be_made(qtbot):
    d = CoordinatesDialog()
    qtbot.addWidget(d)
    d.set_rows(BAD_ROWS)
    n = d.input_columns
    reasons = [d.table.item(r, n + 4).text() for r in range(1, 8)]
    assert "latitude 91.5° is over 90" in reasons[0]
    assert "minutes 75 are over 59" in reasons[1]
    assert "bearing 400° is over 360" in reasons[2]
    assert "over the 6400 mil circle" in reasons[3]
    assert "distance -5 m is negative" in reasons[4]
    assert "column letter Z is not used in zone 38" in reasons[5]
    assert "not a position or a leg" in reasons[6]
    assert d.table.item(1, 1).background().color().name() == "#ffd6d6"
    assert d.table.item(1, 1).toolTip() == reasons[0]
    assert d.table.item(0, 1).background().color().name() != "#ffd6d6"
    assert "7 row(s) cannot be read" in d.summary_label.text()
    assert not d.ok_button.isEnabled() and d.ok_button.toolTip() == "correct the rows in red"


def test_a_crossing_is_shown_and_repaired_only_on_request(qtbot):
    d = CoordinatesDialog()
    qtbot.addWidget(d)
    d.id_edit.setText("X-1")
    d.set_rows([["1", "39.9000, 47.0000"], ["2", "39.9010, 47.0010"], ["3", "39.9000, 47.0010"],
                ["4", "39.9010, 47.0000"]])
    d.show()
    assert d.crossing_label.isVisible() and "39.900500° N, 47.000500° E" in d.crossing_label.text()
    assert d.sketch.outline.crossings
    assert not d.ok_button.isEnabled()
    d.repair_box.setChecked(True)
    assert d.ok_button.isEnabled()
    assert d.polygon().geom_type == "MultiPolygon"


@pytest.mark.parametrize(("language", "expected"), [
    ("ru", ["широта 91.5° больше 90", "минуты 75 больше 59", "азимут 400° больше 360", "больше круга 6400 тыс.",
            "расстояние -5 м отрицательно", "буква столбца Z не используется в зоне 38", "не положение и не ход"]),
    ("az", ["en 91.5° 90-dan çoxdur", "dəqiqələr 75 59-dan çoxdur", "azimut 400° 360-dan çoxdur",
            "6400 mil dairəsindən çoxdur", "məsafə -5 m mənfidir", "Z sütun hərfi 38 zonasında işlənmir",
            "oxuduğu mövqe və ya hissə deyil"])])
def test_a_rows_reason_is_said_in_the_windows_language(qtbot, language, expected):
    """The core keeps each row's reason as a template: the form says it in its language."""
    from PySide6.QtWidgets import QApplication

    from minedesk.app.main import install_language

    app = QApplication.instance()
    try:
        install_language(app, language)
        d = CoordinatesDialog()
        qtbot.addWidget(d)
        d.set_rows(BAD_ROWS)
        n = d.input_columns
        reasons = [d.table.item(r, n + 4).text() for r in range(1, 8)]
        for reason, words in zip(reasons, expected, strict=True):
            assert words in reason, (reason, words)
        assert expected[0] in d.summary_label.text()
        assert str(d.outline.rows[1].problem) == "latitude 91.5° is over 90"  # the English the CLI prints
    finally:
        install_language(app, "en")



@pytest.mark.parametrize("language", ["en", "az", "ru"])
def test_pasting_the_task_orders_table_with_its_header_sets_the_columns(qtbot, language):
    """The table of a task order printed in any language (its header as printed) reads back."""
    from minedesk.report.taskorder import tp_columns, turning_point_rows
    from minedesk.report.words import Words

    hazard = shapely.Polygon([(46.6400, 39.9850), (46.6440, 39.9856), (46.6452, 39.9822), (46.6431, 39.9809)])
    ring = coords.turning_points(hazard)[0]
    header = [name for name, _, _ in tp_columns(Words(language))]
    assert language == "en" or header[1] != "Latitude"
    text = "\n".join(["\t".join(header)] + ["\t".join(r) for r in turning_point_rows(ring)])
    d = CoordinatesDialog()
    qtbot.addWidget(d)
    d.paste_text(text)
    assert d.roles()[:3] == ["label", "lat", "lon"] and d.input_columns == len(header)
    assert len(d.outline.ring) == 4 and not d.outline.problems
    for (lon, lat), tp in zip(d.outline.ring, ring.points, strict=True):
        assert GEOD.inv(lon, lat, tp.lon, tp.lat)[2] < 0.1
    # the form chosen for a column is checked on each row
    d.set_roles(["label", "ignore", "ignore", "ignore", "ignore", "ignore", "ignore", "utm", "ignore", "ignore",
                 "ignore"])
    d.refresh()
    assert "read as MGRS, not the UTM chosen" in d.outline.rows[0].problem


def test_the_window_adds_a_hazard_and_a_release_as_undoable_commands(qtbot, project, tmp_path):
    from minedesk.app.window import MainWindow

    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.open_path(str(project), background=False)
    assert w.coordinates_action.isEnabled()
    w.polygon_from_coordinates()
    d = w.coordinates_dialog
    assert [d.target_combo.itemData(i) for i in range(d.target_combo.count())] == ["hazard"]
    lon, lat = TO_LONLAT.transform(X0 + 500, Y0)
    d.zone_edit.setText("38N")
    d.reference_combo.setCurrentIndex(d.reference_combo.findData("grid"))
    d.set_rows([["TP1", f"{X0 + 500:.0f} {Y0:.0f}"], ["", "000 100"], ["", "090 100"], ["", "180 100"],
                ["", "270 100"]])
    assert d.outline.misclosure_m == pytest.approx(0.0, abs=0.01)
    assert w.canvas.outline_preview is not None and len(w.canvas.outline_preview[1]) == 4
    x, y = w.canvas.outline_preview[1][0]
    assert (x, y) == pytest.approx((X0 + 500.5, Y0 + 0.5), abs=1e-3)  # drawn on the map, in its CRS
    d.id_edit.setText("C-1")
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert "C-1" in w.project.hazard_ids()
    assert w.project.hazard_tally("C-1").total_ha == pytest.approx(1.0, rel=2e-3)
    assert w.statusBar().currentMessage().startswith("Add hazard C-1 (1.00 ha) · misclosure 0.00 m")
    assert w.canvas.outline_preview is None
    w.undo()
    assert "C-1" not in w.project.hazard_ids()

    # a release of the selected hazard, clipped to it: the message says how much was added
    w.state.select({w.project.hazard_row("A")})
    w.polygon_from_coordinates()
    d = w.coordinates_dialog
    assert d.target_combo.currentData() == "release" and d.sketch.context
    a_lon, a_lat = TO_LONLAT.transform(X0 + 50, Y0 + 50)
    d.set_rows([["", f"{a_lat:.6f}, {a_lon:.6f}"], ["", "090 100"], ["", "000 100"], ["", "270 100"],
                ["", "180 100"]])
    d.category_combo.setCurrentIndex(d.category_combo.findData("reduced"))
    assert d.ok_button.text() == "Add release"
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    t = w.project.hazard_tally("A")
    assert t.released_by_category_ha["reduced"] == pytest.approx(0.25, rel=5e-3)
    assert "Add reduced release to A (0.25 ha)" in w.statusBar().currentMessage()
    w.undo()
    assert w.project.hazard_tally("A").released_ha == 0
    w.close()
    assert math.isfinite(lon + lat)
