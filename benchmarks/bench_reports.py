"""Time the paper: one task order, a completion report and a summary report (run by hand).

    .venv/bin/python benchmarks/bench_reports.py
Uses the bundled sample as a project; the target is "one task order in well under a second", and
a task order for a 300-vertex hazard (a wavy ring with a hole; a 15 km minefield belt, whose
task map cannot label it, with its detail maps and index map) under a second.
Each document is written again in every round, so the writes replace the last round's file
(``overwrite=True``; MineDesk never replaces a file unless told to).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _long_hazards(folder: Path) -> Path:
    """Two hazards of 300 turning points each, as a GIS would write them (UTM 38N)."""
    import numpy as np
    import shapely
    from pyogrio.raw import write

    x0, y0 = 640_000.0, 4_427_000.0
    t = np.linspace(0, 2 * np.pi, 301)[:-1]
    r = 400 + 40 * np.sin(7 * t)
    wavy = shapely.Polygon(np.column_stack([x0 + r * np.cos(t), y0 + r * np.sin(t)]),
                           [shapely.Point(x0, y0).buffer(100, 8).exterior.coords])
    along = np.linspace(0, 15_000, 150)
    side = 12 * np.sin(along / 400)
    xy = np.vstack([np.column_stack([along, side + 50]), np.column_stack([along, side - 50])[::-1]])
    c, s = np.cos(0.5), np.sin(0.5)
    belt = shapely.Polygon(np.column_stack([x0 + 3000 + xy[:, 0] * c - xy[:, 1] * s, y0 + xy[:, 0] * s + xy[:, 1] * c]))
    path = folder / "long.shp"
    write(str(path), np.array([shapely.to_wkb(wavy), shapely.to_wkb(belt)], dtype=object),
          [np.array(["WAVY-300", "BELT-300"], dtype=object), np.array(["Ağdam", "Füzuli"], dtype=object)],
          ["HAZ_ID", "DISTRICT"], driver="ESRI Shapefile", geometry_type="MultiPolygon", crs="EPSG:32638")
    return path


def main() -> int:
    from minedesk.core.project import Project
    from minedesk.core.taskorder import TaskOrder
    from minedesk.exchange import import_project
    from minedesk.report.completion import completion_document
    from minedesk.report.summary import summary_document
    from minedesk.report.taskorder import write_task_order
    from minedesk.store import GpkgStore

    sample = REPO / "resources" / "sample"
    with tempfile.TemporaryDirectory() as tmp:
        path, _ = import_project(Path(tmp) / "s.gpkg", sample / "hazards.shp", sample / "clearance.shp")
        with GpkgStore.open(path, readonly=True) as store:
            project = Project(store)
            ids = project.hazard_ids()
            times = {"task order (one hazard)": [], "task order (five hazards)": [], "completion report": [],
                     "summary report by district": []}
            for k in range(10):
                order = TaskOrder(f"T-2026-{k:04d}", [ids[k]], {"authority": "ANAMA", "benchmark": "39.9, 47.0"})
                t = time.perf_counter()
                write_task_order(project, order, Path(tmp) / "t.pdf", overwrite=True)
                times["task order (one hazard)"].append(time.perf_counter() - t)
                five = TaskOrder(f"T-2026-{k:04d}", ids[k:k + 5], {})
                t = time.perf_counter()
                write_task_order(project, five, Path(tmp) / "t5.pdf", overwrite=True)
                times["task order (five hazards)"].append(time.perf_counter() - t)
                t = time.perf_counter()
                completion_document(project, order, {}).write_pdf(Path(tmp) / "c.pdf", overwrite=True)
                times["completion report"].append(time.perf_counter() - t)
            for _ in range(3):
                t = time.perf_counter()
                summary_document(project, "2024-01-01", "2024-12-31", "DISTRICT").write_pdf(Path(tmp) / "r.pdf",
                                                                                     overwrite=True)
                times["summary report by district"].append(time.perf_counter() - t)
        long, _ = import_project(Path(tmp) / "long.gpkg", _long_hazards(Path(tmp)))
        with GpkgStore.open(long, readonly=True) as store:
            project = Project(store)
            for hazard in ("WAVY-300", "BELT-300"):
                name = f"task order ({hazard}: 300 turning points)"
                times[name] = []
                for k in range(5):
                    order = TaskOrder(f"T-2026-{k:04d}", [hazard], {"benchmark": "38N 639900 4427000"})
                    t = time.perf_counter()
                    write_task_order(project, order, Path(tmp) / "long.pdf", overwrite=True)
                    times[name].append(time.perf_counter() - t)
    print("| document | median | max |\n|---|---|---|")
    for name, values in times.items():
        print(f"| {name} | {statistics.median(values) * 1000:.0f} ms | {max(values) * 1000:.0f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
