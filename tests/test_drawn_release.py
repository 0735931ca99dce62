"""A release drawn across two hazards keeps both parts, and its label says what it added (issue 14)."""

import pytest
import shapely

from conftest import X0, Y0, square, write_layer
from minedesk.core.commands import AddRelease, release_drawn
from minedesk.exchange import import_project, open_source


@pytest.fixture
def two_hazards(tmp_path):
    """A (1 ha) and B (1 ha) side by side, 100 m apart; A's west half already cleared."""
    hz = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), square(X0 + 200, Y0, 100)], {"HAZ_ID": ["A", "B"]})
    rl = write_layer(tmp_path / "r.shp", [shapely.box(X0, Y0, X0 + 50, Y0 + 100)],
                     {"HAZ_ID": ["A"], "RELEASE": ["cleared"]})
    path, _ = import_project(tmp_path / "p.gpkg", hz, rl)
    return path


def test_a_polygon_across_two_hazards_is_split_between_them(two_hazards):
    across = shapely.box(X0 + 60, Y0, X0 + 260, Y0 + 100)  # 0.4 ha on A, 0.6 ha on B
    with open_source(two_hazards) as project:
        before = {h: project.hazard_tally(h).released_ha for h in ("A", "B")}
        command = release_drawn(project, across, "reduced", devices={"AP": 2})
        project.execute(command)
        after = {h: project.hazard_tally(h).released_ha for h in ("A", "B")}
        assert after["A"] - before["A"] == pytest.approx(0.4, rel=1e-3)  # nothing dropped from the smaller part
        assert after["B"] - before["B"] == pytest.approx(0.6, rel=1e-3)
        added = [r for r in project.rows["releases"].values() if r["category"] == "reduced"]
        assert sorted(r["hazard_id"] for r in added) == ["A", "B"]
        assert {r["hazard_id"]: r["ap"] for r in added} == {"B": 2, "A": 0}  # devices once, to the larger part
        assert command.label.startswith("Add reduced release to B, 2 AP (0.60 ha); Add reduced release to A")
        project.undo()  # one step
        assert {h: project.hazard_tally(h).released_ha for h in ("A", "B")} == before
        with pytest.raises(Exception, match="does not overlap any hazard"):
            release_drawn(project, shapely.box(X0 + 5000, Y0, X0 + 5100, Y0 + 100), "cleared")


def test_the_label_says_how_much_was_added_not_the_polygons_area(two_hazards):
    over = shapely.box(X0, Y0, X0 + 100, Y0 + 100)  # all of A: its west half is cleared already
    with open_source(two_hazards) as project:
        command = AddRelease("A", over, "reduced")
        project.execute(command)
        assert command.label == "Add reduced release to A (0.50 ha reduced added; 0.50 ha already cleared)"
        fresh = AddRelease("B", square(X0 + 200, Y0, 50), "cleared")
        project.execute(fresh)
        assert fresh.label == "Add cleared release to B (0.25 ha)"
        worse = AddRelease("A", over, "cancelled")  # reduced and cleared cover it all
        project.execute(worse)
        assert worse.label == ("Add cancelled release to A (0.00 ha cancelled added; 0.50 ha already cleared; "
                               "0.50 ha already reduced)")


def test_the_window_draws_a_release_across_two_hazards(qtbot, two_hazards, tmp_path):
    pytest.importorskip("PySide6.QtWidgets")
    from PySide6.QtCore import QSettings

    from minedesk.app.window import MainWindow

    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.open_path(str(two_hazards), background=False)
    values = {"category": "cleared", "method": "manual", "date": "2026-12-01", "team": "T1", "depth_cm": None,
              "devices": None}
    w._geometry_drawn("release", shapely.box(X0 + 60, Y0, X0 + 260, Y0 + 100), values)
    assert w.project.hazard_tally("B").released_ha == pytest.approx(0.6, rel=1e-3)
    assert w.project.hazard_tally("A").released_ha == pytest.approx(0.9, rel=1e-3)  # 0.5 before + 0.4
    assert "Add cleared release to B" in w.statusBar().currentMessage()
    w.undo()
    assert w.project.hazard_tally("B").released_ha == 0
    w.close()


def test_a_hazard_released_in_full_gets_its_status_in_the_same_command(two_hazards, run_cli):
    with open_source(two_hazards) as project:
        assert project.hazard("A")[1]["status"] is None
        half = AddRelease("A", shapely.box(X0 + 50, Y0, X0 + 100, Y0 + 100), "reduced")  # the other half of A
        project.execute(half)
        assert project.hazard("A")[1]["status"] == "released"
        assert project.hazard_tally("A").remaining_ha == pytest.approx(0, abs=1e-6)
        project.undo()  # one step: the release and the status go together
        assert project.hazard("A")[1]["status"] is None
        from minedesk.core.commands import MarkReleased

        whole = MarkReleased("B", "cleared")
        project.execute(whole)
        assert project.hazard("B")[1]["status"] == "released"
        partial = AddRelease("A", shapely.box(X0 + 50, Y0, X0 + 60, Y0 + 100), "reduced")
        project.execute(partial)
        assert project.hazard("A")[1]["status"] is None
    code, out, _ = run_cli("export", two_hazards, "-o", two_hazards.parent / "out.csv")
    assert code == 0
    text = (two_hazards.parent / "out.csv").read_text(encoding="utf-8")
    assert "released" in text  # the table, the map's progress and exports read the same status


def test_the_released_status_word_is_the_projects(two_hazards):
    import sqlite3

    with sqlite3.connect(two_hazards) as conn:
        conn.execute("INSERT INTO minedesk_meta (key, value) VALUES ('released_status', 'completed')")
    with open_source(two_hazards) as project:
        from minedesk.core.commands import MarkReleased

        project.execute(MarkReleased("B", "cleared"))
        assert project.hazard("B")[1]["status"] == "completed"


def test_the_window_follows_a_status_set_by_a_release_without_rebuilding(qtbot, two_hazards, tmp_path):
    """A status change is an attribute change: the table's cell, a colouring by status and a
    grouping by status follow it; the table keeps its rows (no reset) and the map its shapes."""
    pytest.importorskip("PySide6.QtWidgets")
    from PySide6.QtCore import QSettings

    from minedesk.app.window import MainWindow
    from minedesk.core.commands import MarkReleased

    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.open_path(str(two_hazards), background=False)
    w.canvas.set_style("status")
    w.dashboard.group_by.setCurrentIndex(w.dashboard.group_by.findData("status"))
    resets = []
    w.hazards.model.modelReset.connect(lambda: resets.append(1))
    event = w.project.execute(MarkReleased("B", "cleared"))
    assert "hazards" in event.tables and not event.hazards_reshaped
    row = w.project.hazard_row("B")
    assert w.hazards.model.value(row, "status") == "released" and not resets
    assert w.canvas.hazard_class[row] == "released"
    groups = [w.dashboard.groups.item(i, 0).text() for i in range(w.dashboard.groups.rowCount())]
    assert "released" in groups
    w.close()
