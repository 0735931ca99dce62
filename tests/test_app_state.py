"""The window's application state (Qt-free) and the lifecycle of the projects the window shows."""

import gc
import subprocess
import sys
import weakref

import pytest

from conftest import X0, Y0, square, write_layer
from minedesk.app.state import AppState, Notifier, UndoState
from minedesk.core.commands import MarkReleased
from minedesk.core.project import Project
from minedesk.exchange import import_project, open_source


@pytest.fixture
def three_hazards(tmp_path):
    h = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), square(X0 + 200, Y0, 100), square(X0 + 400, Y0, 100)],
                    {"HAZ_ID": ["A", "B", "C"]})
    path, _ = import_project(tmp_path / "three.gpkg", h)
    return path


def copies(source, folder, n):
    out = []
    for i in range(n):
        p = folder / f"p{i}.gpkg"
        p.write_bytes(source.read_bytes())
        out.append(p)
    return out


def test_the_state_imports_no_qt():
    code = "import sys, minedesk.app.state; print(','.join(m for m in sys.modules if m.split('.')[0] in " \
           "('PySide6', 'PyQt5', 'pyqtgraph', 'qgis')))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == ""


def test_notifier_calls_in_order_and_forgets_who_disconnects():
    heard = []
    n = Notifier()
    first, second = (lambda x: heard.append(("1", x))), (lambda x: heard.append(("2", x)))
    n.connect(first)
    n.connect(second)
    n.emit(5)
    n.disconnect(first)
    n.disconnect(first)  # twice, or never connected: ignored
    n.emit(6)
    assert heard == [("1", 5), ("2", 5), ("2", 6)] and len(n) == 1


def test_selection_and_undo_state_with_their_events(three_hazards):
    state = AppState()
    seen, undos, projects = [], [], []
    state.selection_changed.connect(lambda rows, source: seen.append((set(rows), source)))
    state.undo_changed.connect(undos.append)
    state.project_changed.connect(projects.append)
    project = open_source(three_hazards)
    state.set_project(project, str(three_hazards))
    assert projects == [project] and state.path == str(three_hazards)
    assert seen == [(set(), None)] and undos == [UndoState()] and not undos[-1].can_undo
    state.select_ids(["C", "A"], source="map")
    assert seen[-1] == ({project.hazard_row("A"), project.hazard_row("C")}, "map")
    assert state.selected_ids() == ["A", "C"]  # in the engine's (the table's) order
    project.execute(MarkReleased("A", "cleared"))
    assert undos[-1] == UndoState("Mark A cleared", None) and undos[-1].can_undo and not undos[-1].can_redo
    project.undo()
    assert undos[-1] == UndoState(None, "Mark A cleared") and undos[-1].can_redo
    project.redo()
    assert state.undo == UndoState("Mark A cleared", None)
    state.close()
    project.close()


def test_a_new_project_closes_the_one_before_and_leaves_it(three_hazards, tmp_path):
    from minedesk.store import GpkgStore

    first, second = copies(three_hazards, tmp_path, 2)
    state = AppState()
    undos = []
    state.undo_changed.connect(undos.append)
    a, b = open_source(first), open_source(second)
    state.set_project(a, str(first))
    state.select({0, 1})
    state.set_project(b, str(second))
    assert state.selection == frozenset() and state.project is b
    with GpkgStore.open(first):  # a's lock is released: another editor could open it
        pass
    n = len(undos)
    b.execute(MarkReleased("A", "cleared"))
    assert len(undos) == n + 1  # the state follows b ...
    a.rows["hazards"]  # ... and a's rows stay readable, though no one listens to it any more
    state.close()


def test_ten_projects_opened_in_a_row_leave_one_alive(qtbot, tmp_path, three_hazards):
    """Every open used to leave the project before alive with its subscribers: now the window
    holds one Project, and the ones before have let go of their files."""
    from PySide6.QtCore import QSettings

    from minedesk.app.window import MainWindow
    from minedesk.store import GpkgStore, ProjectLocked

    paths = copies(three_hazards, tmp_path, 10)
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    opened = []
    for i, path in enumerate(paths):
        w.open_path(str(path), background=False)
        assert w.project is not None and w.path == str(path)
        opened.append(weakref.ref(w.project))
        w.select_ids(["A"])  # the views hold a selection, the table a model, the panels their figures
        if i % 3 == 0:
            w.mark_selected(values={"category": "cleared", "method": "manual", "date": "2026-11-29", "team": "T1",
                                    "depth_cm": None, "devices": None})
    del path
    gc.collect()
    alive = [r() for r in opened if r() is not None]
    assert alive == [w.project]
    mine = {str(p) for p in paths}  # other tests' projects may linger until their windows are collected
    assert [o for o in gc.get_objects() if isinstance(o, Project) and str(o.store.path) in mine] == [w.project]
    for old in paths[:-1]:
        with GpkgStore.open(old):  # released: a second editor can open it
            pass
    with pytest.raises(ProjectLocked):  # the one on show is still held
        GpkgStore.open(paths[-1])
    # and the views follow the one on show, only it
    row = w.project.hazard_row("B")
    w.project.execute(MarkReleased("B", "cleared"))
    assert w.model.data(w.model.index(w.model.model_row(row), w.model.columns.index("remaining"))) == "0.00"
    assert w.undo_action.text() == "&Undo Mark B cleared"
    w.close()
    with GpkgStore.open(paths[-1]):  # closing the window lets go of the last one
        pass
