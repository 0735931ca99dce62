"""The `minedesk` program's entry: the window's options on the bare form, one line when no screen
can show the window, one rule for column names, the help that lists what it says it lists."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLE

HAZARDS = SAMPLE / "hazards.shp"
RELEASES = SAMPLE / "clearance.shp"


def _minedesk(*args, env_drop=(), env=None, timeout=120):
    environ = {k: v for k, v in os.environ.items() if k not in env_drop}
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "minedesk", *map(str, args)], capture_output=True, text=True,
                          env=environ, timeout=timeout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY and WAYLAND_DISPLAY are Linux's")
@pytest.mark.parametrize("args", [[HAZARDS], []], ids=["file", "bare"])
def test_no_display_is_one_line_not_a_qt_abort(args):
    pytest.importorskip("PySide6")
    proc = _minedesk(*args, env_drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("minedesk: cannot open the window: no display"), proc.stderr
    assert "minedesk tally" in lines[0] and "--screenshot" in lines[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="an X display name is Linux's")
def test_a_display_qt_cannot_use_is_one_line_not_a_qt_abort():
    """DISPLAY names a server that is not there (or the xcb plugin lacks a library): Qt would
    print its plugin list and abort (exit 134)."""
    pytest.importorskip("PySide6")
    display = next(n for n in range(87, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    proc = _minedesk(HAZARDS, env_drop=("WAYLAND_DISPLAY", "QT_QPA_PLATFORM"), env={"DISPLAY": f":{display}"})
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("minedesk: cannot open the window: "), proc.stderr
    assert "Reinstalling" not in proc.stderr and "--screenshot" in lines[0]


def test_screenshot_needs_no_display(tmp_path):
    pytest.importorskip("PySide6")
    out = tmp_path / "w.png"
    proc = _minedesk("--language", "az", HAZARDS, "--screenshot", out, "--size", "800x600",
                     env_drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 10_000


def test_bare_form_takes_the_window_options(run_cli, monkeypatch):
    """`minedesk --language az FILE` is `minedesk open --language az FILE`: the same arguments reach
    the window, whichever way round."""
    from minedesk import launcher

    seen = []
    monkeypatch.setattr(launcher, "open_window", lambda args: seen.append(args) or 0)
    assert run_cli("--language", "az", HAZARDS, "--colour-by", "district", "--select", "X")[0] == 0
    assert run_cli(HAZARDS, "--language", "az", "--colour-by", "district", "--select", "X")[0] == 0
    assert run_cli("open", "--language", "az", HAZARDS, "--colour-by", "district", "--select", "X")[0] == 0
    assert run_cli()[0] == 0
    first = {k: v for k, v in vars(seen[0]).items() if k != "run"}
    for other in seen[1:3]:
        assert {k: v for k, v in vars(other).items() if k != "run"} == first
    assert first["language"] == "az" and first["paths"] == [str(HAZARDS)] and first["style"] == "district"
    assert seen[3].paths == []


def test_bad_window_options_are_one_line(run_cli):
    code, _, err = run_cli("--language", "fr", HAZARDS)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "invalid choice: 'fr'" in err
    code, _, err = run_cli("--language", "az", "tally", HAZARDS)  # the command must come first
    assert code == 2 and "put it first: minedesk tally" in err
    code, _, err = run_cli(HAZARDS, "--size", "big")
    assert code == 2 and err.strip() == "minedesk: --size: 'big' is not WIDTHxHEIGHT; e.g. --size 1600x1000"


def test_help_text_lists_the_window_form(capsys):
    from minedesk.launcher import main

    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "minedesk [FILE_OR_PROJECT ...]" in out
    for option in ("--language", "--screenshot", "--colour-by", "--select", "--size", "--background"):
        assert option in out


def test_without_the_gui_extra_the_window_is_one_line(run_cli, monkeypatch):
    from minedesk import launcher

    monkeypatch.setattr(launcher, "GUI_MODULES", ("PySide6", "no_such_module_for_minedesk"))
    code, _, err = run_cli(HAZARDS)
    assert code == 2
    assert err.strip() == ('minedesk: the desktop application is not installed (no_such_module_for_minedesk '
                           'missing); install it with: pip install "minedesk[gui]", or use a command such as '
                           'minedesk tally')
    assert run_cli("tally", HAZARDS, "--json")[0] == 0  # the command line needs none of it


def test_the_command_line_never_imports_the_window():
    code = ("import sys, minedesk.cli; sys.argv = ['minedesk']; "
            "minedesk.cli.main(['tally', %r, '--json']); "
            "print('loaded:' + ','.join(m for m in sys.modules if m.startswith(('minedesk.app', 'PySide6', 'pyqtgraph'))))"
            % str(HAZARDS))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert proc.stdout.strip().splitlines()[-1] == "loaded:"


def test_task_order_help_lists_every_field(capsys):
    from minedesk.core.taskorder import FIELDS
    from minedesk.launcher import main

    with pytest.raises(SystemExit):
        main(["task-order", "--help"])
    out = capsys.readouterr().out
    for key, label, section in FIELDS:
        assert f"    {key:<24}{label}" in out
        assert f"  {section}\n" in out


@pytest.mark.parametrize("spelling", ["DISTRICT", "district", "District", "dIsTrIcT"])
def test_by_is_one_rule_in_tally_and_report(run_cli, spelling, tmp_path):
    """A column named in any case is the same column, in tally (files and projects) and report."""
    code, out, err = run_cli("tally", HAZARDS, "--releases", RELEASES, "--by", spelling, "--json")
    assert code == 0, err
    groups = json.loads(out)["groups"]
    assert "Ağdam" in groups and len(groups) > 3
    exact = json.loads(run_cli("tally", HAZARDS, "--releases", RELEASES, "--by", "DISTRICT", "--json")[1])["groups"]
    assert groups == exact


def test_column_named_exact_first_then_any_case():
    from minedesk.core.mapping import column_named

    assert column_named(["DISTRICT", "Name"], "district") == "DISTRICT"
    assert column_named(["district", "DISTRICT"], "DISTRICT") == "DISTRICT"  # exact first
    assert column_named(["district", "DISTRICT"], "District") is None  # two differ only in case: no guess
    assert column_named(["DISTRICT"], "distr") is None
    assert column_named(["DISTRICT"], None) is None


def test_usual_names_and_cell_text_are_the_cores():
    """Import, documents, the window and the QGIS dock detect the usual names through
    detect_column and read cells through cell_text (a team 17 read as 17.0 is "17" everywhere)."""
    import numpy as np

    from minedesk.core.mapping import DISTRICT_NAMES, TEAM_NAMES, cell_text, detect_column

    assert detect_column(["id", "Region", "district"], DISTRICT_NAMES) == "district"  # the candidates' order
    assert detect_column(["team_id"], TEAM_NAMES) == "team_id" and detect_column(["x"], TEAM_NAMES) is None
    assert [cell_text(v) for v in (17.0, np.float64(3), " T1 ", "", None, float("nan"), 2.5)] == \
        ["17", "3", "T1", None, None, None, "2.5"]


def test_report_and_tally_group_alike_in_any_case(run_cli, tmp_path):
    project = tmp_path / "p.gpkg"
    assert run_cli("import", HAZARDS, "--releases", RELEASES, "-o", project)[0] == 0
    for spelling in ("district", "DISTRICT"):
        code, _, err = run_cli("tally", project, "--by", spelling)
        assert code == 0, err
        csv = tmp_path / f"{spelling}.csv"
        code, _, err = run_cli("report", project, "--by", spelling, "--csv", csv)
        assert code == 0, err
        assert "Ağdam" in csv.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("option,value", [("--area-tolerance", "nan"), ("--area-tolerance", "-1"),
                                          ("--area-tolerance", "inf"), ("--max-edge-m", "0"),
                                          ("--max-edge-m", "-5"), ("--max-edge-m", "nan"), ("--max-edge-m", "x")])
def test_check_thresholds_that_would_switch_a_check_off_are_refused(run_cli, option, value):
    code, out, err = run_cli("check", HAZARDS, option, value)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and option in err


def test_a_negative_or_impossible_depth_is_refused(run_cli, tmp_path):
    project = tmp_path / "p.gpkg"
    assert run_cli("import", HAZARDS, "--releases", RELEASES, "-o", project)[0] == 0
    for bad in ("-3", "nan", "inf"):
        code, _, err = run_cli("release", project, "--hazard", "FZL-CHA-00001", "--category", "cleared", "--whole",
                               "--depth-cm", bad)
        assert code == 2 and "--depth-cm" in err
    assert run_cli("release", project, "--hazard", "FZL-CHA-00001", "--category", "cleared", "--whole",
                   "--depth-cm", "20")[0] == 0


def test_an_unknown_category_hint_can_be_pasted_into_a_shell(run_cli, tmp_path):
    import shlex

    import shapely

    from conftest import X0, Y0, square, write_layer

    hz = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100)], {"HAZ_ID": ["H-1"]})
    rl = write_layer(tmp_path / "r.shp", [shapely.box(X0, Y0, X0 + 50, Y0 + 100)],
                     {"HAZ_ID": ["H-1"], "RELEASE": ["Partly done"]})
    code, _, err = run_cli("tally", hz, "--releases", rl)
    assert code == 0 and "--category-value 'Partly done=CAT'" in err
    option = err.split("--category-value ", 1)[1].split(" (CAT", 1)[0]
    value = shlex.split(option)[0].replace("=CAT", "=reduced")
    code, out, _ = run_cli("tally", hz, "--releases", rl, "--category-value", value, "--json")
    assert code == 0 and json.loads(out)["released_by_category_ha"]["reduced"] > 0.49


def test_the_window_reads_a_file_as_tally_does(run_cli, monkeypatch, qtbot, tmp_path):
    """`minedesk FILE --releases OTHER --crs ... --category-value ...` reaches the window, which
    tallies what `minedesk tally` does with the same options; Make project reads it the same way."""
    pytest.importorskip("PySide6.QtWidgets")
    import shutil

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from minedesk import launcher
    from minedesk.app.window import MainWindow

    for p in SAMPLE.glob("hazards.*"):
        if p.suffix != ".prj":  # no CRS: --crs must say it
            shutil.copy(p, tmp_path / p.name)
    for p in SAMPLE.glob("clearance.*"):
        shutil.copy(p, tmp_path / f"done{p.suffix}")  # a name the window would not guess
    options = ["--releases", tmp_path / "done.shp", "--crs", "EPSG:32638", "--category-value", "cleared=reduced"]
    seen = []
    monkeypatch.setattr(launcher, "open_window", lambda args: seen.append(args) or 0)
    assert run_cli(tmp_path / "hazards.shp", *options)[0] == 0
    reading = seen[0].reading
    assert reading["releases"] == str(tmp_path / "done.shp") and reading["crs"] == "EPSG:32638"
    code, out, err = run_cli("tally", tmp_path / "hazards.shp", *options, "--json")
    assert code == 0, err
    want = json.loads(out)
    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.open_path(str(tmp_path / "hazards.shp"), background=False, reading=reading)
    got = w.project.engine.totals().to_dict()
    assert {k: got[k] for k in ("hazards", "total_ha", "released_by_category_ha", "devices")} == \
        {k: want[k] for k in ("hazards", "total_ha", "released_by_category_ha", "devices")}
    assert got["released_by_category_ha"]["cleared"] == 0  # the value mapping reached the window
    target = tmp_path / "made.gpkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    w.open_path = lambda path, background=True, reading=None: MainWindow.open_path(w, path, False, reading)
    w.make_project_action.trigger()
    assert w.path == str(target)
    assert w.project.engine.totals().to_dict()["released_by_category_ha"] == got["released_by_category_ha"]
    w.close()


def test_reading_options_for_the_window_are_checked_as_for_tally(run_cli, tmp_path):
    code, _, err = run_cli(HAZARDS, RELEASES, "--crs", "EPSG:32638")
    assert code == 2 and "reads one hazard file" in err
    project = tmp_path / "p.gpkg"
    assert run_cli("import", HAZARDS, "--releases", RELEASES, "-o", project)[0] == 0
    code, _, err = run_cli(project, "--releases", RELEASES)
    assert code == 2 and "is a project: --releases does not apply" in err
    code, _, err = run_cli(HAZARDS, "--layer", "x")
    assert code == 2 and "holds one layer" in err
