"""What reading a file finds is kept: in a project made from it (`minedesk import`, the window's
Make project), shown by `minedesk check PROJECT` and the window's Data quality panel, and shown
for a file on view alike (issue 14)."""

import json
import sqlite3

import pytest
import shapely

from conftest import X0, Y0, write_layer

REPAIRS = {("BOW", "invalid geometry repaired"), ("SPIKE", "invalid geometry repaired"),
           ("REP", "repeated vertices removed")}


@pytest.fixture
def repaired_file(tmp_path):
    """A bow-tie, a spike and a repeated vertex: three repairs."""
    bow = shapely.Polygon([(X0, Y0), (X0 + 100, Y0 + 100), (X0 + 100, Y0), (X0, Y0 + 100)])
    spike = shapely.Polygon([(X0 + 300, Y0), (X0 + 400, Y0), (X0 + 400, Y0 + 100), (X0 + 350, Y0 + 100),
                             (X0 + 350, Y0 + 300), (X0 + 350, Y0 + 100), (X0 + 300, Y0 + 100)])
    rep = shapely.Polygon([(X0 + 600, Y0), (X0 + 700, Y0), (X0 + 700, Y0), (X0 + 700, Y0 + 100), (X0 + 600, Y0 + 100)])
    return write_layer(tmp_path / "h.shp", [bow, spike, rep, None], {"HAZ_ID": ["BOW", "SPIKE", "REP", "NULL"]})


def _found(run_cli, path):
    code, out, _ = run_cli("check", path, "--json")
    assert code == 1
    return {(f["id"], f["kind"]) for f in json.loads(out)["findings"]}


def test_import_keeps_the_repairs_and_check_lists_them_with_their_ids(run_cli, repaired_file, tmp_path):
    project = tmp_path / "p.gpkg"
    assert run_cli("import", repaired_file, "-o", project)[0] == 0
    wanted = REPAIRS | {("NULL", "null geometry")}
    assert _found(run_cli, repaired_file) == wanted  # the file, as read
    assert _found(run_cli, project) == wanted  # the project made of it: nothing forgotten
    with sqlite3.connect(project) as conn:  # an ordinary table QGIS and GDAL list, naming the file
        rows = conn.execute("SELECT layer, source, feature, kind FROM reading_findings").fetchall()
    assert ("hazards", "h.shp", "BOW", "invalid geometry repaired") in rows
    code, out, _ = run_cli("tally", project, "--json")  # the skipped one is said beside the figures
    assert code == 0 and json.loads(out)["not_counted"]["hazards_skipped"] == 1
    assert json.loads(run_cli("tally", repaired_file, "--json")[1])["not_counted"]["hazards_skipped"] == 1


def test_a_schema_2_project_migrates_without_findings(run_cli, repaired_file, tmp_path):
    """A project made before findings were kept opens as it is, and gets the table on its first edit."""
    project = tmp_path / "p.gpkg"
    assert run_cli("import", repaired_file, "-o", project)[0] == 0
    with sqlite3.connect(project) as conn:
        conn.execute('DROP TABLE "reading_findings"')
        conn.execute("DELETE FROM gpkg_contents WHERE table_name='reading_findings'")
        conn.execute("UPDATE minedesk_meta SET value='2' WHERE key='schema_version'")
    assert run_cli("check", project)[0] == 0  # clean: what reading found was not kept then
    assert run_cli("release", project, "--hazard", "REP", "--category", "cleared", "--whole")[0] == 0
    with sqlite3.connect(project) as conn:
        assert conn.execute("SELECT value FROM minedesk_meta WHERE key='schema_version'").fetchone() == ("3",)
        assert conn.execute("SELECT COUNT(*) FROM reading_findings").fetchone() == (0,)


def test_the_window_shows_what_reading_found_for_a_file_and_keeps_it_in_the_project(
        qtbot, repaired_file, tmp_path, monkeypatch, run_cli):
    pytest.importorskip("PySide6.QtWidgets")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from minedesk.app.window import MainWindow

    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.open_path(str(repaired_file), background=False)
    panel = w.quality
    shown = lambda: {(panel.table.item(i, 1).text(), panel.table.item(i, 2).text())  # noqa: E731
                     for i in range(panel.table.rowCount())}
    assert REPAIRS | {("NULL", "null geometry")} <= shown()
    target = tmp_path / "made.gpkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    w.open_path = lambda path, background=True: MainWindow.open_path(w, path, background=False)
    w.make_project_action.trigger()
    assert w.path == str(target)
    assert REPAIRS | {("NULL", "null geometry")} <= shown()  # the project remembers
    w.close()
    assert _found(run_cli, target) == REPAIRS | {("NULL", "null geometry")}


def test_the_dashboard_says_what_is_not_counted(qtbot, tmp_path, run_cli):
    pytest.importorskip("PySide6.QtWidgets")
    from PySide6.QtCore import QSettings

    from conftest import square
    from minedesk.app.window import MainWindow

    hz = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), None], {"HAZ_ID": ["H-1", "H-2"]})
    rl = write_layer(tmp_path / "h_releases.shp", [square(X0, Y0, 50), square(X0 + 5000, Y0, 100)],
                     {"HAZ_ID": ["H-1", None], "RELEASE": ["cleared", "cleared"]})
    project = tmp_path / "p.gpkg"
    assert run_cli("import", hz, "--releases", rl, "-o", project)[0] == 0
    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.open_path(str(project), background=False)
    label = w.dashboard.not_counted
    assert label.isVisible()
    assert "1 release(s) outside every hazard" in label.text() and "1 hazard(s) skipped" in label.text()
    assert "1.00" in label.text()  # the hectares, in the locale's format
    w.close()


def test_the_hazard_table_shows_names_and_its_filter_searches_every_column(qtbot, tmp_path):
    pytest.importorskip("PySide6.QtWidgets")
    from PySide6.QtCore import QSettings

    from conftest import square
    from minedesk.app.window import MainWindow

    hz = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), square(X0 + 200, Y0, 100), square(X0 + 400, Y0, 100)],
                     {"HAZ_ID": ["A", "B", "C"], "NAME": ["Şıxlı field", "North hill", "Şıxlı road"],
                      "SURVEYOR": ["ANAMA team 3", "HALO", "ANAMA team 7"]})
    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.open_path(str(hz), background=False)
    model = w.hazards.model
    assert "name" in model.columns and model.headers()["name"] == "Name"
    assert model.value(0, "name") == "Şıxlı field"
    w.filter.setText("şıxlı")  # any case, the name column
    assert w.proxy.rowCount() == 2
    w.filter.setText("anama 7")  # a column not shown, every word
    assert w.proxy.rowCount() == 1 and w.proxy.index(0, 0).data() == "C"
    w.filter.setText("")
    assert w.proxy.rowCount() == 3
    w.close()


def test_hazards_without_ids_get_the_same_generated_ids_everywhere(run_cli, tmp_path):
    from conftest import square
    from minedesk import io
    from minedesk.exchange import open_source

    hz = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), None, square(X0 + 400, Y0, 100)],
                     {"TYPE": ["Suspected Minefield", "Suspected Minefield", "Confirmed Minefield"]})
    first, found = io.read_hazards(hz)
    again, _ = io.read_hazards(hz)
    assert list(first.ids) == list(again.ids) == ["HAZ-00000", "HAZ-00002"]  # feature ids: 1 had no shape
    told = [f for f in found if f.kind == "hazard ids generated"]
    assert len(told) == 1 and "HAZ-00000 is feature 0" in told[0].detail and "--hazard-id" in told[0].detail
    with open_source(hz) as view:  # the window's view of the file
        assert view.hazard_ids() == ["HAZ-00000", "HAZ-00002"]
    project = tmp_path / "p.gpkg"
    assert run_cli("import", hz, "-o", project)[0] == 0
    with open_source(project, readonly=True) as made:
        assert made.hazard_ids() == ["HAZ-00000", "HAZ-00002"]  # kept in the project
    assert any(kind == "hazard ids generated" for _, kind in _found(run_cli, project))


def test_the_dashboard_writes_hectares_in_the_windows_language(qtbot, tmp_path):
    pytest.importorskip("PySide6.QtWidgets")
    from PySide6.QtWidgets import QApplication

    from minedesk.app.dashboard import Dashboard
    from minedesk.app.main import install_language

    app = QApplication.instance()
    try:
        install_language(app, "ru")
        board = Dashboard()
        qtbot.addWidget(board)
        assert board.hectares_text(1234.5).endswith(" га")  # as the table's headings say
    finally:
        install_language(app, "en")
    board = Dashboard()
    qtbot.addWidget(board)
    assert board.hectares_text(1234.5) == "1,234.50 ha"
