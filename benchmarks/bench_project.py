"""Time a national-scale MineDesk project: import, open, and one command at a time.

Run by hand (never from pytest):  .venv/bin/python benchmarks/bench_project.py [--edits 100]
Uses the national-scale set of bench_tally.py (benchmarks/data/national, made there if missing).
Reports per command: wall time (the write is one SQLite transaction with synchronous=EXTRA, so
this includes the fsync) and the bytes the process wrote (from /proc/self/io): an edit must
write a few pages, never the whole file.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import shapely

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def written_bytes() -> int:
    try:
        for line in Path("/proc/self/io").read_text().splitlines():
            if line.startswith("write_bytes:"):
                return int(line.split()[1])
    except OSError:
        pass
    return -1


def main(argv=None) -> int:
    from bench_tally import DEFAULT_DATA, ensure_data

    from minedesk.core.commands import AddRelease, MarkReleased, RecordDevices
    from minedesk.core.project import Project
    from minedesk.exchange import import_project
    from minedesk.store import GpkgStore

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--edits", type=int, default=100, help="commands of each kind (default 100)")
    a = ap.parse_args(argv)
    ensure_data(a.data, 30000, 11258)

    # the project lives in the system's temporary folder (TMPDIR), never in the repository; put TMPDIR
    # on the disk you mean to measure: a tmpfs makes every fsync free
    with tempfile.TemporaryDirectory(prefix="minedesk-bench-") as tmp:
        path = Path(tmp) / "national.gpkg"
        t0 = time.perf_counter()
        import_project(path, a.data / "hazards.shp", a.data / "clearance.shp")
        t_import = time.perf_counter() - t0
        size = path.stat().st_size
        t0 = time.perf_counter()
        store = GpkgStore.open(path)
        project = Project(store)
        t_open = time.perf_counter() - t0

        rng = random.Random(7)
        ids = project.hazard_ids()
        results: dict[str, list[tuple[float, int]]] = {}

        def clock(kind, fn):
            w0, t = written_bytes(), time.perf_counter()
            fn()
            results.setdefault(kind, []).append((time.perf_counter() - t, written_bytes() - w0))

        for k in range(a.edits):
            hid = rng.choice(ids)
            clock("mark a hazard released", lambda hid=hid, k=k: project.execute(MarkReleased(hid, "cleared", team=f"T{k}")))
            clock("undo", project.undo)
            clock("redo", project.redo)
            g = project.hazard(hid)[1]["geom"]
            minx, miny, maxx, maxy = g.bounds
            box = shapely.box(minx, miny, (minx + maxx) / 2, maxy)
            clock("add a release polygon (clipped)", lambda hid=hid, box=box: project.execute(AddRelease(hid, box, "reduced")))
            rid = project.releases_of(hid)[-1][1]["release_id"]
            clock("record devices", lambda rid=rid: project.execute(RecordDevices(rid, {"AP": 1})))
        store.close()

    print(f"### Project benchmark: {len(ids):,} hazards, national set\n")
    print(f"- import from shapefiles: {t_import:.2f} s; project file {size / 1e6:.1f} MB")
    print(f"- open for editing (read every feature, tally engine ready): {t_open:.2f} s\n")
    print("| command | median | 95th percentile | bytes written (median) |")
    print("|---|---|---|---|")
    for kind, values in results.items():
        times = sorted(v[0] for v in values)
        wrote = statistics.median(v[1] for v in values)
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"| {kind} | {1000 * statistics.median(times):.1f} ms | {1000 * p95:.1f} ms | "
              f"{wrote / 1024:.0f} KiB |" if wrote >= 0 else "n/a |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
