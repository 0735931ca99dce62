"""The desktop application, offscreen: model and view both ways, drawing, undo, errors."""

import subprocess
import sys

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

pytest.importorskip("PySide6.QtWidgets")
pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QLocale, QPoint, QPointF, QSettings, Qt  # noqa: E402

from conftest import DIRTY_FINDINGS, SAMPLE, X0, Y0, square, write_layer  # noqa: E402
from minedesk.core.commands import MarkReleased  # noqa: E402
from minedesk.exchange import import_project  # noqa: E402


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="module")
def sample_project_file(tmp_path_factory):
    path, _ = import_project(tmp_path_factory.mktemp("app") / "sample.gpkg", SAMPLE / "hazards.shp", SAMPLE / "clearance.shp")
    return path


@pytest.fixture
def window(qtbot, settings, sample_project_file, tmp_path):
    from minedesk.app.window import MainWindow

    work = tmp_path / "work.gpkg"
    work.write_bytes(sample_project_file.read_bytes())
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    w.open_path(str(work), background=False)
    assert w.project is not None
    yield w
    w.close()


def figure(window, key):
    return window.dashboard.labels[key].text()


def table_value(window, hazard_id, column):
    model = window.model
    row = model.model_row(window.project.hazard_row(hazard_id))
    return model.data(model.index(row, model.columns.index(column)))


def to_view(window, x, y) -> QPoint:
    """Map coordinates to a pixel of the canvas's viewport."""
    scene = window.canvas.vb.mapViewToScene(QPointF(x, y))
    return window.canvas.mapFromScene(scene)


def double_click(qtbot, window, x, y):
    """As a mouse does it: press, release, double-click, release (pyqtgraph acts on the release)."""
    pos = to_view(window, x, y)
    viewport = window.canvas.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=pos)


def test_opens_with_the_engine_figures(window):
    t = window.project.engine.totals()
    assert window.model.rowCount() == 250
    assert figure(window, "total").startswith(window.dashboard.locale.toString(t.total_ha, "f", 2))
    assert "AP 342" in figure(window, "devices")
    assert window.windowTitle().startswith("work.gpkg")
    assert window.dashboard.groups.rowCount() == 10  # districts


def test_group_figures_in_the_locale_format_and_sorted_as_numbers(window):
    groups = window.dashboard.groups
    area = [groups.horizontalHeaderItem(j).text().replace("\n", " ") for j in range(groups.columnCount())].index("Area ha")
    pct = area + 3
    window.dashboard.locale = loc = QLocale("ru_RU")
    window.dashboard.refresh_groups()
    engine = window.project.engine
    first = groups.item(0, 0).text()
    expected = engine.groups("DISTRICT")[first]
    assert groups.item(0, area).text() == loc.toString(expected.total_ha, "f", 2)  # "294,26": a decimal comma
    assert groups.item(0, pct).text() == loc.toString(expected.percent_released, "f", 1)
    groups.sortItems(area, Qt.SortOrder.DescendingOrder)
    shown = [groups.item(i, area).value for i in range(groups.rowCount())]
    assert shown == sorted(shown, reverse=True) and len(set(shown)) > 1


def test_an_edit_in_the_model_shows_in_table_and_dashboard(window):
    hid = "FZL-CHA-00001"
    assert table_value(window, hid, "remaining") != "0.00"
    before = window.project.engine.totals()
    window.project.execute(MarkReleased(hid, "cleared", devices={"AP": 4}))
    # the same event updated every view: no waiting, no polling
    assert table_value(window, hid, "remaining") == "0.00"
    assert table_value(window, hid, "AP") == "4"
    after = window.project.engine.totals()
    assert figure(window, "released").startswith(window.dashboard.locale.toString(after.released_ha, "f", 2))
    assert after.devices["AP"] == before.devices["AP"] + 4
    assert window.undo_action.text() == "&Undo Mark FZL-CHA-00001 cleared, 4 AP"
    window.undo_action.trigger()
    assert table_value(window, hid, "remaining") != "0.00"
    assert window.project.engine.totals() == before


def test_a_click_on_the_map_selects_in_table_and_dashboard(window, qtbot):
    hid = "XCV-CHA-00005"
    row = window.project.hazard_row(hid)
    window.canvas.zoom_to_rows([row])
    qtbot.wait(10)
    window.set_tool("select")
    inside = window.canvas.hazard_geometry[row].representative_point()
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=to_view(window, inside.x, inside.y))
    assert window.canvas.selection == {row}
    selected = window.table.selectionModel().selectedRows()
    assert [window.model.engine_row(window.proxy.mapToSource(i).row()) for i in selected] == [row]
    window.dashboard.scope.setCurrentIndex(1)
    assert window.dashboard.labels["hazards"].text() == "1"
    assert hid in window.properties.toPlainText()


def test_the_selection_panel_shows_figures_devices_and_plain_text(window):
    assert "Nothing selected" in window.properties.toPlainText()
    hid = "FZL-CHA-00001"
    row = window.project.hazard_row(hid)
    window.project.execute(MarkReleased(hid, "cleared", devices={"AP": 4}, team="<T1> & co"))
    window.properties.show_rows({row})
    text = window.properties.toPlainText()
    t = window.project.engine.totals([row])
    assert hid in text and window.dashboard.hectares_text(t.total_ha) in text and "AP 4" in text
    assert "<T1> & co" in text  # shown as typed, not taken for markup
    other = window.project.hazard_row("ZNG-CHA-00002")
    window.properties.show_rows({row, other})
    assert "2 hazards" in window.properties.toPlainText()
    assert window.dashboard.hectares_text(window.project.engine.totals([row, other]).remaining_ha) in window.properties.toPlainText()


def test_selecting_in_the_table_selects_on_the_map(window):
    index = window.proxy.index(3, 0)
    window.table.selectRow(3)
    row = window.model.engine_row(window.proxy.mapToSource(index).row())
    assert window.canvas.selection == {row}


def test_drawing_a_release_by_clicks_changes_the_tally_and_undo_restores(window, qtbot, monkeypatch):
    from minedesk.app import dialogs

    monkeypatch.setattr(dialogs.ReleaseDialog, "exec", lambda self: dialogs.ReleaseDialog.DialogCode.Accepted)
    hid = "XCV-CHA-00005"
    row = window.project.hazard_row(hid)
    window.canvas.zoom_to_rows([row])
    qtbot.wait(10)
    before = window.project.hazard_tally(hid)
    hazard = window.canvas.hazard_geometry[row]
    # a triangle well inside the part not yet released, drawn vertex by vertex, finished with a double-click
    done = shapely.union_all([r["geom"] for _, r in window.project.releases_of(hid)])
    open_part = shapely.difference(hazard, done).buffer(-8)
    c = open_part.representative_point()
    inner = open_part.intersection(c.buffer(40))
    inner = max(getattr(inner, "geoms", [inner]), key=lambda g: g.area)
    pts = list(shapely.get_coordinates(inner.exterior.simplify(5)))[:-1]
    tri = [pts[0], pts[len(pts) // 3], pts[2 * len(pts) // 3]]
    window.set_tool("release")
    for x, y in tri[:-1]:
        qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=to_view(window, x, y))
    double_click(qtbot, window, *tri[-1])
    drawn = shapely.Polygon([(x, y) for x, y in window.project.rows["releases"][max(window.project.rows["releases"])]
                             ["geom"].geoms[0].exterior.coords])
    after = window.project.hazard_tally(hid)
    expected = window.project.hectares(shapely.difference(drawn, _released_union(window, hid, before_cleared=True)))
    assert after.released_by_category_ha["cleared"] - before.released_by_category_ha["cleared"] == pytest.approx(
        expected, rel=1e-6, abs=1e-6)
    assert after.released_ha > before.released_ha
    assert drawn.area > 0.3 * shapely.Polygon(tri).area  # vertices may snap to hazard edges within 10 px
    assert shapely.within(drawn, hazard.buffer(1e-6))
    window.undo()
    assert window.project.hazard_tally(hid) == before


def _released_union(window, hid, before_cleared):
    rows = [r for _, r in window.project.releases_of(hid)][:-1]  # all but the one just drawn
    return shapely.union_all([r["geom"] for r in rows if r["category"] == "cleared"]) if rows else shapely.Polygon()


def test_escape_cancels_and_backspace_removes_a_vertex(window, qtbot):
    window.set_tool("release")
    tool = window.canvas.tool
    r = window.canvas.vb.viewRect()
    for f in (0.3, 0.5):
        qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton,
                         pos=to_view(window, r.left() + f * r.width(), r.top() + f * r.height()))
    assert len(tool.vertices) == 2
    qtbot.keyClick(window.canvas, Qt.Key.Key_Backspace)
    assert len(tool.vertices) == 1
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert tool.vertices == []


def test_mark_selected_hazards_in_one_step(window):
    ids = ["FZL-CHA-00001", "ZNG-CHA-00002"]
    window.select_ids(ids)
    window.mark_selected(values={"category": "reduced", "method": "technical survey", "date": "2026-11-29",
                                 "team": "T1", "depth_cm": None, "devices": None})
    for hid in ids:
        assert window.project.hazard_tally(hid).remaining_ha == pytest.approx(0, abs=1e-9)
    window.undo()
    assert all(window.project.hazard_tally(h).remaining_ha > 0 for h in ids)


def test_devices_of_a_marking_of_several_hazards_are_counted_once(window):
    """The core's rule (commands.devices_per_hazard): all on the first selected hazard."""
    from minedesk.core.commands import devices_per_hazard

    assert devices_per_hazard(["A", "B", "A"], {"AP": 3}) == [{"AP": 3}, None, None]
    assert devices_per_hazard(["A"], {}) == [None]
    ids = ["ZNG-CHA-00002", "FZL-CHA-00001"]
    before = window.project.engine.totals().devices
    window.select_ids(ids)
    window.mark_selected(values={"category": "cleared", "method": "manual", "date": "2026-11-29",
                                 "team": "T1", "depth_cm": None, "devices": {"AP": 3, "UXO": 1}})
    after = window.project.engine.totals().devices
    assert after["AP"] == before["AP"] + 3 and after["UXO"] == before["UXO"] + 1
    first = window._selected_ids()[0]  # in the hazard table's order
    added = [r for r in window.project.rows["releases"].values() if r["team"] == "T1"]
    assert [r["hazard_id"] for r in added if (r["ap"] or 0) == 3] == [first] and len(added) == 2


#: a step of the undo/redo test: ("do", hazard, category), ("undo" | "redo", by key?), ("withdraw", hazard)
UNDO_STEPS = st.lists(st.one_of(
    st.tuples(st.just("do"), st.sampled_from("ABC"), st.sampled_from(["cleared", "reduced", "cancelled"])),
    st.tuples(st.sampled_from(["undo", "redo"]), st.booleans()),
    st.tuples(st.just("withdraw"), st.sampled_from("ABC"))), min_size=1, max_size=14)


@pytest.fixture
def three_hazards(tmp_path):
    h = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), square(X0 + 200, Y0, 100), square(X0 + 400, Y0, 100)],
                    {"HAZ_ID": ["A", "B", "C"]})
    r = write_layer(tmp_path / "r.shp", [square(X0, Y0, 50)], {"CLR_ID": ["A-R1"], "HAZ_ID": ["A"], "RELEASE": ["cleared"]})
    path, _ = import_project(tmp_path / "three.gpkg", h, r)
    return path


@hypothesis_settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=UNDO_STEPS)
def test_undo_and_redo_actions_name_and_do_the_right_command_after_every_step(qtbot, settings, three_hazards,
                                                                              tmp_path, steps):
    """Edits, undos (Edit menu or Ctrl+Z), redos (or Ctrl+Shift+Z) and a recorded command taken back
    (a task order whose PDF could not be written is withdrawn): after each, Undo and Redo are
    enabled exactly when there is something to undo or redo, and name it; what they do is what
    they named."""
    from minedesk.app.window import MainWindow

    work = tmp_path / f"work{len(list(tmp_path.glob('work*.gpkg')))}.gpkg"  # one file per example
    work.write_bytes(three_hazards.read_bytes())
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    w.open_path(str(work), background=False)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)  # shortcuts reach an active window
    try:
        _undo_redo_steps(qtbot, w, steps)
    finally:
        w.close()


def _undo_redo_steps(qtbot, w, steps):
    heard = []
    w.project.subscribe(lambda e: heard.append((e.action, e.label)))
    undo, redo = [], []  # the labels the stacks should hold, oldest first
    keys = {"undo": Qt.KeyboardModifier.ControlModifier,
            "redo": Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier}
    for step in steps:
        if step[0] in ("do", "withdraw"):
            command = MarkReleased(step[1], step[2] if step[0] == "do" else "reduced")
            assert w.execute(command)
            undo.append(command.label)
            redo.clear()
            if step[0] == "withdraw":
                w.project.withdraw(command)
                undo.pop()
        else:
            action = w.undo_action if step[0] == "undo" else w.redo_action
            shown = action.text()
            if step[1]:  # by the keyboard, on the map
                w.canvas.setFocus()
                qtbot.keyClick(w.canvas, Qt.Key.Key_Z, keys[step[0]])
            else:
                action.trigger()
            source, target = (undo, redo) if step[0] == "undo" else (redo, undo)
            if source:
                label = source.pop()
                target.append(label)
                assert heard[-1] == (step[0], label) and label in shown  # it did what it said
        for action, stack, word in ((w.undo_action, undo, "&Undo"), (w.redo_action, redo, "&Redo")):
            assert action.isEnabled() == bool(stack), (step, word)
            assert action.text() == (f"{word} {stack[-1]}" if stack else word), step


def test_a_bad_file_gives_a_dialog_and_the_session_goes_on(window, tmp_path):
    bad = tmp_path / "broken.gpkg"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(500))
    project = window.project
    window.open_path(str(bad), background=False)
    assert window.project is project  # nothing lost
    box = window.error_box
    assert "broken.gpkg" in box.text() and "\n" not in box.text()
    box.close()


def test_background_load_with_progress(qtbot, settings, sample_project_file, tmp_path):
    from minedesk.app.window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.projectLoaded, timeout=60_000):
        w.open_path(str(sample_project_file))
        assert not w.progress.isHidden() or w.project is not None
    qtbot.waitUntil(lambda: w._thread is None, timeout=10_000)
    assert w.model.rowCount() == 250 and w.progress.isHidden()
    assert settings.value("recent")[0] == str(sample_project_file)
    w.close()


def test_a_shapefile_opens_read_only_with_make_project_offered(qtbot, settings):
    from minedesk.app.window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.open_path(str(SAMPLE / "hazards.shp"), background=False)
    assert "[read-only]" in w.windowTitle()
    assert w.project.engine.totals().released_ha > 1000  # clearance.shp beside it was read too
    assert w.make_project_action.isEnabled() and not w.mark_action.isEnabled()
    w.close()


def test_map_keys_pan_and_zoom(window, qtbot):
    vb = window.canvas.vb
    r0 = vb.viewRect()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Plus)
    assert vb.viewRect().width() < r0.width()
    r1 = vb.viewRect()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Right)
    assert vb.viewRect().center().x() > r1.center().x()


def test_layout_is_remembered(qtbot, settings, sample_project_file):
    from minedesk.app.window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    w.dock_properties.hide()
    w.close()
    w2 = MainWindow(settings)
    qtbot.addWidget(w2)
    w2.show()
    assert not w2.dock_properties.isVisible()
    w2.close()


def test_screenshot_command(tmp_path):
    out = tmp_path / "shot.png"
    proc = subprocess.run([sys.executable, "-m", "minedesk", "open", str(SAMPLE / "hazards.shp"), "--select",
                           "XCV-CHA-00005", "--screenshot", str(out), "--size", "1200x800"],
                          capture_output=True, text=True, timeout=300,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    # the map is not blank: many distinct colours in the canvas area
    colours = {image.pixel(x, y) for x in range(20, 700, 7) for y in range(60, 600, 7)}
    assert len(colours) > 20


def _fill_inside(window, row):
    """The colour the cached map image has well inside a hazard (away from its label and edges)."""
    canvas = window.canvas
    canvas.zoom_to_rows([row])
    canvas.render()
    geom = canvas.hazard_geometry[row]
    rect, image = canvas.layer.image_rect, canvas.layer.image
    inner = geom.buffer(-0.15 * (geom.area ** 0.5))
    x0, y0, x1, y1 = inner.bounds
    seen = {}
    for fx in np.linspace(0.1, 0.9, 9):
        for fy in np.linspace(0.1, 0.9, 9):
            x, y = x0 + fx * (x1 - x0), y0 + fy * (y1 - y0)
            if inner.contains(shapely.Point(x, y)) and not shapely.Point(x, y).within(geom.centroid.buffer(0.3 * (geom.area ** 0.5))):
                px = int((x - rect.left()) / rect.width() * image.width())
                py = int((rect.bottom() - y) / rect.height() * image.height())
                c = image.pixelColor(px, py)
                seen[(c.red(), c.green(), c.blue())] = seen.get((c.red(), c.green(), c.blue()), 0) + 1
    return max(seen, key=seen.get)


def close(colour, expected, tol=4):
    return all(abs(a - b) <= tol for a, b in zip(colour, (expected.red(), expected.green(), expected.blue()), strict=True))


def _untouched_compact_hazard(window) -> str:
    """A hazard with no release and a round shape: its fill shows plainly inside it."""
    project = window.project
    untouched = [hid for hid in project.hazard_ids() if not project.releases_of(hid)]
    geom = {hid: project.engine.hazards.geometry[project.hazard_row(hid)] for hid in untouched}
    return max(untouched, key=lambda hid: geom[hid].area / geom[hid].length ** 2)


def test_colour_hazards_by_progress_follows_the_tally(window):
    from minedesk.app.canvas import PROGRESS_FILL

    engine = window.project.engine
    hid = _untouched_compact_hazard(window)
    row = window.project.hazard_row(hid)
    window.set_map_style("progress")
    assert window.settings.value("map_style") == "progress"
    assert [a.isChecked() for a in window.style_group.actions()][:2] == [False, True]
    assert window.canvas.hazard_class[row] == "not started"
    assert close(_fill_inside(window, row), PROGRESS_FILL["not started"])
    released = (engine.released_ha.sum(axis=1) > 0) & (engine.released_ha.sum(axis=1) < engine.area_ha)
    assert (window.canvas.hazard_class[released] == "in progress").all()
    texts = [t for t, _ in window.canvas.legend_entries()]
    assert texts[:3] == ["nothing released", "partly released", "released in full"]
    window.project.execute(MarkReleased(hid, "cancelled"))  # the map follows the edit
    assert window.canvas.hazard_class[row] == "released"
    window.undo_action.trigger()
    assert window.canvas.hazard_class[row] == "not started"


def test_colour_hazards_by_any_column(window):
    from minedesk.app.canvas import HAZARD_OTHER

    styles = [a.data() for a in window.style_group.actions()]
    assert styles[:2] == ["type", "progress"] and "DISTRICT" in styles and "hazard_id" not in styles
    window.set_map_style("DISTRICT")
    canvas = window.canvas
    districts = window.project.engine.hazards.attributes["DISTRICT"]
    assert len(canvas.class_fill) == len(set(districts)) == 10  # one colour each, none left grey
    entries = canvas.legend_entries()
    assert entries[0] == ("DISTRICT", None) and [t for t, _ in entries[1:11]] == sorted(set(districts))
    row = window.project.hazard_row(_untouched_compact_hazard(window))
    fill = canvas.class_fill[districts[row]]
    assert not close((fill.red(), fill.green(), fill.blue()), HAZARD_OTHER)
    assert close(_fill_inside(window, row), fill)
    window.set_map_style("type")
    assert canvas.hazard_class[row] == window.project.engine.hazards.attributes["hazard_type"][row]


def test_screenshot_coloured_by_an_unknown_column_says_which_there_are(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "minedesk", "open", str(SAMPLE / "hazards.shp"), "--colour-by",
                           "OPERATOR", "--screenshot", str(tmp_path / "x.png")], capture_output=True, text=True,
                          timeout=300, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 2 and not (tmp_path / "x.png").exists()
    assert "--colour-by OPERATOR: no such hazard column" in proc.stderr and "DISTRICT" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_data_quality_panel_shows_findings_and_leads_to_the_hazard(qtbot, settings, dirty_project):
    from minedesk.app.window import MainWindow
    from minedesk.core.commands import DeleteHazard

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    w.open_path(str(dirty_project), background=False)
    panel = w.quality
    rows = {(panel.table.item(i, 1).text(), panel.table.item(i, 2).text()) for i in range(panel.table.rowCount())}
    assert rows == DIRTY_FINDINGS
    assert w.dock_quality.isVisible() and "8 findings: see Data quality" in w.statusBar().currentMessage()
    c = next(i for i in range(panel.table.rowCount()) if panel.table.item(i, 1).text() == "C")
    panel.table.cellDoubleClicked.emit(c, 1)
    assert w.canvas.selection == {w.project.hazard_row("C")}
    r2 = next(i for i in range(panel.table.rowCount()) if panel.table.item(i, 1).text() == "R1-2" or
              panel.table.item(i, 1).text() == "R1-1")
    panel.table.cellDoubleClicked.emit(r2, 1)  # a release's finding leads to its hazard
    assert w.canvas.selection in ({w.project.hazard_row("A")}, {w.project.hazard_row("B")})
    w.project.execute(DeleteHazard("B"))  # the duplicate goes: the panel follows the edit
    qtbot.waitUntil(lambda: ("A", "duplicate geometry") not in
                    {(panel.table.item(i, 1).text(), panel.table.item(i, 2).text()) for i in range(panel.table.rowCount())},
                    timeout=3000)
    w.close()


def test_data_quality_at_national_scale_checks_in_full_on_demand(qtbot, settings, dirty_project, monkeypatch):
    from minedesk.app import quality
    from minedesk.app.window import MainWindow

    monkeypatch.setattr(quality, "AUTO_HAZARDS", 2)  # as if this were a country's 30,000 hazards
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.open_path(str(dirty_project), background=False)
    panel = w.quality
    shown = lambda: {(panel.table.item(i, 1).text(), panel.table.item(i, 2).text())  # noqa: E731
                     for i in range(panel.table.rowCount())}
    assert shown() == {("R2", "release outside every hazard"), ("R1", "release split between hazards")}  # free
    assert "Check again" in panel.summary.text()
    panel.again.click()
    assert shown() == DIRTY_FINDINGS
    w.close()


def test_save_map_picture(window, tmp_path):
    from PySide6.QtGui import QImage

    assert window.save_map_picture(str(tmp_path / "map"))  # no suffix: a PNG
    image = QImage(str(tmp_path / "map.png"))
    assert (image.width(), image.height()) == (window.canvas.width(), window.canvas.height())
    assert len({image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}) > 20
    assert not window.save_map_picture(str(tmp_path / "no" / "such" / "folder.png"))
    assert "cannot write the picture" in window.error_box.text()
    window.error_box.close()


def test_opening_in_the_background_can_be_cancelled_or_closed(qtbot, settings, sample_project_file, tmp_path):
    from minedesk.app.window import MainWindow

    work = tmp_path / "work.gpkg"
    work.write_bytes(sample_project_file.read_bytes())
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    w.open_path(str(work))
    w.cancel_load()
    qtbot.waitUntil(lambda: w._thread is None, timeout=30_000)
    assert w.project is None and "cancelled" in w.statusBar().currentMessage()
    w.open_path(str(work))  # and closing the window while it loads waits for the loader, then drops it
    w.close()
    assert w._thread is None or w._thread.isFinished()
    assert w.project is None


def test_render_is_fast_enough_to_measure(window):
    window.canvas.render()
    assert window.canvas.last_render_s > 0
    assert np.isfinite(window.canvas.metres_per_pixel())


def test_translated_to_azerbaijani_and_russian_with_local_numbers(qtbot, settings, sample_project_file):
    from PySide6.QtWidgets import QApplication

    from minedesk.app.main import install_language
    from minedesk.app.window import MainWindow

    app = QApplication.instance()
    try:
        for language, file_menu, total in (("az", "&Fayl", "3.506,22 ha"), ("ru", "&Файл", "3 506,22 га")):
            install_language(app, language)
            w = MainWindow(settings)
            qtbot.addWidget(w)
            w.open_path(str(sample_project_file), background=False)
            assert w.menuBar().actions()[0].text() == file_menu
            assert w.dashboard.labels["total"].text().replace("\xa0", " ") == total
            assert "," in w.model.data(w.model.index(0, w.model.columns.index("area")))
            w.close()
    finally:
        install_language(app, "en")


def test_released_over_time_ends_at_the_released_total_and_follows_edits(window, qtbot):
    timeline = window.dashboard.timeline
    assert timeline[-1][1] == pytest.approx(window.project.engine.totals().released_ha, rel=1e-9)
    assert all(b[1] >= a[1] - 1e-9 for a, b in zip(timeline, timeline[1:]))  # never goes down
    window.project.execute(MarkReleased("FZL-CHA-00001", "cleared", date="2026-11-20"))
    qtbot.waitUntil(lambda: window.dashboard.timeline[-1][1] == pytest.approx(
        window.project.engine.totals().released_ha, rel=1e-9), timeout=5000)


def test_dragging_a_release_vertex_is_an_undoable_edit(window, qtbot):
    hid = "XCV-CHA-00005"
    row = window.project.hazard_row(hid)
    window.canvas.zoom_to_rows([row])
    qtbot.wait(10)
    fid, rel = window.project.releases_of(hid)[0]
    before = window.project.hazard_tally(hid)
    window.set_tool("edit")
    inside = rel["geom"].representative_point()
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=to_view(window, inside.x, inside.y))
    tool = window.canvas.vertex_tool
    assert tool.key == fid and tool.ring
    # drag the vertex nearest the hazard's centre of the release towards its middle: the release shrinks
    ring = np.array(tool.ring)
    c = np.array([inside.x, inside.y])
    start = ring[np.argmax(np.hypot(*(ring - c).T))]
    a, b = to_view(window, *start), to_view(window, *(start + (c - start) * 0.5))
    viewport = window.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for f in (0.3, 0.6, 1.0):
        qtbot.mouseMove(viewport, pos=a + (b - a) * f)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)
    assert window.project.undo_label == f"Edit release {rel['release_id']}"
    # the release shrinks; the hazard's released area does not grow (other releases of this hazard
    # cover most of what the drag took away, so its figure moves by only a hair, either way of rounding)
    edited = dict(window.project.releases_of(hid))[fid]["geom"]
    assert edited.area < rel["geom"].area * 0.99
    assert window.project.hazard_tally(hid).released_ha <= before.released_ha + 1e-6
    window.undo()
    assert window.project.hazard_tally(hid) == before


def make_mbtiles(path, lon, lat, zooms=(8, 9, 10, 11, 12)):
    """A tiny offline basemap: a 3 x 3 block of plain blue tiles around a point at each zoom."""
    import sqlite3

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from minedesk.app.basemap import _lonlat_to_tile

    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(40, 90, 220))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", [("name", "test"), ("format", "png"),
                                                            ("minzoom", str(min(zooms))), ("maxzoom", str(max(zooms)))])
    for z in zooms:
        x, y = (int(v) for v in _lonlat_to_tile(lon, lat, z))
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                conn.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x + dx, 2 ** z - 1 - (y + dy), bytes(data.data())))
    conn.commit()
    conn.close()
    return path


def test_offline_background_map(window, tmp_path, qtbot):
    from pyproj import Transformer

    hid = "XCV-CHA-00005"
    row = window.project.hazard_row(hid)
    window.canvas.zoom_to_rows([row])
    c = window.canvas.hazard_geometry[row].centroid
    lon, lat = Transformer.from_crs(window.project.crs, 4326, always_xy=True).transform(c.x, c.y)
    window.set_background(str(make_mbtiles(tmp_path / "base.mbtiles", lon, lat)))
    image = window.canvas.layer.image
    corner = image.pixelColor(5, 5)
    assert (corner.red(), corner.green(), corner.blue()) == (40, 90, 220)  # blue background, not empty
    assert window.settings.value("background") == str(tmp_path / "base.mbtiles")
    window.set_background(None)
    assert window.canvas.layer.image.pixelColor(5, 5).alpha() == 0
    (tmp_path / "junk.mbtiles").write_bytes(b"not sqlite")
    window.set_background(str(tmp_path / "junk.mbtiles"))
    assert "junk.mbtiles" in window.error_box.text() and "MBTiles" in window.error_box.text()
    window.error_box.close()


def test_task_order_from_the_window_issued_printed_and_reported(window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from minedesk.app.paper import TaskOrderDialog, completion_report

    window.select_ids(["XCV-CHA-00005"])
    window.task_order_action.trigger()
    dialog = window.task_order_dialog
    assert isinstance(dialog, TaskOrderDialog)
    dialog.inputs["authority"].setText("ANAMA")
    dialog.inputs["issued_by"].setText("Əli Məmmədov")
    # the print path: the same pages painted on a printer (here one that prints to a file)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.document().paint(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000
    assert dialog.issue(str(tmp_path / "order.pdf"))
    (order,) = window.project.task_orders()
    assert order.fields["authority"] == "ANAMA" and order.hazard_ids == ["XCV-CHA-00005"]
    assert window.project.undo_label.startswith("Issue task order")
    assert (tmp_path / "order.pdf").read_bytes()[:4] == b"%PDF"
    # a new version keeps the old one
    window.task_order_action.trigger()
    again = window.task_order_dialog
    again.task.setCurrentIndex(1)
    assert again.inputs["authority"].text() == "ANAMA"
    again.inputs["teams"].setText("XCV-T9")
    assert again.issue(str(tmp_path / "order2.pdf"))
    assert [o.version for o in window.project.task_orders()] == [1, 2]
    assert completion_report(window, window.project, order.task_id, str(tmp_path / "done.pdf"))
    assert (tmp_path / "done.pdf").stat().st_size > 10_000


def test_summary_report_from_the_window_pdf_and_csv(window, tmp_path):
    import csv

    from minedesk.app.paper import SummaryDialog

    window.summary_action.trigger()
    dialog = window.summary_dialog
    assert isinstance(dialog, SummaryDialog) and dialog.by.currentData() == "DISTRICT"
    dialog.start.setDate(dialog.end.date().addDays(7))  # a period that ends before it starts
    assert dialog.save(str(tmp_path / "bad.pdf")) == [] and "starts" in dialog.error_box.text()
    dialog.error_box.close()
    dialog.from_beginning.setChecked(True)
    assert not dialog.start.isEnabled()
    written = dialog.save(str(tmp_path / "week.pdf"))
    assert written == [str(tmp_path / "week.pdf"), str(tmp_path / "week.csv")]
    assert (tmp_path / "week.pdf").read_bytes()[:4] == b"%PDF"
    with (tmp_path / "week.csv").open(encoding="utf-8") as fh:
        rows = {r["DISTRICT"]: r for r in csv.DictReader(fh)}
    totals = window.project.engine.totals()
    assert float(rows["All"]["remaining_ha"]) == pytest.approx(totals.remaining_ha, abs=1e-3)
    assert float(rows["All"]["released_ha_to_date"]) == pytest.approx(totals.released_ha, abs=1e-3)
    assert len(rows) == 11  # ten districts and all
    assert "week.pdf, week.csv" in window.statusBar().currentMessage()


def test_first_run_welcome_offers_the_bundled_sample(qtbot, settings):
    from minedesk.app.welcome import WelcomeDialog, sample_path
    from minedesk.app.window import MainWindow

    assert WelcomeDialog.is_first_run(settings)
    assert sample_path().is_file()
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.open_path = lambda path, background=True: MainWindow.open_path(w, path, background=False)
    dialog = w.show_welcome()
    dialog.open_sample()
    assert w.project is not None and w.model.rowCount() == 250
    w.close()


def test_reset_settings_flag(tmp_path):
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    cfg = tmp_path / "MineDesk" / "MineDesk.conf"
    cfg.parent.mkdir(parents=True)
    cfg.write_text("[General]\nwelcomed=true\nrecent=/x.gpkg\n")
    proc = subprocess.run([sys.executable, "-m", "minedesk", "--reset-settings"], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode == 0 and "settings reset" in proc.stderr
    assert "welcomed" not in cfg.read_text()


def test_make_a_project_from_shapefiles_in_the_window(qtbot, settings, tmp_path, monkeypatch):
    import shutil

    from PySide6.QtWidgets import QFileDialog

    from minedesk.app.window import MainWindow

    for p in SAMPLE.glob("*.*"):
        shutil.copy(p, tmp_path / p.name)
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.open_path(str(tmp_path / "hazards.shp"), background=False)
    target = tmp_path / "sample.gpkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    w.open_path = lambda path, background=True: MainWindow.open_path(w, path, background=False)
    w.make_project_action.trigger()
    assert target.is_file() and w.path == str(target)
    assert not w.project.store.readonly and w.mark_action.isEnabled()
    assert w.project.engine.totals().released_ha == pytest.approx(1026.7817, abs=1e-3)
    w.close()


def test_a_project_being_edited_elsewhere_opens_read_only_and_says_why(qtbot, settings, sample_project_file, tmp_path):
    from minedesk.app.window import MainWindow
    from minedesk.store import GpkgStore

    work = tmp_path / "shared.gpkg"
    work.write_bytes(sample_project_file.read_bytes())
    with GpkgStore.open(work):  # another editor holds it
        w = MainWindow(settings)
        qtbot.addWidget(w)
        w.open_path(str(work), background=False)
        assert w.project.store.readonly and "[read-only]" in w.windowTitle()
        assert "open for editing" in w.statusBar().currentMessage()
        assert not w.mark_action.isEnabled()
        w.close()
