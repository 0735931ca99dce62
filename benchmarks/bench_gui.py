"""Time the desktop application on the national-scale set (offscreen).

Run by hand (never from pytest):  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py
Measures: time from "open" to the first full picture of the map, the I/O floor for comparison,
the median frame while panning and zooming, the full re-render once the view rests, the
time from an edit to the updated dashboard, and the import assistant on the national files.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> int:
    from bench_tally import DEFAULT_DATA, ensure_data, io_floor
    from PySide6.QtCore import QSettings

    from minedesk.app.main import make_app
    from minedesk.app.window import MainWindow
    from minedesk.core.commands import MarkReleased
    from minedesk.exchange import import_project

    truth = ensure_data(DEFAULT_DATA, 30000, 11258)
    app = make_app(language="en")
    # the project and the window's settings live in the system's temporary folder, never in the
    # repository, and are done with before that folder goes (see the end of this block)
    with tempfile.TemporaryDirectory(prefix="minedesk-bench-") as tmp:
        project_path = Path(tmp) / "national.gpkg"
        import_project(project_path, DEFAULT_DATA / "hazards.shp", DEFAULT_DATA / "clearance.shp")
        t = time.perf_counter()
        io_floor(DEFAULT_DATA / "hazards.shp", DEFAULT_DATA / "clearance.shp")
        floor = time.perf_counter() - t

        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        first: list[float] = []
        t0 = time.perf_counter()
        window.canvas.rendered.connect(lambda s: first.append(time.perf_counter() - t0) if not first else None)
        window.open_path(str(project_path))  # in the background, as a user opens it
        while window.project is None:
            app.processEvents()
            time.sleep(0.002)
        app.processEvents()
        loaded = time.perf_counter() - t0
        first_picture = first[0] if first else loaded

        canvas, vb = window.canvas, window.canvas.vb
        full_renders = []
        for _ in range(5):
            t = time.perf_counter()
            canvas.render()
            full_renders.append(time.perf_counter() - t)
        frames = []
        rng = random.Random(3)
        for i in range(120):
            r = vb.viewRect()
            if i % 3 == 2:
                vb.scaleBy((0.97, 0.97) if i % 2 else (1.03, 1.03))
            else:
                vb.translateBy(x=r.width() * rng.uniform(-0.02, 0.02), y=r.height() * rng.uniform(-0.02, 0.02))
            t = time.perf_counter()
            canvas.viewport().repaint()
            frames.append(time.perf_counter() - t)
        canvas.zoom_all()
        window.canvas.zoom_to_rows([window.project.hazard_row(window.project.hazard_ids()[100])])
        zoomed = []
        for _ in range(5):
            t = time.perf_counter()
            canvas.render()
            zoomed.append(time.perf_counter() - t)

        edits = []
        ids = window.project.hazard_ids()
        label = window.dashboard.labels["released"]
        failure = None
        for k in range(30):
            # a hazard with at least 0.01 ha left (the last digit the dashboard shows), so that
            # marking it released must change the figure; a hazard already released, or left with
            # a sliver of a few square millimetres, would not
            hid = rng.choice(ids)
            while window.project.hazard_tally(hid).remaining_ha < 0.01:
                hid = rng.choice(ids)
            before = label.text()
            t = time.perf_counter()
            window.project.execute(MarkReleased(hid, "cleared", team=f"T{k}"))
            dt = time.perf_counter() - t
            shown = window.dashboard.hectares_text(window.project.engine.totals().released_ha)
            if label.text() == before or not label.text().startswith(shown):
                failure = (f"bench_gui: the dashboard did not show edit {k} (hazard {hid}): "
                           f"{before!r} before, {label.text()!r} after, the engine's released area {shown}")
                break
            edits.append(dt)
        # the import assistant on the national files: ready to answer (preview, type values with
        # their counts, overview), and again once the release file is given
        t = time.perf_counter()
        window.open_with_assistant(str(DEFAULT_DATA / "hazards.shp"))
        app.processEvents()
        assistant_open = time.perf_counter() - t
        t = time.perf_counter()
        window.assistant.releases.setText(str(DEFAULT_DATA / "clearance.shp"))
        app.processEvents()
        assistant_releases = time.perf_counter() - t
        window.assistant.reject()
        # closing writes the window's geometry and state into the settings, and QSettings writes its
        # file later (on its own timer, or when destroyed): write it now, while the folder exists,
        # so nothing is written after the folder is removed (which would make it anew)
        window.close()
        app.processEvents()
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            raise SystemExit(f"bench_gui: settings not written: {settings.status()}")
        del window, canvas, vb, settings
        app.processEvents()
    if failure:  # raised only now: the window is closed and its folder gone, as on success
        raise SystemExit(failure)

    med = statistics.median
    print(f"### Desktop application, national set ({truth['hazards']:,} hazards, {truth['clearance_records']:,} "
          "releases), offscreen, 1600x1000\n")
    print("| measurement | time | target |")
    print("|---|---|---|")
    print(f"| I/O floor (read + decode both shapefiles) | {floor:.2f} s | |")
    print(f"| open the project to the first full picture of the map | {first_picture:.2f} s "
          f"({first_picture / floor:.1f} x floor) | < 3 x floor |")
    print(f"| open to everything ready (table, tallies, charts) | {loaded:.2f} s | |")
    print(f"| frame while panning and zooming (median of 120) | {1000 * med(frames):.1f} ms | < 16 ms |")
    print(f"| full re-render once the view rests, whole country | {1000 * med(full_renders):.0f} ms | |")
    print(f"| full re-render once the view rests, one hazard | {1000 * med(zoomed):.0f} ms | |")
    print(f"| edit to updated dashboard (median of 30; written, fsynced, tallied, shown) | "
          f"{1000 * med(edits):.1f} ms | < 50 ms |")
    print(f"| import assistant ready on the hazard file (preview, type values, overview) | {assistant_open:.2f} s | < 2 s |")
    print(f"| import assistant, release file given (columns, values, overview) | {assistant_releases:.2f} s | < 2 s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
