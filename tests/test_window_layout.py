"""The window as a user first sees it: on a 1600x1000 and a 1366x768 screen the Tallies dock
shows every column of its group table and both charts whole, with or without the Data quality
panel; an offscreen screenshot prints nothing but real messages and leaves the user's settings
alone."""

from __future__ import annotations

import shutil
import subprocess
import sys

import numpy as np
import pytest

pytest.importorskip("PySide6.QtWidgets")
pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QRect, QSettings  # noqa: E402

from conftest import SAMPLE  # noqa: E402

SIZES = [(1600, 1000), (1366, 768)]


def sample_with_a_duplicate(folder):
    """The sample's hazards plus a copy of the first under another id: the Data quality panel
    opens on it."""
    from pyogrio.raw import read, write

    meta, _, geometry, fields = read(SAMPLE / "hazards.shp")
    fields = [np.append(f, f[:1]) for f in fields]
    names = list(meta["fields"])
    fields[names.index("HAZ_ID")][-1] = "FZL-CHA-00001-COPY"
    geometry = np.append(geometry, geometry[:1])
    folder.mkdir(exist_ok=True)
    write(folder / "hazards.shp", geometry, fields, names, crs=meta["crs"], geometry_type=meta["geometry_type"],
          driver="ESRI Shapefile", encoding="UTF-8")
    for part in ("shp", "shx", "dbf", "prj", "cpg"):
        shutil.copy(SAMPLE / f"clearance.{part}", folder / f"clearance.{part}")
    return folder / "hazards.shp"


def _open(qtbot, tmp_path, size, path):
    from minedesk.app.window import MainWindow

    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    w.open_path(str(path), background=False)
    assert w.project is not None
    qtbot.wait(50)  # the docks' new sizes laid out
    return w


def _assert_tallies_fit(w):
    dashboard = w.dashboard
    scroll = w.dock_dashboard.widget()
    groups = dashboard.groups
    assert groups.columnCount() >= 10
    # every column of the group table is on screen: nothing to scroll sideways
    assert groups.horizontalScrollBar().maximum() == 0, (
        f"group table clipped: {sum(groups.columnWidth(j) for j in range(groups.columnCount()))} px of columns "
        f"in a {groups.viewport().width()} px view")
    # the dock shows the whole dashboard: figures, table and both charts, without scrolling
    assert scroll.verticalScrollBar().maximum() == 0 and scroll.horizontalScrollBar().maximum() == 0
    view = scroll.viewport().rect()
    for plot in (dashboard.devices_plot, dashboard.time_plot):
        where = QRect(plot.mapTo(scroll.viewport(), plot.rect().topLeft()), plot.size())
        assert view.contains(where), f"{where} outside {view}"
        assert plot.height() >= plot.minimumHeight() > 100
    # and the map keeps at least half the window
    assert w.canvas.width() >= w.width() // 2 - 10


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_tallies_fit_at_the_first_start(qtbot, tmp_path, size):
    w = _open(qtbot, tmp_path, size, SAMPLE / "hazards.shp")
    _assert_tallies_fit(w)
    w.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_tallies_fit_beside_the_data_quality_panel(qtbot, tmp_path, size):
    w = _open(qtbot, tmp_path, size, sample_with_a_duplicate(tmp_path / "dup"))
    assert w.quality.findings and w.dock_quality.isVisible()
    _assert_tallies_fit(w)
    assert w.dock_quality.height() >= 120  # room for a few findings
    w.close()


def test_a_screenshot_prints_no_qt_noise_and_leaves_the_settings_alone(tmp_path):
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"), "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    out = tmp_path / "x.png"
    proc = subprocess.run([sys.executable, "-m", "minedesk", "open", str(SAMPLE / "hazards.shp"), "--screenshot",
                           str(out), "--size", "1366x768"], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "propagateSizeHints" not in proc.stderr
    assert proc.stderr == ""
    assert out.stat().st_size > 10_000
    assert not (tmp_path / "home").exists()  # no layout, no recent file written for the user
    assert list((tmp_path / "tmp").iterdir()) == []  # the picture's own settings went with it


def test_only_the_offscreen_size_hint_message_is_silenced(tmp_path):
    code = (
        "from PySide6.QtCore import qWarning\n"
        "from minedesk.app.main import make_app, OFFSCREEN_NOISE\n"
        "app = make_app()\n"
        "make_app()\n"  # a second call does not install the filter twice
        "qWarning(OFFSCREEN_NOISE)\n"
        "qWarning('something else went wrong')\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "propagateSizeHints" not in proc.stderr
    assert proc.stderr.count("something else went wrong") == 1


@pytest.mark.parametrize("language", ["en", "az", "ru"])
def test_undo_and_redo_stay_on_the_tool_bar_at_1366x768(qtbot, tmp_path, language):
    """The tool bar's end may go into its overflow menu on a narrow screen; Undo and Redo never do."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QToolBar

    from minedesk.app.main import install_language
    from minedesk.app.window import MainWindow

    app = QApplication.instance()
    install_language(app, language)
    try:
        w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitExposed(w)
        bar = w.findChild(QToolBar, "toolsToolbar")
        for action in (w.undo_action, w.redo_action):
            button = bar.widgetForAction(action)
            assert button is not None and button.isVisible(), (language, action.text())
            assert button.geometry().right() <= bar.width()
        w.close()
    finally:
        install_language(app, "en")


@pytest.mark.parametrize("language", ["en", "az", "ru"])
def test_ten_table_rows_and_the_whole_legend_at_1366x768(qtbot, tmp_path, language):
    """At the first start on a 1366x768 screen, in each language: the hazard table shows at least
    ten whole rows, no legend entry is cut, and the Tallies still fit."""
    from PySide6.QtWidgets import QApplication

    from minedesk.app.main import install_language

    app = QApplication.instance()
    install_language(app, language)
    try:
        w = _open(qtbot, tmp_path, (1366, 768), SAMPLE / "hazards.shp")
        view = w.hazards.view
        row = view.verticalHeader().defaultSectionSize()
        whole = view.viewport().height() // row
        assert whole >= 10, (language, view.viewport().height(), row)
        first, last = view.rowAt(0), view.rowAt(10 * row - 1)
        assert first == 0 and last == 9
        assert w.canvas.legend_entries() and w.canvas.legend_cut() == []
        for style in ("progress", "DISTRICT"):
            w.canvas.set_style(style)
            assert w.canvas.legend_cut() == [], style
        assert w.canvas.height() >= 250  # the map keeps room
        _assert_tallies_fit(w)
        w.close()
    finally:
        install_language(app, "en")


def test_tallies_fit_beside_the_data_quality_panel_with_the_not_counted_line(qtbot, tmp_path):
    """The dirty sample: its Not counted line wraps over two lines, the Data quality panel opens
    below; the Tallies still show whole at 1366x768 (a wrapped label does not make the dashboard
    ask for its preferred height)."""
    w = _open(qtbot, tmp_path, (1366, 768), SAMPLE / "dirty" / "hazards.shp")
    assert w.dashboard.not_counted.isVisible() and w.dock_quality.isVisible()
    _assert_tallies_fit(w)
    w.close()
